"""The extraction scorer: one-to-one matching per kind, counts and rates, and the labelled devset it reads."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from monitor.extract.scoring import (
    Counts,
    DevsetError,
    KindScores,
    check_labels,
    load_devset,
    score,
    total,
)
from monitor.pack import load_pack

DEVSET = Path(__file__).resolve().parent / "devset"


def statement(speaker: str, direct: bool, text: str, party: str | None = "Ukraine") -> dict[str, Any]:
    return {"speaker": speaker, "speaker_kind": "person", "party": party, "direct": direct, "text": text}


def label(speaker: str, direct: bool, quote: str, party: str | None = "Ukraine") -> dict[str, Any]:
    return {
        "speaker": speaker,
        "speaker_kind": "person",
        "party": party,
        "direct": direct,
        "quote_contains": quote,
    }


def round_(number: int | None = None, **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "number": number,
        "reference": None,
        "format": "trilateral",
        "parties": ["Russia", "Ukraine", "United States"],
        "start": "2026-02-04",
        "end": "2026-02-05",
        "venue": "Abu Dhabi",
        "status": "ongoing",
        "heads": {},
    }
    return base | fields


def position(party: str, issue: str, stance: str) -> dict[str, Any]:
    return {"party": party, "issue": issue, "stance": stance, "summary": "..."}


def facts(**kinds: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    return {"rounds": [], "statements": [], "positions": [], "actors": []} | kinds


# ----------------------------------------------------------------------------------------------------------
# Matching


def test_a_perfect_match_is_all_hits() -> None:
    expected = facts(
        rounds=[round_(2)],
        statements=[label("Rustem Umerov", True, "tripartite format")],
        positions=[position("Russia", "territory", "demands")],
    )
    extracted = facts(
        rounds=[round_(2)],
        statements=[
            statement("Rustem Umerov", True, "a new round ... in a tripartite format ... is underway")
        ],
        positions=[position("Russia", "territory", "demands")],
    )
    result = score(extracted, expected)
    for kind in ("rounds", "statements", "positions"):
        assert result.counts[kind] == Counts(tp=1, fp=0, fn=0)
        assert result.counts[kind].f1 == 1.0
    assert result.mismatches == ()


def test_a_wrong_speaker_is_a_false_positive_and_a_miss() -> None:
    expected = facts(statements=[label("Dmitry Peskov", True, "no need to expect", party="Russia")])
    extracted = facts(
        statements=[statement("Yuri Ushakov", True, "There is no need to expect any statements")]
    )
    result = score(extracted, expected)
    assert result.counts["statements"] == Counts(tp=0, fp=1, fn=1)
    assert [m.describe().split()[0] for m in result.mismatches] == ["miss", "extra"]


def test_a_paraphrase_does_not_match_a_direct_quote_by_the_same_speaker() -> None:
    expected = facts(statements=[label("Volodymyr Zelensky", True, "a week has four days")])
    extracted = facts(statements=[statement("Volodymyr Zelensky", False, "a week has four days")])
    assert score(extracted, expected).counts["statements"] == Counts(tp=0, fp=1, fn=1)


def test_a_missing_round_lowers_recall_only() -> None:
    expected = facts(rounds=[round_(1, start="2026-01-23", end="2026-01-24", status="concluded"), round_(2)])
    extracted = facts(rounds=[round_(2)])
    counts = score(extracted, expected).counts["rounds"]
    assert counts == Counts(tp=1, fp=0, fn=1)
    assert (counts.precision, counts.recall) == (1.0, 0.5)


def test_an_extra_position_lowers_precision_only() -> None:
    expected = facts(positions=[position("Ukraine", "territory", "rejects")])
    extracted = facts(
        positions=[position("Ukraine", "territory", "rejects"), position("Ukraine", "elections", "rejects")]
    )
    counts = score(extracted, expected).counts["positions"]
    assert counts == Counts(tp=1, fp=1, fn=0)
    assert (counts.precision, counts.recall) == (0.5, 1.0)


def test_quote_contains_tells_two_statements_by_one_speaker_apart() -> None:
    # Only the second quote was found: the miss reported must be the first one, whatever the order.
    expected = facts(
        statements=[
            label("Volodymyr Zelensky", True, "two knots"),
            label("Volodymyr Zelensky", True, "We stand where we stand"),
        ]
    )
    extracted = facts(
        statements=[statement("Volodymyr Zelensky", True, "“We stand where we stand,” he said")]
    )
    result = score(extracted, expected)
    assert result.counts["statements"] == Counts(tp=1, fp=0, fn=1)
    (miss,) = result.mismatches
    assert miss.extracted is None and miss.expected is not None
    assert miss.expected["quote_contains"] == "two knots"


def test_quote_contains_ignores_case_and_typographic_quotes() -> None:
    expected = facts(
        statements=[
            label("Steve Witkoff", True, "it's one issue", party="United States"),
            label("Steve Witkoff", True, "90 PER CENT", party="United States"),
        ]
    )
    extracted = facts(
        statements=[
            statement("Steve Witkoff", True, "the plan is 90 per cent done", party="United States"),
            statement("Steve Witkoff", True, "It’s   one issue", party="United States"),
        ]
    )
    result = score(extracted, expected)
    assert result.counts["statements"].tp == 2
    assert result.mismatches == ()


def test_a_round_paired_by_number_with_a_wrong_status_counts_once_each_way_and_names_the_field() -> None:
    expected = facts(rounds=[round_(3, status="concluded")])
    extracted = facts(rounds=[round_(3, status="ongoing")])
    result = score(extracted, expected)
    assert result.counts["rounds"] == Counts(tp=0, fp=1, fn=1)
    (wrong,) = result.mismatches
    assert wrong.fields == ("status",)
    assert "status expected 'concluded' got 'ongoing'" in wrong.describe()


def test_rounds_pair_by_reference_and_unnumbered_meetings_by_format_parties_and_start() -> None:
    miami = round_(
        None, format="bilateral", parties=["Russia", "United States"], start="2026-01-31", end=None
    )
    next_round = round_(None, reference="next", start=None, end=None, venue="Miami", status="announced")
    expected = facts(rounds=[miami, next_round])
    moved = miami | {"start": "2026-02-01"}  # another day is another meeting
    result = score(facts(rounds=[next_round, moved]), expected)
    assert result.counts["rounds"] == Counts(tp=1, fp=1, fn=1)
    assert {m.describe().split()[0] for m in result.mismatches} == {"miss", "extra"}


def test_the_best_pair_wins_when_two_extracted_rounds_share_an_identity() -> None:
    expected = facts(rounds=[round_(2, venue="Abu Dhabi", status="concluded")])
    extracted = facts(
        rounds=[round_(2, venue="Moscow", status="ongoing"), round_(2, venue="Abu Dhabi", status="concluded")]
    )
    result = score(extracted, expected)
    assert result.counts["rounds"] == Counts(tp=1, fp=1, fn=0)


def test_a_position_with_the_wrong_stance_is_wrong_not_missing() -> None:
    result = score(
        facts(positions=[position("Russia", "ceasefire", "rejects")]),
        facts(positions=[position("Russia", "ceasefire", "considers")]),
    )
    assert result.counts["positions"] == Counts(tp=0, fp=1, fn=1)
    assert result.mismatches[0].fields == ("stance",)


def test_an_off_topic_article_extracted_empty_scores_nothing_either_way() -> None:
    result = score(facts(), facts())
    assert all(result.counts[kind] == Counts() for kind in ("rounds", "statements", "positions"))
    assert result.counts["rounds"].f1 is None


# ----------------------------------------------------------------------------------------------------------
# Counts and totals


def test_rates_are_none_when_undefined_and_f1_is_the_harmonic_mean() -> None:
    assert Counts(tp=0, fp=0, fn=3).precision is None
    assert Counts(tp=0, fp=2, fn=0).recall is None
    assert Counts(tp=0, fp=2, fn=3).f1 == 0.0
    counts = Counts(tp=3, fp=1, fn=2)
    p, r = 3 / 4, 3 / 5
    assert counts.f1 == pytest.approx(2 * p * r / (p + r))


def test_totals_sum_counts_per_kind_over_a_set() -> None:
    one = score(facts(positions=[position("Ukraine", "territory", "rejects")]), facts())
    two = score(facts(), facts(positions=[position("Ukraine", "territory", "rejects")]))
    summed = total([one, two])
    assert summed.counts["positions"] == Counts(tp=0, fp=1, fn=1)
    assert len(summed.mismatches) == 2
    assert total([]) == KindScores()


# ----------------------------------------------------------------------------------------------------------
# Loading and checking labels


def write_label(folder: Path, stem: str, text: str | None = "Headline\n\nBody.", **overrides: Any) -> Path:
    data: dict[str, Any] = {
        "published": "2026-02-04",
        "url": f"https://news.example/{stem}",
        "title": "Headline",
        "split": "dev",
        "note": "",
        "expected": facts(),
    } | overrides
    path = folder / f"{stem}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    if text is not None:
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    return path


def test_load_devset_reads_labels_in_order_with_text_date_and_split(tmp_path: Path) -> None:
    write_label(tmp_path, "002-b", split="holdout")
    write_label(tmp_path, "001-a", text="Headline\n\nKYIV — Zelensky said so.")
    articles = load_devset(tmp_path)
    assert [a.name for a in articles] == ["001-a", "002-b"]
    first = articles[0]
    assert first.text.endswith("Zelensky said so.")
    assert (first.published.isoformat(), first.split, articles[1].split) == ("2026-02-04", "dev", "holdout")
    article = first.article()
    assert article.published.isoformat() == "2026-02-04T00:00:00+00:00"
    assert (article.source, article.title, article.text) == (first.url, "Headline", first.text)


def test_a_label_may_point_at_a_text_kept_elsewhere(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "seed.txt").write_text("seed body", encoding="utf-8")
    (tmp_path / "set").mkdir()
    write_label(tmp_path / "set", "000-seed", text=None, text_file="../texts/seed.txt")
    (article,) = load_devset(tmp_path / "set")
    assert article.text == "seed body"
    assert not article.text_is_own_file


@pytest.mark.parametrize(
    ("overrides", "key"),
    [
        ({"split": "train"}, "split"),
        ({"published": "Feb 4"}, "published"),
        ({"expected": {"rounds": [], "statements": []}}, "expected.positions"),
    ],
)
def test_a_malformed_label_names_its_file_and_key(
    tmp_path: Path, overrides: dict[str, Any], key: str
) -> None:
    path = write_label(tmp_path, "001-bad", **overrides)
    with pytest.raises(DevsetError) as caught:
        load_devset(tmp_path)
    assert caught.value.key == key
    assert caught.value.path == str(path)


def test_a_label_without_its_text_is_an_error(tmp_path: Path) -> None:
    write_label(tmp_path, "001-alone", text=None)
    with pytest.raises(DevsetError, match="001-alone"):
        load_devset(tmp_path)


def test_check_labels_finds_a_quote_not_in_the_text_and_names_outside_the_pack(tmp_path: Path) -> None:
    expected = facts(
        statements=[label("Volodymyr Zelensky", True, "not in this text")],
        positions=[position("Ukraine", "territory", "refuses")],
        rounds=[round_(2, parties=["Ukraine", "Russia"], end="2026-02-01")],
    )
    write_label(tmp_path, "001-wrong", text="Headline\n\nZelensky said nothing.", expected=expected)
    (article,) = load_devset(tmp_path)
    problems = check_labels(article, load_pack())
    assert any("quote_contains" in p for p in problems)
    assert any("stance 'refuses'" in p for p in problems)
    assert any("parties must be sorted" in p for p in problems)
    assert any("ends before it starts" in p for p in problems)


def test_check_labels_wants_unknown_speakers_listed_as_actors(tmp_path: Path) -> None:
    expected = facts(statements=[label("Anna Keller", True, "any level", party=None)])
    write_label(
        tmp_path, "001-actor", text="Headline\n\n“At any level,” said Anna Keller.", expected=expected
    )
    (article,) = load_devset(tmp_path)
    assert any("actors" in p for p in check_labels(article, load_pack()))


# ----------------------------------------------------------------------------------------------------------
# The real devset


def test_every_devset_label_follows_the_guide_and_the_pack() -> None:
    pack = load_pack()
    problems = [f"{a.name}: {p}" for a in load_devset(DEVSET) for p in check_labels(a, pack)]
    assert problems == []


def test_the_devset_has_both_splits_off_topic_articles_and_the_seed() -> None:
    articles = load_devset(DEVSET)
    by_split = {split: [a for a in articles if a.split == split] for split in ("dev", "holdout")}
    assert len(by_split["dev"]) >= 30 and len(by_split["holdout"]) >= 10
    off_topic = [
        a for a in articles if not any(a.expected[kind] for kind in ("rounds", "statements", "positions"))
    ]
    assert len(off_topic) >= 5
    seed = next(a for a in articles if a.name == "000-seed")
    assert seed.text == load_pack().read_seed(load_pack().seeds[0])
    assert seed.split == "dev"
