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


def single_quotes_as_double(text: str, start: int = 0) -> str:
    """`text` with the single quotation marks of its paragraphs from `start` on (not the apostrophes) as
    double ones, in paragraphs that have no double marks."""
    if not any(mark in text for mark in _SINGLE):
        return text
    chars: list[str] | None = None
    for paragraph in _paragraphs(text, start):
        lo, hi = paragraph
        if any(mark in text[lo:hi] for mark in _DOUBLE):
            continue
        for opened, closed in _pairs(text, lo, hi):
            if chars is None:
                chars = list(text)
            chars[opened] = "“"
            chars[closed] = "”"
    return "".join(chars) if chars is not None else text


def _paragraphs(text: str, start: int) -> list[tuple[int, int]]:
    spans = []
    for match in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text):
        if match.end() > start:
            spans.append((max(match.start(), start), match.end()))
    return spans


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
