"""Sentence segmentation: offsets, headlines, datelines, abbreviations and quotes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.extract.sentences import segment


def texts(text: str) -> list[str]:
    return [s.text for s in segment(text)]


def test_a_headline_a_dateline_and_body_sentences_are_told_apart() -> None:
    text = (
        "Talks resume in Geneva\n\n"
        "GENEVA, Feb 17 (Test Wire) — Negotiators met on Tuesday. They will meet again tomorrow.\n"
    )
    kinds = [(s.kind, s.text) for s in segment(text)]
    assert kinds == [
        ("headline", "Talks resume in Geneva"),
        ("dateline", "GENEVA, Feb 17 (Test Wire) —"),
        ("body", "Negotiators met on Tuesday."),
        ("body", "They will meet again tomorrow."),
    ]


def test_a_short_line_without_final_punctuation_inside_the_article_is_a_heading() -> None:
    text = "The talks began today.\n\nWhat Comes Next\n\nNobody knows."
    assert [(s.kind, s.text) for s in segment(text)][1] == ("heading", "What Comes Next")


def test_abbreviations_do_not_end_sentences() -> None:
    text = (
        "The U.S. delegation, led by Gen. Alexus Grynkewich and Lt. Col. Smith, arrived on Jan. 23. "
        "Talks followed."
    )
    assert texts(text) == [
        "The U.S. delegation, led by Gen. Alexus Grynkewich and Lt. Col. Smith, arrived on Jan. 23.",
        "Talks followed.",
    ]


def test_an_abbreviation_can_end_a_sentence_when_a_new_one_clearly_starts() -> None:
    assert texts("Kyiv wants guarantees from the U.S. The Kremlin disagrees.") == [
        "Kyiv wants guarantees from the U.S.",
        "The Kremlin disagrees.",
    ]


def test_a_quote_of_several_sentences_stays_with_its_attribution() -> None:
    text = "“We are ready. Not in Moscow, though,” he said. Then he left."
    assert texts(text) == ["“We are ready. Not in Moscow, though,” he said.", "Then he left."]


def test_a_question_inside_a_quote_followed_by_its_attribution_is_one_sentence() -> None:
    assert texts("“Why now?” she asked. Nobody answered.") == ["“Why now?” she asked.", "Nobody answered."]


def test_sentences_split_before_an_opening_quote() -> None:
    assert texts("He spoke first. “We agree,” she said.") == ["He spoke first.", "“We agree,” she said."]


def test_sentences_remember_their_paragraph() -> None:
    sentences = segment("First one. Second one.\n\nThird one.")
    assert [s.paragraph for s in sentences] == [0, 0, 1]


_WORDS = st.sampled_from(
    ["Peskov", "said", "the", "U.S.", "Gen.", "talks", "Jan.", "23", "“We", "agree,”", "he", "Kyiv", "—", "x"]
)
_ENDS = st.sampled_from([".", "?", "!", "", ".”", ","])
_BREAKS = st.sampled_from([" ", " ", "\n", "\n\n", "\n\n\n", "  "])


@st.composite
def article_texts(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        parts.append(draw(_WORDS) + draw(_ENDS) + draw(_BREAKS))
    return "".join(parts)


@settings(max_examples=300, deadline=None)
@given(st.one_of(article_texts(), st.text(max_size=300)))
def test_every_sentence_is_exactly_the_text_at_its_offsets(text: str) -> None:
    sentences = segment(text)
    position = 0
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text
        assert sentence.start >= position
        position = sentence.end
    # nothing but white space is left out
    covered = "".join(text[s.start : s.end] for s in sentences)
    assert "".join(covered.split()) == "".join(text.split())


def test_a_single_capital_before_a_full_stop_ends_a_sentence_when_a_new_one_plainly_starts() -> None:
    assert texts("Sybiha wrote on X. He said Kyiv was ready.") == [
        "Sybiha wrote on X.",
        "He said Kyiv was ready.",
    ]
    assert texts("It was signed by J. D. Vance on Monday.") == ["It was signed by J. D. Vance on Monday."]


def test_a_line_that_opens_with_a_bullet_is_a_block_of_its_own() -> None:
    sentences = segment("Key dates:\n* Jan. 23 — First round.\n* Feb. 4 — Second round.\n")
    assert [s.text for s in sentences][-2:] == ["* Jan. 23 — First round.", "* Feb. 4 — Second round."]
    assert sentences[-1].paragraph != sentences[-2].paragraph


def test_a_clock_times_zone_goes_on_with_its_sentence() -> None:
    text = (
        "The session broke up at around 3 a.m. Moscow time on Friday. It ended at 3 a.m. Moscow said nothing."
    )
    assert [s.text for s in segment(text)] == [
        "The session broke up at around 3 a.m. Moscow time on Friday.",
        "It ended at 3 a.m.",
        "Moscow said nothing.",
    ]
