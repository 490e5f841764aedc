"""Patterns searched only where they can match: a cheap look for the words no match can do without first.

Python's `re` cannot skip ahead in a pattern that opens with `\\b`, a lookbehind or an IGNORECASE
alternation: it tries the whole pattern at every position of the text. A pattern that matches in few
sentences costs tens of microseconds a search all the same. `Guarded` wraps such a pattern with the words
(lowercase ASCII) of which every match holds at least one, and runs the pattern only when one of them is in
the lowercased span searched: `str.find` is a fast scan in C.

The look is exact, never a heuristic: for a text free of the three characters below, `text.lower()` has the
same length and offsets as the text, and a character of the text matches an ASCII letter (in either case,
with or without IGNORECASE) only if its lowercase is that letter. A text holding one of them is searched in
full, as before.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

# "İ" lowercases to two characters (offsets shift); "ı" and "ſ" match "i" and "s" under IGNORECASE, though
# their lowercase is themselves. No other character breaks the rule above (checked over all of Unicode).
_UNSAFE = ("\u0130", "\u0131", "\u017f")

# The last text and its lowercase (None when unsafe for a look), swapped as one tuple: callers ask for the
# same sentence many times in a row. Holding the text keeps its identity from being reused.
_last: tuple[str, str | None] = ("", "")


def _lower(text: str) -> str | None:
    """The text lowercased when a look in it is exact, else None."""
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    # three `in` tests cost less than one search of a class, and nothing in a text of Latin-1 only
    unsafe = _UNSAFE[0] in text or _UNSAFE[1] in text or _UNSAFE[2] in text
    low = None if unsafe else text.lower()
    _last = (text, low)
    return low


class Guarded:
    """A compiled pattern with the words (lowercase ASCII) one of which every match of it contains."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
        # a tuple of words, never a bare string (whose letters would be the words)
        assert not isinstance(words, str) and all(w == w.lower() and w.isascii() and w for w in words), words
        self.pattern = pattern
        self.words = words

    def may_match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """False only when no match can lie in text[pos:endpos]."""
        last = _last
        low = last[1] if last[0] is text else _lower(text)
        if low is None:
            return True
        if pos <= 0 and endpos >= len(low):
            for word in self.words:  # noqa: SIM110 (a loop of tests is faster than any() of a generator)
                if word in low:
                    return True
            return False
        pos = max(pos, 0)  # `re` reads a negative pos as 0, a slice as counted from the end
        # one slice and `in` tests: cheaper than a `str.find` call for each word, with the same answers
        span = low[pos:endpos]
        for word in self.words:  # noqa: SIM110
            if word in span:
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        # `may_match` written out: searches outnumber matches, and a call less is a tenth of the look
        last = _last
        low = last[1] if last[0] is text else _lower(text)
        if low is not None:
            if pos <= 0 and endpos >= len(low):
                for word in self.words:
                    if word in low:
                        break
                else:
                    return None
            else:
                span = low[pos if pos > 0 else 0 : endpos]
                for word in self.words:
                    if word in span:
                        break
                else:
                    return None
        return self.pattern.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, pos, endpos) if self.may_match(text, pos, endpos) else iter(())
