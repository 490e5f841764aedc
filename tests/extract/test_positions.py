"""Positions: cue verbs and nouns, negation, holders (metonyms, speakers, coordination), conditions."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from monitor.facts import ArticleFacts

Extract = Callable[..., ArticleFacts]


def stances(facts: ArticleFacts) -> dict[tuple[str, str], str]:
    return {(p.party, p.issue): p.stance for p in facts.positions}


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Moscow demands a full withdrawal from Donetsk.", "demands"),
        ("Moscow insists on a withdrawal from Donetsk.", "demands"),
        ("Moscow wants Kyiv to withdraw from Donetsk.", "demands"),
        ("Moscow needs a full withdrawal from Donetsk.", "demands"),
        ("Moscow calls for a withdrawal from Donetsk.", "demands"),
        ("Moscow sets a withdrawal from Donetsk as a precondition.", "demands"),
        ("Moscow rejects any withdrawal from Donetsk.", "rejects"),
        ("Moscow refuses to discuss Donetsk.", "rejects"),
        ("Moscow refuses to give up the territory it holds.", "rejects"),
        ("Kyiv demands Donetsk, and Moscow will not give it away.", "rejects"),
        ("Moscow rules out any territorial concessions.", "rejects"),
        ("Moscow proposes a free economic zone.", "proposes"),
        ("Moscow floated once more a free economic zone.", "proposes"),
        ("Moscow is ready to discuss territory.", "accepts"),
        ("Moscow agreed to the territorial arrangement.", "accepts"),
        ("Moscow welcomes the land deal.", "supports"),
        ("Moscow is open to a territorial compromise.", "considers"),
        ("Moscow does not reject a territorial compromise.", "considers"),
        ("Moscow does not rule out a territorial compromise.", "considers"),
        ("Moscow does not exclude a territorial compromise.", "considers"),
        ("Moscow excludes any territorial compromise.", "rejects"),
        ("Moscow will not accept any territorial compromise.", "rejects"),
        ("Moscow was still not prepared to accept any territorial compromise.", "rejects"),
        ("Moscow would accept a territorial compromise only if sanctions were lifted.", "conditions"),
        ("Moscow is willing to cede territory, and to stop strikes, provided Kyiv votes.", "conditions"),
        ("Moscow is ready to accept the territorial plan provided by Washington.", "accepts"),
        ("Moscow is holding out for the whole of Donetsk.", "demands"),
        ("Moscow signalled openness to a territorial compromise.", "considers"),
        ("“There will be no withdrawal from Donetsk,” Lavrov said.", "rejects"),
        ("Moscow signalled it could live with a territorial compromise.", "considers"),
        ("Moscow went along with the land deal.", "accepts"),
        ("Moscow signed off on the land deal.", "accepts"),
        ("Moscow will not go along with the land deal.", "rejects"),
        (
            "Moscow says there can be no durable settlement until the territorial question is resolved.",
            "demands",
        ),
        ("Moscow says there will be no peace without a withdrawal from Donetsk.", "demands"),
        ("Moscow said there would be no territorial compromise.", "rejects"),
    ],
)
def test_cue_words_give_the_stance(extract: Extract, text: str, stance: str) -> None:
    assert stances(extract(text))[("Russia", "territory")] == stance


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Kyiv rejects any withdrawal from Donbas.", "Ukraine"),
        ("The Kremlin rejects any withdrawal from Donbas.", "Russia"),
        ("Washington proposes a ceasefire.", "United States"),
        ("The White House proposes a ceasefire.", "United States"),
    ],
)
def test_metonyms_resolve_to_their_party(story: Extract, text: str, party: str) -> None:
    assert [p.party for p in story(text).positions] == [party]


def test_a_stance_stated_by_a_speaker_belongs_to_the_speakers_party(extract: Extract) -> None:
    facts = extract("“We reject any withdrawal from Donbas,” Zelensky said.")
    assert stances(facts) == {("Ukraine", "territory"): "rejects"}


def test_a_party_named_in_the_statement_holds_its_own_stance(extract: Extract) -> None:
    facts = extract(
        "Ushakov said that Moscow still insisted on the withdrawal of Ukrainian troops from Donbas."
    )
    assert stances(facts) == {("Russia", "territory"): "demands"}


def test_two_parties_agreeing_take_one_position_each(extract: Extract) -> None:
    facts = extract("Russia and Ukraine agreed during the talks to exchange 157 prisoners each.")
    assert stances(facts) == {
        ("Russia", "prisoner_exchange"): "accepts",
        ("Ukraine", "prisoner_exchange"): "accepts",
    }


def test_a_clause_joined_by_and_keeps_its_subject(extract: Extract) -> None:
    facts = extract(
        "Meanwhile, Ukraine emphasizes freezing the conflict along the current front lines and rejects any "
        "unilateral withdrawal of its forces."
    )
    assert stances(facts) == {
        ("Ukraine", "front_line_freeze"): "demands",
        ("Ukraine", "territory"): "rejects",
    }


def test_a_proposal_by_a_party_is_its_proposal(extract: Extract) -> None:
    facts = extract("Russia has not responded to a U.S. proposal for an energy ceasefire.")
    assert stances(facts) == {("United States", "energy_ceasefire"): "proposes"}


def test_a_passive_names_its_holder_after_by(story: Extract) -> None:
    facts = story("The idea of a free economic zone was floated by Washington in recent weeks.")
    assert stances(facts) == {("United States", "territory"): "proposes"}


def test_declining_to_answer_is_no_rejection(extract: Extract) -> None:
    facts = extract(
        "Peskov refused to say whether Moscow would join a pause in strikes on energy infrastructure."
    )
    assert facts.positions == ()


def test_an_offer_with_a_condition_is_conditional_and_the_condition_gets_no_stance(extract: Extract) -> None:
    facts = extract(
        "Galuzin said Russia could offer security guarantees, provided that sanctions were lifted."
    )
    assert stances(facts) == {("Russia", "security_guarantees"): "conditions"}


def test_the_last_stance_on_a_pair_wins(extract: Extract) -> None:
    facts = extract(
        "Russia has long rejected a ceasefire before a settlement. "
        "But in Geneva the Russian delegation did not reject the idea of a ceasefire."
    )
    assert stances(facts) == {("Russia", "ceasefire"): "considers"}


def test_a_more_specific_issue_wins_over_the_general_one(story: Extract) -> None:
    facts = story("The U.S. side put forward a proposal for a ceasefire on energy infrastructure.")
    assert stances(facts) == {("United States", "energy_ceasefire"): "proposes"}


def test_an_issue_without_a_stance_cue_is_no_position(extract: Extract) -> None:
    assert extract("Russia currently occupies about 20% of Ukrainian territory.").positions == ()


def test_a_summary_is_a_short_clause_from_the_sentence(extract: Extract) -> None:
    (position,) = extract(
        "Moscow wants Kyiv to withdraw its forces from the entire Donetsk region."
    ).positions
    assert position.summary.startswith("Moscow wants Kyiv to withdraw")
    assert position.summary in position.evidence.sentence


# --- What a cue governs -----------------------------------------------------------------------------------


def test_an_elided_object_is_the_issue_named_before(extract: Extract) -> None:
    facts = extract(
        "Trump said he had proposed a halt to strikes on energy infrastructure, and that Putin had agreed."
    )
    assert stances(facts) == {
        ("United States", "energy_ceasefire"): "proposes",
        ("Russia", "energy_ceasefire"): "accepts",
    }


def test_words_after_a_cue_that_name_something_else_give_no_position(extract: Extract) -> None:
    facts = extract(
        "The Emirates, which has helped arrange several prisoner exchanges, offered to host the meeting."
    )
    assert facts.positions == ()


def test_a_predicative_rejection_takes_its_subject(extract: Extract) -> None:
    facts = extract("Asked about a referendum, Zelensky said such a vote was not on the table.")
    assert stances(facts) == {("Ukraine", "elections"): "rejects"}


def test_a_relative_clause_takes_the_issue_just_before_it_and_the_two_sides_are_the_parties_named(
    extract: Extract,
) -> None:
    facts = extract("Russia and Ukraine completed a swap of 500 for 500 that the two sides agreed in Geneva.")
    assert stances(facts) == {
        ("Russia", "prisoner_exchange"): "accepts",
        ("Ukraine", "prisoner_exchange"): "accepts",
    }


def test_the_two_sides_among_three_parties_are_the_two_that_are_not_the_packs_mediator(
    extract: Extract,
) -> None:
    facts = extract(
        "Ukraine and Russia met in Abu Dhabi with the United States on Wednesday. "
        "The two delegations agreed to exchange 314 prisoners of war."
    )
    assert stances(facts) == {
        ("Russia", "prisoner_exchange"): "accepts",
        ("Ukraine", "prisoner_exchange"): "accepts",
    }


def test_the_two_sides_are_the_parties_named_last_a_few_sentences_back(extract: Extract) -> None:
    facts = extract(
        "Kremlin envoys met Ukrainian negotiators in Geneva. The talks began on Tuesday with a long session. "
        "The two sides agreed to exchange 500 prisoners each."
    )
    assert stances(facts) == {
        ("Russia", "prisoner_exchange"): "accepts",
        ("Ukraine", "prisoner_exchange"): "accepts",
    }


def test_a_stance_on_exactly_that_takes_the_issue_of_the_sentence_before(extract: Extract) -> None:
    facts = extract(
        "Zelensky said Ukraine would not leave the part of the Donetsk region it still controls. "
        "Moscow, for its part, still demands exactly that."
    )
    assert stances(facts) == {("Ukraine", "territory"): "rejects", ("Russia", "territory"): "demands"}


def test_its_own_plant_names_the_plant_of_the_sentence_before_again(extract: Extract) -> None:
    facts = extract(
        "Russia wants to run the Zaporizhzhia plant on its own. "
        "Kyiv refuses to buy electricity from its own plant."
    )
    assert stances(facts) == {
        ("Russia", "zaporizhzhia_plant"): "demands",
        ("Ukraine", "zaporizhzhia_plant"): "rejects",
    }


def test_a_question_settled_on_the_basis_agreed_somewhere_is_a_demand(extract: Extract) -> None:
    facts = extract(
        "Peskov said the territorial question had to be settled on the basis agreed in Anchorage."
    )
    assert stances(facts) == {("Russia", "territory"): "demands"}


def test_bankova_is_the_presidential_office(extract: Extract) -> None:
    facts = extract("Bankova insists that the security guarantees be signed before any deal on the map.")
    assert stances(facts) == {("Ukraine", "security_guarantees"): "demands"}


def test_they_is_the_side_named_last_not_one_person_even_a_sentence_back(extract: Extract) -> None:
    facts = extract(
        "Rubio said in Munich that Russia's ambitions had narrowed to Donetsk. “Narrowed, maybe. "
        "They still want us to leave every town in Donetsk that we hold, and we will not do it,” Umerov said."
    )
    assert stances(facts) == {("Russia", "territory"): "demands", ("Ukraine", "territory"): "rejects"}


def test_what_comes_first_for_a_side_is_its_demand(extract: Extract) -> None:
    assert stances(extract("“For us, guarantees come first,” Umerov said.")) == {
        ("Ukraine", "security_guarantees"): "demands"
    }
    assert stances(extract("For Moscow, a withdrawal from Donetsk comes first.")) == {
        ("Russia", "territory"): "demands"
    }


def test_we_and_another_side_are_both_holders(extract: Extract) -> None:
    facts = extract("“We and the Russians agreed in Geneva on a prisoner exchange,” Umerov said.")
    assert stances(facts) == {
        ("Russia", "prisoner_exchange"): "accepts",
        ("Ukraine", "prisoner_exchange"): "accepts",
    }


def test_a_noun_that_named_an_issue_again_passes_it_on(extract: Extract) -> None:
    facts = extract(
        "The Zaporizhzhia nuclear power plant has sat behind Russian lines since 2022. "
        "Washington has proposed American control of the station. "
        "Moscow has turned the idea down, according to people familiar with the talks. "
        "The Russian side wants instead to run the plant itself."
    )
    assert stances(facts)[("Russia", "zaporizhzhia_plant")] == "demands"


def test_it_in_an_answer_is_the_issue_of_the_question(extract: Extract) -> None:
    facts = extract(
        "Q: And the energy ceasefire the Americans proposed this month?\n\n"
        "Umerov: It is still on the table and we back it. From Moscow we have had no answer."
    )
    assert stances(facts)[("Ukraine", "energy_ceasefire")] == "supports"


def test_it_in_a_short_reply_is_the_issue_of_the_sentence_before(extract: Extract) -> None:
    facts = extract("Russia demands a withdrawal from Donetsk. Kyiv rejects it.")
    assert stances(facts) == {("Russia", "territory"): "demands", ("Ukraine", "territory"): "rejects"}


def test_the_region_names_the_region_of_the_sentence_before_again(extract: Extract) -> None:
    facts = extract(
        "Moscow still demands that Ukraine withdraw from the whole of the Donetsk region. Zelensky repeated "
        "on Monday that Ukrainian troops would not leave the part of the region they hold."
    )
    assert stances(facts) == {("Russia", "territory"): "demands", ("Ukraine", "territory"): "rejects"}


def test_it_after_a_persons_that_clause_is_the_persons_country(extract: Extract) -> None:
    facts = extract(
        "Russia continues to demand that Ukraine leave the part of the Donetsk region it still holds, and "
        "Zelensky has repeated that it will not."
    )
    assert stances(facts) == {("Russia", "territory"): "demands", ("Ukraine", "territory"): "rejects"}


def test_the_american_proposal_is_the_proposal_of_the_sentence_before(extract: Extract) -> None:
    facts = extract(
        "Washington proposed an energy ceasefire in Abu Dhabi. Kyiv backs the American proposal, which would "
        "halt strikes on power plants and grids on both sides."
    )
    assert stances(facts) == {
        ("United States", "energy_ceasefire"): "proposes",
        ("Ukraine", "energy_ceasefire"): "supports",
    }


def test_the_ministers_are_the_side_of_the_ministers_named_before(extract: Extract) -> None:
    facts = extract(
        "European Union foreign ministers met in Brussels on Monday. No Russian officials sat at the table. "
        "The ministers backed the security guarantees that Washington and Kyiv have been drafting."
    )
    assert stances(facts) == {("European Union", "security_guarantees"): "supports"}


def test_the_bloc_is_the_european_union(extract: Extract) -> None:
    facts = extract(
        "The bloc has refused to discuss any easing of sanctions on Russia while the fighting continues."
    )
    assert stances(facts) == {("European Union", "sanctions"): "rejects"}


def test_an_obligation_told_as_another_sides_words_is_that_sides_demand(story: Extract) -> None:
    facts = story(
        "\n\nHnatov: We want the front frozen on the current line. The Russian officers still say we must "
        "first leave the Donbas. We will not."
    )
    assert stances(facts) == {
        ("Ukraine", "front_line_freeze"): "demands",
        ("Russia", "territory"): "demands",
        ("Ukraine", "territory"): "rejects",
    }


def test_an_obligation_after_a_colon_spells_out_the_demand_named_before_it(extract: Extract) -> None:
    facts = extract(
        "Moscow's demand has not moved: Ukrainian troops must leave the part of the Donetsk region they hold."
    )
    assert stances(facts) == {("Russia", "territory"): "demands"}


def test_a_subordinate_clause_ends_what_a_cue_governs(extract: Extract) -> None:
    facts = extract("Moscow rejects a freeze along the current front line before Ukraine leaves Donetsk.")
    assert stances(facts) == {("Russia", "front_line_freeze"): "rejects"}


def test_the_head_of_an_of_phrase_is_the_issue_not_its_complement(story: Extract) -> None:
    facts = story("The American side is ready to provide monitoring of a future ceasefire line.")
    assert stances(facts) == {("United States", "security_guarantees"): "accepts"}


def test_a_participle_after_a_noun_is_no_stance(extract: Extract) -> None:
    assert extract("The swap agreed in Geneva was completed on Friday in Belarus by Russia.").positions == ()


@pytest.mark.parametrize("verb", ["pressing both sides to agree to", "pushing both sides to sign up to"])
def test_pressing_a_party_to_agree_is_a_demand(story: Extract, verb: str) -> None:
    facts = story(f"Washington has been {verb} a moratorium on strikes on energy infrastructure.")
    assert stances(facts) == {("United States", "energy_ceasefire"): "demands"}


def test_pushing_talks_to_a_date_is_no_demand(story: Extract) -> None:
    facts = story("Moscow pushed the talks on a moratorium on strikes on energy infrastructure to March.")
    assert ("Russia", "energy_ceasefire") not in stances(facts)


# --- Conditions -------------------------------------------------------------------------------------------


def test_ready_to_with_if_is_conditional(extract: Extract) -> None:
    facts = extract(
        "Sybiha said Kyiv was still ready to observe a truce from Saturday if Russia did the same."
    )
    assert stances(facts) == {("Ukraine", "ceasefire"): "conditions"}


def test_a_stance_inside_a_condition_is_no_stance(extract: Extract) -> None:
    facts = extract("If Russia agrees to a ceasefire, Ukraine will consider holding a referendum.")
    assert stances(facts) == {("Ukraine", "elections"): "considers"}


def test_a_condition_with_no_acceptance_before_it_conditions_the_issue_of_its_clause(
    extract: Extract,
) -> None:
    facts = extract(
        "Russia has signalled that it could guarantee Ukraine's security provided that Ukraine holds "
        "elections."
    )
    assert stances(facts) == {("Russia", "security_guarantees"): "conditions"}


def test_tying_one_thing_to_another_makes_the_first_conditional(story: Extract) -> None:
    facts = story("Washington has tied the security guarantees it is offering to a deal on territory.")
    assert stances(facts) == {("United States", "security_guarantees"): "conditions"}


def test_would_accept_only_as_part_of_is_conditional(extract: Extract) -> None:
    facts = extract(
        "Peskov said the truce was no step towards a wider ceasefire, which Moscow would accept only as "
        "part of a comprehensive settlement."
    )
    assert stances(facts) == {("Russia", "ceasefire"): "conditions"}


# --- Holders ----------------------------------------------------------------------------------------------


def test_it_opening_a_sentence_is_the_subject_of_the_sentence_before(story: Extract) -> None:
    facts = story(
        "Washington has tried to bridge the gap. It has floated a free economic zone in Donetsk. "
        "And it has tied the guarantees to progress on territory."
    )
    assert stances(facts) == {
        ("United States", "territory"): "proposes",
        ("United States", "security_guarantees"): "conditions",
    }


def test_it_is_the_subject_of_its_own_clause(extract: Extract) -> None:
    facts = extract(
        "Russia insists on a withdrawal from Donetsk, while Kyiv says it will not give up territory it holds."
    )
    assert stances(facts) == {("Russia", "territory"): "demands", ("Ukraine", "territory"): "rejects"}


def test_it_is_never_a_person(extract: Extract) -> None:
    facts = extract(
        "According to Zelensky, the American side has said it is ready to provide monitoring along the line."
    )
    assert stances(facts) == {("United States", "security_guarantees"): "accepts"}


def test_names_after_a_preposition_or_adjectives_of_things_hold_nothing(extract: Extract) -> None:
    facts = extract(
        "Russia has made elections in Ukraine a central demand. Moscow has made the withdrawal of "
        "Ukrainian troops from Donetsk a precondition for any settlement."
    )
    assert stances(facts) == {("Russia", "elections"): "demands", ("Russia", "territory"): "demands"}


def test_agreed_with_a_party_is_agreed_by_both(extract: Extract) -> None:
    facts = extract(
        "Zelensky said the security guarantees were practically ready and that their terms had been "
        "agreed with the American side."
    )
    assert stances(facts) == {
        ("Ukraine", "security_guarantees"): "accepts",
        ("United States", "security_guarantees"): "accepts",
    }


def test_an_idea_neither_side_backs_has_no_backer(extract: Extract) -> None:
    facts = extract(
        "The United States floated a free economic zone in Donetsk, an idea that neither Kyiv nor Moscow "
        "has backed."
    )
    assert stances(facts) == {("United States", "territory"): "proposes"}


def test_a_quote_that_runs_on_is_its_speakers(extract: Extract) -> None:
    facts = extract(
        "“If there is silence from their side, there will be silence from ours,” Zelensky wrote. "
        "“We proposed a real ceasefire weeks ago.”"
    )
    assert stances(facts) == {("Ukraine", "ceasefire"): "proposes"}


def test_a_verb_in_another_tense_after_and_goes_back_to_the_speaker(extract: Extract) -> None:
    facts = extract(
        "Sybiha said the strike showed that Moscow “does not want peace” and urged allies to tighten "
        "sanctions on Russian oil."
    )
    assert stances(facts) == {("Ukraine", "sanctions"): "demands"}


# --- Obligations ------------------------------------------------------------------------------------------


def test_an_obligation_takes_the_issue_of_its_subject(extract: Extract) -> None:
    facts = extract("Zelensky said the current line of contact must be the starting point for any ceasefire.")
    assert stances(facts) == {("Ukraine", "front_line_freeze"): "demands"}


def test_an_obligation_that_only_names_who_decides_is_no_stance(extract: Extract) -> None:
    facts = extract("Territorial questions will have to be settled by the leaders themselves, Zelensky said.")
    assert facts.positions == ()


def test_a_relative_clause_without_a_subject_of_its_own_describes_the_object(extract: Extract) -> None:
    facts = extract(
        "Kyiv has repeatedly rejected any plan that would require it to cede the rest of Donetsk."
    )
    assert stances(facts) == {("Ukraine", "territory"): "rejects"}
    facts = extract("Ukraine backs a ceasefire that Russia rejects.")
    assert stances(facts) == {("Ukraine", "ceasefire"): "supports", ("Russia", "ceasefire"): "rejects"}


def test_no_objection_considers_and_prepared_to_accepts(extract: Extract) -> None:
    assert stances(extract("Moscow has no objection to elections in Ukraine, Peskov said.")) == {
        ("Russia", "elections"): "considers"
    }
    assert stances(extract("Zelensky said Ukraine was prepared to discuss territory with Putin.")) == {
        ("Ukraine", "territory"): "accepts"
    }


def test_with_and_a_participle_opens_an_absolute_clause_whose_name_holds_the_stance(extract: Extract) -> None:
    facts = extract(
        "Territory remains the sticking point, with Kyiv refusing to cede the part of Donetsk it holds."
    )
    assert stances(facts) == {("Ukraine", "territory"): "rejects"}
    # a name after "with" and no participle is a complement, not a holder
    facts = extract("Talks with Kyiv on territory stalled, and Washington proposed a ceasefire.")
    assert ("Ukraine", "ceasefire") not in stances(facts)


def test_a_stance_noun_belongs_to_the_party_named_after_it(extract: Extract) -> None:
    facts = extract(
        "The Ukrainian side consistently rejects the demand of Moscow to withdraw troops from Donbass."
    )
    assert stances(facts) == {("Ukraine", "territory"): "rejects", ("Russia", "territory"): "demands"}
    facts = extract("Kyiv is studying a proposal from Washington for a ceasefire.")
    assert stances(facts) == {
        ("Ukraine", "ceasefire"): "considers",
        ("United States", "ceasefire"): "proposes",
    }


def test_a_stance_under_whether_is_an_open_question(extract: Extract) -> None:
    facts = extract("The United States has not said whether it will put forward new proposals on territory.")
    assert facts.positions == ()
    # the question closes at the comma: what follows is a stance again
    facts = extract("Asked whether the truce could be extended, Peskov said Moscow was ready to extend it.")
    assert stances(facts) == {("Russia", "ceasefire"): "accepts"}


def test_the_issue_a_demand_is_a_condition_for_is_not_demanded(extract: Extract) -> None:
    facts = extract("Russia insists on that withdrawal from Donetsk as a condition for any ceasefire.")
    assert stances(facts) == {("Russia", "territory"): "demands"}
    facts = extract("Kyiv wants the current front line to serve as the basis of any ceasefire.")
    assert stances(facts) == {("Ukraine", "front_line_freeze"): "demands"}


def test_a_relative_after_a_comma_can_take_the_whole_clause_as_antecedent(extract: Extract) -> None:
    facts = extract(
        "Moscow wants to run the Zaporizhzhia plant itself and sell cheap power to Ukraine, "
        "which Kyiv refuses."
    )
    assert stances(facts) == {
        ("Russia", "zaporizhzhia_plant"): "demands",
        ("Ukraine", "zaporizhzhia_plant"): "rejects",
    }


def test_a_relative_clause_without_that_takes_the_issue_before_its_subject(extract: Extract) -> None:
    facts = extract("Moscow has not answered the energy ceasefire Washington proposed in Abu Dhabi.")
    assert stances(facts) == {("United States", "energy_ceasefire"): "proposes"}
    # with words between the issue and the name, the name starts a clause of its own
    facts = extract("The energy ceasefire ended on Friday and Washington proposed new talks in Abu Dhabi.")
    assert facts.positions == ()


def test_a_definite_noun_names_again_the_issue_named_just_before(extract: Extract) -> None:
    facts = extract(
        "On the prisoner exchange. "
        "Russia remains ready to carry out the exchange of 500 for 500, Peskov said."
    )
    assert stances(facts) == {("Russia", "prisoner_exchange"): "accepts"}
    # the name runs on in the issue's own words: "Zaporizhzhia nuclear power plant" is "the plant"
    facts = extract(
        "Russia rejected a U.S. plan for the Zaporizhzhia nuclear power plant. "
        "Moscow wants to operate the plant itself."
    )
    assert stances(facts)[("Russia", "zaporizhzhia_plant")] == "demands"
    # with no issue named before, "the exchange" is no issue
    facts = extract(
        "The talks went on. Russia remains ready to carry out the exchange of views, Peskov said."
    )
    assert facts.positions == ()
    # a function word of a cue phrase ("along the front") is no head
    facts = extract("Kyiv wants a freeze along the front. Washington proposed that the plan be signed.")
    assert stances(facts) == {("Ukraine", "front_line_freeze"): "demands"}


def test_a_partys_idea_is_a_proposal(extract: Extract) -> None:
    facts = extract(
        "Russia turned down an American idea of putting the Zaporizhzhia nuclear plant under U.S. control."
    )
    assert stances(facts) == {
        ("Russia", "zaporizhzhia_plant"): "rejects",
        ("United States", "zaporizhzhia_plant"): "proposes",
    }
    # an idea nobody is said to hold proposes nothing
    facts = extract("The idea of a ceasefire is gaining ground.")
    assert facts.positions == ()


def test_an_object_pronoun_stands_for_the_object_of_the_stance_before(extract: Extract) -> None:
    facts = extract(
        "Moscow wants to run the nuclear plant itself, while Kyiv refuses to leave it in Russian hands."
    )
    assert stances(facts) == {
        ("Russia", "zaporizhzhia_plant"): "demands",
        ("Ukraine", "zaporizhzhia_plant"): "rejects",
    }
    # not the issue named last: "them" are the guarantees tied, not the concessions they are tied to
    facts = extract(
        "Washington is tying the guarantees to territorial concessions by Ukraine, "
        "and Kyiv wants to sign them."
    )
    assert ("Ukraine", "territory") not in stances(facts)
    assert stances(facts)[("Ukraine", "security_guarantees")] == "demands"


def test_a_bare_refusal_answers_the_issue_of_the_sentence_before(extract: Extract) -> None:
    facts = extract(
        "Russia demands that Ukraine withdraw from the Donetsk region. "
        "Ukraine refuses, and wants the fighting frozen along the current front line."
    )
    assert stances(facts) == {
        ("Russia", "territory"): "demands",
        ("Ukraine", "territory"): "rejects",
        ("Ukraine", "front_line_freeze"): "demands",
    }
    # with no subject named right before the cue, the elided object is not looked for further back
    facts = extract(
        "Ukraine insists on guarantees that are legally binding. A U.S. draft reportedly offers 15 years."
    )
    assert stances(facts) == {("Ukraine", "security_guarantees"): "demands"}


def test_an_agreement_to_do_something_belongs_to_the_parties_of_the_talks(extract: Extract) -> None:
    facts = extract(
        "The talks between Russia and Ukraine ended in Geneva with no breakthrough on territory "
        "but an agreement to exchange 500 prisoners of war on each side."
    )
    assert stances(facts) == {
        ("Russia", "prisoner_exchange"): "accepts",
        ("Ukraine", "prisoner_exchange"): "accepts",
    }
    # "an agreement on" is a deal, the object of the stance before it
    facts = extract("Zelensky said Ukraine would not sign any agreement on territory.")
    assert stances(facts) == {("Ukraine", "territory"): "rejects"}


def test_giving_up_land_is_territory(extract: Extract) -> None:
    facts = extract("Russia demands Donetsk; Kyiv will not give up land its troops hold.")
    assert stances(facts) == {("Russia", "territory"): "demands", ("Ukraine", "territory"): "rejects"}


def test_an_issue_after_on_is_the_complement_of_the_issue_before(extract: Extract) -> None:
    facts = extract("He also said Ukraine would not hold a referendum on giving up land it controls.")
    assert stances(facts) == {("Ukraine", "elections"): "rejects"}


def test_the_idea_names_the_issue_of_the_proposal_before(extract: Extract) -> None:
    facts = extract(
        "Zelensky said Russia had not answered an American proposal for a halt to strikes on energy "
        "infrastructure. He said Kyiv had agreed to the idea."
    )
    assert stances(facts) == {
        ("United States", "energy_ceasefire"): "proposes",
        ("Ukraine", "energy_ceasefire"): "accepts",
    }
    # with no proposal in the sentence before, "the plan" names nothing
    facts = extract("Russia struck energy infrastructure overnight. Kyiv had agreed to the plan.")
    assert facts.positions == ()


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Dmitriev said Russia might be prepared to accept some form of security guarantees.", "considers"),
        ("Moscow could agree to security guarantees for Ukraine.", "considers"),
        ("Moscow is prepared to accept security guarantees for Ukraine.", "accepts"),
    ],
)
def test_a_modal_of_possibility_makes_an_acceptance_a_consideration(
    extract: Extract, text: str, stance: str
) -> None:
    assert stances(extract(text))[("Russia", "security_guarantees")] == stance


def test_in_his_words_gives_an_obligation_to_the_person_last_named(extract: Extract) -> None:
    text = "Zelensky stated today that the talks were hard. Guarantees, {} must be provided first."
    assert stances(extract(text.format("in his words,"))) == {("Ukraine", "security_guarantees"): "demands"}
    assert extract(text.format("it seems,")).positions == ()


def test_without_and_after_end_what_a_cue_governs(extract: Extract) -> None:
    facts = extract("The Kremlin said it would not agree to a ceasefire without a withdrawal from Donetsk.")
    assert stances(facts) == {("Russia", "ceasefire"): "rejects"}
    facts = extract("Kyiv is ready to hold elections after a ceasefire.")
    assert stances(facts) == {("Ukraine", "elections"): "accepts"}


def test_readiness_is_an_acceptance_noun(extract: Extract) -> None:
    assert stances(extract("Kyiv has signalled readiness to hold elections.")) == {
        ("Ukraine", "elections"): "accepts"
    }
    assert stances(extract("Moscow confirmed its readiness for a prisoner exchange.")) == {
        ("Russia", "prisoner_exchange"): "accepts"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv has said no to any withdrawal from Donbas.",
        "Kyiv is unwilling to give up Donetsk.",
        "Kyiv has balked at a withdrawal from Donetsk.",
    ],
)
def test_more_ways_of_refusing(extract: Extract, text: str) -> None:
    assert stances(extract(text)) == {("Ukraine", "territory"): "rejects"}


def test_calls_after_a_past_verb_are_a_noun_not_the_subjects_demand(extract: Extract) -> None:
    assert stances(extract("Moscow has dismissed calls for a ceasefire.")) == {
        ("Russia", "ceasefire"): "rejects"
    }
    assert stances(extract("Moscow calls for a ceasefire.")) == {("Russia", "ceasefire"): "demands"}
    assert stances(extract("Kyiv rejected Moscow's calls for elections.")) == {
        ("Ukraine", "elections"): "rejects",
        ("Russia", "elections"): "demands",
    }


def test_a_partys_position_is_that_gives_the_obligation_to_the_party(extract: Extract) -> None:
    assert stances(extract("Moscow's position is that Ukraine must withdraw from Donbas.")) == {
        ("Russia", "territory"): "demands"
    }
    assert extract("The position is that Ukraine must withdraw from Donbas.").positions == ()


def test_but_not_sets_a_rejection_against_the_object_of_a_stance(extract: Extract) -> None:
    facts = extract(
        "Ukraine is prepared to discuss a ceasefire, Umerov said, but not a withdrawal from Donetsk."
    )
    assert stances(facts) == {("Ukraine", "ceasefire"): "accepts", ("Ukraine", "territory"): "rejects"}
    # after a rejection, "but not" is no second rejection
    facts = extract("Kyiv rejects a freeze along the current front line, but not talks on a ceasefire.")
    assert ("Ukraine", "ceasefire") not in stances(facts)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Moscow has pushed back against the idea of a prisoner exchange.", "rejects"),
        ("Moscow has expressed interest in a prisoner exchange.", "considers"),
        ("Peskov said Russia remained committed to the prisoner exchange.", "accepts"),
        ("Russia signed off on the prisoner exchange.", "accepts"),
    ],
)
def test_more_stance_phrases(extract: Extract, text: str, stance: str) -> None:
    assert stances(extract(text)) == {("Russia", "prisoner_exchange"): stance}


def test_a_name_after_of_holds_a_stance_noun_only_if_it_names_an_actor(extract: Extract) -> None:
    facts = extract("Kyiv rejects the demand of the Russian side to withdraw from Donbas.")
    assert stances(facts)[("Russia", "territory")] == "demands"
    facts = extract("Moscow has rejected the idea of European troops as security guarantees.")
    assert stances(facts) == {("Russia", "security_guarantees"): "rejects"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia rebuffed a U.S. offer of an energy truce.",
        "Putin brushed aside calls for an energy truce.",
        "Russia has turned down calls for an energy truce.",
    ],
)
def test_rebuffs_and_brushes_aside_reject(extract: Extract, text: str) -> None:
    assert stances(extract(text))[("Russia", "energy_ceasefire")] == "rejects"


def test_a_noun_after_a_verb_and_preposition_is_not_the_subjects_stance(extract: Extract) -> None:
    assert extract("Kyiv responded to demands for elections with silence.").positions == ()
    assert stances(extract("Moscow continues to demand a withdrawal from Donetsk.")) == {
        ("Russia", "territory"): "demands"
    }


def test_only_set_apart_from_its_marker_still_conditions(extract: Extract) -> None:
    facts = extract("Kyiv would only hold elections once a ceasefire is in place.")
    assert stances(facts) == {("Ukraine", "elections"): "conditions"}
    facts = extract("Kyiv would only accept a ceasefire if Russia withdraws from Donbas.")
    assert stances(facts) == {("Ukraine", "ceasefire"): "conditions"}


def test_a_cue_in_a_relative_clause_between_commas_ends_at_its_comma(extract: Extract) -> None:
    assert extract("The plan, which Kyiv backs, includes a ceasefire.").positions == ()
    assert stances(extract("The ceasefire, which Kyiv backs, starts on Friday.")) == {
        ("Ukraine", "ceasefire"): "supports"
    }


def test_lobbying_for_demands(extract: Extract) -> None:
    assert stances(extract("Russia has been lobbying for the lifting of sanctions.")) == {
        ("Russia", "sanctions"): "demands"
    }


def test_a_passive_with_two_agents_gives_each_the_stance(extract: Extract) -> None:
    assert stances(extract("The swap was agreed by Russia and Ukraine in Geneva.")) == {
        ("Russia", "prisoner_exchange"): "accepts",
        ("Ukraine", "prisoner_exchange"): "accepts",
    }
    assert stances(extract("The truce was proposed by Washington and backed by Kyiv.")) == {
        ("United States", "ceasefire"): "proposes",
        ("Ukraine", "ceasefire"): "supports",
    }


def test_the_russians_and_the_ukrainians_are_the_parties(extract: Extract) -> None:
    # as "the Americans" already is: the press names a side by its people with the article
    assert stances(extract("The Russians rejected the energy truce.")) == {
        ("Russia", "energy_ceasefire"): "rejects"
    }
    assert stances(extract("The Ukrainians backed the energy truce.")) == {
        ("Ukraine", "energy_ceasefire"): "supports"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv has no plans to withdraw from Donbas.",
        "Kyiv is against any withdrawal from Donbas.",
        "Kyiv is firmly against any withdrawal from Donbas.",
    ],
)
def test_no_plans_to_and_being_against_reject(extract: Extract, text: str) -> None:
    assert stances(extract(text)) == {("Ukraine", "territory"): "rejects"}


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("Moscow rejects an armistice.", "ceasefire"),
        ("Moscow rejects a cessation of hostilities.", "ceasefire"),
        ("Moscow backs more swaps.", "prisoner_exchange"),
        ("Moscow rejects security assurances for Ukraine.", "security_guarantees"),
    ],
)
def test_issue_paraphrases(extract: Extract, text: str, issue: str) -> None:
    assert [(p.party, p.issue) for p in extract(text).positions] == [("Russia", issue)]


def test_a_reporting_clause_ends_what_a_cue_governs(extract: Extract) -> None:
    facts = extract(
        "Ukraine will not withdraw from Donbas, Zelensky told the BBC, "
        "adding that elections were possible after a ceasefire."
    )
    assert stances(facts) == {("Ukraine", "territory"): "rejects"}


def test_land_for_peace_is_territory(extract: Extract) -> None:
    assert stances(extract('Zelensky said Ukraine "will not trade land for peace".')) == {
        ("Ukraine", "territory"): "rejects"
    }


def test_blocking_rejects_and_leaning_on_demands(extract: Extract) -> None:
    assert stances(extract("Kyiv accused Russia of blocking a prisoner exchange.")) == {
        ("Russia", "prisoner_exchange"): "rejects"
    }
    assert stances(
        extract("Washington is leaning on Kyiv to accept a freeze along the current front line.")
    ) == {("United States", "front_line_freeze"): "demands"}


def test_yet_to_is_no_stance(extract: Extract) -> None:
    assert extract("Moscow has yet to accept the energy truce.").positions == ()


def test_both_sides_are_the_two_sides_not_the_broker(extract: Extract) -> None:
    facts = extract(
        "Ukraine and Russia are holding talks brokered by the United States. Both sides agreed to another "
        "exchange of prisoners, 300 for 300."
    )
    assert {party for party, issue in stances(facts) if issue == "prisoner_exchange"} == {"Ukraine", "Russia"}


def test_two_subjects_of_an_absolute_clause_each_hold_the_stance(extract: Extract) -> None:
    facts = extract(
        "Negotiators wrapped up two days of talks in Geneva, with Moscow and Kyiv agreeing to exchange 500 "
        "prisoners of war each."
    )
    assert {party for party, issue in stances(facts) if issue == "prisoner_exchange"} == {"Russia", "Ukraine"}


def test_such_and_a_plural_name_an_issue_again(extract: Extract) -> None:
    facts = extract(
        "Kyiv has long called for an all-for-all exchange. Medinsky wrote on Telegram that Moscow was ready "
        "to carry on with such exchanges."
    )
    assert stances(facts)[("Russia", "prisoner_exchange")] == "accepts"


def test_the_ceasefire_line_on_the_current_front_is_the_freeze(extract: Extract) -> None:
    facts = extract("Ukraine wants the ceasefire line to follow the current front.")
    assert stances(facts) == {("Ukraine", "front_line_freeze"): "demands"}


def test_a_verb_joined_to_a_perfect_keeps_its_subject(extract: Extract) -> None:
    facts = extract(
        "Kyiv has refused to withdraw from Donetsk and wants the fighting frozen along the current line."
    )
    assert stances(facts) == {
        ("Ukraine", "territory"): "rejects",
        ("Ukraine", "front_line_freeze"): "demands",
    }


@pytest.mark.parametrize("answer", ["Kyiv won't.", "Kyiv refuses."])
def test_a_bare_answer_with_no_issue_of_its_own_answers_the_sentence_before(
    extract: Extract, answer: str
) -> None:
    facts = extract("Russia continues to demand that Ukraine give up the rest of Donetsk. " + answer)
    assert stances(facts) == {("Russia", "territory"): "demands", ("Ukraine", "territory"): "rejects"}


def test_a_definite_noun_with_a_word_before_it_names_the_issue_again(extract: Extract) -> None:
    facts = extract(
        "Washington proposed to run the Zaporizhzhia nuclear power plant itself. Russia insists on running "
        "the occupied plant alone."
    )
    assert stances(facts)[("Russia", "zaporizhzhia_plant")] == "demands"


def test_the_rest_of_an_answer_under_a_speakers_name_states_his_sides_stances(extract: Extract) -> None:
    facts = extract(
        "Q: Washington is said to link the guarantees to territorial concessions by Kyiv.\n\n"
        "Kyslytsya: That is what we hear. Our answer is that security guarantees must come first."
    )
    assert stances(facts)[("Ukraine", "security_guarantees")] == "demands"


def test_a_side_named_in_the_quote_of_a_speaker_of_no_side_holds_its_stance(extract: Extract) -> None:
    facts = extract(
        "“Russia wants the whole of Donbas,” said a Western diplomat who follows the talks between Russia "
        "and Ukraine."
    )
    assert stances(facts) == {("Russia", "territory"): "demands"}


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky said Ukraine was not ready to give up its land.",
        "“We are not ready to trade land for a photograph,” Sybiha said.",
        "Kyiv will never recognise occupied land as Russian.",
    ],
)
def test_a_partys_land_is_the_territory_question(extract: Extract, text: str) -> None:
    assert stances(extract(text))[("Ukraine", "territory")] == "rejects"


def test_it_after_a_referendum_on_giving_away_land_is_the_referendum(extract: Extract) -> None:
    facts = extract(
        # (the first sentence takes no stance: one ruling the vote out would rule out giving away land too)
        "Zelensky said: “Some talk of a referendum on giving away our land. People would not back it.”"
    )
    assert stances(facts) == {("Ukraine", "elections"): "rejects"}


def test_a_stance_named_again_after_a_comma_keeps_the_object_of_the_verb_before(extract: Extract) -> None:
    facts = extract(
        "Russia demands that Ukraine withdraw from the rest of the Donetsk region before any ceasefire, a "
        "demand Kyiv rejects."
    )
    assert stances(facts) == {("Russia", "territory"): "demands", ("Ukraine", "territory"): "rejects"}


def test_the_station_names_again_the_plant_named_before(extract: Extract) -> None:
    facts = extract(
        "Asked about the Zaporizhzhia nuclear power plant, Zelensky said there was still no common ground. "
        "Russia wants to run the station itself, he said, and Ukraine will not accept that."
    )
    assert stances(facts) == {
        ("Russia", "zaporizhzhia_plant"): "demands",
        ("Ukraine", "zaporizhzhia_plant"): "rejects",
    }


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Peskov recalled that a durable settlement is impossible without resolving the territorial "
            "question.",
            "demands",
        ),
        (
            "Peskov stressed that the territorial issue must be settled in line with the understandings "
            "reached in Anchorage.",
            "demands",
        ),
        ("Peskov said that territorial questions will have to be settled by the leaders.", None),
    ],
)
def test_terms_set_for_a_question_demand_it_and_an_agenda_does_not(
    extract: Extract, text: str, stance: str | None
) -> None:
    assert stances(extract(text)).get(("Russia", "territory")) == stance


def test_not_on_the_agenda_rejects(extract: Extract) -> None:
    assert stances(extract("Peskov said extending the truce was not on the agenda.")) == {
        ("Russia", "ceasefire"): "rejects"
    }


def test_the_pause_names_again_the_last_ceasefire_named(extract: Extract) -> None:
    facts = extract(
        "A one-week halt to Russian strikes on Ukraine's energy infrastructure came into force overnight, "
        "Zelensky said. Kyiv has welcomed the pause, although officials doubt it will last."
    )
    assert stances(facts) == {
        ("Russia", "energy_ceasefire"): "accepts",  # (the halt to its strikes is in force)
        ("Ukraine", "energy_ceasefire"): "supports",
    }


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Moscow said it would observe the energy truce.", "accepts"),
        ("Moscow will abide by the energy truce only if Kyiv does the same.", "conditions"),
    ],
)
def test_observing_or_abiding_by_a_truce_accepts_it(extract: Extract, text: str, stance: str) -> None:
    assert stances(extract(text))[("Russia", "energy_ceasefire")] == stance


@pytest.mark.parametrize(
    ("verb", "stance"),
    [
        ("embraced", "supports"),
        ("hailed", "supports"),
        ("signed up to", "accepts"),
        ("approved", "accepts"),
        ("vetoed", "rejects"),
        ("shot down", "rejects"),
        ("spurned", "rejects"),
        ("walked away from", "rejects"),
        ("backed away from", "rejects"),
        ("is sceptical of", "rejects"),
        ("tabled", "proposes"),
        ("unveiled", "proposes"),
        ("is exploring", "considers"),
        ("is looking at", "considers"),
    ],
)
def test_more_verbs_of_stance(extract: Extract, verb: str, stance: str) -> None:
    assert stances(extract(f"Moscow {verb} the energy truce."))[("Russia", "energy_ceasefire")] == stance


@pytest.mark.parametrize(
    "text",
    [
        "For Moscow, a ceasefire before a settlement is out of the question.",
        "A ceasefire before a settlement is out of the question for Moscow.",
        "In Moscow's view, a ceasefire before a settlement is unacceptable.",
    ],
)
def test_a_side_a_thing_is_out_of_the_question_for_holds_that_rejection(extract: Extract, text: str) -> None:
    assert stances(extract(text)) == {("Russia", "ceasefire"): "rejects"}


@pytest.mark.parametrize(
    ("text", "party", "issue", "stance"),
    [
        ("Russia stopped short of rejecting the ceasefire.", "Russia", "ceasefire", "considers"),
        ("Ukraine drew a red line at any withdrawal from Donbas.", "Ukraine", "territory", "rejects"),
        ("Withdrawal from Donbas is a red line for Kyiv.", "Ukraine", "territory", "rejects"),
        ("The Kremlin laid claim to the whole of Donetsk.", "Russia", "territory", "demands"),
        ("The United States is pressuring Kyiv to cede Donbas.", "United States", "territory", "demands"),
    ],
)
def test_red_lines_claims_pressure_and_stopping_short(
    extract: Extract, text: str, party: str, issue: str, stance: str
) -> None:
    assert stances(extract(text))[(party, issue)] == stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Moscow is leaning toward an energy truce.", "considers"),
        ("Moscow is warming to the idea of an energy truce.", "considers"),
        ("Moscow has come around to the idea of an energy truce.", "accepts"),
    ],
)
def test_leaning_warming_and_coming_around(extract: Extract, text: str, stance: str) -> None:
    assert stances(extract(text))[("Russia", "energy_ceasefire")] == stance


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On the Zaporizhzhia nuclear plant, Moscow still insists on running the station itself, and Kyiv "
            "still refuses to buy electricity from its own reactors.",
            {("Russia", "zaporizhzhia_plant"): "demands", ("Ukraine", "zaporizhzhia_plant"): "rejects"},
        ),
        (
            "As for the prisoners, Moscow has agreed to an exchange of 200 for 200.",
            {("Russia", "prisoner_exchange"): "accepts"},
        ),
        ("On Monday, Moscow insisted on keeping control.", {}),
    ],
)
def test_a_phrase_opening_the_sentence_names_the_issue_of_its_stances(
    extract: Extract, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert stances(extract(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "There could be no long-term settlement, Ushakov said, unless the territorial question was resolved "
        "on the basis of the Anchorage formula.",
        "Ushakov said there could be no lasting settlement unless the territorial question was resolved.",
    ],
)
def test_no_settlement_unless_an_issue_is_resolved_demands_it(extract: Extract, text: str) -> None:
    assert stances(extract(text)) == {("Russia", "territory"): "demands"}


def test_the_region_names_again_the_place_named_before(extract: Extract) -> None:
    facts = extract(
        "Ukraine rejects any withdrawal from the parts of Donbas it still holds. Moscow insists that "
        "Ukrainian troops leave the whole of the region."
    )
    assert stances(facts) == {("Ukraine", "territory"): "rejects", ("Russia", "territory"): "demands"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The territorial question is fundamental for us," Peskov said. "It has to be settled according '
            'to the understanding reached in Anchorage."',
            {("Russia", "territory"): "demands"},
        ),
        (
            "The energy pause took hold overnight into Friday. It was Washington's proposal: Trump had asked "
            "Putin not to strike Kyiv for a week.",
            {("United States", "energy_ceasefire"): "proposes"},
        ),
    ],
)
def test_it_opening_a_sentence_is_the_issue_the_sentence_before_opened_with(
    extract: Extract, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert stances(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moscow, a Ukrainian source quoted by the Kyiv Independent said, agreed to the energy pause only "
            "on the understanding that Ukrainian drones would leave Russian refineries alone.",
            {("Russia", "energy_ceasefire"): "conditions"},
        ),
        (
            "Kyiv, Peskov claimed, has never accepted the energy pause.",
            {("Ukraine", "energy_ceasefire"): "rejects"},
        ),
    ],
)
def test_the_holder_is_the_subject_before_an_attribution_set_off_from_its_verb(
    extract: Extract, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert stances(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Asked whether Moscow had toned down its demand that Kyiv pull out of Donbas, Peskov shrugged.",
            {("Russia", "territory"): "demands"},
        ),
        (
            "Nobody knows whether the Kremlin will drop its long-standing demand for a vote in Ukraine.",
            {("Russia", "elections"): "demands"},
        ),
        ("Peskov would not say whether Moscow would demand a pull-out from Donbas.", {}),
    ],
)
def test_a_stance_a_side_holds_is_given_even_when_a_question_asks_about_it(
    extract: Extract, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert stances(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv will not give up the rest of Donetsk, as Moscow instead demands.",
            {("Ukraine", "territory"): "rejects", ("Russia", "territory"): "demands"},
        ),
        (
            "Kyiv put forward a freeze of the front line; Moscow instead insisted on all of Donetsk.",
            {("Ukraine", "front_line_freeze"): "proposes", ("Russia", "territory"): "demands"},
        ),
        (
            "Kyiv refuses to pull out of Donetsk and instead proposes a freeze of the front line.",
            {("Ukraine", "territory"): "rejects", ("Ukraine", "front_line_freeze"): "proposes"},
        ),
    ],
)
def test_a_side_named_before_instead_is_the_subject_of_its_own_verb(
    extract: Extract, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert stances(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv and Moscow each freed 120 prisoners of war on Thursday. Both sides had agreed to the "
            "exchange in Abu Dhabi.",
            {("Ukraine", "prisoner_exchange"): "accepts", ("Russia", "prisoner_exchange"): "accepts"},
        ),
        # a noun that ends one name of an issue only ("land deal") is any deal
        (
            "Kyiv will not give up Donbas. Moscow welcomed the deal on energy.",
            {("Ukraine", "territory"): "rejects"},
        ),
    ],
)
def test_a_head_noun_of_an_issues_names_names_it_again_after_another_of_its_names(
    extract: Extract, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert stances(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Without settling the question of Donbas, there can be no lasting settlement, Peskov said.",
            {("Russia", "territory"): "demands"},
        ),
        (
            "Zelensky said that until security guarantees are signed there will be no peace.",
            {("Ukraine", "security_guarantees"): "demands"},
        ),
        # what the settlement waits for is demanded; a condition in it does not make Russia's stance one
        (
            "Unless Kyiv leaves Donetsk, there will be no deal, Ushakov said.",
            {("Russia", "territory"): "demands"},
        ),
    ],
)
def test_what_peace_waits_for_is_demanded_when_the_condition_comes_first(
    extract: Extract, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert stances(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moscow wants Ukrainian forces out of the rest of Donetsk. Kyiv will not do it.",
            {("Russia", "territory"): "demands", ("Ukraine", "territory"): "rejects"},
        ),
        (
            "Moscow wants Ukrainian forces out of the rest of Donetsk. Kyiv refuses to do that.",
            {("Russia", "territory"): "demands", ("Ukraine", "territory"): "rejects"},
        ),
        (
            "Washington tabled a pause in strikes on energy infrastructure. Moscow would not sign it.",
            {("United States", "energy_ceasefire"): "proposes", ("Russia", "energy_ceasefire"): "rejects"},
        ),
    ],
)
def test_a_refusal_to_do_it_answers_the_stance_of_the_sentence_before(
    extract: Extract, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert stances(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kremlin says Russia could itself guarantee Ukraine's security.",
            {("Russia", "security_guarantees"): "proposes"},
        ),
        (
            "Moscow could guarantee Ukraine's security if Kyiv held a presidential vote, Lavrov said.",
            {("Russia", "security_guarantees"): "conditions"},
        ),
        (
            "Kyiv could freeze the fighting where the armies now stand.",
            {("Ukraine", "front_line_freeze"): "proposes"},
        ),
        ("No one could guarantee that the truce would last.", {}),
        (
            '"The Americans tell us they can guarantee the monitoring," Umerov said.',
            {("United States", "security_guarantees"): "proposes"},
        ),
    ],
)
def test_what_a_side_says_it_could_do_for_a_settlement_it_offers(
    extract: Extract, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert stances(extract(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Q: Moscow says Ukraine must hold elections before any deal is signed.",
        "HOST: Moscow keeps saying Kyiv should hold a presidential vote first.",
    ],
)
def test_a_question_that_reports_what_a_side_says_must_be_done_gives_its_demand(
    extract: Extract, text: str
) -> None:
    assert stances(extract(text)) == {("Russia", "elections"): "demands"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"A presidential vote will be held when the shelling stops," Umerov said.',
            {("Ukraine", "elections"): "conditions"},
        ),
        (
            '"Elections, yes, once our soldiers are home," Umerov said.',
            {("Ukraine", "elections"): "conditions"},
        ),
        ('"Elections will be held after that," Umerov said.', {}),
    ],
)
def test_what_will_be_held_when_an_event_comes_waits_on_that_event(
    extract: Extract, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert stances(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zelensky has made binding security guarantees a precondition for any ceasefire.",
            {("Ukraine", "security_guarantees"): "demands"},
        ),
        (
            "Moscow has made a pull-out from Donbas a condition of any truce.",
            {("Russia", "territory"): "demands"},
        ),
    ],
)
def test_what_a_side_makes_a_condition_it_demands_and_not_what_it_is_the_condition_for(
    extract: Extract, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert stances(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kremlin called on Kyiv to respect the truce too.", {("Russia", "ceasefire"): "demands"}),
        (
            "Washington is calling on both sides to extend the pause in strikes on energy infrastructure.",
            {("United States", "energy_ceasefire"): "demands"},
        ),
    ],
)
def test_calling_on_a_side_to_act_demands_it(
    story: Extract, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert stances(story(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kremlin said it would examine the proposal for a pause in strikes on energy infrastructure.",
            {("Russia", "energy_ceasefire"): "considers"},
        ),
        ("Kyiv will weigh the idea of a free economic zone.", {("Ukraine", "territory"): "considers"}),
    ],
)
def test_a_side_that_will_examine_an_idea_considers_it(
    story: Extract, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert stances(story(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zelensky said the guarantees had to be signed before any talk of territory.",
            {("Ukraine", "security_guarantees"): "demands"},
        ),
        (
            "Zelensky said Ukraine needed guarantees lasting at least 30 years.",
            {("Ukraine", "security_guarantees"): "demands"},
        ),
    ],
)
def test_what_has_to_be_signed_or_is_needed_is_demanded(
    extract: Extract, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert stances(extract(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Moscow agreed to halt strikes on power plants for a week.",
        "Moscow agreed to stop hitting the power grid for a week.",
    ],
)
def test_the_energy_pause_is_named_by_power_plants_and_grids_too(extract: Extract, text: str) -> None:
    assert stances(extract(text)) == {("Russia", "energy_ceasefire"): "accepts"}


@pytest.mark.parametrize(
    "refusal", ["Kyiv refuses to pull out.", "Kyiv refuses to budge.", "Kyiv will not withdraw."]
)
def test_a_refusal_to_make_the_move_just_asked_for_rejects_it(extract: Extract, refusal: str) -> None:
    facts = extract(f"Moscow wants Ukrainian troops to leave the rest of Donbas. {refusal}")
    assert stances(facts) == {("Russia", "territory"): "demands", ("Ukraine", "territory"): "rejects"}


@pytest.mark.parametrize(
    "text",
    [
        '"The line of contact is the basis for any truce," Umerov said.',
        '"The line of contact remains our starting point for a truce," Umerov said.',
    ],
)
def test_what_a_speaker_calls_the_basis_of_a_settlement_they_demand(extract: Extract, text: str) -> None:
    assert stances(extract(text)) == {("Ukraine", "front_line_freeze"): "demands"}


# --- Held-out positions session (s9-pq): perfect progressives, pronouns, answers, agreements -------------


@pytest.mark.parametrize(
    "text",
    [
        '"Be clear about this," said Olga Marsh, a lecturer in Oslo. "Moscow has been demanding a vote in '
        'Ukraine since the autumn."',
        '"Nothing is new," said Olga Marsh, a lecturer in Oslo. "The Russians have been demanding a vote."',
    ],
)
def test_a_side_named_before_a_perfect_progressive_in_a_quote_holds_it(extract: Extract, text: str) -> None:
    assert stances(extract(text)) == {("Russia", "elections"): "demands"}


def test_he_stands_for_the_person_named_before_it_in_its_clause(extract: Extract) -> None:
    text = (
        "Peskov said the talks would go on. Kyiv says it will not cede Donetsk, and Zelensky has said he "
        "will not put such a deal to a referendum."
    )
    assert stances(extract(text)) == {
        ("Ukraine", "territory"): "rejects",
        ("Ukraine", "elections"): "rejects",
    }


def test_an_idea_that_says_what_it_is_names_no_proposal_before_it(extract: Extract) -> None:
    facts = extract(
        "Washington has proposed a truce for the winter. Kyiv rejected the idea of a referendum on it."
    )
    assert stances(facts) == {("United States", "ceasefire"): "proposes", ("Ukraine", "elections"): "rejects"}


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("Kyiv would back a truce only if Moscow stopped first.", "ceasefire"),
        ("Kyiv welcomes the energy pause as long as it is mutual.", "energy_ceasefire"),
    ],
)
def test_support_given_on_a_condition_is_conditional(extract: Extract, text: str, issue: str) -> None:
    assert stances(extract(text)) == {("Ukraine", issue): "conditions"}


@pytest.mark.parametrize(
    "text",
    [
        "The terms of the guarantees have been agreed at the level of the teams, Zelensky said.",
        "Zelensky said the text of the guarantees was agreed last week in Miami.",
    ],
)
def test_a_passive_agreement_with_no_agent_is_an_outcome_not_a_stance(extract: Extract, text: str) -> None:
    assert stances(extract(text)) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky said the guarantee papers were ready; territory still not agreed.",
        "Umerov said the date of a vote is not yet agreed.",
    ],
)
def test_what_is_not_agreed_yet_is_no_refusal(extract: Extract, text: str) -> None:
    assert stances(extract(text)) == {}


def test_the_two_sides_are_the_last_two_parties_named_that_do_not_mediate(extract: Extract) -> None:
    text = (
        "The round in Geneva ended on Wednesday. Umerov again led for Ukraine. Medinsky called the talks "
        "difficult. Witkoff wrote of progress. There was one result: the two sides agreed to exchange 500 "
        "prisoners each."
    )
    assert stances(extract(text)) == {
        ("Russia", "prisoner_exchange"): "accepts",
        ("Ukraine", "prisoner_exchange"): "accepts",
    }


@pytest.mark.parametrize(
    ("question", "answer", "issue"),
    [
        ("And a withdrawal from Donetsk?", "That is not on the table for us.", "territory"),
        ("What about elections during the war?", "That is out of the question.", "elections"),
    ],
)
def test_that_in_a_verdict_answers_what_the_question_named(
    extract: Extract, question: str, answer: str, issue: str
) -> None:
    facts = extract(f"Umerov spoke to us on Friday.\n\nQ: {question}\n\nUmerov: {answer}")
    assert stances(facts) == {("Ukraine", issue): "rejects"}


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            "Q: The Americans proposed an energy truce. What happened to it?\n\n"
            "Umerov: We said we would observe it if Russia does.",
            {
                ("United States", "energy_ceasefire"): "proposes",
                ("Ukraine", "energy_ceasefire"): "conditions",
            },
        ),
        (
            "Q: There was at least a deal on prisoners.\n\n"
            "Umerov: Three hundred for three hundred. We signed off on it in Geneva.",
            {("Ukraine", "prisoner_exchange"): "accepts"},
        ),
    ],
)
def test_it_in_an_answer_stands_for_the_issue_of_the_turn_before(
    extract: Extract, turns: str, expected: dict[tuple[str, str], str]
) -> None:
    assert stances(extract(f"Umerov spoke to us on Friday.\n\n{turns}")) == expected


def test_a_name_among_alternatives_after_a_preposition_holds_no_stance(extract: Extract) -> None:
    text = (
        "An Easter truce began on Saturday. Few people in Kyiv, Moscow or Washington expect it to bring the "
        "talks back soon."
    )
    assert stances(extract(text)) == {}


def test_a_time_since_which_a_side_has_demanded_leaves_the_object_elided(extract: Extract) -> None:
    facts = extract("Zelensky said Ukraine would not leave Donetsk, as Moscow has demanded since last year.")
    assert stances(facts) == {("Ukraine", "territory"): "rejects", ("Russia", "territory"): "demands"}


def test_a_proposal_a_participle_describes_is_the_object_of_the_verb_before_it(extract: Extract) -> None:
    text = (
        "Strikes on power plants went on all week. Moscow then turned down an idea floated by Washington to "
        "put the Zaporizhzhia nuclear plant under American management."
    )
    assert stances(extract(text)) == {
        ("Russia", "zaporizhzhia_plant"): "rejects",
        ("United States", "zaporizhzhia_plant"): "proposes",
    }


def test_what_is_on_offer_from_a_side_is_its_proposal(extract: Extract) -> None:
    facts = extract("Kyiv wants more than the guarantees on offer from Washington.")
    assert stances(facts) == {
        ("Ukraine", "security_guarantees"): "demands",
        ("United States", "security_guarantees"): "proposes",
    }


def test_a_verb_that_goes_on_with_an_unknown_subject_is_not_its_objects(extract: Extract) -> None:
    text = (
        "Moscow's demand has narrowed. By several accounts, it now wants Ukraine out of the rest of Donetsk "
        "and is prepared to freeze the lines elsewhere."
    )
    assert ("Ukraine", "front_line_freeze") not in stances(extract(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kremlin said its drones hit energy facilities that support the army.", {}),
        (
            "Kyiv wants guarantees that Washington would not walk away from a deal.",
            {("Ukraine", "security_guarantees"): "demands"},
        ),
    ],
)
def test_a_verb_after_that_with_an_object_of_its_own_does_not_take_the_noun_before(
    extract: Extract, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert stances(extract(text)) == expected


def test_further_of_a_thing_named_just_before_names_its_issue_again(extract: Extract) -> None:
    text = (
        "Russia and Ukraine agreed to the swap in Geneva. Medinsky announced its first stage on Friday. He "
        "said Moscow was open to further exchanges."
    )
    assert stances(extract(text)) == {
        ("Ukraine", "prisoner_exchange"): "accepts",
        ("Russia", "prisoner_exchange"): "considers",
    }


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Kyiv proposes a ceasefire along the current line of contact.", "proposes"),
        ("Kyiv wants any truce to start from the contact line.", "demands"),
        ("What we propose is a ceasefire on the current line, Umerov said.", "proposes"),
    ],
)
def test_a_truce_along_the_line_is_the_freeze_of_the_line(extract: Extract, text: str, stance: str) -> None:
    assert stances(extract(text)) == {("Ukraine", "front_line_freeze"): stance}


@pytest.mark.parametrize(
    "text",
    ["Kyiv will not trade land for a ceasefire.", "Kyiv refuses to give up Donetsk for a truce on paper."],
)
def test_what_a_trade_would_get_is_its_price_not_a_second_object(extract: Extract, text: str) -> None:
    assert stances(extract(text)) == {("Ukraine", "territory"): "rejects"}


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Kyiv proposes to halt the war on the contact line, with international monitoring.", "proposes"),
        ("Kyiv wants the war frozen on the contact line, with monitoring by the Americans.", "demands"),
    ],
)
def test_a_detail_set_off_by_with_is_no_second_object(extract: Extract, text: str, stance: str) -> None:
    assert stances(extract(text)) == {("Ukraine", "front_line_freeze"): stance}


def test_what_had_been_done_to_the_noun_before_a_relative_is_no_object(extract: Extract) -> None:
    text = "Moscow and Washington agreed to resume military talks that had been frozen since 2022."
    assert stances(extract(text)) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky suggested that the silence over the energy truce was an answer in itself.",
        "Kyiv suggests that the truce on energy is already dead.",
    ],
)
def test_what_a_side_suggests_is_the_case_is_no_proposal(extract: Extract, text: str) -> None:
    assert stances(extract(text)) == {}


def test_he_stands_for_the_person_the_sentence_before_opens_with(extract: Extract) -> None:
    text = (
        "Peskov said on Monday that the talks would go on. Zelensky has drawn a clear line. Speaking in "
        "Kyiv, he rejected any referendum on the Donbas."
    )
    assert stances(extract(text)) == {("Ukraine", "elections"): "rejects"}


def test_according_to_ends_what_a_cue_governs(extract: Extract) -> None:
    text = "Kyiv rejected a truce in March and is now willing to consider one, according to a source in Kyiv."
    assert stances(extract(text)) == {("Ukraine", "ceasefire"): "considers"}


def test_a_condition_on_a_stance_named_by_a_noun_is_its_holders(extract: Extract) -> None:
    text = (
        "A Ukrainian official said Moscow's agreement to stop strikes on power plants came only in exchange "
        "for Kyiv sparing its refineries."
    )
    assert stances(extract(text)) == {("Russia", "energy_ceasefire"): "conditions"}


def test_a_verb_whose_subject_is_that_after_a_common_noun_has_no_side(extract: Extract) -> None:
    text = (
        "The talks of Ukraine, Russia and the United States ended in Geneva on Friday, with no change on the "
        "issue that has blocked every meeting so far: who keeps the Donetsk region."
    )
    assert stances(extract(text)) == {}


def test_a_link_no_one_is_said_to_make_is_no_sides_condition(extract: Extract) -> None:
    text = "A Ukrainian official said the energy pause was tied to Kyiv sparing Russian refineries."
    assert stances(extract(text)) == {}


def test_a_pause_named_again_further_on_is_the_last_truce_named(extract: Extract) -> None:
    text = (
        "A week-long halt to strikes on energy infrastructure began on Friday. Zelensky thanked Trump on "
        "Telegram. He said engineers would use the quiet to repair substations. Kyiv has welcomed the pause."
    )
    assert stances(extract(text)) == {("Ukraine", "energy_ceasefire"): "supports"}


def test_agreeing_to_hold_off_accepts_the_pause_just_named(extract: Extract) -> None:
    text = "Asked whether the energy pause still held, Peskov said Putin had agreed to hold off until March."
    assert stances(extract(text)) == {("Russia", "energy_ceasefire"): "accepts"}


def test_a_side_that_comes_with_a_demand_holds_it(extract: Extract) -> None:
    text = "The Russian team came with the same demand it had voiced in March: that Kyiv give up Donetsk."
    assert stances(extract(text)) == {("Russia", "territory"): "demands"}


def test_they_that_can_only_happen_once_is_the_issue_just_named(extract: Extract) -> None:
    text = (
        "Moscow keeps calling for a vote in Ukraine. Zelensky has said it can only take place once the guns "
        "fall silent."
    )
    assert stances(extract(text)) == {
        ("Russia", "elections"): "demands",
        ("Ukraine", "elections"): "conditions",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Marco Rubio spoke in Munich. Moscow now wants, he said, the rest of Donetsk region.",
        "Marco Rubio spoke in Munich. Moscow demands, Rubio said, all of Donetsk region.",
    ],
)
def test_a_frame_between_the_verb_and_its_object_leaves_the_object_the_verbs(
    extract: Extract, text: str
) -> None:
    assert stances(extract(text)).get(("Russia", "territory")) == "demands"


@pytest.mark.parametrize(
    "text",
    [
        "Russia refuses to accept a ceasefire.",
        "Russia is unwilling to accept a ceasefire.",
        "Russia is in no hurry to agree a ceasefire.",
        "The Kremlin poured cold water on the idea of a ceasefire.",
    ],
)
def test_a_refusal_of_an_acceptance_is_a_rejection(extract: Extract, text: str) -> None:
    assert stances(extract(text)).get(("Russia", "ceasefire")) == "rejects"


def test_a_refusal_to_give_something_up_stays_a_rejection(extract: Extract) -> None:
    assert (
        stances(extract("Kyiv refuses to cede any part of Donbas.")).get(("Ukraine", "territory"))
        == "rejects"
    )


@pytest.mark.parametrize(
    "text",
    [
        '"Our land is not a bargaining chip," Zelensky said.',
        '"Donbas is not for sale," Zelensky said.',
        '"Our part of Donetsk is not for sale, and it will not be for sale in Geneva," Zelensky said.',
        "Zelensky said Ukrainian territory was not negotiable.",
    ],
)
def test_what_a_side_says_is_not_for_sale_it_will_not_give_up(extract: Extract, text: str) -> None:
    assert stances(extract(text)).get(("Ukraine", "territory")) == "rejects"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The Kremlin might guarantee Ukraine's security if Ukraine goes to the polls.", "conditions"),
        ("Russia has said it may guarantee Ukraine's security.", "proposes"),
    ],
)
def test_what_a_side_might_guarantee_it_offers(extract: Extract, text: str, stance: str) -> None:
    assert stances(extract(text)).get(("Russia", "security_guarantees")) == stance


@pytest.mark.parametrize("subject", ["The parties", "The sides"])
def test_an_exchange_all_three_agree_is_the_two_sides_agreement(story: Extract, subject: str) -> None:
    found = stances(story(f"{subject} agreed on an exchange of 157 prisoners for 157."))
    assert {party for party, issue in found if issue == "prisoner_exchange"} == {"Russia", "Ukraine"}
    assert found[("Russia", "prisoner_exchange")] == "accepts"


def test_one_side_agreeing_to_an_exchange_keeps_it(story: Extract) -> None:
    found = stances(story("Kyiv agreed to the prisoner swap."))
    assert {party for party, issue in found if issue == "prisoner_exchange"} == {"Ukraine"}


def test_there_can_be_no_settlement_in_a_sides_that_clause_is_that_sides_demand(story: Extract) -> None:
    found = stances(
        story("Russia insists that there can be no settlement until Ukraine withdraws from Donbas.")
    )
    assert found.get(("Russia", "territory")) == "demands"


def test_a_verb_joined_by_but_with_no_subject_of_its_own_is_the_same_sides(story: Extract) -> None:
    found = stances(
        story("Ukraine was ready to freeze the fighting at the front but would never give up its land.")
    )
    assert (found.get(("Ukraine", "front_line_freeze")), found.get(("Ukraine", "territory"))) == (
        "accepts",
        "rejects",
    )


@pytest.mark.parametrize(
    ("text", "pair", "stance"),
    [
        ("Ukraine's red line is any withdrawal from Donetsk.", ("Ukraine", "territory"), "rejects"),
        ("Russia is after sanctions relief.", ("Russia", "sanctions"), "demands"),
        ("Moscow will keep fighting until Ukraine leaves Donetsk.", ("Russia", "territory"), "demands"),
        ("Ukraine has said yes to an energy truce.", ("Ukraine", "energy_ceasefire"), "accepts"),
    ],
)
def test_a_red_line_being_after_fighting_until_and_saying_yes(
    extract: Extract, text: str, pair: tuple[str, str], stance: str
) -> None:
    assert stances(extract(text)).get(pair) == stance


def test_refusing_to_hand_over_land_rejects_a_territorial_demand(extract: Extract) -> None:
    facts = extract("Kyiv has refused to hand over land its soldiers still hold.")
    assert stances(facts) == {("Ukraine", "territory"): "rejects"}


@pytest.mark.parametrize(
    ("text", "pair", "stance"),
    [
        (
            "Russia could provide security guarantees to Ukraine if Kyiv held elections, Zakharova said.",
            ("Russia", "security_guarantees"),
            "conditions",
        ),
        (
            "No lasting settlement was possible unless territory was settled, Zakharova said.",
            ("Russia", "territory"),
            "demands",
        ),
        (
            "Peskov said a settlement cannot be achieved without resolving the territorial issue.",
            ("Russia", "territory"),
            "demands",
        ),
    ],
)
def test_providing_on_a_condition_and_no_settlement_possible_unless(
    extract: Extract, text: str, pair: tuple[str, str], stance: str
) -> None:
    assert stances(extract(text)).get(pair) == stance


def test_a_sides_position_spelled_out_after_a_colon_holds_a_stance_per_item(extract: Extract) -> None:
    facts = extract(
        "Ukraine's position remains unchanged: no withdrawal of troops from Donetsk region, a freeze along "
        "the current line of contact, and security guarantees that actually work."
    )
    assert stances(facts) == {
        ("Ukraine", "territory"): "rejects",
        ("Ukraine", "front_line_freeze"): "demands",
        ("Ukraine", "security_guarantees"): "demands",
    }


def test_a_sides_partners_hold_its_stance(extract: Extract) -> None:
    facts = extract("Our American partners have offered security guarantees, Sybiha said.")
    assert stances(facts).get(("United States", "security_guarantees")) == "proposes"


@pytest.mark.parametrize(
    "text",
    [
        "“Freeze the line of contact,” Sybiha said.",
        "Sybiha said: “Stop where we are. Freeze the line of contact.”",
    ],
)
def test_a_speakers_order_is_the_speakers_demand(extract: Extract, text: str) -> None:
    assert stances(extract(text)).get(("Ukraine", "front_line_freeze")) == "demands"


def test_being_among_the_guarantors_is_a_stance_on_guarantees(extract: Extract) -> None:
    facts = extract(
        "Galuzin did not rule out that Russia itself could be among the guarantors of a settlement."
    )
    assert stances(facts).get(("Russia", "security_guarantees")) == "considers"


def test_a_sections_heading_is_what_its_sentences_name_again(extract: Extract) -> None:
    facts = extract(
        "Where the talks stand\n\n"
        "3. Zaporizhzhia nuclear power plant\n\n"
        "No movement. Moscow’s insistence on running the plant alone is unchanged.\n\n"
        "4. Prisoners\n\n"
        "Kyiv wants the plant back, the minister said."
    )
    assert stances(facts).get(("Russia", "zaporizhzhia_plant")) == "demands"
    # a heading is the topic of its own section only
    assert ("Ukraine", "zaporizhzhia_plant") not in stances(facts)


def test_an_answer_is_about_what_its_question_asked(extract: Extract) -> None:
    facts = extract(
        "Q: And the hard question is still the nuclear plant?\n\n"
        "Lindholm: Yes. Nothing has moved in a month, and nobody expects it to. "
        "What the Russians want is to operate the plant on their own."
    )
    assert stances(facts).get(("Russia", "zaporizhzhia_plant")) == "demands"


def test_a_stance_on_nothing_named_is_on_the_issue_of_its_sections_heading(extract: Extract) -> None:
    facts = extract(
        "Three months without a round: the talks in two issues\n\n"
        "1. Donbas\n\n"
        "The question that has sunk every draft. Kyiv says it will not give in.\n\n"
        "2. The rounds\n\n"
        "Moscow says it will not give in."
    )
    assert stances(facts) == {("Ukraine", "territory"): "rejects"}


def test_a_stance_on_nothing_named_is_on_the_issue_its_question_asked(extract: Extract) -> None:
    facts = extract(
        "Q: Will Ukraine give up Donbas?\n\n"
        "A: Not now. Peskov has called the talks useful. Kyiv has refused, and says so at every round."
    )
    assert stances(facts).get(("Ukraine", "territory")) == "rejects"


def test_a_sentence_naming_an_issue_takes_nothing_from_its_heading(extract: Extract) -> None:
    facts = extract(
        "Where things stand\n\n"
        "Guarantees\n\n"
        "Moscow is offering a truce of about 32 hours and expects Kyiv to follow its example."
    )
    assert ("Russia", "security_guarantees") not in stances(facts)


def test_it_in_an_answer_is_the_side_its_question_asks_about(extract: Extract) -> None:
    facts = extract(
        "Kyiv and Moscow have been at war since 2022.\n\n"
        "What does Washington want?\n\n"
        "A deal, and soon: the administration wants one signed by June. It has floated turning the "
        "Ukrainian-held part of Donetsk into a free economic zone."
    )
    assert stances(facts).get(("United States", "territory")) == "proposes"


@pytest.mark.parametrize(
    "text",
    [
        "A week-long pause in Russian strikes on Ukraine's energy infrastructure, proposed by Donald Trump "
        "during a cold snap, appears to have taken effect overnight.",
        "Kyiv has welcomed the halt to strikes on energy infrastructure proposed by Washington.",
        "An energy ceasefire proposed by the United States in February has had no answer from Moscow.",
    ],
)
def test_a_proposal_told_with_its_agent_after_by_is_the_agents(extract: Extract, text: str) -> None:
    assert stances(extract(text)).get(("United States", "energy_ceasefire")) == "proposes"


def test_a_basis_agreed_by_two_leaders_is_no_stance_of_theirs(extract: Extract) -> None:
    facts = extract(
        "Peskov said the territorial question had to be settled on the basis agreed by Vladimir Putin and "
        "Donald Trump at their summit in Anchorage."
    )
    assert ("United States", "territory") not in stances(facts)


def test_a_stance_on_both_is_on_each_issue_named_before(extract: Extract) -> None:
    facts = extract(
        "Russia still demands all of Donetsk and control of the Zaporizhzhia nuclear plant; Ukraine refuses "
        "both."
    )
    assert stances(facts) == {
        ("Russia", "territory"): "demands",
        ("Russia", "zaporizhzhia_plant"): "demands",
        ("Ukraine", "territory"): "rejects",
        ("Ukraine", "zaporizhzhia_plant"): "rejects",
    }


def test_a_negation_that_opens_a_quote_still_negates(extract: Extract) -> None:
    facts = extract('Umerov wrote on Telegram that Ukraine would "not trade our land for promises".')
    assert stances(facts) == {("Ukraine", "territory"): "rejects"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia demands Donbas. Kyiv refuses to give it up.",
        "Russia's insistence on Donbas and Kyiv's refusal to give it up are unchanged.",
    ],
)
def test_a_refusal_to_give_it_up_rejects_what_it_stands_for(extract: Extract, text: str) -> None:
    assert stances(extract(text)).get(("Ukraine", "territory")) == "rejects"


@pytest.mark.parametrize(
    ("text", "party", "stance"),
    [
        ("Putin has accepted a week without strikes on energy facilities.", "Russia", "accepts"),
        (
            "Trump said he had personally proposed to Vladimir Putin a week without strikes on Kyiv and its "
            "power plants.",
            "United States",
            "proposes",
        ),
        (
            "A senior US official says Washington will propose a halt to strikes on the energy grid.",
            "United States",
            "proposes",
        ),
    ],
)
def test_a_week_without_strikes_on_energy_is_the_energy_ceasefire(
    story: Extract, text: str, party: str, stance: str
) -> None:
    assert stances(story(text)).get((party, "energy_ceasefire")) == stance


def test_without_after_anything_but_a_span_of_time_still_ends_what_is_accepted(extract: Extract) -> None:
    facts = extract("Russia would not agree to a ceasefire without a withdrawal from Donetsk.")
    assert ("Russia", "territory") not in stances(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Trump said he had asked Vladimir Putin to halt strikes on energy infrastructure for a week.",
        "Trump said he asked Putin not to strike energy facilities for a week.",
    ],
)
def test_asking_the_other_side_for_a_pause_proposes_it(story: Extract, text: str) -> None:
    assert stances(story(text)).get(("United States", "energy_ceasefire")) == "proposes"


def test_would_not_settle_without_something_demands_it(extract: Extract) -> None:
    facts = extract("Witkoff and Kushner heard that Russia would not settle without the whole of Donbas.")
    assert stances(facts) == {("Russia", "territory"): "demands"}


def test_a_definite_noun_names_again_the_one_issue_named_earlier_in_its_sentence(extract: Extract) -> None:
    facts = extract(
        "Russia has turned down a US proposal for American control of the Zaporizhzhia nuclear power plant "
        "and wants to keep the plant."
    )
    assert stances(facts)[("Russia", "zaporizhzhia_plant")] == "demands"
    # before its issue is named, the noun names nothing
    facts = extract(
        "Russia wants to keep the plant, and rejects a US proposal for the Zaporizhzhia nuclear plant."
    )
    assert stances(facts)[("Russia", "zaporizhzhia_plant")] == "rejects"


def test_an_object_pronoun_after_a_verb_of_going_on_stands_for_the_issue_before(extract: Extract) -> None:
    facts = extract(
        "Russia has turned down a US proposal for American control of the Zaporizhzhia nuclear power plant "
        "and wants to keep running it, according to people briefed on the discussions."
    )
    assert stances(facts)[("Russia", "zaporizhzhia_plant")] == "demands"


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        (
            '"No withdrawal from our land, and a freeze on the current line," he wrote.',
            {("Ukraine", "territory"): "rejects", ("Ukraine", "front_line_freeze"): "demands"},
        ),
        # a quote that says more than a list of what its side wants is read as any other
        ('"The pause gave engineers a few days. One night like this takes away a month," he wrote.', {}),
    ],
)
def test_a_quote_that_only_lists_items_states_its_speakers_stances(
    extract: Extract, quote: str, expected: dict[tuple[str, str], str]
) -> None:
    facts = extract(f"Rustem Umerov wrote on Telegram that the mandate of his team had not changed. {quote}")
    assert stances(facts) == expected


def test_an_all_for_all_exchange_in_quotation_marks_is_the_prisoner_exchange(extract: Extract) -> None:
    facts = extract('Kyiv wants an "all for all" exchange, which Moscow has so far refused.')
    assert stances(facts) == {
        ("Ukraine", "prisoner_exchange"): "demands",
        ("Russia", "prisoner_exchange"): "rejects",
    }


@pytest.mark.parametrize(
    "text",
    [
        "A longer ceasefire is not excluded, Kremlin spokesman Dmitry Peskov said.",
        "A longer ceasefire is not ruled out, Kremlin spokesman Dmitry Peskov said on Saturday.",
    ],
)
def test_not_excluded_with_a_titled_speaker_after_it_considers(extract: Extract, text: str) -> None:
    assert stances(extract(text)) == {("Russia", "ceasefire"): "considers"}


@pytest.mark.parametrize(
    "text",
    [
        "The Americans put a proposal for an energy ceasefire on the table.",
        "Washington has put a moratorium on strikes on energy infrastructure on the table.",
    ],
)
def test_what_a_side_puts_on_the_table_it_proposes(story: Extract, text: str) -> None:
    assert stances(story(text)) == {("United States", "energy_ceasefire"): "proposes"}


@pytest.mark.parametrize(
    "refusal",
    [
        "Kyiv has ruled out withdrawing.",
        "Kyiv has ruled that out.",
        "Ukraine has refused to hand over any of it.",
    ],
)
def test_a_refusal_of_what_the_sentence_before_demanded(story: Extract, refusal: str) -> None:
    facts = story(f"Russia demands that Ukraine withdraw from Donbas. {refusal}")
    assert stances(facts)[("Ukraine", "territory")] == "rejects"


def test_what_there_is_nothing_without_is_demanded(extract: Extract) -> None:
    facts = extract("Without guarantees there is nothing to sign, Zelensky said.")
    assert stances(facts) == {("Ukraine", "security_guarantees"): "demands"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine met in Geneva. The 500-for-500 swap the two sides agreed at the third round was "
        "carried out in two stages.",
        "Washington put two ideas back on the table, and Ukraine listened.\n\nTwo results did come out of "
        "the "
        "room. On Thursday 157 Ukrainian prisoners of war went home in exchange for 157 Russian soldiers, "
        "in a "
        "swap the two sides had agreed at the table.",
    ],
)
def test_a_swap_the_two_sides_agreed_is_the_two_sides_never_the_mediator(extract: Extract, text: str) -> None:
    assert stances(extract(text)) == {
        ("Russia", "prisoner_exchange"): "accepts",
        ("Ukraine", "prisoner_exchange"): "accepts",
    }


def test_verbs_listed_in_a_series_share_the_subject(extract: Extract) -> None:
    facts = extract(
        "Under his watch Kyiv has refused to withdraw from Donbas, insisted on freezing the front along the "
        "current line, and demanded guarantees that the US Congress would ratify."
    )
    assert stances(facts) == {
        ("Ukraine", "territory"): "rejects",
        ("Ukraine", "front_line_freeze"): "demands",
        ("Ukraine", "security_guarantees"): "demands",
    }


def test_it_after_a_colon_is_the_side_whose_line_the_clause_before_named(story: Extract) -> None:
    facts = story(
        "Moscow answered with strikes. Kyiv's line has not changed since the autumn: it wants the fighting "
        "frozen along the current front."
    )
    assert stances(facts) == {("Ukraine", "front_line_freeze"): "demands"}


@pytest.mark.parametrize(
    "text",
    [
        "Medinsky is harder-edged than some colleagues on the security guarantees that Kyiv wants from the "
        "West.",
        "The envoy spoke of binding security guarantees ratified by Congress, something Kyiv has insisted on "
        "from the start.",
        "The envoy spoke of the security guarantees, which Kyiv has insisted on from the start.",
    ],
)
def test_an_issue_named_before_the_side_that_wants_it_is_its_demand(story: Extract, text: str) -> None:
    assert stances(story(text)).get(("Ukraine", "security_guarantees")) == "demands"


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv refuses to pull its troops back from ground they are still defending.",
        "Zelensky has repeated since that Ukraine will not leave land its soldiers hold.",
    ],
)
def test_troops_kept_on_the_land_they_hold_is_a_refusal_of_the_territorial_demand(
    story: Extract, text: str
) -> None:
    assert stances(story(text)).get(("Ukraine", "territory")) == "rejects"


def test_ideas_put_on_the_table_and_listed_after_a_colon_are_proposed(story: Extract) -> None:
    facts = story("Washington put two ideas back on the table: a ceasefire limited to energy infrastructure.")
    assert stances(facts) == {("United States", "energy_ceasefire"): "proposes"}


def test_it_after_a_side_that_says_so_is_that_side(story: Extract) -> None:
    facts = story(
        "On the Zaporizhzhia plant, Russia wants to run it and Ukraine says it will not accept Russian "
        "control."
    )
    assert stances(facts) == {
        ("Russia", "zaporizhzhia_plant"): "demands",
        ("Ukraine", "zaporizhzhia_plant"): "rejects",
    }


def test_an_arrangement_a_side_refused_set_after_a_comma_is_the_clause_before(story: Extract) -> None:
    facts = story("Moscow wants to run the nuclear plant itself, an arrangement that Kyiv has refused.")
    assert stances(facts) == {
        ("Russia", "zaporizhzhia_plant"): "demands",
        ("Ukraine", "zaporizhzhia_plant"): "rejects",
    }


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("Kyiv has turned the energy truce down.", "energy_ceasefire"),
        (
            "On the nuclear plant, Moscow wants to run it itself; Kyiv has turned that down.",
            "zaporizhzhia_plant",
        ),
    ],
)
def test_what_a_side_turned_down_it_rejects(story: Extract, text: str, issue: str) -> None:
    assert stances(story(text)).get(("Ukraine", issue)) == "rejects"


@pytest.mark.parametrize(
    "text",
    [
        'Peskov said the territorial issue remains "fundamental" for Moscow.',
        "Moscow's aim, he said, had narrowed to the roughly 20% of Donetsk region that it does not control.",
        "Russia's goal is all of Donetsk.",
    ],
)
def test_what_a_side_holds_fundamental_or_aims_at_it_demands(story: Extract, text: str) -> None:
    assert stances(story(text)).get(("Russia", "territory")) == "demands"


def test_the_aim_of_the_talks_is_no_sides_demand(story: Extract) -> None:
    assert stances(story("Officials said the aim of the talks is a ceasefire.")) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vladimir Putin has declared a ceasefire for Orthodox Easter.",
            {("Russia", "ceasefire"): "proposes"},
        ),
        ("Vladimir Putin had ordered the truce on Saturday.", {("Russia", "ceasefire"): "proposes"}),
        ("Moscow is offering a pause for Easter only.", {("Russia", "ceasefire"): "proposes"}),
        ("Zelensky declared the energy truce dead.", {}),
    ],
)
def test_a_truce_a_side_declares_or_orders_is_its_offer(
    story: Extract, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert stances(story(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A one-week pause in Russian strikes on energy facilities took effect overnight, Zelensky said.",
        "Trump said Vladimir Putin had agreed, because of the extreme cold, not to strike power plants for "
        "a week.",
    ],
)
def test_a_halt_to_a_sides_strikes_in_force_or_agreed_is_its_acceptance(story: Extract, text: str) -> None:
    assert stances(story(text)).get(("Russia", "energy_ceasefire")) == "accepts"


def test_ratification_by_congress_names_the_guarantees(story: Extract) -> None:
    facts = story(
        "Kyiv has insisted on ratification by Congress so that the deal outlasts the administration."
    )
    assert stances(facts) == {("Ukraine", "security_guarantees"): "demands"}


def test_a_verb_after_but_with_no_subject_is_the_subjects_not_the_nearest_names(story: Extract) -> None:
    facts = story(
        "Zelensky's office said Kyiv would send its team wherever the Americans called a meeting, but would "
        "not "
        "give up land that Russia had failed to take."
    )
    assert stances(facts) == {("Ukraine", "territory"): "rejects"}


def test_an_exchange_of_so_many_for_as_many_agreed_is_a_prisoner_exchange_both_sides_accept(
    story: Extract,
) -> None:
    facts = story("Russia and Ukraine agreed a 500-for-500 exchange in Geneva.")
    assert stances(facts) == {
        ("Russia", "prisoner_exchange"): "accepts",
        ("Ukraine", "prisoner_exchange"): "accepts",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv says a vote can only follow a ceasefire.", {("Ukraine", "elections"): "conditions"}),
        (
            "The American idea of running the nuclear station itself has found no buyer.",
            {("United States", "zaporizhzhia_plant"): "proposes"},
        ),
    ],
)
def test_a_vote_that_can_only_follow_and_a_nuclear_station(
    story: Extract, text: str, expected: dict[tuple[str, str], str]
) -> None:
    assert stances(story(text)) == expected


def test_a_bare_refusal_after_an_issue_named_again_by_a_definite_noun_refuses_that_issue(
    story: Extract,
) -> None:
    facts = story(
        "Russia has turned down an American idea under which the United States would take control of the "
        "Zaporizhzhia nuclear power plant. Moscow wants to run the plant itself and sell power to Ukraine at "
        "a discount. Kyiv refuses."
    )
    assert stances(facts)[("Ukraine", "zaporizhzhia_plant")] == "rejects"
    assert stances(facts)[("Russia", "zaporizhzhia_plant")] == "demands"


def test_it_after_a_sentence_that_named_a_truce_again_is_that_truce(story: Extract) -> None:
    facts = story(
        "Putin agreed to a one-week pause in strikes on energy infrastructure.\n\nFriday. The pause took "
        "effect overnight, Zelensky said in the morning. Kyiv welcomed it, though not without suspicion."
    )
    assert stances(facts)[("Ukraine", "energy_ceasefire")] == "supports"


def test_the_plant_named_by_agency_copys_abbreviation_is_the_zaporizhzhia_plant(story: Extract) -> None:
    facts = story(
        "Russia rejected an American proposal under which the United States would take the Zaporizhzhia NPP "
        "under its full control."
    )
    assert {(p.party, p.issue, p.stance) for p in facts.positions} == {
        ("Russia", "zaporizhzhia_plant", "rejects"),
        ("United States", "zaporizhzhia_plant", "proposes"),
    }


@pytest.mark.parametrize("group", ["Negotiators", "Delegates", "Officials"])
def test_a_group_from_two_sides_agreeing_is_each_sides_stance(story: Extract, group: str) -> None:
    facts = story(f"{group} from Kyiv and Moscow agreed on the prisoner swap on Wednesday.")
    assert {(p.party, p.issue, p.stance) for p in facts.positions} == {
        ("Russia", "prisoner_exchange", "accepts"),
        ("Ukraine", "prisoner_exchange", "accepts"),
    }


def test_it_after_a_sentence_opening_with_a_sides_thing_is_that_side(story: Extract) -> None:
    facts = story(
        "Moscow's terms have not moved. It has ruled out a general ceasefire before a final settlement, and "
        "it still wants Ukraine out of the Donetsk region."
    )
    assert {(p.party, p.issue, p.stance) for p in facts.positions} == {
        ("Russia", "ceasefire", "rejects"),
        ("Russia", "territory", "demands"),
    }


def test_refineries_spared_for_the_grid_are_an_energy_truce_on_a_condition(story: Extract) -> None:
    facts = story(
        "Ukraine is ready to stop striking Russian refineries if Russia stops hitting Ukraine's power grid."
    )
    assert stances(facts) == {("Ukraine", "energy_ceasefire"): "conditions"}


def test_a_side_that_will_not_strike_refuses_no_truce(story: Extract) -> None:
    facts = story(
        "“If Russia does not strike our plants, we will not strike their refineries,” Zelensky said."
    )
    assert stances(facts) == {}


def test_the_plant_paragraphs_after_the_article_named_it_is_still_the_zaporizhzhia_plant(
    story: Extract,
) -> None:
    facts = story(
        "Every morning she looks across the reservoir at the Zaporizhzhia nuclear power plant.\n\n"
        "Her grandson serves in the army.\n\nShe tries not to read the headlines.\n\n"
        "Moscow wants to run the plant itself and sell power to Ukraine at a discount, an arrangement Kyiv "
        "has refused."
    )
    assert stances(facts) == {
        ("Russia", "zaporizhzhia_plant"): "demands",
        ("Ukraine", "zaporizhzhia_plant"): "rejects",
    }


def test_the_silence_after_a_truce_is_named_is_that_truce(story: Extract) -> None:
    facts = story(
        "Moscow declared an Easter ceasefire. “We are ready to extend the silence to 30 days if Russia is "
        "ready to do the same,” Zelensky said."
    )
    assert stances(facts).get(("Ukraine", "ceasefire")) == "conditions"


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine reached agreement on a prisoner exchange.",
        "Russia and Ukraine have reached an agreement to exchange 500 prisoners each.",
    ],
)
def test_reaching_agreement_on_a_swap_accepts_it_for_both_sides(extract: Extract, text: str) -> None:
    assert stances(extract(text)) == {
        ("Russia", "prisoner_exchange"): "accepts",
        ("Ukraine", "prisoner_exchange"): "accepts",
    }


@pytest.mark.parametrize(
    "text",
    [
        "The delegations agreed on a prisoner exchange.",
        "Negotiators in Geneva agreed a 500-for-500 prisoner swap.",
        "The third round ended with an agreement to exchange 500 prisoners each.",
    ],
)
def test_a_swap_the_talks_agree_is_accepted_by_the_two_sides(story: Extract, text: str) -> None:
    assert stances(story(text)) == {
        ("Russia", "prisoner_exchange"): "accepts",
        ("Ukraine", "prisoner_exchange"): "accepts",
    }


def test_a_swap_one_side_is_named_agreeing_to_in_talks_is_that_sides(story: Extract) -> None:
    facts = story("At the talks in Geneva, Russia agreed to a prisoner exchange.")
    assert stances(facts) == {("Russia", "prisoner_exchange"): "accepts"}


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky said no document would be signed without security guarantees.",
        "Ukraine will sign nothing without security guarantees.",
        "Zelensky said Ukraine would not sign any deal without security guarantees.",
    ],
)
def test_what_nothing_will_be_signed_without_is_demanded(extract: Extract, text: str) -> None:
    assert stances(extract(text)) == {("Ukraine", "security_guarantees"): "demands"}


def test_land_a_side_holds_is_territory(extract: Extract) -> None:
    facts = extract(
        "Ukrainian officials have said they will not accept any arrangement that requires troops to leave "
        "Ukrainian-held land."
    )
    assert stances(facts) == {("Ukraine", "territory"): "rejects"}


@pytest.mark.parametrize(
    "text",
    [
        "Geneva produced an agreement by Russia and Ukraine to exchange 500 prisoners each.",
        "The talks ended with an agreement between Moscow and Kyiv to swap prisoners.",
    ],
)
def test_an_agreement_by_two_sides_to_do_something_is_accepted_by_both(extract: Extract, text: str) -> None:
    assert stances(extract(text)) == {
        ("Russia", "prisoner_exchange"): "accepts",
        ("Ukraine", "prisoner_exchange"): "accepts",
    }


def test_what_a_side_sets_as_its_price_for_something_it_demands(extract: Extract) -> None:
    facts = extract(
        "Moscow has set the withdrawal of Ukrainian troops from Donetsk as its price for a ceasefire."
    )
    assert stances(facts) == {("Russia", "territory"): "demands"}


def test_the_sides_that_settle_an_exchange_are_the_two_sides_when_none_are_named_near(
    extract: Extract,
) -> None:
    facts = extract(
        "Zelensky spoke to reporters in Kyiv on Monday. The weather was cold. The roads were icy. Few trains "
        "ran. He said the sides had agreed in the spring to swap 300 prisoners each."
    )
    assert stances(facts) == {
        ("Russia", "prisoner_exchange"): "accepts",
        ("Ukraine", "prisoner_exchange"): "accepts",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv has ruled out any referendum on giving up Donetsk.",
        "Kyiv said a vote on handing over Donetsk was out of the question.",
        "Kyiv says there will be no referendum on leaving Donetsk.",
    ],
)
def test_ruling_out_a_vote_on_a_step_rules_out_the_step_too(extract: Extract, text: str) -> None:
    assert stances(extract(text)) == {
        ("Ukraine", "elections"): "rejects",
        ("Ukraine", "territory"): "rejects",
    }


def test_accepting_a_vote_on_a_step_does_not_accept_the_step(extract: Extract) -> None:
    assert stances(extract("Kyiv is ready to hold a referendum on the land deal.")) == {
        ("Ukraine", "elections"): "accepts"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Washington put forward two ideas: a halt to strikes on energy sites, and a free economic zone.",
        "Washington put two plans on the table: a truce on energy, and a land deal.",
    ],
)
def test_a_list_a_colon_opens_after_a_stance_goes_on_past_its_and(story: Extract, text: str) -> None:
    assert stances(story(text)) == {
        ("United States", "energy_ceasefire"): "proposes",
        ("United States", "territory"): "proposes",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Witkoff has more than once floated a free economic zone in Donetsk.",
        "Washington had twice proposed a land deal.",
    ],
)
def test_how_often_between_the_auxiliary_and_the_participle_keeps_it_a_verb(
    story: Extract, text: str
) -> None:
    assert stances(story(text)) == {("United States", "territory"): "proposes"}


def test_a_head_noun_before_a_relative_names_the_issue_the_sentence_named(story: Extract) -> None:
    facts = story(
        "Both armies sent home 150 prisoners of war on Monday, in the second part of a larger exchange that "
        "Moscow and Kyiv agreed to at talks in the spring."
    )
    assert stances(facts) == {
        ("Russia", "prisoner_exchange"): "accepts",
        ("Ukraine", "prisoner_exchange"): "accepts",
    }
