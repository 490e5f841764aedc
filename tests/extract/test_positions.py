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
        ("Moscow calls for a withdrawal from Donetsk.", "demands"),
        ("Moscow sets a withdrawal from Donetsk as a precondition.", "demands"),
        ("Moscow rejects any withdrawal from Donetsk.", "rejects"),
        ("Moscow refuses to discuss Donetsk.", "rejects"),
        ("Moscow rules out any territorial concessions.", "rejects"),
        ("Moscow proposes a free economic zone.", "proposes"),
        ("Moscow is ready to discuss territory.", "accepts"),
        ("Moscow agreed to the territorial arrangement.", "accepts"),
        ("Moscow welcomes the land deal.", "supports"),
        ("Moscow is open to a territorial compromise.", "considers"),
        ("Moscow does not reject a territorial compromise.", "considers"),
        ("Moscow does not rule out a territorial compromise.", "considers"),
        ("Moscow will not accept any territorial compromise.", "rejects"),
        ("Moscow would accept a territorial compromise only if sanctions were lifted.", "conditions"),
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
def test_metonyms_resolve_to_their_party(extract: Extract, text: str, party: str) -> None:
    assert [p.party for p in extract(text).positions] == [party]


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


def test_a_passive_names_its_holder_after_by(extract: Extract) -> None:
    facts = extract("The idea of a free economic zone was floated by Washington in recent weeks.")
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


def test_a_more_specific_issue_wins_over_the_general_one(extract: Extract) -> None:
    facts = extract("The U.S. side put forward a proposal for a ceasefire on energy infrastructure.")
    assert stances(facts) == {("United States", "energy_ceasefire"): "proposes"}


def test_an_issue_without_a_stance_cue_is_no_position(extract: Extract) -> None:
    assert extract("Russia currently occupies about 20% of Ukrainian territory.").positions == ()


def test_a_summary_is_a_short_clause_from_the_sentence(extract: Extract) -> None:
    (position,) = extract(
        "Moscow wants Kyiv to withdraw its forces from the entire Donetsk region."
    ).positions
    assert position.summary.startswith("Moscow wants Kyiv to withdraw")
    assert position.summary in position.evidence.sentence
