"""Meetings of two parties that are no numbered round: who met, where and when, as a reader would tell."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from monitor.extract import extract_article
from monitor.facts import Article, ArticleFacts, RoundFact
from monitor.pack import StoryPack

Extract = Callable[..., ArticleFacts]


def meetings(facts: ArticleFacts) -> list[RoundFact]:
    return [r for r in facts.rounds if r.number is None and r.reference is None]


def meeting_of(facts: ArticleFacts, *parties: str) -> RoundFact:
    found = [r for r in meetings(facts) if r.parties == tuple(sorted(parties))]
    assert len(found) == 1, facts.rounds
    return found[0]


def test_an_apposition_before_the_verb_keeps_the_subject_a_side(story: Extract) -> None:
    facts = story(
        "Kirill Dmitriev, the Kremlin's envoy for economic cooperation, met Steve Witkoff in Miami on "
        "Saturday, the latest of several contacts that run beside the trilateral negotiations.",
        published=date(2026, 2, 1),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.format, found.start, found.venue, found.status) == (
        "bilateral",
        date(2026, 1, 31),
        "Miami",
        "concluded",
    )


def test_a_meeting_in_a_where_clause_is_held_at_the_place_before_it(story: Extract) -> None:
    facts = story(
        "The envoys flew on to Moscow from Davos, where Trump had met Zelensky on Thursday.",
        published=date(2026, 1, 23),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.venue, found.start, found.status) == ("Davos", date(2026, 1, 22), "concluded")


def test_the_two_leaders_are_the_people_of_the_sentence_before(story: Extract) -> None:
    facts = story(
        "Trump would not say when he had last spoken to Putin. The two leaders met in Alaska in August.",
        published=date(2026, 1, 29),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.venue, found.start, found.status) == ("Anchorage", None, "concluded")


def test_a_month_tells_an_old_meeting_from_a_new_one_of_the_same_sides(story: Extract) -> None:
    facts = story(
        "Putin received Witkoff and Kushner in the Kremlin on Thursday. "
        "The envoys reminded him of the summit Putin and Trump held in Alaska in August.",
        published=date(2026, 1, 23),
    )
    venues = sorted(r.venue or "" for r in meetings(facts))
    assert venues == ["Anchorage", "Moscow"]


def test_people_travelling_to_a_place_give_their_meeting_its_place(story: Extract) -> None:
    facts = story(
        "Putin received Witkoff and Kushner late on Thursday for talks that lasted four hours. "
        "Witkoff and Kushner had flown to Moscow straight from the forum in Davos.",
        published=date(2026, 1, 23),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.venue) == (date(2026, 1, 22), "Moscow")


def test_flying_back_home_names_no_venue(story: Extract) -> None:
    facts = story(
        "The first round of talks ended in Abu Dhabi on Saturday. "
        "Russia's delegation, led by Igor Kostyukov, flew back to Moscow on Saturday night.",
        published=date(2026, 1, 25),
    )
    (found,) = facts.rounds
    assert (found.number, found.venue, dict(found.heads)) == (1, "Abu Dhabi", {"Russia": "Igor Kostyukov"})


def test_a_side_named_as_absent_is_no_side(story: Extract) -> None:
    facts = story(
        "Medinsky met the Ukrainian delegation alone for two hours on Wednesday morning, without the "
        "Americans in the room.",
        published=date(2026, 2, 18),
    )
    assert meeting_of(facts, "Russia", "Ukraine").format == "bilateral"


def test_a_side_meeting_on_a_day_of_a_round_is_held_where_the_round_is(story: Extract) -> None:
    facts = story(
        "The third round of talks ended in Geneva on Wednesday after two days. "
        "Medinsky also met Umerov on Wednesday morning.",
        published=date(2026, 2, 18),
    )
    found = meeting_of(facts, "Russia", "Ukraine")
    assert (found.start, found.venue) == (date(2026, 2, 18), "Geneva")


def test_a_sentence_naming_an_absent_party_does_not_join_it_to_the_meeting(story: Extract) -> None:
    facts = story(
        "Umerov met Witkoff and Kushner in Geneva on Thursday. Russia was not represented at the meeting.",
        published=date(2026, 2, 26),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.format, found.venue, found.start) == ("bilateral", "Geneva", date(2026, 2, 26))


def test_a_group_that_meets_there_at_the_same_time_shares_place_and_day(story: Extract) -> None:
    facts = story(
        "Ushakov said a trilateral working group would meet in the Emirati capital on Friday, and that a "
        "separate U.S.-Russian group, led by Witkoff and Dmitriev, would meet there at the same time.",
        published=date(2026, 1, 23),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.venue, found.status) == (date(2026, 1, 23), "Abu Dhabi", "scheduled")
    assert dict(found.heads) == {"Russia": "Kirill Dmitriev", "United States": "Steve Witkoff"}


def test_talks_reported_by_a_side_include_the_speakers_side(story: Extract) -> None:
    facts = story(
        "Witkoff said on Sunday that two days of talks with a Ukrainian delegation in Florida on Saturday "
        "and Sunday had been constructive.",
        published=date(2026, 3, 22),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.end, found.venue) == (date(2026, 3, 21), date(2026, 3, 22), "Miami")


def test_a_meeting_for_which_a_team_is_on_its_way_lies_ahead(story: Extract) -> None:
    facts = story(
        "Zelensky said on Thursday that a Ukrainian team was on its way to the United States for a meeting "
        "with American officials on Saturday.",
        published=date(2026, 3, 19),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.venue, found.status) == (date(2026, 3, 21), None, "scheduled")


@pytest.mark.parametrize(
    "text",
    [
        "Asked about a possible meeting between Putin and Zelensky, Peskov said it was too early.",
        "The presidential office denied reports that Umerov would meet Medinsky in Istanbul on Friday.",
        "Trump said he hoped to meet Putin and Zelensky together in the spring.",
    ],
)
def test_a_meeting_only_possible_hoped_for_or_denied_is_none(story: Extract, text: str) -> None:
    assert meetings(story(text)) == []


def test_a_party_named_as_the_topic_is_no_side(story: Extract) -> None:
    facts = story(
        "Umerov met Witkoff in Geneva on Thursday to discuss Russia's demands on territory.",
        published=date(2026, 2, 26),
    )
    assert meeting_of(facts, "Ukraine", "United States").format == "bilateral"


def test_meetings_held_by_two_sides(story: Extract) -> None:
    facts = story(
        "Witkoff said on Sunday that U.S. and Ukrainian negotiators had held constructive meetings in "
        "Florida on Saturday and Sunday.",
        published=date(2026, 3, 22),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.end, found.venue, found.status) == (
        date(2026, 3, 21),
        date(2026, 3, 22),
        "Miami",
        "concluded",
    )


def test_sides_joined_by_a_hyphen_name_a_meeting_of_the_two(story: Extract) -> None:
    facts = story(
        "Witkoff called the U.S.-Ukrainian talks in Florida last month constructive.",
        published=date(2026, 4, 12),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.format, found.venue, found.status) == ("bilateral", "Miami", "concluded")


def test_the_talks_of_an_article_that_tells_of_one_meeting_are_that_meeting(story: Extract) -> None:
    facts = story(
        "A Ukrainian delegation began U.S.-Ukrainian talks in Miami on Saturday. "
        "The talks are due to run through Sunday, a U.S. official said.",
        published=date(2026, 1, 17),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.end, found.status) == (date(2026, 1, 17), date(2026, 1, 18), "ongoing")


def test_held_days_of_talks_is_a_meeting_of_the_sides_of_its_clause(story: Extract) -> None:
    facts = story(
        "U.S. and Ukrainian negotiators held two days of talks in Florida on Saturday and Sunday, the first "
        "contact between the two sides since the war with Iran froze the trilateral track with Russia.",
        published=date(2026, 3, 23),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.end, found.venue, found.status) == (
        date(2026, 3, 21),
        date(2026, 3, 22),
        "Miami",
        "concluded",
    )


def test_a_side_said_to_be_absent_after_a_colon_gives_no_side_and_no_status(story: Extract) -> None:
    facts = story(
        "The Ukraine-U.S. meeting in Miami on Saturday was bilateral by design: no Russian officials were "
        "invited.",
        published=date(2026, 3, 23),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.status) == (date(2026, 3, 21), "concluded")


def test_the_two_delegations_are_the_sides_of_the_last_meeting_of_two(story: Extract) -> None:
    facts = story(
        "The Ukraine-U.S. meeting in Miami on Saturday was constructive. "
        "It was the first meeting between the two delegations since Feb. 26 in Geneva, when Witkoff and "
        "Kushner saw Umerov on the sidelines of talks on Iran.",
        published=date(2026, 3, 23),
    )
    geneva = [r for r in meetings(facts) if r.venue == "Geneva"]
    assert [(r.parties, r.start, r.status) for r in geneva] == [
        (("Ukraine", "United States"), date(2026, 2, 26), "concluded")
    ]


def test_envoys_from_a_city_are_its_side_even_where_they_meet_in_it(story: Extract) -> None:
    facts = story(
        "Envoys from Washington and Moscow met in the Kremlin late on Thursday.", published=date(2026, 1, 23)
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.venue, found.start, found.status) == ("Moscow", date(2026, 1, 22), "concluded")


@pytest.mark.parametrize(
    "text",
    [
        "Trump and Zelensky spoke for about an hour in Davos on Thursday.",
        "Zelensky sat down with Trump in Davos on Thursday.",
        "Zelensky and Trump sat down in Davos on Thursday.",
        "Zelensky and Trump had an hour-long meeting in Davos on Thursday.",
    ],
)
def test_two_sides_who_spoke_sat_down_or_had_a_meeting_in_a_place_met_there(
    story: Extract, text: str
) -> None:
    found = meeting_of(story(text, published=date(2026, 1, 22)), "Ukraine", "United States")
    assert (found.venue, found.start, found.status) == ("Davos", date(2026, 1, 22), "concluded")


def test_a_meeting_in_the_speakers_apposition_ends_at_the_speech_verb(story: Extract) -> None:
    facts = story(
        "Zelensky, fresh from talks with Trump in Davos, said trilateral talks would take place on "
        "Friday and Saturday.",
        published=date(2026, 1, 22),
    )
    davos = meeting_of(facts, "Ukraine", "United States")
    (trilateral,) = [r for r in facts.rounds if r.format == "trilateral"]
    assert (davos.venue, davos.start, davos.status) == ("Davos", None, "concluded")
    assert (trilateral.start, trilateral.end, trilateral.status) == (
        date(2026, 1, 23),
        date(2026, 1, 24),
        "scheduled",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Dmitriev travelled to Miami, where he met Witkoff on Saturday.",
        "Dmitriev arrived in Miami on Friday. He met Witkoff and Kushner on Saturday.",
        "In Miami on Saturday, Dmitriev met Witkoff, Kushner and Bessent.",
    ],
)
def test_he_is_the_last_person_named_and_a_fronted_place_sets_the_scene(story: Extract, text: str) -> None:
    found = meeting_of(story(text, published=date(2026, 1, 31)), "Russia", "United States")
    assert (found.venue, found.start, found.status) == ("Miami", date(2026, 1, 31), "concluded")


def test_the_day_and_place_before_where_are_those_of_the_meeting_after_it(story: Extract) -> None:
    facts = story(
        "The round was arranged late on Thursday in the Kremlin, where Putin received Witkoff for hours.",
        published=date(2026, 1, 24),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.venue, found.start, found.status) == ("Moscow", date(2026, 1, 22), "concluded")


def test_talks_that_went_on_a_day_after_they_began_began_the_day_before(story: Extract) -> None:
    facts = story(
        "Talks between the US and Ukrainian teams went on in Florida on Sunday, a day after they began.",
        published=date(2026, 3, 22),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.end, found.status) == (date(2026, 3, 21), date(2026, 3, 22), "ongoing")


def test_talks_naming_no_sides_right_after_a_meeting_on_its_days_are_that_meeting(
    story: Extract,
) -> None:
    facts = story(
        "Talks between the US and Ukrainian teams went on in Florida on Sunday, a day after they began. The "
        "two-day meeting is due to end later today. The fourth round, first due in early March, stays "
        "postponed with no new date.",
        published=date(2026, 3, 22),
    )
    (fourth,) = [r for r in facts.rounds if r.number == 4]
    assert (fourth.start, fourth.end, fourth.status) == (None, None, "postponed")


def test_a_relative_clause_after_the_subject_tells_a_meeting_apart_from_the_main_clauses(
    story: Extract,
) -> None:
    facts = story(
        "Witkoff, who spent five hours with Putin in the Kremlin last week, is due to sit down with Dmitriev "
        "in Miami on Saturday.",
        published=date(2026, 1, 29),
    )
    found = sorted((r.venue, r.start, r.status) for r in facts.rounds)
    assert found == [("Miami", date(2026, 1, 31), "scheduled"), ("Moscow", None, "concluded")]
    assert all(r.parties == ("Russia", "United States") for r in facts.rounds)


def test_a_relative_clause_tells_the_meeting_and_the_main_clause_the_journey_home(story: Extract) -> None:
    facts = story(
        "Dmitriev, who was in Miami at the weekend for talks with Witkoff, flew back to Moscow on Monday.",
        published=date(2026, 2, 3),
    )
    (found,) = facts.rounds
    assert (found.venue, found.start, found.status) == ("Miami", None, "concluded")


@pytest.mark.parametrize("word", ["'useful'", "‘useful’", "“useful”"])
def test_a_meeting_held_may_be_described_by_a_word_in_quotes(story: Extract, word: str) -> None:
    facts = story(
        f"Dmitriev and Witkoff had a {word} meeting in Miami on Saturday.", published=date(2026, 1, 19)
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.venue, found.start) == ("Miami", date(2026, 1, 17))


@pytest.mark.parametrize(
    "text",
    [
        "Trump and Zelensky met on the sidelines of the World Economic Forum on Thursday.",
        "Trump and Zelensky met in the Alpine resort on Thursday.",
    ],
)
def test_a_meeting_at_the_forum_or_in_the_resort_is_in_davos(story: Extract, text: str) -> None:
    found = meeting_of(story(text, published=date(2026, 1, 23)), "Ukraine", "United States")
    assert (found.venue, found.start) == ("Davos", date(2026, 1, 22))


def test_a_meeting_to_sit_down_ahead_is_scheduled(story: Extract) -> None:
    facts = story(
        "Umerov is expected to sit down with Witkoff and Kushner in Geneva on Thursday.",
        published=date(2026, 2, 25),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.venue, found.start, found.status) == ("Geneva", date(2026, 2, 26), "scheduled")


def test_talks_a_speaker_describes_are_no_part_of_the_attribution(story: Extract) -> None:
    facts = story(
        "Steve Witkoff described as constructive the consultations of American and Ukrainian "
        "representatives that took place in Florida on Saturday and Sunday.",
        date(2026, 3, 23),
    )
    assert [(r.format, r.parties, r.start, r.end, r.venue, r.status) for r in facts.rounds] == [
        (
            "bilateral",
            ("Ukraine", "United States"),
            date(2026, 3, 21),
            date(2026, 3, 22),
            "Miami",
            "concluded",
        )
    ]


def test_a_day_a_meeting_could_continue_to_is_no_day_of_it(story: Extract) -> None:
    facts = story(
        "A Ukrainian delegation began talks with U.S. envoys in Miami on Saturday. "
        "A U.S. official said the session would run into the evening and could continue on Sunday if needed.",
        date(2026, 1, 17),
    )
    assert [(r.start, r.end, r.venue) for r in facts.rounds] == [(date(2026, 1, 17), None, "Miami")]


def test_a_session_held_by_one_side_with_another_is_their_meeting(story: Extract) -> None:
    facts = story(
        "The third round of talks ended in Geneva on Wednesday after two days. "
        "Medinsky also held a one-on-one session with the Ukrainian team on Wednesday morning.",
        date(2026, 2, 18),
    )
    meetings = [r for r in facts.rounds if r.number is None]
    assert [(r.format, r.parties, r.start, r.venue, r.status) for r in meetings] == [
        ("bilateral", ("Russia", "Ukraine"), date(2026, 2, 18), "Geneva", "concluded")
    ]


def test_talks_that_only_time_a_statement_are_still_part_of_its_attribution(story: Extract) -> None:
    facts = story("Peskov told reporters after the talks in Geneva on Tuesday that progress was slow.")
    assert facts.rounds == ()


@pytest.mark.parametrize(
    "text",
    [
        "The US-brokered talks between Kyiv and Moscow will resume in Geneva on Feb. 17.",
        "The U.S.-mediated talks between Russia and Ukraine will resume in Geneva on Feb. 17.",
    ],
)
def test_talks_brokered_by_a_third_side_are_trilateral_and_resume_on_their_first_day(
    story: Extract, text: str
) -> None:
    (found,) = story(text, date(2026, 2, 4)).rounds
    assert (found.format, found.parties, found.start, found.end, found.venue, found.status) == (
        "trilateral",
        ("Russia", "Ukraine", "United States"),
        date(2026, 2, 17),
        None,
        "Geneva",
        "scheduled",
    )


def test_talks_due_to_continue_the_next_day_run_to_it(story: Extract) -> None:
    found = by_number_3(
        story("The third round opened in Geneva today. The talks are due to continue on Thursday.")
    )
    assert (found.start, found.end, found.status) == (date(2026, 2, 4), date(2026, 2, 5), "ongoing")


def by_number_3(facts: ArticleFacts) -> RoundFact:
    (found,) = [r for r in facts.rounds if r.number == 3]
    return found


def test_a_meeting_on_the_sidelines_of_a_forum_named_by_its_city_is_there(story: Extract) -> None:
    facts = story(
        "Zelensky will meet Trump on the sidelines of the Davos forum on Thursday.", date(2026, 1, 20)
    )
    assert [(r.format, r.start, r.venue, r.status) for r in facts.rounds] == [
        ("bilateral", date(2026, 1, 22), "Davos", "scheduled")
    ]


def test_a_place_described_by_its_country_is_the_last_place_named_there(story: Extract) -> None:
    facts = story(
        "Zelensky arrived in Davos on Wednesday. On Thursday he met Trump in the Swiss city.",
        date(2026, 1, 22),
    )
    assert [(r.format, r.start, r.venue) for r in facts.rounds] == [("bilateral", date(2026, 1, 22), "Davos")]


@pytest.mark.parametrize("body", ["a Cabinet meeting", "a board meeting", "a Security Council session"])
def test_a_bodys_own_sitting_is_no_meeting_of_the_sides(story: Extract, body: str) -> None:
    facts = story(
        f"Speaking at {body} in Washington on Thursday, Trump said he had asked Putin to stop the strikes "
        "and that Zelensky had thanked him.",
        published=date(2026, 1, 30),
    )
    assert meetings(facts) == []


def test_people_named_by_their_nation_are_its_side(story: Extract) -> None:
    facts = story(
        "Oil prices rose on Thursday. The two Americans also used their stay in Geneva to meet Rustem Umerov "
        "on Thursday.",
        published=date(2026, 2, 26),
    )
    assert meeting_of(facts, "Ukraine", "United States").venue == "Geneva"


def test_a_meeting_told_in_the_present_of_a_timeline_has_its_place(story: Extract) -> None:
    facts = story(
        "JAN. 22 - Vladimir Putin receives Witkoff and Kushner in the Kremlin for roughly four hours.",
        published=date(2026, 2, 19),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.venue) == (date(2026, 1, 22), "Moscow")


def test_sides_that_spend_days_together_somewhere_meet_there(story: Extract) -> None:
    facts = story(
        "American and Ukrainian negotiators spent Saturday and Sunday together in Florida, going through "
        "what is left before a deal.",
        published=date(2026, 3, 23),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.end, found.venue) == (date(2026, 3, 21), date(2026, 3, 22), "Miami")


def test_sides_that_began_talks_somewhere_meet_there(story: Extract) -> None:
    facts = story(
        "A Ukrainian delegation that arrived yesterday began talks in Miami on Saturday with President "
        "Donald Trump's envoys, Budanov said.",
        published=date(2026, 1, 18),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.venue, found.status) == (date(2026, 1, 17), "Miami", "ongoing")


def test_a_group_of_two_sides_meeting_today_is_a_meeting_under_way(story: Extract) -> None:
    facts = story(
        "A separate U.S.-Russian group on economic questions, led by Witkoff and Dmitriev, is also meeting "
        "in the Emirati capital on Friday, Ushakov said.",
        published=date(2026, 1, 23),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.venue, found.status) == (date(2026, 1, 23), "Abu Dhabi", "ongoing")


def test_their_talks_in_a_year_gone_by_are_a_meeting_of_the_two_sides_held(story: Extract) -> None:
    facts = story(
        "Ukraine and Russia last exchanged prisoners in October, a deal that grew out of their direct talks "
        "in Istanbul earlier in 2025.",
        published=date(2026, 1, 23),
    )
    found = meeting_of(facts, "Russia", "Ukraine")
    assert (found.venue, found.status) == ("Istanbul", "concluded")


def test_the_sides_joined_in_a_meetings_name_are_its_sides(story: Extract) -> None:
    facts = story(
        "He recalled that the understandings reached at the Russian-American summit in Anchorage in August "
        "provide for the withdrawal of Ukrainian formations from Donbass.",
        published=date(2026, 1, 26),
    )
    assert meeting_of(facts, "Russia", "United States").venue == "Anchorage"


def test_a_meeting_hours_before_a_statement_was_where_and_when_the_speaker_spoke(story: Extract) -> None:
    facts = story(
        "“The question of Donbas is the key one,” Zelensky said in Davos on Thursday, hours after meeting "
        "Trump on the sidelines of the World Economic Forum.",
        published=date(2026, 1, 23),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.venue, found.status) == (date(2026, 1, 22), "Davos", "concluded")


@pytest.mark.parametrize(
    ("sentence", "parties", "start", "status"),
    [
        (
            "Negotiators from Ukraine, Russia and the United States will gather in Geneva next week.",
            ("Russia", "Ukraine", "United States"),
            None,
            "announced",
        ),
        (
            "Delegations from Ukraine, Russia and the United States are set to reconvene in Geneva "
            "on Tuesday.",
            ("Russia", "Ukraine", "United States"),
            date(2026, 2, 17),
            "scheduled",
        ),
        (
            "Ukrainian and Russian negotiators were back at the negotiating table in Geneva on Tuesday.",
            ("Russia", "Ukraine"),
            date(2026, 2, 10),
            "concluded",
        ),
        (
            "Ukrainian and Russian negotiators returned to the table in Geneva on Tuesday.",
            ("Russia", "Ukraine"),
            date(2026, 2, 10),
            "concluded",
        ),
    ],
)
def test_sides_that_gather_convene_or_return_to_the_table_meet(
    story: Extract, sentence: str, parties: tuple[str, ...], start: date | None, status: str
) -> None:
    facts = story(sentence, published=date(2026, 2, 13))
    found = meeting_of(facts, *parties)
    assert (found.venue, found.start, found.status) == ("Geneva", start, status)


def test_reports_of_a_gathering_set_no_day_for_the_meeting(story: Extract) -> None:
    facts = story(
        "The trilateral meeting of Ukraine, Russia and the United States has been postponed. There had been "
        "reports that the delegations would gather in Turkey tomorrow.",
        published=date(2026, 3, 10),
    )
    assert [(r.start, r.status) for r in facts.rounds] == [(None, "postponed")]


def test_envoys_who_spent_hours_with_a_leader_met_him_there(story: Extract) -> None:
    facts = story(
        "Witkoff and Kushner spent five hours with Putin at the Kremlin on Jan. 22.",
        published=date(2026, 2, 20),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.venue, found.start, found.status) == ("Moscow", date(2026, 1, 22), "concluded")


def test_two_people_who_spent_the_weekend_together_somewhere_met(story: Extract) -> None:
    facts = story("Umerov and Witkoff spent the weekend together in Florida.", published=date(2026, 2, 20))
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.venue, found.status) == ("Miami", "concluded")


def test_a_meeting_placed_before_its_sides_still_has_them(story: Extract) -> None:
    facts = story(
        "Last weekend's meeting in Miami between Umerov and Witkoff, where the two discussed guarantees, "
        "went well, officials said.",
        published=date(2026, 2, 20),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.venue, found.start, found.status) == ("Miami", date(2026, 2, 14), "concluded")


def test_a_speaker_who_spoke_after_meeting_someone_is_a_side_of_that_meeting(story: Extract) -> None:
    facts = story(
        "At the end of January, Kirill Dmitriev, Moscow's economic envoy, said after meeting the Americans "
        "in Miami that Russia might accept some form of security guarantees for Ukraine.",
        published=date(2026, 2, 20),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.venue, found.status) == ("Miami", "concluded")


def test_a_bulletin_filed_from_a_place_places_the_meeting_it_reports_there(story: Extract) -> None:
    facts = story(
        "14:10 DAVOS, Jan 22 (Agency) - URGENT - U.S. President Donald Trump and Ukrainian President "
        "Volodymyr Zelensky begin talks on the sidelines of the World Economic Forum.",
        published=date(2026, 1, 23),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.venue, found.start) == ("Davos", date(2026, 1, 22))


def test_a_bulletin_from_a_place_leaves_a_meeting_elsewhere_where_its_words_put_it(story: Extract) -> None:
    facts = story(
        "09:00 KYIV, Jan 22 - Umerov met Witkoff in Miami on Thursday, the Ukrainian side said.",
        published=date(2026, 1, 23),
    )
    assert meeting_of(facts, "Ukraine", "United States").venue == "Miami"


def test_a_side_named_after_a_fronted_phrase_and_a_comma_is_still_a_side(story: Extract) -> None:
    facts = story(
        "In March, the American side also held consultations with Ukrainian representatives in Florida.",
        published=date(2026, 4, 13),
    )
    assert meeting_of(facts, "Ukraine", "United States").venue == "Miami"


def test_a_live_entry_that_gives_a_meeting_no_day_tells_of_the_day_it_was_filed(story: Extract) -> None:
    facts = story(
        "\n\n12:50 - Medinsky also held a separate meeting in Geneva with members of the Ukrainian "
        "delegation after the plenary session - source in the Russian delegation.",
        published=date(2026, 2, 18),
    )
    found = meeting_of(facts, "Russia", "Ukraine")
    assert (found.venue, found.start) == ("Geneva", date(2026, 2, 18))


def test_in_the_city_is_the_city_named_last(story: Extract) -> None:
    facts = story(
        "A meeting in Istanbul would be the first there since Russian and Ukrainian officials met in the "
        "city in 2025.",
        published=date(2026, 3, 5),
    )
    found = meeting_of(facts, "Russia", "Ukraine")
    assert (found.venue, found.status) == ("Istanbul", "concluded")


def test_a_meeting_told_of_after_where_has_the_place_and_day_named_before_it(story: Extract) -> None:
    facts = story(
        "The session came hours after a late-night meeting in the Kremlin on Thursday, where President "
        "Vladimir Putin received U.S. special envoy Steve Witkoff and Jared Kushner for about four hours.",
        published=date(2026, 1, 23),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.venue, found.start, found.status) == ("Moscow", date(2026, 1, 22), "concluded")


def test_a_speaker_speaking_somewhere_after_a_meeting_met_there_that_day(story: Extract) -> None:
    facts = story(
        "Volodymyr Zelensky, speaking in Davos on Thursday after an hour-long meeting with President Donald "
        "Trump, called Donbas “the key issue” for the negotiators.",
        published=date(2026, 1, 24),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.venue, found.start, found.status) == ("Davos", date(2026, 1, 22), "concluded")


def test_a_meeting_that_ends_the_day_after_it_began_is_one_meeting_of_two_days(story: Extract) -> None:
    facts = story(
        "\n\n22:47 MOSCOW, Jan 22 - Putin receives U.S. envoys Steve Witkoff and Jared Kushner in the "
        "Kremlin.\n\n03:05 MOSCOW, Jan 23 - Kremlin talks with U.S. envoys end after nearly four hours, "
        "early on Friday.",
        published=date(2026, 1, 23),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.end, found.venue) == (date(2026, 1, 22), date(2026, 1, 23), "Moscow")


def test_a_building_of_the_pack_places_a_meeting_in_its_city(story: Extract) -> None:
    facts = story("Trump met Zelensky at the White House on Feb. 6.", published=date(2026, 2, 11))
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.venue, found.start, found.status) == ("Washington", date(2026, 2, 6), "concluded")


def test_a_place_the_talks_would_come_closer_to_is_not_their_place(story: Extract) -> None:
    facts = story("The next round of talks is expected next week, closer to the White House.")
    (found,) = [r for r in facts.rounds if r.reference == "next"]
    assert found.venue is None


@pytest.mark.parametrize(
    ("text", "sides", "found"),
    [
        (
            "Dmitriev travelled to Miami on Saturday, where he met Witkoff.",
            ("Russia", "United States"),
            ("Miami", date(2026, 2, 7), "concluded"),
        ),
        (
            "Dmitriev flew to Berlin, where he met Witkoff on Saturday.",
            ("Russia", "United States"),
            ("Berlin", date(2026, 2, 7), "concluded"),
        ),
        (
            "Witkoff is heading to Moscow, where he is due to meet Putin on Thursday.",
            ("Russia", "United States"),
            ("Moscow", date(2026, 2, 12), "scheduled"),
        ),
    ],
)
def test_a_meeting_after_where_is_held_at_the_place_and_on_the_day_before_it(
    story: Extract, text: str, sides: tuple[str, str], found: tuple[object, ...]
) -> None:
    meeting = meeting_of(story(text, published=date(2026, 2, 11)), *sides)
    assert (meeting.venue, meeting.start, meeting.status) == found


def test_his_team_is_the_side_of_the_person_named_last(story: Extract) -> None:
    facts = story(
        "Zelensky said on Tuesday that he might not travel to Davos. "
        "His team met Witkoff and Kushner in Miami on Saturday to work on the documents.",
        published=date(2026, 1, 21),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.venue, found.start, found.status) == ("Miami", date(2026, 1, 17), "concluded")


def test_a_meeting_called_off_is_one_with_neither_day_nor_place(story: Extract) -> None:
    facts = story("The meeting between Zelensky and Trump was called off.", published=date(2026, 1, 21))
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.venue, found.start, found.status) == (None, None, "cancelled")


def test_a_meeting_with_neither_day_nor_place_nor_a_change_of_plan_is_no_round(story: Extract) -> None:
    assert meetings(story("Sybiha met Rubio.", published=date(2026, 1, 21))) == []


def test_a_meeting_on_a_day_of_a_placed_round_is_on_its_sidelines(extract: Extract) -> None:
    facts = extract(
        "Geneva talks end after two days\n\n"
        "The third round of U.S.-brokered talks between Russia and Ukraine ended on Wednesday after a "
        "second, shorter day.\n\n"
        "Russia and Ukraine agreed to exchange 500 prisoners of war each, Medinsky said.\n\n"
        "Medinsky also held a separate, private meeting with the Ukrainian negotiators on Tuesday evening.",
        date(2026, 2, 18),
    )
    found = meeting_of(facts, "Russia", "Ukraine")
    assert (found.venue, found.start, found.status) == ("Geneva", date(2026, 2, 17), "concluded")


def test_said_without_that_does_not_make_the_meetings_day_the_day_of_the_saying(story: Extract) -> None:
    found = meeting_of(
        story("Zelensky said Umerov would meet Witkoff on Saturday.", published=date(2026, 3, 20)),
        "Ukraine",
        "United States",
    )
    assert (found.start, found.status) == (date(2026, 3, 21), "scheduled")


def test_a_place_said_just_after_a_meeting_is_that_meetings_not_a_later_rounds(story: Extract) -> None:
    facts = story(
        "Zelensky said a Ukrainian team was travelling to the United States for a meeting with the "
        "Americans on Saturday. Bankova said the delegation would again be led by Rustem Umerov. A person "
        "familiar with the plans said the talks would be held in Florida.\n\n"
        "The fourth trilateral round, pencilled in for early March, was postponed and has no new date.",
        published=date(2026, 3, 20),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.venue, found.start, found.status) == ("Miami", date(2026, 3, 21), "scheduled")


def test_a_meeting_announced_days_ago_for_a_day_now_past_is_the_meeting_held_that_day(story: Extract) -> None:
    facts = story(
        "Two days of talks between American and Ukrainian negotiators in Florida ended on Sunday.\n\n"
        "Zelensky had announced the trip on Thursday, saying a team was on its way to the United States "
        "for a meeting on Saturday.\n\n"
        "A trilateral meeting pencilled in for early March was postponed and has not been rescheduled.",
        published=date(2026, 3, 23),
    )
    held = meeting_of(facts, "Ukraine", "United States")
    assert (held.start, held.end, held.venue, held.status) == (
        date(2026, 3, 21),
        date(2026, 3, 22),
        "Miami",
        "concluded",
    )
    (put_off,) = [r for r in facts.rounds if r.format == "trilateral"]
    assert (put_off.start, put_off.status) == (None, "postponed")


def test_a_weekday_said_on_a_past_day_counts_from_that_day(story: Extract) -> None:
    found = meeting_of(
        story(
            "Zelensky said on Thursday that Umerov would meet Witkoff on Saturday.",
            published=date(2026, 3, 23),
        ),
        "Ukraine",
        "United States",
    )
    assert found.start == date(2026, 3, 21)


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian and Russian negotiators last faced each other across a table in Istanbul last year.",
        "Russian and Ukrainian delegations sat at one table in Istanbul last year.",
    ],
)
def test_sides_facing_each_other_at_a_table_met(story: Extract, text: str) -> None:
    found = meeting_of(story(text, published=date(2026, 1, 24)), "Russia", "Ukraine")
    assert (found.venue, found.status) == ("Istanbul", "concluded")


def test_two_sides_that_wrapped_up_days_of_talks_met(story: Extract) -> None:
    found = meeting_of(
        story(
            "American and Ukrainian negotiators wrapped up two days of talks in Florida this afternoon.",
            published=date(2026, 3, 22),
        ),
        "Ukraine",
        "United States",
    )
    assert (found.start, found.end, found.venue, found.status) == (
        date(2026, 3, 21),
        date(2026, 3, 22),
        "Miami",
        "concluded",
    )


def test_talks_placed_before_their_other_side_is_named_are_a_meeting(story: Extract) -> None:
    facts = story(
        "Ukraine's negotiating team was back in Kyiv on Monday after two days of talks in Miami with "
        "President Donald Trump's envoys.",
        published=date(2026, 1, 19),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    # the Monday is the return's, not a day of the talks
    assert (found.venue, found.status, found.start) == ("Miami", "concluded", None)


def test_envoys_who_spent_days_in_a_city_with_a_leader_met_him_there(story: Extract) -> None:
    facts = story(
        "In mid-December, Witkoff and Kushner spent two days in Berlin with Zelensky and his advisers.",
        published=date(2026, 1, 19),
    )
    assert meeting_of(facts, "Ukraine", "United States").venue == "Berlin"


@pytest.mark.parametrize("place", ["Mar-a-Lago", "Baden-Baden"])
def test_a_hyphenated_place_the_pack_does_not_know_is_named_whole(story: Extract, place: str) -> None:
    facts = story(f"Zelensky and Trump met for lunch at {place} on Sunday.", published=date(2026, 2, 10))
    assert meeting_of(facts, "Ukraine", "United States").venue == place


@pytest.mark.parametrize(
    "text",
    [
        "No meeting between Zelensky and Trump has been fixed for the World Economic Forum in Davos this "
        "week, "
        "an aide to the president said on Monday.",
        "No meeting between Putin and Zelensky is planned in Istanbul, Peskov said.",
    ],
)
def test_a_meeting_of_named_sides_said_to_be_set_for_no_day_is_none(story: Extract, text: str) -> None:
    assert meetings(story(text, published=date(2026, 1, 19))) == []


def test_them_received_are_the_other_side_named_the_sentence_before(story: Extract) -> None:
    facts = story(
        "Witkoff and Jared Kushner are leaving Davos for Moscow. Kremlin spokesman Dmitry Peskov confirms "
        "that Putin will receive them in the Kremlin this evening.",
        published=date(2026, 1, 22),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.venue, found.status) == (date(2026, 1, 22), "Moscow", "scheduled")


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky and Trump met for about an hour in Davos on Thursday, and hours later Putin received "
        "Witkoff and Kushner in the Kremlin for some four hours of talks.",
        "Trump and Zelensky met in Davos on January 22; the same night Putin received Witkoff and Kushner in "
        "the Kremlin.",
        "Trump and Zelensky met in Davos on Thursday. Zelensky then said trilateral talks would be held in "
        "the Emirates on Friday and Saturday. Late that night, Putin received Witkoff and Kushner in the "
        "Kremlin.",
    ],
)
def test_that_night_or_hours_later_is_the_day_told_last_before(story: Extract, text: str) -> None:
    facts = story(text, published=date(2026, 1, 27))
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.venue, found.status) == (date(2026, 1, 22), "Moscow", "concluded")


def test_that_afternoon_is_the_day_of_the_sentence_before(story: Extract) -> None:
    facts = story(
        "Budanov landed in Florida on Saturday morning together with Rustem Umerov. The Americans who "
        "received them that afternoon were Steve Witkoff and Jared Kushner.",
        published=date(2026, 1, 19),
    )
    assert meeting_of(facts, "Ukraine", "United States").start == date(2026, 1, 17)


@pytest.mark.parametrize(
    ("text", "day", "venue"),
    [
        (
            "Kushner was in the room in Miami on Jan. 31, when Witkoff hosted Kirill Dmitriev, Putin's envoy "
            "for economic cooperation.",
            date(2026, 1, 31),
            "Miami",
        ),
        (
            "The first had come on Dec. 2, also in the Kremlin, when he and Steve Witkoff spent about five "
            "hours with the Russian president.",
            date(2025, 12, 2),
            "Moscow",
        ),
    ],
)
def test_a_meeting_told_after_when_is_at_the_place_and_day_set_before_it(
    story: Extract, text: str, day: date, venue: str
) -> None:
    found = meeting_of(story(text, published=date(2026, 3, 1)), "Russia", "United States")
    assert (found.start, found.venue, found.status) == (day, venue, "concluded")


def test_a_meeting_last_year_is_not_a_meeting_of_this_year_of_the_same_sides(story: Extract) -> None:
    facts = story(
        "On Tuesday, Medinsky met the Ukrainian delegation without the Americans. Medinsky also led Moscow's "
        "team at the Istanbul talks with Ukraine last year.",
        published=date(2026, 2, 18),
    )
    found = {(r.start, r.venue) for r in meetings(facts) if r.parties == ("Russia", "Ukraine")}
    assert found == {(date(2026, 2, 17), None), (None, "Istanbul")}


def test_talks_since_a_year_gone_by_are_not_held_that_year(story: Extract) -> None:
    facts = story(
        "The first round of trilateral talks opened in Abu Dhabi today. The United Arab Emirates, which has "
        "helped arrange prisoner exchanges between Moscow and Kyiv since 2024, offered to host the meeting.",
        published=date(2026, 1, 23),
    )
    assert [(r.number, r.venue) for r in facts.rounds] == [(1, "Abu Dhabi")]


def test_a_day_spent_with_the_americans_in_a_city_after_talks_named_elsewhere_is_there(
    story: Extract,
) -> None:
    facts = story(
        "On Jan. 17, less than a week before the Abu Dhabi talks began, Budanov, Umerov and Arakhamia spent "
        "a day with the Americans in Miami going through the 20-point plan.",
        published=date(2026, 2, 8),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.venue, found.status) == (date(2026, 1, 17), "Miami", "concluded")


def test_an_hour_had_with_a_leader_on_the_sidelines_of_a_forum_is_a_meeting_there(story: Extract) -> None:
    facts = story(
        "On Jan. 22 Volodymyr Zelensky had his hour with Donald Trump on the sidelines of the forum in "
        "Davos.",
        published=date(2026, 2, 8),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.venue, found.status) == (date(2026, 1, 22), "Davos", "concluded")


@pytest.mark.parametrize(
    ("text", "miami", "davos"),
    [
        (
            "On Jan. 17, Budanov and Umerov met Witkoff in Miami. Five days later Volodymyr Zelensky had his "
            "hour with Donald Trump on the sidelines of the forum in Davos.",
            date(2026, 1, 17),
            date(2026, 1, 22),
        ),
        (
            "On Jan. 20, Budanov and Umerov met Witkoff in Miami. Zelensky met Trump in Davos the next day.",
            date(2026, 1, 20),
            date(2026, 1, 21),
        ),
    ],
)
def test_days_later_count_from_the_day_told_last_before(
    story: Extract, text: str, miami: date, davos: date
) -> None:
    facts = story(text, published=date(2026, 2, 8))
    assert {r.venue: r.start for r in meetings(facts)} == {"Miami": miami, "Davos": davos}


def test_a_weekend_of_named_days_spent_with_the_americans_is_a_meeting(story: Extract) -> None:
    facts = story(
        "A Ukrainian team spent the weekend of March 21 and 22 with the Americans in Florida.",
        published=date(2026, 4, 12),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.end, found.venue) == (date(2026, 3, 21), date(2026, 3, 22), "Miami")


def test_sitting_across_the_table_from_a_delegation_is_a_meeting(story: Extract) -> None:
    facts = story(
        "On May 16 last year Medinsky sat across the table from a Ukrainian delegation led by Rustem Umerov "
        "at the Dolmabahce Palace in Istanbul.",
        published=date(2026, 2, 13),
    )
    found = meeting_of(facts, "Russia", "Ukraine")
    assert (found.start, found.venue, found.status) == (date(2025, 5, 16), "Istanbul", "concluded")


def test_a_meeting_a_day_before_the_remark_told_is_dated_by_it(story: Extract) -> None:
    facts = story(
        "Russia might accept some guarantees, Kirill Dmitriev said on Sunday. The remark came a day after he "
        "met Steve Witkoff, Jared Kushner and Scott Bessent in Miami.",
        published=date(2026, 2, 1),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.venue, found.status) == (date(2026, 1, 31), "Miami", "concluded")


@pytest.mark.parametrize(
    ("text", "day", "venue"),
    [
        (
            "Ukrainian and American negotiators spent the weekend in Florida working through the plan.",
            None,
            "Miami",
        ),
        (
            "Umerov met Witkoff in Miami on Saturday. The two teams last met face to face in Geneva on "
            "Feb. 26.",
            date(2026, 2, 26),
            "Geneva",
        ),
        ("Taras Melnychuk was in Geneva this week when Rustem Umerov met Steve Witkoff.", None, "Geneva"),
    ],
)
def test_teams_that_spent_days_in_a_place_or_last_met_there_met(
    story: Extract, text: str, day: date | None, venue: str
) -> None:
    facts = story(text, published=date(2026, 3, 24))
    assert (day, venue) in {
        (r.start, r.venue) for r in meetings(facts) if r.parties == ("Ukraine", "United States")
    }


def test_a_two_sided_economic_group_sitting_the_same_day_is_a_meeting(story: Extract) -> None:
    facts = story(
        "A trilateral security working group will meet in Abu Dhabi later on Friday. Alongside it, Dmitriev "
        "and Witkoff will lead a separate U.S.-Russian economic group, which is to sit in the Emirati "
        "capital the same day.",
        published=date(2026, 1, 23),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.venue, found.status) == (date(2026, 1, 23), "Abu Dhabi", "scheduled")


def test_an_envoy_sitting_down_with_envoys_right_now_is_a_meeting_under_way_today(story: Extract) -> None:
    facts = story(
        "Kirill Dmitriev is sitting down with Witkoff and Kushner at their hotel right now, a source close "
        "to the Russian delegation told TASS.",
        published=date(2026, 2, 17),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.status) == (date(2026, 2, 17), "ongoing")


def test_he_opening_the_sentence_is_a_side_of_the_meeting_it_tells_of(story: Extract) -> None:
    facts = story(
        "Medinsky did not leave with the others. He stayed behind on Tuesday for a separate meeting with the "
        "Ukrainian team.",
        published=date(2026, 2, 18),
    )
    found = meeting_of(facts, "Russia", "Ukraine")
    assert (found.start, found.status) == (date(2026, 2, 17), "concluded")


def test_speaking_by_telephone_is_no_meeting(story: Extract) -> None:
    facts = story(
        "Ushakov said he had spoken to Witkoff by telephone on Tuesday to prepare the visit.",
        published=date(2026, 1, 23),
    )
    assert meetings(facts) == []


def test_a_meeting_that_could_take_place_only_somewhere_is_a_condition_not_a_meeting(story: Extract) -> None:
    facts = story(
        "Peskov repeated that a meeting between Putin and Zelensky could take place only in Moscow.",
        published=date(2026, 2, 3),
    )
    assert meetings(facts) == []


def test_he_in_an_opening_phrase_is_the_subject_it_leads_to(story: Extract) -> None:
    facts = story(
        "Admiral Igor Kostyukov will head the Russian delegation. In Davos, where he met President Donald "
        "Trump for about an hour on Thursday, President Volodymyr Zelensky said the Ukrainian team would be "
        "led by Rustem Umerov.",
        published=date(2026, 1, 23),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.venue) == (date(2026, 1, 22), "Davos")


def test_an_opening_day_is_the_meetings_when_the_speaker_met_before_speaking(story: Extract) -> None:
    facts = story(
        "On Saturday, Kirill Dmitriev spent several hours in Miami with Witkoff, and said it went well.",
        published=date(2026, 2, 4),
    )
    assert meeting_of(facts, "Russia", "United States").start == date(2026, 1, 31)


# --- Finding and merging meetings: rounds missed, or read where there are none (s7-meetings) ---


@pytest.mark.parametrize(
    "text",
    [
        "The second round ended in Abu Dhabi on Thursday, and it was the first held behind closed doors.",
        "The fourth round, which opened in Istanbul on Monday, is the first held on Turkish soil.",
        "Negotiators wrapped up the third round of talks on Wednesday, and the first in Europe.",
    ],
)
def test_the_first_said_of_a_later_round_names_no_first_round(story: Extract, text: str) -> None:
    facts = story(text, published=date(2026, 2, 20))
    numbers = [r.number for r in facts.rounds if r.number is not None]
    assert len(numbers) == 1 and 1 not in numbers, facts.rounds


@pytest.mark.parametrize(
    "text",
    [
        "A Ukrainian grandmaster beat a Russian in the fifth round of the Istanbul Chess Masters on Monday.",
        "The Russian player lost in the third round of the world championship in Geneva on Sunday.",
        "The seventh round will be played in Abu Dhabi on Friday, and prizes go out on Sunday.",
    ],
)
def test_a_round_of_a_game_is_no_round_of_talks(story: Extract, text: str) -> None:
    facts = story(text, published=date(2026, 2, 10))
    assert [r for r in facts.rounds if r.number is not None] == []


@pytest.mark.parametrize(
    "text",
    [
        "No new round has been scheduled, a Ukrainian official said on Monday.",
        "There is no next meeting on the calendar, Peskov told reporters.",
    ],
)
def test_no_new_round_is_no_round(story: Extract, text: str) -> None:
    facts = story(text, published=date(2026, 3, 9))
    assert [r for r in facts.rounds if r.reference is not None] == []


@pytest.mark.parametrize(
    "text",
    [
        "Moscow points to the deal struck at the summit between Putin and Trump in Alaska last August, under "
        "which Ukraine would give up land.",
        "The plan follows the Anchorage meeting between Vladimir Putin and Donald Trump in August and would "
        "force Ukraine out of Donetsk.",
    ],
)
def test_a_summit_between_two_named_leaders_has_those_two_sides(story: Extract, text: str) -> None:
    facts = story(text, published=date(2026, 2, 10))
    found = [r for r in meetings(facts) if r.venue == "Anchorage"]
    assert [(r.format, r.parties) for r in found] == [("bilateral", ("Russia", "United States"))], (
        facts.rounds
    )


def test_talks_set_for_the_day_of_a_meeting_to_come_are_that_meeting_not_a_round_called_off(
    story: Extract,
) -> None:
    facts = story(
        "The trilateral round pencilled in for early March was called off after strikes in the Gulf. "
        "Zakharova said Moscow was in no hurry. Peskov spoke of a pause. Umerov is flying to the United "
        "States for a meeting with the American side on Saturday. Sybiha said the agenda was set. Witkoff "
        "will lead the U.S. side. The Saturday meeting will take place in Florida, an official said.",
        published=date(2026, 3, 19),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.venue) == (date(2026, 3, 21), "Miami")
    called_off = [r for r in facts.rounds if r.status == "cancelled"]
    assert [(r.start, r.venue) for r in called_off] == [(None, None)], facts.rounds


@pytest.mark.parametrize(
    "text",
    [
        "The talks between Putin and Witkoff ended shortly after 2 a.m. today, the Kremlin said. Putin had "
        "received Witkoff and Kushner in the Kremlin on Thursday evening.",
        "Putin's meeting with Witkoff ran well past midnight and broke up at 3 a.m. today, Ushakov said. The "
        "Russian leader had received Witkoff and Kushner in the Kremlin on Thursday evening.",
    ],
)
def test_a_meeting_that_ended_today_after_midnight_began_the_day_before(story: Extract, text: str) -> None:
    facts = story(text, published=date(2026, 1, 23))
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.end, found.venue) == (date(2026, 1, 22), date(2026, 1, 23), "Moscow")


def test_talks_in_a_where_clause_after_a_session_gone_by_were_held(story: Extract) -> None:
    facts = story(
        "This was the first time the Ukrainians and the Americans had sat down since last week's session in "
        "Istanbul, where Medinsky's team joined them for two days of three-way talks.",
        published=date(2026, 3, 10),
    )
    found = [r for r in facts.rounds if r.format == "trilateral" and r.reference is None]
    assert [(r.venue, r.status) for r in found] == [("Istanbul", "concluded")], facts.rounds


@pytest.mark.parametrize(
    ("line", "venue"),
    [
        (
            "- ISTANBUL (tbc): Umerov is expected to hold talks with the Russian side on prisoner swaps.",
            "Istanbul",
        ),
        ("MIAMI: Dmitriev is due to sit down with Witkoff on economic questions.", "Miami"),
    ],
)
def test_a_calendar_line_headed_by_a_city_places_the_meeting_it_lists(
    story: Extract, line: str, venue: str
) -> None:
    facts = story("The week ahead.\n\n" + line, published=date(2026, 2, 15))
    found = [r for r in meetings(facts) if r.format == "bilateral"]
    assert [r.venue for r in found] == [venue], facts.rounds


def test_the_last_meeting_told_as_two_sides_meeting_on_a_day_is_that_meeting(story: Extract) -> None:
    facts = story(
        "The last meeting at the highest level was on Dec. 28, when President Volodymyr Zelensky visited "
        "Donald Trump at his private club.",
        published=date(2026, 1, 18),
    )
    assert [r for r in facts.rounds if r.reference == "last"] == []
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.status) == (date(2025, 12, 28), "concluded")


def test_a_journey_still_to_come_gives_no_place_to_a_meeting_held(story: Extract) -> None:
    facts = story(
        "The last meeting at the highest level was on Dec. 28, when President Volodymyr Zelensky visited "
        "Donald Trump at his private club. Whether Zelensky travels to the forum in Davos next week is still "
        "open, an aide said.",
        published=date(2026, 1, 18),
    )
    assert meeting_of(facts, "Ukraine", "United States").venue is None


def test_under_a_headline_of_another_nations_talks_an_unplaced_next_round_is_theirs(extract: Extract) -> None:
    facts = extract(
        "Iran and US close second round of nuclear talks in Muscat\n\n"
        "Iranian and American officials ended a second round of indirect talks in Oman on Tuesday.\n\n"
        "Officials say the next round will deal with sanctions relief.\n\n"
        "Oman also hosted envoys of Russia and Ukraine for talks on prisoner swaps last year.",
        published=date(2026, 2, 11),
    )
    assert [r for r in facts.rounds if r.reference is not None] == [], facts.rounds


def test_negotiators_named_by_no_side_in_an_article_naming_the_storys_people_are_its_talks(
    extract: Extract,
) -> None:
    facts = extract(
        "Marco Rubio sounded doubtful in Munich on Saturday. The delegations reconvene in Istanbul on Friday "
        "for a fourth round.",
        published=date(2026, 2, 15),
    )
    assert [(r.number, r.venue) for r in facts.rounds] == [(4, "Istanbul")], facts.rounds


def test_sides_that_faced_each_other_in_a_city_met_there(story: Extract) -> None:
    facts = story(
        "Medinsky and Umerov faced each other in Istanbul last year, with no Americans present.",
        published=date(2026, 2, 15),
    )
    assert meeting_of(facts, "Russia", "Ukraine").venue == "Istanbul"


def test_they_who_met_are_the_two_people_of_the_sentence_before(story: Extract) -> None:
    facts = story(
        "Medinsky and Umerov are old acquaintances. They last met in Istanbul in 2025.",
        published=date(2026, 2, 15),
    )
    assert meeting_of(facts, "Russia", "Ukraine").venue == "Istanbul"


def test_the_last_of_rounds_counted_is_the_last_round(story: Extract) -> None:
    facts = story(
        "Kyiv, Moscow and Washington have held four trilateral rounds since January, the last of them in "
        "Geneva.",
        published=date(2026, 3, 20),
    )
    found = [r for r in facts.rounds if r.reference == "last"]
    assert [(r.venue, r.status) for r in found] == [("Geneva", "concluded")], facts.rounds


@pytest.mark.parametrize(
    "text",
    [
        "Umerov spoke to the Kyiv Morning Courier on Friday about the talks.",
        "Envoys of many nations gathered at the Munich Peace Forum over the weekend to discuss the talks.",
    ],
)
def test_a_city_in_the_name_of_a_paper_or_a_forum_places_no_talks(story: Extract, text: str) -> None:
    facts = story(text, published=date(2026, 2, 16))
    assert [r for r in facts.rounds if r.venue is not None] == [], facts.rounds


def test_rounds_counted_with_as_many_days_in_turn_are_one_item_each(story: Extract) -> None:
    facts = story(
        "The two trilateral rounds in Geneva, on Feb. 17-18 and March 3-4, produced little beyond a swap.",
        published=date(2026, 3, 10),
    )
    found = sorted((r.start, r.end, r.venue) for r in facts.rounds if r.start is not None)
    assert found == [
        (date(2026, 2, 17), date(2026, 2, 18), "Geneva"),
        (date(2026, 3, 3), date(2026, 3, 4), "Geneva"),
    ], facts.rounds


@pytest.mark.parametrize(
    "text",
    [
        "A meeting of envoys of Ukraine, the United States and Russia will be held in Istanbul on Friday.",
        "The Kremlin gave no details of the consultations between envoys of Russia, the United States, and "
        "Ukraine in Istanbul on Tuesday.",
    ],
)
def test_sides_listed_with_the_and_a_serial_comma_are_all_sides(story: Extract, text: str) -> None:
    facts = story(text, published=date(2026, 2, 11))
    assert meetings(facts) and all(r.format == "trilateral" for r in meetings(facts)), facts.rounds


# Session 8 (rounds): general constructions read across the dev errors


def test_a_city_after_the_names_of_the_people_met_places_the_meeting(story: Extract) -> None:
    facts = story(
        "Umerov leads Kyiv's team. Last autumn he spent three days with Steve Witkoff and Jared Kushner in "
        "Oslo.",
        published=date(2026, 2, 3),
    )
    assert meeting_of(facts, "Ukraine", "United States").venue == "Oslo"


def test_a_journey_told_with_fly_places_the_meeting_that_follows_it(story: Extract) -> None:
    facts = story(
        "After Davos it was Dmitriev's turn to fly to Florida. On Saturday he spent the day with Witkoff and "
        "Kushner.",
        published=date(2026, 2, 3),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.venue) == (date(2026, 1, 31), "Miami")


@pytest.mark.parametrize(
    ("text", "sides", "venue"),
    [
        (
            "Umerov and Budanov flew to Miami on Saturday, where they held talks with Witkoff and Kushner.",
            ("Ukraine", "United States"),
            "Miami",
        ),
        (
            "Witkoff and Kushner landed in Moscow on Thursday. They met Putin in the Kremlin for five hours.",
            ("Russia", "United States"),
            "Moscow",
        ),
    ],
)
def test_they_who_meet_one_side_are_the_people_of_the_other_named_before(
    story: Extract, text: str, sides: tuple[str, str], venue: str
) -> None:
    facts = story(text, published=date(2026, 3, 10))
    assert meeting_of(facts, *sides).venue == venue


def test_he_is_the_last_person_named_across_a_sentence_that_names_no_one(story: Extract) -> None:
    facts = story(
        "Sybiha had hinted that he might stay at home. Late on Monday his spokesman said the trip was on. He "
        "is due to meet Rubio in Washington on Wednesday.",
        published=date(2026, 3, 3),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.venue, found.status) == (date(2026, 3, 4), "Washington", "scheduled")


def test_two_sides_said_to_have_met_several_times_are_one_meeting_with_no_day(story: Extract) -> None:
    facts = story(
        "Dmitriev met Witkoff in Miami on Saturday. The two men have met several times since last spring. "
        "Dmitriev has also visited the United States many times.",
        published=date(2026, 2, 2),
    )
    found = sorted(
        ((r.start, r.venue, r.status) for r in meetings(facts) if r.parties == ("Russia", "United States")),
        key=str,
    )
    assert found == [(None, None, "concluded"), (date(2026, 1, 31), "Miami", "concluded")], facts.rounds


def test_a_trip_to_see_someone_named_in_full_is_a_meeting_with_him(story: Extract) -> None:
    facts = story(
        "A planned journey by Andrii Sybiha to see Marco Rubio in Washington next week has been put off, an "
        "aide said.",
        published=date(2026, 3, 10),
    )
    assert meeting_of(facts, "Ukraine", "United States").status == "postponed"


def test_talks_a_journey_was_made_for_are_held_where_and_when_it_went(story: Extract) -> None:
    facts = story(
        "On March 2, Sybiha travelled to Washington with Hnatov, the army chief, and Kyslytsya, his first "
        "deputy, for talks with Marco Rubio on the guarantees.",
        published=date(2026, 3, 20),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.venue, found.status) == (date(2026, 3, 2), "Washington", "concluded")


def test_there_before_a_colon_places_the_meeting_the_colon_opens(story: Extract) -> None:
    facts = story(
        "A round in Istanbul would be a first for the Americans. Ukraine's team has been there before: on "
        "March 6, Umerov spent a day with Medinsky going through prisoner lists.",
        published=date(2026, 3, 20),
    )
    found = meeting_of(facts, "Russia", "Ukraine")
    assert (found.start, found.venue) == (date(2026, 3, 6), "Istanbul")


def test_a_meeting_something_is_named_after_was_held_whatever_the_tense_around(story: Extract) -> None:
    facts = story(
        "Lavrov said Moscow would stick to the Istanbul terms, a reference to the meeting between Medinsky "
        "and Umerov in Istanbul in July.",
        published=date(2026, 2, 10),
    )
    assert meeting_of(facts, "Russia", "Ukraine").status == "concluded"


def test_talks_still_going_on_told_right_after_a_meeting_keep_it_under_way(story: Extract) -> None:
    facts = story(
        "Dmitriev was received by Witkoff in Miami this morning. The talks were still going on in the "
        "afternoon, an aide said.",
        published=date(2026, 3, 7),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.status) == (date(2026, 3, 7), "ongoing")


def test_you_in_an_interviewers_question_are_the_side_of_the_one_who_answers(story: Extract) -> None:
    facts = story(
        "We spoke to the minister by phone.\n\nQ: Your deputies spent Friday in Geneva with Witkoff. Was it "
        "worth it?\n\nSYBIHA: It was. We closed two chapters.",
        published=date(2026, 3, 9),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.venue) == (date(2026, 3, 6), "Geneva")


def test_two_sides_that_negotiated_somewhere_met_there(story: Extract) -> None:
    facts = story(
        "Last autumn, Ukrainian and American delegations negotiated in Riyadh for two days.",
        published=date(2026, 2, 9),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.venue, found.status) == ("Riyadh", "concluded")


# Session 9 (rounds): cross-sentence reading and other constructions of new text


def test_the_envoys_named_by_their_noun_alone_are_the_side_the_sentences_before_brought_in(
    story: Extract,
) -> None:
    facts = story(
        "An American team under Kushner landed in Geneva on Monday. The envoys sat down with Umerov in the "
        "city on Tuesday.",
        published=date(2026, 2, 20),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.venue, found.status) == (date(2026, 2, 17), "Geneva", "concluded")


def test_the_envoys_received_are_the_other_side_named_a_few_sentences_before(story: Extract) -> None:
    facts = story(
        "Witkoff and Bessent spent Thursday in Davos. Dmitriev, in Moscow, said he expected progress. Putin "
        "received the envoys in the Kremlin on Friday night.",
        published=date(2026, 2, 23),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.venue) == (date(2026, 2, 20), "Moscow")


def test_envoys_received_after_two_other_sides_were_named_are_the_mediators(story: Extract) -> None:
    facts = story(
        "Zelensky and Witkoff both came to Davos this week. On Thursday night the envoys were received by "
        "Putin in the Kremlin.",
        published=date(2026, 2, 23),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.venue) == (date(2026, 2, 19), "Moscow")


def test_that_same_night_after_days_counted_later_is_the_counted_day(story: Extract) -> None:
    facts = story(
        "Umerov met Witkoff in Miami on January 17. Three days later Trump met Zelensky in Davos. Later "
        "that night Putin received Kushner in the Kremlin.",
        published=date(2026, 3, 20),
    )
    assert meeting_of(facts, "Russia", "United States").start == date(2026, 1, 20)


@pytest.mark.parametrize(
    ("published", "expected"),
    [(date(2026, 3, 7), (date(2026, 3, 5), "Istanbul")), (date(2026, 3, 3), (None, None))],
)
def test_a_meeting_called_off_when_its_day_had_come_keeps_that_day_and_place(
    story: Extract, published: date, expected: tuple[date | None, str | None]
) -> None:
    facts = story(
        "Talks between Umerov and Kushner, which had been planned in Istanbul on Thursday, were scrapped "
        "hours before they were to start.",
        published=published,
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.venue, found.status) == (*expected, "cancelled")


def test_one_sides_session_with_another_is_their_meeting(story: Extract) -> None:
    facts = story(
        "Officials praised Umerov's two-hour session with Kushner in Istanbul on Tuesday.",
        published=date(2026, 3, 12),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.venue, found.status) == (date(2026, 3, 10), "Istanbul", "concluded")


def test_a_meeting_on_the_first_evening_is_on_the_first_day_of_the_latest_round_told(
    story: Extract,
) -> None:
    facts = story(
        "The fourth round ran in Istanbul on March 5 and 6. The second round, on Feb. 4-5 in Abu Dhabi, had "
        "been shorter. On the first evening Umerov also met Dmitriev alone.",
        published=date(2026, 3, 12),
    )
    found = meeting_of(facts, "Russia", "Ukraine")
    assert (found.start, found.venue) == (date(2026, 3, 5), "Istanbul")


def test_a_meeting_on_the_second_evening_is_on_the_rounds_second_day(story: Extract) -> None:
    facts = story(
        "The fourth round ran in Istanbul on March 5 and 6. On the evening of the second day Umerov also "
        "met Dmitriev.",
        published=date(2026, 3, 12),
    )
    assert meeting_of(facts, "Russia", "Ukraine").start == date(2026, 3, 6)


def test_a_side_that_had_left_the_room_is_not_at_what_followed_on_the_day_opening_the_sentence(
    story: Extract,
) -> None:
    facts = story(
        "Late on Monday, once the Americans had left the room, Umerov sat down with Dmitriev in Istanbul "
        "for a private talk.",
        published=date(2026, 3, 11),
    )
    found = meeting_of(facts, "Russia", "Ukraine")
    assert (found.start, found.venue) == (date(2026, 3, 9), "Istanbul")


def test_one_side_in_a_city_with_another_met_it_there(story: Extract) -> None:
    facts = story("On Sunday Umerov was in Geneva with Kushner and Witkoff.", published=date(2026, 3, 3))
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.venue, found.status) == (date(2026, 3, 1), "Geneva", "concluded")


def test_a_meeting_with_no_day_or_place_is_set_where_and_when_the_sentence_before_was(
    story: Extract,
) -> None:
    facts = story(
        "On Friday the action was in Istanbul. Umerov spent three hours with Dmitriev.",
        published=date(2026, 3, 9),
    )
    found = meeting_of(facts, "Russia", "Ukraine")
    assert (found.start, found.venue) == (date(2026, 3, 6), "Istanbul")


@pytest.mark.parametrize(
    "text",
    [
        "Late on Monday Kushner walked into the Kremlin for his third night with Putin.",
        "On Monday evening Witkoff and Kushner were shown into Putin's study at the Kremlin.",
    ],
)
def test_visitors_let_into_the_other_sides_house_met_it_there(story: Extract, text: str) -> None:
    found = meeting_of(story(text, published=date(2026, 3, 4)), "Russia", "United States")
    assert (found.start, found.venue, found.status) == (date(2026, 3, 2), "Moscow", "concluded")


def test_the_two_presidents_in_a_live_entry_met_that_day_placed_or_not(story: Extract) -> None:
    facts = story(
        "08:30 - President Zelensky landed overnight. His aides say he will see President Trump at noon.\n\n"
        "09:45 - Witkoff says the Russians have asked him to come to Moscow.\n\n"
        "12:10 - The two presidents have sat down together in a side room.",
        published=date(2026, 3, 5),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.status) == (date(2026, 3, 5), "concluded")


def test_a_sides_adjective_in_the_name_of_the_other_sides_body_is_no_side(story: Extract) -> None:
    facts = story(
        "Officers of US European Command met Russian generals in Abu Dhabi on Thursday.",
        published=date(2026, 2, 9),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.venue) == (date(2026, 2, 5), "Abu Dhabi")


def test_as_they_did_somewhere_tells_a_past_meeting_of_the_same_sides(story: Extract) -> None:
    facts = story(
        "Umerov and Kushner are to meet in Istanbul next week, as they did in Riyadh in December.",
        published=date(2026, 3, 3),
    )
    found = {(r.venue, r.status) for r in meetings(facts) if r.parties == ("Ukraine", "United States")}
    assert found == {("Istanbul", "announced"), ("Riyadh", "concluded")}, facts.rounds


def test_the_last_day_of_the_month_under_a_month_heading_is_that_months_last(story: Extract) -> None:
    facts = story(
        "A short guide to the contacts.\n\nMarch. On the last day of the month Umerov met Witkoff in Geneva.",
        published=date(2026, 4, 12),
    )
    assert meeting_of(facts, "Ukraine", "United States").start == date(2026, 3, 31)


def test_a_journey_made_to_see_the_other_side_is_a_meeting_there(story: Extract) -> None:
    facts = story("On Friday Umerov flew to Istanbul to see the Russians.", published=date(2026, 3, 9))
    found = meeting_of(facts, "Russia", "Ukraine")
    assert (found.start, found.venue) == (date(2026, 3, 6), "Istanbul")


def test_they_after_our_team_in_an_answer_are_the_answerers_side(story: Extract) -> None:
    facts = story(
        "Q: Where do things stand?\n\nUMEROV: Our delegation leaves tonight. They will meet the Russians in "
        "Istanbul on Friday.",
        published=date(2026, 3, 10),
    )
    found = meeting_of(facts, "Russia", "Ukraine")
    assert (found.start, found.venue, found.status) == (date(2026, 3, 13), "Istanbul", "scheduled")


def test_a_meeting_told_later_in_a_live_entry_is_on_the_day_it_was_filed(story: Extract) -> None:
    facts = story(
        "The fourth round opened in Istanbul today.\n\n18:40 - Umerov did not leave with the rest. "
        "He stayed behind for a private meeting with Dmitriev, which ended a few minutes ago, an aide said.",
        published=date(2026, 3, 12),
    )
    found = meeting_of(facts, "Russia", "Ukraine")
    assert (found.start, found.venue, found.status) == (date(2026, 3, 12), "Istanbul", "concluded")


def test_the_next_sentences_subject_dates_the_meeting_told_just_before(story: Extract) -> None:
    facts = story(
        "The fourth round, due in early March, remains postponed. Umerov has returned from two days of "
        "meetings with Witkoff in Florida. The meetings took place on Saturday and Sunday.",
        date(2026, 3, 23),
    )
    meetings = [r for r in facts.rounds if r.number is None]
    assert [(r.parties, r.venue, r.start, r.end) for r in meetings] == [
        (("Ukraine", "United States"), "Miami", date(2026, 3, 21), date(2026, 3, 22))
    ]


def test_a_meeting_held_again_and_once_more_is_three_meetings_in_the_city_named_before(
    story: Extract,
) -> None:
    facts = story(
        "Istanbul is no stranger to the process. Russian and Ukrainian delegations met in the city on 16 May "
        "last year, again on 2 June and once more on 23 July.",
        date(2026, 3, 10),
    )
    assert [(r.parties, r.venue, r.start) for r in meetings(facts)] == [
        (("Russia", "Ukraine"), "Istanbul", date(2025, 5, 16)),
        (("Russia", "Ukraine"), "Istanbul", date(2025, 6, 2)),
        (("Russia", "Ukraine"), "Istanbul", date(2025, 7, 23)),
    ]


def test_the_city_of_something_else_places_no_meeting(story: Extract) -> None:
    facts = story(
        "Istanbul is busy this week. Russian and Ukrainian delegations met in the city of Zaporizhzhia "
        "on 16 May last year.",
        date(2026, 3, 10),
    )
    assert [r.venue for r in meetings(facts)] == [None]


def test_a_last_round_of_one_side_with_another_is_a_meeting_of_the_two(story: Extract) -> None:
    facts = story(
        "Ukrainian negotiators held their last round with the Americans in Miami at the weekend.",
        date(2026, 1, 22),
    )
    assert [(r.reference, r.format, r.parties, r.venue) for r in facts.rounds] == [
        (None, "bilateral", ("Ukraine", "United States"), "Miami")
    ]


def test_the_last_round_of_the_three_way_talks_stays_the_last_round(story: Extract) -> None:
    facts = story(
        "The last round of talks between Ukraine and Russia was held in Geneva with American mediators.",
        date(2026, 3, 2),
    )
    assert [(r.reference, r.venue) for r in facts.rounds] == [("last", "Geneva")]


@pytest.mark.parametrize(
    ("text", "sides", "venue", "start"),
    [
        (
            "Witkoff arrived in Moscow on Thursday, and met Putin for five hours.",
            ("Russia", "United States"),
            "Moscow",
            date(2026, 2, 5),
        ),
        (
            "Umerov flew to Miami on Saturday, and held talks with Witkoff.",
            ("Ukraine", "United States"),
            "Miami",
            date(2026, 1, 31),
        ),
        (
            "Kirill Dmitriev flew to Miami a few days before the round, on January 31, and later spent the "
            "day with Steve Witkoff and Jared Kushner.",
            ("Russia", "United States"),
            "Miami",
            date(2026, 1, 31),
        ),
    ],
)
def test_a_clause_joined_by_and_that_opens_with_its_verb_shares_the_subject_before_it(
    story: Extract, text: str, sides: tuple[str, str], venue: str, start: date
) -> None:
    found = meeting_of(story(text, published=date(2026, 2, 6)), *sides)
    assert (found.format, found.venue, found.start, found.status) == ("bilateral", venue, start, "concluded")


def test_a_clause_with_a_subject_of_its_own_keeps_its_own_sides(story: Extract) -> None:
    facts = story(
        "Witkoff arrived in Moscow on Thursday, and Zelensky met European leaders in Kyiv.",
        published=date(2026, 2, 6),
    )
    assert not [r for r in meetings(facts) if set(r.parties) == {"Russia", "United States"}], facts.rounds


@pytest.mark.parametrize(
    "text",
    [
        "Witkoff said on Monday that he would see Umerov in Geneva on Thursday.",
        "Their last face-to-face contact was Umerov's sit-down with Witkoff and Kushner in Geneva on "
        "Feb. 26.",
    ],
)
def test_seeing_someone_and_a_sit_down_are_meetings_held_where_the_text_places_them(
    story: Extract, text: str
) -> None:
    found = meeting_of(story(text, published=date(2026, 2, 23)), "Ukraine", "United States")
    assert (found.venue, found.start) == ("Geneva", date(2026, 2, 26))


@pytest.mark.parametrize(
    ("text", "published", "sides", "venue", "start"),
    [
        (
            "It is not quite a month since Witkoff and Kushner sat with Putin in the Kremlin on the night of "
            "Jan. 22.",
            date(2026, 2, 19),
            ("Russia", "United States"),
            "Moscow",
            date(2026, 1, 22),
        ),
        (
            "Zelensky's hour with Trump on the sidelines of the forum in Davos on Thursday came first.",
            date(2026, 1, 25),
            ("Ukraine", "United States"),
            "Davos",
            date(2026, 1, 22),
        ),
        (
            "Dmitriev, who last saw the American team in Miami on Jan. 31, said the track would pay.",
            date(2026, 2, 17),
            ("Russia", "United States"),
            "Miami",
            date(2026, 1, 31),
        ),
    ],
)
def test_sitting_with_an_hour_with_and_seeing_the_other_side_are_meetings(
    story: Extract, text: str, published: date, sides: tuple[str, str], venue: str, start: date
) -> None:
    found = meeting_of(story(text, published=published), *sides)
    assert (found.venue, found.start, found.status) == (venue, start, "concluded")


@pytest.mark.parametrize(
    "text",
    [
        "The minister sat with his advisers in Kyiv on Tuesday.",
        "He saw the reports in Moscow on Tuesday.",
    ],
)
def test_sitting_with_or_seeing_no_one_of_a_side_is_no_meeting(story: Extract, text: str) -> None:
    assert meetings(story(text)) == [], story(text).rounds


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Witkoff dined with Dmitriev in Miami on Saturday.", ("Russia", "United States")),
        ("Witkoff had lunch with Umerov in Miami on Saturday.", ("Ukraine", "United States")),
        ("Umerov and Witkoff held a working breakfast in Miami on Saturday.", ("Ukraine", "United States")),
        ("Witkoff huddled with Umerov in Miami on Saturday.", ("Ukraine", "United States")),
        ("Witkoff conferred with Umerov in Miami on Saturday.", ("Ukraine", "United States")),
        ("Umerov was closeted with Witkoff in Miami on Saturday.", ("Ukraine", "United States")),
        ("Zelensky and Trump shook hands in Miami on Saturday.", ("Ukraine", "United States")),
        ("Zelensky had a one-on-one with Trump in Miami on Saturday.", ("Ukraine", "United States")),
        ("Trump granted Dmitriev an audience in Miami on Saturday.", ("Russia", "United States")),
        ("Witkoff welcomed Dmitriev to Miami on Saturday.", ("Russia", "United States")),
        ("Witkoff greeted Dmitriev in Miami on Saturday.", ("Russia", "United States")),
        ("Witkoff and Dmitriev exchanged views in Miami on Saturday.", ("Russia", "United States")),
        ("Umerov and Witkoff got together in Miami on Saturday.", ("Ukraine", "United States")),
        ("Umerov caught up with Witkoff in Miami on Saturday.", ("Ukraine", "United States")),
        ("Umerov sat opposite Witkoff in Miami on Saturday.", ("Ukraine", "United States")),
        ("Umerov was with Witkoff in Miami on Saturday.", ("Ukraine", "United States")),
        ("Umerov flew to Miami on Saturday to talk to Witkoff.", ("Ukraine", "United States")),
    ],
)
def test_meals_huddles_and_audiences_are_meetings_where_and_when_told(
    story: Extract, text: str, sides: tuple[str, str]
) -> None:
    found = meeting_of(story(text, published=date(2026, 2, 6)), *sides)
    assert (found.venue, found.start, found.status) == ("Miami", date(2026, 1, 31), "concluded")


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv welcomed Trump's proposal on Thursday.",
        "The Kremlin welcomed Witkoff's remarks in a statement on Thursday.",
        "The two sides came together to condemn the strike on Thursday.",
        "Putin had lunch alone in the Kremlin on Thursday.",
        "The minister had dinner with his family in Kyiv on Saturday.",
        "The decision was with Zelensky in the end.",
        "Trump told the audience in Davos that a deal was close.",
        "Putin greeted the news with silence on Thursday.",
        "The Emiratis talk to Moscow and Washington with equal ease.",
        "In Kyiv, the families of the freed prisoners gathered on Saturday outside the headquarters.",
    ],
)
def test_a_meal_a_welcome_or_a_gathering_with_no_other_side_is_no_meeting(story: Extract, text: str) -> None:
    facts = story(text)
    assert meetings(facts) == [], facts.rounds


def test_a_meeting_in_a_mission_takes_the_city_the_report_is_filed_from(extract: Extract) -> None:
    facts = extract(
        "GENEVA, Feb. 18 - The third round of talks between Russia, Ukraine and the United States resumed on "
        "Wednesday. On Monday evening Umerov had dinner with Witkoff and Kushner at the US mission.",
        date(2026, 2, 18),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.venue, found.start) == ("Geneva", date(2026, 2, 16))


def test_the_last_meeting_told_by_the_sides_of_its_when_clause_is_their_meeting(story: Extract) -> None:
    facts = story(
        "The last face-to-face meeting was held in Florida on March 21 and 22, when Ukrainian negotiators "
        "sat down with Steve Witkoff and Jared Kushner.",
        published=date(2026, 4, 11),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.venue, found.start, found.end, found.reference) == (
        "Miami",
        date(2026, 3, 21),
        date(2026, 3, 22),
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Witkoff visited Putin in the Kremlin on Thursday.",
        "Witkoff, who had seen Putin in the Kremlin on Thursday, flew on to Abu Dhabi.",
    ],
)
def test_visiting_or_having_seen_someone_in_a_place_is_a_meeting(story: Extract, text: str) -> None:
    found = meeting_of(story(text, published=date(2026, 2, 6)), "Russia", "United States")
    assert (found.venue, found.start) == ("Moscow", date(2026, 2, 5))


@pytest.mark.parametrize(
    "text", ["Witkoff visited Kyiv on Thursday.", "The envoys visited a hospital in Kyiv on Thursday."]
)
def test_visiting_a_place_is_no_meeting(story: Extract, text: str) -> None:
    assert meetings(story(text)) == []


def test_an_hour_with_someone_of_the_other_side_is_a_meeting(story: Extract) -> None:
    facts = story(
        "Zelensky came out of an hour with Trump on Thursday saying the meeting had been productive.",
        published=date(2026, 1, 22),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.status) == (date(2026, 1, 22), "concluded")


def test_talks_begun_that_are_expected_to_last_past_the_report_are_under_way(story: Extract) -> None:
    facts = story(
        "Ukrainian negotiators sat down with Witkoff and Kushner in Miami on Saturday for talks that are "
        "expected to last two days.",
        published=date(2026, 1, 18),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.end, found.status) == (date(2026, 1, 17), date(2026, 1, 18), "ongoing")


def test_talks_that_were_expected_to_last_two_days_and_are_past_are_over(story: Extract) -> None:
    facts = story(
        "Ukrainian negotiators sat down with Witkoff and Kushner in Miami on Jan. 17 for talks that were "
        "expected to last two days.",
        published=date(2026, 1, 25),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.status) == (date(2026, 1, 17), "concluded")


def test_the_city_with_none_named_before_is_the_datelines(extract: Extract) -> None:
    facts = extract(
        "GENEVA, Feb. 17 - Russian, Ukrainian and American negotiators began a third round of talks on "
        "Tuesday. Medinsky led the Russian team at the first two rounds in Abu Dhabi.\n\n"
        "Kirill Dmitriev began separate economic talks with the Americans elsewhere in the city on Tuesday.",
        date(2026, 2, 17),
    )
    assert meeting_of(facts, "Russia", "United States").venue == "Geneva"


def test_a_meeting_joined_by_and_before_the_rounds_clause_is_an_event_of_its_own(story: Extract) -> None:
    facts = story(
        "Kirill Dmitriev, who saw Witkoff and Kushner in Miami on Jan. 31 and ran a parallel economic track "
        "in Geneva during the third round, has not met them since.",
        published=date(2026, 3, 3),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.venue, found.start) == ("Miami", date(2026, 1, 31))
    assert [(r.venue, r.start) for r in facts.rounds if r.number == 3] == [("Geneva", None)]


@pytest.mark.parametrize(
    "journey",
    [
        "leads a team to Miami on Saturday for talks with Witkoff",
        "takes a team to Miami on Saturday for talks with Witkoff",
        "heads to Miami on Saturday for talks with Witkoff",
        "goes to Miami on Saturday to meet Witkoff",
        "will lead a team to Miami on Saturday for talks with Witkoff",
    ],
)
def test_a_journey_in_the_timetables_present_is_to_a_meeting_ahead_where_it_goes(
    story: Extract, journey: str
) -> None:
    found = meeting_of(story(f"Budanov {journey}.", published=date(2026, 2, 6)), "Ukraine", "United States")
    assert (found.start, found.venue, found.status) == (date(2026, 2, 7), "Miami", "scheduled")


def test_i_in_an_answer_under_its_speakers_name_is_that_speakers_side(story: Extract) -> None:
    facts = story(
        "Q: Will you meet the Ukrainians?\n\nWITKOFF: Jared and I will see Rustem Umerov in Geneva on "
        "Thursday.",
        published=date(2026, 2, 23),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.venue, found.start) == ("Geneva", date(2026, 2, 26))


def test_a_meeting_told_in_an_answer_is_in_the_place_the_question_named(story: Extract) -> None:
    facts = story(
        "You were in Miami last month. What did the Americans tell you?\n\n"
        "ARAKHAMIA: On the 17th we spent a whole day with Witkoff and Kushner.",
        published=date(2026, 2, 3),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.venue, found.start, found.status) == ("Miami", date(2026, 1, 17), "concluded")


def test_a_place_a_question_only_mentions_places_no_answer(story: Extract) -> None:
    facts = story(
        "The Kremlin says the talks are paused. Is the process dead?\n\n"
        "ZELENSKY: No. Our team is on its way. They will meet the American side on Saturday.",
        published=date(2026, 3, 19),
    )
    assert [r.venue for r in meetings(facts)] == [None]


def test_them_received_where_a_journey_went_are_the_travellers(story: Extract) -> None:
    facts = story(
        "Zelensky met Trump in Davos on Thursday; the American envoys then went on to Moscow, where Putin "
        "received them late the same evening.",
        published=date(2026, 1, 25),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.venue, found.start) == ("Moscow", date(2026, 1, 22))


def test_two_sides_that_spent_hours_in_talks_in_a_city_met_there(story: Extract) -> None:
    facts = story(
        "Ukrainian and U.S. negotiators spent about six hours in talks in Miami on Saturday.",
        published=date(2026, 4, 26),
    )
    assert [(r.format, r.start, r.venue, r.status) for r in facts.rounds] == [
        ("bilateral", date(2026, 4, 25), "Miami", "concluded")
    ]


def test_two_sides_that_held_a_second_day_of_talks_have_met_since_the_day_before(story: Extract) -> None:
    facts = story(
        "Umerov and Witkoff held a second day of talks in Florida on Sunday.", published=date(2026, 3, 22)
    )
    assert [(r.format, r.start, r.end, r.venue) for r in facts.rounds] == [
        ("bilateral", date(2026, 3, 21), date(2026, 3, 22), "Miami")
    ]


def test_trilateral_talks_known_by_the_day_they_ended_are_a_round(story: Extract) -> None:
    facts = story(
        "Trilateral talks between Ukraine, Russia and the United States ended on Wednesday.",
        published=date(2026, 2, 19),
    )
    assert [(r.format, r.start, r.end, r.status) for r in facts.rounds] == [
        ("trilateral", None, date(2026, 2, 18), "concluded")
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Their meeting in Florida on March 21 and 22 went through the guarantee package line by line.",
        "It was the first session between the two teams since talks in Florida on March 21 and 22.",
    ],
)
def test_talks_told_as_theirs_are_of_the_two_sides_named_just_before(story: Extract, second: str) -> None:
    facts = story(
        f"The American and Ukrainian teams did at least keep moving. {second}", published=date(2026, 3, 29)
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.end, found.venue) == (date(2026, 3, 21), date(2026, 3, 22), "Miami")


def test_their_talks_take_no_sides_from_a_sentence_naming_more_than_two(story: Extract) -> None:
    facts = story(
        "Russia, Ukraine and the United States agreed on little. "
        "Their meeting in Florida on March 21 and 22 went through the guarantee package line by line.",
        published=date(2026, 3, 29),
    )
    assert not [r for r in meetings(facts) if r.format == "bilateral" and len(r.parties) == 2]


def test_sides_that_will_sit_down_again_hold_a_meeting_on_that_day(story: Extract) -> None:
    facts = story(
        "Umerov said he had met Witkoff in Miami on Saturday. "
        "The two delegations will sit down again in Miami on Tuesday, Umerov wrote on Telegram.",
        published=date(2026, 4, 27),
    )
    days = {(r.start, r.status) for r in meetings(facts) if r.parties == ("Ukraine", "United States")}
    assert days == {(date(2026, 4, 25), "concluded"), (date(2026, 4, 28), "scheduled")}


@pytest.mark.parametrize(
    ("link", "davos_day"),
    [("the same day that", 22), ("the day after", 21), ("the day before", 23)],
)
def test_a_meeting_told_by_its_day_after_a_comma_is_a_meeting_of_its_own(
    story: Extract, link: str, davos_day: int
) -> None:
    facts = story(
        f"Vladimir Putin received Witkoff in the Kremlin late on Jan. 22, {link} Donald Trump and Zelensky "
        "met in Davos.",
        published=date(2026, 3, 20),
    )
    kremlin = meeting_of(facts, "Russia", "United States")
    davos = meeting_of(facts, "Ukraine", "United States")
    assert (kremlin.start, kremlin.venue) == (date(2026, 1, 22), "Moscow")
    assert (davos.start, davos.venue) == (date(2026, 1, davos_day), "Davos")


def test_the_two_envoys_are_the_two_people_of_one_side_named_last(story: Extract) -> None:
    facts = story(
        "Ukrainian negotiators met Witkoff and Kushner in Miami on Jan. 17. "
        "Vladimir Putin received the two envoys in the Kremlin late on Jan. 22.",
        published=date(2026, 3, 20),
    )
    kremlin = meeting_of(facts, "Russia", "United States")
    assert (kremlin.start, kremlin.venue, kremlin.format) == (date(2026, 1, 22), "Moscow", "bilateral")


def test_he_after_a_day_that_opens_the_sentence_is_the_person_named_before(story: Extract) -> None:
    facts = story(
        "Umerov has refused to discuss handing over towns.\n\n"
        "On February 26 he was back in Geneva, this time for a meeting with Witkoff and Kushner alone.",
        published=date(2026, 3, 20),
    )
    geneva = meeting_of(facts, "Ukraine", "United States")
    assert (geneva.start, geneva.venue) == (date(2026, 2, 26), "Geneva")


def test_a_when_clause_that_lists_people_is_placed_where_the_sentence_set_the_scene(story: Extract) -> None:
    facts = story(
        "It started in Miami on January 17, when Kyrylo Budanov, Rustem Umerov and David Arakhamia sat down "
        "with Steve Witkoff, Jared Kushner and Dan Driscoll.",
        published=date(2026, 2, 7),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.venue, found.status) == (date(2026, 1, 17), "Miami", "concluded")


@pytest.mark.parametrize(
    "text",
    [
        "A fourth round was postponed in March, and Umerov met Witkoff in Florida on March 21.",
        "A fourth round was postponed in March because of the war with Iran, and only Ukrainian and American "
        "negotiators have met since, in Florida on March 21.",
    ],
)
def test_a_meeting_joined_by_and_after_a_round_is_a_meeting_of_its_own(story: Extract, text: str) -> None:
    facts = story(text, published=date(2026, 4, 14))
    fourth = [r for r in facts.rounds if r.number == 4]
    assert [(r.start, r.venue, r.status) for r in fourth] == [(None, None, "postponed")]
    florida = meeting_of(facts, "Ukraine", "United States")
    assert (florida.start, florida.venue, florida.status) == (date(2026, 3, 21), "Miami", "concluded")


def test_three_way_talks_held_again_on_other_days_are_talks_of_their_own(story: Extract) -> None:
    facts = story(
        "Medinsky replaces Kostyukov, who led the Russian side at the U.S.-brokered talks in Abu Dhabi on "
        "Jan. 23-24 and again on Feb. 4-5.",
        published=date(2026, 2, 14),
    )
    held = sorted((r.start, r.end, r.venue, r.format) for r in facts.rounds)
    assert held == [
        (date(2026, 1, 23), date(2026, 1, 24), "Abu Dhabi", "trilateral"),
        (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "trilateral"),
    ]


def test_direct_talks_are_of_the_two_sides_of_the_conflict(story: Extract) -> None:
    facts = story(
        "Medinsky is no stranger to the Ukrainian side: he headed Russia's delegation at the direct talks in "
        "Istanbul last year.",
        published=date(2026, 2, 14),
    )
    istanbul = meeting_of(facts, "Russia", "Ukraine")
    assert (istanbul.format, istanbul.venue, istanbul.status) == ("bilateral", "Istanbul", "concluded")


def test_the_meetings_of_two_delegations_are_a_meeting_of_their_sides(story: Extract) -> None:
    facts = story(
        "US special envoy Steve Witkoff described as “constructive” the meetings of the American and "
        "Ukrainian delegations held in Florida on Saturday and Sunday.",
        published=date(2026, 3, 23),
    )
    florida = meeting_of(facts, "Ukraine", "United States")
    assert (florida.start, florida.end, florida.venue) == (date(2026, 3, 21), date(2026, 3, 22), "Miami")


def test_the_last_time_three_delegations_sat_down_is_a_meeting_held(story: Extract) -> None:
    facts = story(
        "No date has been set for another meeting of Russian, Ukrainian and U.S. negotiators, Peskov said on "
        "Monday, more than two months after the three delegations last sat down together in Geneva.",
        published=date(2026, 5, 5),
    )
    assert [(r.format, r.venue, r.status, r.reference) for r in facts.rounds] == [
        ("trilateral", "Geneva", "concluded", None)
    ]


def test_a_round_after_which_two_sides_met_is_told_apart_from_their_meeting(story: Extract) -> None:
    facts = story(
        "Rustem Umerov met Steve Witkoff and Jared Kushner in Geneva on Thursday, the only negotiations on "
        "Ukraine held in the Swiss city this week after a fourth trilateral round failed to take place.",
        published=date(2026, 2, 27),
    )
    meetings = [(r.parties, r.start, r.venue) for r in facts.rounds if r.number is None]
    assert meetings == [(("Ukraine", "United States"), date(2026, 2, 26), "Geneva")]
    assert [(r.number, r.venue) for r in facts.rounds if r.number is not None] == [(4, None)]


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Umerov returned to Geneva for a meeting with Steve Witkoff on February 26.", "Geneva"),
        ("Umerov went back to Geneva on February 26 for talks with Steve Witkoff.", "Geneva"),
        # going home after the talks names no place of them
        ("Umerov met Steve Witkoff on February 26 and flew back to Kyiv after the talks.", None),
    ],
)
def test_a_return_to_a_city_for_a_meeting_is_a_journey_to_the_meeting(
    story: Extract, text: str, venue: str | None
) -> None:
    facts = story(text, published=date(2026, 3, 10))
    assert [(r.parties, r.start, r.venue) for r in facts.rounds] == [
        (("Ukraine", "United States"), date(2026, 2, 26), venue)
    ]


def test_that_was_on_a_day_dates_the_meeting_of_the_sentence_before(story: Extract) -> None:
    facts = story(
        "There was one more contact. Umerov went back to Geneva for a meeting with Steve Witkoff and Jared "
        "Kushner. That was on February 26, two days before the strikes on Iran began.",
        published=date(2026, 3, 10),
    )
    assert [(r.parties, r.start, r.venue, r.status) for r in facts.rounds] == [
        (("Ukraine", "United States"), date(2026, 2, 26), "Geneva", "concluded")
    ]


def test_talks_told_right_after_a_meeting_are_that_meeting_though_it_is_told_again_later(
    story: Extract,
) -> None:
    facts = story(
        "Talks between American and Ukrainian negotiators continued in Florida on Sunday, a day after they "
        "began. The two-day meeting is due to end later today. Umerov has come to Florida for talks "
        "with Witkoff before. The fourth round, originally due in early March, remains postponed with no "
        "new date.",
        published=date(2026, 3, 22),
    )
    assert [(r.number, r.start, r.end) for r in facts.rounds] == [
        (None, date(2026, 3, 21), date(2026, 3, 22)),
        (4, None, None),
    ]


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("On Jan. 31 in Miami Kirill Dmitriev sees Steve Witkoff and Scott Bessent.", True),
        ("Kirill Dmitriev in Miami sees Russia as a winner, Steve Witkoff said on Jan. 31.", False),
        ("Dmitriev and Witkoff in Miami: more on their plans for Jan. 31 (see Tuesday).", False),
    ],
)
def test_to_see_someone_named_in_a_chronicles_present_is_to_meet(
    story: Extract, text: str, met: bool
) -> None:
    facts = story(text, published=date(2026, 3, 24))
    assert bool([r for r in facts.rounds if r.parties == ("Russia", "United States")]) is met


def test_a_meeting_a_postponement_followed_is_held_on_its_own_day_between_both_its_sides(
    story: Extract,
) -> None:
    facts = story(
        "The second round will take place in Abu Dhabi on Wednesday and Thursday. The postponement followed "
        "a meeting in Miami on Saturday between Kirill Dmitriev, the special presidential envoy for economic "
        "cooperation, and the American team of Steve Witkoff and Jared Kushner.",
        published=date(2026, 2, 2),
    )
    assert [(r.parties, r.start, r.venue, r.status) for r in facts.rounds if r.number is None] == [
        (("Russia", "United States"), date(2026, 1, 31), "Miami", "concluded")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Americans met the Ukrainians in Geneva on February 26 and in Florida on March 21 and 22.",
        "Since then the Americans have met the Ukrainians on their own: in Geneva on February 26, and in "
        "Florida on March 21 and 22, in talks Witkoff described as constructive.",
    ],
)
def test_one_meeting_verb_with_a_place_and_a_day_after_another_is_as_many_meetings(
    story: Extract, text: str
) -> None:
    facts = story(text, published=date(2026, 4, 12))
    assert sorted((r.start, r.end, r.venue) for r in facts.rounds) == [
        (date(2026, 2, 26), None, "Geneva"),
        (date(2026, 3, 21), date(2026, 3, 22), "Miami"),
    ]


def test_a_scene_set_in_a_place_dates_a_meeting_said_to_be_there(story: Extract) -> None:
    facts = story(
        "The American envoys' Thursday had begun in Davos. There, on the sidelines of the World Economic "
        "Forum, Trump met Volodymyr Zelensky for about an hour.",
        published=date(2026, 1, 23),
    )
    assert [(r.parties, r.start, r.venue) for r in facts.rounds] == [
        (("Ukraine", "United States"), date(2026, 1, 22), "Davos")
    ]


def test_a_side_named_between_places_and_days_is_the_other_side_of_the_meetings_after_it(
    story: Extract,
) -> None:
    facts = story(
        "Witkoff and Kushner sat down with the Ukrainians in Miami on January 17 and in Geneva on February "
        "26, and with Vladimir Putin in the Kremlin on January 22.",
        published=date(2026, 3, 28),
    )
    assert sorted((r.start, r.parties, r.venue) for r in facts.rounds) == [
        (date(2026, 1, 17), ("Ukraine", "United States"), "Miami"),
        (date(2026, 1, 22), ("Russia", "United States"), "Moscow"),
        (date(2026, 2, 26), ("Ukraine", "United States"), "Geneva"),
    ]


def test_having_seen_each_side_on_its_own_in_a_list_of_places_and_days_is_a_meeting_each(
    story: Extract,
) -> None:
    facts = story(
        "The Americans have also seen each side on its own: the Ukrainians in Miami on January 17, the "
        "Russians in the Kremlin on January 22 and in Miami again on January 31.",
        published=date(2026, 2, 14),
    )
    assert sorted((r.start, r.parties, r.venue) for r in facts.rounds) == [
        (date(2026, 1, 17), ("Ukraine", "United States"), "Miami"),
        (date(2026, 1, 22), ("Russia", "United States"), "Moscow"),
        (date(2026, 1, 31), ("Russia", "United States"), "Miami"),
    ]


def test_a_list_of_meetings_after_a_colon_names_the_sides_of_each_item(story: Extract) -> None:
    facts = story(
        "In six weeks the parties met in four cities: Ukrainian and American officials in Miami on January "
        "17; Vladimir Putin and the US envoys in the Kremlin on January 22; all three delegations in Abu "
        "Dhabi on January 23 and 24 and again on February 4 and 5.",
        published=date(2026, 4, 13),
    )
    assert sorted((r.start, r.parties, r.venue, r.format) for r in facts.rounds) == [
        (date(2026, 1, 17), ("Ukraine", "United States"), "Miami", "bilateral"),
        (date(2026, 1, 22), ("Russia", "United States"), "Moscow", "bilateral"),
        (date(2026, 1, 23), ("Russia", "Ukraine", "United States"), "Abu Dhabi", "trilateral"),
        (date(2026, 2, 4), ("Russia", "Ukraine", "United States"), "Abu Dhabi", "trilateral"),
    ]


def test_that_session_with_the_meetings_own_side_named_dates_the_meeting_before(story: Extract) -> None:
    facts = story(
        "Security officials from Ukraine, Russia and the United States began two days of talks in Abu Dhabi "
        "on Friday, hours after Vladimir Putin had finished a night session with the American envoys in the "
        "Kremlin.\n\nThat session started late on Thursday and broke up at around 3 a.m. Moscow time on "
        "Friday.\n\nThe Abu Dhabi meeting, the first round of the process, is held behind closed doors.",
        published=date(2026, 1, 23),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.venue, found.status) == (date(2026, 1, 22), "Moscow", "concluded")


def test_two_sides_that_spent_two_weekdays_in_a_city_met_there(story: Extract) -> None:
    facts = story(
        "American and Ukrainian negotiators spent Saturday and Sunday in Florida working through the issues "
        "that still stand in the way of an agreement, Steve Witkoff said.",
        published=date(2026, 3, 23),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.end, found.venue) == (date(2026, 3, 21), date(2026, 3, 22), "Miami")


def test_talks_held_twice_with_their_days_listed_after_a_colon_are_a_meeting_a_day(story: Extract) -> None:
    facts = story(
        "The three delegations have met twice before, both times in Abu Dhabi: on January 23 and 24, and on "
        "February 4 and 5.",
        published=date(2026, 2, 17),
    )
    assert sorted((r.start, r.end, r.venue, r.format) for r in facts.rounds) == [
        (date(2026, 1, 23), date(2026, 1, 24), "Abu Dhabi", "trilateral"),
        (date(2026, 2, 4), date(2026, 2, 5), "Abu Dhabi", "trilateral"),
    ]


@pytest.mark.parametrize(
    ("talks", "venue"),
    [
        ("he is expected to hold economic talks with the Americans on the margins.", "Geneva"),
        # talks held on the side of the round before are placed by their own words, not by it
        ("he held economic talks with the Americans on the margins.", None),
    ],
)
def test_talks_still_to_come_on_the_margins_are_where_the_round_told_of_is(
    story: Extract, talks: str, venue: str | None
) -> None:
    facts = story(
        "Negotiators should be under one roof in Geneva on Tuesday for a third round of talks. Kirill "
        f"Dmitriev travels separately: {talks}",
        published=date(2026, 2, 16),
    )
    assert [r.venue for r in facts.rounds if r.parties == ("Russia", "United States")] == (
        [venue] if venue else []
    )


def test_a_delegation_led_at_meetings_in_a_fronted_place_is_a_meeting_there(story: Extract) -> None:
    facts = story(
        "For Medinsky it was a return to a familiar role. Last year in Istanbul he led Russia's delegation "
        "at "
        "three meetings with the Ukrainians.",
        published=date(2026, 2, 17),
    )
    assert [(r.parties, r.venue) for r in facts.rounds] == [(("Russia", "Ukraine"), "Istanbul")]


def test_talks_last_spring_are_not_the_meeting_of_the_same_sides_this_year(story: Extract) -> None:
    facts = story(
        "Medinsky led Moscow's delegation at the talks with Ukraine in Istanbul last spring. On Tuesday he "
        "met "
        "the Ukrainian delegation separately.",
        published=date(2026, 2, 19),
    )
    assert sorted((r.start or date.min, r.venue) for r in facts.rounds) == [
        (date.min, "Istanbul"),
        (date(2026, 2, 17), None),
    ]


def test_he_after_an_opening_phrase_is_the_person_named_before_meeting_the_other_side(story: Extract) -> None:
    facts = story(
        "Rustem Umerov led Ukraine's delegation at the first round. Before that, on Jan. 17, he led the team "
        "that spent a day in Miami with Steve Witkoff and Jared Kushner.",
        published=date(2026, 2, 10),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.venue) == (date(2026, 1, 17), "Miami")


def test_talks_held_so_many_times_in_each_place_with_their_days_are_a_meeting_a_day(story: Extract) -> None:
    facts = story(
        "Since January the three delegations have met three times: twice in Abu Dhabi, on January 23-24 and "
        "February 4-5, and once in Geneva, on February 17-18.",
        published=date(2026, 4, 12),
    )
    assert sorted((r.start, r.venue, r.format) for r in facts.rounds) == [
        (date(2026, 1, 23), "Abu Dhabi", "trilateral"),
        (date(2026, 2, 4), "Abu Dhabi", "trilateral"),
        (date(2026, 2, 17), "Geneva", "trilateral"),
    ]


def test_a_clause_of_while_after_a_day_is_a_meeting_apart_from_the_main_one_on_that_day(
    story: Extract,
) -> None:
    facts = story(
        "Then, on Feb. 17, while Vladimir Medinsky's delegation sat down with the Ukrainians and Americans "
        "in "
        "Geneva, Dmitriev held separate economic talks with Witkoff and Kushner in the same city.",
        published=date(2026, 4, 12),
    )
    assert sorted((r.parties, r.start, r.venue) for r in facts.rounds) == [
        (("Russia", "Ukraine", "United States"), date(2026, 2, 17), "Geneva"),
        (("Russia", "United States"), date(2026, 2, 17), "Geneva"),
    ]


def test_a_meeting_after_where_takes_the_day_its_sentence_opens_with(story: Extract) -> None:
    facts = story(
        "On Thursday it was Davos, where Donald Trump and President Zelensky spent an hour together.",
        published=date(2026, 1, 25),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.venue) == (date(2026, 1, 22), "Davos")


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("Zelensky answered that Russia's nightly strikes on Ukrainian cities spoke for themselves.", False),
        ("Witkoff spoke of progress after Russia and Ukraine traded drafts in Geneva on Tuesday.", False),
        ("The three delegations sat together in Geneva on February 17 and 18.", True),
    ],
)
def test_speaking_for_oneself_is_no_meeting_sitting_together_is(story: Extract, text: str, met: bool) -> None:
    assert bool(story(text, published=date(2026, 2, 20)).rounds) is met


def test_the_meeting_set_for_a_day_and_place_is_the_one_the_sentence_before_told(story: Extract) -> None:
    facts = story(
        "A Ukrainian delegation led by Kyrylo Budanov will fly to the United States this weekend for talks "
        "with Donald Trump's envoys. The meeting is set for Miami on Saturday.",
        published=date(2026, 1, 16),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.venue, found.status) == (date(2026, 1, 17), "Miami", "scheduled")


def test_the_same_evening_after_talks_of_two_days_is_the_evening_of_the_report(story: Extract) -> None:
    facts = story(
        "Zelensky said negotiators from Ukraine, Russia and the United States would meet in the Emirates on "
        "Friday and Saturday. Steve Witkoff and Jared Kushner were due in Moscow the same evening for a "
        "meeting with Vladimir Putin.",
        published=date(2026, 1, 22),
    )
    assert meeting_of(facts, "Russia", "United States").start == date(2026, 1, 22)


def test_a_place_one_is_due_in_to_see_someone_is_where_they_meet(story: Extract) -> None:
    facts = story("Witkoff was due in Moscow on Thursday evening to see Putin.", published=date(2026, 1, 21))
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.venue) == (date(2026, 1, 22), "Moscow")


@pytest.mark.parametrize(
    "later",
    [
        "The economic group was also due to meet in the Emirati capital on Friday.",
        "Separately, the economic talks will take place in Abu Dhabi on Friday.",
    ],
)
def test_talks_named_by_their_subject_are_of_the_sides_named_with_them(story: Extract, later: str) -> None:
    facts = story(
        "The first round of trilateral talks opens in Abu Dhabi on Friday. Kirill Dmitriev and Steve Witkoff "
        f"lead a separate economic track. {later}",
        published=date(2026, 1, 22),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.venue) == (date(2026, 1, 23), "Abu Dhabi")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "The meetings, held on Saturday and Sunday at a private venue outside Miami, brought a Ukrainian "
            "team led by Rustem Umerov together with Witkoff, Jared Kushner and Josh Gruenbaum.",
            date(2026, 3, 23),
        ),
        (
            "American and Ukrainian negotiators spent the weekend of March 21 and 22 in Florida, meetings "
            "Steve Witkoff described as constructive.",
            date(2026, 4, 13),
        ),
    ],
)
def test_talks_held_by_one_side_with_the_mediator_are_their_meeting(
    story: Extract, text: str, published: date
) -> None:
    found = meeting_of(story(text, published=published), "Ukraine", "United States")
    assert (found.start, found.end, found.venue) == (date(2026, 3, 21), date(2026, 3, 22), "Miami")


def test_a_clause_that_opens_the_sentence_lends_the_main_clause_no_format(story: Extract) -> None:
    facts = story(
        "When the Gulf war stalled the three-way track, it was Umerov who led a team to Florida for two days "
        "of meetings with the Americans on March 21 and 22.",
        published=date(2026, 4, 24),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.format, found.start, found.venue) == ("bilateral", date(2026, 3, 21), "Miami")


def test_a_joined_clause_whose_verb_runs_long_keeps_the_subject_as_a_side(story: Extract) -> None:
    facts = story(
        "Witkoff met Rustem Umerov in Geneva on February 26, and spent the weekend of March 21 and 22 with a "
        "Ukrainian team in Florida.",
        published=date(2026, 6, 5),
    )
    assert [(r.start, r.venue) for r in meetings(facts) if r.parties == ("Ukraine", "United States")] == [
        (date(2026, 2, 26), "Geneva"),
        (date(2026, 3, 21), "Miami"),
    ]


def test_a_meeting_hours_after_another_named_by_its_people_is_on_the_same_day(story: Extract) -> None:
    facts = story(
        "The Americans saw Vladimir Putin in the Kremlin late on January 22, hours after Donald Trump and "
        "Volodymyr Zelensky had met in Davos, and hosted Kirill Dmitriev in Miami on January 31.",
        published=date(2026, 6, 26),
    )
    assert (
        meeting_of(facts, "Ukraine", "United States").start,
        meeting_of(facts, "Ukraine", "United States").venue,
    ) == (
        date(2026, 1, 22),
        "Davos",
    )
    assert sorted(
        (r.start, r.venue) for r in meetings(facts) if r.parties == ("Russia", "United States")
    ) == [
        (date(2026, 1, 22), "Moscow"),
        (date(2026, 1, 31), "Miami"),
    ]


def test_a_place_before_a_clause_of_when_is_the_place_of_its_meeting(story: Extract) -> None:
    facts = story(
        "Both documents were the main business in Miami on Saturday, when a Ukrainian delegation headed by "
        "Kyrylo Budanov, the new head of the presidential office, spent the day with the American envoys "
        "Steve "
        "Witkoff and Jared Kushner and the Army Secretary, Dan Driscoll.",
        published=date(2026, 1, 20),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.venue) == (date(2026, 1, 17), "Miami")


def test_a_meeting_told_with_no_sides_takes_those_of_the_meeting_told_just_after(story: Extract) -> None:
    facts = story(
        "On Saturday he walked into a conference room in Miami to talk about how the war might end. Budanov "
        "had flown to Florida with Rustem Umerov and David Arakhamia. The three spent the day with Steve "
        "Witkoff "
        "and Jared Kushner.",
        published=date(2026, 1, 19),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.venue) == (date(2026, 1, 17), "Miami")
    assert all(r.parties for r in facts.rounds)


@pytest.mark.parametrize(
    "text",
    [
        "It began on Thursday afternoon in Davos, where Donald Trump and Volodymyr Zelensky sat down for an "
        "hour.",
        "It began on Thursday evening in Davos, where Donald Trump and Volodymyr Zelensky met.",
    ],
)
def test_the_day_and_time_of_day_before_where_are_the_meetings(story: Extract, text: str) -> None:
    found = meeting_of(story(text, published=date(2026, 1, 24)), "Ukraine", "United States")
    assert (found.start, found.venue) == (date(2026, 1, 22), "Davos")


def test_ones_previous_session_with_him_is_a_meeting_with_the_person_named_before(story: Extract) -> None:
    facts = story(
        "Witkoff was no stranger to Putin: his previous session with him, in Moscow on December 2 with "
        "Kushner, had run for about five hours.",
        published=date(2026, 6, 5),
    )
    assert all(r.reference is None for r in facts.rounds)
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.venue) == (date(2025, 12, 2), "Moscow")


def test_meetings_listed_day_by_day_after_a_colon_each_take_the_place_after_their_day(story: Extract) -> None:
    facts = story(
        "Dmitriev also met Witkoff twice: on January 23 in Abu Dhabi and on February 17 in Geneva.",
        published=date(2026, 6, 10),
    )
    met = sorted((r.start, r.venue) for r in facts.rounds if set(r.parties) == {"Russia", "United States"})
    assert met == [(date(2026, 1, 23), "Abu Dhabi"), (date(2026, 2, 17), "Geneva")]


def test_part_of_the_second_day_of_a_round_gone_by_is_that_day_and_over(story: Extract) -> None:
    facts = story(
        "The third round opened in Geneva on Tuesday and ended on Wednesday. Medinsky also spent part of the "
        "second day alone with the Ukrainian team, without the Americans in the room.",
        published=date(2026, 2, 19),
    )
    found = meeting_of(facts, "Russia", "Ukraine")
    assert (found.start, found.status) == (date(2026, 2, 18), "concluded")


def test_a_visit_of_one_side_to_a_city_of_another_is_a_meeting_of_the_two(story: Extract) -> None:
    facts = story(
        "Budanov led the first Ukrainian visit to Miami on January 17, before the three-way format existed.",
        published=date(2026, 4, 13),
    )
    assert meeting_of(facts, "Ukraine", "United States").start == date(2026, 1, 17)


def test_the_last_meeting_of_two_sides_is_their_meeting_not_the_last_round(story: Extract) -> None:
    facts = story(
        "The last meeting of any kind was the two-day session in Florida that began on March 21, where "
        "Ukrainian negotiators went through the remaining issues with Steve Witkoff and Jared Kushner.",
        published=date(2026, 4, 13),
    )
    assert all(r.reference is None for r in facts.rounds)
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.end, found.venue) == (date(2026, 3, 21), date(2026, 3, 22), "Miami")


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "On Thursday Putin kept Witkoff and Jared Kushner in the Kremlin for nearly four hours.",
            True,
        ),
        ("Russia kept Witkoff waiting for an answer while its strikes went on.", False),
    ],
)
def test_a_host_who_kept_guests_for_hours_met_them(story: Extract, text: str, met: bool) -> None:
    facts = story(text, published=date(2026, 1, 23))
    assert any(set(r.parties) == {"Russia", "United States"} for r in facts.rounds) is met


def test_a_place_that_opens_the_sentence_is_where_one_side_spent_hours_with_the_other(
    story: Extract,
) -> None:
    facts = story(
        "In Miami yesterday, the Kremlin's economic envoy Kirill Dmitriev spent several hours with Steve "
        "Witkoff and Jared Kushner.",
        published=date(2026, 2, 1),
    )
    (meeting,) = facts.rounds
    assert (meeting.start, meeting.venue, meeting.status) == (date(2026, 1, 31), "Miami", "concluded")


def test_a_meeting_held_instead_of_a_round_is_scheduled_not_moved(story: Extract) -> None:
    facts = story(
        "A fourth round of talks will not take place this week, a senior Ukrainian official said. Steve "
        "Witkoff will instead meet Rustem Umerov in Geneva tomorrow.",
        published=date(2026, 2, 25),
    )
    (meeting,) = [r for r in facts.rounds if r.number is None]
    assert (meeting.start, meeting.venue, meeting.status) == (date(2026, 2, 26), "Geneva", "scheduled")


def test_a_place_that_opens_the_sentence_is_where_two_sides_talked_but_not_by_phone(story: Extract) -> None:
    facts = story(
        "In Davos yesterday, Donald Trump and Volodymyr Zelensky talked for about an hour.",
        published=date(2026, 1, 23),
    )
    assert [(r.start, r.venue) for r in facts.rounds] == [(date(2026, 1, 22), "Davos")]
    by_phone = story(
        "In Davos yesterday, Donald Trump and Volodymyr Zelensky talked by phone for about an hour.",
        published=date(2026, 1, 23),
    )
    assert [r.venue for r in by_phone.rounds] == []


def test_words_that_only_place_talks_right_before_a_meeting_told_with_no_place_are_its_place(
    story: Extract,
) -> None:
    facts = story(
        "This is the first round of the trilateral format. The Kremlin meeting is over. Vladimir Putin "
        "received Steve Witkoff and Jared Kushner late on Thursday.",
        published=date(2026, 1, 23),
    )
    (meeting,) = [r for r in facts.rounds if r.number is None]
    assert (meeting.start, meeting.venue) == (date(2026, 1, 22), "Moscow")
    assert [r.venue for r in facts.rounds if r.number == 1] == [None]


def test_the_city_is_the_one_named_earlier_in_its_paragraph_not_the_last_of_the_article(
    story: Extract,
) -> None:
    facts = story(
        "Putin received Witkoff in the Kremlin on January 22.\n\nFebruary 26, Geneva. Witkoff and Kushner, "
        "in the city mainly for talks on Iran, met Umerov on Thursday, a US official said.",
        published=date(2026, 2, 27),
    )
    assert [(r.start, r.venue) for r in facts.rounds] == [
        (date(2026, 1, 22), "Moscow"),
        (date(2026, 2, 26), "Geneva"),
    ]


def test_a_meeting_told_in_a_since_clause_with_its_own_subject_is_a_meeting_of_its_own(
    story: Extract,
) -> None:
    facts = story(
        "It will be the first meeting between Ukrainian and American negotiators since Umerov saw Steve "
        "Witkoff and Jared Kushner in Geneva on Feb. 26.",
        published=date(2026, 3, 20),
    )
    held = [(r.start, r.venue, r.status) for r in facts.rounds if r.start is not None]
    assert held == [(date(2026, 2, 26), "Geneva", "concluded")]


def test_the_two_who_meet_again_are_the_sides_of_the_meeting_just_told_not_the_next_round(
    story: Extract,
) -> None:
    facts = story(
        "Rustem Umerov met Witkoff in Washington earlier this month, and the two are due to meet again in "
        "Geneva on Tuesday.",
        published=date(2026, 6, 26),
    )
    assert [r.reference for r in facts.rounds] == [None, None]
    ahead = [(r.parties, r.start, r.venue) for r in facts.rounds if r.start is not None]
    assert ahead == [(("Ukraine", "United States"), date(2026, 6, 30), "Geneva")]


def test_two_sides_that_spent_days_at_a_building_in_a_city_met_there(story: Extract) -> None:
    facts = story(
        "American and Ukrainian negotiators spent Saturday and Sunday at a private golf club in Hallandale "
        "Beach, a few miles up the coast from Miami, working through the remaining issues.",
        published=date(2026, 3, 23),
    )
    assert [(r.parties, r.start, r.end, r.venue) for r in facts.rounds] == [
        (("Ukraine", "United States"), date(2026, 3, 21), date(2026, 3, 22), "Hallandale Beach")
    ]


def test_that_meeting_places_the_meeting_dated_before_and_the_same_morning_is_its_day(story: Extract) -> None:
    facts = story(
        "Witkoff flew to Moscow on January 22 and was received in the Kremlin late that evening, with "
        "Dmitriev at Putin's side. The pair met again the next day. That meeting was in Abu Dhabi, where the "
        "first trilateral round opened the same morning.",
        published=date(2026, 6, 29),
    )
    told = [(r.number, r.start, r.venue, r.status) for r in facts.rounds if r.start == date(2026, 1, 23)]
    assert sorted(told, key=str) == sorted(
        [
            (None, date(2026, 1, 23), "Abu Dhabi", "concluded"),
            (1, date(2026, 1, 23), "Abu Dhabi", "concluded"),
        ],
        key=str,
    )


def test_that_was_on_a_day_in_a_place_dates_and_places_the_meeting_just_told(story: Extract) -> None:
    facts = story(
        "Trump and Zelensky have met once this year. That was on January 22, on the sidelines of the World "
        "Economic Forum in Davos, and the conversation lasted about an hour.",
        published=date(2026, 5, 26),
    )
    assert [(r.parties, r.start, r.venue) for r in facts.rounds] == [
        (("Ukraine", "United States"), date(2026, 1, 22), "Davos")
    ]


def test_the_nth_day_of_that_month_is_a_day_of_the_month_named_before(story: Extract) -> None:
    facts = story(
        "Then came December. On the second day of that month Witkoff and Jared Kushner were received by "
        "Putin in the Kremlin, and the conversation lasted about five hours.",
        published=date(2026, 2, 23),
    )
    assert [(r.start, r.venue, r.status) for r in facts.rounds] == [
        (date(2025, 12, 2), "Moscow", "concluded")
    ]


def test_a_meeting_on_the_sidelines_of_a_gathering_named_by_its_city_is_in_that_city(story: Extract) -> None:
    meeting = story(
        "Zelensky will meet Rubio on the sidelines of the Munich Security Conference on Saturday.",
        published=date(2026, 2, 14),
    )
    assert [(r.start, r.venue) for r in meeting.rounds] == [(date(2026, 2, 14), "Munich")]
    interview = story(
        "Sybiha spoke to the Civic Ledger on Saturday on the sidelines of the Munich Security Conference.",
        published=date(2026, 2, 15),
    )
    assert [r.venue for r in interview.rounds] == []


def test_his_talks_the_following_afternoon_are_a_meeting_of_the_man_who_arrived_the_day_before(
    story: Extract,
) -> None:
    facts = story(
        "Dmitriev arrived in Miami on Friday evening. His talks with Witkoff took place the following "
        "afternoon.",
        published=date(2026, 2, 2),
    )
    assert [(r.parties, r.start, r.venue, r.status) for r in facts.rounds] == [
        (("Russia", "United States"), date(2026, 1, 31), "Miami", "concluded")
    ]


def test_he_who_talked_with_someone_is_the_man_named_before_him_not_the_one_named_with_him(
    story: Extract,
) -> None:
    facts = story(
        "Witkoff went from Davos to the Kremlin, where he and Putin talked for nearly four hours on Thursday "
        "night.",
        published=date(2026, 1, 23),
    )
    assert [(r.parties, r.start, r.venue) for r in facts.rounds] == [
        (("Russia", "United States"), date(2026, 1, 22), "Moscow")
    ]


def test_a_meeting_on_the_sidelines_of_a_round_is_a_meeting_of_its_own(story: Extract) -> None:
    facts = story(
        "On the sidelines of the second round, Grynkewich met Russian military officers in Abu Dhabi on "
        "Thursday.",
        published=date(2026, 2, 6),
    )
    meetings = [(r.parties, r.start, r.venue) for r in facts.rounds if r.number is None]
    assert meetings == [(("Russia", "United States"), date(2026, 2, 5), "Abu Dhabi")]
    assert [r.start for r in facts.rounds if r.number == 2] == [None]


def test_talks_told_after_a_sides_journey_are_that_sides_talks_where_it_went(story: Extract) -> None:
    facts = story(
        "A Ukrainian team flew to Florida on Friday. The talks with Witkoff ran on Saturday and Sunday.",
        published=date(2026, 3, 23),
    )
    assert [(r.parties, r.start, r.end, r.venue) for r in facts.rounds] == [
        (("Ukraine", "United States"), date(2026, 3, 21), date(2026, 3, 22), "Miami")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow demands that Ukraine hand over the rest of the Donetsk region, on the basis of the formula "
        "from Vladimir Putin's summit with Donald Trump in Alaska last August.",
        "Russia wants Ukraine to withdraw from Donetsk, in line with a formula that Moscow traces to last "
        "August's summit in Alaska between Trump and Putin.",
    ],
)
def test_a_summit_is_of_the_two_people_named_with_it_not_of_its_clause(story: Extract, sentence: str) -> None:
    facts = story(sentence, published=date(2026, 2, 13))
    (summit,) = meetings(facts)
    assert (summit.parties, summit.venue, summit.status) == (
        ("Russia", "United States"),
        "Anchorage",
        "concluded",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Peskov also said territory remained fundamental for Moscow, a reference to the understanding "
        "Vladimir Putin and Donald Trump reached in Anchorage last August.",
        "Territory had to be settled on the basis of the understanding reached by Vladimir Putin and Donald "
        "Trump in Anchorage last August, Peskov said.",
    ],
)
def test_two_leaders_who_reached_an_understanding_in_a_place_met_there(story: Extract, sentence: str) -> None:
    facts = story(sentence, published=date(2026, 1, 27))
    summit = meeting_of(facts, "Russia", "United States")
    assert (summit.venue, summit.status) == ("Anchorage", "concluded")


def test_an_understanding_reached_with_no_place_is_no_meeting(story: Extract) -> None:
    facts = story(
        "Peskov said the understanding reached by Vladimir Putin and Donald Trump still held.",
        published=date(2026, 1, 27),
    )
    assert meetings(facts) == []


def test_the_two_presidents_are_the_two_who_met_last_not_the_last_two_named(story: Extract) -> None:
    facts = story(
        "Donald Trump and Volodymyr Zelensky met in Davos today, and tonight the American negotiators are in "
        "Moscow with Vladimir Putin. First to our correspondent in the Alpine resort.\n\n"
        "The two presidents spent about an hour together on the sidelines of the World Economic Forum this "
        "afternoon.",
        published=date(2026, 1, 22),
    )
    assert [m.parties for m in meetings(facts) if m.venue == "Davos"] == [("Ukraine", "United States")]


def test_people_in_a_place_sitting_across_the_table_from_the_other_side_meet_there(story: Extract) -> None:
    facts = story(
        "Tonight the American negotiators are in Moscow, sitting across the table from Vladimir Putin.",
        published=date(2026, 1, 22),
    )
    meeting = meeting_of(facts, "Russia", "United States")
    assert (meeting.start, meeting.venue) == (date(2026, 1, 22), "Moscow")


def test_one_due_to_host_someone_named_in_a_place_meets_them_there(story: Extract) -> None:
    facts = story(
        "Witkoff is also due to host Kirill Dmitriev, the Kremlin's envoy for economic cooperation, in Miami "
        "on Saturday, a White House official said.",
        published=date(2026, 1, 29),
    )
    meeting = meeting_of(facts, "Russia", "United States")
    assert (meeting.start, meeting.venue, meeting.status) == (date(2026, 1, 31), "Miami", "scheduled")


def test_talks_after_which_something_was_done_on_a_day_are_not_of_that_day(story: Extract) -> None:
    facts = story(
        "The exchange on Thursday was the first since October 2, when the two sides swapped prisoners after "
        "the direct Russian-Ukrainian talks in Istanbul last year.",
        published=date(2026, 2, 6),
    )
    talks = meeting_of(facts, "Russia", "Ukraine")
    assert (talks.start, talks.venue, talks.status) == (None, "Istanbul", "concluded")


@pytest.mark.parametrize(
    "sentence",
    [
        "Dmitriev is a banker. On Jan. 31 he was in Miami, meeting Witkoff, Kushner and Scott Bessent.",
        "Dmitriev is a banker. On Saturday he was in Miami doing it again, spending several hours with Steve "
        "Witkoff and Jared Kushner.",
    ],
)
def test_one_in_a_place_meeting_the_other_side_there_meets_them_in_that_place(
    story: Extract, sentence: str
) -> None:
    facts = story(sentence, published=date(2026, 2, 1))
    meeting = meeting_of(facts, "Russia", "United States")
    assert (meeting.start, meeting.venue) == (date(2026, 1, 31), "Miami")


def test_he_meeting_one_side_is_the_last_person_named_of_another_side(story: Extract) -> None:
    facts = story(
        "Umerov was back in Geneva on Feb. 26 for a separate session with Witkoff and Kushner, and last "
        "weekend he was in Florida again, meeting the American team on Saturday and Sunday.",
        published=date(2026, 3, 25),
    )
    florida = [m for m in meetings(facts) if m.venue == "Miami"]
    assert [(m.parties, m.start, m.end) for m in florida] == [
        (("Ukraine", "United States"), date(2026, 3, 21), date(2026, 3, 22))
    ]


@pytest.mark.parametrize(
    "second",
    [
        "In parallel, a U.S.-Russian group on economic issues, headed by Witkoff and Dmitriev, will convene "
        "in the Emirati capital, Ushakov said.",
        "A separate US-Russian group on economic matters, headed by Witkoff and Dmitriev, would meet in the "
        "Emirati capital at the same time, he said.",
    ],
)
def test_a_group_meeting_in_parallel_or_at_the_same_time_meets_on_the_day_told_before(
    story: Extract, second: str
) -> None:
    facts = story(
        "Ushakov said a trilateral security working group would meet in Abu Dhabi later on Friday. " + second,
        published=date(2026, 1, 23),
    )
    group = meeting_of(facts, "Russia", "United States")
    assert (group.start, group.venue, group.status) == (date(2026, 1, 23), "Abu Dhabi", "scheduled")


def test_groups_in_parallel_are_side_by_side_not_on_a_day(story: Extract) -> None:
    facts = story(
        "The first round opened in Abu Dhabi on Friday. In Geneva the three delegations later met in "
        "parallel political and military groups.",
        published=date(2026, 2, 24),
    )
    geneva = [r for r in facts.rounds if r.venue == "Geneva"]
    assert [(r.format, r.start) for r in geneva] == [("trilateral", None)]


def test_talks_brokered_by_the_mediator_with_one_side_are_between_both_sides(story: Extract) -> None:
    facts = story(
        "Bonds edged higher on Friday after US-brokered talks with Russia in Abu Dhabi ended with a prisoner "
        "exchange.",
        published=date(2026, 2, 6),
    )
    assert [(r.format, r.venue, r.status) for r in facts.rounds] == [("trilateral", "Abu Dhabi", "concluded")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kirill Dmitriev was in Miami on Saturday, seeing Witkoff.",
        "Kirill Dmitriev was in Miami on Saturday, talking to Witkoff.",
        "Kirill Dmitriev was in Miami on Saturday, meeting Witkoff.",
        "Kirill Dmitriev was in Miami on Saturday, holding talks with Witkoff.",
        "Kirill Dmitriev joined Witkoff in Miami on Saturday.",
        "Kirill Dmitriev was welcomed by Witkoff in Miami on Saturday.",
        "In Miami on Saturday, Kirill Dmitriev and Witkoff spent five hours together.",
    ],
)
def test_seeing_talking_to_and_joining_the_other_side_in_a_place_is_a_meeting_there(
    story: Extract, sentence: str
) -> None:
    facts = story(sentence, published=date(2026, 2, 2))
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.venue, found.status) == (date(2026, 1, 31), "Miami", "concluded")


def test_joining_someone_of_ones_own_side_is_no_meeting(story: Extract) -> None:
    facts = story("Jared Kushner joined Witkoff in Miami on Saturday.", published=date(2026, 2, 2))
    assert meetings(facts) == []


def test_a_meeting_placed_then_dated_by_last_weekday_before_its_sides(story: Extract) -> None:
    facts = story(
        "It followed a late-night meeting in the Kremlin last Thursday between Putin and the US envoys Steve "
        "Witkoff and Jared Kushner.",
        published=date(2026, 1, 27),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.venue) == (date(2026, 1, 22), "Moscow")


def test_a_session_named_by_its_place_takes_the_sides_told_in_the_next_sentence(story: Extract) -> None:
    facts = story(
        "The Kremlin session began late on Thursday. Putin spent close to four hours with Steve Witkoff, "
        "Jared Kushner and Josh Gruenbaum.",
        published=date(2026, 1, 23),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.venue, found.status) == (date(2026, 1, 22), "Moscow", "concluded")


def test_a_day_set_off_before_the_place_that_opens_the_clause_leaves_the_place_the_meetings(
    story: Extract,
) -> None:
    facts = story("On Saturday, in Miami, Umerov met Witkoff.", published=date(2026, 2, 2))
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.venue) == (date(2026, 1, 31), "Miami")


def test_hours_later_at_the_head_of_a_sentence_is_the_day_told_before(story: Extract) -> None:
    facts = story(
        "Trump met Zelensky in Davos on Thursday. Hours later, Putin received the envoys in the Kremlin.",
        published=date(2026, 1, 26),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.venue) == (date(2026, 1, 22), "Moscow")


def test_a_week_later_is_a_rough_span_that_gives_no_day(story: Extract) -> None:
    facts = story(
        "The third round was held in Geneva on February 17 and 18. A week later, Witkoff met Umerov in "
        "Geneva.",
        published=date(2026, 5, 14),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.venue) == (None, "Geneva")


@pytest.mark.parametrize(
    "sentence",
    [
        "On January 17 they met in Miami. Five days later, in Davos, Donald Trump and Volodymyr Zelensky "
        "spent about an hour together.",
        "Earlier on January 22, in Davos, Donald Trump and Volodymyr Zelensky met for about an hour.",
    ],
)
def test_a_place_set_off_after_a_time_that_opens_the_sentence_is_the_meetings(
    story: Extract, sentence: str
) -> None:
    facts = story(sentence, published=date(2026, 6, 29))
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.venue) == (date(2026, 1, 22), "Davos")


@pytest.mark.parametrize("joint", [" ", "\n\n"])
def test_no_such_meeting_after_a_meeting_held_denies_another(story: Extract, joint: str) -> None:
    facts = story(
        "American and Ukrainian negotiators last met in Florida on March 21 and 22."
        + joint
        + "Asked whether "
        "negotiators would meet over the holiday, Peskov said no such meeting was planned.",
        published=date(2026, 4, 11),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.end, found.venue) == (date(2026, 3, 21), date(2026, 3, 22), "Miami")


def test_no_such_meeting_still_denies_a_meeting_to_come(story: Extract) -> None:
    facts = story(
        "A Russian source said Witkoff would meet Dmitriev in Geneva this week. “No such meeting is "
        "planned,” "
        "Peskov said.",
        published=date(2026, 2, 23),
    )
    assert meetings(facts) == []


def test_a_timelines_year_heading_dates_the_entries_under_it(story: Extract) -> None:
    facts = story(
        "Dates are listed under their year.\n\n2025\n\nAugust 15 - Donald Trump and Vladimir Putin meet in "
        "Anchorage, Alaska.\n\n2026\n\nJanuary 17 - A Ukrainian team holds talks in Miami with Witkoff.",
        published=date(2026, 2, 19),
    )
    assert sorted((r.start, r.venue, r.status) for r in meetings(facts)) == [
        (date(2025, 8, 15), "Anchorage", "concluded"),
        (date(2026, 1, 17), "Miami", "concluded"),
    ]


def test_a_session_between_two_people_of_two_sides_is_a_meeting(story: Extract) -> None:
    facts = story(
        "Witkoff said the talks would go on. A session between Umerov and the envoys was held in Geneva on "
        "Friday morning.",
        published=date(2026, 2, 28),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.venue) == (date(2026, 2, 27), "Geneva")


def test_he_goes_on_naming_the_person_the_sentences_are_about(story: Extract) -> None:
    # ("he" after a sentence naming only the people he saw is still the one the profile follows)
    facts = story(
        "Kirill Dmitriev has become Moscow's second channel to Washington.\n\nDmitriev was at Putin's side "
        "on "
        "Jan. 22 when the Russian leader received the envoys. Later he held talks of his own with Witkoff. "
        "On "
        "Jan. 31 he flew to Miami to see Witkoff, Kushner and Treasury Secretary Scott Bessent.",
        published=date(2026, 4, 24),
    )
    found = [r for r in meetings(facts) if r.venue == "Miami"]
    assert [(r.start, r.parties) for r in found] == [(date(2026, 1, 31), ("Russia", "United States"))]


@pytest.mark.parametrize(
    "text",
    [
        "Since then the only meetings have been between the Americans and the Ukrainians, who met in Florida "
        "on March 21 and 22.",
        "The Americans and the Ukrainians, who met in Florida on March 21 and 22, have kept talking.",
    ],
)
def test_who_after_two_sides_names_them_as_the_sides_of_its_meeting(story: Extract, text: str) -> None:
    found = meeting_of(story(text, published=date(2026, 4, 10)), "Ukraine", "United States")
    assert (found.start, found.end, found.venue) == (date(2026, 3, 21), date(2026, 3, 22), "Miami")


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday, after meeting the US negotiating team in Miami, the Kremlin's envoy Kirill Dmitriev "
        "struck a different note.",
        "On Saturday, after meeting Witkoff in Miami, Dmitriev struck a different note.",
    ],
)
def test_a_meeting_told_in_a_participle_after_an_opening_day_is_of_that_day_and_the_subject(
    story: Extract, text: str
) -> None:
    found = meeting_of(story(text, published=date(2026, 2, 2)), "Russia", "United States")
    assert (found.start, found.venue, found.status) == (date(2026, 1, 31), "Miami", "concluded")


def test_days_later_count_up_to_ten_from_the_day_told_before(story: Extract) -> None:
    facts = story(
        "The two-day Geneva round ended on February 18. Eight days later Rustem Umerov was back in Geneva "
        "for "
        "a separate session with Steve Witkoff and Jared Kushner.",
        published=date(2026, 3, 27),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.end, found.venue) == (date(2026, 2, 26), None, "Geneva")


def test_a_round_that_ended_before_a_meeting_began_is_not_that_meeting(story: Extract) -> None:
    facts = story(
        "The round ended on February 18. Two days later Rustem Umerov met Steve Witkoff in Geneva.",
        published=date(2026, 3, 27),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.end) == (date(2026, 2, 20), None)


def test_talks_of_no_sides_on_the_day_of_a_meeting_told_next_are_that_meeting(story: Extract) -> None:
    # (the devset's profile of the pair: "They met again eight days later, this time in Miami. Dmitriev flew
    # in to see Witkoff ... on January 31")
    profile = next((Path(__file__).parent / "devset").glob("1679-*.txt")).read_text(encoding="utf-8")
    facts = story(profile, published=date(2026, 6, 29))
    assert [r.venue for r in meetings(facts) if r.start == date(2026, 1, 31)] == ["Miami"]


def test_a_round_in_a_clause_of_time_leaves_the_main_clause_its_own_meeting(story: Extract) -> None:
    facts = story(
        "On January 23, while military delegations met in Abu Dhabi for the first trilateral round, Dmitriev "
        "held separate economic talks with Witkoff.",
        published=date(2026, 4, 24),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.venue) == (date(2026, 1, 23), "Abu Dhabi")
    assert [(r.number, r.start) for r in facts.rounds if r.number] == [(1, date(2026, 1, 23))]


def test_the_next_day_before_a_clause_of_time_dates_the_clause_and_the_main_clause(story: Extract) -> None:
    facts = story(
        "Dmitriev was at Putin's side on Jan. 22 when the Russian leader received Witkoff in the Kremlin. "
        "The "
        "next day, while military delegations met in Abu Dhabi for the first trilateral round, he held "
        "separate economic talks with Witkoff in the same city.",
        published=date(2026, 4, 24),
    )
    assert sorted((r.start, r.venue) for r in meetings(facts)) == [
        (date(2026, 1, 22), "Moscow"),
        (date(2026, 1, 23), "Abu Dhabi"),
    ]
    assert [(r.number, r.start) for r in facts.rounds if r.number] == [(1, date(2026, 1, 23))]


@pytest.mark.parametrize(
    "text",
    [
        "Dmitriev met Witkoff on the sidelines of the first round on January 23.",
        "Dmitriev met Witkoff alongside the first round on January 23.",
        "The city also hosted a parallel economic channel between Kirill Dmitriev and Steve Witkoff, which "
        "met "
        "on January 23 alongside the first round.",
    ],
)
def test_talks_beside_a_round_are_a_meeting_of_their_own(story: Extract, text: str) -> None:
    facts = story(text, published=date(2026, 6, 1))
    assert meeting_of(facts, "Russia", "United States").start == date(2026, 1, 23)
    assert [(r.number, r.status) for r in facts.rounds if r.number] == [(1, "concluded")]


def test_a_round_beside_a_meeting_placed_takes_its_place(story: Extract) -> None:
    facts = story(
        "On January 23 Dmitriev flew to Abu Dhabi to lead a separate US-Russian economic working group that "
        "met alongside the first trilateral round.",
        published=date(2026, 6, 1),
    )
    assert meeting_of(facts, "Russia", "United States").venue == "Abu Dhabi"
    assert [(r.number, r.venue) for r in facts.rounds if r.number] == [(1, "Abu Dhabi")]


def test_a_day_after_since_is_that_of_the_meeting_told_after_when(story: Extract) -> None:
    facts = story(
        "Witkoff met Umerov in Miami on Saturday, the first meeting between the two teams since February 26, "
        "when Witkoff and Kushner saw Umerov in Geneva, two days before the strikes on Iran.",
        published=date(2026, 3, 30),
    )
    assert sorted((r.start, r.venue) for r in meetings(facts)) == [
        (date(2026, 2, 26), "Geneva"),
        (date(2026, 3, 28), "Miami"),
    ]


def test_a_journey_to_see_them_meets_the_people_of_the_sentence_before(story: Extract) -> None:
    facts = story(
        "Witkoff and Kushner sat down with Vladimir Putin in the Kremlin on January 22. Kirill Dmitriev flew "
        "to Miami on January 31 to see them.",
        published=date(2026, 6, 1),
    )
    assert sorted((r.start, r.venue) for r in meetings(facts)) == [
        (date(2026, 1, 22), "Moscow"),
        (date(2026, 1, 31), "Miami"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Rustem Umerov has led Ukraine's team at every table. Witkoff and Kushner met him in Geneva on "
        "February 26.",
        "Rustem Umerov has led Ukraine's team at every table. He led the team in Geneva on February 17 and "
        "18 "
        "for the third round. On February 26 Witkoff and Kushner met him in Geneva again.",
    ],
)
def test_him_met_is_the_person_named_before_of_another_side(story: Extract, text: str) -> None:
    found = meeting_of(story(text, published=date(2026, 4, 10)), "Ukraine", "United States")
    assert (found.start, found.venue) == (date(2026, 2, 26), "Geneva")


def test_days_after_a_round_ended_count_from_its_last_day(story: Extract) -> None:
    facts = story(
        "The Geneva round ended on February 18. Eight days after the Geneva round ended, and two days before "
        "the strikes on Iran, Witkoff and Kushner met Umerov in Geneva again, fitting the session around "
        "their Iran diplomacy.",
        published=date(2026, 4, 10),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.venue) == (date(2026, 2, 26), "Geneva")


def test_him_no_sentence_resolves_is_the_one_a_profiles_headline_names(pack: StoryPack) -> None:
    article = Article(
        source="test",
        published=datetime(2026, 4, 24, tzinfo=UTC),
        title="Rustem Umerov, the negotiator who has been at every table",
        text=(
            "The Ukrainian delegation has had the same head at every stage of the talks.\n\nBetween and "
            "after "
            "the rounds, the Americans called on the same man. Eight days after the Geneva round ended, "
            "Witkoff and Kushner met him in Geneva again."
        ),
    )
    found = meeting_of(extract_article(article, pack), "Ukraine", "United States")
    assert found.venue == "Geneva"


def test_a_journey_to_see_him_and_others_is_a_meeting_with_them(story: Extract) -> None:
    facts = story(
        "Witkoff's January was busy. On Saturday, January 31, Kirill Dmitriev, the Kremlin's economic envoy, "
        "flew to Miami to see him, Kushner, Treasury Secretary Scott Bessent and Gruenbaum.",
        published=date(2026, 2, 24),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.venue) == (date(2026, 1, 31), "Miami")


def test_a_round_in_a_when_clause_leaves_the_two_men_their_own_meeting(story: Extract) -> None:
    facts = story(
        "On January 23, when the first round of trilateral security talks opened in Abu Dhabi, the two men "
        "led a separate Russian-American working group on economic questions in the Emirati capital.",
        published=date(2026, 2, 1),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.venue) == (date(2026, 1, 23), "Abu Dhabi")


def test_a_day_earlier_with_no_comma_is_the_day_before_the_one_told(story: Extract) -> None:
    facts = story(
        "Dmitriev met Witkoff in Abu Dhabi on January 23. A day earlier Dmitriev had taken part, together "
        "with presidential aide Yuri Ushakov, in the Kremlin meeting between Vladimir Putin and Witkoff.",
        published=date(2026, 2, 1),
    )
    assert sorted((r.start, r.venue) for r in meetings(facts)) == [
        (date(2026, 1, 22), "Moscow"),
        (date(2026, 1, 23), "Abu Dhabi"),
    ]


def test_a_meeting_that_evening_is_where_the_journey_before_went(story: Extract) -> None:
    facts = story(
        "On Saturday Budanov landed in Miami with Rustem Umerov. That evening the three sat down with "
        "special "
        "envoy Steve Witkoff.",
        published=date(2026, 1, 20),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.venue) == (date(2026, 1, 17), "Miami")


def test_a_journey_made_to_work_through_a_plan_with_someone_is_a_meeting_where_it_went(
    story: Extract,
) -> None:
    facts = story(
        "On January 17 Budanov, Umerov and Arakhamia came to Miami to work through the 20-point plan with "
        "special envoy Steve Witkoff.",
        published=date(2026, 1, 28),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.venue) == (date(2026, 1, 17), "Miami")
    assert meetings(story("Zelensky wants to discuss the plan with Trump.")) == []


def test_a_group_of_two_sides_joined_by_a_hyphen_is_their_meeting(story: Extract) -> None:
    facts = story(
        "Ushakov said a trilateral security working group would hold its first round of talks in Abu Dhabi "
        "later on Friday. At the same time and in the same city, Dmitriev and Witkoff would lead a separate "
        "Russian-American group on economic questions.",
        published=date(2026, 1, 23),
    )
    found = meeting_of(facts, "Russia", "United States")
    assert (found.start, found.venue, found.status) == (date(2026, 1, 23), "Abu Dhabi", "scheduled")


@pytest.mark.parametrize(
    "opening",
    [
        "Over the weekend, at a private club in Florida,",
        "But over the weekend, at a private club in Florida,",
    ],
)
def test_a_place_set_off_after_a_stretch_of_time_that_opens_the_sentence_is_the_meetings(
    story: Extract, opening: str
) -> None:
    facts = story(
        f"{opening} Kushner spent two days with the Ukrainian delegation going through the deal.",
        published=date(2026, 3, 24),
    )
    found = meeting_of(facts, "Ukraine", "United States")
    assert (found.start, found.end, found.venue) == (date(2026, 3, 21), date(2026, 3, 22), "Miami")
