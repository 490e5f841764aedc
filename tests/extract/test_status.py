"""The status and tense that the words about a round give it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from monitor.extract.status import round_status, tense_of
from monitor.facts import ArticleFacts

Extract = Callable[..., ArticleFacts]


@pytest.mark.parametrize(
    ("words", "status"),
    [
        ("the round was held in Geneva", "concluded"),
        ("the talks wrapped up on Thursday", "concluded"),
        ("negotiators had held constructive meetings in Florida", "concluded"),
        ("the talks got under way on Tuesday", "ongoing"),
        ("the talks were under way by late morning", "ongoing"),
        ("the second round is being held behind closed doors", "ongoing"),
        ("the round will be held in Geneva", "scheduled"),
        ("the two sides would meet there at the same time", "scheduled"),
        ("a new round is likely within three weeks", "announced"),
        ("no date has been set for a fourth round", "announced"),
        ("the meeting had originally been scheduled for Sunday", "postponed"),
        ("the trilateral talks have been suspended", "postponed"),
        ("the round was moved to Wednesday and Thursday", "postponed"),
        ("the round that was due this week has been called off", "cancelled"),
        ("a fourth round is being prepared", "announced"),
        ("he also announces trilateral talks on Friday and Saturday", "announced"),
        ("the talks would be on February 26 and 27", "scheduled"),
        ("a second round has been fixed for Wednesday", "scheduled"),
        ("the delegations did meet in a colder room than anyone had planned for.", None),
        ("the next meeting has been arranged for Thursday", "scheduled"),
        ("the second round will open in Abu Dhabi on Wednesday", "scheduled"),
        ("the meeting would open the way to a summit", None),
        # the preparing done: the meeting it was done at is held
        ("the team had prepared for Abu Dhabi at a meeting with Witkoff in Miami", None),
    ],
)
def test_cue_words_give_the_status(words: str, status: str | None) -> None:
    assert round_status(words) == status


def test_a_postponed_round_that_has_since_begun_is_under_way() -> None:
    assert round_status("postponed from Sunday, the round began today") == "ongoing"
    assert round_status("it had been moved to 4-5 February, when it was held") == "concluded"


def test_what_began_in_a_clause_after_the_postponement_is_not_the_round() -> None:
    assert round_status(
        "a fourth round was postponed when the Iran war began and has not been rescheduled"
    ) == ("postponed")


@pytest.mark.parametrize(
    "words",
    [
        "Moscow was ready to continue the talks",
        "Russia is interested in continuing the negotiations",
        "the talks on the peace plan",
    ],
)
def test_a_wish_to_continue_is_no_round_under_way(words: str) -> None:
    assert round_status(words) is None


@pytest.mark.parametrize(
    ("words", "tense"),
    [
        ("the third round of talks in Geneva brought progress", "past"),
        ("Putin and Trump reached at their summit in Alaska", "past"),
        ("the fourth round could take place this week", "future"),
        ("a Ukrainian team is preparing for the talks", "future"),
        ("a date for the fourth round has yet to be agreed", "future"),
        ("the talks on the peace plan", None),
        ("talks in May", None),
    ],
)
def test_the_tense_of_the_words(words: str, tense: str | None) -> None:
    assert tense_of(words) == tense


@pytest.mark.parametrize(
    ("words", "status"),
    [
        ("the fourth round has been put on ice", "postponed"),
        ("a fourth round, pencilled in for early March, fell through", "cancelled"),
        ("the first round drew to a close in the Emirati capital", "concluded"),
        ("a working group would convene in Abu Dhabi later today", "scheduled"),
        ("held talks in a meeting that began late on Thursday and went on for four hours", "concluded"),
        ("the round ran for more than four hours and is set to resume on Wednesday", "ongoing"),
        ("the second round wound up in Abu Dhabi", "concluded"),
        ("the fourth round will not go ahead this week", "postponed"),
        ("the fourth round will not go ahead", "cancelled"),
        ("the fourth round will go ahead as planned", "scheduled"),
        ("delegations convened in Geneva for the third round", "ongoing"),
        ("the second round will now take place on Wednesday", "postponed"),
        ("the fourth round is off for now", "postponed"),
        ("the second round is over", "concluded"),
        ("the meeting is off", "cancelled"),
        ("there will be no fourth round this week", "cancelled"),
        ("the fourth round will not happen this week", "postponed"),
        ("the fourth round will not take place this week as planned", "postponed"),
        ("the fourth round will not take place", "cancelled"),
        ("a date for the fourth round has not been fixed", "announced"),
        ("the fourth round has yet to be scheduled", "announced"),
        ("the second round, which had been due on Sunday, will take place on Wednesday instead", "postponed"),
        ("the round, which was to have been held on Sunday, has been moved to Wednesday", "postponed"),
    ],
)
def test_news_idioms_for_a_round_s_state(words: str, status: str) -> None:
    assert round_status(words) == status


@pytest.mark.parametrize("words", ["the first round opens in Abu Dhabi today", "the talks begin today"])
def test_the_present_of_news_copy_tells_a_round_under_way(words: str) -> None:
    assert round_status(words) == "ongoing"


def test_a_capitalised_word_in_ed_is_a_name_not_a_past_verb() -> None:
    assert tense_of("negotiators from the United States meet in Geneva tomorrow") is None


@pytest.mark.parametrize(
    "words",
    ["the second round concludes on Thursday", "the talks in Geneva end today", "the round ends today"],
)
def test_the_present_of_a_timetable_tells_a_round_s_end(words: str) -> None:
    assert round_status(words) == "concluded"


def test_ends_said_of_the_war_is_no_end_of_the_talks() -> None:
    assert round_status("a deal that ends the war") is None


@pytest.mark.parametrize(
    ("words", "status"),
    [
        ("negotiators sit down in Geneva this morning for a third round", "ongoing"),
        ("Umerov sits down with Witkoff today", "ongoing"),
        ("Kyiv is ready to sit down for a third round", None),
        ("the delegations will sit down in Geneva", "scheduled"),
    ],
)
def test_sitting_down_in_news_copy_s_present_is_a_round_under_way(words: str, status: str | None) -> None:
    assert round_status(words) == status


@pytest.mark.parametrize(
    ("words", "status"),
    [
        ("the meeting did not go ahead", "postponed"),
        ("the meeting didn't go ahead", "postponed"),
        ("the meeting will not go ahead", "cancelled"),
        ("the meeting is not going ahead", "cancelled"),
    ],
)
def test_a_meeting_that_did_not_go_ahead_was_only_put_off(words: str, status: str) -> None:
    assert round_status(words) == status


@pytest.mark.parametrize(
    ("words", "status"),
    [
        ("a fourth round is in the works", "announced"),
        ("a fourth round is in the pipeline", "announced"),
        ("the fourth round is penciled in for March 5", "scheduled"),
        ("negotiators are due back in Geneva on Monday", "scheduled"),
        ("the talks will reconvene in Geneva", "scheduled"),
        ("the round got off to a tense start", "ongoing"),
        ("the talks broke off", "concluded"),
        ("the meeting was cut short", "concluded"),
        ("the round has been brought forward to Monday", "postponed"),
    ],
)
def test_more_idioms_for_a_round_s_state(words: str, status: str) -> None:
    assert round_status(words) == status


@pytest.mark.parametrize(
    ("words", "status"),
    [
        ("the fourth round will be hosted by Geneva", "scheduled"),
        ("Geneva is to host the round", "scheduled"),
        ("Geneva hosted the fourth round", "concluded"),
    ],
)
def test_hosting_ahead_is_a_plan_not_a_round_held(words: str, status: str) -> None:
    assert round_status(words) == status


@pytest.mark.parametrize(
    ("words", "status"),
    [
        ("the fourth round was to discuss territory", "announced"),
        ("the talks were to begin on Monday", "announced"),
        ("the round was to have been held on Sunday", "postponed"),
    ],
)
def test_the_future_seen_from_the_past_is_a_plan_not_talks_held(words: str, status: str) -> None:
    assert round_status(words) == status
    assert tense_of(words) == "future"


# --- status: tense and cue words (s7-status) ---


@pytest.mark.parametrize(
    ("words", "status"),
    [
        ("the meeting, which would probably have been held in Riyadh, is on hold", "postponed"),
        ("the envoys could have met last week", None),
        ("the talks should have taken place on Monday", None),
        ("the round has been held in Geneva", "concluded"),
    ],
)
def test_talks_a_modal_s_perfect_makes_unreal_were_not_held(words: str, status: str | None) -> None:
    assert round_status(words) == status


@pytest.mark.parametrize(
    ("words", "status"),
    [
        ("the envoys were due to be received by the king later on Friday", "scheduled"),
        ("the swap agreed at the round has yet to be completed", None),
        ("the envoys were received by the king", "concluded"),
    ],
)
def test_a_passive_infinitive_puts_talks_ahead(words: str, status: str | None) -> None:
    assert round_status(words) == status


@pytest.mark.parametrize(
    ("words", "status"),
    [
        ("the envoys will meet on Tuesday instead", "postponed"),
        ("the round will instead take place in Riyadh on Tuesday", "postponed"),
        ("the aide said on Monday that the envoys would meet in Riyadh instead", "scheduled"),
        ("the team will be led by the deputy minister instead of the general", "announced"),
    ],
)
def test_instead_is_a_new_day_only_when_it_names_one(words: str, status: str) -> None:
    assert round_status(words) == status


@pytest.mark.parametrize(
    ("words", "status"),
    [
        ("the round, first set for Monday, will open on Thursday", "postponed"),
        ("the talks, first planned for late May, were the first casualty", "postponed"),
        ("it was initially pencilled in for the first week of June", "postponed"),
        ("the first planned meeting will be held in Riyadh", "scheduled"),
    ],
)
def test_the_first_plan_named_is_a_round_put_off(words: str, status: str) -> None:
    assert round_status(words) == status


@pytest.mark.parametrize(
    ("words", "status"),
    [
        ("the meeting that was planned for Friday will not happen", "postponed"),
        ("the talks, which were due to take place next week, will not take place", "postponed"),
        ("the meeting will not happen, the aide said on Friday", "cancelled"),
        ("the round that was planned for Friday has been called off", "cancelled"),
    ],
)
def test_a_round_not_held_when_it_was_due_is_put_off(words: str, status: str) -> None:
    assert round_status(words) == status


@pytest.mark.parametrize(
    "words",
    [
        "negotiators went back in for a second and final day",
        "the delegations met again in the capital for the final day",
    ],
)
def test_the_last_day_of_talks_told_as_it_begins_is_a_round_under_way(words: str) -> None:
    assert round_status(words) == "ongoing"


def test_an_opening_session_that_lasted_hours_is_over_not_the_round(story: Extract) -> None:
    facts = story(
        "The delegations went back into the third round in Geneva on Wednesday for a second day, after an "
        "opening session on Tuesday that delegates called difficult and that lasted five hours.",
        date(2026, 2, 18),
    )
    assert [(r.number, r.status) for r in facts.rounds] == [(3, "ongoing")]


def test_a_relative_clause_opened_by_a_preposition_names_no_side_of_the_meeting(story: Extract) -> None:
    facts = story(
        "Moscow holds to the formula named after the summit between Trump and Putin in Anchorage in 2025, "
        "under which Ukraine would cede land."
    )
    assert [(r.format, r.parties, r.venue) for r in facts.rounds] == [
        ("bilateral", ("Russia", "United States"), "Anchorage")
    ]


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Ushakov said the talks would cover what Putin and Trump settled at their summit in Anchorage "
            "last August.",
            "Anchorage",
        ),
        (
            "Russia's team will now be led by Medinsky, who led Moscow's side at the Istanbul talks with "
            "Ukraine last year.",
            "Istanbul",
        ),
    ],
)
def test_talks_dated_to_a_year_or_month_gone_by_were_held(story: Extract, text: str, venue: str) -> None:
    facts = story(text, date(2026, 1, 21))
    assert [(r.venue, r.status) for r in facts.rounds if r.venue == venue] == [(venue, "concluded")]


@pytest.mark.parametrize(
    "plan",
    [
        "Earlier the meeting was expected on Sunday.",
        "The talks were previously planned for Sunday.",
    ],
)
def test_a_plan_told_as_an_earlier_one_is_a_round_put_off(story: Extract, plan: str) -> None:
    facts = story(f"The fourth round will be held in Geneva on Thursday and Friday. {plan}", date(2026, 2, 9))
    assert [(r.number, r.start, r.status) for r in facts.rounds] == [(4, date(2026, 2, 12), "postponed")]


def test_talks_under_way_that_end_after_hours_are_over(story: Extract) -> None:
    facts = story(
        "08:15 - The fourth round of talks opens in Geneva. 09:05 - Delegates call the mood calm. "
        "13:20 - Talks end after about four hours.",
        date(2026, 2, 17),
    )
    assert [(r.number, r.status) for r in facts.rounds] == [(4, "concluded")]


def test_a_journey_for_talks_told_on_its_day_leaves_the_talks_ahead(story: Extract) -> None:
    facts = story(
        "A Ukrainian team led by Umerov landed in Miami on Wednesday for talks with Witkoff. "
        "The meeting, set to begin later on Wednesday, will turn to the energy truce."
    )
    assert [(r.venue, r.start, r.status) for r in facts.rounds] == [("Miami", date(2026, 2, 4), "scheduled")]


def test_talks_only_asked_about_give_no_day(story: Extract) -> None:
    facts = story(
        "Witkoff said a new round would be held within three weeks. Asked on Friday whether a summit was "
        "likely in the spring, Trump said only that it depended on Moscow.",
        date(2026, 3, 8),
    )
    assert [(r.reference, r.start, r.status) for r in facts.rounds] == [("next", None, "announced")]


def test_a_plan_for_a_day_now_gone_by_is_no_day_of_a_round_to_come(story: Extract) -> None:
    facts = story(
        "Witkoff said on Monday that he would fly to Geneva on Thursday, mainly for talks with Iran. "
        "On Sunday he said a new round of trilateral talks would come within three weeks.",
        date(2026, 2, 27),
    )
    assert [(r.start, r.status) for r in facts.rounds if r.reference == "next"] == [(None, "announced")]


@pytest.mark.parametrize(
    ("second", "status"),
    [
        (
            "Peskov said the delay from the first date was down to the schedules of the delegations.",
            "postponed",
        ),
        ("Peskov said the delay in arms deliveries was down to Congress.", "scheduled"),
    ],
)
def test_a_delay_named_right_after_talks_is_theirs(story: Extract, second: str, status: str) -> None:
    facts = story(f"The second round will be held in Geneva on Thursday and Friday. {second}")
    assert [(r.number, r.start, r.status) for r in facts.rounds] == [(2, date(2026, 2, 5), status)]


def test_a_round_still_off_keeps_no_plan_gone_by(story: Extract) -> None:
    facts = story(
        "Zelensky said on Wednesday the trilateral meeting would not take place this week. "
        "The fourth round has slipped again. "
        "It was first pencilled in for the last days of January and then for February 5-9, "
        "most likely in Geneva.",
        date(2026, 2, 12),
    )
    assert [(r.number, r.start, r.end, r.status) for r in facts.rounds] == [(4, None, None, "postponed")]


def test_no_meeting_planned_for_a_day_gives_no_day(story: Extract) -> None:
    facts = story(
        'The fourth round has been postponed. "No meeting is planned for Thursday," the office said.'
    )
    assert [(r.number, r.start, r.status) for r in facts.rounds] == [(4, None, "postponed")]


def test_a_round_put_off_to_days_that_run_until_one_opens_on_the_day_before(story: Extract) -> None:
    facts = story(
        "The fourth round, first set for Monday, will open in Geneva on Wednesday and run until Thursday.",
        date(2026, 2, 15),
    )
    assert [(r.number, r.start, r.end, r.venue, r.status) for r in facts.rounds] == [
        (4, date(2026, 2, 18), date(2026, 2, 19), "Geneva", "postponed")
    ]


@pytest.mark.parametrize(
    ("words", "status"),
    [
        ("the second round is then set to open in Abu Dhabi on Sunday", "scheduled"),
        ("the envoys are also set to meet Putin on Thursday", "scheduled"),
        ("the session was reportedly held behind closed doors", "concluded"),
        # adverbs that are cues of their own keep their say
        ("the round will now be held on Wednesday and Thursday", "postponed"),
        ("the meeting had originally been scheduled for Sunday", "postponed"),
    ],
)
def test_an_adverb_after_the_auxiliary_changes_nothing(words: str, status: str) -> None:
    assert round_status(words) == status


@pytest.mark.parametrize(
    "words",
    [
        "Arakhamia spoke to us by phone before leaving for the second round of talks",
        "Umerov, on his way to the next round of talks, said little",
        "the delegations were heading to Geneva for the third round",
    ],
)
def test_a_journey_under_way_to_the_talks_puts_them_ahead(words: str) -> None:
    assert round_status(words) == "announced"


@pytest.mark.parametrize(
    "words",
    [
        "the fourth round fails to materialise",
        "a fourth round that Kyiv had hoped to see on Thursday failed to take place",
        "the meeting did not take place",
    ],
)
def test_a_round_whose_day_passed_without_it_is_put_off(words: str) -> None:
    assert round_status(words) == "postponed"


@pytest.mark.parametrize(
    ("words", "status"),
    [
        ("the meeting this week will not happen", "postponed"),
        ("Sunday's round will not take place on Sunday", "postponed"),
        ("the meeting will not happen", "cancelled"),
    ],
)
def test_a_round_that_will_not_happen_then_is_put_off_and_one_that_will_not_happen_is_off(
    words: str, status: str
) -> None:
    assert round_status(words) == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The third round begins in Geneva next week.", "announced"),
        ("The third round kicks off later this month.", "announced"),
        ("The third round gets under way in Geneva today.", "ongoing"),
        ("The third round began in Geneva, and the next one is due next month.", "ongoing"),
    ],
)
def test_the_timetables_present_for_a_time_ahead_is_a_round_to_come(text: str, status: str) -> None:
    assert round_status(text) == status


@pytest.mark.parametrize(
    ("words", "status"),
    [
        ("for a third round of talks, due to run on Tuesday and Wednesday.", "scheduled"),
        ("for the second round, due to open in Abu Dhabi on Sunday.", "scheduled"),
        ("It was originally due to open on Sunday.", None),
        ("The round had been due to begin on Sunday.", None),
    ],
)
def test_due_to_open_set_off_after_a_round_is_a_schedule_but_a_plan_gone_by_is_not(
    words: str, status: str | None
) -> None:
    assert round_status(words) == status


@pytest.mark.parametrize(
    "words",
    [
        "investors wagered that the first round had opened a path toward a ceasefire",
        "the round opened the way to a swap",
        "the talks opened up a new window for a deal",
    ],
)
def test_a_way_opened_is_no_sitting_opened(words: str) -> None:
    assert round_status(words) is None


def test_a_round_that_opened_and_closed_on_a_day_is_over() -> None:
    assert (
        round_status("The first trilateral round opened in Abu Dhabi and closed on January 24.")
        == "concluded"
    )
    assert round_status("The round opened in a hotel closed to the press.") == "ongoing"


def test_talks_held_behind_closed_doors_were_held() -> None:
    assert (
        round_status("The talks, held behind closed doors on Friday and Saturday, were calm.") == "concluded"
    )


def test_a_round_that_could_not_go_ahead_when_planned_is_put_off() -> None:
    text = "The meeting, which had been pencilled in for March 5 to 9, could not go ahead because of the war."
    assert round_status(text) == "postponed"
