"""A round's length and place told apart from the sentences that name it: "ended on Thursday" here, "the two
days" there; the one city the article places anything in."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.extract.round_length import lengths_told, one_length
from tests.extract.conftest import Extract


@pytest.mark.parametrize(
    ("text", "lengths"),
    [
        ("The two-day talks opened in Geneva.", {2}),
        ("After a three-day round in Abu Dhabi, the envoys flew home.", {3}),
        ("The two days had been uneven.", {2}),
        ("What two days in Abu Dhabi actually bought", {2}),
        ("Two days of negotiations produced a swap.", {2}),
        ("Their three days at the lakeside hotel were tense.", {3}),
        # spans between events, not lengths of talks
        ("Two days after the strike, the delegations met.", set()),
        ("The two days before the talks were quiet.", set()),
        ("The talks resume in two days.", set()),
        ("Shelling went on for two days in a row.", set()),
        ("The ceasefire held for two days.", set()),
        ("After the first two days of negotiations ended, the envoys left.", set()),
        ("The last two days of talks were the hardest.", set()),
    ],
)
def test_lengths_of_talks_are_told_apart_from_spans_of_time(text: str, lengths: set[int]) -> None:
    assert lengths_told(text) == lengths


def test_two_lengths_are_no_one_length() -> None:
    assert one_length("The two-day round in Abu Dhabi, then the three-day round in Geneva.") is None
    assert one_length("The two-day round. The two days were hard.") == 2


def test_a_round_known_by_its_last_day_gets_its_first_from_a_length_told_elsewhere(story: Extract) -> None:
    facts = story(
        "The second round of talks ended in Abu Dhabi on Thursday. The two days produced a prisoner swap.",
        date(2026, 2, 6),
    )
    (found,) = facts.rounds
    assert (found.number, found.start, found.end, found.status) == (
        2,
        date(2026, 2, 4),
        date(2026, 2, 5),
        "concluded",
    )


def test_a_round_known_by_its_first_day_gets_its_last(story: Extract) -> None:
    facts = story(
        "The third round of talks will open in Geneva on Tuesday. The two days will be closed to the press.",
        date(2026, 2, 15),
    )
    (found,) = facts.rounds
    assert (found.start, found.end) == (date(2026, 2, 17), date(2026, 2, 18))


def test_a_concluded_round_cannot_end_after_the_report(story: Extract) -> None:
    # The day known is the report's own: a two-day round over by then began the day before.
    facts = story(
        "Medinsky spoke after the third round of talks in Geneva ended today. The two days were hard going.",
        date(2026, 2, 18),
    )
    (found,) = facts.rounds
    assert (found.start, found.end, found.status) == (date(2026, 2, 17), date(2026, 2, 18), "concluded")


def test_no_length_is_given_to_one_of_several_dated_rounds(story: Extract) -> None:
    facts = story(
        "The first round of talks ended in Abu Dhabi on Jan. 24. The second round of talks ended there on "
        "Thursday. The two days produced a swap of prisoners.",
        date(2026, 2, 6),
    )
    assert {(r.number, r.start, r.end) for r in facts.rounds} == {
        (1, None, date(2026, 1, 24)),
        (2, None, date(2026, 2, 5)),
    }


def test_a_round_put_off_gets_no_days_from_a_length(story: Extract) -> None:
    facts = story(
        "The fourth round of talks, planned for March 5 in Abu Dhabi, has been postponed. It was to be a "
        "two-day round.",
        date(2026, 3, 3),
    )
    (found,) = facts.rounds
    assert (found.status, found.start, found.end) == ("postponed", None, None)


def test_a_next_round_gets_no_length_from_talks_told_beside_it(story: Extract) -> None:
    facts = story(
        "The next round will take place on Sunday, Feb. 1, an official said. The two days in Abu Dhabi that "
        "ended on Saturday brought no breakthrough.",
        date(2026, 1, 25),
    )
    assert [(r.reference, r.start, r.end) for r in facts.rounds] == [("next", date(2026, 2, 1), None)]


def test_the_one_round_held_is_in_the_one_city_the_article_places_anything_in(story: Extract) -> None:
    facts = story(
        "When Medinsky walked into the InterContinental in Geneva on Tuesday morning, he knew the part. The "
        "third round of talks ended on Wednesday after two days.",
        date(2026, 2, 19),
    )
    (found,) = facts.rounds
    assert (found.number, found.venue, found.start, found.end) == (
        3,
        "Geneva",
        date(2026, 2, 17),
        date(2026, 2, 18),
    )


@pytest.mark.parametrize(
    "placing",
    [
        # two cities: either may be the round's
        "Medinsky spent Monday in Istanbul and walked into a hotel in Geneva on Tuesday morning.",
        # a party's own city tells where someone is, not the talks
        "Medinsky left his office in Moscow on Monday evening.",
    ],
)
def test_no_place_is_given_when_the_article_places_things_in_other_ways(story: Extract, placing: str) -> None:
    facts = story(placing + " The third round of talks ended on Wednesday after two days.", date(2026, 2, 19))
    (found,) = facts.rounds
    assert (found.number, found.venue) == (3, None)


def test_talks_ended_in_a_live_entry_end_the_round_under_way_on_the_report_day(extract: Extract) -> None:
    facts = extract(
        "Live: the first round, day two\n\n"
        "09:10 - Day two of the talks between Ukraine, Russia and the United States is about to begin. The "
        "first trilateral round opened yesterday in Abu Dhabi.\n\n"
        "17:20 - The talks have ended.\n",
        date(2026, 1, 24),
    )
    (found,) = facts.rounds
    assert (found.number, found.status, found.start, found.end) == (
        1,
        "concluded",
        date(2026, 1, 23),
        date(2026, 1, 24),
    )


@pytest.mark.parametrize(
    "entry",
    [
        "17:20 - The first day of talks has ended.",  # a part of the talks
        "The talks have ended.",  # no live entry: a report of what ended is dated by its words
    ],
)
def test_a_part_of_the_talks_or_words_outside_a_live_entry_leave_them_under_way(
    extract: Extract, entry: str
) -> None:
    facts = extract(
        "Live: the first round, day one\n\n"
        "09:10 - The first trilateral round of talks between Ukraine, Russia and the United States opened "
        f"today in Abu Dhabi.\n\n{entry}\n",
        date(2026, 1, 23),
    )
    (found,) = facts.rounds
    assert (found.number, found.status) == (1, "ongoing")


def test_a_day_after_a_rounds_last_day_is_no_day_of_that_round(story: Extract) -> None:
    facts = story(
        "A Ukrainian delegation is on its way to the United States for a meeting on Saturday.\n\n"
        "Since Geneva, where the third round ended on February 18, there has been no three-way contact.",
        published=date(2026, 3, 20),
    )
    third = [r for r in facts.rounds if r.number == 3]
    assert [(r.start, r.end, r.venue, r.status) for r in third] == [
        (None, date(2026, 2, 18), "Geneva", "concluded")
    ]


def test_a_timeline_with_short_weekdays_and_times_dates_its_entries_but_not_a_round_put_off(
    story: Extract,
) -> None:
    facts = story(
        "\n\nThu 19 Mar, 20:40 - Zelensky says Umerov will see Steve Witkoff in Miami on Saturday.\n\n"
        "Sat 21 Mar, 16:00 - Umerov meets Witkoff in Miami.\n\n"
        "Mon 23 Mar, 09:00 - The fourth trilateral round, first planned for early March, remains without a "
        "date.",
        published=date(2026, 3, 24),
    )
    meetings = [(r.start, r.venue, r.status) for r in facts.rounds if r.number is None]
    assert meetings == [(date(2026, 3, 21), "Miami", "concluded")]
    fourth = next(r for r in facts.rounds if r.number == 4)
    assert (fourth.start, fourth.status) == (None, "postponed")


def test_a_chronologys_round_then_its_place_after_a_comma_is_placed_and_held(story: Extract) -> None:
    facts = story(
        "\n\nFebruary 4-5 - Round two, Abu Dhabi, a few days later than first planned.\n\n"
        "February 17-18 - Round three, Geneva, with Vladimir Medinsky now leading the Russian side.",
        published=date(2026, 4, 30),
    )
    found = {r.number: (r.start, r.end, r.venue, r.status) for r in facts.rounds}
    assert found[2] == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "concluded")
    assert found[3] == (date(2026, 2, 17), date(2026, 2, 18), "Geneva", "concluded")
