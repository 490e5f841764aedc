"""Single quotation marks of British copy, read as the double ones the rules know."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from monitor.extract.quote_marks import single_quotes_as_double
from monitor.facts import ArticleFacts

Extract = Callable[..., ArticleFacts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("'Thank you, President Trump,' he wrote.", "“Thank you, President Trump,” he wrote."),
        ("‘We are ready,’ Sybiha said.", "“We are ready,” Sybiha said."),
        ("He called it 'largely finished'.", "He called it “largely finished”."),
        # apostrophes are no quotes: inside a word, after a plural, or a closing mark with nothing open
        ("Russia's envoys' views don't change, he said.", "Russia's envoys' views don't change, he said."),
    ],
)
def test_single_marks_that_quote_become_double_and_apostrophes_stay(text: str, expected: str) -> None:
    assert single_quotes_as_double(text) == expected


def test_a_paragraph_with_double_marks_keeps_its_single_ones_as_quotes_within_quotes() -> None:
    text = "He said \"we are 'close' now\".\n\nShe called it 'done'."
    assert single_quotes_as_double(text) == "He said \"we are 'close' now\".\n\nShe called it “done”."


def test_the_text_before_start_is_left_alone_and_every_offset_holds() -> None:
    text = "Kremlin speaks of 'situational pause'\n\n'It is a pause,' Peskov said."
    changed = single_quotes_as_double(text, start=text.index("\n"))
    assert changed.startswith("Kremlin speaks of 'situational pause'")
    assert changed.endswith("“It is a pause,” Peskov said.")
    assert len(changed) == len(text)


def test_a_british_quote_is_a_direct_statement_and_its_evidence_keeps_the_marks(extract: Extract) -> None:
    facts = extract("'Our land is not a bargaining chip,' Sybiha said on Monday.")
    (statement,) = facts.statements
    assert (statement.speaker, statement.direct) == ("Andrii Sybiha", True)
    assert statement.evidence.sentence.startswith("'Our land")
