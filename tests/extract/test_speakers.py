"""Speakers: the patterns rewritten for speed find exactly what the patterns they replace found.

Random texts made of the patterns' own pieces compare the old and the new on every match, each group's span
included.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.extract import speakers

_OLD_INTRODUCED = (
    r"(?<![\w.])(?P<name>[A-Z][\w’'-]+\s+[A-Z][\w’'-]+),\s+(?P<role>(?:a|an|the)\s+[^,;.]{0,80}?"
    r"(?:analyst|expert|professor|researcher|fellow|economist|historian|lawyer|diplomat|official|adviser"
    r"|advisor|officer|commander|politician|lawmaker|deputy|editor|journalist|director|spokesman"
    r"|spokeswoman|ambassador|minister|envoy|negotiator|general|mayor|governor|member)\b"
    r"(?:(?!\s+who\s)[^,;.]){0,60})"
)
_INTRODUCED_PIECES = [
    "Taras Hordiienko", "Taras", "Hordiienko", "X", "xTaras", ".Taras", "_Ivan", "a", "an", "the", "new",
    "analyst", "analysts", "member", "minister", "at", "Lviv", "é", "Émile", "İvan", "who", "sits",
]  # fmt: skip
_SEPARATORS = [" ", " ", ", ", ",", ". ", ".", "; ", "-", "’", "\n", "_"]


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_INTRODUCED_PIECES), st.sampled_from(_SEPARATORS)), max_size=20),
    st.integers(0, 3),
)
def test_the_introduced_pattern_finds_what_the_old_one_found(parts: list[tuple[str, str]], pos: int) -> None:
    text = "".join(piece + separator for piece, separator in parts)
    old = re.compile(_OLD_INTRODUCED)
    new = speakers._INTRODUCED
    assert [m.regs for m in new.finditer(text)] == [m.regs for m in old.finditer(text)]
    assert [m.regs for m in new.finditer(text, pos)] == [m.regs for m in old.finditer(text, pos)]


_PRONOUN_PIECES = [
    "He",
    "he",
    "She",
    "she",
    "The",
    "Speaking",
    "in",
    "Geneva",
    "it",
    "x",
    "“",
    "”",
    ":",
    "Hex",
]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PRONOUN_PIECES), st.sampled_from(_SEPARATORS)), max_size=14))
def test_the_pronoun_subject_is_looked_for_wherever_it_can_be(parts: list[tuple[str, str]]) -> None:
    text = "".join(piece + separator for piece, separator in parts)
    if speakers._PRONOUN_SUBJECT.match(text) is not None:
        assert text.startswith(speakers._HE_SHE) or speakers._COMMA_HE_SHE.search(text) is not None
