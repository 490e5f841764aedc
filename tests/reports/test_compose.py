"""Composing a digest: changes grouped by kind with before, after and evidence; what was checked."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from reports_samples import (
    PERIOD_END,
    PERIOD_START,
    STORY,
    actor,
    all_kinds,
    position,
    round_two_status,
    statement,
)

from reports.compose import Checked, FailedSource, compose_digest


def items(payload: dict, kind: str) -> list[dict]:
    [group] = [g for g in payload["groups"] if g["kind"] == kind]
    return group["changes"]


def test_changes_are_grouped_by_kind_in_a_fixed_order_and_the_payload_is_json() -> None:
    payload = compose_digest(
        list(reversed(all_kinds())), Checked(runs=1, sources_polled=3), PERIOD_START, PERIOD_END, STORY
    )

    assert [g["kind"] for g in payload["groups"]] == ["round", "statement", "position", "actor"]
    assert [g["heading"] for g in payload["groups"]][0] == "Rounds of talks"
    assert [len(g["changes"]) for g in payload["groups"]] == [1, 1, 1, 1]
    assert payload["change_count"] == 4 and payload["status"] == "changes"
    assert payload["title"] == f"{STORY}: digest of 2026-02-05"
    assert payload["period"] == {"start": "2026-02-04T06:00:00+00:00", "end": "2026-02-05T06:00:00+00:00"}
    assert json.loads(json.dumps(payload)) == payload


def test_a_round_field_change_shows_that_field_before_and_after_with_its_evidence() -> None:
    [item] = items(compose_digest([round_two_status()], Checked(), None, PERIOD_END, STORY), "round")

    assert (item["subject"], item["field"], item["label"]) == ("Round 2", "status", "status changed")
    assert (item["before_text"], item["after_text"]) == ("scheduled", "ongoing")
    assert item["before"]["status"] == "scheduled" and item["after"]["status"] == "ongoing"
    assert item["date"] == "2026-02-04"
    assert item["link"] == "https://news.example.org/2026/02/04/second-round"
    assert item["source_title"] == "Second round opens in Abu Dhabi"
    assert item["sentence"].startswith("Negotiators from the three countries")
    assert item["corroborations"] == 2
    assert item["corroborating_links"] == ["https://wire.example.com/a"]  # the javascript: one is dropped


def test_a_new_round_is_summarised_in_one_line() -> None:
    change = round_two_status(field_name="new", before={})
    [item] = items(compose_digest([change], Checked(), None, PERIOD_END, STORY), "round")

    assert item["label"] == "new round" and item["before_text"] == ""
    assert item["after_text"] == (
        "trilateral, in Abu Dhabi, 2026-02-04 to 2026-02-05, status ongoing; parties: Russia, Ukraine, "
        "United States; heads of delegation: Russia: Igor Kostyukov, Ukraine: Rustem Umerov"
    )


def test_statements_positions_and_actors_are_told_in_our_words() -> None:
    payload = compose_digest([statement(), position(), actor()], Checked(), None, PERIOD_END, STORY)
    [said] = items(payload, "statement")
    [stance] = items(payload, "position")
    [person] = items(payload, "actor")

    assert said["after_text"] == (
        "Dmitry Peskov (Kremlin spokesman, Russia) on 2026-02-04: "
        "“There will be no statements from us while the talks are going on.”"
    )
    assert stance["before_text"] == "Russia considers (territory): open to talks on the line"
    assert stance["after_text"] == "Russia demands (territory): Ukraine to leave all of Donbas"
    assert stance["urgent"] is True
    assert stance["link"] is None and stance["source"] == "seeds/000_0ea1466f19386afb.txt"
    assert person["after_text"] == "Oleksandr Bevz (adviser to the Presidential Office, Ukraine)"


def test_a_paraphrase_is_marked_as_such() -> None:
    change = statement()
    change.after = {**change.after, "direct": False, "text": "the Kremlin would not comment"}
    [said] = items(compose_digest([change], Checked(), None, PERIOD_END, STORY), "statement")
    assert said["after_text"].endswith(": the Kremlin would not comment (paraphrased)")


def test_alerted_changes_are_shown_again_and_marked() -> None:
    payload = compose_digest([statement()], Checked(), None, PERIOD_END, STORY, alerted=[position()])
    assert items(payload, "position")[0]["alerted"] is True
    assert items(payload, "statement")[0]["alerted"] is False
    assert payload["change_count"] == 2


def test_untrusted_text_is_made_one_clean_line() -> None:
    change = statement(text="first\r\nsecond\x00\x1b[2J \u202egnp.exe")
    change.subject = "Dmitry\nPeskov"
    [item] = items(compose_digest([change], Checked(), None, PERIOD_END, "Talks\r\nBcc: x@y"), "statement")
    payload = compose_digest([change], Checked(), None, PERIOD_END, "Talks\r\nBcc: x@y")

    assert item["subject"] == "Dmitry Peskov"
    assert item["after"]["text"] == "first second [2J gnp.exe"
    assert payload["story"] == "Talks Bcc: x@y"


def test_no_change_and_no_data_are_different_statuses() -> None:
    read = Checked(runs=1, sources_polled=5, not_modified=5)
    none = Checked()
    all_failed = Checked(runs=3, sources_polled=6, failed_count=6)

    assert compose_digest([], read, None, PERIOD_END, STORY)["status"] == "no_change"
    assert compose_digest([], none, None, PERIOD_END, STORY)["status"] == "no_data"
    assert compose_digest([], all_failed, None, PERIOD_END, STORY)["status"] == "no_data"


def test_checked_adds_up_the_cycles_counts_and_lists_each_failed_source_once_with_its_last_error() -> None:
    t1 = datetime(2026, 2, 4, 8, tzinfo=UTC)
    runs = [  # the shape of storage.runs.runs_between, oldest first, with CycleReport.counts()
        {
            "counts": {
                "sources_polled": 5,
                "sources_fetched": 2,
                "sources_not_modified": 2,
                "sources_failed": 1,
                "entries_seen": 10,
                "articles_new": 3,
                "articles_relevant": 2,
                "articles_skipped": 6,
                "articles_duplicate": 1,
                "facts_new": 4,
                "changes_new": 1,
            },
            "errors": [{"source": "https://a.example/rss", "error": "HTTP 502", "at": t1.isoformat()}],
        },
        {
            "counts": {
                "sources_polled": 5,
                "sources_fetched": 0,
                "sources_not_modified": 3,
                "sources_failed": 2,
                "entries_seen": 4,
                "articles_new": 1,
            },
            "errors": [
                {"source": "https://a.example/rss", "error": "timed out"},
                {"source": "https://b.example/atom", "error": "not a feed"},
                {"error": "run-level trouble, no source"},
            ],
        },
    ]

    checked = Checked.from_runs(runs)

    assert (checked.runs, checked.sources_polled, checked.not_modified, checked.failed_count) == (2, 10, 5, 3)
    assert checked.fetched_count == 2
    assert (checked.articles_read, checked.new_articles, checked.skipped, checked.duplicates) == (14, 4, 6, 1)
    assert checked.failed == (
        FailedSource("https://a.example/rss", "timed out", None),
        FailedSource("https://b.example/atom", "not a feed", None),
    )
    assert checked.to_json()["fetched"] == 2 and checked.has_data


def test_without_an_explicit_fetched_count_it_is_what_remains_of_the_polls() -> None:
    assert Checked(runs=1, sources_polled=10, not_modified=3, failed_count=2).fetched_count == 5


def test_a_report_one_source_made_against_a_settled_value_is_told_as_unconfirmed() -> None:
    disputed_venue = round_two_status(
        field_name="disputed", before={"venue": "Abu Dhabi"}, after={"venue": "Geneva"}
    )
    disputed_head = round_two_status(
        field_name="disputed",
        before={"heads:Ukraine": "Rustem Umerov"},
        after={"heads:Ukraine": "Kyrylo Budanov"},
    )
    disputed_stance = position(
        field_name="disputed",
        before={"party": "Russia", "issue": "territory", "stance": "demands", "summary": "all of Donbas"},
        after={"party": "Russia", "issue": "territory", "stance": "rejects", "summary": "any land swap"},
    )
    payload = compose_digest(
        [disputed_venue, disputed_head, disputed_stance], Checked(), None, PERIOD_END, STORY
    )
    venue, head = items(payload, "round")
    [stance] = items(payload, "position")
    assert "unconfirmed" in venue["label"] and "unconfirmed" in stance["label"]
    assert (venue["before_text"], venue["after_text"]) == ("venue: Abu Dhabi", "venue: Geneva")
    assert head["after_text"] == "head of delegation, Ukraine: Kyrylo Budanov"
    assert stance["before_text"] == "Russia demands (territory): all of Donbas"
    assert stance["after_text"] == "Russia rejects (territory): any land swap"


def test_a_round_one_article_alone_numbers_is_told_as_an_unconfirmed_new_round() -> None:
    after = {"number": 8, "format": "trilateral", "venue": "Riyadh", "status": "concluded", "parties": []}
    change = round_two_status(field_name="disputed", subject="Round 8", before={}, after=after)
    [item] = items(compose_digest([change], Checked(), None, PERIOD_END, STORY), "round")
    assert item["label"] == "new round reported by one source only (unconfirmed)"
    assert (item["before_text"], item["after_text"]) == ("", "trilateral, in Riyadh, status concluded")


def test_a_round_s_fields_one_sentence_changed_are_one_item() -> None:
    venue = round_two_status(2, field_name="venue", before={"venue": None}, after={"venue": "Geneva"})
    status = round_two_status(3)
    elsewhere = round_two_status(
        4,
        field_name="end",
        before={"end": None},
        after={"end": "2026-02-05"},
        evidence={**round_two_status().evidence, "sentence": "The talks ended on Thursday."},
    )
    payload = compose_digest([venue, status, elsewhere], Checked(), None, PERIOD_END, STORY)
    merged, alone = items(payload, "round")
    assert merged["label"] == "venue, status changed" and merged["fields"] == ["venue", "status"]
    assert merged["before_text"] == "venue: not given; status: scheduled"
    assert merged["after_text"] == "venue: Geneva; status: ongoing"
    assert (alone["label"], alone["after_text"]) == ("end changed", "2026-02-05")
    assert payload["change_count"] == 3
