"""Dates in sentences, resolved against the article's date (2026-02-04 is a Wednesday)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from monitor.extract.dates import find_dates, month_named
from monitor.facts import ArticleFacts, RoundFact

PUBLISHED = date(2026, 2, 4)


def spans(text: str, published: date = PUBLISHED) -> list[tuple[date | None, date | None]]:
    return [(d.first, d.last) for d in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("held on January 23 and 24", date(2026, 1, 23), date(2026, 1, 24)),
        ("held on Jan. 23-24", date(2026, 1, 23), date(2026, 1, 24)),
        ("held on Jan. 23–24", date(2026, 1, 23), date(2026, 1, 24)),
        ("held on 23-24 January", date(2026, 1, 23), date(2026, 1, 24)),
        ("from January 30 to February 1", date(2026, 1, 30), date(2026, 2, 1)),
        ("on Feb. 4", date(2026, 2, 4), date(2026, 2, 4)),
        ("on February 17, 2026", date(2026, 2, 17), date(2026, 2, 17)),
        ("dated 2026-02-04", date(2026, 2, 4), date(2026, 2, 4)),
        ("last held in December 28", date(2025, 12, 28), date(2025, 12, 28)),
    ],
)
def test_absolute_dates(text: str, first: date, last: date) -> None:
    assert spans(text) == [(first, last)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("talks began today (Wednesday)", date(2026, 2, 4)),
        ("talks began today", date(2026, 2, 4)),
        ("he said yesterday", date(2026, 2, 3)),
        ("they meet tomorrow", date(2026, 2, 5)),
        ("they met on Monday", date(2026, 2, 2)),
        ("they will meet on Friday", date(2026, 2, 6)),
        ("they met last Friday", date(2026, 1, 30)),
        ("they meet next Tuesday", date(2026, 2, 10)),
    ],
)
def test_relative_days(text: str, expected: date) -> None:
    assert spans(text) == [(expected, expected)]


def test_a_weekday_looks_back_or_forward_by_its_own_clause() -> None:
    # one sentence, two clauses: the meeting was on Monday, the next one will be on Friday
    text = "They met on Monday, and the next round will be held on Friday"
    assert spans(text) == [(date(2026, 2, 2), date(2026, 2, 2)), (date(2026, 2, 6), date(2026, 2, 6))]


def test_a_weekday_range_is_read_whole() -> None:
    assert spans("moved to Wednesday and Thursday", date(2026, 2, 1)) == [
        (date(2026, 2, 4), date(2026, 2, 5))
    ]


def test_a_weekday_followed_by_its_date_yields_the_date_only() -> None:
    assert spans("on Sunday, Feb. 1", date(2026, 1, 25)) == [(date(2026, 2, 1), date(2026, 2, 1))]


def test_a_vague_span_names_no_day() -> None:
    found = find_dates("a ceasefire agreed last week", PUBLISHED)
    assert len(found) == 1 and found[0].vague


def test_a_missing_year_is_the_one_nearest_the_article() -> None:
    assert spans("on December 30", date(2026, 1, 2)) == [(date(2025, 12, 30), date(2025, 12, 30))]


def test_may_as_a_verb_is_no_date() -> None:
    assert spans("Moscow may 5 times refuse") == []


def test_offsets_point_at_the_date() -> None:
    text = "The round was held on January 23 and 24, officials said."
    (found,) = find_dates(text, PUBLISHED)
    assert text[found.start : found.end] == "January 23 and 24"


def test_a_bare_weekday_is_marked_so_a_caller_may_move_it_by_a_week() -> None:
    bare, modified, dated = find_dates("on Tuesday, last Friday and on Feb. 17", PUBLISHED)
    assert (bare.weekday, modified.weekday, dated.weekday) == (True, False, False)


@pytest.mark.parametrize(
    "text",
    [
        "a Ukrainian team was travelling to the United States for a meeting on Saturday",
        "the team is on its way to Miami for talks on Saturday",
        "the delegation leaves today ahead of the talks on Saturday",
        "trilateral talks begin in Abu Dhabi on Saturday",
        "negotiators meet again in Geneva on Saturday for a third round",
    ],
)
def test_a_weekday_of_a_journey_or_a_meeting_ahead_looks_forward(text: str) -> None:
    assert spans(text)[-1] == (date(2026, 2, 7), date(2026, 2, 7))


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("the two leaders last met in Alaska in August", 8),
        ("a meeting planned for early March was postponed", 3),
        ("a meeting expected in early March", 3),
        ("talks on March 5", None),
        ("nothing since January", 1),
    ],
)
def test_a_month_named_without_a_day(text: str, month: int | None) -> None:
    assert month_named(text, 0, len(text)) == month


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("will convene next week, on the 17th and 18th", date(2026, 2, 17), date(2026, 2, 18)),
        ("expected to end on the 30th", date(2026, 1, 30), date(2026, 1, 30)),
        ("due to fly to Moscow this evening", PUBLISHED, PUBLISHED),
        ("received the envoys in the Kremlin late last night", date(2026, 2, 3), date(2026, 2, 3)),
        ("The day before yesterday in Miami, Dmitriev held a meeting", date(2026, 2, 2), date(2026, 2, 2)),
        ("the talks resume the day after tomorrow", date(2026, 2, 6), date(2026, 2, 6)),
        ("the meeting ended only a few minutes ago", PUBLISHED, PUBLISHED),
        ("he is sitting down with them right now", PUBLISHED, PUBLISHED),
    ],
)
def test_days_of_the_month_and_parts_of_today(text: str, first: date, last: date) -> None:
    assert spans(text)[-1] == (first, last)


def test_an_ordinal_before_a_noun_is_no_day_of_the_month() -> None:
    assert spans("the 3rd round of talks") == []


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "The third round, on the seventeenth and eighteenth, went badly.",
            date(2026, 2, 17),
            date(2026, 2, 18),
        ),
        ("They met on the fourth and fifth.", date(2026, 2, 4), date(2026, 2, 5)),
        ("talks due to open on the twenty-third", date(2026, 1, 23), date(2026, 1, 23)),
        (
            "is planned for the twenty-sixth and twenty-seventh of this month.",
            date(2026, 2, 26),
            date(2026, 2, 27),
        ),
        ("will open on the second of next month.", date(2026, 3, 2), date(2026, 3, 2)),
        ("held on the fourth of February, in Abu Dhabi", date(2026, 2, 4), date(2026, 2, 4)),
    ],
)
def test_days_of_the_month_in_words_as_transcripts_spell_them(text: str, first: date, last: date) -> None:
    assert spans(text) == [(first, last)]


@pytest.mark.parametrize(
    "text",
    [
        "They agreed on the second and third rounds of swaps.",
        "no progress on the first point",
        "on the fifth day",
    ],
)
def test_an_ordinal_word_before_a_noun_is_no_day_of_the_month(text: str) -> None:
    assert spans(text) == []


def test_days_of_two_months_joined_by_and_are_two_days_unless_they_follow_each_other() -> None:
    assert spans("held on Jan. 23 and Feb. 4") == [
        (date(2026, 1, 23), date(2026, 1, 23)),
        (date(2026, 2, 4), date(2026, 2, 4)),
    ]
    assert spans("held on January 31 and February 1") == [(date(2026, 1, 31), date(2026, 2, 1))]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("the talks ended two days ago", date(2026, 2, 2), date(2026, 2, 2)),
        ("held on Feb. 17 & 18", date(2026, 2, 17), date(2026, 2, 18)),
    ],
)
def test_days_ago_and_an_ampersand_between_days(text: str, first: date, last: date) -> None:
    assert spans(text) == [(first, last)]


@pytest.mark.parametrize(
    ("text", "published", "first"),
    [
        # said on a Monday: the weekend just gone
        ("The delegations met in Miami over the weekend.", date(2026, 3, 23), date(2026, 3, 21)),
        ("Missiles struck the city at the weekend.", date(2026, 3, 23), date(2026, 3, 21)),
        # said on a Wednesday, of the future: the coming one
        ("The team will fly to Geneva over the weekend.", date(2026, 3, 18), date(2026, 3, 21)),
        ("Talks are expected this weekend.", date(2026, 3, 18), date(2026, 3, 21)),
        # said on a Sunday: this weekend is today's; last weekend the one before
        ("They met over the weekend.", date(2026, 3, 22), date(2026, 3, 21)),
        ("Missiles struck last weekend.", date(2026, 3, 22), date(2026, 3, 14)),
    ],
)
def test_a_weekend_is_its_saturday_and_sunday(text: str, published: date, first: date) -> None:
    assert spans(text, published) == [(first, first + timedelta(days=1))]


def test_a_weekend_named_without_a_preposition_is_no_day() -> None:
    assert spans("The weekend was quiet.") == []


def test_weekend_talks_are_those_of_the_weekend_their_clause_means() -> None:
    assert spans("The weekend talks in Florida were constructive.", date(2026, 3, 23)) == [
        (date(2026, 3, 21), date(2026, 3, 22))
    ]
    assert spans("Weekend talks in Miami will focus on guarantees.", date(2026, 3, 18)) == [
        (date(2026, 3, 21), date(2026, 3, 22))
    ]


def test_a_day_that_was_due_lies_ahead_of_the_words_that_tell_it() -> None:
    assert spans("The round was due in Abu Dhabi on Sunday.", date(2026, 1, 30)) == [
        (date(2026, 2, 1), date(2026, 2, 1))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Umerov was in Miami for talks with Witkoff that began on Saturday.",
        "Umerov is in Florida for talks with Witkoff which started on Saturday.",
    ],
)
def test_a_day_in_a_relative_clause_told_in_the_past_is_gone_by(text: str) -> None:
    assert spans(text, date(2026, 3, 24)) == [(date(2026, 3, 21), date(2026, 3, 21))]


def test_a_day_in_a_relative_clause_told_ahead_lies_ahead() -> None:
    assert spans("Umerov flew to Miami for talks that will open on Saturday.", date(2026, 3, 24)) == [
        (date(2026, 3, 28), date(2026, 3, 28))
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Then on Thursday, Sybiha is due in Washington for talks.", date(2026, 4, 30)),
        ("On Thursday, the delegations will meet in Miami.", date(2026, 4, 30)),
        ("On Thursday, Sybiha said he will meet Rubio.", date(2026, 4, 23)),
        ("On Thursday, Sybiha met Rubio in Washington.", date(2026, 4, 23)),
    ],
)
def test_a_day_set_before_the_main_clause_is_in_that_clauses_time(text: str, day: date) -> None:
    assert spans(text, date(2026, 4, 26))[0] == (day, day)


def test_this_weekday_is_that_day_of_the_article_s_week() -> None:
    assert spans("The round opens this Sunday.", date(2026, 1, 30)) == [(date(2026, 2, 1), date(2026, 2, 1))]
    assert spans("The round was held this Monday.", date(2026, 1, 30)) == [
        (date(2026, 1, 26), date(2026, 1, 26))
    ]


def test_a_possessive_weekday_takes_the_tense_of_the_verb_after_it() -> None:
    assert spans("Sunday's round has been put off.", date(2026, 1, 30)) == [
        (date(2026, 2, 1), date(2026, 2, 1))
    ]
    assert spans("Tuesday's round ended without a deal.", date(2026, 1, 30)) == [
        (date(2026, 1, 27), date(2026, 1, 27))
    ]


def test_a_weekday_with_its_date_after_it_is_one_mention_from_the_weekday() -> None:
    text = "would meet again next Sunday, Feb. 1, officials said"
    found = [(text[d.start : d.end], d.first) for d in find_dates(text, date(2026, 1, 26))]
    assert found == [("next Sunday, Feb. 1", date(2026, 2, 1))]


def test_a_weekday_a_round_is_due_on_looks_forward() -> None:
    text = "He flies to Geneva today for the third round of talks, due on Tuesday and Wednesday."
    found = [(d.first, d.last) for d in find_dates(text, date(2026, 2, 16)) if d.first != date(2026, 2, 16)]
    assert found == [(date(2026, 2, 17), date(2026, 2, 18))]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("They last met in Istanbul on July 23 last year.", date(2025, 7, 23)),
        ("The envoys met on Feb. 2 this year.", date(2026, 2, 2)),
        ("A summit is planned for January 15 next year.", date(2027, 1, 15)),
    ],
)
def test_a_day_of_a_year_named_after_it_is_in_that_year(text: str, first: date) -> None:
    (mention, *_rest) = find_dates(text, date(2026, 4, 11))
    assert mention.first == first


# --- The days of rounds and meetings: which days of a sentence belong to the talks --------------------

Extract = Callable[..., ArticleFacts]


def _only_round(facts: ArticleFacts) -> RoundFact:
    assert len(facts.rounds) == 1, facts.rounds
    return facts.rounds[0]


def test_a_meeting_that_ended_at_an_hour_of_the_next_morning_ends_that_day(story: Extract) -> None:
    found = _only_round(
        story(
            "Putin received Witkoff in the Kremlin late on Monday, and the meeting ended at 2 a.m. "
            "on Tuesday."
        )
    )
    assert (found.start, found.end) == (date(2026, 2, 2), date(2026, 2, 3))


def test_a_round_that_ran_into_the_next_day_ends_on_it(story: Extract) -> None:
    found = _only_round(
        story(
            "The second round opened in Abu Dhabi on Wednesday and ran well into Thursday.", date(2026, 2, 6)
        )
    )
    assert (found.start, found.end) == (date(2026, 2, 4), date(2026, 2, 5))


def test_the_talks_of_a_sentence_telling_of_a_meeting_are_that_meeting(story: Extract) -> None:
    facts = story(
        "Trump met Zelensky in Davos last Thursday. "
        "Putin received Witkoff in the Kremlin late on Monday, and the talks ended in the early hours of "
        "Tuesday."
    )
    (found,) = [r for r in facts.rounds if r.venue == "Moscow"]
    assert (found.start, found.end) == (date(2026, 2, 2), date(2026, 2, 3))


def test_a_round_sat_down_to_today_that_runs_into_a_day_spans_both(story: Extract) -> None:
    found = _only_round(
        story("The delegations meet in Abu Dhabi today for a second round, expected to run into Thursday.")
    )
    assert (found.start, found.end) == (date(2026, 2, 4), date(2026, 2, 5))


@pytest.mark.parametrize(
    "text",
    [
        "The third round, first planned for March 2 and 3, became the first victim of the crisis.",
        "Nobody knows when the third round will be held. It was first pencilled in for late February and "
        "then for March 2 and 3, before the strikes began.",
    ],
)
def test_the_days_a_round_was_first_planned_for_are_not_its_days(story: Extract, text: str) -> None:
    found = _only_round(story(text, date(2026, 3, 10)))
    assert (found.start, found.end) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Asked on Monday whether a new round was near, Zelensky said only that a lot depended on Washington.",
        "Asked on Monday about the next round, Peskov said it would be held in Geneva.",
        "The next round is suspended for now, communicated on Monday evening the Ukrainian president.",
        "The next round is suspended for now, declared on Monday the Ukrainian president.",
    ],
)
def test_the_day_a_speaker_was_asked_or_declared_is_not_the_rounds(story: Extract, text: str) -> None:
    assert _only_round(story(text)).start is None


def test_the_days_a_postponed_round_had_been_foreseen_for_are_a_plan_given_up(story: Extract) -> None:
    found = _only_round(
        story("The next meeting, which had been foreseen between 9 and 10 February, is suspended, he said.")
    )
    assert (found.start, found.end, found.status) == (None, None, "postponed")


def test_a_round_dated_by_a_span_after_it_takes_no_day_of_the_clause_before(story: Extract) -> None:
    found = _only_round(
        story(
            "Trucks are due at the border today for the swap agreed at the second round in Geneva last week."
        )
    )
    assert found.start is None


@pytest.mark.parametrize(
    "text",
    [
        "Umerov met Witkoff in Miami at the weekend.",
        "Little has changed since the second round of talks in Abu Dhabi last weekend.",
    ],
)
def test_a_weekend_told_as_the_time_of_talks_gives_no_day(story: Extract, text: str) -> None:
    (found,) = story(text, date(2026, 2, 11)).rounds
    assert (found.start, found.end) == (None, None)


def test_the_day_no_meeting_is_planned_for_is_no_day_of_the_round(story: Extract) -> None:
    facts = story(
        "The fourth round has been postponed at Washington's request. "
        '"No meeting is planned for February 9," the presidential office said.'
    )
    assert [(r.number, r.start) for r in facts.rounds] == [(4, None)]


def test_sides_due_back_at_the_table_for_a_second_day_end_the_round_then(story: Extract) -> None:
    found = _only_round(
        story("The third round opened in Geneva today. They are back at the table tomorrow for a second day.")
    )
    assert (found.start, found.end) == (date(2026, 2, 4), date(2026, 2, 5))


def test_a_round_planned_to_run_over_two_days_ends_on_the_second(story: Extract) -> None:
    found = _only_round(story("The third round opened in Geneva today and is planned to run over two days."))
    assert (found.start, found.end) == (date(2026, 2, 4), date(2026, 2, 5))


def test_a_clock_time_in_an_entry_of_a_live_report_is_on_the_reports_day(story: Extract) -> None:
    found = _only_round(
        story(
            "Live updates.\n\n09:00 - Good morning. The delegations are due to sit down at 10:00 for the "
            "third round of talks in Geneva."
        )
    )
    assert found.start == date(2026, 2, 4)


def test_a_day_since_which_something_else_holds_is_not_the_rounds(story: Extract) -> None:
    found = _only_round(
        story(
            "Negotiators resumed talks in Geneva this morning for a second day. The third round is taking "
            "place at a hotel guarded by police since Monday night.",
            date(2026, 2, 18),
        )
    )
    assert (found.start, found.end) == (date(2026, 2, 17), date(2026, 2, 18))


def test_talks_that_open_a_sentence_after_its_dateline_are_its_subject(story: Extract) -> None:
    found = _only_round(
        story(
            "\n\nKYIV, Feb. 4 (Test Wire) - The trilateral negotiations between Russia, Ukraine and the "
            "United States, held in a hotel on the shore of the lake, opened the day before yesterday and "
            "ended yesterday at midday."
        )
    )
    assert (found.start, found.end) == (date(2026, 2, 2), date(2026, 2, 3))


def test_a_round_that_terminated_on_a_day_ended_then(story: Extract) -> None:
    found = _only_round(
        story("The third round of talks, which opened on Monday, terminated on Tuesday at midday.")
    )
    assert (found.start, found.end) == (date(2026, 2, 2), date(2026, 2, 3))


def test_negotiators_gone_behind_closed_doors_today_are_talking_today(story: Extract) -> None:
    found = _only_round(
        story("Ukrainian, Russian and US negotiators went back behind closed doors in Geneva this morning.")
    )
    assert (found.start, found.venue) == (date(2026, 2, 4), "Geneva")


def test_a_word_joined_to_a_travel_verb_by_a_hyphen_is_no_journey(story: Extract) -> None:
    found = _only_round(
        story(
            "The two demands clashed head-on in Geneva on Monday and Tuesday, in the third round.",
            date(2026, 2, 8),
        )
    )
    assert (found.start, found.end) == (date(2026, 2, 2), date(2026, 2, 3))


@pytest.mark.parametrize(
    "text",
    [
        "The first swap came on February 20, when 200 prisoners were freed after the third round in Geneva.",
        "Umerov briefed Zelensky on Monday before the third round in Geneva.",
    ],
)
def test_the_day_of_an_event_placed_after_or_before_a_round_is_not_the_rounds(
    story: Extract, text: str
) -> None:
    assert _only_round(story(text, date(2026, 3, 1))).start is None


def test_a_meeting_after_which_something_was_agreed_on_a_day_takes_no_day_of_it(story: Extract) -> None:
    found = _only_round(
        story("The last swap took place on May 3, agreed after the talks between Russia and Ukraine in Rome.")
    )
    assert (found.venue, found.start) == ("Rome", None)


def test_talks_with_a_nation_outside_the_story_lend_no_day_to_its_rounds(story: Extract) -> None:
    facts = story(
        "A new round of talks is expected within weeks. "
        "Witkoff said he would fly to Oslo on Friday, mainly for talks with Iran."
    )
    assert [(r.reference, r.start, r.venue) for r in facts.rounds] == [("next", None, None)]


def test_the_day_of_a_panel_hosted_on_the_talks_is_not_theirs(story: Extract) -> None:
    found = _only_round(
        story(
            "The third round in Geneva ended without a deal. That was the question put to four former "
            "diplomats at a panel hosted on Sunday by a think tank in Prague.",
            date(2026, 2, 10),
        )
    )
    assert found.start is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("They met on the last Saturday of January.", date(2026, 1, 31)),
        ("The talks open on the first Monday in March.", date(2026, 3, 2)),
        ("It was the second Tuesday of February.", date(2026, 2, 10)),
    ],
)
def test_a_weekday_counted_in_its_month_is_that_day(text: str, day: date) -> None:
    assert spans(text, date(2026, 2, 8)) == [(day, day)]


def test_a_weekday_of_a_plan_the_sentence_says_began_yesterday_is_the_one_just_past() -> None:
    text = "The talks, set for Saturday and Sunday, opened in Florida yesterday and resume this morning."
    found = [(d.first, d.last) for d in find_dates(text, date(2026, 3, 22))]
    assert found[0] == (date(2026, 3, 21), date(2026, 3, 22))


def test_a_weekday_of_a_plan_stays_ahead_when_nothing_began_yesterday() -> None:
    text = "The talks are set for Saturday and Sunday in Florida."
    found = [(d.first, d.last) for d in find_dates(text, date(2026, 3, 22))]
    assert found[0] == (date(2026, 3, 28), date(2026, 3, 29))


def test_a_day_of_the_month_told_in_the_past_is_the_nearest_gone_by() -> None:
    assert [d.first for d in find_dates("On the 17th we spent a day with Witkoff.", date(2026, 2, 3))] == [
        date(2026, 1, 17)
    ]
    assert [d.first for d in find_dates("They will meet on the 17th.", date(2026, 2, 3))] == [
        date(2026, 2, 17)
    ]


def test_days_of_the_month_take_the_month_the_sentence_named_before_them() -> None:
    text = "It did so in February, when the third round was held in the city on the 17th and 18th."
    assert spans(text, date(2026, 5, 14))[-1] == (date(2026, 2, 17), date(2026, 2, 18))
    # with no month named, the nearest such days gone by, for talks told in the past
    assert spans("The round was held on the 17th and 18th.", date(2026, 5, 14)) == [
        (date(2026, 4, 17), date(2026, 4, 18))
    ]


def test_a_weekday_after_an_apposition_looks_ahead_with_the_verb_before_it() -> None:
    text = (
        "Witkoff said on Monday that he and Jared Kushner would see Rustem Umerov, the secretary of "
        "Ukraine's security council, in Geneva on Thursday."
    )
    assert spans(text, date(2026, 2, 24))[-1] == (date(2026, 2, 26), date(2026, 2, 26))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (2026-02-04 is a Wednesday)
        ("talks tomorrow and Friday", [(date(2026, 2, 5), date(2026, 2, 6))]),
        ("due to open today and run through Friday", [(date(2026, 2, 4), date(2026, 2, 6))]),
        ("held yesterday and today", [(date(2026, 2, 3), date(2026, 2, 4))]),
        # more than three days apart: two days, not a span
        (
            "met on Jan. 23 and Feb. 4",
            [(date(2026, 1, 23), date(2026, 1, 23)), (date(2026, 2, 4), date(2026, 2, 4))],
        ),
        (
            "arrived today and left on Monday",
            [(date(2026, 2, 4), date(2026, 2, 4)), (date(2026, 2, 2), date(2026, 2, 2))],
        ),
    ],
)
def test_two_days_joined_by_and_or_through_within_three_days_are_one_span(
    text: str, expected: list[tuple[date, date]]
) -> None:
    assert spans(text) == expected


def test_a_weekday_over_a_diarys_entry_is_in_the_time_of_the_entrys_main_clause() -> None:
    # (2026-01-30 is a Friday)
    text = "Sunday: The second round is due to open in Abu Dhabi, where the first was held last Friday."
    assert spans(text, date(2026, 1, 30))[0] == (date(2026, 2, 1), date(2026, 2, 1))
    assert spans("Sunday: The second round opened in Abu Dhabi.", date(2026, 1, 30))[0] == (
        date(2026, 1, 25),
        date(2026, 1, 25),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Sunday: Target date for the second trilateral round.",
        "Tuesday: U.S.-Ukrainian talks resume in Miami.",
    ],
)
def test_a_diarys_plan_and_its_timetable_present_put_its_weekday_ahead(text: str) -> None:
    # (2026-01-30 is a Friday)
    first, _ = spans(text, date(2026, 1, 30))[0]
    assert first is not None and first > date(2026, 1, 30)


def test_weekdays_each_with_its_day_of_the_month_make_one_span() -> None:
    assert spans("Friday 23 - Saturday 24 January - Abu Dhabi.") == [(date(2026, 1, 23), date(2026, 1, 24))]
    assert spans("Wednesday 4 - Thursday 5 February") == [(date(2026, 2, 4), date(2026, 2, 5))]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("It started on Saturday the seventeenth, in Miami.", date(2026, 1, 17)),
        ("on Thursday the 22nd in Davos", date(2026, 1, 22)),
        # an ordinal that counts something else leaves the weekday as it is
        ("on Saturday the first round ended", date(2026, 1, 24)),
    ],
)
def test_a_weekday_with_its_day_of_the_month_after_the_is_that_date(text: str, day: date) -> None:
    # (2026-01-25 is a Sunday)
    assert spans(text, date(2026, 1, 25))[0][0] == day


def test_the_weekend_of_a_date_is_that_date_not_the_last_weekend() -> None:
    # (2026-04-20 is a Monday)
    text = "met a Ukrainian team in Florida over the weekend of March 21 and 22"
    assert spans(text, date(2026, 4, 20)) == [(date(2026, 3, 21), date(2026, 3, 22))]


def test_an_ordinal_counting_on_from_a_round_is_no_day_of_the_month() -> None:
    text = (
        "They met in Abu Dhabi on February 4 for the second round, and in Geneva on February 17 for the third"
    )
    assert [d.first for d in find_dates(text, date(2026, 3, 30))] == [date(2026, 2, 4), date(2026, 2, 17)]


def test_a_day_told_in_the_past_is_the_one_gone_by_though_the_coming_one_is_as_near() -> None:
    text = "His previous session with Putin, in Moscow on December 2, had run for about five hours."
    assert [d.first for d in find_dates(text, date(2026, 6, 5))] == [date(2025, 12, 2)]


def test_days_of_the_month_after_a_day_named_earlier_in_the_month_are_in_that_month() -> None:
    text = "The second round, put back from February 1, was held in Abu Dhabi on the 4th and 5th."
    found = [(d.first, d.last) for d in find_dates(text, date(2026, 6, 29)) if d.first is not None]
    assert found[-1] == (date(2026, 2, 4), date(2026, 2, 5))


def test_a_day_months_ahead_in_a_clause_that_tells_a_visit_received_is_the_one_gone_by() -> None:
    text = "On December 2, when Vladimir Putin received Witkoff in the Kremlin, Dmitriev was in the room."
    found = [d.first for d in find_dates(text, date(2026, 6, 29)) if d.first is not None]
    assert found == [date(2025, 12, 2)]


def test_a_day_of_the_month_set_off_with_its_weekday_is_in_the_nearest_month_it_falls_on() -> None:
    found = [(d.first, d.last) for d in find_dates("On the 17th, a Saturday, they met.", date(2026, 5, 12))]
    assert found == [(date(2026, 1, 17), date(2026, 1, 17))]


def test_the_weekday_a_span_runs_until_is_the_first_such_weekday_after_the_day_it_ran_from() -> None:
    text = "Talks opened in Geneva this morning for the third round, due to last until Wednesday."
    found = [(d.first, d.last) for d in find_dates(text, date(2026, 2, 17)) if d.first is not None]
    assert found == [(date(2026, 2, 17), date(2026, 2, 17)), (date(2026, 2, 18), date(2026, 2, 18))]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The round was moved from February 1 to February 4-5.", [(1, 1), (4, 5)]),
        ("The round will be pushed back from Sunday to Wednesday.", [(1, 1), (4, 4)]),
        # not moved: one span of days
        ("The round ran from January 31 to February 1.", [(31, 1)]),
    ],
)
def test_the_day_a_round_was_moved_from_and_the_day_it_was_moved_to_are_two(
    text: str, days: list[tuple[int, int]]
) -> None:
    found = find_dates(text, date(2026, 1, 30))
    assert [(d.first.day, d.last.day) for d in found if d.first and d.last] == days


def test_a_lone_ordinal_after_a_counted_day_counts_another_day_not_the_month() -> None:
    assert spans("200 prisoners on the first day, then 300 on the second.", date(2026, 4, 20)) == []


def test_a_diarys_heading_in_capitals_with_the_month_after_its_days_is_read() -> None:
    assert spans("TUESDAY 17 - WEDNESDAY 18 FEBRUARY", date(2026, 2, 16)) == [
        (date(2026, 2, 17), date(2026, 2, 18))
    ]


def test_a_weekday_a_plan_was_moved_to_after_a_day_gone_by_counts_from_that_day() -> None:
    text = (
        "On the morning of February 1 the delegations were meant to sit down; instead, Zelensky announced "
        "that the meeting had slipped to Wednesday and Thursday."
    )
    assert spans(text, date(2026, 2, 8)) == [
        (date(2026, 2, 1), date(2026, 2, 1)),
        (date(2026, 2, 4), date(2026, 2, 5)),
    ]


def test_a_dash_between_two_dates_of_the_month_is_a_span_of_up_to_a_week() -> None:
    assert spans("THURSDAY 5 MARCH - MONDAY 9 MARCH", date(2026, 3, 1)) == [
        (date(2026, 3, 5), date(2026, 3, 9))
    ]
    # (not two days a week or more apart, named as such)
    assert spans("TUESDAY 3 MARCH and TUESDAY 10 MARCH", date(2026, 3, 1)) == [
        (date(2026, 3, 3), date(2026, 3, 3)),
        (date(2026, 3, 10), date(2026, 3, 10)),
    ]
