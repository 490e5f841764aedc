"""`word_start` and `any_word_start` find what `\\b` before the same words finds, at the same positions.

Random texts made of the words, pieces of them and the characters around a word boundary (letters, digits,
"_", accented and dotted capitals, apostrophes, dots) compare the literal-first form with the plain one on
every match, with and without IGNORECASE.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.extract.literal_first import any_word_start, word_start

# name: (the literal-first form, the plain pattern it stands for, pieces of text to build texts from)
_FORMS: dict[str, tuple[str, str, list[str]]] = {
    "one word": (word_start("but"), r"\bbut", ["but", "butt", "xbut", "ebut", "bu", "ut", "But", "BUT"]),
    "one letter": (word_start("a"), r"\ba", ["a", "A", "ba", "ab", "1a", "_a", "éa"]),
    "one capital": (word_start("I"), r"\bI", ["I", "i", "İ", "xI", "Ix", "ı"]),
    "a phrase": (word_start("but not"), r"\bbut not", ["but", "not", "but not", "xbut", "but  not"]),
    "a head of two letters": (
        word_start("the", "this", "that", head="th"),
        r"\b(?:the|this|that)",
        ["the", "this", "that", "th", "xthe", "thea", "The", "ethat", "_this", "These"],
    ),
    "the whole word as head": (
        word_start("only", head="only"),
        r"\bonly",
        ["only", "xonly", "onlyx", "onl", "Only", "-only"],
    ),
    "words sharing a letter": (
        word_start("neither", "nor", "no one", "nobody", "none of"),
        r"\b(?:neither|nor|no one|nobody|none of)",
        ["neither", "nor", "no", "one", "no one", "nobody", "none", "of", "xnor", "n"],
    ),
    "apostrophes": (
        word_start("not", "n't", "n’t"),
        r"\b(?:not|n't|n’t)",
        ["not", "n't", "n’t", "don't", "don’t", "'", "’", "n", "t"],
    ),
    "dots": (word_start(r"u\.s\."), r"\bu\.s\.", ["u.s.", "U.S.", "xu.s.", "u.s", "us", ".u.s."]),
    "pattern text after the head": (
        word_start(r"wh(?:ile|ereas)"),
        r"\bwh(?:ile|ereas)",
        ["while", "whereas", "wh", "xwhile", "While", "awhile"],
    ),
    "words apart": (
        any_word_start("is", "are", "was", "were", "be", "been"),
        r"\b(?:is|are|was|were|be|been)",
        ["is", "are", "was", "were", "be", "been", "being", "this", "bare", "was-", "Is"],
    ),
    "escaped names": (
        any_word_start(*(re.escape(name) for name in ["Iran", "Iranian", "North Korea", "Korea"])),
        r"\b(?:Iran|Iranian|North Korea|Korea)",
        ["Iran", "Iranian", "North", "Korea", "North Korea", "xIran", "SKorea", "iran"],
    ),
}
_SEPARATORS = [" ", "", ".", ". ", "-", ",", "_", "'", "’", "1", "é", "\u0130", "\n"]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("name", sorted(_FORMS))
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_the_literal_first_form_matches_where_the_plain_one_does(
    name: str, flags: int, data: st.DataObject
) -> None:
    new_source, old_source, pieces = _FORMS[name]
    new, old = re.compile(new_source, flags), re.compile(old_source, flags)
    parts = data.draw(st.lists(st.tuples(st.sampled_from(pieces), st.sampled_from(_SEPARATORS)), max_size=20))
    text = "".join(piece + separator for piece, separator in parts)
    pos = data.draw(st.integers(0, len(text) + 1))
    endpos = data.draw(st.integers(0, len(text) + 1))
    assert [m.span() for m in new.finditer(text, pos, endpos)] == [
        m.span() for m in old.finditer(text, pos, endpos)
    ]


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        (word_start("but"), r"b(?<!\wb)ut"),
        (word_start("a"), r"a(?<!\wa)"),
        (word_start("only", head="only"), r"only(?<!\wonly)"),
        (word_start("the", "this", "that", head="th"), r"th(?<!\wth)(?:e|is|at)"),
        (word_start("although", "and that"), r"a(?<!\wa)(?:lthough|nd that)"),
        (word_start(r"wh(?:ile|ereas)"), r"w(?<!\ww)h(?:ile|ereas)"),
        (any_word_start("could", "can"), r"(?:c(?<!\wc)ould|c(?<!\wc)an)"),
        (any_word_start(re.escape("North Korea")), r"(?:N(?<!\wN)orth\ Korea)"),
    ],
)
def test_the_forms_are_the_idiom_written_by_hand(form: str, expected: str) -> None:
    assert form == expected


@pytest.mark.parametrize(
    ("words", "head"),
    [
        ((), None),  # no word
        (("'t",), None),  # a head that opens with no word character is no word boundary
        ((r"\.s",), None),
        (("u.s.",), "u."),  # a head that is no literal
        (("this", "that"), "thi"),  # a head not every word starts with
        (("the", "a"), None),
        (("but|and",), None),  # an alternation as one word
        (("th(?:e)|is",), None),
    ],
)
def test_what_is_no_word_start_is_refused(words: tuple[str, ...], head: str | None) -> None:
    with pytest.raises(ValueError):
        word_start(*words, head=head)


def test_an_alternation_inside_a_group_or_class_is_one_word() -> None:
    assert word_start(r"wh(?:ile|ereas)[|]") == r"w(?<!\ww)h(?:ile|ereas)[|]"
    assert word_start(r"a\|b") == r"a(?<!\wa)\|b"


def test_the_texts_tell_a_broken_form_from_the_plain_one() -> None:
    # what the random texts above must catch: a form without the look back, or one over part of the head
    for broken, plain, text in [
        (r"but", r"\bbut", "xbut"),
        (r"th(?<!\wt)(?:e|is)", r"\b(?:the|this)", "xthe"),
    ]:
        assert [m.span() for m in re.finditer(broken, text)] != [m.span() for m in re.finditer(plain, text)]
