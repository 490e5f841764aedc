"""Quotation marks the rules do not know, read as the ones they do, one character for one.

The rules find quotes between double marks (“…” or "…"). British copy quotes with single marks
(‘We are ready,’ he said / 'We are ready,' he said), which the rules would read as apostrophes. In a
paragraph with no double mark at all, single marks that open and close a quote are read as double ones;
inside a paragraph that has double marks, single ones are quotes within quotes and stay. Apostrophes stay:
a mark between two letters ("Russia's", "don't") neither opens nor closes, and a closing mark only
counts after an opening one. Offsets hold because each mark is replaced by one character, so evidence can
quote the text as published.
"""

from __future__ import annotations

import re

# An opening single mark: at the start of the paragraph or after a space or an opening bracket or dash,
# before a word character; a closing one: after a non-space, before a space, punctuation or the end.
_OPENING = re.compile(r"(?:^|(?<=[\s(\[—–]))['‘](?=[\w$€£])", re.MULTILINE)
_CLOSING = re.compile(r"(?<=[^\s'‘])['’](?=[\s.,;:!?)\]—–-]|$)", re.MULTILINE)
_DOUBLE = ('"', "“", "”")
_SINGLE = ("'", "‘")
_BEFORE_OPENING = "([—–"
_MONEY = "$€£_"


def single_quotes_as_double(text: str, start: int = 0) -> str:
    """`text` with the single quotation marks of its paragraphs from `start` on (not the apostrophes) as
    double ones, in paragraphs that have no double marks."""
    chars: list[str] | None = None
    done = start
    # (only the paragraphs where a single mark may open a quote are read: most have none)
    for opener in _openers(text, start):
        if opener < done:
            continue
        lo = max(start, text.rfind("\n\n", 0, opener) + 1)
        hi = text.find("\n\n", opener + 1)
        hi = len(text) if hi < 0 else hi
        done = hi
        if any(mark in text[lo:hi] for mark in _DOUBLE):
            continue
        for opened, closed in _pairs(text, lo, hi):
            if chars is None:
                chars = list(text)
            chars[opened] = "“"
            chars[closed] = "”"
    return "".join(chars) if chars is not None else text


def _openers(text: str, start: int) -> list[int]:
    """Where a single mark may open a quote: after a space, a bracket or a dash, before a word (found with
    `str.find`: most texts hold a few apostrophes and no such mark)."""
    found = []
    for mark in _SINGLE:
        pos = text.find(mark, start)
        while pos >= 0:
            before = text[pos - 1] if pos else " "
            after = text[pos + 1 : pos + 2]
            if (before.isspace() or before in _BEFORE_OPENING) and (after.isalnum() or after in _MONEY):
                found.append(pos)
            pos = text.find(mark, pos + 1)
    return sorted(found)


def _pairs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Opening and closing marks in `text[lo:hi]`, paired in order; an opening mark left unpaired (an
    apostrophe that only looked like one) pairs with nothing."""
    marks = sorted(
        [(m.start(), "open") for m in _OPENING.finditer(text, lo, hi)]
        + [(m.start(), "close") for m in _CLOSING.finditer(text, lo, hi)]
    )
    pairs = []
    opened: int | None = None
    for position, kind in marks:
        if kind == "open" and opened is None:
            opened = position
        elif kind == "close" and opened is not None and position > opened:
            pairs.append((opened, position))
            opened = None
    return pairs
