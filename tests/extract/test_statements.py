"""Statements: every attribution form, speakers by title, pronoun, role, institution or anonymous source."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.extract import extract_article
from monitor.extract.statements import SPEECH_VERB, speech_verbs
from monitor.facts import Article, ArticleFacts, StatementFact
from monitor.pack import StoryPack

Extract = Callable[..., ArticleFacts]


def only(facts: ArticleFacts) -> StatementFact:
    assert len(facts.statements) == 1, facts.statements
    return facts.statements[0]


@pytest.mark.parametrize(
    "text",
    [
        "“We will not comment on the course of the talks,” Peskov said.",
        "“We will not comment on the course of the talks,” said Kremlin spokesman Dmitry Peskov.",
        "Peskov said: “We will not comment on the course of the talks.”",
        "“We will not comment on the course of the talks” — Dmitry Peskov.",
        "Dmitry Peskov, the Kremlin spokesman, said: “We will not comment on the course of the talks.”",
    ],
)
def test_direct_quotes_in_every_common_form(extract: Extract, text: str) -> None:
    statement = only(extract(text))
    assert (statement.speaker, statement.direct, statement.party) == ("Dmitry Peskov", True, "Russia")
    assert statement.text.startswith("We will not comment on the course of the talks")


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky said that Ukraine would not leave Donbas.",
        "Zelensky said Ukraine would not leave Donbas.",
        "According to Zelensky, Ukraine would not leave Donbas.",
        "Ukraine would not leave Donbas, according to Zelensky.",
        "Ukraine would not leave Donbas, Zelensky said on Monday.",
        "Zelensky told reporters that Ukraine would not leave Donbas.",
        "Zelensky wrote on Telegram that Ukraine would not leave Donbas.",
        "Speaking in Vilnius, Zelensky said Ukraine would not leave Donbas.",
    ],
)
def test_paraphrases_in_every_common_form(extract: Extract, text: str) -> None:
    statement = only(extract(text))
    assert (statement.speaker, statement.direct) == ("Volodymyr Zelensky", False)
    assert "Ukraine would not leave Donbas" in statement.text
    assert not statement.text.startswith(("that", "Speaking"))


def test_a_paraphrase_with_a_quoted_fragment_is_direct(extract: Extract) -> None:
    statement = only(extract("Umerov added via Telegram that “a new round of negotiations” is underway."))
    assert (statement.speaker, statement.direct) == ("Rustem Umerov", True)


def test_an_accusation_is_a_statement_by_the_accuser(extract: Extract) -> None:
    statement = only(extract("Sybiha accused Russia of using the pause to stockpile missiles."))
    assert statement.speaker == "Andrii Sybiha" and "stockpile missiles" in statement.text


def test_a_title_after_the_name_and_before_it_name_the_same_person(extract: Extract) -> None:
    facts = extract(
        "Kremlin spokesman Dmitry Peskov said the talks were useful. Peskov, the Kremlin spokesman, added "
        "that more work lay ahead."
    )
    assert [s.speaker for s in facts.statements] == ["Dmitry Peskov", "Dmitry Peskov"]
    assert facts.statements[1].role == "Kremlin spokesman"


def test_the_role_comes_from_the_text_when_given_else_from_the_pack(extract: Extract) -> None:
    facts = extract(
        "Ukrainian chief negotiator Rustem Umerov said the talks went well. Peskov said nothing new."
    )
    assert [s.role for s in facts.statements] == ["Ukrainian chief negotiator", "Kremlin spokesman"]


def test_he_resolves_to_the_last_named_speaker(extract: Extract) -> None:
    facts = extract(
        "Umerov said the delegations met in the morning. Trump was not mentioned by anyone. "
        "He noted that the parties will meet again."
    )
    assert [s.speaker for s in facts.statements] == ["Rustem Umerov", "Rustem Umerov"]


def test_a_definite_role_resolves_to_the_person_seen_with_it(extract: Extract) -> None:
    facts = extract(
        "Dmitry Peskov spoke in Moscow on Monday. “There is convergence,” the Kremlin spokesman noted."
    )
    assert only(facts).speaker == "Dmitry Peskov"


def test_a_quote_that_runs_on_after_its_attribution_is_one_statement(extract: Extract) -> None:
    facts = extract("“Guarantees: done,” Zelensky said. “Territory: not done.”")
    statement = only(facts)
    assert statement.text == "Guarantees: done Territory: not done."
    assert facts.statements[0].evidence.sentence.endswith("not done.”")


def test_a_quote_attributed_by_the_next_sentence_belongs_to_that_speaker(story: Extract) -> None:
    facts = story("“Sunday is Sunday.” That was how a U.S. official put it when asked about the schedule.")
    statement = only(facts)
    assert (statement.speaker, statement.speaker_kind, statement.direct) == (
        "unnamed source",
        "anonymous",
        True,
    )
    assert statement.party == "United States"


def test_a_quote_split_by_its_attribution_is_joined(extract: Extract) -> None:
    facts = extract(
        "Ushakov said the talks were frank. “We are interested,” he added, “but not at any price.”"
    )
    assert [s.speaker for s in facts.statements] == ["Yuri Ushakov", "Yuri Ushakov"]
    assert facts.statements[1].text == "We are interested but not at any price."


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("A source told the TASS agency that the negotiations with Kyiv began today.", None),
        ("A source close to the Russian delegation told RIA that work ran late.", "Russia"),
        (
            "A senior Ukrainian official, speaking on condition of anonymity, said the pause was agreed.",
            "Ukraine",
        ),
        ("The plan for Kyiv was dropped, according to two people familiar with the talks.", None),
    ],
)
def test_anonymous_sources(story: Extract, text: str, party: str | None) -> None:
    statement = only(story(text))
    assert (statement.speaker, statement.speaker_kind, statement.party) == (
        "unnamed source",
        "anonymous",
        party,
    )


@pytest.mark.parametrize(
    ("text", "speaker", "party"),
    [
        ("The Kremlin said Putin would receive the envoys in the evening.", "Kremlin", "Russia"),
        ("Zelensky's office said no decision had been taken.", "Ukrainian Presidential Office", "Ukraine"),
        ("Kyiv says it will not give up territory it holds.", "Ukraine", "Ukraine"),
        ("Moscow has accused Kyiv of organising the attack.", "Russia", "Russia"),
        ("Kyiv now says it is ready to halt drone strikes on refineries.", "Ukraine", "Ukraine"),
        ("Kyiv has since said it could consider a freeze along the line.", "Ukraine", "Ukraine"),
        ("Moscow argued that Zelensky's mandate had expired in May.", "Russia", "Russia"),
        ("Moscow went further, saying that no guarantee could include Western troops.", "Russia", "Russia"),
    ],
)
def test_institutions_and_parties_speak(story: Extract, text: str, speaker: str, party: str) -> None:
    statement = only(story(text))
    assert (statement.speaker, statement.speaker_kind, statement.party) == (speaker, "institution", party)


def test_a_party_that_insists_takes_a_position_and_makes_no_statement(extract: Extract) -> None:
    assert extract("Russia insists that Ukraine withdraw from Donetsk.").statements == ()


def test_a_person_only_mentioned_or_reported_is_never_a_speaker(extract: Extract) -> None:
    facts = extract(
        "The administration of U.S. President Donald Trump intensified its efforts. "
        "Zelensky said Putin had told Trump that Russia wanted peace."
    )
    assert [s.speaker for s in facts.statements] == ["Volodymyr Zelensky"]


def test_a_participle_adding_to_something_is_no_speech(story: Extract) -> None:
    facts = story(
        "Russian strikes on Ukraine's energy system have continued throughout March, and Ukrainian drones "
        "have hit several Russian oil refineries and export terminals, adding to pressure on fuel prices in "
        "both countries."
    )
    assert facts.statements == ()


def test_denials_of_speech_are_no_statements(extract: Extract) -> None:
    facts = extract("Peskov did not comment. Neither Moscow nor Washington commented on the change.")
    assert facts.statements == ()


def test_headlines_make_no_statements(extract: Extract) -> None:
    facts = extract("Peskov says talks useful\n\nThe talks went on.")
    assert facts.statements == ()


def test_the_day_of_the_statement_is_read_from_its_attribution(extract: Extract) -> None:
    facts = extract("Peskov said on Monday that the round will be held on Friday.")
    assert only(facts).date == date(2026, 2, 2)
    assert extract("Peskov said the round will be held on Friday.").statements[0].date == date(2026, 2, 4)


def test_a_person_the_pack_does_not_know_is_a_new_actor(extract: Extract) -> None:
    facts = extract(
        "Switzerland stands ready to host talks between Kyiv and Moscow “at any level”, said Anna Keller, "
        "a spokeswoman for the Swiss "
        "foreign ministry. “We have received no request,” Keller said."
    )
    assert [s.speaker for s in facts.statements] == ["Anna Keller", "Anna Keller"]
    assert [(a.name, a.party, a.role) for a in facts.actors] == [
        ("Anna Keller", None, "spokeswoman for the Swiss foreign ministry")
    ]


def test_a_new_actor_with_a_title_keeps_the_party_its_adjective_gives(story: Extract) -> None:
    facts = story("Ukrainian Deputy Foreign Minister Oksana Petrenko said the draft was ready.")
    assert [(a.name, a.party, a.role) for a in facts.actors] == [
        ("Oksana Petrenko", "Ukraine", "Ukrainian Deputy Foreign Minister")
    ]


def test_an_institution_the_pack_does_not_know_speaks_as_an_institution(story: Extract) -> None:
    statement = only(story("U.S. European Command said in a statement that the channel was restored."))
    assert (statement.speaker, statement.speaker_kind, statement.party) == (
        "U.S. European Command",
        "institution",
        "United States",
    )


def test_two_speakers_in_one_sentence_make_two_statements(extract: Extract) -> None:
    facts = extract(
        "The Kremlin said on Thursday that the talks were in a pause, while Zelensky announced that a "
        "Ukrainian team was travelling to the United States."
    )
    assert [(s.speaker, s.text) for s in facts.statements] == [
        ("Kremlin", "the talks were in a pause"),
        ("Volodymyr Zelensky", "a Ukrainian team was travelling to the United States."),
    ]


def test_a_second_speaker_after_a_closing_attribution_with_its_own_adverbs_speaks_too(story: Extract) -> None:
    facts = story(
        "The envoys will fly to Moscow on Thursday, a US official confirmed later in the afternoon, and Yuri "
        "Ushakov, the Kremlin's foreign policy aide, said Putin would receive them in the evening."
    )
    assert [(s.speaker, s.text) for s in facts.statements] == [
        ("unnamed source", "The envoys will fly to Moscow on Thursday"),
        ("Yuri Ushakov", "Putin would receive them in the evening."),
    ]


def test_the_official_is_the_unnamed_source_quoted_before(story: Extract) -> None:
    facts = story(
        "The meeting has been called off, a senior Ukrainian official told reporters. "
        "“There will be no meeting this week,” the official said."
    )
    assert [(s.speaker, s.party, s.direct) for s in facts.statements] == [
        ("unnamed source", "Ukraine", False),
        ("unnamed source", "Ukraine", True),
    ]


def test_he_after_a_sentence_about_someone_is_that_person(extract: Extract) -> None:
    facts = extract(
        "“Nobody wants to walk away,” Zelensky said. Steve Witkoff has been the most optimistic voice. "
        "After Geneva he spoke of “meaningful progress”."
    )
    assert [s.speaker for s in facts.statements] == ["Volodymyr Zelensky", "Steve Witkoff"]


def test_a_name_at_the_end_of_a_long_title_speaks(extract: Extract) -> None:
    facts = extract(
        "The official representative of the Russian Foreign Ministry Maria Zakharova accused European "
        "countries of using the pause to send weapons to Ukraine. “They are preparing for war,” she said."
    )
    assert [s.speaker for s in facts.statements] == ["Maria Zakharova", "Maria Zakharova"]


def test_appositions_and_a_relative_clause_between_name_and_verb(extract: Extract) -> None:
    facts = extract(
        "Kirill Dmitriev, the Kremlin's economic envoy, who met Steve Witkoff and Jared Kushner in Miami "
        "last Saturday, said afterwards that Russia might accept some kind of security guarantees."
    )
    statement = only(facts)
    assert statement.speaker == "Kirill Dmitriev"
    assert statement.text.startswith("Russia might accept")


def test_repeating_is_saying(extract: Extract) -> None:
    assert only(extract("Zelensky repeated that Ukraine would not withdraw from Donbas.")).direct is False


def test_an_off_topic_article_yields_no_statements(extract: Extract) -> None:
    text = (
        "“We are still far apart on beef quotas,” said Anne Dupont, a trade negotiator for the Mercosur bloc."
    )
    assert extract(text).statements == ()
    assert extract(text + " Her talks with Kyiv and Moscow come next.").statements != ()


def test_a_headline_that_is_the_articles_title_makes_no_statement(pack: StoryPack) -> None:
    title = "Trump says Putin agreed to a pause in strikes on Kyiv; Zelensky says the lull has begun."
    article = Article(
        source="test",
        published=datetime(2026, 1, 30, tzinfo=UTC),
        title=title,
        text=title + "\n\nZelensky said on Friday that there had been no strikes overnight.",
    )
    facts = extract_article(article, pack)
    assert [s.text for s in facts.statements] == ["there had been no strikes overnight."]


def test_an_article_of_a_host_state_alone_is_off_the_story(extract: Extract) -> None:
    facts = extract(
        "Negotiators from India and the United Arab Emirates concluded a second round of talks on an "
        'investment treaty on Thursday, officials said. "We have closed most of the technical chapters," one '
        "of them said."
    )
    assert (facts.statements, facts.positions, facts.rounds) == ((), (), ())


def test_a_definite_role_is_the_one_who_has_been_speaking_when_that_one_fits(extract: Extract) -> None:
    facts = extract(
        "Trump said he had asked Putin to hold off for a week, and that the Russian president had agreed. "
        "“He said yes, which was very nice,” the president said."
    )
    assert [s.speaker for s in facts.statements] == ["Donald Trump", "Donald Trump"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Russian officials have suggested that Moscow would guarantee Ukraine's security.", "Russia"),
        ("Diplomats in Geneva said Russia and Ukraine had agreed to meet again.", "unnamed source"),
        ("Kyiv and Moscow could still meet this month, one Western diplomat speculated.", "unnamed source"),
    ],
)
def test_people_of_a_side_and_unnamed_diplomats_speak_with_any_verb_of_speech(
    extract: Extract, text: str, speaker: str
) -> None:
    assert only(extract(text)).speaker == speaker


def test_a_frame_between_subject_and_verb_leaves_both_sides_to_the_speaker(extract: Extract) -> None:
    statement = only(
        extract(
            "The military track, Zelensky said, had moved forward, but the political positions were "
            "“still different”."
        )
    )
    assert statement.direct and "had moved forward" in statement.text


def test_a_body_the_pack_lacks_set_out_by_its_apposition_speaks_as_an_institution(extract: Extract) -> None:
    facts = extract(
        "Zelensky said Russia had struck the grid again. Ukrenergo, the national grid operator, said "
        "emergency outages had been introduced in several regions."
    )
    found = {(s.speaker, s.speaker_kind) for s in facts.statements}
    assert ("Ukrenergo", "institution") in found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Emirati foreign ministry said the talks between Russia and Ukraine would run on.",
            "Emirati foreign ministry",
        ),
        (
            "Geneva cantonal police said roads near the Ukrainian delegation's hotel would be closed.",
            "Geneva cantonal police",
        ),
        (
            "Ukraine's Central Election Commission said a vote during the war with Russia would take months "
            "to prepare.",
            "Ukraine's Central Election Commission",
        ),
    ],
)
def test_bodies_the_pack_lacks_speak_under_the_name_the_text_gives(
    story: Extract, text: str, speaker: str
) -> None:
    statement = only(story(text))
    assert (statement.speaker, statement.speaker_kind) == (speaker, "institution")


def test_a_source_quoted_by_an_agency_is_an_unnamed_source(extract: Extract) -> None:
    statement = only(
        extract("A source quoted by Russia's TASS news agency said Russia and Ukraine would meet.")
    )
    assert statement.speaker == "unnamed source"


@pytest.mark.parametrize(
    "opening",
    [
        "An hour later, in front of journalists, Zelensky was more guarded.",
        "Kremlin spokesman Dmitry Peskov declined to say what Russia would put on the table.",
    ],
)
def test_he_is_the_person_the_sentence_before_is_about(extract: Extract, opening: str) -> None:
    facts = extract(
        "Trump said the talks between Russia and Ukraine were going well. "
        + opening
        + " “Nobody should expect breakthroughs,” he said."
    )
    expected = "Volodymyr Zelensky" if "Zelensky" in opening else "Dmitry Peskov"
    assert facts.statements[-1].speaker == expected


def test_the_name_before_a_relative_clause_speaks_not_the_last_name_inside_it(extract: Extract) -> None:
    statement = only(
        extract(
            "Steve Witkoff, who led the U.S. team with Jared Kushner and Josh Gruenbaum, called the meetings "
            "with the Ukrainian side “constructive”."
        )
    )
    assert statement.speaker == "Steve Witkoff"


def test_saying_nothing_is_no_statement(extract: Extract) -> None:
    assert extract("Kyiv said nothing. Washington said nothing about the talks with Russia.").statements == ()


def test_the_kremlin_representative_is_its_spokesman(extract: Extract) -> None:
    facts = extract(
        "Kremlin spokesman Dmitry Peskov told journalists the delegation had left for Geneva. “This time "
        "the range of topics is broader,” the Kremlin representative said."
    )
    assert [s.speaker for s in facts.statements] == ["Dmitry Peskov", "Dmitry Peskov"]


def test_a_speaker_after_an_honorific_keeps_his_name(extract: Extract) -> None:
    facts = extract(
        "Ukraine and Russia will meet on Wednesday. “We have heard 'next week' too many times,” said the "
        "Rev. Mykola Hrytsenko of a parish in Ohio."
    )
    assert [s.speaker for s in facts.statements] == ["Mykola Hrytsenko"]


def test_a_person_introduced_with_a_role_is_known_by_surname_and_as_he(extract: Extract) -> None:
    facts = extract(
        "We asked Taras Hordiienko, a political analyst at the Lviv Polytechnic, what the talks between "
        "Russia and Ukraine can achieve. “A pause is not a collapse,” Hordiienko said. Zelensky told "
        "reporters a team was on its way. Hordiienko expects no announcement this weekend. He noted that "
        "the gap over Donetsk had not narrowed."
    )
    assert [s.speaker for s in facts.statements] == [
        "Taras Hordiienko",
        "Volodymyr Zelensky",
        "Taras Hordiienko",
    ]


def test_an_attribution_that_closes_the_sentence_frames_the_speech_verbs_before_it(extract: Extract) -> None:
    statement = only(
        extract(
            "The United States has proposed holding the next round of talks in Miami, and Ukraine has "
            "confirmed its participation, President Volodymyr Zelensky told journalists on Friday."
        )
    )
    assert statement.speaker == "Volodymyr Zelensky" and "confirmed its participation" in statement.text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Putin has declared a truce for Orthodox Easter, the Kremlin said on Saturday.", "Kremlin"),
        (
            "Zelensky has announced a prisoner swap for Sunday, the Ukrainian foreign ministry said.",
            "Ukrainian Foreign Ministry",
        ),
        ("Witkoff has proposed Miami for the next round, a U.S. official said.", "unnamed source"),
    ],
)
def test_a_closing_attribution_by_an_institution_or_a_source_frames_the_speech_before_it(
    extract: Extract, text: str, speaker: str
) -> None:
    assert only(extract(text)).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The Kremlin said the truce would start at 16:00. "We expect Kyiv to follow our example," the '
            "statement said.",
            "Kremlin",
        ),
        (
            "Ukraine's foreign ministry said it had sent its proposals. The statement added that the "
            "monitoring mission should be led by the UN.",
            "Ukrainian Foreign Ministry",
        ),
        (
            "Zelensky said in a statement that Kyiv was ready. The statement added that Ukraine would not "
            "leave Donbas.",
            "Volodymyr Zelensky",
        ),
    ],
)
def test_a_statement_named_again_speaks_for_whoever_gave_it(
    extract: Extract, text: str, speaker: str
) -> None:
    facts = extract(text)
    assert len(facts.statements) == 2 and facts.statements[-1].speaker == speaker, facts.statements


def test_participants_who_are_not_named_are_an_unnamed_source(extract: Extract) -> None:
    statement = only(extract("Several participants said the talks between Russia and Ukraine were tense."))
    assert statement.speaker == "unnamed source"


def test_an_answer_under_its_speakers_name_is_his_direct_statement_to_the_paragraphs_end(
    extract: Extract,
) -> None:
    facts = extract(
        "Sergiy Kyslytsya flies to Geneva today for the talks with Russia.\n\n"
        "Q: And withdrawing from the rest of Donetsk?\n\n"
        "Kyslytsya: That is not on the table for us. The president has said so many times.\n\n"
        "- Medinsky: “Difficult, but businesslike.”"
    )
    assert [(s.speaker, s.direct) for s in facts.statements] == [
        ("Sergiy Kyslytsya", True),
        ("Vladimir Medinsky", True),
    ]
    assert "said so many times" in facts.statements[0].text


def test_a_person_set_off_after_a_sides_title_speaks_not_the_body_in_the_title(extract: Extract) -> None:
    facts = extract(
        "The spokesperson for the Ministry of Foreign Affairs of Ukraine, Oleh Nazarenko, told reporters "
        "that Kyiv would regard any strike on power plants as a blow to the talks with Russia."
    )
    assert [(s.speaker, s.speaker_kind) for s in facts.statements] == [("Oleh Nazarenko", "person")]


def test_the_head_of_state_is_the_president_who_has_been_speaking(extract: Extract) -> None:
    facts = extract(
        "President Zelensky announced the change of dates on Sunday. “Our delegation is ready,” the head of "
        "state said in his evening address."
    )
    assert [s.speaker for s in facts.statements] == ["Volodymyr Zelensky", "Volodymyr Zelensky"]


def test_the_subject_before_a_speaking_aside_speaks_not_the_last_name_in_it(extract: Extract) -> None:
    statement = only(
        extract(
            "Volodymyr Zelensky, speaking in Davos on Thursday after an hour-long meeting with President "
            "Donald Trump, called Donbas “the key issue” for the negotiators."
        )
    )
    assert statement.speaker == "Volodymyr Zelensky"


def test_a_quote_after_a_sentence_on_how_a_person_spoke_is_his(extract: Extract) -> None:
    facts = extract(
        "Asked whether Ukraine would hold a referendum on handing over Donbas, Zelensky was categorical. "
        "“There will be no referendum on giving away our land.”"
    )
    assert [(s.speaker, s.direct) for s in facts.statements] == [("Volodymyr Zelensky", True)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Peskov was blunt: “There is nothing to discuss.”", "Dmitry Peskov"),
        ("Zelensky was more cautious: “We will see what happens in Geneva.”", "Volodymyr Zelensky"),
    ],
)
def test_a_quote_after_a_colon_that_tells_how_a_person_spoke_is_his(
    extract: Extract, text: str, speaker: str
) -> None:
    statement = only(extract(text))
    assert (statement.speaker, statement.direct) == (speaker, True)
    assert statement.text.startswith(("There is", "We will"))


def test_a_colon_after_a_mood_that_no_person_has_gives_the_quote_no_speaker(extract: Extract) -> None:
    assert extract("The mood in Geneva was upbeat: “a good day”, as one headline put it.").statements == ()


def test_so_wrote_names_the_speaker_of_the_quote_before(extract: Extract) -> None:
    statement = only(
        extract(
            "“The talks with Russia and Ukraine were detailed. There is still a lot of work to do.” So wrote "
            "Steve Witkoff, the U.S. special envoy, on X."
        )
    )
    assert (statement.speaker, statement.direct) == ("Steve Witkoff", True)
    assert "a lot of work to do" in statement.text


@pytest.mark.parametrize(
    "text",
    [
        "A fourth round of talks with Ukraine will be held in Geneva this week, a Russian source told the "
        "state news agency TASS on Monday.",
        "A fourth round will be held in Geneva this week, Peskov told the RIA Novosti agency on Monday.",
    ],
)
def test_whom_a_statement_was_told_is_no_part_of_it(story: Extract, text: str) -> None:
    statement = only(story(text))
    assert statement.text.startswith("A fourth round") and "agency" not in statement.text


def test_the_agency_told_is_no_part_of_the_words_after_that(extract: Extract) -> None:
    statement = only(extract("Peskov told the RIA Novosti agency that the talks would resume in Geneva."))
    assert statement.text.startswith("the talks would resume")


@pytest.mark.parametrize(
    ("text", "ours"),
    [
        (
            "Armenian and Azerbaijani negotiators ended a third round of border talks in Abu Dhabi. "
            "Washington welcomed the step, and a State Department official said the United States would keep "
            "helping.",
            False,
        ),
        ("The Kremlin said on Monday that Russia would never accept a ceasefire without a settlement.", True),
        ("The Kremlin said on Monday that Kyiv had not yet answered its letter.", True),
        # the mediator named alone, with a word of the story's issues, is still another story's
        (
            "Congolese and rebel negotiators opened a new round in Doha. A U.S. official said Washington "
            "wanted a ceasefire and the release of detainees before any talks on territory.",
            False,
        ),
    ],
)
def test_one_side_named_alone_is_another_storys_unless_an_issue_of_ours_is_named(
    extract: Extract, text: str, ours: bool
) -> None:
    assert bool(extract(text).statements) == ours


@pytest.mark.parametrize(
    ("text", "speaker", "party"),
    [
        ("11:50 - Talks end after roughly two hours - Ukrainian delegation.", "Ukraine", "Ukraine"),
        (
            "16:20 - URGENT - Russia and Ukraine agree to exchange 500 prisoners each - source in the "
            "Ukrainian delegation.",
            "unnamed source",
            "Ukraine",
        ),
        ("22:47 MOSCOW, Jan 22 - Putin receives U.S. envoys in the Kremlin - Kremlin.", "Kremlin", "Russia"),
    ],
)
def test_a_bulletin_names_its_source_after_a_dash_at_the_end_of_the_line(
    story: Extract, text: str, speaker: str, party: str
) -> None:
    statement = only(story(text))
    assert (statement.speaker, statement.party, statement.direct) == (speaker, party, False)
    assert not statement.text.startswith(("11:50", "16:20", "22:47", "URGENT"))


def test_words_after_a_dash_that_name_no_source_are_the_authors(story: Extract) -> None:
    assert story("Kyiv and Moscow traded blame for the strike - a familiar pattern.").statements == ()


def test_a_bulletins_name_and_colon_after_its_time_and_dateline_paraphrase(extract: Extract) -> None:
    statement = only(
        extract(
            "16:31 DAVOS, Jan 22 - URGENT - Zelensky: trilateral talks of Ukraine, U.S. and Russia to be "
            "held in United Arab Emirates on Friday and Saturday."
        )
    )
    assert (statement.speaker, statement.direct) == ("Volodymyr Zelensky", False)
    assert statement.text.startswith("trilateral talks")


@pytest.mark.parametrize(
    "verb",
    [
        "lamented",
        "boasted",
        "pledged",
        "reassured",
        "estimated",
        "told state TV",
        "told Ukrainian television",
    ],
)
def test_more_verbs_of_saying(extract: Extract, verb: str) -> None:
    statement = only(extract(f"Peskov {verb} that the talks with Kyiv would continue next week."))
    assert (statement.speaker, statement.text[:9]) == ("Dmitry Peskov", "the talks")


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("An aide to Zelensky said the talks were stuck.", "Ukraine"),
        ("An adviser to Putin said the talks were stuck.", "Russia"),
        ("People close to the Kremlin say Putin is in no hurry to end the talks.", "Russia"),
        ("An aide to Zelensky, who asked not to be named, said the talks were stuck.", "Ukraine"),
    ],
)
def test_an_aide_to_a_leader_is_an_unnamed_source_of_the_leaders_side(
    story: Extract, text: str, party: str
) -> None:
    statement = only(story(text))
    assert (statement.speaker, statement.party) == ("unnamed source", party)


def test_an_adviser_named_after_the_phrase_speaks_by_name(story: Extract) -> None:
    assert (
        only(story("An adviser to Putin, Yuri Ushakov, said the talks were useful.")).speaker
        == "Yuri Ushakov"
    )


def test_a_source_named_after_the_verb_takes_the_side_its_words_name(story: Extract) -> None:
    statement = only(story("“It was tough,” said one member of the Ukrainian team."))
    assert (statement.speaker, statement.party, statement.direct) == ("unnamed source", "Ukraine", True)


def test_a_role_named_before_any_name_is_the_one_person_of_the_pack_with_that_role(story: Extract) -> None:
    statement = only(story("Asked about the talks, the Kremlin spokesman said they had been useful."))
    assert (statement.speaker, statement.party) == ("Dmitry Peskov", "Russia")


def test_according_to_a_readout_from_an_institution_is_the_institution(story: Extract) -> None:
    statement = only(story("According to a readout from the Kremlin, Putin and Trump discussed the talks."))
    assert (statement.speaker, statement.speaker_kind) == ("Kremlin", "institution")


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Ukraine's ambassador to the UN, Andriy Melnyk, said the talks had been useful.", "Ukraine"),
        ("Lavrov's deputy, Sergei Ryabkov, said the talks had been useful.", "Russia"),
    ],
)
def test_a_new_actor_after_a_possessive_role_takes_its_side(story: Extract, text: str, party: str) -> None:
    statement = only(story(text))
    assert (statement.speaker_kind, statement.party) == ("person", party)


@pytest.mark.parametrize(
    "answer",
    [
        "BUDANOV: A little more. The next round is planned for the twenty-sixth.",
        "MR BUDANOV: A little more. The next round is planned for the twenty-sixth.",
        "K. Budanov: A little more. The next round is planned for the twenty-sixth.",
    ],
)
def test_a_transcripts_speaker_label_gives_the_answer_to_that_speaker(story: Extract, answer: str) -> None:
    facts = story(f"Kyrylo Budanov was the studio guest this morning.\n\n{answer}")
    assert [(s.speaker, s.direct) for s in facts.statements] == [("Kyrylo Budanov", True)]
    assert "next round" in facts.statements[0].text


def test_guillemets_of_translated_copy_quote_as_quotation_marks_do(extract: Extract) -> None:
    text = "«We will not give up Donbas,» Peskov said. Ushakov called the talks «useful and frank»."
    facts = extract(text)
    assert [(s.speaker, s.direct) for s in facts.statements] == [
        ("Dmitry Peskov", True),
        ("Yuri Ushakov", True),
    ]
    assert "give up Donbas" in facts.statements[0].text
    # the evidence is the sentence as published, guillemets and all
    assert facts.statements[0].evidence.sentence == "«We will not give up Donbas,» Peskov said."


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Budanov, "Head of the Presidential Office", serves a president and is none
        (
            '"It is not done yet," Budanov told reporters. On Tuesday the Ukrainian president said he might '
            "not come.",
            "Volodymyr Zelensky",
        ),
        (
            '"We are ready," Medinsky said. The Russian president said later that the talks could go on.',
            "Vladimir Putin",
        ),
        (
            '"We are ready," Zelensky said. The Ukrainian president added that nothing was signed.',
            "Volodymyr Zelensky",
        ),
    ],
)
def test_a_role_named_again_is_the_persons_who_hold_it_not_who_serve_it(
    extract: Extract, text: str, speaker: str
) -> None:
    facts = extract(text)
    assert facts.statements[-1].speaker == speaker, facts.statements


def test_the_person_a_role_serves_is_not_the_speaker(extract: Extract) -> None:
    facts = extract(
        "Kremlin spokesman Dmitry Peskov told journalists that talks were planned. It would be wrong to "
        "count on results, the press secretary of the Russian president stressed."
    )
    assert "Vladimir Putin" not in [s.speaker for s in facts.statements]


_INTERVIEW = (
    "Andrii Sybiha, Ukraine's foreign minister, spoke to us in Munich on Saturday. Sybiha had just come "
    "from a breakfast with Rubio.\n\n"
    "Q: Does a new Russian negotiator change anything?\n\n"
    "A: We talk to a state, not to a man. Our team and its instructions stay as they are.\n\n"
    "Q: And the ceasefire?\n\n"
    "ANSWER: It has to come first."
)


def test_a_question_and_answer_interviews_answers_are_the_interviewees(extract: Extract) -> None:
    facts = extract(_INTERVIEW)
    answers = [s for s in facts.statements if s.direct]
    assert [(s.speaker, s.party) for s in answers] == [("Andrii Sybiha", "Ukraine")] * 2
    assert "instructions stay" in answers[0].text  # the whole answer, to the paragraph's end
    assert "ceasefire" not in " ".join(s.text for s in facts.statements)  # the questions are no one's


def test_an_interviews_headline_names_whose_answers_they_are(pack: StoryPack) -> None:
    text = "Q: Will there be a fourth round?\n\nA: Yes, and soon, in Abu Dhabi. Rubio agrees."
    article = Article("test", datetime(2026, 2, 14, tzinfo=UTC), "Interview: Umerov on the next round", text)
    facts = extract_article(article, pack)
    assert [s.speaker for s in facts.statements] == ["Rustem Umerov"]


def test_a_person_named_only_in_the_questions_is_not_the_interviewee(extract: Extract) -> None:
    facts = extract("Q: Umerov expects a fourth round soon. Is he right?\n\nA: Yes, and soon, in Abu Dhabi.")
    assert [s.speaker for s in facts.statements if s.speaker_kind == "person"] == []


def test_a_hosts_or_reporters_question_is_no_ones_statement(story: Extract) -> None:
    facts = story(
        "HOST: Steve Witkoff told American television yesterday that a new round would come soon. "
        "Do you know more?\n\n"
        "QUESTION: The Kremlin said this morning there is some convergence. Is that your read?\n\n"
        "ANCHOR: Dmitry Peskov said this morning there is some convergence. What does Kyiv make of it?"
    )
    assert facts.statements == ()


def test_an_anchor_who_reads_the_news_reports_statements(story: Extract) -> None:
    facts = story(
        "ANCHOR: A source quoted by the Russian agency TASS said the fourth round was expected in Geneva. "
        "Kremlin spokesman Dmitry Peskov said only that contacts with the Americans were continuing.\n\n"
        "ANCHOR: Is a fourth round this week realistic?"
    )
    assert [s.speaker for s in facts.statements] == ["unnamed source", "Dmitry Peskov"]


@pytest.mark.parametrize(
    ("line", "speaker", "direct"),
    [
        ('- Rubio (Friday): "It may not work out."', "Marco Rubio", True),
        ("- Peskov (Friday): the third round would be held in Geneva on Tuesday.", "Dmitry Peskov", False),
        ('- Sybiha: the draft of the guarantees is "nearly complete".', "Andrii Sybiha", True),
    ],
)
def test_a_list_item_under_a_name_is_that_persons_statement_direct_only_where_quoted(
    story: Extract, line: str, speaker: str, direct: bool
) -> None:
    statement = only(story("The week in brief:\n\n" + line))
    assert (statement.speaker, statement.direct) == (speaker, direct)


def test_reminding_someone_that_is_saying_it(story: Extract) -> None:
    statement = only(story("Peskov reminded reporters that the talks were paused."))
    assert (statement.speaker, statement.direct) == ("Dmitry Peskov", False)


def test_a_readouts_impersonal_voice_is_its_institutions(story: Extract) -> None:
    facts = story(
        "Below is the readout posted afterwards by the Office of the President, in our translation.\n\n"
        "The parties discussed the documents prepared by the negotiating teams.\n\n"
        "It was noted that the text of the document on security guarantees has been finalised."
    )
    statement = only(facts)
    assert (statement.speaker, statement.speaker_kind, statement.direct) == (
        "Ukrainian Presidential Office",
        "institution",
        False,
    )


def test_it_said_goes_on_with_the_institution_of_the_sentence_before(story: Extract) -> None:
    facts = story(
        "The Kremlin said on Monday that the talks would resume. It said Moscow expected a date soon."
    )
    assert [(s.speaker, s.text) for s in facts.statements] == [
        ("Kremlin", "the talks would resume."),
        ("Kremlin", "Moscow expected a date soon."),
    ]
    person = story("Peskov said on Monday that the talks would resume. It said Moscow expected a date soon.")
    assert [s.speaker for s in person.statements] == ["Dmitry Peskov"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Reports of a meeting in Turkey were denied by Zelensky's office.", "Ukrainian Presidential Office"),
        ("The new date was confirmed on Monday by Kremlin spokesman Dmitry Peskov.", "Dmitry Peskov"),
    ],
)
def test_what_was_denied_or_confirmed_by_someone_is_their_statement(
    story: Extract, text: str, speaker: str
) -> None:
    statement = only(story(text))
    assert (statement.speaker, statement.direct) == (speaker, False)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Peskov blamed Kyiv for the collapse of the energy truce.", "Dmitry Peskov"),
        ("Zelensky blamed the delay on Russian strikes.", "Volodymyr Zelensky"),
    ],
)
def test_blaming_is_saying(story: Extract, text: str, speaker: str) -> None:
    assert only(story(text)).speaker == speaker


@pytest.mark.parametrize(
    ("text", "direct"),
    [
        ("“It may take a while,” Peskov quipped.", True),
        ("Peskov reaffirmed that the talks would go on.", False),
        ("Peskov retorted that Moscow had nothing to add.", False),
        ("Peskov answered that the date was not yet set.", False),
    ],
)
def test_less_common_verbs_of_saying(story: Extract, text: str, direct: bool) -> None:
    statement = only(story(text))
    assert (statement.speaker, statement.direct) == ("Dmitry Peskov", direct)


def test_calls_it_in_the_present_is_saying_but_calls_for_is_not(story: Extract) -> None:
    statement = only(story('Ushakov calls talks with Witkoff "substantive".'))
    assert (statement.speaker, statement.direct) == ("Yuri Ushakov", True)
    assert story("Kyiv calls for a ceasefire.").statements == ()


def test_words_quoted_before_was_how_someone_put_it_are_theirs(story: Extract) -> None:
    statement = only(
        story('"Difficult, but businesslike," was how Vladimir Medinsky summed up the two days in Geneva.')
    )
    assert (statement.speaker, statement.direct, statement.text) == (
        "Vladimir Medinsky",
        True,
        "Difficult, but businesslike",
    )


def test_a_line_under_a_name_on_a_platform_is_that_persons_post(story: Extract) -> None:
    facts = story(
        '\n\n15:05 - Witkoff on X: "meaningful progress" by both sides.\n\nWitkoff on X: progress was made.'
    )
    assert [(s.speaker, s.direct) for s in facts.statements] == [
        ("Steve Witkoff", True),
        ("Steve Witkoff", False),
    ]


def test_the_press_secretary_is_the_spokesman_named_before_not_a_secretary_of_state(story: Extract) -> None:
    facts = story("Rubio and Peskov spoke on Monday. The press secretary noted that the talks would resume.")
    assert only(facts).speaker == "Dmitry Peskov"


def test_a_persons_office_is_the_institution_whatever_name_he_is_given(story: Extract) -> None:
    statement = only(
        story(
            "A delegation led by Rustem Umerov is travelling to Florida for talks on Saturday, President "
            "Volodymyr Zelensky's office said on Friday."
        )
    )
    assert (statement.speaker, statement.speaker_kind) == ("Ukrainian Presidential Office", "institution")


def test_according_to_the_office_is_the_office_that_spoke_last(story: Extract) -> None:
    facts = story(
        "A delegation led by Umerov is travelling to Florida, Zelensky's office said on Friday. David "
        "Arakhamia is also on the team, according to the office."
    )
    assert [s.speaker for s in facts.statements] == ["Ukrainian Presidential Office"] * 2


@pytest.mark.parametrize(
    "text",
    [
        "The next meeting will take place soon, said a source close to the negotiations.",
        "The next meeting will take place soon, said one official familiar with the talks, adding that no "
        "date was set.",
    ],
)
def test_the_words_placing_a_source_are_the_sources_not_what_it_said(story: Extract, text: str) -> None:
    statement = only(story(text))
    assert (statement.speaker, statement.text) == ("unnamed source", "The next meeting will take place soon")


def test_his_office_is_the_office_the_pack_names_after_him(story: Extract) -> None:
    facts = story(
        "Zelensky had said he might not travel to Davos. By Wednesday afternoon his office said he would "
        "come after all, and an adviser in the office said: “The plane is ready.”"
    )
    assert [(s.speaker, s.text) for s in facts.statements][1:] == [
        ("Ukrainian Presidential Office", "he would come after all"),
        ("unnamed source", "The plane is ready."),
    ]


def test_a_time_of_day_before_that_is_no_part_of_what_was_said(story: Extract) -> None:
    assert only(story("Peskov confirmed this morning that Putin will receive Witkoff.")).text == (
        "Putin will receive Witkoff."
    )


def test_emerging_to_tell_reporters_is_the_subjects_statement(story: Extract) -> None:
    statement = only(
        story(
            "Medinsky emerged on Wednesday afternoon to tell reporters the talks had been "
            '"tough but professional".'
        )
    )
    assert (statement.speaker, statement.direct) == ("Vladimir Medinsky", True)


def test_refusing_to_tell_reporters_anything_is_no_statement(story: Extract) -> None:
    assert story("Medinsky refused to tell reporters anything about the talks.").statements == ()


def test_he_opening_the_sentence_is_its_subject_not_the_men_he_met(story: Extract) -> None:
    facts = story(
        "Kirill Dmitriev, the Kremlin envoy, worked a third track of his own. He met Witkoff and Kushner in "
        'Geneva on Tuesday and told Russian television that "the economic agenda is moving faster".'
    )
    assert [s.speaker for s in facts.statements] == ["Kirill Dmitriev"]


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        (
            "Russia fired 71 missiles overnight, the Ukrainian air force said, in one of the heaviest "
            "attacks.",
            "Ukrainian air force",
            "Russia fired 71 missiles overnight",
        ),
        (
            "Neither Kyiv nor Moscow has embraced the zone, the official acknowledged.",
            "unnamed source",
            "Neither Kyiv nor Moscow has embraced the zone",
        ),
        (
            "A Ukrainian official familiar with the planning went further, saying the American side had been "
            '"the main reason" the meeting did not happen.',
            "unnamed source",
            'the American side had been "the main reason" the meeting did not happen.',
        ),
    ],
)
def test_bodies_and_sources_the_pack_does_not_name(
    story: Extract, text: str, speaker: str, said: str
) -> None:
    statement = only(story(text))
    assert (statement.speaker, statement.text) == (speaker, said)


def test_a_person_the_pack_lacks_introduced_with_a_role_is_he_or_she_next(story: Extract) -> None:
    facts = story(
        "Hiroshi Tanaka, a former Japanese ambassador in Kyiv, sided with her on method. “A ceasefire "
        "without monitors is a press release. This one had none,” he said."
    )
    statement = only(facts)
    assert (statement.speaker, statement.party, statement.direct) == ("Hiroshi Tanaka", None, True)
    assert [(a.name, a.role) for a in facts.actors] == [
        ("Hiroshi Tanaka", "a former Japanese ambassador in Kyiv")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("His return was announced by the Kremlin's spokesman, Dmitry Peskov, on Friday.", "Dmitry Peskov"),
        ("The talks went well, according to Ukraine's chief negotiator, Rustem Umerov.", "Rustem Umerov"),
    ],
)
def test_a_role_set_off_by_the_name_after_it_is_that_person(story: Extract, text: str, speaker: str) -> None:
    assert only(story(text)).speaker == speaker


def test_a_role_followed_by_a_list_of_names_is_not_the_first_of_them(story: Extract) -> None:
    facts = story(
        "On the American side, according to the envoy, Jared Kushner, Josh Gruenbaum and Daniel Curran took "
        "part in the meetings."
    )
    assert "Jared Kushner" not in [s.speaker for s in facts.statements]


def test_he_is_not_the_spokeswoman_who_spoke_last(story: Extract) -> None:
    facts = story(
        "Dmitriev said Moscow could accept some guarantees. Maria Zakharova, the Foreign Ministry "
        "spokeswoman, said Moscow's position had not changed. A week later he was still upbeat. He told "
        'Russian reporters there had been "progress".'
    )
    assert [s.speaker for s in facts.statements] == ["Kirill Dmitriev", "Maria Zakharova", "Kirill Dmitriev"]


@pytest.mark.parametrize(
    ("text", "speaker", "party"),
    [
        ("The Russian embassy in Washington called the report a fabrication.", "Russian embassy", "Russia"),
        ("The Ukrainian mission in Geneva said the delegation had landed.", "Ukrainian mission", "Ukraine"),
    ],
)
def test_a_body_located_in_a_capital_speaks_not_the_capital(
    story: Extract, text: str, speaker: str, party: str
) -> None:
    statement = only(story(text))
    assert (statement.speaker, statement.speaker_kind, statement.party) == (speaker, "institution", party)


@pytest.mark.parametrize(
    "text",
    [
        '"No comment," Peskov said when asked about the Geneva talks.',
        '"No comment," Peskov replied when asked whether a date had been set.',
        "“No comment,” Peskov said when asked about the Geneva talks.",
        '"No comment," Peskov said when asked to describe the Geneva talks.',
    ],
)
def test_what_a_speaker_was_asked_after_the_verb_is_no_part_of_the_quote(story: Extract, text: str) -> None:
    statement = only(story(text))
    assert (statement.speaker, statement.direct, statement.text) == ("Dmitry Peskov", True, "No comment")


def test_a_speech_verb_in_a_question_asked_is_no_attribution(story: Extract) -> None:
    statement = only(
        story("Asked whether Zelensky had said anything new, Peskov said he had not followed it.")
    )
    assert (statement.speaker, statement.text) == ("Dmitry Peskov", "he had not followed it.")
    assert story("It was not clear whether Witkoff had told Umerov about the plan.").statements == ()


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        (
            "Witkoff, who told reporters last week that a deal was close, landed in Moscow on Thursday.",
            "Steve Witkoff",
            "a deal was close",
        ),
        (
            "Lavrov's remarks echoed those of Peskov, who said on Monday that the talks had been useful.",
            "Dmitry Peskov",
            "the talks had been useful.",
        ),
    ],
)
def test_an_utterance_in_a_relative_clause_is_the_persons_the_clause_hangs_on(
    story: Extract, text: str, speaker: str, said: str
) -> None:
    statement = only(story(text))
    assert (statement.speaker, statement.text) == (speaker, said)


def test_a_transcript_label_names_the_official_the_article_introduced_earlier(extract: Extract) -> None:
    facts = extract(
        "Excerpts from the State Department briefing on the Ukraine talks, given by Deputy Spokesperson "
        "Laura Pettit.\n\nQUESTION: Is the round off?\n\nMS PETTIT: It is a question of scheduling, no more."
    )
    statement = only(facts)
    assert (statement.speaker, statement.role, statement.direct) == (
        "Laura Pettit",
        "Deputy Spokesperson",
        True,
    )
    assert [(a.name, a.role) for a in facts.actors] == [("Laura Pettit", "Deputy Spokesperson")]


@pytest.mark.parametrize(
    "introduction",
    [
        "Our correspondent Marta Hlib reports from Kyiv on the Ukraine talks.",
        "With us is Senior Correspondent Marta Hlib, on the Ukraine talks.",
        # a role set off after her name, which alone would make her the official a transcript label names
        "Marta Hlib, the programme's Moscow correspondent, reports on the Ukraine talks.",
    ],
)
def test_a_transcript_label_of_the_programmes_correspondent_is_no_speaker(
    extract: Extract, introduction: str
) -> None:
    facts = extract(
        f"{introduction}\n\nANCHOR: Marta, what is the mood?\n\n"
        "HLIB: Tense. Officials expect little from the round."
    )
    assert facts.statements == ()


@pytest.mark.parametrize(
    ("introduction", "role"),
    [
        ("Presenter Marta Hlib talked to Yaroslav Hrytsenko, a lawmaker, about the talks.", "lawmaker"),
        # the role set off after the guest's name ends where a relative clause begins
        (
            "Presenter Marta Hlib talked to Yaroslav Hrytsenko, a member of parliament from the ruling "
            "faction who sits on the foreign affairs committee, about the Ukraine talks.",
            "member of parliament from the ruling faction",
        ),
    ],
)
def test_a_guest_the_presenter_talked_to_speaks_under_the_guests_transcript_label(
    extract: Extract, introduction: str, role: str
) -> None:
    facts = extract(
        f"{introduction}\n\n"
        "HLIB: Who is going to Miami?\n\n"
        "HRYTSENKO: Rustem Umerov leads the team. Territory will not be decided there."
    )
    assert [(s.speaker, s.direct, s.text[:29]) for s in facts.statements] == [
        ("Yaroslav Hrytsenko", True, "Rustem Umerov leads the team.")
    ]
    assert [(a.name, a.role) for a in facts.actors] == [("Yaroslav Hrytsenko", role)]


def test_an_anchors_question_under_a_name_that_is_no_speakers_says_nothing(extract: Extract) -> None:
    facts = extract(
        "Transcript of the evening bulletin on the Ukraine talks.\n\n"
        "VANCE: Has the Kremlin said anything?\n\n"
        "HADDAD: Very little. Dmitry Peskov told reporters the Kremlin would make no statements."
    )
    assert [(s.speaker, s.text[:40]) for s in facts.statements] == [
        ("Dmitry Peskov", "the Kremlin would make no statements.")
    ]


def test_words_referred_to_as_what_someone_said_are_no_statement(extract: Extract) -> None:
    facts = extract(
        "Zelensky spoke in Kyiv about the Ukraine talks. We have a little of what he said there.\n\n"
        "The talks ended in what Witkoff called a “productive” mood."
    )
    assert [(s.speaker, s.direct) for s in facts.statements] == [("Steve Witkoff", True)]


@pytest.mark.parametrize(
    "frame",
    ["the interlocutor of the agency said", "the agency's interlocutor said", "the interlocutor clarified"],
)
def test_translated_copys_interlocutor_is_an_unnamed_source(story: Extract, frame: str) -> None:
    facts = story(f"“The work is finished for now,” {frame}.")
    assert [(s.speaker, s.direct) for s in facts.statements] == [("unnamed source", True)]


def test_him_after_the_one_unnamed_source_who_just_spoke_is_that_source(extract: Extract) -> None:
    facts = extract(
        "“The Ukraine talks are over for now,” a member of the Russian delegation told the agency.\n\n"
        "According to him, the next meeting is expected next week."
    )
    assert [(s.speaker, s.direct) for s in facts.statements] == [
        ("unnamed source", True),
        ("unnamed source", False),
    ]


@pytest.mark.parametrize(
    ("named", "frame", "speaker"),
    [
        (
            "Ukrainian Foreign Minister Andrii Sybiha was in Kyiv.",
            "the head of Ukrainian diplomacy noted",
            "Andrii Sybiha",
        ),
        ("Marco Rubio spoke in Munich.", "the head of American diplomacy said", "Marco Rubio"),
    ],
)
def test_the_head_of_a_sides_diplomacy_is_its_foreign_minister(
    story: Extract, named: str, frame: str, speaker: str
) -> None:
    facts = story(f"{named} “The draft is practically finalised,” {frame}.")
    assert [(s.speaker, s.direct) for s in facts.statements] == [(speaker, True)]


def test_a_name_set_off_after_a_role_that_opens_the_sentence_is_whom_he_names_next(story: Extract) -> None:
    facts = story(
        "Umerov said the talks went well. The U.S. special envoy, Steve Witkoff, did not hold a briefing. He "
        "wrote on X that the two days had produced “meaningful progress”."
    )
    assert [s.speaker for s in facts.statements] == ["Rustem Umerov", "Steve Witkoff"]


def test_a_body_named_again_with_a_capital_is_the_one_of_that_kind_that_spoke(story: Extract) -> None:
    facts = story(
        "The Office of the President denied reports of a meeting in Turkey. “There is no meeting in Turkey "
        "on March 11,” the Office said in a comment to journalists."
    )
    assert [(s.speaker, s.direct) for s in facts.statements] == [
        ("Ukrainian Presidential Office", False),
        ("Ukrainian Presidential Office", True),
    ]


def test_a_stranger_introduced_by_a_role_with_no_words_before_it_speaks_by_surname(story: Extract) -> None:
    facts = story(
        "The briefing was given by Iryna Levchenko, a spokeswoman for the security council.\n\n"
        "Levchenko said 157 Ukrainian defenders had come home on Thursday. Ukraine was ready to exchange all "
        "for all at any moment, she added."
    )
    assert [s.speaker for s in facts.statements] == ["Iryna Levchenko", "Iryna Levchenko"]


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky answered questions first at the news conference on the Ukraine talks, followed by Sybiha.",
        "Zelensky spoke in Kyiv about the Ukraine talks. This is how he put it a little later.",
    ],
)
def test_a_turn_to_speak_or_a_clip_announced_gives_no_words(story: Extract, text: str) -> None:
    assert story(text).statements == ()


@pytest.mark.parametrize(
    "source",
    ["a Western diplomat here says", "a Ukrainian official I spoke to this afternoon said"],
)
def test_an_unnamed_source_placed_here_or_met_by_the_reporter_speaks(story: Extract, source: str) -> None:
    facts = story(f"In Geneva, {source} the Americans will put forward a free economic zone again.")
    assert [(s.speaker, s.direct) for s in facts.statements] == [("unnamed source", False)]


def test_a_share_of_unnamed_sources_is_an_unnamed_source(story: Extract) -> None:
    facts = story("Moscow has not moved on territory, according to most of the diplomats we spoke to.")
    assert [(s.speaker, s.direct) for s in facts.statements] == [("unnamed source", False)]


def test_the_president_is_one_named_since_the_last_speaker_in_words_no_one_said(story: Extract) -> None:
    facts = story(
        "Zelensky wrote: “Thank you.”\n\nThe pause follows an announcement by Donald Trump yesterday. "
        "Speaking at the White House, the president said he had proposed the pause to Putin."
    )
    assert [s.speaker for s in facts.statements] == ["Volodymyr Zelensky", "Donald Trump"]


def test_a_role_with_words_of_its_own_is_not_any_holder_of_the_title_named_since(story: Extract) -> None:
    facts = story(
        "Rustem Umerov said the talks had begun. On the American side, Army Secretary Dan Driscoll is "
        "taking part. The parties will go through the plan point by point, the NSDC secretary specified."
    )
    assert [s.speaker for s in facts.statements] == ["Rustem Umerov", "Rustem Umerov"]


def test_making_clear_where_or_how_gives_no_words(story: Extract) -> None:
    facts = story(
        "Zelensky made clear where he thinks the sequence should start. The Americans, he said, are linking "
        "guarantees to territorial concessions."
    )
    assert [(s.speaker, s.text[:14]) for s in facts.statements] == [("Volodymyr Zelensky", "The Americans,")]


@pytest.mark.parametrize(
    "introduction",
    [
        "Anastasia Kovalchuk drives a minibus for a charity that evacuates the elderly from frontline towns.",
        "In Zaporizhzhia, 74-year-old Anastasia Kovalchuk sat on a bench outside the church.",
    ],
)
def test_she_after_a_stranger_a_sentence_is_about_is_that_stranger(story: Extract, introduction: str) -> None:
    facts = story(
        f"Peskov said the talks were paused.\n\n{introduction}\n\n“Every week we take someone out,” she said."
    )
    assert [s.speaker for s in facts.statements] == ["Dmitry Peskov", "Anastasia Kovalchuk"]


def test_a_stranger_who_has_been_somewhere_is_not_thereby_a_speaker(extract: Extract) -> None:
    facts = extract(
        "MOSER: Good evening. The Ukraine talks began in Geneva. Lea Fontaine has been outside the venue all "
        "day. Lea.\n\nFONTAINE: Good evening, Peter. The delegations arrived shortly before ten."
    )
    assert [s.speaker for s in facts.statements] == []


@pytest.mark.parametrize(
    ("introduction", "stranger"),
    [
        ("Kaja Kallas, the EU's foreign policy chief, was blunter than most.", "Kaja Kallas"),
        (
            "In the left-bank district of Troieshchyna, where some blocks have had no heating since an "
            "attack, Oksana Demchenko, 38, has moved her children into one room.",
            "Oksana Demchenko",
        ),
        (
            "Tetiana Rudenko, whose husband, a drone operator, was captured last spring, walked along the "
            "buses.",
            "Tetiana Rudenko",
        ),
        ("At a church, Father Andriy Yatsenko blessed baskets of painted eggs.", "Andriy Yatsenko"),
    ],
)
def test_a_stranger_introduced_by_age_title_role_or_relative_clause_is_whom_she_names(
    story: Extract, introduction: str, stranger: str
) -> None:
    facts = story(f"Peskov said the pause held.\n\n{introduction} “We wait for the buses,” she said.")
    assert [s.speaker for s in facts.statements] == ["Dmitry Peskov", stranger]


def test_a_stranger_with_an_age_and_a_role_set_off_speaks(story: Extract) -> None:
    facts = story(
        "Peskov said the pause held. Larysa Moroz, 52, a pharmacist from the Podil district, said she would "
        "vote gladly, but not yet."
    )
    assert [(s.speaker, s.text[:19]) for s in facts.statements] == [
        ("Dmitry Peskov", "the pause held."),
        ("Larysa Moroz", "she would vote glad"),
    ]


def test_he_after_an_asked_phrase_is_the_subject_after_it_not_the_name_inside(story: Extract) -> None:
    facts = story(
        "Witkoff said the plan was ready. Asked what he wanted Putin to hear, Trump was blunt. “The war has "
        "to end,” he said."
    )
    assert [s.speaker for s in facts.statements] == ["Steve Witkoff", "Donald Trump"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Bank of Russia said it would watch inflation closely after the talks.", "Bank of Russia"),
        (
            "The General Staff of the Armed Forces of Ukraine reported dozens of Russian attacks since the "
            "truce began.",
            "General Staff of the Armed Forces of Ukraine",
        ),
        (
            "The Office of the President of Ukraine denied reports that a round would take place in Turkey.",
            "Ukrainian Presidential Office",
        ),
    ],
)
def test_a_body_named_as_a_sides_speaks_not_the_side(story: Extract, sentence: str, speaker: str) -> None:
    assert [s.speaker for s in story(sentence).statements] == [speaker]


def test_nobody_in_what_was_said_before_the_comma_denies_no_speaker(story: Extract) -> None:
    facts = story(
        "Across the border, the governor Vyacheslav Gladkov said a drone had damaged a power line near "
        "Shebekino. Nobody was hurt, he said. Nobody in Moscow has said the same."
    )
    assert [(s.speaker, s.text) for s in facts.statements][1:] == [("Vyacheslav Gladkov", "Nobody was hurt")]


def test_a_known_strangers_surname_after_an_opening_phrase_is_whom_he_names(story: Extract) -> None:
    facts = story(
        "At his shop in Mytishchi, Gennady Lavrentyev has reprinted his price tags. Peskov said talks would "
        "go on.\n\nIn Mytishchi, Lavrentyev keeps a television above the till.\n\n"
        "“If there is peace, maybe my son comes home,” he said."
    )
    assert [s.speaker for s in facts.statements] == ["Dmitry Peskov", "Gennady Lavrentyev"]


def test_she_in_a_sentence_headed_by_a_known_strangers_surname_is_that_stranger(story: Extract) -> None:
    facts = story(
        "Iryna Koval, a lawyer on the team, walks in. Dmitriev said the talks would resume.\n\n"
        "Koval does not talk about territory; it is above her pay grade, she says with a small laugh."
    )
    assert [s.speaker for s in facts.statements] == ["Kirill Dmitriev", "Iryna Koval"]


def test_expressing_the_hope_that_is_saying_it(story: Extract) -> None:
    facts = story("Peskov expressed the hope that the dialogue would continue “in a constructive spirit”.")
    assert [(s.speaker, s.direct) for s in facts.statements] == [("Dmitry Peskov", True)]


def test_she_after_a_sentence_naming_one_known_stranger_is_that_stranger(story: Extract) -> None:
    facts = story(
        "Oksana Demchenko, 38, has moved her children into one room. Witkoff said talks would go on.\n\n"
        "For Demchenko, the vocabulary of the talks belongs to another world. “If they are talking about "
        "land, fine,” she said."
    )
    assert [s.speaker for s in facts.statements] == ["Steve Witkoff", "Oksana Demchenko"]


def test_a_side_describing_the_talks_as_something_says_so(story: Extract) -> None:
    facts = story(
        "The first round ended without a breakthrough, though Washington described it as constructive."
    )
    assert [(s.speaker, s.speaker_kind) for s in facts.statements] == [("United States", "institution")]


def test_two_sides_named_together_before_the_verb_each_speak(story: Extract) -> None:
    facts = story(
        "The first round ended without a breakthrough, though both Kyiv and Washington described it as "
        "constructive."
    )
    assert sorted(s.speaker for s in facts.statements) == ["Ukraine", "United States"]


# --- statements: attribution forms found in the dev errors (unnamed sources, roles, passives, pronouns) ---


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Washington has floated a 20-year guarantee, according to people familiar with the drafts.", None),
        ("The venue moved to Oslo, according to officials briefed on the planning.", None),
        (
            "The Russian side wanted a later date, according to sources in the Ukrainian delegation.",
            "Ukraine",
        ),
    ],
)
def test_according_to_a_bare_plural_source_is_an_unnamed_source(
    story: Extract, text: str, party: str | None
) -> None:
    statement = only(story(text))
    assert (statement.speaker, statement.speaker_kind, statement.party, statement.direct) == (
        "unnamed source",
        "anonymous",
        party,
        False,
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Dmitry Peskov spoke to reporters on Monday. According to the Kremlin spokesman, no date is set.",
            "Dmitry Peskov",
        ),
        (
            "Steve Witkoff flew home on Sunday. According to the envoy, the two days went well.",
            "Steve Witkoff",
        ),
    ],
)
def test_according_to_a_definite_role_is_the_person_seen_with_it(
    story: Extract, text: str, speaker: str
) -> None:
    statement = only(story(text))
    assert (statement.speaker, statement.speaker_kind, statement.direct) == (speaker, "person", False)


@pytest.mark.parametrize(
    ("text", "direct"),
    [
        (
            "The first session was described by three participants as “hard going”; the next one was calm.",
            True,
        ),
        ("The dinner was described by one diplomat as cordial.", False),
    ],
)
def test_described_by_a_source_as_is_the_sources_statement(story: Extract, text: str, direct: bool) -> None:
    statement = only(story(text))
    assert (statement.speaker, statement.direct) == ("unnamed source", direct)
    assert "next one" not in statement.text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ushakov afterwards called the dinner “useful”.", "Yuri Ushakov"),
        ("Zelensky afterward described the meeting as “honest”.", "Volodymyr Zelensky"),
    ],
)
def test_afterwards_between_speaker_and_verb(story: Extract, text: str, speaker: str) -> None:
    statement = only(story(text))
    assert (statement.speaker, statement.direct) == (speaker, True)


def test_a_party_named_after_and_said_is_what_was_said_not_the_subject(story: Extract) -> None:
    facts = story("The Russian envoy called the talks useful, and said Moscow might accept a pause.")
    assert "Russia" not in [s.speaker for s in facts.statements]


@pytest.mark.parametrize(
    "text",
    [
        "The sides had moved closer on monitoring, Peskov said, and the next step would be “hard”.",
        "No venue had been chosen, Peskov said, adding: “The Americans must decide.”",
    ],
)
def test_a_clause_joined_after_a_closing_attribution_goes_on_with_the_speakers_words(
    story: Extract, text: str
) -> None:
    statement = only(story(text))
    assert (statement.speaker, statement.direct) == ("Dmitry Peskov", True)
    assert statement.text.startswith(("The sides", "No venue"))


def test_an_act_after_a_closing_attribution_is_the_authors(story: Extract) -> None:
    statement = only(story("The talks had been useful, Peskov said, and left for Moscow."))
    assert statement.text == "The talks had been useful"


def test_it_after_a_quote_is_the_institution_that_spoke_in_the_sentence_before(story: Extract) -> None:
    facts = story("Zelensky's office denied the report. “No talks are planned in Ankara,” it said on Friday.")
    assert [(s.speaker, s.direct) for s in facts.statements] == [
        ("Ukrainian Presidential Office", False),
        ("Ukrainian Presidential Office", True),
    ]


def test_it_is_the_institution_the_sentence_before_opened_with(story: Extract) -> None:
    facts = story(
        "The Kremlin said the truce would hold. The Kremlin's statement was short. It urged Kyiv to follow."
    )
    assert [s.speaker for s in facts.statements] == ["Kremlin", "Kremlin"]


def test_mentioned_is_a_verb_of_saying(story: Extract) -> None:
    statement = only(story("Umerov had mentioned March 3 and 4 as possible dates, but Moscow never agreed."))
    assert (statement.speaker, statement.direct) == ("Rustem Umerov", False)
    assert story("The Oslo venue was mentioned in passing.").statements == ()


def test_the_person_a_correction_sets_off_does_not_speak(story: Extract) -> None:
    statement = only(story("Sybiha, not Umerov, said the talks would resume in Oslo."))
    assert statement.speaker == "Andrii Sybiha"


def test_a_wires_note_on_its_update_is_no_statement(story: Extract) -> None:
    facts = story("(Adds Peskov comments; corrects paragraph 3 to say Ushakov said the talks were useful)")
    assert facts.statements == ()


@pytest.mark.parametrize(
    "text",
    [
        "The Russians, according to two people who were in the room, called the offer “a joke”.",
        "The meeting ran late and, according to a source in the Ukrainian delegation, was “rough”.",
    ],
)
def test_according_to_set_off_inside_a_sentence_covers_both_sides(story: Extract, text: str) -> None:
    statement = only(story(text))
    assert (statement.speaker, statement.direct) == ("unnamed source", True)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The delegations will meet again in March, has indicated a source close to the talks.",
            "unnamed source",
        ),
        ("Both sides will free 300 captives on Friday. So has announced Rustem Umerov.", "Rustem Umerov"),
    ],
)
def test_translated_copy_inverts_the_speaker_after_has_and_the_verb(
    story: Extract, text: str, speaker: str
) -> None:
    statement = only(story(text))
    assert (statement.speaker, statement.direct) == (speaker, False)


def test_he_is_the_person_a_capitalised_title_introduced_without_speech(story: Extract) -> None:
    facts = story(
        "Peskov said the Kremlin had no comment. Ukrainian Foreign Minister Andrii Sybiha joined the call "
        "from Kyiv. He told the ministers that Ukraine would not give up land."
    )
    assert [s.speaker for s in facts.statements] == ["Dmitry Peskov", "Andrii Sybiha"]


def test_she_is_the_named_stranger_the_sentence_before_was_about(story: Extract) -> None:
    facts = story(
        "Peskov said the exchange went to plan. At the station, Olena Kravets waited all night for her son. "
        "“He is home, that is all I know,” she said."
    )
    assert [(s.speaker, s.direct) for s in facts.statements] == [
        ("Dmitry Peskov", False),
        ("Olena Kravets", True),
    ]


def test_said_that_night_opens_a_time_not_the_words_said(story: Extract) -> None:
    statement = only(
        story("“A week has three days now,” Zelensky said that evening, referring to the pause.")
    )
    assert (statement.speaker, statement.direct, statement.text) == (
        "Volodymyr Zelensky",
        True,
        "A week has three days now",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Moscow would go on swapping prisoners, Peskov said, “as long as the lists are honest”.",
        "But the Americans, Peskov noted, “still owe us an answer” on the venue.",
    ],
)
def test_a_quote_right_after_the_attribution_is_the_speakers(story: Extract, text: str) -> None:
    statement = only(story(text))
    assert (statement.speaker, statement.direct) == ("Dmitry Peskov", True)


def test_a_sentence_about_he_keeps_the_person_the_one_before_was_about(story: Extract) -> None:
    facts = story(
        "Peskov said Moscow was ready. Sybiha has set one limit. Speaking in Oslo, after the dinner, he "
        "ruled out a vote on land. “Land is not for sale,” he said."
    )
    # (the opening "Speaking in Oslo" makes the ruling-out his words too)
    assert [(s.speaker, s.direct) for s in facts.statements] == [
        ("Dmitry Peskov", False),
        ("Andrii Sybiha", False),
        ("Andrii Sybiha", True),
    ]


def test_a_person_named_after_he_is_not_whom_the_sentence_is_about(story: Extract) -> None:
    facts = story(
        "Umerov wrote on Telegram that the talks went well. He will brief Zelensky tonight. Kyiv would "
        "accept a pause in strikes, he said."
    )
    assert [s.speaker for s in facts.statements] == ["Rustem Umerov", "Rustem Umerov"]


def test_he_is_the_titled_subject_after_an_opening_phrase(story: Extract) -> None:
    facts = story(
        "Sybiha said the draft was nearly done. In Munich, where ministers met, Secretary of State Marco "
        "Rubio was more cautious. He said the deal might fail."
    )
    assert [s.speaker for s in facts.statements] == ["Andrii Sybiha", "Marco Rubio"]


@pytest.mark.parametrize("verb", ["gave a gloomier account", "painted a darker picture", "went further"])
def test_he_is_the_subject_after_an_opening_phrase_whatever_verb_follows_the_name(
    story: Extract, verb: str
) -> None:
    facts = story(
        f"Kushner said the talks had gone well. In Kyiv, Volodymyr Zelensky {verb}. Progress was slow, "
        "he said."
    )
    assert [s.speaker for s in facts.statements] == ["Jared Kushner", "Volodymyr Zelensky"]


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("A member of the Ukrainian team, who asked not to be named, told us", "unnamed source"),
        ("One Ukrainian official told us", "unnamed source"),
        # several sources are no "he": he is the man named before them
        ("Two Ukrainian officials told us", "Volodymyr Zelensky"),
    ],
)
def test_he_after_one_unnamed_source_is_that_source(story: Extract, source: str, speaker: str) -> None:
    facts = story(
        f'Zelensky said on Monday that Kyiv was ready. {source} that Washington was "the main reason". '
        '"We were ready. The Americans asked for time," he said.'
    )
    assert facts.statements[-1].speaker == speaker, facts.statements


def test_he_after_one_unnamed_source_and_a_person_named_since_is_that_person(story: Extract) -> None:
    facts = story(
        "A Ukrainian official said the talks were off. Zelensky was blunter on Tuesday. "
        '"We were ready," he said.'
    )
    assert facts.statements[-1].speaker == "Volodymyr Zelensky"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [("The Kremlin", "Dmitry Peskov"), ("Russia's foreign ministry", "Maria Zakharova")],
)
def test_its_spokesman_is_the_spokesman_of_the_body_it_names(story: Extract, body: str, speaker: str) -> None:
    facts = story(
        f"{body} has not commented on the timing. Its spokesman said last week that a summit could only be "
        "held in Moscow."
    )
    assert [s.speaker for s in facts.statements] == [speaker]


def test_the_presidents_office_of_this_story_is_the_ukrainian_presidential_office(story: Extract) -> None:
    facts = story("Rustem Umerov will again lead the delegation, the president's office confirmed.")
    assert [(s.speaker, s.party) for s in facts.statements] == [("Ukrainian Presidential Office", "Ukraine")]


@pytest.mark.parametrize("time", ["", "07:45 - ", "07.45 "])
def test_that_was_how_after_a_quote_gives_the_quote_to_the_person_named(story: Extract, time: str) -> None:
    facts = story(
        f'{time}"It turns out a week has four days." That was how Volodymyr Zelensky summed up the pause in '
        "his nightly address."
    )
    assert [(s.speaker, s.direct, s.text) for s in facts.statements] == [
        ("Volodymyr Zelensky", True, "It turns out a week has four days.")
    ]


def test_that_was_how_with_no_quote_before_it_gives_no_statement(story: Extract) -> None:
    facts = story("The pause lasted four days. That was how Volodymyr Zelensky summed up the week.")
    assert facts.statements == ()


def test_officials_who_let_it_be_known_make_a_statement_of_their_side(story: Extract) -> None:
    statement = only(
        story("Russian officials have let it be known that Moscow might guarantee Kyiv's security.")
    )
    assert (statement.speaker, statement.direct) == ("Russia", False)
    assert statement.text.startswith("Moscow might guarantee")


@pytest.mark.parametrize(
    "told",
    [
        "told reporters aboard Air Force One",
        "told lawmakers in Kyiv on Tuesday",
        "told European leaders last week",
        "told a rally outside the parliament",
    ],
)
def test_whom_and_where_words_were_told_is_no_part_of_them(story: Extract, told: str) -> None:
    statement = only(story(f"Zelensky {told} that a deal was close."))
    assert statement.text == "a deal was close."


@pytest.mark.parametrize(
    ("text", "words", "direct"),
    [
        ('"The talks were constructive," Ushakov was quoted as saying.', "The talks were constructive", True),
        (
            'The talks were "constructive", Ushakov was quoted as saying by TASS.',
            'The talks were "constructive"',
            True,
        ),
        ("Ushakov was quoted as saying that the talks would resume.", "the talks would resume.", False),
    ],
)
def test_a_person_quoted_as_saying_is_the_speaker(
    story: Extract, text: str, words: str, direct: bool
) -> None:
    statement = only(story(text))
    assert (statement.speaker, statement.text, statement.direct) == ("Yuri Ushakov", words, direct)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Peskov said on Monday there was no date yet.", "there was no date yet."),
        ("Peskov said late Tuesday evening the talks were over.", "the talks were over."),
        ("Peskov told reporters yesterday the talks were over.", "the talks were over."),
        # a day that is part of the words stays in them
        ("Peskov said Monday's meeting was useful.", "Monday's meeting was useful."),
        ("Peskov said today's meeting was useful.", "today's meeting was useful."),
    ],
)
def test_the_day_something_was_said_is_no_part_of_the_words(story: Extract, text: str, words: str) -> None:
    assert only(story(text)).text == words


def test_the_day_said_after_the_verb_still_dates_the_statement(story: Extract) -> None:
    statement = only(story("Peskov said on Monday there was no date yet.", date(2026, 2, 4)))
    assert statement.date == date(2026, 2, 2)


@pytest.mark.parametrize(
    "told",
    ["told Reuters", "told the RBC newspaper", "told Ukrainska Pravda", "told the state news agency"],
)
def test_whom_told_names_before_the_words_is_no_part_of_them(story: Extract, told: str) -> None:
    statement = only(story(f"Two sources familiar with the talks {told} the meeting would be in Abu Dhabi."))
    assert statement.text == "the meeting would be in Abu Dhabi."


def test_words_that_open_with_a_name_after_said_keep_it(story: Extract) -> None:
    assert only(story("Peskov said Moscow would not budge.")).text == "Moscow would not budge."


def test_an_inverted_frame_between_subject_and_verb_keeps_the_subject_in_the_words(story: Extract) -> None:
    statement = only(story("Moscow, said Peskov, would not accept foreign troops."))
    assert statement.speaker == "Dmitry Peskov"
    assert statement.text.startswith("Moscow") and statement.text.endswith("foreign troops.")


def test_mp_is_a_title_before_a_name(story: Extract) -> None:
    facts = story(
        "“Nobody asked us about the vote,” said MP Iryna Hlushko of the opposition, opening the debate."
    )
    statement = only(facts)
    assert (statement.speaker, statement.direct) == ("Iryna Hlushko", True)


@pytest.mark.parametrize(
    "text",
    [
        "Until that day comes, Peskov said, Russia will keep fighting “on the ground”.",
        "There can be no deal, Peskov said, unless Kyiv leaves “the whole of Donbas”.",
    ],
)
def test_a_clause_after_an_inserted_attribution_is_the_speakers(story: Extract, text: str) -> None:
    statement = only(story(text))
    assert (statement.speaker, statement.direct) == ("Dmitry Peskov", True)


def test_has_written_is_a_verb_of_saying(story: Extract) -> None:
    statement = only(story("Umerov has written on Telegram that the texts are “nearly agreed”."))
    assert (statement.speaker, statement.direct) == ("Rustem Umerov", True)
    assert story("The draft was written by American lawyers in Miami.").statements == ()


def test_a_host_countrys_government_in_lower_case_is_an_institution(story: Extract) -> None:
    statement = only(story("The Norwegian government said it was ready to host the next round."))
    assert (statement.speaker, statement.speaker_kind, statement.party) == (
        "Norwegian government",
        "institution",
        None,
    )
    assert only(story("The Ukrainian government said it was ready.")).speaker == "Ukraine"


def test_an_institutions_whole_name_runs_over_its_and(story: Extract) -> None:
    statement = only(
        story("Kyiv wants an all-for-all swap, the State Border and Customs Service said on Friday.")
    )
    assert (statement.speaker, statement.speaker_kind) == ("State Border and Customs Service", "institution")


@pytest.mark.parametrize("opening", ["One of them", "Another"])
def test_one_of_the_sources_quoted_before_is_an_unnamed_source(story: Extract, opening: str) -> None:
    facts = story(
        f"Washington may ease sanctions, according to two EU diplomats. {opening} called it “a gift”."
    )
    assert [(s.speaker, s.direct) for s in facts.statements] == [
        ("unnamed source", False),
        ("unnamed source", True),
    ]


def test_the_delegate_is_the_unnamed_source_quoted_before(story: Extract) -> None:
    facts = story("The dinner was long, a member of one delegation said. “Nobody ate,” the delegate said.")
    assert [(s.speaker, s.direct) for s in facts.statements] == [
        ("unnamed source", False),
        ("unnamed source", True),
    ]


def test_a_one_word_name_after_the_kind_of_body_it_is_is_an_institution(story: Extract) -> None:
    statement = only(story("The state gas company Naftogaz said two plants had been hit overnight."))
    assert (statement.speaker, statement.speaker_kind) == ("Naftogaz", "institution")


def test_asked_after_a_quoted_question_names_the_asker(story: Extract) -> None:
    statement = only(
        story("“Who pays for the trains now?” asked Petro Lysenko, a retired engineer in Kharkiv.")
    )
    assert (statement.speaker, statement.direct) == ("Petro Lysenko", True)
    assert story("Peskov was asked whether a date had been set.").statements == ()


def test_a_surname_ending_like_an_auxiliary_is_no_passive(story: Extract) -> None:
    facts = story(
        "Tom Whitcombe, a former British envoy, said truces help. “They prove little,” Whitcombe said."
    )
    assert [(s.speaker, s.direct) for s in facts.statements] == [
        ("Tom Whitcombe", False),
        ("Tom Whitcombe", True),
    ]


@pytest.mark.parametrize("question", ["What does Kyiv say?", "What has the Kremlin said?"])
def test_an_explainers_question_to_the_reader_is_no_statement(story: Extract, question: str) -> None:
    assert story(question).statements == ()


def test_a_spokesperson_for_a_role_is_an_unnamed_source(story: Extract) -> None:
    facts = story(
        "Witkoff flew to Miami. A spokesperson for the U.S. envoy confirmed that the meeting took place."
    )
    assert [(s.speaker, s.speaker_kind) for s in facts.statements] == [("unnamed source", "anonymous")]


def test_he_who_declines_to_give_his_name_is_an_unnamed_source(story: Extract) -> None:
    facts = story("Peskov said the talks were useful. “We wait,” he said, declining to give his name.")
    assert [s.speaker for s in facts.statements] == ["Dmitry Peskov", "unnamed source"]


_VERB_PIECES = [
    "said", "says", "Said", "told", "to tell reporters", "to tell the press", "pointed out", "put it",
    "spoke of", "asked", "adding", "writing", "written", "sayings", "re-said", "x", "Kyiv", "ſaid", "İ",
    " ", " ", ", ", ". ", "-", "—", "_", "“", "”", "\"", "'", "’", "\n", "é", "2",
]  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_VERB_PIECES), max_size=14))
def test_speech_verbs_are_the_matches_of_the_speech_verb_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    view = SimpleNamespace(text=text, memo={})
    found = speech_verbs(view)  # type: ignore[arg-type]
    assert found == [(m.start(), m.end(), m.group()) for m in SPEECH_VERB.finditer(text)]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        # a title of a body before the name of someone the pack does not list is the role, not the name
        (
            "Parliament Speaker Ruslan Stefanchuk has said that no elections can be held in Ukraine now.",
            "Ruslan Stefanchuk",
            "person",
        ),
        # a name set off after the role it holds
        (
            "The commission's head, Oleh Didenko, told reporters that a vote in Ukraine would take months.",
            "Oleh Didenko",
            "person",
        ),
        # a body the pack does not list, after "according to", of the side a possessive names
        (
            "According to Ukraine's Central Election Commission, a vote would take at least 60 days.",
            "Central Election Commission",
            "institution",
        ),
        (
            "According to the Central Election Commission in Kyiv, a vote in Ukraine would take 60 days.",
            "Central Election Commission",
            "institution",
        ),
        # a body's name with a head word that is not its last
        (
            "The Swiss Federal Department of Foreign Affairs confirmed that Switzerland would host the talks "
            "between Ukraine and Russia.",
            "Swiss Federal Department of Foreign Affairs",
            "institution",
        ),
    ],
)
def test_speakers_the_pack_does_not_list_are_named_as_the_text_names_them(
    extract: Callable[..., ArticleFacts], text: str, speaker: str, kind: str
) -> None:
    facts = extract(text, date(2026, 2, 12))
    assert [(s.speaker, s.speaker_kind) for s in facts.statements] == [(speaker, kind)]


def test_the_secretary_of_state_is_the_one_the_pack_gives_that_title_not_another_secretary(
    extract: Callable[..., ArticleFacts],
) -> None:
    facts = extract(
        "Rustem Umerov and Marco Rubio met in Munich. The secretary of state told the conference on Saturday "
        "that it was not clear whether Russia was serious about ending the war.",
        date(2026, 2, 15),
    )
    assert [(s.speaker, s.direct) for s in facts.statements] == [("Marco Rubio", False)]


def test_a_frame_between_a_verb_and_its_object_leaves_both_sides_the_speakers(
    extract: Callable[..., ArticleFacts],
) -> None:
    facts = extract(
        "Marco Rubio spoke in Munich. Moscow now wants, he said, the roughly 20 per cent of Donetsk region "
        "that Ukraine still holds.",
        date(2026, 2, 15),
    )
    (said,) = facts.statements
    assert said.speaker == "Marco Rubio"
    assert said.text.startswith("Moscow now wants") and "20 per cent of Donetsk" in said.text


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "In October Dmitriev spent three days in Miami with Witkoff, a visit the Kremlin later "
            'described as "a useful exchange of views".',
            "Kremlin",
            "a useful exchange of views",
        ),
        ('The talks, which Peskov described as "constructive", ended late.', "Dmitry Peskov", "constructive"),
    ],
)
def test_what_a_speaker_described_a_thing_told_before_as_is_the_quote_after_as(
    extract: Callable[..., ArticleFacts], text: str, speaker: str, words: str
) -> None:
    facts = extract(text, date(2026, 2, 1))
    assert [(s.speaker, s.direct, s.text.strip(' ."')) for s in facts.statements] == [(speaker, True, words)]


def test_a_second_speaker_after_a_semicolon_is_given_none_of_the_first_speakers_words(
    extract: Extract,
) -> None:
    facts = extract(
        'Before the talks, Dmitry Peskov said territory would be discussed with a "broader range" of '
        "questions; Volodymyr Zelensky, speaking in Kyiv, said the Americans were tying guarantees to land."
    )
    assert [(s.speaker, s.text, s.direct) for s in facts.statements] == [
        ("Dmitry Peskov", 'territory would be discussed with a "broader range" of questions', True),
        ("Volodymyr Zelensky", "the Americans were tying guarantees to land.", False),
    ]


def test_a_pronoun_after_a_break_is_the_sentences_first_speaker_saying_more(extract: Extract) -> None:
    facts = extract(
        "Zelensky spoke in Kyiv in the morning. Dmitry Peskov said the Kremlin expected Kyiv to reciprocate; "
        "Moscow, he said, still ruled out a longer ceasefire."
    )
    assert [(s.speaker, s.text) for s in facts.statements] == [
        ("Dmitry Peskov", "the Kremlin expected Kyiv to reciprocate"),
        ("Dmitry Peskov", "still ruled out a longer ceasefire."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky said the Americans had proposed a round in Miami, within a week, and that Kyiv said yes.",
        'Witkoff said the protocol was "largely finished", and that the parties were discussing land.',
    ],
)
def test_and_that_after_a_break_goes_on_with_the_first_speakers_words(extract: Extract, text: str) -> None:
    facts = extract(text)
    assert len(facts.statements) == 1, facts.statements
    assert facts.statements[0].text.endswith(("yes.", "land.")), facts.statements


def test_having_said_nothing_since_is_no_statement(extract: Extract) -> None:
    facts = extract("Peskov has said nothing since about when the three sides might meet again.")
    assert facts.statements == ()


def test_a_capitalised_title_resolves_as_a_lower_case_one(extract: Extract) -> None:
    facts = extract(
        'Marco Rubio took the stage in Munich. "We will find out," the Secretary of State said.',
        date(2026, 2, 14),
    )
    assert [(s.speaker, s.direct) for s in facts.statements] == [("Marco Rubio", True)]


def test_a_name_with_two_particles_is_one_unlisted_speaker(extract: Extract) -> None:
    facts = extract(
        "Ursula von der Leyen, the European Commission president, insisted that sanctions on Russia would "
        "stay, while Zelensky told the panel that Europe should have a seat at the table.",
        date(2026, 2, 14),
    )
    assert [s.speaker for s in facts.statements] == ["Ursula von der Leyen", "Volodymyr Zelensky"]


@pytest.mark.parametrize(
    "text",
    [
        "Peskov made clear that the talks had not been cancelled.",
        "Peskov made it clear that the talks had not been cancelled.",
        "Peskov expressed hope that the talks had not been cancelled.",
        "Peskov voiced confidence that the talks had not been cancelled.",
        "Peskov expressed doubt that the talks had not been cancelled.",
    ],
)
def test_a_phrase_of_saying_attributes_the_words_after_it(extract: Extract, text: str) -> None:
    facts = extract(text)
    assert [(s.speaker, s.text) for s in facts.statements] == [
        ("Dmitry Peskov", "the talks had not been cancelled.")
    ]


def test_and_after_a_closing_quote_opens_a_second_speakers_words(extract: Extract) -> None:
    facts = extract(
        "Medinsky called the talks “difficult but businesslike” and Witkoff spoke of “meaningful progress”."
    )
    assert [(s.speaker, s.direct) for s in facts.statements] == [
        ("Vladimir Medinsky", True),
        ("Steve Witkoff", True),
    ]
    assert "businesslike" not in facts.statements[1].text
    assert "meaningful progress" in facts.statements[1].text


def test_according_to_bare_officials_is_an_unnamed_source_and_his_is_the_person_they_spoke_of(
    extract: Extract,
) -> None:
    facts = extract(
        "Volodymyr Zelensky intends to announce elections on February 24, according to officials cited by "
        "the Financial Times. His office said on Wednesday that no decision had been taken on a date."
    )
    assert [(s.speaker, s.speaker_kind) for s in facts.statements] == [
        ("unnamed source", "anonymous"),
        ("Ukrainian Presidential Office", "institution"),
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The second round is expected in Abu Dhabi on Sunday, according to a US official, a week after "
            "the first ended in a constructive discussion.",
            "The second round is expected in Abu Dhabi on Sunday",
        ),
        (
            "The first day lasted four hours and, according to a source in the delegation, was tense.",
            "The first day lasted four hours and, according to a source in the delegation, was tense.",
        ),
    ],
)
def test_according_to_after_a_whole_clause_covers_only_that_clause(
    extract: Extract, text: str, words: str
) -> None:
    facts = extract(f"Zelensky spoke in Kyiv. {text}")
    assert [(s.speaker, s.text) for s in facts.statements if s.speaker == "unnamed source"] == [
        ("unnamed source", words)
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Kremlin's readout said the talks were useful.", "Kremlin"),
        ("The White House readout said the talks were useful.", "White House"),
        ("Zelensky's statement said the talks were useful.", "Volodymyr Zelensky"),
    ],
)
def test_a_document_speaks_for_the_owner_named_before_it(extract: Extract, text: str, speaker: str) -> None:
    facts = extract(f"Ukraine, Russia and the United States met in Geneva. {text}")
    assert [s.speaker for s in facts.statements] == [speaker]


def test_a_quote_that_was_someones_reply_is_theirs(extract: Extract) -> None:
    facts = extract("Zelensky spoke in Kyiv. “Never,” was Zelensky's reply when asked about Donbas.")
    assert [(s.speaker, s.direct, s.text) for s in facts.statements] == [
        ("Volodymyr Zelensky", True, "Never")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky on Monday: “We will not give up Donbas.”",
        "Zelensky, late on Monday: “We will not give up Donbas.”",
    ],
)
def test_a_quote_after_a_speaker_and_a_day_and_a_colon_is_the_speakers(extract: Extract, text: str) -> None:
    facts = extract(text)
    assert [(s.speaker, s.direct) for s in facts.statements] == [("Volodymyr Zelensky", True)]


@pytest.mark.parametrize(
    ("text", "speaker", "direct"),
    [
        ("In Peskov's words, the talks are alive.", "Dmitry Peskov", False),
        ("In the words of Peskov, the talks are alive.", "Dmitry Peskov", False),
        ("The talks are, in Peskov's own words, “alive and well”.", "Dmitry Peskov", True),
    ],
)
def test_in_someones_words_attributes_the_words_around_it(
    extract: Extract, text: str, speaker: str, direct: bool
) -> None:
    facts = extract(text)
    assert [(s.speaker, s.direct) for s in facts.statements] == [(speaker, direct)]
    assert "alive" in facts.statements[0].text


def test_in_a_sides_view_is_no_ones_words(extract: Extract) -> None:
    assert extract("In Kyiv's view, the talks are alive.").statements == ()


def test_a_side_named_by_its_capital_that_blamed_another_made_a_statement(extract: Extract) -> None:
    facts = extract(
        "Moscow has blamed Kyiv for an attempt on the life of a senior officer; Kyiv denies any role."
    )
    assert [(s.speaker, s.speaker_kind) for s in facts.statements][:1] == [("Russia", "institution")]


@pytest.mark.parametrize("quote", ["“We’ll see,”", '"We\'ll see,"', "“No,”"])
def test_a_short_quote_before_its_frame_is_the_speakers_words(extract: Extract, quote: str) -> None:
    said = only(extract(f"{quote} Trump told reporters aboard Air Force One."))
    assert (said.speaker, said.direct) == ("Donald Trump", True)
    assert "Air Force One" not in said.text


@pytest.mark.parametrize(
    "text",
    [
        "Zakharova dismissed the report as “a provocation”.",
        'Zakharova dismissed as "nonsense" reports of a summit.',
        "Zakharova branded the plan as “a trap”.",
    ],
)
def test_dismissing_or_branding_a_thing_as_something_is_said(extract: Extract, text: str) -> None:
    said = only(extract(text))
    assert (said.speaker, said.direct) == ("Maria Zakharova", True)


def test_dismissing_a_thing_without_saying_what_it_is_is_no_statement(extract: Extract) -> None:
    assert not extract("Zakharova dismissed the American proposal out of hand.").statements


@pytest.mark.parametrize(
    ("text", "speaker", "party"),
    [
        (
            "Russia fired 450 drones before the talks, according to the Ukrainian air force.",
            "Ukrainian air force",
            "Ukraine",
        ),
        (
            "The swap is planned for Friday, according to the Emirati foreign ministry.",
            "Emirati foreign ministry",
            "United Arab Emirates",
        ),
    ],
)
def test_according_to_a_body_named_in_lower_case(story: Extract, text: str, speaker: str, party: str) -> None:
    said = only(story(text))
    assert (said.speaker, said.speaker_kind, said.party) == (speaker, "institution", party)


def test_a_role_without_article_and_a_relative_clause_describe_the_speaker(extract: Extract) -> None:
    said = only(
        extract(
            "Rustem Umerov, secretary of Ukraine's National Security and Defense Council, who heads the "
            "Ukrainian delegation, wrote on Telegram that the team had left for Geneva."
        )
    )
    assert said.speaker == "Rustem Umerov"


@pytest.mark.parametrize(
    "label",
    ["VOLODYMYR ZELENSKY (through interpreter):", "VOLODYMYR ZELENSKY, PRESIDENT OF UKRAINE:"],
)
def test_a_transcript_label_with_a_note_or_a_role_names_the_speaker(extract: Extract, label: str) -> None:
    facts = extract(
        f"Here he is speaking in Kyiv this afternoon.\n\n{label} We will not leave our part of Donetsk."
    )
    said = only(facts)
    assert (said.speaker, said.direct) == ("Volodymyr Zelensky", True)


def test_a_stranger_a_feature_opens_with_speaks_later_by_pronoun_and_surname(extract: Extract) -> None:
    facts = extract(
        "On a grey afternoon in Kyiv, Iryna Koval opens a binder of draft guarantees. Koval, a lawyer on the "
        "Ukrainian delegation's legal team, has carried it to Geneva.\n\n"
        "“People think that when there are no meetings, there is no work,” she says.\n\n"
        "“We will be ready when they call,” Koval says."
    )
    assert [s.speaker for s in facts.statements] == ["Iryna Koval", "Iryna Koval"]


@pytest.mark.parametrize("people", ["Ukraine's negotiators", "Kyiv's officials", "Ukrainian negotiators"])
def test_a_sides_people_named_by_its_possessive_speak_for_it(extract: Extract, people: str) -> None:
    said = only(extract(f"{people} said that they had pressed for an all-for-all exchange."))
    assert (said.speaker, said.speaker_kind) == ("Ukraine", "institution")


@pytest.mark.parametrize(
    "said_by",
    [
        "This was stated by Dmitry Peskov.",
        "This was stated on Thursday to journalists by the press secretary of the President of the Russian "
        "Federation, Dmitry Peskov.",
    ],
)
def test_this_was_stated_by_someone_attributes_the_sentence_before(extract: Extract, said_by: str) -> None:
    facts = extract(f"The negotiation process is in a “situational pause”. {said_by}")
    said = only(facts)
    assert (said.speaker, said.direct) == ("Dmitry Peskov", True)
    assert said.text.startswith("The negotiation process")


def test_summing_up_in_words_quoted_is_said(story: Extract) -> None:
    said = only(story("A Ukrainian diplomat summed up the mood in five words: “Nobody has cancelled it.”"))
    assert (said.speaker, said.direct, said.party) == ("unnamed source", True, "Ukraine")


@pytest.mark.parametrize(
    "text",
    [
        "Witkoff and Kushner told reporters the talks had been constructive.",
        "Steve Witkoff and Jared Kushner said the talks had been constructive.",
        "Witkoff met Kushner in Miami. The two envoys said the talks had been constructive.",
    ],
)
def test_two_people_who_speak_together_each_make_the_statement(extract: Extract, text: str) -> None:
    facts = extract(text)
    assert sorted(s.speaker for s in facts.statements) == ["Jared Kushner", "Steve Witkoff"]
    assert {s.text for s in facts.statements} == {"the talks had been constructive."}


def test_both_men_are_the_two_people_named_last(extract: Extract) -> None:
    facts = extract("Trump met Zelensky in Davos on Thursday. Both men described the meeting as good.")
    assert sorted(s.speaker for s in facts.statements) == ["Donald Trump", "Volodymyr Zelensky"]


def test_what_the_two_leaders_told_reporters_gives_no_words_of_theirs(extract: Extract) -> None:
    facts = extract(
        "Zelensky met Trump in Davos. Below is the readout, followed by what the two leaders told reporters."
    )
    assert facts.statements == ()


def test_a_name_before_and_that_speaks_not_is_no_speaker(extract: Extract) -> None:
    facts = extract("Putin received Witkoff and Kushner, Peskov said.")
    assert [s.speaker for s in facts.statements] == ["Dmitry Peskov"]


@pytest.mark.parametrize("title", ["Dr", "Dr.", "Prof", "Mr"])
def test_a_courtesy_title_is_no_part_of_a_new_speakers_name(extract: Extract, title: str) -> None:
    facts = extract(
        f"“Nothing has moved since December,” said {title} Hamish Pryor, a lecturer in Canberra. "
        "Peskov said the talks would go on."
    )
    assert [s.speaker for s in facts.statements] == ["Hamish Pryor", "Dmitry Peskov"]
    assert facts.statements[0].role != title


@pytest.mark.parametrize(
    ("text", "party", "words"),
    [
        (
            "Reuters reported, citing two Ukrainian officials, that Moscow had turned down a proposal.",
            "Ukraine",
            "Moscow had turned down a proposal.",
        ),
        (
            "Russia has turned down a U.S. proposal on the Zaporizhzhia plant, Reuters reported this week, "
            "citing people familiar with the discussions.",
            None,
            "Russia has turned down a U.S. proposal on the Zaporizhzhia plant",
        ),
    ],
)
def test_an_outlet_citing_its_sources_relays_an_unnamed_source(
    extract: Extract, text: str, party: str | None, words: str
) -> None:
    statement = only(extract(text))
    assert (statement.speaker, statement.speaker_kind, statement.party) == (
        "unnamed source",
        "anonymous",
        party,
    )
    assert statement.text == words


def test_a_body_that_reported_something_made_a_statement(extract: Extract) -> None:
    statement = only(extract("Ukraine's General Staff reported dozens of Russian attacks along the front."))
    assert statement.speaker_kind == "institution"


def test_reporting_to_a_superior_is_no_statement(extract: Extract) -> None:
    assert extract("Umerov reported twice by phone to President Zelensky on the talks.").statements == ()


def test_a_source_on_a_side_is_an_unnamed_source_of_that_side(extract: Extract) -> None:
    statement = only(
        extract(
            "The American side also assessed the meeting in Miami as positive, a source on the US side told "
            "our correspondent on the Ukraine talks."
        )
    )
    assert (statement.speaker, statement.party) == ("unnamed source", "United States")
    assert statement.text == "The American side also assessed the meeting in Miami as positive"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Then on Thursday, Foreign Minister Andrii Sybiha is due in Washington for talks with Secretary "
            "of State Marco Rubio, his ministry said.",
            "Ukrainian Foreign Ministry",
        ),
        (
            "Volodymyr Zelensky met a group of US senators in Munich on Saturday, his office said.",
            "Ukrainian Presidential Office",
        ),
    ],
)
def test_his_office_or_ministry_closing_a_sentence_is_that_of_the_person_it_is_about(
    extract: Extract, text: str, speaker: str
) -> None:
    statement = only(extract(text))
    assert (statement.speaker, statement.speaker_kind) == (speaker, "institution")


@pytest.mark.parametrize(
    "body",
    [
        "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War",
        "the Ukrainian Coordination Headquarters for the Treatment of Prisoners of War",
        "Ukraine's coordination headquarters for prisoners of war",
    ],
)
def test_the_pow_coordination_headquarters_has_one_name_whatever_form_the_text_gives(
    extract: Extract, body: str
) -> None:
    statement = only(extract(f"Two hundred prisoners came home from Russia, {body} said."))
    assert (statement.speaker, statement.speaker_kind, statement.party) == (
        "Coordination Headquarters for the Treatment of Prisoners of War",
        "institution",
        "Ukraine",
    )


def test_an_explainers_answer_that_reports_who_said_what_is_no_interviewees(pack: StoryPack) -> None:
    text = (
        "Q: Whose idea was the energy pause?\n\n"
        "A: Volodymyr Zelensky said on Friday morning that the pause had taken effect overnight.\n\n"
        "Q: Will it hold?\n\n"
        "A: As I said last week, nobody can promise that."
    )
    article = Article(
        "test", datetime(2026, 1, 30, tzinfo=UTC), "Q&A: Trump's week-long pause on strikes", text
    )
    facts = extract_article(article, pack)
    assert [(s.speaker, s.direct) for s in facts.statements] == [
        ("Volodymyr Zelensky", False),
        ("Donald Trump", True),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "The talks between Ukraine and Russia are on life support, the Kattegat Institute for Conflict "
            "Settlement said in a report.",
            "Kattegat Institute for Conflict Settlement",
            "institution",
        ),
        (
            "The Basmanny District Court said the suspect in the Moscow shooting of a Russian general faced "
            "charges of terrorism.",
            "Basmanny District Court",
            "institution",
        ),
        (
            "Henrik Solberg of the Oslo Centre for Negotiation Research said the split between Russia and "
            "Ukraine was no accident.",
            "Henrik Solberg",
            "person",
        ),
        (
            "The split between Russia and Ukraine is no accident, argues Henrik Solberg of the Oslo Centre "
            "for Negotiation Research.",
            "Henrik Solberg",
            "person",
        ),
    ],
)
def test_think_tanks_and_courts_speak_as_bodies_and_their_people_as_people(
    story: Extract, text: str, speaker: str, kind: str
) -> None:
    statement = only(story(text))
    assert (statement.speaker, statement.speaker_kind) == (speaker, kind)


def test_the_president_after_his_office_spoke_is_the_president_whose_office_it_is(extract: Extract) -> None:
    facts = extract(
        "President Vladimir Putin ordered a truce, the Kremlin said.\n\n"
        "Zelensky's office said Ukraine had been proposing a holiday pause for weeks. The president said "
        "Ukraine would hold its fire provided Russian forces did the same."
    )
    assert [s.speaker for s in facts.statements] == [
        "Kremlin",
        "Ukrainian Presidential Office",
        "Volodymyr Zelensky",
    ]


def test_he_after_a_sentence_about_him_that_opens_with_a_day_is_still_him(extract: Extract) -> None:
    facts = extract(
        "Kirill Dmitriev is the Kremlin's dealmaker.\n\n"
        "On Jan. 31 he flew to Miami to see Witkoff, Kushner and Treasury Secretary Scott Bessent. He said "
        "afterwards that Russia might accept some kind of security guarantees for Ukraine."
    )
    assert [s.speaker for s in facts.statements] == ["Kirill Dmitriev"]


def test_her_ministry_is_the_ministry_her_role_names(extract: Extract) -> None:
    facts = extract(
        "Maria Zakharova, the Russian foreign ministry's spokeswoman, was sharper. She accused Kyiv of using "
        "the pause to rearm. Her ministry said later that any settlement had to reflect the realities on "
        "the ground."
    )
    assert [s.speaker for s in facts.statements] == ["Maria Zakharova", "Russian Foreign Ministry"]


def test_a_charge_the_other_side_denies_is_no_closing_attribution(extract: Extract) -> None:
    statement = only(
        extract("Moscow has accused Ukrainian intelligence of organising the shooting, a charge Kyiv denies.")
    )
    assert (statement.speaker, statement.party) == ("Russia", "Russia")


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Officials in Kyiv note that the Kremlin has never confirmed the energy pause in public.",
            "Ukraine",
        ),
        ("Officials in Moscow have said a vote in Ukraine must come before any deal.", "Russia"),
    ],
)
def test_officials_in_a_sides_capital_speak_for_the_side(extract: Extract, text: str, party: str) -> None:
    statement = only(extract(text))
    assert (statement.speaker, statement.speaker_kind) == (party, "institution")


def test_a_name_set_off_after_a_role_names_the_speaker(story: Extract) -> None:
    statement = only(
        story(
            "A Swiss foreign ministry spokeswoman, Corinne Vuillemin, said Switzerland was providing the "
            "premises but was not a party to the negotiations."
        )
    )
    assert (statement.speaker, statement.speaker_kind) == ("Corinne Vuillemin", "person")


def test_words_quoted_by_an_outlet_are_the_sources_not_the_outlets(extract: Extract) -> None:
    facts = extract(
        "Russia might guarantee Ukraine's security if Kyiv holds a vote, a Russian official was quoted as "
        "saying by state media."
    )
    statement = only(facts)
    assert (statement.speaker, statement.party) == ("unnamed source", "Russia")
    assert "Russia might guarantee Ukraine's security" in statement.text


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Ukrainian and Russian negotiators set off for Geneva on Monday, with Kyiv warning that the "
            "hardest questions remain unresolved.",
            ["Ukraine"],
        ),
        # a warning issued is no speech verb of its own
        ("Zelensky issued a warning about the strikes on the Ukrainian grid before the talks.", []),
    ],
)
def test_a_side_warning_after_with_speaks(extract: Extract, text: str, speakers: list[str]) -> None:
    assert [s.speaker for s in extract(text).statements] == speakers


@pytest.mark.parametrize(
    "tail", ['calling the meetings "constructive"', 'adding that they had been "constructive"']
)
def test_a_quote_after_a_closing_frame_makes_the_statement_direct_and_its_own(
    extract: Extract, tail: str
) -> None:
    statement = only(
        extract(f"The negotiators worked through the issues in Florida, Steve Witkoff said, {tail}.")
    )
    assert (statement.speaker, statement.direct) == ("Steve Witkoff", True)
    assert '"constructive"' in statement.text


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "The Russian side was led by Vladimir Medinsky, a Kremlin aide who has called the talks "
            '"difficult but businesslike".',
            ["Vladimir Medinsky"],
        ),
        # writing books is no saying
        (
            "The return of Vladimir Medinsky, the Kremlin aide who has written popular books on history, was "
            "the clearest signal of the week.",
            [],
        ),
    ],
)
def test_words_told_in_a_relative_clause_after_a_persons_apposition_are_that_persons(
    extract: Extract, text: str, speakers: list[str]
) -> None:
    assert [s.speaker for s in extract(text).statements] == speakers


def test_officials_placed_by_the_side_they_are_on_are_an_unnamed_source(story: Extract) -> None:
    facts = story(
        "Moscow is ready for another prisoner exchange, according to officials on the Ukrainian side."
    )
    assert [(s.speaker, s.text) for s in facts.statements] == [
        ("unnamed source", "Moscow is ready for another prisoner exchange")
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Two newspapers reported this week, citing officials in Kyiv, that Zelensky will announce "
            "elections.",
            "Zelensky will announce elections.",
        ),
        (
            "Turkish media, citing unnamed officials, reported on Tuesday that Umerov and Medinsky would "
            "meet.",
            "Umerov and Medinsky would meet.",
        ),
        (
            "Witkoff proposed that the United States run the plant, the newspaper reported, citing three "
            "people "
            "familiar with the talks.",
            "Witkoff proposed that the United States run the plant",
        ),
    ],
)
def test_the_sources_a_report_cites_say_what_it_reports(story: Extract, text: str, words: str) -> None:
    (statement,) = story(text).statements
    assert (statement.speaker, statement.direct, statement.text) == ("unnamed source", False, words)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Constructive” was the word Volodymyr Zelensky chose for the talks.", "Volodymyr Zelensky"),
        ("Umerov left at dusk. “Tense” is the word one participant used.", "unnamed source"),
    ],
)
def test_a_quoted_word_someone_chose_is_their_direct_statement(
    story: Extract, text: str, speaker: str
) -> None:
    assert [(s.speaker, s.direct) for s in story(text).statements] == [(speaker, True)]


def test_officials_who_describe_something_as_something_say_so(story: Extract) -> None:
    facts = story(
        "Russian officials describe it as an American acceptance that Ukraine would leave the region, Peskov "
        "among them. Analysts describe the mood in Kyiv."
    )
    assert [(s.speaker, s.direct) for s in facts.statements] == [("Russia", False)]


def test_she_after_a_stranger_introduced_by_a_relative_clause_is_that_stranger(story: Extract) -> None:
    facts = story(
        "Zelensky spoke in Kyiv. Katarzyna Brandt, who tracks the talks for a Berlin foundation, thinks not. "
        '"Nobody has walked out," she said.'
    )
    assert [(s.speaker, s.direct) for s in facts.statements] == [("Katarzyna Brandt", True)]


def test_a_transcripts_label_names_a_guest_introduced_by_what_she_does(story: Extract) -> None:
    facts = story(
        "ANCHOR: Russia still wants all of the Donetsk region. For the view from Europe I spoke earlier to "
        "Margit Sandvik, who follows the talks for a Copenhagen institute.\n\nSANDVIK: It would surprise me."
    )
    assert [(s.speaker, s.direct, s.text) for s in facts.statements] == [
        ("Margit Sandvik", True, "It would surprise me.")
    ]


def test_a_person_named_after_the_verb_at_the_end_speaks_though_a_relative_clause_comes_before(
    story: Extract,
) -> None:
    facts = story(
        "Handing the plant to a third country was always going to be a hard sell in Moscow, which regards "
        "it as "
        "Russian property, said Tetiana Hrebeniuk, an energy researcher at a Kyiv think tank."
    )
    assert [s.speaker for s in facts.statements] == ["Tetiana Hrebeniuk"]


def test_they_after_unnamed_sources_are_those_sources(story: Extract) -> None:
    facts = story(
        "Moscow wants to run the plant itself, according to people familiar with the talks. Kyiv has refused "
        "that arrangement, they said. Zelensky gave no comment."
    )
    assert [(s.speaker, s.text) for s in facts.statements] == [
        ("unnamed source", "Moscow wants to run the plant itself"),
        ("unnamed source", "Kyiv has refused that arrangement"),
    ]


def test_the_person_set_off_after_anothers_role_speaks_not_the_roles_owner(story: Extract) -> None:
    facts = story(
        'The talks are in a "situational pause," according to President Putin\'s spokesman, Dmitry Peskov, '
        "speaking on Thursday. The negotiations will resume, he said, once Washington is free."
    )
    assert [s.speaker for s in facts.statements] == ["Dmitry Peskov", "Dmitry Peskov"]


def test_he_after_a_name_set_off_after_someones_role_is_that_name(story: Extract) -> None:
    facts = story(
        'Zelensky spoke in Kyiv. Maria Zakharova said the deadlines were "not Russia\'s concern." Her boss, '
        'Sergei Lavrov, has been more careful in public. In the spring he said Moscow remained "open".'
    )
    assert [s.speaker for s in facts.statements][-1] == "Sergei Lavrov"


def test_a_definite_role_as_the_subject_of_a_participles_clause_speaks_not_whom_it_thanked(
    story: Extract,
) -> None:
    facts = story(
        "A pause in Russian strikes took effect overnight, according to President Volodymyr Zelensky. In his "
        "nightly address, the president thanked Donald Trump, saying the pause showed what pressure could do."
    )
    assert [s.speaker for s in facts.statements] == ["Volodymyr Zelensky", "Volodymyr Zelensky"]


def test_an_adverb_between_the_speaker_and_the_verb_leaves_the_speaker(story: Extract) -> None:
    facts = story(
        "Zelensky spoke. Ukrainian officials privately say the Kremlin's demands have not softened."
    )
    assert [(s.speaker, s.direct) for s in facts.statements] == [("Ukraine", False)]


def test_a_relation_set_off_before_a_name_after_a_quote_frames_the_quote(story: Extract) -> None:
    facts = story(
        'Zelensky spoke. "I have not slept since Monday," his mother, Halyna Moroz, told the Daily.'
    )
    assert [(s.speaker, s.direct, s.text) for s in facts.statements] == [
        ("Halyna Moroz", True, "I have not slept since Monday")
    ]


def test_the_headquarters_is_the_headquarters_that_spoke_last(story: Extract) -> None:
    facts = story(
        "Zelensky spoke. Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said 200 "
        "servicemen had come home. A second stage is expected on Friday, the headquarters added."
    )
    headquarters = "Coordination Headquarters for the Treatment of Prisoners of War"
    assert [s.speaker for s in facts.statements] == [headquarters, headquarters]


def test_a_clause_joined_after_the_frame_after_an_adverb_of_time_goes_on_with_the_words(
    story: Extract,
) -> None:
    facts = story(
        "Yuri Ushakov spoke to reporters. No settlement could be reached until the territorial question was "
        'resolved, he stressed, and until then Russia would go on pursuing its aims "on the battlefield."'
    )
    (statement,) = facts.statements
    assert (statement.speaker, statement.direct) == ("Yuri Ushakov", True)
    assert '"on the battlefield."' in statement.text


def test_he_is_the_person_whose_words_the_sentence_names_before_him(extract: Extract) -> None:
    facts = extract(
        "Rustem Umerov said the talks would go on. Witkoff's verdict reaches us through Russian state media: "
        'he called the Florida meetings "constructive".'
    )
    assert [(s.speaker, s.direct) for s in facts.statements][-1] == ("Steve Witkoff", True)


def test_where_reporters_were_told_is_no_part_of_what_they_were_told(extract: Extract) -> None:
    statement = only(
        extract('Asked about the warning, Dmitry Peskov tells reporters in Moscow there is "nothing to add".')
    )
    assert (statement.speaker, statement.direct, statement.text) == (
        "Dmitry Peskov",
        True,
        'there is "nothing to add".',
    )


@pytest.mark.parametrize(
    "text",
    [
        "Relatives of Ukrainians still held in Russia said they had heard nothing about the next exchange.",
        "Delegates said the first session of the talks would begin at ten.",
        "People who were in the room described the talks as tense.",
        "Critics say Witkoff's optimism about the talks has cost him credibility.",
        "The bonds fell after the talks were put off, traders said.",
    ],
)
def test_people_of_a_kind_with_no_name_are_an_unnamed_source(story: Extract, text: str) -> None:
    assert only(story(text)).speaker == "unnamed source"


@pytest.mark.parametrize(
    "text",
    [
        "On territory, Zelensky's line has not moved. Ukraine, he said, would not leave Donetsk region.",
        "On territory, Zelensky's line has not moved: Ukraine would not leave Donetsk region, he said.",
        "Peskov spoke first. Zelensky has refused, and on Thursday he said again that Ukraine would not "
        "leave "
        "Donetsk region.",
        "Moscow wants Ukraine out of Donetsk; Zelensky has refused, and he said that Ukraine would not leave "
        "Donetsk region.",
        "Peskov spoke first. Zelensky visited the front, where he said that Ukraine would not leave Donetsk "
        "region.",
    ],
)
def test_he_is_the_person_the_sentence_or_the_one_before_is_about(extract: Extract, text: str) -> None:
    said = [s for s in extract(text).statements if "would not leave" in s.text]
    assert [s.speaker for s in said] == ["Volodymyr Zelensky"]


def test_he_in_a_second_clause_is_not_a_person_only_named_in_the_first(extract: Extract) -> None:
    facts = extract(
        "Peskov spoke on Monday. The talks with Zelensky stalled, and he said that Moscow would not move."
    )
    assert [s.speaker for s in facts.statements if "would not move" in s.text] == ["Dmitry Peskov"]


def test_a_role_after_a_semicolon_is_the_owner_of_the_office_that_spoke_before_it(story: Extract) -> None:
    facts = story(
        "Ukraine had proposed an Easter truce weeks ago, Zelensky's office said; the president himself wrote "
        "on Telegram that Ukraine was ready to observe the truce."
    )
    assert [(s.speaker, s.text.split(" ")[0]) for s in facts.statements] == [
        ("Ukrainian Presidential Office", "Ukraine"),
        ("Volodymyr Zelensky", "Ukraine"),
    ]
    assert "truce weeks ago" in facts.statements[0].text


@pytest.mark.parametrize(
    "text",
    [
        "Speaking in Geneva, Zelensky rejected any referendum on handing Donbas to Russia.",
        "Zelensky spoke on Monday. Speaking last week, during the third round in Geneva, he rejected any "
        "referendum on handing Donbas to Russia.",
        "In his evening address, Zelensky rejected any referendum on handing Donbas to Russia.",
    ],
)
def test_an_opening_that_says_the_subject_spoke_gives_him_the_main_clause(story: Extract, text: str) -> None:
    said = [s for s in story(text).statements if "referendum" in s.text]
    assert [(s.speaker, s.direct) for s in said] == [("Volodymyr Zelensky", False)]


def test_an_opening_that_says_the_subject_spoke_leaves_a_speech_verb_its_own_words(story: Extract) -> None:
    facts = story("Speaking in Geneva, Zelensky said Ukraine would not hold a referendum.")
    assert [(s.speaker, s.text) for s in facts.statements] == [
        ("Volodymyr Zelensky", "Ukraine would not hold a referendum.")
    ]


def test_thanks_said_in_public_are_a_statement(story: Extract) -> None:
    facts = story(
        "Ukrainian President Volodymyr Zelensky thanked the United Arab Emirates and the United States for "
        "their mediation."
    )
    assert [(s.speaker, s.direct) for s in facts.statements] == [("Volodymyr Zelensky", False)]


def test_a_quote_in_a_calling_clause_after_the_frame_makes_the_words_direct(story: Extract) -> None:
    facts = story(
        "Russia and Ukraine had agreed to the swap during the talks, US special envoy Steve Witkoff said in "
        "a "
        'post on X, calling it "a concrete result of detailed and productive discussions".'
    )
    assert [(s.speaker, s.direct) for s in facts.statements] == [("Steve Witkoff", True)]


def test_spoke_afterwards_of_is_speech(story: Extract) -> None:
    facts = story(
        'The third round was led by Medinsky, and Witkoff spoke afterwards of "meaningful progress".'
    )
    assert [(s.speaker, s.direct) for s in facts.statements] == [("Steve Witkoff", True)]


@pytest.mark.parametrize(
    "text",
    [
        "US special envoy Steve Witkoff expects a new round of talks within three weeks, he said in an "
        "interview with Fox News.",
        "Peskov spoke first. Witkoff wants a deal by June, he said on Sunday.",
    ],
)
def test_he_said_closing_a_sentence_is_its_subject(story: Extract, text: str) -> None:
    said = [s for s in story(text).statements if "Peskov spoke" not in s.text]
    assert [s.speaker for s in said] == ["Steve Witkoff"]


@pytest.mark.parametrize(
    "text",
    [
        'Ushakov came out of the Kremlin calling the conversation "substantive" and "frank".',
        'Ushakov left the Kremlin, calling the conversation "substantive".',
    ],
)
def test_calling_after_another_verb_gives_the_subject_the_words(story: Extract, text: str) -> None:
    assert [(s.speaker, s.direct) for s in story(text).statements] == [("Yuri Ushakov", True)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Admiral Igor Kostyukov led the Russian side. The talks had been useful, the admiral said.",
            "Igor Kostyukov",
        ),
        (
            "Kirill Dmitriev met Witkoff in Miami. The Russian later described the meeting as positive.",
            "Kirill Dmitriev",
        ),
        (
            "Kirill Dmitriev met Witkoff in Miami. The meeting was positive, the Russian said.",
            "Kirill Dmitriev",
        ),
        (
            "Dmitriev was in Geneva too, with Vladimir Medinsky now at the head of the Russian delegation. "
            "The "
            'talks were "difficult but businesslike", the Russian negotiator said.',
            "Vladimir Medinsky",
        ),
    ],
)
def test_a_speaker_named_by_rank_or_side_is_the_one_the_text_gave_it(
    story: Extract, text: str, speaker: str
) -> None:
    assert [s.speaker for s in story(text).statements] == [speaker]


def test_a_role_that_opens_the_sentence_speaks_past_an_aside_naming_another(story: Extract) -> None:
    facts = story(
        "Yuri Ushakov, Putin's foreign policy aide, sat in on the talks. The aide, who sat in along with the "
        'investment envoy Kirill Dmitriev, called them "substantive, constructive and extremely frank".'
    )
    assert [s.speaker for s in facts.statements] == ["Yuri Ushakov"]


def test_he_after_a_role_that_was_the_subject_is_the_one_the_role_names(story: Extract) -> None:
    facts = story(
        "Steve Witkoff is Trump's envoy. By Geneva, where the third round ran on February 17 and 18 with "
        "Vladimir Medinsky now at the head of the Russian delegation, the envoy had found a new phrase. He "
        'spoke of "meaningful progress".'
    )
    assert [s.speaker for s in facts.statements] == ["Steve Witkoff"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Russia ignored a proposal from Ukraine, which says it had proposed an Easter truce first.",
            "Ukraine",
        ),
        ("The swap was arranged by the Kremlin, which said it would make no statements.", "Kremlin"),
    ],
)
def test_words_in_a_which_clause_are_the_side_or_body_it_hangs_on(
    story: Extract, text: str, speaker: str
) -> None:
    assert [s.speaker for s in story(text).statements] == [speaker]


def test_according_to_both_delegations_each_side_of_the_war_says_it(story: Extract) -> None:
    facts = story("The swap was 500 for 500, according to both delegations.")
    assert sorted(s.speaker for s in facts.statements) == ["Russia", "Ukraine"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Kirill Dmitriev runs Russia's wealth fund. In an interview last month, the banker said "
            "sanctions "
            "would have to go.",
            "Kirill Dmitriev",
        ),
        (
            'Rustem Umerov leads the Ukrainian team. "We came to work," the former defence minister said.',
            "Rustem Umerov",
        ),
        (
            "Kyrylo Budanov now heads the presidential office. The former spy chief told reporters that "
            "Ukraine "
            "would not give up land.",
            "Kyrylo Budanov",
        ),
        (
            'Kyrylo Budanov now heads the office. "We do not negotiate with ourselves," says a colleague.',
            "unnamed source",
        ),
    ],
)
def test_a_description_that_is_no_role_is_the_person_named_last(
    story: Extract, text: str, speaker: str
) -> None:
    assert [s.speaker for s in story(text).statements] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ('Peskov\'s answer was blunt: "There is no date."', "Dmitry Peskov", "There is no date."),
        ('Witkoff\'s verdict: "Meaningful progress."', "Steve Witkoff", "Meaningful progress."),
    ],
)
def test_the_words_after_a_persons_answer_and_a_colon_are_theirs(
    story: Extract, text: str, speaker: str, words: str
) -> None:
    assert [(s.speaker, s.direct, s.text) for s in story(text).statements] == [(speaker, True, words)]


def test_an_as_aside_frames_the_words_on_both_sides_of_it(story: Extract) -> None:
    said = story("Kyiv's position, as Sybiha put it on Monday, is that guarantees come first.").statements
    assert [(s.speaker, s.text) for s in said] == [
        ("Andrii Sybiha", "Kyiv's position, as Sybiha put it on Monday, is that guarantees come first.")
    ]


def test_those_were_his_words_gives_the_quote_before_to_him(story: Extract) -> None:
    said = story('"We are not there yet." Those were Peskov\'s words on Monday.').statements
    assert [(s.speaker, s.direct, s.text) for s in said] == [("Dmitry Peskov", True, "We are not there yet.")]


@pytest.mark.parametrize(
    ("text", "speaker", "direct"),
    [
        ("Peskov's words were unambiguous: the talks would continue.", "Dmitry Peskov", False),
        ('Zelensky had a message for Moscow: "We will not give up our land."', "Volodymyr Zelensky", True),
    ],
)
def test_a_persons_words_or_message_before_a_colon_give_them_what_follows(
    story: Extract, text: str, speaker: str, direct: bool
) -> None:
    assert [(s.speaker, s.direct) for s in story(text).statements] == [(speaker, direct)]
