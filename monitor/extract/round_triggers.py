"""Where a sentence names a round: by number, relative to others, or by an ordinal standing alone.

A trigger is the span of words that names a round and what it names: a number ("the second round", "round
two", "3rd round", "the first trilateral talks"), several numbers at once ("the first two rounds", "the first
and second rounds"), a reference ("the next round", "a new meeting", "the previous round"), or an ordinal
that stands for a round named just before ("The first round was held in January, the second there on Feb.
4-5"; "This week's round in Geneva, the third, ..."). An ordinal stands for whatever noun the ordinal before
it qualified: after "the first day" the second is a day.

Rounds of something else ("a round of strikes", "the second round of the vote") are no triggers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.extract.context import View

ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}

_ORD = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
_NUMBERED = re.compile(
    rf"\b(?:(?P<ord>{_ORD})\s+(?:[\w-]+\s+){{0,2}}?round|round\s+(?:No\.\s*|number\s+)?"
    r"(?P<num>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
    r"(?!\s+(?:weeks?|days?|months?|hours?|years?|times)\b))\b",
    re.IGNORECASE,
)
_ORDINAL_TALKS = re.compile(
    rf"\b(?P<ord>{_ORD})\s+(?:(?!day\b|days\b|time\b)[\w-]+\s+){{0,2}}?"
    r"(?:talks|meeting|negotiations|consultations|session)\b",
    re.IGNORECASE,
)
_SEVERAL = re.compile(
    rf"\b(?P<list>{_ORD}(?:\s*,\s*{_ORD})*\s+and\s+{_ORD})\s+(?:[\w-]+\s+)?rounds\b"
    r"|\bfirst\s+(?P<count>two|three|four|five)\s+(?:[\w-]+\s+)?rounds\b",
    re.IGNORECASE,
)
_ORDINAL_WORD = re.compile(rf"\b{_ORD}\b", re.IGNORECASE)
# "the second, on Feb. 4-5", "the second there", "the third in Geneva", "the third, held on ...": an
# ordinal followed by no noun of its own.
_ELLIPTIC = re.compile(
    rf"\bthe\s+(?P<ord>{_ORD})(?=,\s+(?:on|in|at|held|which|again|also)\b"
    r"|\s+(?:on|in|at|there|was|were|is|will|held|ended|began|took|again)\b|,?\s*(?:[.;]|$))",
    re.IGNORECASE,
)
_NOUN_AFTER_ORDINAL = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?P<noun>rounds?|day|days|time|session|stage)\b")
_RELATIVE = re.compile(
    r"\b(?P<ref>next|new|another|upcoming|following|further|fresh|subsequent|previous|last|latest|prior"
    r"|earlier|most recent|past)\s+(?:[\w-]+\s+){0,2}?(?:round|meeting|session)\b(?!s)",
    re.IGNORECASE,
)
_NOT_TALKS = re.compile(
    r"\s+of\s+(?:[\w-]+\s+){0,2}?(?:strikes|attacks|shelling|sanctions|mobili[sz]ation|drone|missile|"
    r"elections|voting|applause|layoffs|tariffs|output|qualifying|cuts|hikes|increases)\b",
    re.IGNORECASE,
)
TRILATERAL = re.compile(r"\b(?:trilateral|tripartite|three-way|three-party|three-sided)\b", re.IGNORECASE)
_ELECTION_WORDS = ("election", "vote", "voting", "runoff", "ballot", "tournament", "match", "seed")
_ELECTION = re.compile(r"\b(?:election|elections|vote|voting|runoff|ballot|tournament|match|seed)\b")
_TALK_WORDS = re.compile(r"\b(?:talks|negotiations|consultations|negotiators|delegations?)\b")
_NEXT_WORDS = frozenset({"next", "new", "another", "upcoming", "following", "further", "fresh", "subsequent"})


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    number: int | None = None
    reference: str | None = None
    more: tuple[int, ...] = ()  # further rounds named in the same breath ("the first and second rounds")
    elliptic: bool = False


def find_triggers(view: View, lo: int, hi: int, before: str) -> list[Trigger]:
    """The triggers in `view.text[lo:hi]`, in order; `before` is the text just before the sentence (the
    paragraph so far), where an elliptical ordinal may find its noun."""
    text, lower = view.text, view.lower
    found: list[Trigger] = []

    def free(start: int, end: int) -> bool:
        return not any(t.start < end and start < t.end for t in found)

    if "rounds" in lower:
        for match in _SEVERAL.finditer(text, lo, hi):
            numbers = _several(match)
            found.append(Trigger(match.start(), match.end(), numbers[0], None, numbers[1:]))
    if "round" in lower:
        for match in _NUMBERED.finditer(text, lo, hi):
            if free(match.start(), match.end()) and not _NOT_TALKS.match(text, match.end()):
                found.append(Trigger(match.start(), match.end(), _number(match)))
    if any(word in lower for word in ("trilateral", "tripartite", "three-way", "working group")):
        for match in _ORDINAL_TALKS.finditer(text, lo, hi):
            near = TRILATERAL.search(text, match.start(), min(hi, match.end() + 60))
            if near is not None and free(match.start(), match.end()):
                found.append(Trigger(match.start(), match.end(), _number(match)))
    if "the " in lower and _ORDINAL_WORD.search(text, lo, hi):
        for match in _ELLIPTIC.finditer(text, lo, hi):
            if free(match.start(), match.end()) and _stands_for_a_round(text, match.start(), before):
                found.append(Trigger(match.start(), match.end(), _number(match), elliptic=True))
    if "round" in lower or "meeting" in lower or "session" in lower:
        for match in _RELATIVE.finditer(text, lo, hi):
            if free(match.start(), match.end()) and not _NOT_TALKS.match(text, match.end()):
                ref = "next" if match.group("ref").lower() in _NEXT_WORDS else "last"
                found.append(Trigger(match.start(), match.end(), None, ref))
    if _has(lower, _ELECTION_WORDS) and _ELECTION.search(lower) and not _TALK_WORDS.search(lower):
        return []  # "the second round of the vote": an election, not the talks
    return sorted(found, key=lambda t: t.start)


def _number(match: re.Match[str]) -> int:
    raw = (match.group("ord") or match.groupdict().get("num") or "").lower()
    return ORDINALS.get(raw) or NUMBER_WORDS.get(raw) or int(re.sub(r"\D", "", raw))


def _several(match: re.Match[str]) -> tuple[int, ...]:
    if match.group("count"):
        return tuple(range(1, NUMBER_WORDS[match.group("count").lower()] + 1))
    words = re.findall(_ORD, match.group("list"), re.IGNORECASE)
    return tuple(ORDINALS.get(w.lower()) or int(re.sub(r"\D", "", w)) for w in words)


def _stands_for_a_round(text: str, pos: int, before: str) -> bool:
    """Does the ordinal at `pos` stand for a round: is the last noun an ordinal qualified before it, or the
    last "round" named before it, a round?"""
    for source, end in ((text, pos), (before, len(before))):
        last_round = source.lower().rfind("round", 0, end)
        last_noun: tuple[int, str] | None = None
        for match in _ORDINAL_WORD.finditer(source, 0, end):
            noun = _NOUN_AFTER_ORDINAL.match(source, match.end())
            if noun is not None:
                last_noun = (match.start(), noun.group("noun").lower())
        if last_noun is not None and last_noun[0] > last_round - 30:
            return last_noun[1].startswith("round")
        if last_round >= 0:
            return True
    return False


def _has(lower: str, words: tuple[str, ...]) -> bool:
    return any(word in lower for word in words)
