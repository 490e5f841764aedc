"""Rounds read across clauses and sentences: ordinals standing alone, "there", "the same time", clauses
with a subject of their own, "next" and "last", rounds the article does not number, and the story check."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from monitor.facts import ArticleFacts, RoundFact

Extract = Callable[..., ArticleFacts]


def by_number(facts: ArticleFacts) -> dict[int, RoundFact]:
    return {r.number: r for r in facts.rounds if r.number is not None}


def days(found: RoundFact) -> tuple[date | None, date | None, str | None, str | None]:
    return found.start, found.end, found.venue, found.status


def test_ordinals_standing_for_rounds_named_before_them(story: Extract) -> None:
    facts = story(
        "The first round was held in Abu Dhabi on Jan. 23-24, the second there on Feb. 4-5 and the third "
        "in Geneva on Feb. 17-18.",
        published=date(2026, 2, 27),
    )
    rounds = by_number(facts)
    assert days(rounds[2]) == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "concluded")
    assert days(rounds[3]) == (date(2026, 2, 17), date(2026, 2, 18), "Geneva", "concluded")


def test_ordinals_after_one_that_opens_a_sentence_stand_for_rounds_too(story: Extract) -> None:
    facts = story(
        "Negotiators have held three trilateral rounds. The first met in Abu Dhabi on Jan. 23-24, the second "
        "in the same city on Feb. 4-5 and the third in Geneva on Feb. 17-18.",
        published=date(2026, 4, 14),
    )
    rounds = by_number(facts)
    assert days(rounds[1]) == (date(2026, 1, 23), date(2026, 1, 24), "Abu Dhabi", "concluded")
    assert days(rounds[2]) == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "concluded")
    assert days(rounds[3]) == (date(2026, 2, 17), date(2026, 2, 18), "Geneva", "concluded")


def test_ordinals_after_a_first_day_stand_for_days(story: Extract) -> None:
    facts = story(
        "The talks have had three rounds. The first day was long, the second in Geneva was short.",
        published=date(2026, 4, 14),
    )
    assert 2 not in by_number(facts)


def test_an_ordinal_opening_a_sentence_stands_for_a_round_of_the_paragraph(story: Extract) -> None:
    facts = story(
        "The first round, in Abu Dhabi in January, was about maps. Russia sent its intelligence chief. "
        "The second, on Feb. 4-5, again in Abu Dhabi, ended with a prisoner swap.",
        published=date(2026, 2, 20),
    )
    assert days(by_number(facts)[2]) == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "concluded")


@pytest.mark.parametrize(
    "text",
    [
        "Officials met for a first day in Geneva on Tuesday; the second was shorter.",
        "Russia launched another large attack on the power grid overnight, the second in five days.",
    ],
)
def test_an_ordinal_that_stands_for_a_day_or_an_attack_is_no_round(story: Extract, text: str) -> None:
    assert 2 not in by_number(story(text, published=date(2026, 2, 18)))


def test_the_first_and_second_rounds_are_two_rounds(story: Extract) -> None:
    facts = story(
        "Kostyukov, the head of military intelligence, who led the Russian side at the first and second "
        "rounds of the talks in Abu Dhabi, is staying at home.",
        published=date(2026, 2, 13),
    )
    rounds = by_number(facts)
    assert {n: (r.venue, r.status, dict(r.heads)) for n, r in rounds.items()} == {
        1: ("Abu Dhabi", "concluded", {"Russia": "Igor Kostyukov"}),
        2: ("Abu Dhabi", "concluded", {"Russia": "Igor Kostyukov"}),
    }


def test_a_place_before_where_is_the_place_of_the_rounds_after_it(story: Extract) -> None:
    facts = story(
        "Missiles have hit the Gulf, including Abu Dhabi, where the first two rounds of talks were held.",
        published=date(2026, 3, 3),
    )
    assert {n: r.venue for n, r in by_number(facts).items()} == {1: "Abu Dhabi", 2: "Abu Dhabi"}


def test_a_day_in_a_clause_with_its_own_subject_is_not_the_rounds(story: Extract) -> None:
    found = by_number(
        story(
            "The fourth round, which had been expected in early March, was put off after the United States "
            "struck Iran on Feb. 28.",
            published=date(2026, 3, 19),
        )
    )[4]
    assert days(found) == (None, None, None, "postponed")


def test_a_relative_clause_ends_the_words_about_the_round_in_it(story: Extract) -> None:
    found = by_number(
        story(
            "Russia and Ukraine, which agreed at the third round in Geneva last month to swap prisoners, "
            "completed the exchange on Friday.",
            published=date(2026, 3, 9),
        )
    )[3]
    assert days(found) == (None, None, "Geneva", "concluded")


def test_a_round_that_ended_as_something_else_happened_shares_its_day(story: Extract) -> None:
    found = by_number(
        story(
            "Kyiv and Moscow swapped 314 prisoners on Thursday, as the second round of talks wrapped up in "
            "Abu Dhabi after two days.",
            published=date(2026, 2, 5),
        )
    )[2]
    assert days(found) == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "concluded")
    assert any("314 prisoners" in outcome for outcome in found.outcomes)


def test_a_round_that_ended_a_day_before_the_articles_event(story: Extract) -> None:
    found = by_number(
        story(
            "His visit came a day after the two-day first round of talks in Abu Dhabi ended.",
            published=date(2026, 1, 25),
        )
    )[1]
    assert days(found) == (date(2026, 1, 23), date(2026, 1, 24), "Abu Dhabi", "concluded")


def test_the_day_of_a_journey_to_a_round_is_not_the_rounds(story: Extract) -> None:
    found = by_number(
        story(
            "The Ukrainian delegation leaves for Geneva today ahead of the third round of talks on Tuesday "
            "and Wednesday.",
            published=date(2026, 2, 16),
        )
    )[3]
    assert (found.start, found.end) == (date(2026, 2, 17), date(2026, 2, 18))


def test_a_bare_weekday_falls_in_the_week_the_rounds_tense_says(story: Extract) -> None:
    # "and the United States on Tuesday" hides the tense from the date reader; the round's own words do not.
    found = by_number(
        story(
            "The delegation is preparing for the third round of trilateral talks with Russia and the United "
            "States on Tuesday and Wednesday."
        )
    )[3]
    assert (found.start, found.end) == (date(2026, 2, 10), date(2026, 2, 11))


def test_a_previous_round_was_held(story: Extract) -> None:
    facts = story("Since the last trilateral meeting, Russia has kept up its strikes.", date(2026, 3, 19))
    (found,) = facts.rounds
    assert (found.reference, found.status) == ("last", "concluded")


def test_a_next_round_put_off_is_postponed_without_the_old_days(story: Extract) -> None:
    facts = story(
        "The next round of trilateral talks, which had been expected this week, has been postponed because "
        "of the war in Iran.",
        published=date(2026, 3, 9),
    )
    (found,) = facts.rounds
    assert (found.reference, found.start, found.status) == ("next", None, "postponed")


def test_a_later_postponement_joins_the_round_to_come_not_the_one_held(story: Extract) -> None:
    facts = story(
        "The last trilateral round was held in Geneva in February. The next round was expected in March. "
        "A meeting planned for early March was postponed after the strikes on Iran.",
        published=date(2026, 3, 19),
    )
    statuses = {r.reference: r.status for r in facts.rounds}
    assert statuses == {"last": "concluded", "next": "postponed"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The trilateral round that was due to take place this week has been called off.", "cancelled"),
        (
            "Talks between Russia, Ukraine and the United States will take place in Abu Dhabi on Friday.",
            "scheduled",
        ),
    ],
)
def test_a_trilateral_round_the_article_does_not_number_is_a_round(
    story: Extract, text: str, status: str
) -> None:
    (found,) = story(text).rounds
    assert (found.number, found.reference, found.format, found.status) == (None, None, "trilateral", status)
    assert found.parties == ("Russia", "Ukraine", "United States")


def test_words_about_talks_named_later_join_them(story: Extract) -> None:
    facts = story(
        "Zelensky said the negotiators would adjust their work ahead of the talks in Abu Dhabi on "
        "Wednesday and Thursday. The trilateral talks, originally planned for Sunday, were postponed.",
        published=date(2026, 2, 3),
    )
    (found,) = facts.rounds
    assert days(found) == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "postponed")


@pytest.mark.parametrize(
    "text",
    [
        "Two lenders in Abu Dhabi said they had started a second round of merger negotiations. U.S. crude "
        "stocks rose. The UAE dirham held steady.",
        "A Ukrainian qualifier beat a Russian seed in a fourth-round match on Sunday.",
        "Negotiators from the European Union and Mercosur will hold a next session on Feb. 11 in Montevideo. "
        "Exporters face U.S. tariffs.",
    ],
)
def test_rounds_need_the_storys_sides_in_talks(extract: Extract, text: str) -> None:
    assert extract(text).rounds == ()


def test_a_round_that_began_one_day_and_ended_the_next(story: Extract) -> None:
    found = by_number(
        story(
            "The second round of talks, which began in Abu Dhabi on Wednesday, ended on Thursday.",
            published=date(2026, 2, 6),
        )
    )[2]
    assert days(found) == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "concluded")


def test_talks_on_ending_the_war_have_not_ended(story: Extract) -> None:
    found = by_number(
        story(
            "The third round of negotiations on ending the war got under way in Geneva on Tuesday.",
            published=date(2026, 2, 17),
        )
    )[3]
    assert days(found) == (date(2026, 2, 17), None, "Geneva", "ongoing")


def test_an_ordinal_standing_alone_keeps_its_own_tense(story: Extract) -> None:
    rounds = by_number(
        story(
            "Umerov said the third round had been difficult and that a fourth could follow in March.",
            published=date(2026, 2, 19),
        )
    )
    assert (rounds[3].status, rounds[4].status) == ("concluded", "announced")


def test_a_section_heading_gives_the_place_and_days_of_the_round_it_names(story: Extract) -> None:
    facts = story(
        "Here is what has happened so far.\n\n"
        "Round 2: Abu Dhabi again, February 4-5\n\n"
        "The meeting of the three delegations wrapped up with a prisoner swap.",
        published=date(2026, 3, 20),
    )
    assert days(by_number(facts)[2]) == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "concluded")


def test_the_day_a_round_was_moved_from_is_not_its_day(story: Extract) -> None:
    facts = story(
        "Pushed back from February 1, the second round wrapped up with a prisoner swap.",
        published=date(2026, 2, 20),
    )
    assert days(by_number(facts)[2]) == (None, None, None, "concluded")


def test_rounds_named_together_take_the_days_listed_after_them_in_turn(story: Extract) -> None:
    facts = story(
        "The first two rounds, in Abu Dhabi on Jan. 23-24 and Feb. 4-5, brought a prisoner swap.",
        published=date(2026, 2, 20),
    )
    rounds = by_number(facts)
    assert days(rounds[1]) == (date(2026, 1, 23), date(2026, 1, 24), "Abu Dhabi", "concluded")
    assert days(rounds[2]) == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "concluded")


def test_a_phrase_set_off_after_rounds_in_a_relative_clause_still_speaks_of_them(story: Extract) -> None:
    facts = story(
        "Medinsky replaces Kostyukov, who led the Russian side at the first two rounds, both held in Abu "
        "Dhabi.",
        published=date(2026, 2, 13),
    )
    assert [r.venue for r in by_number(facts).values()] == ["Abu Dhabi", "Abu Dhabi"]


def test_a_contrast_with_a_subject_of_its_own_is_not_the_rounds(story: Extract) -> None:
    facts = story(
        "Kostyukov led the Russian side at the first round, but Medinsky will lead it in Geneva.",
        published=date(2026, 2, 13),
    )
    assert days(by_number(facts)[1]) == (None, None, None, "concluded")


def test_talks_placed_in_a_span_gone_by_were_held_there(story: Extract) -> None:
    facts = story(
        "Russia and Ukraine each released 200 prisoners, the main result of the Geneva talks last month.",
        published=date(2026, 3, 5),
    )
    assert [(r.number, r.format, r.parties, r.venue, r.status) for r in facts.rounds] == [
        (None, None, (), "Geneva", "concluded")
    ]


def test_trilateral_talks_placed_in_a_span_gone_by_are_a_round_held(story: Extract) -> None:
    facts = story(
        "Russia has not answered a proposal put forward at the trilateral talks in Abu Dhabi last week.",
        published=date(2026, 2, 9),
    )
    assert [(r.format, r.venue, r.status) for r in facts.rounds] == [("trilateral", "Abu Dhabi", "concluded")]


def test_a_round_whose_place_the_body_never_names_takes_the_headlines(extract: Extract) -> None:
    facts = extract(
        "Third round ends in Geneva with prisoner deal\n\n"
        "The third round of trilateral talks between Russia, Ukraine and the United States ended yesterday "
        "after two days.",
        published=date(2026, 2, 19),
    )
    assert days(by_number(facts)[3]) == (date(2026, 2, 17), date(2026, 2, 18), "Geneva", "concluded")


def test_the_days_the_delegations_spent_at_the_talks_are_the_rounds_length(story: Extract) -> None:
    facts = story(
        "The third round closed on Wednesday. The negotiators had spent two days at a lakeside hotel in "
        "Geneva.",
        published=date(2026, 2, 19),
    )
    assert days(by_number(facts)[3]) == (date(2026, 2, 17), date(2026, 2, 18), "Geneva", "concluded")


def test_a_headline_gives_no_place_to_a_round_put_off(extract: Extract) -> None:
    facts = extract(
        "Sunday's Abu Dhabi round called off\n\n"
        "The second round of trilateral talks between Russia, Ukraine and the United States has been called "
        "off.",
        published=date(2026, 1, 31),
    )
    assert days(by_number(facts)[2]) == (None, None, None, "cancelled")


@pytest.mark.parametrize(
    ("headline", "venue"),
    [
        ("Negotiators fly to Geneva as the Kremlin names a new chief", "Geneva"),
        ("Delegations head for Abu Dhabi amid a cold snap", "Abu Dhabi"),
        ("Delegations head home to Kyiv and Moscow", None),
    ],
)
def test_negotiators_travelling_to_a_place_in_the_headline_place_the_round_ahead(
    extract: Extract, headline: str, venue: str | None
) -> None:
    facts = extract(
        f"{headline}\n\nThe third round of trilateral talks between Russia, Ukraine and the United States "
        "opens on Tuesday.",
        published=date(2026, 2, 16),
    )
    assert by_number(facts)[3].venue == venue


def test_a_round_named_right_after_as_opens_a_clause_of_its_own(story: Extract) -> None:
    facts = story(
        "Zelensky and Trump held talks in Davos as first trilateral meeting was set for Jan. 23-24.",
        published=date(2026, 1, 22),
    )
    assert by_number(facts)[1].venue is None


def test_a_round_that_resumes_today_for_its_second_and_final_day(story: Extract) -> None:
    facts = story(
        "The third round of talks resumes today (Wednesday) for its second and final day.",
        published=date(2026, 2, 18),
    )
    assert days(by_number(facts)[3]) == (date(2026, 2, 17), date(2026, 2, 18), None, "ongoing")


def test_a_heading_of_only_a_place_and_days_labels_the_round_its_section_names(story: Extract) -> None:
    facts = story(
        "Here is how the process has unfolded so far.\n\n"
        "Geneva, 17-18 February\n\n"
        "The third round moves to Switzerland, and Russia has changed its lead negotiator.",
        published=date(2026, 2, 16),
    )
    third = by_number(facts)[3]
    assert (third.start, third.end, third.status) == (date(2026, 2, 17), date(2026, 2, 18), "scheduled")


def test_the_next_round_is_to_come_whatever_the_verbs_near_it(story: Extract) -> None:
    facts = story(
        "Here is how the process has unfolded, and what has changed before the new session.",
        published=date(2026, 2, 16),
    )
    assert [(r.reference, r.status) for r in facts.rounds] == [("next", "announced")]


def test_a_round_of_a_day_is_dated_by_it(story: Extract) -> None:
    facts = story(
        "There has been no trilateral meeting since the Geneva round of Feb. 17-18, which followed two "
        "rounds in Abu Dhabi.",
        published=date(2026, 3, 20),
    )
    # the two rounds in Abu Dhabi are one item of their own, with no day
    assert sorted((days(r) for r in facts.rounds), key=str) == [
        (None, None, "Abu Dhabi", "concluded"),
        (date(2026, 2, 17), date(2026, 2, 18), "Geneva", "concluded"),
    ]


def test_rounds_joined_as_one_subject_share_its_predicate(story: Extract) -> None:
    facts = story(
        "The first round (Jan. 23-24) and the second (Feb. 4-5) were both held in Abu Dhabi.",
        published=date(2026, 2, 20),
    )
    rounds = by_number(facts)
    assert days(rounds[1]) == (date(2026, 1, 23), date(2026, 1, 24), "Abu Dhabi", "concluded")
    assert days(rounds[2]) == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "concluded")


def test_ordinals_each_with_its_article_share_one_noun(story: Extract) -> None:
    facts = story(
        "The first and the second round were held in Abu Dhabi, the third in Geneva.",
        published=date(2026, 2, 20),
    )
    assert {n: r.venue for n, r in by_number(facts).items()} == {1: "Abu Dhabi", 2: "Abu Dhabi", 3: "Geneva"}


@pytest.mark.parametrize(
    "heading",
    ["ROUND ONE: ABU DHABI, JAN. 23-24", "First round, Abu Dhabi, 23-24 January", "ABU DHABI, JAN. 23-24"],
)
def test_a_heading_in_capitals_or_with_commas_is_read_as_a_label(story: Extract, heading: str) -> None:
    facts = story(
        f"Here is what happened.\n\n{heading}\n\nThe first round ended with no deal.",
        published=date(2026, 3, 20),
    )
    assert days(by_number(facts)[1]) == (date(2026, 1, 23), date(2026, 1, 24), "Abu Dhabi", "concluded")


@pytest.mark.parametrize("stop", ["", "."])
def test_factbox_lines_give_their_fields_to_the_round_named_before_them(story: Extract, stop: str) -> None:
    facts = story(
        "Here are the key facts about the third round of trilateral talks.\n\n"
        f"Where: Geneva, at a lakeside hotel{stop}\n\nWhen: February 17-18{stop}\n\nStatus: under way{stop}",
        published=date(2026, 2, 17),
    )
    assert days(by_number(facts)[3]) == (date(2026, 2, 17), date(2026, 2, 18), "Geneva", "ongoing")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Geneva talks in February produced a prisoner deal.", (None, None, "Geneva", "concluded")),
        (
            "Since the talks in Geneva on Feb. 17-18, there has been no meeting of the three delegations.",
            (date(2026, 2, 17), date(2026, 2, 18), "Geneva", "concluded"),
        ),
    ],
)
def test_talks_placed_in_a_month_or_on_days_gone_by_were_held(
    story: Extract, text: str, expected: tuple[date | None, date | None, str, str]
) -> None:
    facts = story(text, published=date(2026, 3, 20))
    assert [days(r) for r in facts.rounds] == [expected]


def test_a_meeting_of_the_three_delegations_is_trilateral(story: Extract) -> None:
    facts = story(
        "Since the talks in Geneva on Feb. 17-18, there has been no meeting of the three delegations.",
        published=date(2026, 3, 20),
    )
    assert [r.format for r in facts.rounds] == ["trilateral"]


def test_it_in_the_next_sentence_is_the_round_named_before(story: Extract) -> None:
    facts = story(
        "Round two, first planned for Feb. 1, was pushed back by three days. "
        "It ended with an exchange of 314 prisoners of war.",
        published=date(2026, 2, 16),
    )
    assert by_number(facts)[2].status == "concluded"


@pytest.mark.parametrize(
    ("said", "status"),
    [
        ("On Monday, Peskov said it had been postponed.", "postponed"),
        ("Peskov said that it would be put off.", "postponed"),
        ("Peskov said it was too early to judge.", "scheduled"),
    ],
)
def test_it_in_what_a_speaker_says_next_is_the_round_named_before(
    story: Extract, said: str, status: str
) -> None:
    facts = story(
        f"The fourth round of trilateral talks was expected in Abu Dhabi on March 5. {said}",
        published=date(2026, 3, 3),
    )
    assert by_number(facts)[4].status == status


@pytest.mark.parametrize(
    "line",
    [
        "Round one — Abu Dhabi (January 23–24)",
        "- Round 1: Jan. 23-24, Abu Dhabi. Russia was led by Kostyukov.\n- Round 2: Feb. 4-5, Abu Dhabi.",
        "Round 1 (Jan. 23-24, Abu Dhabi): the first direct military contact.",
    ],
)
def test_a_line_that_opens_with_a_rounds_name_labels_it_with_its_place(story: Extract, line: str) -> None:
    facts = story(f"Here is what happened.\n\n{line}\n\nThe first round ended.", published=date(2026, 3, 20))
    assert days(by_number(facts)[1]) == (date(2026, 1, 23), date(2026, 1, 24), "Abu Dhabi", "concluded")


def test_the_same_city_is_the_last_place_named_unless_hedged(story: Extract) -> None:
    facts = story(
        "The second round of talks closed in Abu Dhabi on Thursday; the first took place in the same city on "
        "Jan. 23-24. A third round is likely next week, possibly in the same place.",
        published=date(2026, 2, 5),
    )
    rounds = by_number(facts)
    assert days(rounds[1]) == (date(2026, 1, 23), date(2026, 1, 24), "Abu Dhabi", "concluded")
    assert (rounds[2].end, rounds[2].status) == (date(2026, 2, 5), "concluded")
    assert rounds[3].venue is None


def test_an_answer_goes_on_from_its_question_and_the_first_two_are_two_rounds(story: Extract) -> None:
    facts = story(
        "How many rounds have there been?\n\n"
        "Three. The first two were held in Abu Dhabi, on January 23-24 and February 4-5. The third took "
        "place in Geneva on February 17-18.",
        published=date(2026, 3, 12),
    )
    rounds = by_number(facts)
    assert days(rounds[1]) == (date(2026, 1, 23), date(2026, 1, 24), "Abu Dhabi", "concluded")
    assert days(rounds[2]) == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "concluded")
    assert days(rounds[3]) == (date(2026, 2, 17), date(2026, 2, 18), "Geneva", "concluded")


def test_factbox_lines_in_one_block_each_give_their_field(story: Extract) -> None:
    facts = story(
        "FACTBOX: The third round of trilateral talks\n\n"
        "Venue: the InterContinental hotel in Geneva\nDates: February 17-18\nFormat: trilateral\n"
        "Status: under way",
        published=date(2026, 2, 17),
    )
    assert days(by_number(facts)[3]) == (date(2026, 2, 17), date(2026, 2, 18), "Geneva", "ongoing")


@pytest.mark.parametrize(
    "text",
    [
        "It is unclear whether a fourth round will take place at all.",
        "Peskov said a fourth round was possible only after the Iran war ends.",
        "Peskov did not say whether the fourth round would be held in Geneva.",
        "Another round after Geneva has not been discussed, a Ukrainian official said.",
        "The fourth round has not yet been agreed.",
        "The fourth round, if it happens, would be held in Istanbul.",
    ],
)
def test_a_round_only_wondered_about_is_no_round(story: Extract, text: str) -> None:
    assert story(text, published=date(2026, 3, 3)).rounds == ()


def test_a_round_wondered_about_is_still_the_round_other_words_speak_of(story: Extract) -> None:
    facts = story(
        "The fourth round has been postponed. It is unclear whether the fourth round will be in March.",
        published=date(2026, 3, 3),
    )
    assert days(by_number(facts)[4]) == (None, None, None, "postponed")


def test_a_round_named_after_a_semicolon_has_the_whole_of_its_clause(story: Extract) -> None:
    facts = story(
        "Abu Dhabi hosted the first two rounds; Geneva hosted the third.", published=date(2026, 3, 12)
    )
    assert {n: r.venue for n, r in by_number(facts).items()} == {1: "Abu Dhabi", 2: "Abu Dhabi", 3: "Geneva"}


def test_rounds_numbered_together_and_a_verb_said_once_for_two_rounds(story: Extract) -> None:
    facts = story(
        "Rounds one and two were held in Abu Dhabi and round three in Geneva.", published=date(2026, 3, 12)
    )
    assert {n: (r.venue, r.status) for n, r in by_number(facts).items()} == {
        1: ("Abu Dhabi", "concluded"),
        2: ("Abu Dhabi", "concluded"),
        3: ("Geneva", "concluded"),
    }


def test_a_headline_that_places_the_next_round_places_that_round_only(extract: Extract) -> None:
    facts = extract(
        "Zelensky in Vilnius: next round in Abu Dhabi\n\n"
        "The first round of trilateral talks between Russia, Ukraine and the United States ended on "
        "Saturday. The next round will take place next week, Zelensky said.",
        published=date(2026, 1, 25),
    )
    assert by_number(facts)[1].venue is None
    assert [r.venue for r in facts.rounds if r.reference == "next"] == ["Abu Dhabi"]


@pytest.mark.parametrize(("city", "venue"), [("GENEVA", "Geneva"), ("MOSCOW", None)])
def test_a_round_under_way_on_the_day_of_a_report_filed_from_a_venue_is_there(
    extract: Extract, city: str, venue: str | None
) -> None:
    facts = extract(
        "Talks resume for a second day\n\n"
        f"{city}, Feb. 18 (Lakeshore Dispatch) — The third round of U.S.-brokered talks between Ukraine and "
        "Russia resumes today (Wednesday) for its second and final day at a lakeside hotel.",
        published=date(2026, 2, 18),
    )
    assert days(by_number(facts)[3]) == (date(2026, 2, 17), date(2026, 2, 18), venue, "ongoing")


@pytest.mark.parametrize(
    "text",
    [
        "The third round, which followed two rounds in Abu Dhabi, will be held in Geneva on Feb. 17.",
        "The third round, after two in Abu Dhabi, will be held in Geneva on Feb. 17.",
        "The third round (after two in Abu Dhabi) will be held in Geneva on Feb. 17.",
    ],
)
def test_rounds_named_together_in_an_aside_give_their_place_to_no_round_beside_them(
    story: Extract, text: str
) -> None:
    # the two rounds before the third are one item of their own, held
    assert [days(r) for r in story(text, date(2026, 2, 13)).rounds] == [
        (date(2026, 2, 17), None, "Geneva", "scheduled"),
        (None, None, "Abu Dhabi", "concluded"),
    ]


def test_rounds_named_together_after_a_round_end_its_words(story: Extract) -> None:
    facts = story("The third round will follow two rounds in Abu Dhabi.", date(2026, 2, 13))
    assert [(r.number, r.venue, r.status) for r in facts.rounds] == [
        (3, None, "announced"),
        (None, "Abu Dhabi", "concluded"),
    ]


def test_rounds_named_together_are_no_item_beside_a_round_numbered_in_their_place(story: Extract) -> None:
    facts = story(
        "The second round was held in Abu Dhabi. The third round, which followed two rounds in Abu Dhabi, "
        "will be held in Geneva.",
        date(2026, 2, 13),
    )
    assert [(r.number, r.venue) for r in facts.rounds] == [(2, "Abu Dhabi"), (3, "Geneva")]


def test_a_parallel_phrase_after_and_speaks_of_another_round(story: Extract) -> None:
    facts = story(
        "Russia's delegation was led by Kostyukov in the first two rounds and by Medinsky in Geneva.",
        date(2026, 2, 20),
    )
    firsts = [r for r in facts.rounds if r.number in (1, 2)]
    assert [(r.number, r.venue, dict(r.heads)) for r in firsts] == [
        (1, None, {"Russia": "Igor Kostyukov"}),
        (2, None, {"Russia": "Igor Kostyukov"}),
    ]


def test_a_second_predicate_of_saying_opens_a_clause_of_its_own(story: Extract) -> None:
    facts = story(
        "Zelensky on Sunday described the Abu Dhabi meeting as constructive and said the military had "
        "drafted an agenda for the next meeting.",
        date(2026, 1, 26),
    )
    nexts = [r for r in facts.rounds if r.reference == "next"]
    assert [(r.venue, r.status) for r in nexts] == [(None, "announced")]


def test_a_round_the_headline_numbers_is_the_round_the_body_speaks_of(extract: Extract) -> None:
    facts = extract(
        "Second round of Ukraine-Russia-US talks opens in Abu Dhabi\n\n"
        "Delegations from Kyiv, Moscow and Washington are meeting again. The trilateral talks are under way. "
        "The round began this morning and is expected to last two days.",
        published=date(2026, 2, 4),
    )
    assert [(r.number, r.start, r.end, r.venue, r.status) for r in facts.rounds] == [
        (2, date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "ongoing")
    ]


def test_a_round_a_headline_says_is_played_down_is_no_round(extract: Extract) -> None:
    facts = extract(
        "Kyiv and Washington play down report of fourth round in Geneva this week\n\n"
        "Ukrainian officials on Wednesday said no such meeting had been agreed with Russia.",
        published=date(2026, 2, 25),
    )
    assert facts.rounds == ()


def test_a_first_meeting_since_something_is_no_first_round(story: Extract) -> None:
    facts = story(
        "The Ukrainian-American contacts became the first in-person meeting of negotiators since the "
        "trilateral process was put on pause.",
        date(2026, 3, 23),
    )
    assert all(r.number != 1 for r in facts.rounds)


def test_a_round_that_convened_in_a_month_gone_by_is_over(story: Extract) -> None:
    facts = story(
        "On the core question, the two sides remain where they were when the first round convened in "
        "January.",
        date(2026, 2, 16),
    )
    assert [(r.number, r.status) for r in facts.rounds] == [(1, "concluded")]


@pytest.mark.parametrize(
    "text",
    [
        "The next round is expected soon. A move to Miami would bring the talks closer to the White House.",
        "The next round is expected soon. The talks will be harder, and, some in Kyiv fear, slower.",
        'The next round is expected soon. "The talks are not the problem. Nobody in Moscow has a mandate."',
    ],
)
def test_a_destination_people_in_a_place_or_a_place_in_the_next_quoted_sentence_are_no_venue(
    story: Extract, text: str
) -> None:
    assert [(r.reference, r.venue) for r in story(text, date(2026, 2, 16)).rounds] == [("next", None)]


def test_a_contrast_after_it_tells_of_something_else(story: Extract) -> None:
    facts = story(
        "The trilateral meeting planned for this week has been postponed. "
        "The meeting would have been the fourth round of the talks. It had initially been pencilled in for "
        "Abu Dhabi, but Iranian strikes on the Gulf since Feb. 28 made the city an unlikely host.",
        published=date(2026, 3, 10),
    )
    assert [(r.number, r.start, r.status) for r in facts.rounds] == [(4, None, "postponed")]


@pytest.mark.parametrize(
    "text",
    [
        "Negotiators will reconvene in Abu Dhabi on Friday for a second round.",
        "Delegations gathered in Abu Dhabi on Friday for the second round.",
    ],
)
def test_a_place_where_people_reconvene_or_gather_for_a_round_is_its_place(story: Extract, text: str) -> None:
    found = by_number(story(text, date(2026, 2, 6)))[2]
    assert (found.start, found.venue) == (date(2026, 2, 6), "Abu Dhabi")


def test_a_round_that_drew_to_a_close_on_a_day_ended_then(story: Extract) -> None:
    found = by_number(story("The second round drew to a close in Abu Dhabi on Thursday after two days."))[2]
    assert days(found) == (date(2026, 1, 28), date(2026, 1, 29), "Abu Dhabi", "concluded")


def test_a_place_said_of_all_the_rounds_at_the_end_is_each_ones(story: Extract) -> None:
    facts = story(
        "The first round was held in January and the second in early February, both in Abu Dhabi.",
        date(2026, 2, 20),
    )
    assert [(r.number, r.venue) for r in facts.rounds] == [(1, "Abu Dhabi"), (2, "Abu Dhabi")]


def test_a_place_which_hosted_a_round_is_its_place(story: Extract) -> None:
    facts = story("Geneva, which hosted the third round, is a traditional venue.", date(2026, 2, 20))
    assert [(r.number, r.venue) for r in facts.rounds] == [(3, "Geneva")]


def test_a_round_named_after_after_was_held(story: Extract) -> None:
    facts = story(
        "After the second round in Abu Dhabi, the third will be held in Geneva on Feb. 17-18.",
        date(2026, 2, 13),
    )
    assert [(r.number, r.venue, r.status) for r in facts.rounds] == [
        (2, "Abu Dhabi", "concluded"),
        (3, "Geneva", "scheduled"),
    ]


def test_the_two_in_a_place_beside_a_round_are_rounds_named_together(story: Extract) -> None:
    facts = story("The third round, unlike the two in Abu Dhabi, will be held in Geneva.", date(2026, 2, 13))
    assert [(r.number, r.venue) for r in facts.rounds] == [(3, "Geneva"), (None, "Abu Dhabi")]


def test_a_round_whose_date_has_not_been_agreed_is_announced(story: Extract) -> None:
    facts = story("A date for the fourth round has not been agreed.", published=date(2026, 3, 3))
    assert [(r.number, r.status) for r in facts.rounds] == [(4, "announced")]


def test_a_round_pencilled_in_for_days_and_put_off_has_no_days(story: Extract) -> None:
    facts = story(
        "The fourth round had been pencilled in for March 5-9, most likely in Abu Dhabi, but was postponed.",
        published=date(2026, 3, 10),
    )
    assert [days(r) for r in facts.rounds] == [(None, None, None, "postponed")]


def test_rounds_named_together_in_several_places_are_no_item(story: Extract) -> None:
    facts = story(
        "There has been no meeting since the fourth round, which followed three rounds in Abu Dhabi and "
        "Geneva.",
        published=date(2026, 3, 20),
    )
    assert [(r.number, r.venue) for r in facts.rounds] == [(4, None)]


def test_an_ordinal_set_off_after_a_numbered_round_describes_it(story: Extract) -> None:
    facts = story("The third round of negotiations — the first in Europe — opened in Geneva today.")
    assert [(r.number, r.venue, r.status) for r in facts.rounds] == [(3, "Geneva", "ongoing")]


def test_the_first_trilateral_talks_since_the_war_began_are_round_one(story: Extract) -> None:
    facts = story(
        "Delegations sat down in Abu Dhabi on Wednesday for the first trilateral talks since the war began."
    )
    assert [(r.number, r.venue, r.status) for r in facts.rounds] == [(1, "Abu Dhabi", "ongoing")]


def test_a_timeline_line_that_opens_with_days_dates_the_round_it_names(story: Extract) -> None:
    facts = story(
        "Here are the key dates.\n\nJan. 23-24: First round of trilateral talks in Abu Dhabi.\n\n"
        "Feb. 17-18 — Third round in Geneva.",
        published=date(2026, 3, 20),
    )
    assert [(r.number, *days(r)) for r in facts.rounds] == [
        (1, date(2026, 1, 23), date(2026, 1, 24), "Abu Dhabi", "concluded"),
        (3, date(2026, 2, 17), date(2026, 2, 18), "Geneva", "concluded"),
    ]


def test_talks_between_the_three_countries_are_trilateral(story: Extract) -> None:
    facts = story(
        "Talks between the three countries in Abu Dhabi ended on Thursday.", published=date(2026, 1, 29)
    )
    assert [(r.format, r.end, r.venue, r.status) for r in facts.rounds] == [
        ("trilateral", date(2026, 1, 29), "Abu Dhabi", "concluded")
    ]


def test_the_previous_two_that_took_place_in_a_city_are_rounds_named_together(story: Extract) -> None:
    facts = story("The third round opened in Geneva today; the previous two took place in Abu Dhabi.")
    assert [(r.number, r.venue, r.status) for r in facts.rounds] == [
        (3, "Geneva", "ongoing"),
        (None, "Abu Dhabi", "concluded"),
    ]


def test_the_day_a_source_told_a_named_agency_is_not_the_rounds(story: Extract) -> None:
    facts = story(
        "A fourth round could take place in Geneva as early as this week, a source in Moscow told the TASS "
        "news agency on Monday.",
        published=date(2026, 2, 23),
    )
    assert [days(r) for r in facts.rounds] == [(None, None, "Geneva", "announced")]


def test_a_clause_after_a_round_about_other_talks_that_ended_is_not_the_rounds(story: Extract) -> None:
    facts = story(
        "The next round will take place on Sunday, Feb. 1, a U.S. official said, after the first two days of "
        "negotiations in the Emirati capital ended without a breakthrough.",
        published=date(2026, 1, 25),
    )
    assert [(r.reference, *days(r)) for r in facts.rounds] == [
        ("next", date(2026, 2, 1), None, None, "scheduled")
    ]


def test_talks_told_of_in_the_past_before_an_embedded_question_were_held(story: Extract) -> None:
    facts = story(
        "The third round was held in Geneva on Feb. 17-18. Two days of talks in Geneva this week brought the "
        "militaries closer on how a ceasefire would be monitored. Diplomats expect another round within "
        "weeks.",
        published=date(2026, 2, 19),
    )
    assert [(r.number, r.reference, r.venue, r.status) for r in facts.rounds] == [
        (3, None, "Geneva", "concluded"),
        (None, "next", None, "announced"),
    ]


def test_the_round_since_which_the_talks_are_frozen_was_held(story: Extract) -> None:
    facts = story(
        "The trilateral format with Russia has been frozen since the Geneva round in mid-February.",
        published=date(2026, 3, 23),
    )
    assert [(r.format, r.venue, r.status) for r in facts.rounds] == [("trilateral", "Geneva", "concluded")]


def test_a_since_clause_inside_a_rounds_words_gives_it_no_status(story: Extract) -> None:
    facts = story(
        "The second round, the first since the energy truce collapsed, begins in Abu Dhabi on Friday.",
        published=date(2026, 2, 4),
    )
    assert [days(r) for r in facts.rounds] == [(date(2026, 2, 6), None, "Abu Dhabi", "scheduled")]


def test_a_round_begun_on_the_day_told_of_and_expected_to_last_until_a_day_is_under_way(
    story: Extract,
) -> None:
    facts = story(
        "Negotiators from Ukraine, Russia and the United States sat down in the UAE capital on Wednesday for "
        "a second round of talks. The round, delayed from Sunday, is expected to last until Thursday.",
        published=date(2026, 2, 4),
    )
    assert [days(r) for r in facts.rounds] == [(date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "ongoing")]


def test_a_first_day_that_lasted_hours_does_not_end_the_round(story: Extract) -> None:
    facts = story(
        "Negotiators resumed talks in Geneva on Wednesday for the second and final day of the third round, "
        "after a tense first day that lasted more than four hours.",
        published=date(2026, 2, 18),
    )
    assert [days(r) for r in facts.rounds] == [(date(2026, 2, 17), date(2026, 2, 18), "Geneva", "ongoing")]


@pytest.mark.parametrize(
    "text",
    [
        "The fourth round will take place not in Abu Dhabi but in Istanbul, Umerov said.",
        "The fourth round will be held no longer in Abu Dhabi but in Istanbul, Umerov said.",
        "The fourth round will be held in Istanbul rather than in Abu Dhabi, Umerov said.",
        "The fourth round has been moved from Abu Dhabi to Istanbul, Umerov said.",
        "The fourth round will be held in Istanbul instead, Umerov said.",
    ],
)
def test_a_venue_given_up_gives_way_to_the_new_one(story: Extract, text: str) -> None:
    found = by_number(story(text, published=date(2026, 2, 24)))[4]
    assert found.venue == "Istanbul"


@pytest.mark.parametrize(
    "text",
    [
        "If Moscow accepts the draft, a fourth round could be held in Geneva next week, Zelensky said.",
        "A fourth round could be held in Geneva next week if Moscow accepts the draft, Zelensky said.",
        "Should the Kremlin agree, a fourth round might open in Geneva on Thursday, officials said.",
    ],
)
def test_a_round_that_may_be_held_on_a_condition_is_none_yet(story: Extract, text: str) -> None:
    assert 4 not in by_number(story(text, published=date(2026, 2, 24)))


def test_a_round_announced_beside_a_condition_on_something_else_is_kept(story: Extract) -> None:
    facts = story(
        "A fourth round will be held in Geneva next week, and a ceasefire could follow if it goes well, "
        "Zelensky said.",
        published=date(2026, 2, 24),
    )
    assert by_number(facts)[4].venue == "Geneva"


def test_a_plan_that_had_originally_been_made_has_since_moved(story: Extract) -> None:
    facts = story(
        "The second round of talks will take place in Abu Dhabi on Wednesday and Thursday, Peskov said. "
        "The meeting had originally been expected on Sunday.",
        published=date(2026, 2, 2),
    )
    assert days(by_number(facts)[2]) == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "postponed")


@pytest.mark.parametrize(
    "text",
    [
        "The third round of talks ended in Geneva on Wednesday after two days.",
        "The third round of talks ended in Geneva on Wednesday. It lasted two days.",
        "Delegations were in Geneva on Wednesday for the second and final day of the third round.",
    ],
)
def test_a_length_in_days_gives_the_first_day_from_the_last(story: Extract, text: str) -> None:
    found = by_number(story(text, published=date(2026, 2, 20)))[3]
    assert (found.start, found.end) == (date(2026, 2, 17), date(2026, 2, 18))


def test_talks_called_off_are_neither_a_round_wondered_about_nor_the_next_one_still_expected(
    story: Extract,
) -> None:
    facts = story(
        "A source told TASS that the trilateral meeting pencilled in for early March had been called off. "
        "Peskov said the Kremlin still expected a next round of trilateral talks. If Washington can spare "
        "its negotiators, a fourth round could still be held later this month, a diplomat said.",
        published=date(2026, 3, 3),
    )
    assert 4 not in by_number(facts)
    statuses = {(r.reference, r.status) for r in facts.rounds}
    assert statuses == {(None, "cancelled"), ("next", "announced")}


def test_a_place_hosting_rounds_is_the_place_of_each_round_it_takes(story: Extract) -> None:
    facts = story(
        "The Emirati capital hosted round one in January and round two in early February; Geneva took the "
        "3rd round in the middle of the month.",
        published=date(2026, 3, 3),
    )
    assert {n: r.venue for n, r in by_number(facts).items()} == {1: "Abu Dhabi", 2: "Abu Dhabi", 3: "Geneva"}


@pytest.mark.parametrize(
    ("text", "number", "venue"),
    [
        ("Geneva was the venue for the third round on Feb. 17-18.", 3, "Geneva"),
        ("Abu Dhabi will again be the venue of the fourth round, a diplomat said.", 4, "Abu Dhabi"),
        ("The Emirati capital has been the setting for the first two rounds.", 2, "Abu Dhabi"),
    ],
)
def test_a_place_that_is_the_venue_of_a_round_is_its_place(
    story: Extract, text: str, number: int, venue: str
) -> None:
    facts = story(text, published=date(2026, 3, 3))
    assert by_number(facts)[number].venue == venue


def test_a_host_before_a_clause_of_its_own_gives_the_round_no_place(story: Extract) -> None:
    facts = story(
        "Abu Dhabi hosted talks on the energy truce, and Kyiv proposed that the fourth round follow soon.",
        published=date(2026, 3, 3),
    )
    assert by_number(facts)[4].venue is None


def test_the_day_something_agreed_at_a_round_was_done_is_not_the_rounds(story: Extract) -> None:
    facts = story(
        "The only result so far is a swap of 157 prisoners each, agreed at the second round in Abu Dhabi and "
        "carried out on Feb. 5.",
        published=date(2026, 3, 6),
    )
    assert days(by_number(facts)[2]) == (None, None, "Abu Dhabi", "concluded")


@pytest.mark.parametrize(
    "text",
    [
        "Iranian and American negotiators held a new round of indirect talks in Geneva on Thursday.",
        "Witkoff held a second round of talks with Iran in Geneva on Thursday.",
        "American and Iranian diplomats will hold a third round in Muscat next week.",
        "US and Iran end third round of nuclear talks in Geneva.",
    ],
)
def test_rounds_of_talks_with_a_nation_the_pack_does_not_know_are_another_storys(
    story: Extract, text: str
) -> None:
    facts = story(text + " Umerov met Witkoff in Miami on Saturday.", published=date(2026, 2, 26))
    assert [r for r in facts.rounds if r.number is not None or r.reference is not None] == []


def test_a_round_with_both_sides_of_the_story_named_is_kept_beside_a_foreign_word(story: Extract) -> None:
    facts = story(
        "Ukrainian and Russian negotiators held a third round in Geneva on Thursday, as Iranian diplomats "
        "met in Oman.",
        published=date(2026, 2, 19),
    )
    assert by_number(facts)[3].venue == "Geneva"


def test_a_bulleted_timeline_gives_each_line_its_round(story: Extract) -> None:
    facts = story(
        "Here is how the talks between Ukraine, Russia and the United States have unfolded so far.\n\n"
        "* Jan. 23-24 — First trilateral round in Abu Dhabi. Russia's delegation is led by Igor Kostyukov.\n"
        "* Feb. 1 — A second round planned in Abu Dhabi is pushed back.\n"
        "* Feb. 4-5 — Second round held in Abu Dhabi; the sides agree to swap 157 prisoners each.\n"
        "* Feb. 17-18 — Third round in Geneva, with Vladimir Medinsky heading the Russian team.\n",
        published=date(2026, 2, 20),
    )
    rounds = by_number(facts)
    assert days(rounds[1]) == (date(2026, 1, 23), date(2026, 1, 24), "Abu Dhabi", "concluded")
    assert days(rounds[2]) == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "concluded")
    assert dict(rounds[1].heads) == {"Russia": "Igor Kostyukov"}
    assert dict(rounds[3].heads) == {"Russia": "Vladimir Medinsky"}


def test_a_delegation_going_where_a_round_is_held_is_led_there_by_its_head(story: Extract) -> None:
    facts = story(
        "The Russian delegation headed by presidential aide Vladimir Medinsky has departed for Geneva, where "
        "the third round of trilateral consultations will be held on February 17-18.",
        published=date(2026, 2, 16),
    )
    assert dict(by_number(facts)[3].heads) == {"Russia": "Vladimir Medinsky"}


def test_a_factbox_in_capitals_dates_its_lines_and_a_round_put_off_from_a_day_keeps_its_new_one(
    story: Extract,
) -> None:
    facts = story(
        "Russia and Ukraine ended a third round of U.S.-mediated talks in Geneva on Wednesday.\n\n"
        "JAN. 23-24 - Round one in Abu Dhabi.\n\n"
        "FEB. 4-5 - Round two in Abu Dhabi, pushed back from Feb. 1.\n",
        published=date(2026, 2, 19),
    )
    rounds = by_number(facts)
    assert days(rounds[1]) == (date(2026, 1, 23), date(2026, 1, 24), "Abu Dhabi", "concluded")
    assert days(rounds[2]) == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "concluded")


def test_to_meet_again_is_the_next_round(story: Extract) -> None:
    facts = story(
        "The second round of talks between Russia and Ukraine ended on Thursday. The sides agreed to meet "
        "again in Abu Dhabi on Feb. 14.",
        published=date(2026, 2, 6),
    )
    upcoming = [r for r in facts.rounds if r.reference == "next"]
    assert [(r.start, r.venue, r.status) for r in upcoming] == [(date(2026, 2, 14), "Abu Dhabi", "scheduled")]


def test_the_day_of_an_address_and_what_is_added_after_it_are_not_the_rounds(story: Extract) -> None:
    facts = story(
        "“It was constructive,” Zelensky said of the first round in a video address late Saturday, adding "
        "that the military officers had drawn up an agenda for the next meeting.",
        published=date(2026, 1, 26),
    )
    first = by_number(facts)[1]
    assert (first.start, first.status) == (None, "concluded")


def test_talks_of_two_nations_the_pack_does_not_know_are_no_round(story: Extract) -> None:
    facts = story(
        "Russia and Ukraine have not met since Geneva. Armenian and Azerbaijani officials held a fourth "
        "round of border talks on Friday and agreed to meet again in April.",
        published=date(2026, 3, 23),
    )
    assert 4 not in by_number(facts)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Zelensky said the Americans wanted a deal before the midterm elections, and had proposed "
            "holding the next round in Miami within a week.",
            True,
        ),
        ("Peskov said the second round of the vote in Moldova was of no interest to Moscow.", False),
        ("Counting from Sunday's second round of France's municipal elections went on all night.", False),
        ("The ministry said turnout was slightly lower than in the first round a week earlier.", False),
        ("She meets another qualifier in the next round.", False),
        ("The last Australian in the draw spoke after her third-round win.", False),
    ],
)
def test_an_election_word_rules_out_only_the_round_of_its_own_phrase(
    story: Extract, text: str, kept: bool
) -> None:
    facts = story(text, published=date(2026, 2, 6))
    assert bool(facts.rounds) == kept


def test_a_list_of_sides_does_not_end_the_clause_of_a_round(story: Extract) -> None:
    facts = story(
        "The delegation has left for Geneva, where the next round of negotiations with the participation of "
        "Russia, the USA and Ukraine will be held on February 17-18, Peskov told journalists on Monday.",
        published=date(2026, 2, 16),
    )
    upcoming = [r for r in facts.rounds if r.reference == "next"]
    assert [(r.start, r.end, r.status) for r in upcoming] == [
        (date(2026, 2, 17), date(2026, 2, 18), "scheduled")
    ]


def test_a_meeting_of_the_three_sides_on_a_rounds_first_day_is_that_round(story: Extract) -> None:
    facts = story(
        "Negotiators from Russia, Ukraine and the United States sat down in Geneva on Tuesday for two days "
        "of talks, the third time the three delegations have met this year.\n\nWhat is happening?\n\n"
        "The third round of trilateral talks opened this morning at a conference venue on the lakeside and "
        "is expected to last until Wednesday.",
        published=date(2026, 2, 17),
    )
    assert [days(r) for r in facts.rounds] == [(date(2026, 2, 17), date(2026, 2, 18), "Geneva", "ongoing")]


@pytest.mark.parametrize(
    "text",
    [
        "Interviewed on Fox News on Sunday, Witkoff said that a fourth round would take place within weeks.",
        "Witkoff said a fourth round might be coming on Thursday and Friday.",
    ],
)
def test_the_day_of_an_interview_or_a_day_guessed_at_is_not_the_rounds(story: Extract, text: str) -> None:
    assert by_number(story(text, published=date(2026, 2, 24)))[4].start is None


def test_a_round_cut_at_the_comma_of_its_date_keeps_the_date(story: Extract) -> None:
    facts = story(
        "Russia and Ukraine held their first round last week. A U.S. official, who spoke on the condition of "
        "anonymity to describe the plans, said the delegations would meet again in Abu Dhabi next Sunday, "
        "Feb. 1.",
        published=date(2026, 1, 26),
    )
    upcoming = [r for r in facts.rounds if r.reference == "next"]
    assert [(r.start, r.venue, r.status) for r in upcoming] == [(date(2026, 2, 1), "Abu Dhabi", "scheduled")]


def test_rounds_listed_after_a_colon_were_held_in_the_place_before_it(story: Extract) -> None:
    facts = story(
        "Before Geneva, the delegations met twice in Abu Dhabi: the first round on January 23-24 and the "
        "second on February 4-5.",
        published=date(2026, 2, 18),
    )
    assert {n: r.venue for n, r in by_number(facts).items()} == {1: "Abu Dhabi", 2: "Abu Dhabi"}


def test_a_round_that_ended_after_its_second_day_lasted_two(story: Extract) -> None:
    facts = story(
        "The third round of talks between Ukraine, the United States and Russia ended in Geneva on Wednesday "
        "after a short second day.",
        published=date(2026, 2, 18),
    )
    found = by_number(facts)[3]
    assert (found.start, found.end) == (date(2026, 2, 17), date(2026, 2, 18))


def test_a_meeting_counted_with_the_rounds_is_one_of_them(story: Extract) -> None:
    facts = story(
        "After three rounds of US-mediated talks between Ukraine and Russia, a fourth meeting was pencilled "
        "in for early March.",
        published=date(2026, 3, 3),
    )
    assert by_number(facts)[4].status == "announced"


def test_the_first_meeting_of_two_leaders_is_no_round(story: Extract) -> None:
    facts = story("Trump and Putin held their first meeting in Alaska in August.", published=date(2026, 1, 5))
    assert by_number(facts) == {}


def test_a_phrase_set_off_in_an_opening_phrase_still_speaks_of_its_round(story: Extract) -> None:
    facts = story(
        "After the first round in Abu Dhabi, held on January 23-24, it would be wrong to count on quick "
        "results, Peskov said.",
        published=date(2026, 1, 26),
    )
    assert days(by_number(facts)[1]) == (date(2026, 1, 23), date(2026, 1, 24), "Abu Dhabi", "concluded")


def test_a_first_day_told_after_the_last_joins_it(story: Extract) -> None:
    facts = story(
        "The first round of trilateral talks between Ukraine, Russia and the United States ended in the "
        "Emirati capital on Saturday. The talks, which opened on Friday in a government compound, were "
        "closed to the press.",
        published=date(2026, 1, 24),
    )
    assert days(by_number(facts)[1]) == (date(2026, 1, 23), date(2026, 1, 24), "Abu Dhabi", "concluded")


def test_a_round_that_will_resume_tomorrow_is_under_way(story: Extract) -> None:
    facts = story(
        "U.S.-brokered talks between Ukraine and Russia opened in Geneva on Tuesday. The two-day round, the "
        "third since January, will resume on Wednesday morning.",
        published=date(2026, 2, 17),
    )
    assert days(by_number(facts)[3]) == (date(2026, 2, 17), date(2026, 2, 18), "Geneva", "ongoing")


def test_a_weekday_heading_over_a_round_up_paragraph_dates_what_it_tells(story: Extract) -> None:
    facts = story(
        "Our Sunday round-up of the diplomacy around the war in Ukraine.\n\n"
        "THURSDAY. Donald Trump and Zelensky met on the sidelines of the forum in Davos.\n\n"
        "FRIDAY AND SATURDAY. The first round of trilateral talks was held in Abu Dhabi.",
        published=date(2026, 1, 25),
    )
    assert days(by_number(facts)[1]) == (date(2026, 1, 23), date(2026, 1, 24), "Abu Dhabi", "concluded")
    davos = [r for r in facts.rounds if r.venue == "Davos"]
    assert [(r.start, r.parties) for r in davos] == [(date(2026, 1, 22), ("Ukraine", "United States"))]


def test_a_round_that_ended_a_day_before_the_article_event_ends_the_day_before(story: Extract) -> None:
    facts = story(
        "Zelensky took questions from reporters in Kyiv on Friday, a day after the second round of "
        "trilateral talks with Russia and the United States ended in Abu Dhabi after two days.",
        published=date(2026, 2, 6),
    )
    assert days(by_number(facts)[2]) == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "concluded")


@pytest.mark.parametrize(
    "text",
    [
        "Umerov was in Abu Dhabi for the first round on January 23 and 24.",
        "Umerov flew to Abu Dhabi for the first round, held on January 23 and 24.",
    ],
)
def test_a_person_in_a_place_for_a_round_places_the_round_there(story: Extract, text: str) -> None:
    facts = story(text, published=date(2026, 2, 9))
    assert days(by_number(facts)[1]) == (date(2026, 1, 23), date(2026, 1, 24), "Abu Dhabi", "concluded")


def test_a_calendar_heading_of_days_dates_the_round_its_section_names(story: Extract) -> None:
    facts = story(
        "THE WEEK AHEAD\n\nCompiled by the foreign desk. Talks between Russia and Ukraine go on.\n\n"
        "TUESDAY, FEB. 17 - WEDNESDAY, FEB. 18\n"
        "- GENEVA: Third round of U.S.-mediated talks between Ukraine and Russia. Closed to the press.\n\n"
        "THURSDAY, FEB. 19\n- BRUSSELS: EU ambassadors meet on sanctions.\n",
        published=date(2026, 2, 15),
    )
    third = by_number(facts)[3]
    assert (third.start, third.end, third.status) == (date(2026, 2, 17), date(2026, 2, 18), "scheduled")


def test_the_second_day_of_a_round_in_the_days_bulletin_began_the_day_before(story: Extract) -> None:
    facts = story(
        "09:05 - Delegations of Russia, Ukraine and the United States arrive for the second day of the third "
        "round in Geneva.",
        published=date(2026, 2, 18),
    )
    third = by_number(facts)[3]
    assert (third.start, third.end, third.status) == (date(2026, 2, 17), date(2026, 2, 18), "ongoing")


def test_a_round_whose_first_day_was_wrapped_up_goes_on(story: Extract) -> None:
    facts = story(
        "In Geneva tonight, Ukrainian, Russian and American negotiators have wrapped up the first day of "
        "their third round of talks.",
        published=date(2026, 2, 17),
    )
    third = by_number(facts)[3]
    assert (third.start, third.venue, third.status) == (date(2026, 2, 17), "Geneva", "ongoing")


def test_what_was_done_at_a_round_told_in_the_past_says_the_round_was_held(story: Extract) -> None:
    facts = story(
        "At the second round of trilateral talks in Abu Dhabi last week, the United States proposed a "
        "ceasefire limited to energy infrastructure.",
        published=date(2026, 2, 10),
    )
    second = by_number(facts)[2]
    assert (second.venue, second.status) == ("Abu Dhabi", "concluded")


def test_the_day_a_source_told_an_agency_is_no_day_of_the_round(story: Extract) -> None:
    facts = story(
        "A fourth round of talks between Russia, Ukraine and the United States will be held in Geneva this "
        "week, a Russian source familiar with the preparations told the state news agency TASS on Monday.",
        published=date(2026, 2, 24),
    )
    fourth = next(r for r in facts.rounds if r.number == 4)
    assert (fourth.start, fourth.venue) == (None, "Geneva")


def test_the_first_since_is_a_first_of_its_kind_not_round_one(story: Extract) -> None:
    facts = story(
        "The talks went well. A meeting in Istanbul would be the first there since Russian and Ukrainian "
        "officials met in the city in 2025.",
        published=date(2026, 3, 5),
    )
    assert 1 not in by_number(facts)


def test_the_third_since_january_still_counts_rounds(story: Extract) -> None:
    facts = story(
        "The two-day round, the third since January, will resume on Wednesday morning in Geneva.",
        published=date(2026, 2, 17),
    )
    assert by_number(facts)[3].venue == "Geneva"


def test_a_round_put_off_that_will_now_take_place_somewhere_keeps_that_place(story: Extract) -> None:
    facts = story(
        "The fourth round, initially planned for this week, will now take place next week in Geneva.",
        published=date(2026, 3, 2),
    )
    fourth = by_number(facts)[4]
    assert (fourth.venue, fourth.status) == ("Geneva", "postponed")


def test_people_expected_in_a_place_for_a_round_place_the_round_there(story: Extract) -> None:
    facts = story(
        "Delegations are expected back in Abu Dhabi for a fourth round on Thursday.",
        published=date(2026, 3, 2),
    )
    assert days(by_number(facts)[4]) == (date(2026, 3, 5), None, "Abu Dhabi", "scheduled")


def test_returning_to_the_table_today_for_the_final_day_is_a_round_under_way(story: Extract) -> None:
    facts = story(
        "Negotiators returned to the table in Abu Dhabi on Saturday morning for the second and final day of "
        "the first round of trilateral talks.",
        date(2026, 1, 24),
    )
    (found,) = facts.rounds
    assert (found.number, found.start, found.end, found.status) == (
        1,
        date(2026, 1, 23),
        date(2026, 1, 24),
        "ongoing",
    )


def test_a_day_after_a_round_ended_reads_past_the_dots_of_an_abbreviation(story: Extract) -> None:
    facts = story(
        "The EU will not lift its sanctions, its diplomatic service said on Thursday, a day after the third "
        "round of U.S.-brokered talks between Ukraine and Russia ended in Geneva.",
        date(2026, 2, 19),
    )
    (found,) = facts.rounds
    assert (found.number, found.end, found.status) == (3, date(2026, 2, 18), "concluded")


def test_it_was_the_second_round_names_the_talks_of_the_sentence_before(story: Extract) -> None:
    facts = story(
        "The two-day talks that ended in Abu Dhabi on Thursday produced a prisoner exchange.\n\n"
        "It was the second round of trilateral talks, after the first round in the same city last month.",
        date(2026, 2, 5),
    )
    rounds = {r.number: (r.start, r.end, r.venue, r.status) for r in facts.rounds}
    assert rounds[2] == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "concluded")
    assert rounds[1][:2] == (None, None)


def test_this_was_the_second_such_round_names_the_talks_of_the_sentence_before(story: Extract) -> None:
    facts = story(
        "Two days of three-party consultations between Russia, the United States and Ukraine in the capital "
        "of the UAE drew to a close on Thursday. This was the second such round; the first was also held "
        "there.",
        date(2026, 2, 5),
    )
    found = by_number(facts)[2]
    assert (found.number, found.start, found.end, found.venue, found.status) == (
        2,
        date(2026, 2, 4),
        date(2026, 2, 5),
        "Abu Dhabi",
        "concluded",
    )


def test_talks_that_were_to_have_resumed_on_a_day_are_put_off_to_the_days_said_instead(
    story: Extract,
) -> None:
    facts = story(
        "The three-way talks that were to have resumed in Abu Dhabi on Sunday will instead be held in the "
        "same city on Wednesday and Thursday, Feb. 4 and 5, Zelensky said.",
        date(2026, 2, 1),
    )
    (found,) = facts.rounds
    assert (found.start, found.end, found.status) == (date(2026, 2, 4), date(2026, 2, 5), "postponed")


def test_a_bare_ordinal_set_off_with_a_plan_once_made_stands_for_the_next_round(story: Extract) -> None:
    facts = story(
        "Nothing has moved since the third round, in Geneva in February. The fourth, originally set for "
        "early March, was put off.",
        date(2026, 4, 10),
    )
    assert days(by_number(facts)[4]) == (None, None, None, "postponed")


@pytest.mark.parametrize("clause", ["when the war with Iran began", "after the strikes on Iran started"])
def test_a_clause_of_war_beginning_does_not_start_the_round_put_off(story: Extract, clause: str) -> None:
    facts = story(f"The fourth round was put off {clause}.", date(2026, 4, 10))
    assert by_number(facts)[4].status == "postponed"


def test_a_day_someone_had_said_the_round_could_take_place_on_is_no_day_of_it(story: Extract) -> None:
    facts = story(
        "The fourth round, which Budanov had said could take place on Feb. 26-27, will not happen this week, "
        "officials said.",
        date(2026, 2, 24),
    )
    assert days(by_number(facts)[4])[:2] == (None, None)


def test_an_ordinal_set_off_after_a_round_and_its_place_numbers_that_round(story: Extract) -> None:
    facts = story("What did the round in Geneva, the third, settle? Little, she said.", date(2026, 2, 24))
    assert by_number(facts)[3].venue == "Geneva"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Day two of the third round opened in Geneva on Wednesday.", date(2026, 2, 17)),
        ("The second day of the third round began in Geneva on Wednesday.", date(2026, 2, 17)),
        # the day named is the round's first, told in a clause of its own
        (
            "The teams were back for the second day of the third round, which opened on Tuesday.",
            date(2026, 2, 17),
        ),
    ],
)
def test_a_day_counted_within_the_round_dates_its_first_day(story: Extract, text: str, start: date) -> None:
    facts = story(text, date(2026, 2, 18))
    assert by_number(facts)[3].start == start


@pytest.mark.parametrize(
    "text",
    [
        "The teams flew into Geneva on Monday evening ahead of the third round, which opens on Tuesday.",
        "The third round opened on Tuesday behind closed doors at a Geneva hotel.",
    ],
)
def test_a_round_is_where_its_negotiators_flew_ahead_of_it_or_in_a_hotel_named_by_its_city(
    story: Extract, text: str
) -> None:
    facts = story(text, date(2026, 2, 17))
    assert by_number(facts)[3].venue == "Geneva"


@pytest.mark.parametrize(
    ("journey", "venue"),
    [
        ("The delegations arrived in Geneva on Monday.", "Geneva"),
        ("Umerov arrived in Geneva on Monday.", None),  # one man's journey: perhaps for another meeting
    ],
)
def test_the_negotiators_journey_told_just_before_places_the_round_ahead(
    story: Extract, journey: str, venue: str | None
) -> None:
    facts = story(f"{journey} The third round opens on Tuesday.", date(2026, 2, 17))
    assert by_number(facts)[3].venue == venue


def test_a_follow_up_meeting_is_the_next_round(story: Extract) -> None:
    facts = story("A follow-up meeting is planned for March 5 in Abu Dhabi.", date(2026, 2, 19))
    (found,) = facts.rounds
    assert (found.reference, found.start, found.venue, found.status) == (
        "next",
        date(2026, 3, 5),
        "Abu Dhabi",
        "scheduled",
    )


def test_the_talks_were_the_third_round_names_the_talks_of_two_sides_told_before(extract: Extract) -> None:
    facts = extract(
        "Two days of talks between Ukraine and Russia in Geneva closed on Wednesday with a swap agreed. The "
        "talks were the third round of negotiations brokered by the United States.",
        date(2026, 2, 19),
    )
    (found,) = facts.rounds
    assert (found.number, found.start, found.end, found.venue) == (
        3,
        date(2026, 2, 17),
        date(2026, 2, 18),
        "Geneva",
    )


def test_a_round_that_opened_on_one_day_and_entered_its_second_on_the_next_spans_both(story: Extract) -> None:
    facts = story(
        "The first round of talks between Russia, Ukraine and the United States, which opened on Friday, "
        "entered its second and final day in the Emirati capital on Saturday, after a long first session.",
        date(2026, 1, 24),
    )
    assert days(by_number(facts)[1]) == (date(2026, 1, 23), date(2026, 1, 24), "Abu Dhabi", "ongoing")


def test_a_round_being_prepared_for_is_ahead_whatever_the_tense_of_its_sentence(story: Extract) -> None:
    facts = story(
        "Their conversation, which lasted half an hour, dealt with the preparations for the third round.\n\n"
        "That round will be held in Geneva on February 17 and 18.",
        date(2026, 2, 14),
    )
    assert days(by_number(facts)[3]) == (date(2026, 2, 17), date(2026, 2, 18), "Geneva", "scheduled")


@pytest.mark.parametrize(
    "text",
    [
        "The next round will come, Zelensky said, but he could not give a date today.",
        "The next round will come, but nobody named a date on Friday, a diplomat said.",
    ],
)
def test_the_day_a_date_is_given_or_not_is_no_day_of_the_round(story: Extract, text: str) -> None:
    (found,) = story(text, date(2026, 3, 20)).rounds
    assert (found.reference, found.start, found.status) == ("next", None, "announced")


def test_the_day_someone_went_on_air_to_say_it_is_no_day_of_the_round(story: Extract) -> None:
    facts = story(
        "Witkoff went on television on Sunday to say that a new round would be held within weeks.",
        date(2026, 2, 24),
    )
    (found,) = facts.rounds
    assert (found.reference, found.start, found.status) == ("next", None, "announced")


@pytest.mark.parametrize(
    ("text", "rounds"),
    [
        ('The leaders discussed "the timing of the next trilateral meeting", which is not yet set.', 1),
        ('"We are negotiating with the next round in mind," the diplomat said.', 0),
    ],
)
def test_a_quoted_phrase_that_ends_on_the_next_round_names_it(story: Extract, text: str, rounds: int) -> None:
    found = [r for r in story(text, date(2026, 2, 27)).rounds if r.reference == "next"]
    assert len(found) == rounds


@pytest.mark.parametrize(
    "without",
    [
        "ended without any date being set for another meeting",
        "ended without fixing a date for another meeting",
    ],
)
def test_talks_that_ended_without_a_date_for_another_meeting_set_no_next_round(
    story: Extract, without: str
) -> None:
    facts = story(
        f"The last round of trilateral talks, in Geneva on Feb. 17-18, {without}.",
        date(2026, 3, 23),
    )
    assert [r.reference for r in facts.rounds] == ["last"]


@pytest.mark.parametrize(
    ("text", "references"),
    [
        ("The Geneva round ended on Wednesday. No date has yet been set for another meeting.", []),
        ("There are no plans so far for another round, a Ukrainian official said.", []),
        # the next round itself, still without its day, is a round announced
        ("No date has been set for the next round, which both sides want before March.", ["next"]),
        ("Officials expect another round of talks in early March.", ["next"]),
    ],
)
def test_no_date_for_another_meeting_says_none_is_planned(
    story: Extract, text: str, references: list[str]
) -> None:
    facts = story(text, date(2026, 2, 19))
    assert [r.reference for r in facts.rounds if r.reference is not None] == references, facts.rounds


def test_days_a_round_was_only_expected_on_are_not_its_own_once_it_is_put_off(story: Extract) -> None:
    facts = story(
        "Until last week, Ukraine's negotiators expected to be in Abu Dhabi today for a new round of talks "
        "with Russia and the United States, planned to run from Thursday to Monday. That meeting will not "
        "happen as planned.",
        date(2026, 3, 5),
    )
    (found,) = facts.rounds
    assert (found.reference, found.start, found.end, found.venue, found.status) == (
        "next",
        None,
        None,
        None,
        "postponed",
    )


def test_days_a_round_will_take_place_on_stay_its_own_when_a_postponement_is_told_after(
    story: Extract,
) -> None:
    facts = story(
        "The second round will take place in Abu Dhabi on Wednesday and Thursday, Peskov said on Monday. "
        "According to Peskov, the meeting, which was initially planned for Sunday, was postponed.",
        date(2026, 2, 2),
    )
    (found,) = facts.rounds
    assert (found.start, found.end, found.venue, found.status) == (
        date(2026, 2, 4),
        date(2026, 2, 5),
        "Abu Dhabi",
        "postponed",
    )


def test_a_round_on_hold_while_something_else_happened_takes_no_day_from_it(story: Extract) -> None:
    facts = story(
        "Ukraine and Russia each handed over 300 prisoners of war on Friday, completing a 500-for-500 "
        "exchange, while the next round of talks with the United States remained on hold.",
        date(2026, 3, 6),
    )
    (found,) = facts.rounds
    assert (found.reference, found.start, found.status) == ("next", None, "postponed")


def test_talks_the_next_sentence_denies_are_no_round(story: Extract) -> None:
    facts = story(
        "Umerov said the conversation had focused on preparing the next round of trilateral talks. A Russian "
        "source had said on Monday that a trilateral meeting would take place in Geneva this week. “No such "
        "meeting is planned,” Kremlin spokesman Dmitry Peskov said on Tuesday.",
        date(2026, 2, 26),
    )
    assert [(r.reference, r.venue) for r in facts.rounds] == [("next", None)]


def test_talks_that_ended_this_evening_after_opening_yesterday_are_over(extract: Extract) -> None:
    facts = extract(
        "ABU DHABI, Jan 24 - Two days of closed-door talks between Ukrainian, Russian and American officials "
        "ended in the Emirati capital this evening.\n\n"
        "The meeting had opened yesterday afternoon. It was the first round of direct talks.",
        date(2026, 1, 24),
    )
    (found,) = [r for r in facts.rounds if r.number == 1]
    assert (found.start, found.end, found.venue, found.status) == (
        date(2026, 1, 23),
        date(2026, 1, 24),
        "Abu Dhabi",
        "concluded",
    )


def test_a_numbered_round_to_come_that_the_next_sentence_denies_is_no_round(story: Extract) -> None:
    facts = story(
        "Earlier this week a Russian source told the TASS news agency that a fourth round would take place "
        "in Geneva before the weekend. Kyiv said no such meeting had been agreed.",
        date(2026, 2, 27),
    )
    assert facts.rounds == ()


def test_rounds_held_there_are_at_the_place_the_sentence_before_named(story: Extract) -> None:
    facts = story(
        "The American side had preferred the Emirati capital. The first two rounds took place there, on "
        "23-24 January and on 4-5 February; the third in Geneva.",
        published=date(2026, 3, 5),
    )
    venues = {r.number: r.venue for r in facts.rounds}
    assert venues == {1: "Abu Dhabi", 2: "Abu Dhabi", 3: "Geneva"}


def test_a_round_in_a_while_clause_is_at_the_place_and_days_the_sentence_opens_with(story: Extract) -> None:
    facts = story(
        "In Geneva on February 17 and 18, while Vladimir Medinsky headed the Russian delegation at the third "
        "round, Dmitriev stayed on the economic side.",
        published=date(2026, 3, 3),
    )
    (found,) = facts.rounds
    assert (found.number, found.start, found.end, found.venue) == (
        3,
        date(2026, 2, 17),
        date(2026, 2, 18),
        "Geneva",
    )


def test_talks_of_their_own_before_as_keep_their_place(story: Extract) -> None:
    facts = story(
        "Zelensky and Trump hold hour-long talks in Davos as the first trilateral meeting with Russia is set "
        "for the UAE.",
        published=date(2026, 1, 22),
    )
    assert [r.venue for r in facts.rounds if r.number == 1] == [None]


# --- Venues: where rounds and meetings are, and what a place named nearby belongs to ---------------------


def test_a_city_described_by_its_country_is_the_last_one_of_that_country_named(story: Extract) -> None:
    facts = story(
        "Zelensky and Trump met in Davos on January 22. Peskov said on Friday that Medinsky would lead the "
        "Russian team in Geneva. The third round of talks opens in the Swiss city on Tuesday.",
        published=date(2026, 2, 14),
    )
    assert by_number(facts)[3].venue == "Geneva"


def test_a_round_fixed_for_a_place_is_held_there(story: Extract) -> None:
    facts = story(
        "By the end of the week the first round of talks had been fixed for Abu Dhabi on Jan. 23 and 24.",
        published=date(2026, 2, 8),
    )
    assert by_number(facts)[1].venue == "Abu Dhabi"


def test_a_place_where_a_view_is_held_is_no_place_of_a_meeting(story: Extract) -> None:
    facts = story(
        "Dmitriev met Witkoff on Saturday. The two men have met often and are seen in Moscow as the most "
        "reliable channel between the two capitals.",
        published=date(2026, 2, 2),
    )
    assert [r.venue for r in facts.rounds] == [None]


def test_here_in_a_datelined_report_is_the_city_it_is_filed_from(extract: Extract) -> None:
    facts = extract(
        "GENEVA, Feb 18 (Agency) - Ukrainian, Russian and American negotiators met for a second day. On "
        "Tuesday, Dmitriev also held separate talks with Witkoff here, on economic questions.",
        date(2026, 2, 18),
    )
    (meeting,) = [r for r in facts.rounds if r.parties == ("Russia", "United States")]
    assert (meeting.start, meeting.venue) == (date(2026, 2, 17), "Geneva")


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "For three days in a guarded compound in the Swiss city, officers from Russia and Ukraine sat "
            "across a table from one another and negotiated, with American envoys between them. The third "
            "round ended on Thursday.",
            "Geneva",
        ),
        (
            "The day before yesterday in Miami the Russian envoy Kirill Dmitriev held a meeting with Steve "
            "Witkoff.",
            "Miami",
        ),
    ],
)
def test_a_place_in_the_phrase_that_opens_the_clause_sets_the_meetings_scene(
    story: Extract, text: str, venue: str
) -> None:
    facts = story(text, published=date(2026, 2, 19))
    assert [r.venue for r in facts.rounds] == [venue]


def test_the_talks_a_headline_reports_are_not_the_next_round_the_body_names_first(extract: Extract) -> None:
    facts = extract(
        "Ukraine talks wrap up in Geneva; teams to meet again next month\n\n"
        "Russian, Ukrainian and American negotiators ended two days of talks this evening and agreed to "
        "meet again. It was the third round of the talks. A U.S. official said the next round would "
        "take place on March 5.",
        date(2026, 2, 18),
    )
    assert {(r.number, r.reference): r.venue for r in facts.rounds} == {
        (None, "next"): None,
        (3, None): "Geneva",
    }


def test_the_place_in_the_name_of_talks_before_the_next_round_is_not_its_place(story: Extract) -> None:
    facts = story(
        "Geneva talks end without a deal, next meeting planned for early March.",
        published=date(2026, 2, 19),
    )
    assert [(r.reference, r.venue) for r in facts.rounds if r.reference == "next"] == [("next", None)]


def test_a_round_held_in_the_same_city_is_where_the_last_round_named_was(story: Extract) -> None:
    facts = story(
        "The second round of talks opens in Abu Dhabi today. On Saturday, Dmitriev met Witkoff in Miami. "
        "The first round, held in the same city on January 23 and 24, produced no document.",
        published=date(2026, 2, 4),
    )
    assert by_number(facts)[1].venue == "Abu Dhabi"


def test_a_place_after_a_span_of_days_before_another_event_is_that_events(story: Extract) -> None:
    facts = story(
        "Rubio met Sybiha at a security forum on Saturday, three days before the negotiators are due to "
        "gather again in Geneva.",
        published=date(2026, 2, 14),
    )
    assert [(r.parties, r.venue) for r in facts.rounds if r.parties] == [(("Ukraine", "United States"), None)]


def test_a_meeting_on_the_day_a_report_is_filed_is_in_the_datelines_city(extract: Extract) -> None:
    facts = extract(
        "DAVOS, Switzerland, Jan. 22 (Agency) - Donald Trump and Volodymyr Zelensky met for an hour on "
        "Thursday in a back room of the congress hall.",
        date(2026, 1, 22),
    )
    assert [(r.start, r.venue) for r in facts.rounds] == [(date(2026, 1, 22), "Davos")]


@pytest.mark.parametrize(
    ("dateline", "published", "venue"),
    [
        ("GENEVA, Feb. 19 (Agency) -", date(2026, 2, 19), "Geneva"),  # filed the day after the end
        ("GENEVA (Agency) —", date(2026, 2, 18), "Geneva"),  # filed the day it ended
        ("GENEVA -", date(2026, 2, 24), None),  # a week on: the reporter is there for something else
        ("KYIV, Feb. 19 (Agency) -", date(2026, 2, 19), None),  # a party's own city tells of the reporter
    ],
)
def test_talks_that_ended_as_a_report_was_filed_are_in_the_datelines_city(
    extract: Extract, dateline: str, published: date, venue: str | None
) -> None:
    facts = extract(
        f"{dateline} The third round of talks between Russia, Ukraine and the United States ended on "
        "Wednesday without a breakthrough, officials said.",
        published,
    )
    assert [(r.number, r.venue) for r in facts.rounds] == [(3, venue)]


def test_a_visit_one_side_invites_someone_to_is_no_place_of_the_next_round(story: Extract) -> None:
    facts = story(
        "A U.S. official said the next round of talks was set for Sunday, Feb. 1. Witkoff added that the "
        "Russians had invited him to Moscow.",
        published=date(2026, 1, 25),
    )
    assert [(r.reference, r.start, r.venue) for r in facts.rounds] == [("next", date(2026, 2, 1), None)]


def test_a_sentence_that_says_what_the_venue_is_places_the_round_named_last(story: Extract) -> None:
    facts = story(
        "The second round of talks, first expected on Sunday, will be held on Wednesday and Thursday, "
        'Zelensky said.\n\n"The dates have moved. The venue stays the same, Abu Dhabi," he wrote.',
        published=date(2026, 2, 1),
    )
    assert by_number(facts)[2].venue == "Abu Dhabi"


def test_a_round_is_where_a_meeting_on_its_margins_was_held(story: Extract) -> None:
    facts = story(
        "The third round of talks ran on Tuesday and Wednesday. On Wednesday, on the margins of the "
        "Geneva talks, Medinsky met the Ukrainian delegation without the Americans.",
        published=date(2026, 2, 19),
    )
    assert by_number(facts)[3].venue == "Geneva"


def test_a_participle_set_off_after_a_round_in_a_relative_clause_describes_it(story: Extract) -> None:
    facts = story(
        '"First the plenary, where everyone sits. Then the groups," he told reporters after the second '
        "round, held in the Emirati capital on February 4 and 5.",
        published=date(2026, 2, 14),
    )
    assert days(by_number(facts)[2]) == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "concluded")


def test_a_summit_last_august_gives_no_place_to_talks_this_week(story: Extract) -> None:
    facts = story(
        "Ukrainian, Russian and American representatives will meet on Friday and Saturday, Zelensky said. "
        "Moscow insists on a formula named after the summit between Trump and Putin in Alaska last August, "
        "under which Ukraine would withdraw from Donetsk.",
        published=date(2026, 1, 22),
    )
    assert [(r.start, r.venue) for r in facts.rounds if r.start is not None] == [(date(2026, 1, 23), None)]


def test_a_city_described_by_the_adjective_of_a_known_place_hosts_there(story: Extract) -> None:
    facts = story(
        "The Alaskan city hosted the summit between Donald Trump and Vladimir Putin on August 15 last year.",
        published=date(2026, 1, 27),
    )
    assert [(r.start, r.venue) for r in facts.rounds] == [(date(2025, 8, 15), "Anchorage")]


def test_people_who_landed_in_a_city_met_there(story: Extract) -> None:
    facts = story(
        "Rustem Umerov landed in Miami late on Friday. Umerov sat down with Steve Witkoff the following day.",
        published=date(2026, 1, 18),
    )
    assert [(r.start, r.venue) for r in facts.rounds] == [(date(2026, 1, 17), "Miami")]


def test_talks_in_a_building_with_no_city_are_in_the_city_of_the_dateline(extract: Extract) -> None:
    facts = extract(
        "GENEVA, Feb. 19 (Agency) - The trilateral negotiations between Russia, Ukraine and the United "
        "States, opened on Tuesday in a hotel on the lake shore, ended on Wednesday at noon.",
        date(2026, 2, 19),
    )
    assert [(r.start, r.end, r.venue) for r in facts.rounds] == [
        (date(2026, 2, 17), date(2026, 2, 18), "Geneva")
    ]


def test_a_headline_in_the_present_places_the_meeting_its_sides_talk_at(extract: Extract) -> None:
    facts = extract(
        "Putin and US envoys talk almost four hours at the Kremlin; working group to meet on Friday\n\n"
        "MOSCOW, Jan 23 (Agency) - Vladimir Putin received the American envoys Witkoff and Kushner late on "
        "Thursday, an aide said.",
        date(2026, 1, 23),
    )
    assert [(r.start, r.venue) for r in facts.rounds] == [(date(2026, 1, 22), "Moscow")]


def test_a_trip_for_another_storys_talks_gives_no_round_its_place_or_day(story: Extract) -> None:
    facts = story(
        "Witkoff said a new round of talks would follow within weeks. He said he would fly to Geneva on "
        "Thursday, mainly for talks with Iran.",
        published=date(2026, 2, 23),
    )
    assert [(r.reference, r.start, r.venue) for r in facts.rounds] == [("next", None, None)]


def test_a_delegation_led_by_someone_at_a_place_is_at_talks_there(story: Extract) -> None:
    facts = story(
        "On May 16 last year, as Moscow's chief negotiator, Medinsky sat across the table from a Ukrainian "
        "negotiating team that was led by Rustem Umerov, at the time the country's defence minister, at an "
        "old palace in Istanbul.",
        published=date(2026, 2, 13),
    )
    assert [(r.start, r.venue) for r in facts.rounds] == [(date(2025, 5, 16), "Istanbul")]


def test_a_headline_with_a_place_as_its_subject_places_the_talks_held_there(extract: Extract) -> None:
    facts = extract(
        "ANALYSIS | Geneva proved that the hard part is still ahead\n\n"
        "The third round of trilateral talks between Russia, Ukraine and the United States ended on "
        "Wednesday after two days.",
        date(2026, 2, 20),
    )
    assert by_number(facts)[3].venue == "Geneva"


def test_a_newspaper_named_for_its_city_is_no_place_of_a_meeting(story: Extract) -> None:
    facts = story("Umerov spoke to the Kyiv Morning Courier on Friday.", published=date(2026, 2, 8))
    assert facts.rounds == ()


# Rounds in the dev articles 940-955: meetings retold in background, relative days, indirect venues, moves.


def test_the_last_day_of_a_month_is_the_day_of_a_meeting(story: Extract) -> None:
    facts = story(
        "In the meantime Kirill Dmitriev went to Miami, where he spent the last day of January with Witkoff.",
        published=date(2026, 2, 12),
    )
    assert [(r.start, r.venue) for r in facts.rounds] == [(date(2026, 1, 31), "Miami")]


def test_a_day_someone_had_mentioned_for_a_round_put_off_is_not_its_day(story: Extract) -> None:
    facts = story(
        "The second round of trilateral talks, which the Ukrainian minister had mentioned for March 5-6, "
        "will not take place this week.",
        published=date(2026, 3, 4),
    )
    assert days(by_number(facts)[2]) == (None, None, None, "postponed")


def test_the_first_in_which_something_happens_is_no_first_round(story: Extract) -> None:
    facts = story(
        "The talks in Geneva next week will be the first in which generals of both armies face each other.",
        published=date(2026, 2, 10),
    )
    assert by_number(facts) == {}


def test_an_ordinal_that_followed_the_round_before_is_the_next_round(story: Extract) -> None:
    facts = story(
        "The first round met in Abu Dhabi on Jan. 23-24. The second followed in Geneva on Feb. 4-5.",
        published=date(2026, 2, 20),
    )
    assert days(by_number(facts)[2]) == (date(2026, 2, 4), date(2026, 2, 5), "Geneva", "concluded")


def test_an_ordinal_with_a_and_a_plan_set_off_is_a_round_put_off(story: Extract) -> None:
    facts = story(
        "Three rounds were held this winter. The third, in Geneva, ended without a deal. A fourth, planned "
        "for the spring, was put off.",
        published=date(2026, 4, 2),
    )
    assert by_number(facts)[4].status == "postponed"


def test_a_paragraph_opening_with_an_ordinal_goes_on_counting_rounds(story: Extract) -> None:
    facts = story(
        "Three rounds were held this winter. The third, in Geneva, ended without a deal.\n\nA fourth, "
        "planned for the spring, was put off.",
        published=date(2026, 4, 2),
    )
    assert by_number(facts)[4].status == "postponed"


def test_the_first_round_held_somewhere_as_a_complement_ranks_the_talks(story: Extract) -> None:
    facts = story(
        "A meeting in Washington would be the first round held on American soil.",
        published=date(2026, 2, 10),
    )
    assert by_number(facts) == {}


def test_the_media_of_a_country_that_reported_the_talks_is_no_side_to_them(story: Extract) -> None:
    facts = story(
        "Talks between American and Ukrainian envoys in Miami on Sunday went well, Russian state media "
        "reported on Monday.",
        published=date(2026, 3, 9),
    )
    assert [r.parties for r in facts.rounds] == [("Ukraine", "United States")]


def test_a_day_after_the_event_the_talks_followed_is_that_events_day(story: Extract) -> None:
    facts = story(
        "The Geneva talks followed a long meeting in the Kremlin on Tuesday, where Putin received Witkoff.",
        published=date(2026, 2, 20),
    )
    assert [(r.venue, r.start) for r in facts.rounds if r.start is not None] == [
        ("Moscow", date(2026, 2, 17))
    ]


def test_a_place_opening_a_clause_where_someone_headed_a_side_at_a_meeting(story: Extract) -> None:
    facts = story(
        "In Istanbul she headed the Ukrainian side at a meeting with Russian officials on May 20 last year.",
        published=date(2026, 2, 10),
    )
    assert [(r.start, r.venue) for r in facts.rounds] == [(date(2025, 5, 20), "Istanbul")]


def test_a_meeting_held_and_again_on_a_later_day_is_two_meetings(story: Extract) -> None:
    facts = story(
        "Russian and Ukrainian negotiators met in Istanbul on May 20 last year, and again on July 3.",
        published=date(2026, 2, 10),
    )
    assert [(r.start, r.venue, r.status) for r in facts.rounds] == [
        (date(2025, 5, 20), "Istanbul", "concluded"),
        (date(2025, 7, 3), "Istanbul", "concluded"),
    ]


def test_a_meeting_held_again_in_another_place_is_held_there(story: Extract) -> None:
    facts = story(
        "Ukrainian negotiators met Witkoff and Kushner in Miami on Jan. 17 and again in Geneva on Feb. 26.",
        published=date(2026, 3, 20),
    )
    assert [(r.start, r.venue) for r in facts.rounds] == [
        (date(2026, 1, 17), "Miami"),
        (date(2026, 2, 26), "Geneva"),
    ]


@pytest.mark.parametrize(
    ("text", "published", "first"),
    [
        (
            "The second round, due on Feb. 1, slipped to Feb. 4-5 and was held in Abu Dhabi.",
            date(2026, 3, 20),
            4,
        ),
        (
            "The second round, first due on Sunday, was moved to Wednesday and ended on Thursday.",
            date(2026, 2, 6),
            4,
        ),
    ],
)
def test_a_round_held_after_it_slipped_is_held_on_the_days_it_slipped_to(
    story: Extract, text: str, published: date, first: int
) -> None:
    found = by_number(story(text, published=published))[2]
    assert (found.start, found.end, found.status) == (date(2026, 2, first), date(2026, 2, 5), "concluded")


def test_talks_told_to_end_the_next_day_right_after_a_meeting_are_that_meeting(story: Extract) -> None:
    facts = story(
        "Putin hosted Witkoff and Kushner at the Kremlin on Monday evening. The conversation, attended by "
        "Ushakov, went on for five hours and ended early on Tuesday.\n\nThe second round of trilateral "
        "talks opened in Geneva on Tuesday and is expected to last two days.",
        published=date(2026, 2, 17),
    )
    meeting = next(r for r in facts.rounds if r.venue == "Moscow")
    assert (meeting.start, meeting.end) == (date(2026, 2, 16), date(2026, 2, 17))
    assert days(by_number(facts)[2]) == (date(2026, 2, 17), date(2026, 2, 18), "Geneva", "ongoing")


def test_the_day_before_dates_a_meeting_from_the_last_day_named(story: Extract) -> None:
    facts = story(
        "The second round of trilateral talks opened in Geneva on Feb. 17.\n\nThe day before, Zelensky and "
        "Trump had met for an hour in Munich.",
        published=date(2026, 2, 18),
    )
    meeting = next(r for r in facts.rounds if r.number is None)
    assert (meeting.start, meeting.venue) == (date(2026, 2, 16), "Munich")


def test_flying_somewhere_where_one_will_see_someone_is_a_meeting(story: Extract) -> None:
    facts = story(
        "Kirill Dmitriev heads to Miami, where he will see Steve Witkoff on Sunday.",
        published=date(2026, 3, 5),
    )
    assert [(r.parties, r.start, r.venue) for r in facts.rounds] == [
        (("Russia", "United States"), date(2026, 3, 8), "Miami")
    ]


def test_the_first_one_stands_for_the_first_round(story: Extract) -> None:
    facts = story(
        "On Monday the second round of trilateral talks is due to begin, ten days after the first one ended "
        "in Geneva.",
        published=date(2026, 3, 5),
    )
    rounds = by_number(facts)
    assert (rounds[2].start, rounds[2].venue, rounds[2].status) == (date(2026, 3, 9), None, "scheduled")
    assert (rounds[1].venue, rounds[1].status) == ("Geneva", "concluded")


def test_reports_of_a_round_that_were_denied_give_no_round(story: Extract) -> None:
    facts = story(
        "Reports of a round in Istanbul on April 2 were quickly denied by the Kremlin.",
        published=date(2026, 3, 30),
    )
    assert facts.rounds == ()


def test_a_round_set_for_a_month_that_never_happened_is_put_off(story: Extract) -> None:
    facts = story(
        "A fifth round was then set for late April in Istanbul. It never happened.",
        published=date(2026, 5, 12),
    )
    assert days(by_number(facts)[5]) == (None, None, None, "postponed")


def test_a_round_that_ended_with_a_promise_to_meet_again_leaves_the_next_to_come(story: Extract) -> None:
    facts = story(
        "The third round, in Geneva on March 3 and 4, ended with a pledge to meet again soon.",
        published=date(2026, 3, 12),
    )
    assert [(r.number, r.reference, r.status) for r in facts.rounds] == [
        (3, None, "concluded"),
        (None, "next", "announced"),
    ]


# Session 8 (rounds): general constructions read across the dev errors


def test_the_day_after_a_question_about_talks_is_the_day_it_was_asked(story: Extract) -> None:
    facts = story(
        "Umerov and Witkoff held talks in Miami on Saturday. Asked about the Miami talks on Tuesday, "
        "Peskov said Moscow had been briefed by Washington.",
        published=date(2026, 3, 11),
    )
    assert [(r.parties, r.start) for r in facts.rounds] == [
        (("Ukraine", "United States"), date(2026, 3, 7)),
    ], facts.rounds


def test_a_weekday_ahead_under_a_day_heading_follows_the_heading_day(story: Extract) -> None:
    facts = story(
        "A look back at the week of the talks.\n\nTUESDAY. Zelensky flew to Rome. Later he said "
        "trilateral talks would be held in Istanbul on Thursday and Friday.",
        published=date(2026, 3, 1),
    )
    assert [(r.start, r.end) for r in facts.rounds] == [(date(2026, 2, 26), date(2026, 2, 27))], facts.rounds


def test_the_day_of_talks_hangs_on_the_verb_that_holds_them_past_a_list_of_sides(story: Extract) -> None:
    facts = story(
        "Umerov said on Monday that trilateral talks between Kyiv, Moscow and Washington would be held in "
        "Turkey on Thursday and Friday.",
        published=date(2026, 3, 10),
    )
    assert [(r.start, r.end) for r in facts.rounds] == [(date(2026, 3, 12), date(2026, 3, 13))], facts.rounds


def test_negotiators_back_behind_closed_doors_today_are_in_talks_under_way(story: Extract) -> None:
    facts = story(
        "GENEVA, Feb 17 - Russian, Ukrainian and American negotiators went back behind closed doors in the "
        "Swiss city this morning, two days after a heavy strike on the grid. The talks are expected to run "
        "until tomorrow. They had first been set for Sunday. It is the third round since January.",
        published=date(2026, 2, 17),
    )
    assert days(by_number(facts)[3]) == (date(2026, 2, 17), date(2026, 2, 18), "Geneva", "ongoing")


def test_the_verb_that_reports_a_sentence_gives_its_talks_no_status(story: Extract) -> None:
    facts = story(
        "Under the swap agreed at the Istanbul round last month, 150 soldiers from each side came home, "
        "Umerov announced.",
        published=date(2026, 3, 10),
    )
    assert [(r.venue, r.status) for r in facts.rounds] == [("Istanbul", "concluded")], facts.rounds


def test_a_bulletins_bare_infinitive_after_its_subject_tells_what_is_to_come(story: Extract) -> None:
    facts = story(
        "09:15 ISTANBUL, March 4 - Peskov: a Russian-U.S. business group, led by Dmitriev and Witkoff, to "
        "meet here on Wednesday.",
        published=date(2026, 3, 4),
    )
    assert [(r.parties, r.start, r.status) for r in facts.rounds] == [
        (("Russia", "United States"), date(2026, 3, 4), "scheduled")
    ], facts.rounds


def test_a_meeting_that_had_begun_the_day_before_the_one_named_first_spans_both(story: Extract) -> None:
    facts = story(
        "A truce was agreed at the Kremlin in the early hours of Sunday, at the end of talks of five hours "
        "between Putin and Witkoff that had begun late on Saturday.",
        published=date(2026, 3, 9),
    )
    found = [r for r in facts.rounds if r.parties == ("Russia", "United States")]
    assert [(r.start, r.end) for r in found] == [(date(2026, 3, 7), date(2026, 3, 8))], facts.rounds


# Session 9 (rounds): cross-sentence reading and other constructions of new text


def test_the_trilateral_standing_alone_for_the_talks_is_a_trilateral_round(story: Extract) -> None:
    facts = story("Monday's trilateral in Istanbul lasted five hours.", published=date(2026, 3, 11))
    assert [(r.format, r.start, r.venue, r.status) for r in facts.rounds] == [
        ("trilateral", date(2026, 3, 9), "Istanbul", "concluded")
    ], facts.rounds


def test_the_next_trilateral_is_the_next_round(story: Extract) -> None:
    facts = story("Umerov expects the next trilateral to be held in Istanbul.", published=date(2026, 3, 11))
    assert [(r.reference, r.venue) for r in facts.rounds] == [("next", "Istanbul")], facts.rounds


def test_the_day_that_opens_a_clause_of_saying_is_the_sayings(story: Extract) -> None:
    facts = story(
        "Kyiv wanted a new venue; then, on March 2, Umerov said the trilateral talks had been delayed.",
        published=date(2026, 3, 11),
    )
    assert [(r.start, r.status) for r in facts.rounds] == [(None, "postponed")], facts.rounds


def test_that_day_of_a_plan_after_a_bare_weekday_is_the_coming_one(story: Extract) -> None:
    facts = story(
        "Then comes Friday. Kushner said he would meet Umerov in Istanbul that day.",
        published=date(2026, 3, 10),
    )
    assert [(r.start, r.status) for r in facts.rounds] == [(date(2026, 3, 13), "scheduled")], facts.rounds


@pytest.mark.parametrize(
    "text",
    [
        "Umerov discussed the timing of the next round with Witkoff by phone on Tuesday, the council said.",
        "Zelensky talked about the next round with Trump on Tuesday.",
    ],
)
def test_the_day_of_talking_about_a_round_is_not_the_rounds(story: Extract, text: str) -> None:
    facts = story(text, date(2026, 2, 12))
    assert [(r.reference, r.start, r.status) for r in facts.rounds] == [("next", None, "announced")]


def test_a_clause_that_opens_the_sentence_tells_of_another_event_than_the_meeting(story: Extract) -> None:
    facts = story(
        "Before the trilateral format began, a Ukrainian team led by Kyrylo Budanov had met the Americans in "
        "Miami on 17 January.",
        date(2026, 2, 12),
    )
    assert [(r.format, r.parties, r.start, r.venue) for r in facts.rounds] == [
        ("bilateral", ("Ukraine", "United States"), date(2026, 1, 17), "Miami")
    ]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "On Tuesday the caravan moves to Geneva, where the third round of talks is due to open.",
            date(2026, 2, 17),
        ),
        (
            "On Monday the delegations flew to Geneva, where the third round of talks was held.",
            date(2026, 2, 9),
        ),
        # no journey: the day is the main clause's own
        (
            "On Tuesday the mayor opened a museum in Geneva, where the third round of talks is due to open.",
            None,
        ),
    ],
)
def test_the_day_of_a_journey_to_where_the_round_is_held_is_the_rounds(
    story: Extract, text: str, start: date | None
) -> None:
    facts = story(text, date(2026, 2, 15))
    assert by_number(facts)[3].start == start


def test_rounds_named_in_a_relative_clause_take_its_tense_not_the_main_clauses(story: Extract) -> None:
    facts = story(
        "The third round opens in Geneva on Tuesday, with Medinsky at the head of the Russian delegation in "
        "place of Kostyukov, who led it at the first two rounds in Abu Dhabi.",
        published=date(2026, 2, 15),
    )
    statuses = {r.number: r.status for r in facts.rounds}
    assert statuses == {3: "scheduled", 1: "concluded", 2: "concluded"}


def test_it_as_the_subject_of_hosting_is_the_place_the_sentence_before_named(story: Extract) -> None:
    facts = story(
        "For two months the Emirati capital was the quiet room where the three sides could sit at one table. "
        "Twice this winter it hosted the talks: the first round on Jan. 23-24 and the second on Feb. 4-5.",
        published=date(2026, 3, 3),
    )
    assert {r.number: r.venue for r in facts.rounds} == {1: "Abu Dhabi", 2: "Abu Dhabi"}


def test_it_hosting_in_a_new_paragraph_after_no_place_places_nothing(story: Extract) -> None:
    facts = story(
        "The envoys have said little.\n\nIt hosted the talks twice: the first round on Jan. 23-24 and the "
        "second on Feb. 4-5.",
        published=date(2026, 3, 3),
    )
    assert {r.number: r.venue for r in facts.rounds} == {1: None, 2: None}


def test_a_day_right_before_a_verb_of_saying_is_the_sayings(story: Extract) -> None:
    facts = story(
        "Reports on Monday said the three delegations would gather on March 11.", published=date(2026, 3, 10)
    )
    assert [(r.start, r.status) for r in facts.rounds] == [(date(2026, 3, 11), "scheduled")]


@pytest.mark.parametrize(
    "denial",
    [
        "They are not meeting.",
        "Kyiv denied them within hours.",
        "The presidential office denied the reports.",
    ],
)
def test_a_meeting_the_next_sentence_says_is_not_happening_is_none(story: Extract, denial: str) -> None:
    facts = story(
        f"Reports said the three delegations would gather on March 11. {denial}", published=date(2026, 3, 10)
    )
    assert facts.rounds == ()


@pytest.mark.parametrize("verb", ["gets under way", "gets going", "kicks off"])
def test_the_timetables_present_with_a_weekday_is_that_day_ahead(story: Extract, verb: str) -> None:
    facts = story(f"The third round {verb} in Geneva on Tuesday.", published=date(2026, 2, 11))
    assert [(r.start, r.status) for r in facts.rounds] == [(date(2026, 2, 17), "scheduled")]


def test_any_new_meeting_is_none_in_particular(story: Extract) -> None:
    facts = story(
        "Kyiv wants the guarantee package signed before any new trilateral meeting takes place.",
        published=date(2026, 3, 5),
    )
    assert facts.rounds == ()


def test_the_next_round_comes_after_every_round_held_and_those_before_it_were_held(story: Extract) -> None:
    facts = story(
        "The second round of trilateral talks ended in Abu Dhabi on Thursday.\n\n"
        "Q: What does Russia want?\n\nA: The same as at the first round.\n\n"
        "Q: And now?\n\nA: The Americans proposed holding the next round in Miami, and we said yes.",
        published=date(2026, 2, 6),
    )
    found = {(r.number, r.reference): (r.venue, r.status) for r in facts.rounds}
    assert found[(1, None)] == (None, "concluded")
    assert found[(None, "next")] == ("Miami", "announced")


def test_a_parallel_phrase_after_a_round_tells_of_talks_of_its_own(story: Extract) -> None:
    facts = story(
        "The election question hung over the second round in Abu Dhabi last week, and over Dmitriev's "
        "meeting with the American team in Miami on Jan. 31.",
        published=date(2026, 2, 11),
    )
    assert days(by_number(facts)[2]) == (None, None, "Abu Dhabi", "concluded")
    meeting = [r for r in facts.rounds if r.number is None]
    assert [(r.parties, r.start, r.venue) for r in meeting] == [
        (("Russia", "United States"), date(2026, 1, 31), "Miami")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "There were reports of a round in Istanbul on Wednesday.",
        "There is no meeting in Istanbul on Wednesday, the President's Office said.",
    ],
)
def test_reports_of_a_round_and_no_meeting_there_are_no_round(story: Extract, text: str) -> None:
    assert story(text, published=date(2026, 3, 6)).rounds == ()


def test_a_clause_after_hours_after_a_titled_subject_tells_of_another_event(story: Extract) -> None:
    facts = story(
        "Officials sat down in Abu Dhabi on Friday for the first round of trilateral talks, hours after "
        "President Vladimir Putin spent Thursday night with Witkoff in the Kremlin.",
        published=date(2026, 1, 23),
    )
    assert (by_number(facts)[1].start, by_number(facts)[1].status) == (date(2026, 1, 23), "ongoing")


def test_a_country_named_as_a_land_is_no_side_of_a_meeting(story: Extract) -> None:
    facts = story(
        "A person briefed on the Kremlin meeting said the Americans had spent much of the night going over "
        "maps of eastern Ukraine.",
        published=date(2026, 1, 23),
    )
    assert all(r.format != "trilateral" for r in facts.rounds)


def test_a_clause_of_officials_after_the_attribution_places_no_round(story: Extract) -> None:
    facts = story(
        "The next round of U.S.-brokered talks between Russia and Ukraine is planned for next week, the "
        "Kremlin said on Monday, as officials in Moscow sought to lower expectations.",
        published=date(2026, 1, 26),
    )
    assert [(r.reference, r.venue) for r in facts.rounds] == [("next", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky spent Sunday in Vilnius, where, after talks with Lithuania's president, he said the "
        "document on American security guarantees was ready.",
        "Zelensky held talks with the Polish president in Warsaw on Sunday about American guarantees.",
        "Speaking in Vilnius after talks with his Lithuanian counterpart, Zelensky said the guarantees were "
        "ready.",
    ],
)
def test_talks_with_a_government_outside_the_story_are_no_round(story: Extract, text: str) -> None:
    assert story(text, published=date(2026, 1, 26)).rounds == ()


def test_a_trading_session_is_no_sitting_of_the_talks(story: Extract) -> None:
    facts = story(
        "Ukraine's bonds rose for a third straight session on Friday, as investors trimmed bets on "
        "escalation after a second round of talks between Ukraine and Russia wrapped up in Abu Dhabi.",
        published=date(2026, 2, 6),
    )
    assert (by_number(facts)[2].start, by_number(facts)[2].venue) == (None, "Abu Dhabi")


def test_a_closed_session_on_the_talks_does_not_end_them(story: Extract) -> None:
    facts = story(
        "The mood changed in the afternoon, when the chamber went into a closed session on the two days of "
        "talks in Geneva on Tuesday and Wednesday between Ukraine, Russia and the United States.",
        published=date(2026, 2, 19),
    )
    assert [(r.start, r.end, r.venue) for r in facts.rounds] == [
        (date(2026, 2, 17), date(2026, 2, 18), "Geneva")
    ]


def test_a_side_named_in_the_event_a_meeting_is_timed_by_is_no_side_of_it(story: Extract) -> None:
    facts = story(
        "On Thursday, hours before the Kremlin meeting, Donald Trump and Zelensky met for about an hour on "
        "the sidelines of the World Economic Forum in Davos.",
        published=date(2026, 1, 23),
    )
    assert [(r.format, r.parties, r.venue) for r in facts.rounds] == [
        ("bilateral", ("Ukraine", "United States"), "Davos")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Umerov was in Geneva on February 26 for a meeting with Witkoff.",
        "On February 26 Umerov was back in Geneva, this time for a meeting with Witkoff.",
    ],
)
def test_a_place_someone_was_in_for_a_meeting_is_the_meetings(story: Extract, text: str) -> None:
    facts = story(text, published=date(2026, 3, 12))
    assert [(r.start, r.venue) for r in facts.rounds] == [(date(2026, 2, 26), "Geneva")]


def test_no_date_yet_for_the_next_meeting_in_a_quote_is_the_next_round(story: Extract) -> None:
    facts = story(
        "“At the same time, there is no date and no venue for the next trilateral meeting yet,” Peskov said.",
        published=date(2026, 3, 3),
    )
    assert [(r.reference, r.status) for r in facts.rounds] == [("next", "announced")]


def test_two_days_of_talks_that_ended_on_a_day_began_the_day_before(story: Extract) -> None:
    facts = story(
        "Two days of trilateral talks between Ukraine, Russia and the United States ended on Wednesday.",
        published=date(2026, 2, 19),
    )
    assert [(r.start, r.end, r.status) for r in facts.rounds] == [
        (date(2026, 2, 17), date(2026, 2, 18), "concluded")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Yesterday the Kremlin spokesman, Dmitry Peskov, told reporters that the fourth trilateral round "
        "would not take place in May as had been expected.",
        "But yesterday Peskov told reporters that the fourth trilateral round would not take place in May.",
    ],
)
def test_a_round_not_held_in_a_month_it_was_due_is_put_off(story: Extract, text: str) -> None:
    found = by_number(story(text, published=date(2026, 5, 15)))[4]
    assert (found.status, found.start) == ("postponed", None)


def test_the_first_meeting_in_a_month_is_no_first_round(story: Extract) -> None:
    facts = story(
        "Over the weekend, American and Ukrainian negotiators held two days of talks in Florida, the first "
        "meeting between the two delegations in almost a month.",
        published=date(2026, 3, 23),
    )
    assert [(r.number, r.format, r.start) for r in facts.rounds] == [(None, "bilateral", date(2026, 3, 21))]


def test_talks_placed_in_the_middle_of_a_month_take_no_day_from_talks_told_before(story: Extract) -> None:
    facts = story(
        "Over the weekend, American and Ukrainian negotiators held two days of talks in Florida. The "
        "Russians were not in the room, and the three-way format that met in Geneva in the middle of "
        "February remains on ice.",
        published=date(2026, 3, 23),
    )
    geneva = [r for r in facts.rounds if r.venue == "Geneva"]
    assert [(r.format, r.start) for r in geneva] == [("trilateral", None)]


def test_two_ordinals_joined_by_and_are_two_rounds_told_together(story: Extract) -> None:
    facts = story(
        "Three trilateral rounds have been held so far: the first and second in Abu Dhabi, in January and "
        "early February, and the third in Geneva on Feb. 17-18.",
        published=date(2026, 3, 20),
    )
    rounds = by_number(facts)
    assert {n: (r.venue, r.status) for n, r in rounds.items()} == {
        1: ("Abu Dhabi", "concluded"),
        2: ("Abu Dhabi", "concluded"),
        3: ("Geneva", "concluded"),
    }
    assert not [r for r in facts.rounds if r.number is None]


@pytest.mark.parametrize(
    "text",
    [
        "Washington wants the next round soon; Zelensky said his team was ready to travel to Miami or to "
        "Abu Dhabi for it.",
        "Zelensky said on Monday that the next round could be held in Miami or in Abu Dhabi.",
    ],
)
def test_a_round_offered_two_places_has_neither(story: Extract, text: str) -> None:
    facts = story(text, published=date(2026, 3, 2))
    (found,) = facts.rounds
    assert (found.reference, found.venue) == ("next", None)


@pytest.mark.parametrize(
    "text",
    [
        "Negotiators arrived in Geneva on Monday for a third round of talks, due to run on Tuesday and "
        "Wednesday.",
        "Negotiators arrived in Geneva on Monday for a third round of talks, which is due to run on "
        "Tuesday and Wednesday.",
    ],
)
def test_a_round_a_journey_was_made_for_is_ahead_on_its_own_days(story: Extract, text: str) -> None:
    facts = story(text, published=date(2026, 2, 16))
    assert days(by_number(facts)[3]) == (date(2026, 2, 17), date(2026, 2, 18), "Geneva", "scheduled")


def test_rounds_named_one_by_one_after_them_are_what_the_rounds_named_together_are(story: Extract) -> None:
    facts = story(
        "The index climbed after each of the three rounds of trilateral talks held so far, the first two in "
        "Abu Dhabi and the third, in mid-February, in Geneva.",
        published=date(2026, 5, 5),
    )
    assert {n: (r.venue, r.status) for n, r in by_number(facts).items()} == {
        1: ("Abu Dhabi", "concluded"),
        2: ("Abu Dhabi", "concluded"),
        3: ("Geneva", "concluded"),
    }


def test_talks_with_a_foreign_counterpart_give_the_next_round_no_place(story: Extract) -> None:
    facts = story(
        "Peskov told reporters, confirming that the next round was being planned but giving no date.\n\n"
        "Speaking in Vilnius after talks with his Lithuanian counterpart, the Ukrainian leader said all that "
        "remained was to pick a date.",
        published=date(2026, 1, 26),
    )
    assert [(r.reference, r.venue) for r in facts.rounds] == [("next", None)]


def test_a_round_held_in_the_city_is_held_in_the_city_named_just_before(story: Extract) -> None:
    facts = story(
        "The ministry said in a statement, noting that Geneva had already hosted the talks this year.\n\n"
        "It did so in February, when the third round was held in the city on the 17th and 18th.",
        published=date(2026, 5, 14),
    )
    assert days(by_number(facts)[3]) == (date(2026, 2, 17), date(2026, 2, 18), "Geneva", "concluded")


def test_an_ordinal_after_a_first_day_counts_days_not_rounds(story: Extract) -> None:
    facts = story(
        "The third round ended in Geneva on Wednesday, after a tense first day of more than four hours on "
        "Tuesday and a session of about two hours on the second.",
        published=date(2026, 2, 18),
    )
    assert sorted(by_number(facts)) == [3]


def test_rounds_of_the_peace_talks_are_read_in_an_article_that_names_the_storys_people(
    extract: Extract,
) -> None:
    facts = extract(
        "Foreign Minister Andrii Sybiha said Kyiv was proposing a longer pause.\n\n"
        "The truce comes with the peace talks frozen. The last round, in Geneva in February, ended without a "
        "breakthrough, and a fourth round planned for March was put off when the war with Iran began.",
        published=date(2026, 4, 12),
    )
    assert {(r.number, r.reference, r.venue, r.status) for r in facts.rounds} == {
        (None, "last", "Geneva", "concluded"),
        (4, None, None, "postponed"),
    }


def test_it_was_held_with_a_new_head_is_the_round_named_just_before(story: Extract) -> None:
    facts = story(
        "The third round moved to Europe. It was held in Geneva on February 17 and 18, with Vladimir "
        "Medinsky now heading the Russian delegation.",
        published=date(2026, 5, 8),
    )
    third = by_number(facts)[3]
    assert days(third) == (date(2026, 2, 17), date(2026, 2, 18), "Geneva", "concluded")
    assert dict(third.heads) == {"Russia": "Vladimir Medinsky"}


def test_a_round_held_over_two_days_from_a_day_ends_the_day_after(story: Extract) -> None:
    facts = story(
        "The first round, held in the Emirati capital over two days from January 23, ended without a "
        "breakthrough.",
        published=date(2026, 2, 10),
    )
    assert days(by_number(facts)[1]) == (date(2026, 1, 23), date(2026, 1, 24), "Abu Dhabi", "concluded")


@pytest.mark.parametrize(
    ("text", "published", "first", "last"),
    [
        (
            "Negotiators are arriving in Geneva tonight for a third round of talks tomorrow and Wednesday.",
            date(2026, 2, 16),
            date(2026, 2, 17),
            date(2026, 2, 18),
        ),
        (
            "The third round of trilateral talks, due to open in Geneva today and run through Wednesday, is "
            "the first under Medinsky.",
            date(2026, 2, 17),
            date(2026, 2, 17),
            date(2026, 2, 18),
        ),
    ],
)
def test_a_day_in_words_and_a_weekday_after_it_are_the_rounds_days(
    story: Extract, text: str, published: date, first: date, last: date
) -> None:
    assert days(by_number(story(text, published=published))[3])[:2] == (first, last)


def test_a_chronicles_entry_dates_and_places_what_it_tells(story: Extract) -> None:
    facts = story(
        "Here is our running list.\n\n"
        "Jan. 31, Miami: Kirill Dmitriev sees Steve Witkoff and Scott Bessent.\n\n"
        "Feb. 4-5, Abu Dhabi: second trilateral round. It ends with a swap of 157 prisoners for 157.\n\n"
        "Feb. 17-18, Geneva: third trilateral round, with Vladimir Medinsky now heading Russia's delegation.",
        published=date(2026, 3, 24),
    )
    assert {(r.number, r.parties, r.start, r.venue, r.status) for r in facts.rounds} == {
        (None, ("Russia", "United States"), date(2026, 1, 31), "Miami", "concluded"),
        (2, ("Russia", "Ukraine", "United States"), date(2026, 2, 4), "Abu Dhabi", "concluded"),
        (3, ("Russia", "Ukraine", "United States"), date(2026, 2, 17), "Geneva", "concluded"),
    }


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (
            "Tuesday: Ukrainian and American negotiators will meet in Miami.",
            [(date(2026, 4, 28), "scheduled")],
        ),
        # a week-ahead's present looks ahead as well: the Tuesday gone by would make the meeting one held
        ("Tuesday: Ukrainian and American negotiators meet in Miami.", [(None, None)]),
    ],
)
def test_a_bare_weekday_over_an_entry_dates_it_only_when_it_is_ahead(
    story: Extract, entry: str, expected: list[tuple[date | None, str | None]]
) -> None:
    facts = story(f"The week ahead.\n\n{entry}", published=date(2026, 4, 26))
    assert [(r.start, r.status) for r in facts.rounds] == expected


def test_talks_later_said_to_be_a_round_bring_the_meeting_they_took_up_into_it(story: Extract) -> None:
    facts = story(
        "Ukrainian and Russian officials sat down in the same room on Friday for the first time.\n\n"
        "The talks, in the Emirati capital, are closed to the press and are expected to last two days. They "
        "are formally the first round of a trilateral security working group.",
        published=date(2026, 1, 23),
    )
    assert [(r.number, r.start, r.end, r.venue) for r in facts.rounds] == [
        (1, date(2026, 1, 23), date(2026, 1, 24), "Abu Dhabi")
    ]


def test_a_diarys_weekday_is_in_the_time_of_its_entry(story: Extract) -> None:
    facts = story(
        "The weekend ahead.\n\n"
        "Saturday: Kirill Dmitriev is due in Miami to meet Steve Witkoff and Scott Bessent.\n\n"
        "Sunday: The second round of trilateral talks between Ukraine, Russia and the United States is due "
        "to open in Abu Dhabi, where the first round was held last Friday and Saturday.",
        published=date(2026, 1, 30),
    )
    assert {(r.number, r.start, r.venue) for r in facts.rounds if r.number != 1} == {
        (None, date(2026, 1, 31), "Miami"),
        (2, date(2026, 2, 1), "Abu Dhabi"),
    }


def test_a_round_that_ended_after_a_second_session_began_the_day_before(story: Extract) -> None:
    facts = story(
        "The third round of talks ended in Geneva on Wednesday after a second session of barely two hours.",
        published=date(2026, 2, 18),
    )
    assert days(by_number(facts)[3]) == (date(2026, 2, 17), date(2026, 2, 18), "Geneva", "concluded")


def test_a_city_set_off_as_the_city_that_hosted_rounds_is_their_place(story: Extract) -> None:
    facts = story(
        "Missiles and drones were reported over Abu Dhabi, the city that hosted the first round of the "
        "Ukraine talks in January and the second in early February.",
        published=date(2026, 3, 2),
    )
    assert [(r.number, r.venue) for r in sorted(facts.rounds, key=lambda r: r.number or 0)] == [
        (1, "Abu Dhabi"),
        (2, "Abu Dhabi"),
    ]


def test_a_trackers_entries_date_and_place_the_meetings_they_list(story: Extract) -> None:
    facts = story(
        "MEETINGS HELD\n\n"
        "Saturday 17 January - Miami. Ukraine and the United States. Umerov with Witkoff and Kushner.\n\n"
        "Friday 23 - Saturday 24 January - Abu Dhabi. Round one, the trilateral security working group.\n\n"
        "Saturday 31 January - Miami. Dmitriev with Witkoff, Kushner and Bessent.\n\n"
        "Tuesday 3 February - Russia strikes energy facilities across Ukraine. Zelensky says it broke the "
        "pause.",
        published=date(2026, 5, 4),
    )
    assert sorted((r.number or 0, r.parties, r.start, r.end, r.venue, r.status) for r in facts.rounds) == [
        (0, ("Russia", "United States"), date(2026, 1, 31), None, "Miami", "concluded"),
        (0, ("Ukraine", "United States"), date(2026, 1, 17), None, "Miami", "concluded"),
        (
            1,
            ("Russia", "Ukraine", "United States"),
            date(2026, 1, 23),
            date(2026, 1, 24),
            "Abu Dhabi",
            "concluded",
        ),
    ]


def test_a_place_an_entry_only_guesses_at_is_no_place(story: Extract) -> None:
    facts = story(
        "DATES THAT FELL THROUGH\n\n5-9 March - Abu Dhabi, probably. The fourth round was postponed after "
        "the strikes on Iran.",
        published=date(2026, 5, 4),
    )
    assert [(r.number, r.venue) for r in facts.rounds] == [(4, None)]


def test_a_day_heading_does_not_date_rounds_told_in_another_time(story: Extract) -> None:
    facts = story(
        "Here is the week, day by day.\n\nMONDAY\n\nThe Russian team flies out this afternoon. It includes "
        "Igor Kostyukov, who headed Moscow's side in the first two rounds.",
        published=date(2026, 2, 16),
    )
    assert {r.number: r.start for r in facts.rounds if r.number in (1, 2)} == {1: None, 2: None}


def test_a_diarys_date_heading_dates_the_talks_under_it_and_holds_them_held(story: Extract) -> None:
    facts = story(
        "This is how the week unfolded.\n\nThursday, January 22\n\nTrump and Volodymyr Zelensky meet in "
        "Davos for about an hour.\n\nFriday, January 23\n\nThe first round opens in Abu Dhabi.",
        published=date(2026, 1, 25),
    )
    assert sorted((r.number or 0, r.start, r.status) for r in facts.rounds) == [
        (0, date(2026, 1, 22), "concluded"),
        (1, date(2026, 1, 23), "concluded"),
    ]


def test_ordinals_after_a_round_named_in_the_sentence_before_count_rounds(story: Extract) -> None:
    facts = story(
        "Nobody called them the first round at the time. They became one only when a second followed, in Abu "
        "Dhabi on February 4 and 5, and a third in Geneva on February 17 and 18.",
        published=date(2026, 5, 22),
    )
    rounds = by_number(facts)
    assert days(rounds[2]) == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "concluded")
    assert days(rounds[3]) == (date(2026, 2, 17), date(2026, 2, 18), "Geneva", "concluded")


def test_an_ordinal_in_another_sequence_counts_no_round(story: Extract) -> None:
    facts = story(
        "The first round was held in Abu Dhabi. A fourth attack in a week hit Kharkiv on Monday.",
        published=date(2026, 5, 22),
    )
    assert sorted(by_number(facts)) == [1]


def test_that_round_is_the_round_named_just_before_up_to_its_clauses_end(story: Extract) -> None:
    facts = story(
        "The exchange was the result of the second round of trilateral talks in Abu Dhabi. That round ran on "
        "Wednesday and Thursday, and it was the second time in a fortnight that the delegations had gathered "
        "there: the first round was held there on January 23 and 24.",
        published=date(2026, 2, 6),
    )
    rounds = by_number(facts)
    assert days(rounds[2]) == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "concluded")
    assert days(rounds[1])[:2] == (date(2026, 1, 23), date(2026, 1, 24))


def test_the_first_of_those_rounds_and_what_it_says_after_of_it(story: Extract) -> None:
    facts = story(
        "Abu Dhabi hosted the first two rounds. The first of those rounds opened in the Emirati capital on "
        "January 23. It was billed as a working group, and on the Russian side it was led by Admiral Igor "
        "Kostyukov. It lasted two days.",
        published=date(2026, 3, 1),
    )
    first = by_number(facts)[1]
    assert days(first) == (date(2026, 1, 23), date(2026, 1, 24), "Abu Dhabi", "concluded")
    assert dict(first.heads) == {"Russia": "Igor Kostyukov"}


def test_an_answer_tells_what_became_of_the_round_its_question_asks_about(story: Extract) -> None:
    facts = story(
        "What happened to the fourth round?\n\nIt was due in early March. After the American and Israeli "
        "strikes on Iran on February 28 it was postponed, and it has not been rescheduled.",
        published=date(2026, 6, 30),
    )
    assert [(r.number, r.status) for r in facts.rounds] == [(4, "postponed")]


def test_asking_what_happened_to_a_round_does_not_hold_it_held(story: Extract) -> None:
    facts = story(
        "What happened to the fourth round?\n\nNobody in Kyiv will say.", published=date(2026, 6, 30)
    )
    assert [r.status for r in facts.rounds if r.number == 4] != ["concluded"]


def test_the_days_given_to_the_talks_after_a_round_is_named_are_the_rounds(story: Extract) -> None:
    facts = story(
        "A fourth round of talks between Russia, Ukraine and the United States will be held in Geneva this "
        "week, TASS reported on Monday. Kyrylo Budanov, who heads Ukraine's presidential office, had said "
        "last week that the talks would be on February 26 and 27.",
        published=date(2026, 2, 23),
    )
    assert days(by_number(facts)[4]) == (date(2026, 2, 26), date(2026, 2, 27), "Geneva", "scheduled")


@pytest.mark.parametrize(
    "dates",
    ["26 and 27 February", "Thursday and Friday, February 26 and 27,"],
)
def test_days_named_as_the_dates_after_a_round_are_its_days(story: Extract, dates: str) -> None:
    facts = story(
        "A fourth round of peace talks between Ukraine and Russia is expected in Geneva later this week, "
        f"TASS reported.\n\nKyrylo Budanov had earlier named {dates} as the dates.",
        published=date(2026, 2, 23),
    )
    assert days(by_number(facts)[4]) == (date(2026, 2, 26), date(2026, 2, 27), "Geneva", "scheduled")


def test_a_journey_ahead_of_talks_is_not_on_the_talks_days(story: Extract) -> None:
    facts = story(
        "Ukrainian and Russian negotiators set off for Geneva on Monday ahead of two days of US-brokered "
        "talks "
        "starting on Tuesday.",
        published=date(2026, 2, 16),
    )
    assert [(r.start, r.end) for r in facts.rounds] == [(date(2026, 2, 17), date(2026, 2, 18))]


def test_the_day_at_the_end_of_a_round_of_days_is_its_last(story: Extract) -> None:
    facts = story(
        "Russia and Ukraine have swapped prisoners twice this year. The first came at the end of the two-day "
        "second round of trilateral talks in Abu Dhabi, on Feb. 5, when 157 servicemen from each side were "
        "exchanged.",
        published=date(2026, 4, 20),
    )
    assert days(by_number(facts)[2])[:3] == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi")


def test_a_round_given_one_day_of_a_meeting_of_the_three_is_that_meeting(story: Extract) -> None:
    facts = story(
        "Russian, Ukrainian and American officials sat down together in Abu Dhabi on Friday and Saturday. "
        "“Constructive” was the word Volodymyr Zelensky chose for the first round on Saturday night.",
        published=date(2026, 1, 26),
    )
    assert [(r.number, r.start, r.end, r.venue) for r in facts.rounds] == [
        (1, date(2026, 1, 23), date(2026, 1, 24), "Abu Dhabi")
    ]


def test_talks_told_over_days_that_hold_the_one_day_known_of_a_round_are_the_round(story: Extract) -> None:
    facts = story(
        "According to two people briefed on the second round of peace talks between Russia and Ukraine, the "
        "American team raised a revised plan in a working group on Feb. 5. After the talks in the Emirati "
        "capital on Feb. 4 and 5, Volodymyr Zelensky said there was no agreement on the plant.",
        published=date(2026, 2, 8),
    )
    assert days(by_number(facts)[2])[:3] == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi")


def test_days_after_and_belong_to_the_next_event_when_a_round_only_placed_the_first(story: Extract) -> None:
    facts = story(
        "Talks between Russia and Ukraine have stalled. Prisoners were swapped: 157 were exchanged for 157 "
        "after the second round, and 500 for 500 on March 5 and 6.",
        published=date(2026, 6, 30),
    )
    assert by_number(facts)[2].start is None


def test_a_bare_weekday_ending_a_round_told_months_ago_is_that_weekday_after_its_start(
    story: Extract,
) -> None:
    facts = story(
        "The first round of trilateral talks opened in Abu Dhabi on Friday, January 23. It ended on "
        "Saturday.",
        published=date(2026, 5, 18),
    )
    assert days(by_number(facts)[1])[:2] == (date(2026, 1, 23), date(2026, 1, 24))


def test_the_days_a_round_put_off_was_pencilled_in_for_are_no_longer_its_own(story: Extract) -> None:
    facts = story(
        "The fourth round of three-way talks between Ukraine, Russia and the United States, pencilled in for "
        "March 5 to 9 and expected to be held in Abu Dhabi, has been put on hold after the strikes on Iran.",
        published=date(2026, 3, 6),
    )
    assert days(by_number(facts)[4]) == (None, None, None, "postponed")


def test_an_opening_ordinal_set_off_by_its_postponement_counts_the_next_round(story: Extract) -> None:
    facts = story(
        "Talks between Russia and Ukraine are frozen. There has been no trilateral round since the third, "
        "held "
        "in Geneva in February. The fourth, postponed in March because of the war with Iran, still has no "
        "date.",
        published=date(2026, 5, 12),
    )
    assert days(by_number(facts)[4]) == (None, None, None, "postponed")


def test_a_relative_clause_closed_before_the_round_leaves_the_round_its_own_words(story: Extract) -> None:
    facts = story(
        "Vladimir Medinsky, who led the Russian delegation, summed up the third round of trilateral talks, "
        "which ended in Geneva on Wednesday after two days.",
        published=date(2026, 2, 19),
    )
    assert days(by_number(facts)[3]) == (date(2026, 2, 17), date(2026, 2, 18), "Geneva", "concluded")


def test_a_place_planned_after_a_move_from_another_day_is_the_rounds(story: Extract) -> None:
    facts = story(
        "Negotiators are due to meet in Abu Dhabi on Wednesday and Thursday for a second round of talks, "
        "pushed back from Sunday.",
        published=date(2026, 2, 3),
    )
    assert days(by_number(facts)[2]) == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "postponed")


def test_days_the_talks_would_now_take_place_on_are_a_moved_rounds_new_days(story: Extract) -> None:
    facts = story(
        "Negotiators are due to sit down again in Abu Dhabi for a second round of trilateral talks, already "
        "pushed back from Sunday. Kremlin spokesman Dmitry Peskov confirmed on Monday that the talks would "
        "now take place on Wednesday and Thursday.",
        published=date(2026, 2, 3),
    )
    assert days(by_number(facts)[2]) == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "postponed")


def test_the_venue_said_to_be_unchanged_with_the_speaker_set_in_is_the_rounds(story: Extract) -> None:
    facts = story(
        "Zelensky said on Sunday that the second round, which had been planned for today, had been moved to "
        "Wednesday and Thursday, February 4 and 5. The venue is unchanged, he said: Abu Dhabi.",
        published=date(2026, 2, 1),
    )
    assert days(by_number(facts)[2]) == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "postponed")


def test_the_place_a_side_says_the_delegations_will_meet_in_is_the_rounds(story: Extract) -> None:
    facts = story(
        "The next round of the trilateral talks now has a place and a date. The Kremlin said today that the "
        "delegations will meet in Geneva on Tuesday and Wednesday. Dmitry Peskov confirmed the dates at his "
        "daily briefing: the seventeenth and eighteenth of February, in Geneva. It will be the third round, "
        "and the first to be held outside the Gulf.",
        published=date(2026, 2, 13),
    )
    assert days(by_number(facts)[3]) == (date(2026, 2, 17), date(2026, 2, 18), "Geneva", "scheduled")


@pytest.mark.parametrize(
    "text",
    [
        "A week after the third round of talks, the calendar is crowded with dates that nobody will confirm.",
        "The delegations are expected to be led by the same officials as in the third round.",
    ],
)
def test_a_round_time_is_counted_from_or_one_compared_with_was_held(story: Extract, text: str) -> None:
    facts = story(text, published=date(2026, 2, 24))
    assert by_number(facts)[3].status == "concluded"


def test_a_round_moved_only_in_time_keeps_the_place_it_was_due_in(story: Extract) -> None:
    facts = story(
        "The second round of talks between Ukraine, Russia and the United States, which was due to open in "
        "Abu Dhabi today, has been moved to Wednesday and Thursday, President Volodymyr Zelensky said.",
        published=date(2026, 2, 1),
    )
    assert days(by_number(facts)[2]) == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "postponed")


def test_a_relative_clause_with_no_comma_after_a_noun_is_the_rounds_clause(story: Extract) -> None:
    facts = story(
        "Medinsky, who headed the Russian side at the direct talks with Ukraine in Istanbul last year, takes "
        "over from Adm. Igor Kostyukov, the military intelligence chief who led the Russian delegation at "
        "the first two rounds in Abu Dhabi.",
        published=date(2026, 2, 13),
    )
    numbered = by_number(facts)
    assert (numbered[1].venue, numbered[2].venue) == ("Abu Dhabi", "Abu Dhabi")
    assert [r.venue for r in facts.rounds if r.number is None] == ["Istanbul"]


def test_a_round_led_up_to_after_a_clause_on_a_round_held_is_still_to_come(story: Extract) -> None:
    facts = story(
        "The first trilateral round ended in Abu Dhabi on Saturday, January 24, and the week that followed "
        "was meant to be a short run-up to the second. On Sunday Zelensky said the second round had been "
        "moved to Wednesday and Thursday, February 4 and 5.",
        published=date(2026, 2, 1),
    )
    assert days(by_number(facts)[2]) == (date(2026, 2, 4), date(2026, 2, 5), None, "postponed")


def test_a_weekday_opening_a_diary_paragraph_dates_the_meeting_under_it(story: Extract) -> None:
    facts = story(
        "Here is how the seven days unfolded.\n\nFriday. The pause took effect overnight.\n\nSaturday. "
        "Kirill Dmitriev flew to Miami for a meeting with Witkoff and Jared Kushner.",
        published=date(2026, 2, 1),
    )
    assert [(r.start, r.venue, r.status) for r in facts.rounds] == [(date(2026, 1, 31), "Miami", "concluded")]


def test_a_round_planned_for_days_gone_by_and_told_as_held_was_held_and_the_next_is_another(
    story: Extract,
) -> None:
    facts = story(
        "Here is how the week unfolded.\n\nMonday. Dmitry Peskov said the second round of trilateral talks "
        "would take place in Abu Dhabi on Wednesday and Thursday.\n\nThursday. The round ended with "
        "something to show for it. The Americans have proposed holding the next round in Miami.",
        published=date(2026, 2, 8),
    )
    assert days(by_number(facts)[2]) == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "concluded")
    assert [(r.reference, r.venue) for r in facts.rounds if r.number is None] == [("next", "Miami")]


def test_meeting_again_for_the_final_day_is_a_day_of_the_round_and_here_is_where_it_is_filed_from(
    story: Extract,
) -> None:
    facts = story(
        "09:00 - Good morning from Abu Dhabi, where the second round of talks opens today. The first "
        "trilateral round, held here on January 23 and 24, ended with an agenda.\n\n"
        "18:40 - The delegations will meet again on Thursday for what is meant to be the final day.",
        published=date(2026, 2, 4),
    )
    assert [r.reference for r in facts.rounds] == [None, None]
    assert days(by_number(facts)[1]) == (date(2026, 1, 23), date(2026, 1, 24), "Abu Dhabi", "concluded")


def test_a_round_that_has_begun_began_on_the_day_of_the_report(story: Extract) -> None:
    facts = story(
        "The third round of trilateral talks, the first with Medinsky in charge on the Russian side, has "
        "begun. It is scheduled to last two days.",
        published=date(2026, 2, 17),
    )
    assert days(by_number(facts)[3])[:2] == (date(2026, 2, 17), date(2026, 2, 18))
    assert by_number(facts)[3].status == "ongoing"


def test_the_day_a_list_item_opens_with_before_its_speaker_dates_the_saying(story: Extract) -> None:
    facts = story(
        "The third round of talks in Geneva last month agreed a swap.\n\n* In Moscow on Monday, Dmitry "
        "Peskov said continuing the negotiations was in Russia's interest.",
        published=date(2026, 3, 4),
    )
    assert days(by_number(facts)[3]) == (None, None, "Geneva", "concluded")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The week was supposed to bring the first three-way meeting since Geneva.", None),
        ("Next week should bring the first trilateral meeting since the third round.", None),
        ("It was the first trilateral meeting since the war began.", 1),
    ],
)
def test_a_first_three_way_meeting_since_other_talks_is_no_first_round(
    story: Extract, text: str, number: int | None
) -> None:
    facts = story(text, published=date(2026, 3, 15))
    assert [r.number for r in facts.rounds if r.format == "trilateral"][:1] == [number]


def test_a_with_phrase_set_off_after_an_opening_day_is_an_aside_in_the_rounds_clause(story: Extract) -> None:
    facts = story(
        "On February 17 and 18, with Vladimir Medinsky now at the head of the Russian delegation, the third "
        "trilateral round ran on political and military tracks at the same time.",
        published=date(2026, 6, 29),
    )
    assert days(by_number(facts)[3]) == (date(2026, 2, 17), date(2026, 2, 18), None, "concluded")


def test_the_date_an_official_later_gave_for_the_next_round_is_its_day(story: Extract) -> None:
    facts = story(
        'A US official said on Saturday that the next round would be held "on Sunday", without saying which '
        "one; a second official later gave the date as Sunday, Feb. 1.",
        published=date(2026, 1, 25),
    )
    (following,) = [r for r in facts.rounds if r.reference == "next"]
    assert (following.start, following.status) == (date(2026, 2, 1), "scheduled")


def test_a_headlines_clause_after_a_semicolon_is_not_the_rounds(extract: Extract) -> None:
    facts = extract(
        "Kremlin says it expects a fourth round in June; Umerov due in Washington next week\n\n"
        "Ukraine and Russia have been at war since 2022; the United States mediates the talks.",
        published=date(2026, 5, 28),
    )
    assert days(by_number(facts)[4]) == (None, None, None, "announced")


@pytest.mark.parametrize("gap", [" ", "\n\n"])
def test_that_round_which_ended_the_following_day_ended_the_day_after_its_first(
    story: Extract, gap: str
) -> None:
    facts = story(
        "The security delegations sat down in the Emirati capital on January 23 for the first round of "
        f"trilateral talks.{gap}That round ended the following day.",
        published=date(2026, 1, 31),
    )
    assert days(by_number(facts)[1]) == (date(2026, 1, 23), date(2026, 1, 24), "Abu Dhabi", "concluded")


def test_the_same_day_of_an_outcome_leaves_the_last_day_of_the_round_that_ended(story: Extract) -> None:
    facts = story(
        "The second round in Abu Dhabi ended on Thursday with an exchange of 314 prisoners of war, 157 from "
        "each side, carried out the same day.",
        published=date(2026, 2, 7),
    )
    assert days(by_number(facts)[2]) == (None, date(2026, 2, 5), "Abu Dhabi", "concluded")


def test_a_round_something_was_said_after_was_held(story: Extract) -> None:
    facts = story(
        "Volodymyr Zelensky said as much after the second round in Abu Dhabi: the negotiators could finish "
        "the documents, but the land question would be decided at the top.",
        published=date(2026, 5, 26),
    )
    assert days(by_number(facts)[2]) == (None, None, "Abu Dhabi", "concluded")


def test_that_round_mid_sentence_is_the_round_named_before_and_the_same_city_no_sides_capital(
    story: Extract,
) -> None:
    facts = story(
        "Umerov met Witkoff in Geneva on Thursday. It was the only contact between Kyiv and Washington's "
        "negotiators since the third round of trilateral talks, held in the same city the week before. Both "
        "sides had hoped the meeting would prepare a fourth trilateral round. Kyrylo Budanov had said that "
        "round could take place on February 26 and 27. It did not take place that week. Peskov would not be "
        "drawn on when the delegations might meet again.",
        published=date(2026, 3, 3),
    )
    assert days(by_number(facts)[3]) == (None, None, "Geneva", "concluded")
    assert days(by_number(facts)[4]) == (None, None, None, "postponed")
    assert [r.reference for r in facts.rounds if r.reference is not None] == []


def test_negotiators_meeting_for_a_second_straight_day_began_the_day_before(story: Extract) -> None:
    facts = story(
        "Negotiators are meeting for a second straight day in Abu Dhabi as the second round draws to a "
        "close.",
        published=date(2026, 2, 5),
    )
    assert days(by_number(facts)[2]) == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "ongoing")


def test_a_round_that_will_not_begin_today_as_planned_is_put_off_to_its_new_day(story: Extract) -> None:
    facts = story(
        "The second round will not begin today as planned; it will instead start on Wednesday, officials "
        "said.",
        published=date(2026, 2, 1),
    )
    assert days(by_number(facts)[2]) == (date(2026, 2, 4), None, None, "postponed")


def test_a_sitting_put_first_after_a_round_is_named_is_that_rounds_days_and_place(story: Extract) -> None:
    facts = story(
        "The third trilateral round went further. Meeting in Geneva on February 17 and 18, Russia and "
        "Ukraine agreed to exchange 500 prisoners each.",
        published=date(2026, 3, 10),
    )
    assert days(by_number(facts)[3]) == (date(2026, 2, 17), date(2026, 2, 18), "Geneva", "concluded")
    assert [r for r in facts.rounds if r.number is None] == []


def test_a_sitting_put_first_with_no_round_named_before_is_a_meeting_of_its_subject(story: Extract) -> None:
    facts = story(
        "Meeting in Geneva on February 17 and 18, Russian and Ukrainian negotiators agreed to exchange 500 "
        "prisoners each.",
        published=date(2026, 3, 10),
    )
    (meeting,) = facts.rounds
    assert (meeting.number, meeting.format, days(meeting)) == (
        None,
        "bilateral",
        (date(2026, 2, 17), date(2026, 2, 18), "Geneva", "concluded"),
    )


def test_one_of_rounds_named_together_is_that_round_in_their_place(story: Extract) -> None:
    facts = story(
        "Talks have since moved to Geneva. Grynkewich sat in on both Abu Dhabi rounds, the first of which "
        "opened on January 23. At the second of those, on February 4 and 5, Washington and Moscow agreed to "
        "restore military contacts.",
        published=date(2026, 2, 13),
    )
    rounds = by_number(facts)
    assert days(rounds[1]) == (date(2026, 1, 23), None, "Abu Dhabi", "concluded")
    assert days(rounds[2]) == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "concluded")


def test_the_first_of_which_after_no_rounds_names_no_round(story: Extract) -> None:
    facts = story(
        "Kyiv has set out three demands, the first of which was put to the Americans on January 23.",
        published=date(2026, 2, 13),
    )
    assert by_number(facts) == {}


def test_talks_that_were_completed_on_a_day_ended_that_day(story: Extract) -> None:
    facts = story(
        "The talks of the trilateral working group, which began in Abu Dhabi on Friday, were completed on "
        "Saturday, a source in the Russian delegation said.",
        published=date(2026, 1, 24),
    )
    (talks,) = facts.rounds
    assert days(talks) == (date(2026, 1, 23), date(2026, 1, 24), "Abu Dhabi", "concluded")


def test_a_swap_completed_after_the_round_leaves_the_round_its_own_last_day(story: Extract) -> None:
    facts = story(
        "The second round ended on Thursday with a swap that was completed on Friday.",
        published=date(2026, 2, 6),
    )
    assert days(by_number(facts)[2]) == (None, date(2026, 2, 5), None, "concluded")


def test_the_meeting_of_the_delegations_is_the_talks_not_a_meeting_of_the_sides_named(story: Extract) -> None:
    facts = story(
        "The next round of trilateral talks, which had been expected on Sunday, has been moved to "
        "Wednesday and Thursday, Zelensky said. “The meeting of the delegations will be held on February 4 "
        "and 5 in Abu Dhabi. Ukraine is ready,” he wrote.",
        published=date(2026, 2, 1),
    )
    (moved,) = facts.rounds
    assert (moved.reference, days(moved)) == (
        "next",
        (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "postponed"),
    )


def test_the_first_day_of_the_round_just_named_is_its_first_day(story: Extract) -> None:
    facts = story(
        "The third round of negotiations ended in Geneva on Wednesday. The first day of contacts, on "
        "Tuesday, lasted more than four hours and the second about two.",
        published=date(2026, 2, 18),
    )
    assert days(by_number(facts)[3]) == (date(2026, 2, 17), date(2026, 2, 18), "Geneva", "concluded")


def test_the_third_and_most_recent_round_is_the_third(story: Extract) -> None:
    facts = story(
        "The third and most recent round took place in Geneva in February.", published=date(2026, 6, 2)
    )
    assert days(by_number(facts)[3]) == (None, None, "Geneva", "concluded")


def test_a_round_held_on_those_days_is_held_on_the_days_told_just_before(story: Extract) -> None:
    facts = story(
        "Zelensky said on Sunday that it would now take place on Wednesday and Thursday. Peskov confirmed on "
        "Monday that the second round would be held in Abu Dhabi on those days.",
        published=date(2026, 2, 2),
    )
    assert days(by_number(facts)[2])[:3] == (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi")
