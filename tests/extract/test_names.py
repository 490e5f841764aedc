"""The pack matcher: names, metonyms, adjectives, issue cues, compiled once per pack."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from monitor.extract.names import matcher_for, trie_pattern
from monitor.pack import PackError, StoryPack, load_pack


def test_the_matcher_is_built_once_per_pack(pack: StoryPack) -> None:
    assert matcher_for(pack) is matcher_for(pack)
    assert matcher_for(load_pack()) is not matcher_for(pack)


def test_names_are_matched_whole_and_longest_first(pack: StoryPack) -> None:
    mentions = matcher_for(pack).mentions("The Russian Foreign Ministry and Peskov met the U.S. delegation.")
    assert [(m.surface, m.entities[0].kind) for m in mentions] == [
        ("The Russian Foreign Ministry", "institution"),
        ("Peskov", "person"),
        ("the U.S. delegation", "party"),
    ]


def test_a_pronoun_is_never_the_united_states(pack: StoryPack) -> None:
    assert matcher_for(pack).mentions("Let us talk, he told us.") == []


def test_a_metonym_means_its_party_and_a_city_means_its_venue(pack: StoryPack) -> None:
    (moscow,) = matcher_for(pack).mentions("Moscow")
    assert moscow.first("party").name == "Russia"  # type: ignore[union-attr]
    assert moscow.first("venue").name == "Moscow"  # type: ignore[union-attr]
    assert moscow.party == "Russia"


def test_the_mediator_is_the_party_the_pack_marks_so_and_none_by_default(pack: StoryPack) -> None:
    assert matcher_for(pack).mediators == {"United States"}
    parties = tuple(party.model_copy(update={"mediator": False}) for party in pack.parties)
    assert matcher_for(replace(pack, parties=parties)).mediators == frozenset()


def test_issue_cues_are_case_insensitive_and_the_longest_wins(pack: StoryPack) -> None:
    cues = matcher_for(pack).cues_in("Frozen assets and a FROZEN front, an energy ceasefire.")
    assert [c.issues for c in cues] == [("sanctions",), ("front_line_freeze",), ("energy_ceasefire",)]


def test_the_trie_pattern_matches_exactly_its_words() -> None:
    import re

    pattern = re.compile(rf"(?:{trie_pattern(['the US', 'the US side', 'the UAE', 'Kyiv'])})$")
    assert all(pattern.match(w) for w in ["the US", "the US side", "the UAE", "Kyiv"])
    assert not any(pattern.match(w) for w in ["the U", "the US sid", "Kyi"])


def test_a_name_inside_a_longer_word_is_no_name(pack: StoryPack) -> None:
    mentions = matcher_for(pack).mentions("XRussia and anti-Kyiv, e.Moscow; but Russia.")
    assert [m.surface for m in mentions] == ["Kyiv", "Russia"]


def test_one_pass_over_an_article_finds_what_each_sentence_alone_would(pack: StoryPack) -> None:
    from datetime import date

    from monitor.extract.context import View, views_of
    from monitor.extract.sentences import segment

    text = pack.read_seed(pack.seeds[0])
    sentences = [s for s in segment(text) if s.is_body]
    matcher = matcher_for(pack)
    together = views_of(text, sentences, matcher, date(2026, 2, 4))
    alone = [View(i, s, matcher, date(2026, 2, 4)) for i, s in enumerate(sentences)]
    assert [[(m.start, m.surface) for m in v.mentions] for v in together] == [
        [(m.start, m.surface) for m in v.mentions] for v in alone
    ]
    assert [[(c.start, c.issues) for c in v.cues] for v in together] == [
        [(c.start, c.issues) for c in v.cues] for v in alone
    ]
    assert [v.lower for v in together] == [v.text.lower() for v in alone]


def test_a_cue_pattern_names_its_issue_by_its_shape(pack: StoryPack) -> None:
    matcher = matcher_for(pack)
    found = [(c.issues, "500-for-500 swap"[c.start : c.end]) for c in matcher.cues_in("500-for-500 swap")]
    assert found == [(("prisoner_exchange",), "500-for-500"), (("prisoner_exchange",), "swap")]
    assert matcher.cues_in("a 500-for-300 deal") == []  # (so many for as many, not any two numbers)


def test_a_cue_pattern_that_is_no_regular_expression_is_refused_with_its_key(tmp_path: Path) -> None:
    pack = tmp_path / "story.toml"
    text = (Path(__file__).parents[2] / "seeds" / "story.toml").read_text(encoding="utf-8")
    pack.write_text(text.replace("cue_patterns = ['", "cue_patterns = ['(", 1), encoding="utf-8")
    with pytest.raises(PackError) as raised:
        load_pack(pack)
    assert "issues" in str(raised.value) and "cue_patterns" in str(raised.value)


def test_shaped_cues_are_found_per_sentence_in_one_pass_and_never_in_a_headline(pack: StoryPack) -> None:
    text = "Headline 500-for-500\n\nThey agreed a 500-for-500 swap. Then 157 for 157 came home."
    spans = [(22, 53), (54, len(text))]
    cues = matcher_for(pack).scan_cues(text, text.lower(), spans)
    assert [[(c.start, c.end, c.issues) for c in found] for found in cues] == [
        [(14, 25, ("prisoner_exchange",)), (26, 30, ("prisoner_exchange",))],
        [(5, 16, ("prisoner_exchange",))],
    ]
