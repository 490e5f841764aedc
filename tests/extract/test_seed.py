"""Acceptance on the seed article (published 2026-02-04): the facts the issue lists, exactly."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from monitor.extract import extract_article
from monitor.facts import Article, ArticleFacts, RoundFact
from monitor.pack import StoryPack


@pytest.fixture(scope="module")
def seed_article(pack: StoryPack, make_article: Callable[..., Article]) -> Article:
    seed = pack.seeds[0]
    return make_article(pack.read_seed(seed), seed.published, source=seed.file)


@pytest.fixture(scope="module")
def facts(seed_article: Article, pack: StoryPack) -> ArticleFacts:
    return extract_article(seed_article, pack)


def _round(facts: ArticleFacts, number: int) -> RoundFact:
    matching = [r for r in facts.rounds if r.number == number]
    assert len(matching) == 1, f"expected one round {number}, got {facts.rounds}"
    return matching[0]


def test_the_seed_names_two_rounds_and_no_other(facts: ArticleFacts) -> None:
    assert sorted(r.identity() for r in facts.rounds) == ["round:1", "round:2"]


def test_round_one_is_the_concluded_trilateral_of_january_23_and_24(facts: ArticleFacts) -> None:
    first = _round(facts, 1)
    assert first.format == "trilateral"
    assert first.parties == ("Russia", "Ukraine", "United States")
    assert (first.start, first.end) == (date(2026, 1, 23), date(2026, 1, 24))
    assert first.status == "concluded"
    assert dict(first.heads) == {"Russia": "Igor Kostyukov", "Ukraine": "Rustem Umerov"}
    assert first.venue is None


def test_round_two_began_today_for_two_days_and_names_no_venue(facts: ArticleFacts) -> None:
    second = _round(facts, 2)
    assert second.format == "trilateral"
    assert second.parties == ("Russia", "Ukraine", "United States")
    assert (second.start, second.end) == (date(2026, 2, 4), date(2026, 2, 5))
    assert second.status == "ongoing"
    assert second.venue is None


def test_zelensky_is_paraphrased(facts: ArticleFacts) -> None:
    zelensky = [s for s in facts.statements if s.speaker == "Volodymyr Zelensky"]
    assert len(zelensky) == 1
    assert zelensky[0].direct is False
    assert "stockpile ammunition" in zelensky[0].text
    assert zelensky[0].party == "Ukraine"


def test_umerov_and_peskov_are_quoted_directly(facts: ArticleFacts) -> None:
    umerov = [s for s in facts.statements if s.speaker == "Rustem Umerov" and s.direct]
    peskov = [s for s in facts.statements if s.speaker == "Dmitry Peskov" and s.direct]
    assert len(umerov) == 1 and "a new round of negotiations in a tripartite format" in umerov[0].text
    assert len(peskov) == 1 and "no need to expect any statements" in peskov[0].text


def test_the_pronoun_follow_ups_stay_with_their_speakers(facts: ArticleFacts) -> None:
    by_text = {s.text: s.speaker for s in facts.statements}
    assert next(sp for t, sp in by_text.items() if "separate meetings" in t) == "Rustem Umerov"
    assert next(sp for t, sp in by_text.items() if "no need to expect" in t) == "Dmitry Peskov"


def test_the_tass_source_is_anonymous(facts: ArticleFacts) -> None:
    anonymous = [s for s in facts.statements if s.speaker_kind == "anonymous"]
    assert [s.speaker for s in anonymous] == ["unnamed source"]
    assert "different formats" in anonymous[0].text


def test_someone_only_mentioned_never_speaks(facts: ArticleFacts) -> None:
    speakers = {s.speaker for s in facts.statements}
    assert "Donald Trump" not in speakers
    assert speakers == {"Volodymyr Zelensky", "Rustem Umerov", "Dmitry Peskov", "unnamed source"}


def test_the_positions_on_territory_and_the_front_line(facts: ArticleFacts) -> None:
    stances = {(p.party, p.issue): p.stance for p in facts.positions}
    assert stances[("Russia", "territory")] == "demands"
    assert stances[("Ukraine", "territory")] == "rejects"
    assert stances[("Ukraine", "front_line_freeze")] == "demands"
    russia = next(p for p in facts.positions if (p.party, p.issue) == ("Russia", "territory"))
    assert "precondition" in russia.evidence.sentence and "Donetsk" in russia.summary


def test_every_fact_carries_evidence_that_points_into_the_text(
    facts: ArticleFacts, seed_article: Article
) -> None:
    every = [*facts.rounds, *facts.statements, *facts.positions, *facts.actors]
    assert every
    for fact in every:
        ev = fact.evidence
        assert seed_article.text[ev.start : ev.end] == ev.sentence
        assert ev.source == seed_article.source
        assert ev.published == date(2026, 2, 4)


def test_the_seed_names_no_new_actor(facts: ArticleFacts) -> None:
    assert facts.actors == ()
