"""The fold and the differ: how facts become the story's state, and what counts as a change."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from monitor.differ import diff
from monitor.facts import ActorFact, Evidence, PositionFact, RoundFact, StatementFact
from monitor.state import StoryState, fold


def ev(source: str, day: int, sentence: str = "A sentence.") -> Evidence:
    return Evidence(source=source, published=date(2026, 2, day), sentence=sentence)


def round_fact(source: str, day: int, **fields: object) -> RoundFact:
    values: dict[str, object] = {
        "number": 2,
        "format": "trilateral",
        "parties": ("Russia", "Ukraine", "United States"),
        "start": None,
        "end": None,
        "venue": None,
        "status": None,
        "heads": (),
    }
    values.update(fields)
    return RoundFact(evidence=ev(source, day), **values)  # type: ignore[arg-type]


def statement(source: str, day: int, speaker: str, text: str) -> StatementFact:
    return StatementFact(
        speaker=speaker,
        party="Russia",
        role=None,
        date=date(2026, 2, day),
        text=text,
        direct=True,
        evidence=ev(source, day),
    )


def position(source: str, day: int, stance: str, party: str = "Russia") -> PositionFact:
    return PositionFact(
        party=party, issue="security_guarantees", stance=stance, summary=stance, evidence=ev(source, day)
    )


def test_a_round_merges_what_several_articles_say_of_it() -> None:
    state = fold(
        [
            round_fact("a", 4, start=date(2026, 2, 4), status="ongoing"),
            round_fact("b", 5, venue="Abu Dhabi", end=date(2026, 2, 5), status="concluded"),
        ]
    )
    (only,) = state.rounds.values()
    assert (only.start, only.end, only.venue, only.status) == (
        date(2026, 2, 4),
        date(2026, 2, 5),
        "Abu Dhabi",
        "concluded",
    )
    assert only.sourcing is not None and only.sourcing.sources == ["a", "b"]


def test_a_later_recap_does_not_move_a_concluded_round_back() -> None:
    state = fold([round_fact("a", 5, status="concluded"), round_fact("b", 7, status="ongoing")])
    assert state.rounds["round:2"].status == "concluded"


def test_a_planned_round_can_be_postponed_and_then_rescheduled() -> None:
    state = fold(
        [
            round_fact("a", 1, number=4, status="scheduled"),
            round_fact("b", 3, number=4, status="postponed"),
            round_fact("c", 9, number=4, status="scheduled", start=date(2026, 3, 11)),
        ]
    )
    assert state.rounds["round:4"].status == "scheduled"
    assert state.rounds["round:4"].start == date(2026, 3, 11)


def test_the_next_round_resolves_against_the_rounds_known_at_the_time() -> None:
    state = fold(
        [
            round_fact("a", 5, status="concluded"),
            round_fact("b", 7, number=None, reference="next", venue="Miami", status="announced"),
            round_fact("c", 13, number=None, reference="next", venue="Geneva", status="scheduled"),
        ]
    )
    assert sorted(state.rounds) == ["round:2", "round:3"]
    assert state.rounds["round:3"].venue == "Geneva"
    assert state.rounds["round:3"].status == "scheduled"


def test_the_same_statement_from_another_outlet_is_a_corroboration() -> None:
    quote = "There is no need to expect any statements at this time."
    state = fold([statement("a", 4, "Dmitry Peskov", quote), statement("b", 4, "Dmitry Peskov", quote + " ")])
    assert len(state.statements) == 1
    assert state.statements[0].sourcing.corroborations == 1


def test_syndicated_copies_corroborate_the_original() -> None:
    state = fold([position("orig", 5, "rejects")], syndicated={"orig": ["copy"]})
    assert state.positions[("Russia", "security_guarantees")].sourcing.sources == ["orig", "copy"]


def test_a_stance_that_changes_keeps_its_history() -> None:
    state = fold(
        [position("a", 5, "rejects"), position("b", 7, "considers"), position("c", 11, "conditions")]
    )
    current = state.positions[("Russia", "security_guarantees")]
    assert current.fact.stance == "conditions"
    assert current.history == ["rejects", "considers"]


def test_diff_reports_new_rounds_field_changes_statements_stances_and_actors() -> None:
    before_facts = [round_fact("a", 4, status="ongoing"), position("a", 4, "rejects")]
    after_facts = [
        *before_facts,
        round_fact("b", 5, status="concluded", venue="Abu Dhabi"),
        round_fact("b", 5, number=3, status="announced"),
        statement("b", 5, "Kirill Dmitriev", "Progress was made."),
        position("b", 5, "considers"),
        ActorFact(name="Kaja Kallas", party=None, role="EU foreign policy chief", evidence=ev("b", 5)),
    ]
    changes = diff(fold(before_facts), fold(after_facts))
    described = {(c.kind, c.subject_key, c.field) for c in changes}
    assert described == {
        ("round", "round:2", "status"),
        ("round", "round:2", "venue"),
        ("round", "round:3", "new"),
        ("statement", f"statement:{after_facts[4].key()}", "new"),  # type: ignore[union-attr]
        ("position", "position:Russia:security_guarantees", "stance"),
        ("actor", "actor:Kaja Kallas", "new"),
    }
    status = next(c for c in changes if c.field == "status")
    assert (status.before, status.after) == ({"status": "ongoing"}, {"status": "concluded"})
    assert status.evidence["source"] == "b"
    stance = next(c for c in changes if c.kind == "position")
    assert (stance.before["stance"], stance.after["stance"]) == ("rejects", "considers")


def test_corroboration_alone_is_not_a_change() -> None:
    facts = [position("a", 5, "rejects")]
    assert diff(fold(facts), fold([*facts, position("b", 6, "rejects")])) == []


def test_change_keys_are_stable_so_storing_twice_is_a_no_op() -> None:
    after = fold([round_fact("a", 4, status="ongoing")])
    first = [c.key for c in diff(StoryState(), after)]
    second = [c.key for c in diff(StoryState(), fold([round_fact("a", 4, status="ongoing")]))]
    assert first == second and len(set(first)) == len(first)


def test_a_field_is_corroborated_only_by_sources_that_repeat_its_value() -> None:
    before = fold([round_fact("seed", 4, status="ongoing")])
    after = fold(
        [
            round_fact("seed", 4, status="ongoing"),
            round_fact("a", 5, venue="Abu Dhabi"),
            round_fact("b", 5, venue="Abu Dhabi", status="concluded"),
            round_fact("c", 5, status="concluded"),
        ]
    )
    changes = {c.field: c for c in diff(before, after)}
    assert changes["venue"].evidence["source"] == "a"
    assert changes["venue"].evidence["corroborating_sources"] == ["b"]
    assert changes["status"].evidence["source"] == "b"
    assert changes["status"].evidence["corroborating_sources"] == ["c"]


def stance_on(when: date, stance: str, source: str | None = None) -> PositionFact:
    evidence = Evidence(source=source or f"{stance}-{when}", published=when, sentence=f"Russia {stance}.")
    return PositionFact(
        party="Russia", issue="security_guarantees", stance=stance, summary=stance, evidence=evidence
    )


def reported_stances(facts: list[PositionFact]) -> list[tuple[str | None, str]]:
    """The stance changes a reader would be told of, one cycle per fact."""
    told = []
    for count in range(1, len(facts) + 1):
        for change in diff(fold(facts[: count - 1]), fold(facts[:count])):
            if change.field == "stance":
                told.append((change.before.get("stance"), change.after["stance"]))
    return told


def test_a_return_to_a_stance_told_lately_is_the_same_line_not_news() -> None:
    facts = [
        stance_on(date(2026, 2, 1), "supports"),
        stance_on(date(2026, 2, 3), "conditions"),
        stance_on(date(2026, 2, 6), "supports"),
        stance_on(date(2026, 2, 9), "conditions"),
    ]
    assert reported_stances(facts) == [(None, "supports"), ("supports", "conditions")]
    current = fold(facts).positions[("Russia", "security_guarantees")]
    assert current.fact.stance == "conditions"  # the state still shows the latest stance read
    assert current.history == ["supports", "conditions", "supports"]
    assert current.to_json()["recent_stances"] == ["conditions", "supports"]


def test_the_recent_stances_are_those_told_within_a_month_of_the_latest() -> None:
    facts = [stance_on(date(2026, 1, 2), "demands"), stance_on(date(2026, 2, 20), "conditions")]
    assert fold(facts).positions[("Russia", "security_guarantees")].recent_stances() == ["conditions"]


def test_a_stance_untold_for_a_month_is_news_again() -> None:
    facts = [
        stance_on(date(2026, 2, 1), "supports"),
        stance_on(date(2026, 2, 3), "conditions"),
        stance_on(date(2026, 3, 20), "supports"),
    ]
    assert reported_stances(facts)[-1] == ("conditions", "supports")


def test_a_swing_to_or_from_rejecting_is_news_even_to_a_stance_told_lately() -> None:
    facts = [
        stance_on(date(2026, 2, 1), "accepts"),
        stance_on(date(2026, 2, 2), "rejects"),
        stance_on(date(2026, 2, 3), "accepts"),
    ]
    assert reported_stances(facts) == [(None, "accepts"), ("accepts", "rejects"), ("rejects", "accepts")]


def test_one_source_swinging_against_a_line_two_sources_told_is_disputed_not_news() -> None:
    facts = [
        stance_on(date(2026, 2, 1), "accepts", "a"),
        stance_on(date(2026, 2, 2), "supports", "b"),
        stance_on(date(2026, 2, 4), "rejects", "c"),
    ]
    assert reported_stances(facts) == [(None, "accepts"), ("accepts", "supports")]
    (report,) = diff(fold(facts[:2]), fold(facts))
    assert (report.field, report.before["stance"], report.after["stance"]) == (
        "disputed",
        "supports",
        "rejects",
    )
    assert report.evidence["source"] == "c"
    position = fold(facts).positions[("Russia", "security_guarantees")]
    assert position.fact.stance == "supports"
    disputed = position.to_json()["disputed"]
    assert disputed["stance"] == "rejects" and disputed["evidence"]["source"] == "c"


def test_a_second_source_makes_the_disputed_swing_news_from_its_first_report() -> None:
    facts = [
        stance_on(date(2026, 2, 1), "accepts", "a"),
        stance_on(date(2026, 2, 2), "accepts", "b"),
        stance_on(date(2026, 2, 4), "rejects", "c"),
        stance_on(date(2026, 2, 5), "rejects", "d"),
    ]
    (change,) = diff(fold(facts[:3]), fold(facts))
    assert (change.before["stance"], change.after["stance"]) == ("accepts", "rejects")
    assert change.evidence["source"] == "c" and change.evidence["corroborating_sources"] == ["d"]
    assert fold(facts).positions[("Russia", "security_guarantees")].to_json()["disputed"] is None


def test_the_line_told_again_ends_the_dispute() -> None:
    facts = [
        stance_on(date(2026, 2, 1), "accepts", "a"),
        stance_on(date(2026, 2, 2), "accepts", "b"),
        stance_on(date(2026, 2, 4), "rejects", "c"),
        stance_on(date(2026, 2, 5), "accepts", "d"),
        stance_on(date(2026, 2, 6), "rejects", "e"),
    ]
    # "e" opens a new dispute: "c" was answered by "d"
    assert reported_stances(facts) == [(None, "accepts")]
    assert fold(facts).positions[("Russia", "security_guarantees")].fact.stance == "accepts"


def test_a_line_untold_for_a_month_is_not_settled() -> None:
    facts = [
        stance_on(date(2026, 2, 1), "accepts", "a"),
        stance_on(date(2026, 2, 2), "accepts", "b"),
        stance_on(date(2026, 3, 20), "rejects", "c"),
    ]
    assert reported_stances(facts)[-1] == ("accepts", "rejects")


def test_a_stance_reported_cites_its_own_article_when_a_later_one_swung_back() -> None:
    facts = [
        stance_on(date(2026, 2, 1), "supports", "a"),
        stance_on(date(2026, 2, 3), "conditions", "b"),
        stance_on(date(2026, 2, 4), "supports", "c"),
    ]
    (change,) = diff(fold(facts[:1]), fold(facts))
    assert change.after["stance"] == "conditions" and change.evidence["source"] == "b"


def test_a_venue_two_sources_agree_on_is_not_moved_by_one_source() -> None:
    settled = [round_fact("a", 4, venue="Abu Dhabi"), round_fact("b", 5, venue="Abu Dhabi")]
    state = fold([*settled, round_fact("c", 9, venue="Geneva")])
    assert state.rounds["round:2"].venue == "Abu Dhabi"
    # no change of the state: the report is told as disputed, with its source
    (report,) = diff(fold(settled), state)
    assert (report.field, report.before, report.after) == (
        "disputed",
        {"venue": "Abu Dhabi"},
        {"venue": "Geneva"},
    )
    assert report.evidence["source"] == "c"
    assert diff(state, fold([*settled, round_fact("c", 9, venue="Geneva")])) == []  # told once
    (disputed,) = state.rounds["round:2"].to_json()["disputed"]
    assert (disputed["field"], disputed["value"], disputed["evidence"]["source"]) == ("venue", "Geneva", "c")


def test_a_second_source_for_the_disputed_value_moves_it() -> None:
    # a correction of days gone by: the round began a day earlier than the first reports said
    settled = [round_fact("a", 6, start=date(2026, 2, 4)), round_fact("b", 7, start=date(2026, 2, 4))]
    moved = [round_fact("c", 9, start=date(2026, 2, 3)), round_fact("d", 10, start=date(2026, 2, 3))]
    state = fold([*settled, *moved])
    assert state.rounds["round:2"].start == date(2026, 2, 3)
    assert state.rounds["round:2"].to_json()["disputed"] == []
    (change,) = diff(fold([*settled, moved[0]]), state)
    assert change.field == "start" and change.evidence["source"] == "c"
    assert change.evidence["corroborating_sources"] == ["d"]


def test_a_value_one_source_gave_is_replaced_at_once() -> None:
    # a plan told by one outlet and moved by the next: nothing is settled yet
    state = fold([round_fact("a", 4, venue="Istanbul"), round_fact("b", 5, venue="Geneva")])
    assert state.rounds["round:2"].venue == "Geneva"


def test_the_disputed_value_gives_way_when_sources_repeat_the_settled_one() -> None:
    facts = [
        round_fact("a", 4, venue="Abu Dhabi"),
        round_fact("b", 5, venue="Abu Dhabi"),
        round_fact("c", 9, venue="Geneva"),
        round_fact("d", 10, venue="Abu Dhabi"),
        round_fact("e", 11, venue="Geneva"),
    ]
    # "e" is the first source of a new dispute: "c" was answered by "d"
    assert fold(facts).rounds["round:2"].venue == "Abu Dhabi"


def test_each_side_s_head_is_settled_on_its_own() -> None:
    led = (("Ukraine", "Rustem Umerov"),)
    facts = [
        round_fact("a", 4, heads=led),
        round_fact("b", 5, heads=led),
        round_fact("c", 6, heads=(("Ukraine", "Kyrylo Budanov"), ("Russia", "Igor Kostyukov"))),
    ]
    state = fold(facts)
    assert state.rounds["round:2"].heads == {"Ukraine": "Rustem Umerov", "Russia": "Igor Kostyukov"}
    changes = {c.field: c for c in diff(fold(facts[:2]), state)}
    assert changes["heads"].evidence["source"] == "c"
    assert changes["heads"].after == {"heads": {"Russia": "Igor Kostyukov", "Ukraine": "Rustem Umerov"}}
    assert changes["disputed"].before == {"heads:Ukraine": "Rustem Umerov"}
    assert changes["disputed"].after == {"heads:Ukraine": "Kyrylo Budanov"}


def test_a_recap_of_the_last_round_fills_in_the_round_held_not_the_one_to_come() -> None:
    state = fold(
        [
            round_fact("a", 5, status="concluded", start=date(2026, 2, 4), venue="Abu Dhabi"),
            round_fact("b", 6, number=None, reference="next", venue="Miami", status="announced"),
            round_fact("c", 7, number=None, reference="last", start=date(2026, 2, 4), status="concluded"),
            round_fact("d", 8, number=None, reference="last", venue="Abu Dhabi", status="concluded"),
            round_fact("e", 9, number=None, reference="next", status="announced"),
        ]
    )
    assert sorted(state.rounds) == ["round:2", "round:3"]
    assert (state.rounds["round:3"].status, state.rounds["round:3"].start) == ("announced", None)


def test_the_next_round_is_the_first_still_to_come() -> None:
    state = fold(
        [
            round_fact("a", 5, status="concluded"),
            round_fact("b", 9, number=4, status="postponed"),
            round_fact("b2", 9, number=4, status="postponed"),
            round_fact("c", 10, number=3, status="scheduled"),
            round_fact("d", 11, number=None, reference="next", venue="Geneva", status="scheduled"),
        ]
    )
    assert state.rounds["round:3"].venue == "Geneva" and state.rounds["round:4"].venue is None


def test_a_relative_round_given_a_known_round_s_first_day_is_that_round() -> None:
    state = fold(
        [
            round_fact("a", 5, number=1, status="concluded", start=date(2026, 1, 23)),
            round_fact("b", 6, status="concluded", start=date(2026, 2, 4)),
            round_fact("c", 7, number=None, reference="next", start=date(2026, 2, 4), venue="Abu Dhabi"),
        ]
    )
    assert sorted(state.rounds) == ["round:1", "round:2"] and state.rounds["round:2"].venue == "Abu Dhabi"


def test_a_round_to_come_given_days_ahead_takes_them_at_once_as_a_plan_told_afresh() -> None:
    planned = [
        round_fact("a", 10, number=4, status="scheduled", start=date(2026, 2, 26)),
        round_fact("b", 11, number=4, status="scheduled", start=date(2026, 2, 26)),
    ]
    state = fold([*planned, round_fact("c", 24, number=4, status="scheduled", start=date(2026, 2, 28))])
    assert state.rounds["round:4"].start == date(2026, 2, 28)


def test_a_recap_of_an_old_plan_does_not_move_the_days_two_sources_gave() -> None:
    facts = [
        round_fact("a", 20, number=4, status="postponed", start=date(2026, 3, 5)),
        round_fact("b", 21, number=4, status="postponed", start=date(2026, 3, 5)),
        # "the fourth round, first pencilled in for February 26, ...": days gone by for a round still to come
        round_fact("c", 27, number=4, status="postponed", start=date(2026, 2, 26)),
    ]
    assert fold(facts).rounds["round:4"].start == date(2026, 3, 5)


def test_one_source_telling_a_round_called_off_as_held_is_disputed() -> None:
    facts = [
        round_fact("a", 20, number=4, status="scheduled", start=date(2026, 3, 5)),
        round_fact("b", 21, number=4, status="postponed"),
        round_fact("c", 22, number=4, status="announced"),
        round_fact("d", 27, number=4, status="concluded", start=date(2026, 2, 17), venue="Geneva"),
    ]
    round_four = fold(facts).rounds["round:4"]
    assert round_four.status == "announced"
    assert {d["field"] for d in round_four.to_json()["disputed"]} >= {"status"}


def test_a_round_held_on_its_day_is_taken_from_the_first_source() -> None:
    facts = [
        round_fact("a", 1, status="scheduled", start=date(2026, 2, 4)),
        round_fact("b", 2, status="scheduled", start=date(2026, 2, 4)),
        round_fact("c", 4, status="ongoing"),
    ]
    assert fold(facts).rounds["round:2"].status == "ongoing"


def test_a_later_round_is_not_held_while_an_earlier_one_is_still_to_come() -> None:
    facts = [
        round_fact("a", 1, number=3, status="announced"),
        round_fact("b", 2, number=4, status="concluded", venue="Geneva"),
    ]
    state = fold(facts)
    assert state.rounds["round:4"].status is None and state.rounds["round:4"].venue == "Geneva"


def test_the_same_words_a_day_apart_corroborate_and_three_days_apart_are_said_again() -> None:
    words = "We will not give up the land our soldiers hold."
    reworded = "We will not give up the land that our soldiers hold."
    state = fold(
        [
            statement("a", 4, "Volodymyr Zelensky", words),
            statement("b", 5, "Volodymyr Zelensky", reworded),
            statement("c", 8, "Volodymyr Zelensky", words),
            statement("d", 8, "Dmitry Peskov", words),
        ]
    )
    assert [(s.fact.speaker, s.sourcing.sources) for s in state.statements] == [
        ("Volodymyr Zelensky", ["a", "b"]),
        ("Volodymyr Zelensky", ["c"]),
        ("Dmitry Peskov", ["d"]),
    ]


def test_an_undated_statement_is_matched_against_every_day_and_the_first_told_wins() -> None:
    words = "Progress was made on the military track."
    undated = replace(statement("c", 9, "Rustem Umerov", words), date=None)
    state = fold(
        [statement("a", 4, "Rustem Umerov", words), statement("b", 20, "Rustem Umerov", words), undated]
    )
    assert [s.sourcing.sources for s in state.statements] == [["a", "c"], ["b"]]


def test_syndicated_copies_of_the_disputing_article_are_no_second_source() -> None:
    settled = [round_fact("a", 4, venue="Abu Dhabi"), round_fact("b", 5, venue="Abu Dhabi")]
    # the disputing article tells the venue twice, and two outlets reprint it
    facts = [
        *settled,
        round_fact("c", 9, venue="Geneva"),
        round_fact("c", 9, venue="Geneva", status="concluded"),
    ]
    state = fold(facts, syndicated={"c": ["c-copy-1", "c-copy-2"]})
    assert state.rounds["round:2"].venue == "Abu Dhabi"
    stances = [
        stance_on(date(2026, 2, 1), "accepts", "a"),
        stance_on(date(2026, 2, 2), "accepts", "b"),
        stance_on(date(2026, 2, 4), "rejects", "c"),
        stance_on(date(2026, 2, 4), "rejects", "c"),
    ]
    position = fold(stances, syndicated={"c": ["c-copy"]}).positions[("Russia", "security_guarantees")]
    assert position.fact.stance == "accepts" and position.disputed is not None


def _three_way_talks(source: str, day: int, **fields: object) -> RoundFact:
    return round_fact(source, day, number=None, **fields)


def test_three_way_talks_told_by_their_place_are_the_latest_round_held_there() -> None:
    facts = [
        round_fact("a", 2, number=1, status="concluded", venue="Abu Dhabi", start=date(2026, 1, 23)),
        round_fact("b", 6, number=2, status="concluded", venue="Abu Dhabi", start=date(2026, 2, 4)),
        # "the trilateral talks in Abu Dhabi last week"
        _three_way_talks("c", 10, venue="Abu Dhabi", status="concluded"),
    ]
    state = fold(facts)
    assert sorted(state.rounds) == ["round:1", "round:2"]
    assert state.rounds["round:2"].sourcing is not None and "c" in state.rounds["round:2"].sourcing.sources


def test_three_way_talks_on_a_round_s_day_are_that_round_and_others_stay_a_meeting() -> None:
    facts = [
        round_fact(
            "a", 6, status="concluded", venue="Abu Dhabi", start=date(2026, 2, 4), end=date(2026, 2, 5)
        ),
        _three_way_talks("b", 7, start=date(2026, 2, 5), status="concluded"),
        _three_way_talks("c", 7, venue="Riyadh", status="announced"),
        round_fact(
            "d", 7, number=None, format="bilateral", parties=("Russia", "United States"), venue="Abu Dhabi"
        ),
    ]
    assert sorted(fold(facts).rounds) == [
        "meeting:Russia+Ukraine+United States:Riyadh",
        "meeting:Russia+United States:Abu Dhabi",
        "round:2",
    ]


def test_a_head_of_a_side_the_round_does_not_have_is_not_taken() -> None:
    hosts = (("Ukraine", "Rustem Umerov"), ("United Arab Emirates", "Rustem Umerov"))
    state = fold([round_fact("a", 4, heads=hosts)])
    assert state.rounds["round:2"].heads == {"Ukraine": "Rustem Umerov"}


def test_a_round_numbered_past_the_next_one_waits_for_a_second_article() -> None:
    known = [round_fact("a", 1, number=n, status="concluded") for n in (1, 2, 3, 4)]
    eighth = round_fact("b", 9, number=8, venue="Riyadh", status="concluded")
    state = fold([*known, eighth])
    assert "round:8" not in state.rounds
    assert [r["number"] for r in state.to_json()["unconfirmed_rounds"]] == [8]
    (report,) = diff(fold(known), state)
    assert (report.subject, report.field, report.before) == ("Round 8", "disputed", {})
    assert report.evidence["source"] == "b"
    confirmed = fold([*known, eighth, round_fact("c", 10, number=8, start=date(2026, 2, 9))])
    assert confirmed.rounds["round:8"].venue == "Riyadh" and confirmed.rounds["round:8"].start == date(
        2026, 2, 9
    )
    assert confirmed.to_json()["unconfirmed_rounds"] == []


def test_the_next_round_by_number_is_taken_at_once_and_a_waiting_one_once_the_rounds_between_are_known() -> (
    None
):
    known = [round_fact("a", 1, number=n, status="concluded") for n in (1, 2)]
    assert "round:3" in fold([*known, round_fact("b", 3, number=3)]).rounds
    later = fold([*known, round_fact("b", 3, number=4, venue="Geneva"), round_fact("c", 4, number=3)])
    assert "round:4" not in later.rounds
    taken = fold(
        [
            *known,
            round_fact("b", 3, number=4, venue="Geneva"),
            round_fact("c", 4, number=3),
            round_fact("d", 5, number=4),
        ]
    )
    assert taken.rounds["round:4"].venue == "Geneva"
