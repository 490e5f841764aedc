"""`dates.may_hold_a_day` says no only where no mention with a day can lie: each holds one of `DAY_WORDS`.

The proof reads the date pattern's syntax tree, alternative by alternative: every match holds one of the
words (in lowercase, any ASCII digit read as "0") if a run of characters the alternative always consumes in
a row holds one, or every branch of an alternation does. Random texts made of the pieces of dates then
compare the look with the mentions `find_dates` finds.
"""

from __future__ import annotations

import re._constants as sre
import re._parser as sre_parse
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.extract import dates

_DIGITS = "0123456789"


def _single(op: Any, av: Any) -> str | None:
    """The lowercase character an item always matches (any ASCII digit as "0"), or None."""
    if op is sre.LITERAL:
        chars = {chr(av)}
    elif op is sre.IN and av and all(kind in (sre.LITERAL, sre.RANGE) for kind, _value in av):
        chars = set()
        for kind, value in av:
            chars |= {chr(value)} if kind is sre.LITERAL else {chr(c) for c in range(value[0], value[1] + 1)}
    else:
        return None
    lows = {"0" if char in _DIGITS else char.lower() for char in chars}
    return lows.pop() if len(lows) == 1 else None


def _holds_a_word(items: Any, words: set[str]) -> bool:
    """Does every match of the sequence `items` consume one of `words` in a row (lowercase, digits "0")?"""
    items = list(items)
    run = ""
    for i, (op, av) in enumerate(items):
        char = _single(op, av)
        if char is not None:
            run += char
            if any(word in run for word in words):
                return True
            continue
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # of no width: the characters before and after it stand together in the text
        before, after = items[:i], items[i + 1 :]
        if op is sre.BRANCH:
            return all(_holds_a_word([*before, *branch, *after], words) for branch in av[1])
        if op is sre.SUBPATTERN:
            return _holds_a_word([*before, *av[3], *after], words)
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            more = [] if av[1] == 1 else [(None, None)]  # further turns: anything, so a break in the run
            return _holds_a_word([*before, *av[2], *more, *after], words)
        run = ""  # anything else ends the run: a weaker proof, never a wrong one
    return False


def _alternatives() -> dict[str, list[Any]]:
    """The alternatives of the date pattern, by the name of their first group, each from where its mention
    starts: a day in words ("on the seventeenth") is a mention from its word on."""
    names = {number: name for name, number in dates._PATTERN.groupindex.items()}
    (op, av), *rest = list(sre_parse.parse(dates._PATTERN.pattern))
    assert op is sre.BRANCH and not rest
    found: dict[str, list[Any]] = {}
    for alternative in av[1]:
        items = list(alternative)
        groups = [i for i, (op, av) in enumerate(items) if op is sre.SUBPATTERN and av[0] is not None]
        name = names[items[groups[0]][1][0]]
        found[name] = items[groups[0] :] if name == "o1" else items
    return found


_WORDS = {"0" if word in _DIGITS else word for word in dates.DAY_WORDS}


@pytest.mark.parametrize("name", sorted(_alternatives()))
def test_every_mention_with_a_day_holds_a_day_word(name: str) -> None:
    items = _alternatives()[name]
    if name == "vague":
        # "last week", "this month": a span with no day, never a mention with one
        for text in ("last week", "next month", "the coming week", "earlier this year"):
            assert [m.first for m in dates.find_dates(text, date(2026, 2, 4))] == [None]
        return
    assert _holds_a_word(items, _WORDS)


def test_the_proof_sees_a_word_missing() -> None:
    alternatives = _alternatives()
    assert not _holds_a_word(alternatives["w1"], _WORDS - {"day"})
    assert not _holds_a_word(alternatives["o1"], _WORDS - {"teenth"})
    assert not _holds_a_word(alternatives["iso"], _WORDS - {"0"})
    assert len(alternatives) >= 12


_PIECES = [
    *("January 23", "Jan. 23-24", "23 February", "FEB. 4", "THURSDAY", "2026-02-04", "17th", "4"),
    *("Monday", "Tuesday's", "today", "Tonight", "last night", "yesterday", "tomorrow", "this morning"),
    *("two days ago", "a few minutes ago", "right now", "the first Monday of March", "the last day of May"),
    *("over the weekend", "last weekend", "Weekend talks", "last week", "next month", "on the 17th"),
    *("on the seventeenth", "until the twenty-first", "by the second", "the third", "of this month"),
    *("the talks", "round", "met", "in Geneva", "said", "May", "march", "day", "now"),
]


@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_no_mention_with_a_day_lies_where_the_look_says_none_can(data: st.DataObject) -> None:
    separators = st.sampled_from([" ", ", ", ". ", "-", ""])
    parts = data.draw(st.lists(st.tuples(st.sampled_from(_PIECES), separators), max_size=12))
    text = "".join(piece + separator for piece, separator in parts)
    mentions = [m for m in dates.find_dates(text, date(2026, 2, 4)) if m.first is not None]
    lower = text.lower()
    assert len(lower) == len(text)
    for _ in range(5):
        start = data.draw(st.integers(-2, len(text) + 1))
        end = data.draw(st.integers(-2, len(text) + 1))
        if not dates.may_hold_a_day(lower, start, end):
            assert not [m for m in mentions if m.start >= start and m.end <= end]
