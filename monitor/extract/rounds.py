"""Rounds of talks and other meetings of the parties, one fact per round per article.

A sentence names a round by number ("the second round", "round two", "3rd round"), relative to others ("a
new round", "the next round", "the previous round"), or generically ("the talks", "the consultations"). A
numbered or relative mention opens or updates that round; a generic one adds to the round of the article it
fits (same tense of status, same day), the one mentioned last first. A meeting that is not a numbered round
("Putin received Witkoff and Kushner in the Kremlin", "Trump and Zelensky met in Davos") is a round of its
own with no number, made when a sentence has a meeting verb, two parties and a place or a day.

From each mention: status from tense and cue words, days from `dates` (the days in an attribution such as
"Peskov said on Monday" are the statement's, not the round's), venue from the pack or a city named as the
place of talks, format and parties, delegation heads ("led by", "headed by", "head of the delegation") and
outcomes ("agreed to exchange 314 prisoners").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from monitor.extract.context import Doc, View
from monitor.extract.round_fields import (
    DAY_N,
    MEETING_VERB,
    NUMBER_WORDS,
    ORDINALS,
    TALK_OR_MEETING,
    heads_of,
    parties_of,
    pick_dates,
    venue_of,
)
from monitor.extract.statements import Attribution
from monitor.extract.status import PRIORITY, round_status
from monitor.facts import RoundFact

_NUMBERED = re.compile(
    r"\b(?:(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
    r"\s+(?:[\w-]+\s+){0,2}?round|round\s+(?:No\.\s*|number\s+)?"
    r"(?P<num>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
    r"(?!\s+(?:weeks?|days?|months?|hours?|years?|times)\b))\b",
    re.IGNORECASE,
)
_ORDINAL_TALKS = re.compile(
    r"\b(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
    r"\s+(?:(?!day\b|days\b|time\b)[\w-]+\s+){0,2}?(?:talks|meeting|negotiations|consultations|session)\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"\b(?P<ref>next|new|another|upcoming|following|further|fresh|subsequent|previous|last|latest|prior"
    r"|earlier|most recent|past)\s+(?:[\w-]+\s+){0,2}?(?:round|meeting|session)\b(?!s)",
    re.IGNORECASE,
)
_NOT_TALKS = re.compile(
    r"\s+of\s+(?:[\w-]+\s+){0,2}?(?:strikes|attacks|shelling|sanctions|mobili[sz]ation|drone|missile|"
    r"elections|voting|applause|layoffs|tariffs)\b",
    re.IGNORECASE,
)

_TRILATERAL = re.compile(r"\b(?:trilateral|tripartite|three-way|three-party|three-sided)\b", re.IGNORECASE)
_BILATERAL = re.compile(r"\b(?:bilateral|two-way|one-on-one|face-to-face)\b", re.IGNORECASE)
_DURATION = re.compile(
    r"\b(two|three|four|2|3|4)-day\b|\b(?:last|lasting|for)\s+(two|three|four|2|3|4)\s+days\b", re.IGNORECASE
)
_OUTCOME = re.compile(
    r"\b(?:agreed\s+(?:to|on)|reached\s+(?:an?\s+)?agreement\s+on|agreement\s+on|restored?|restoring"
    r"|re-?established|resumed?|proposed|put\s+forward|exchanged|swapped)\s+[^.;,:“”\"]{3,80}"
)
_OUTCOME_WORDS = 10


@dataclass
class _Info:
    """What one mention of a round says of it."""

    view: View
    number: int | None = None
    reference: str | None = None
    status: str | None = None
    dates: tuple[date | None, date | None] = (None, None)
    venue: str | None = None
    parties: set[str] = field(default_factory=set)
    trilateral: bool = False
    bilateral: bool = False
    duration: int | None = None
    heads: dict[str, str] = field(default_factory=dict)
    outcomes: list[str] = field(default_factory=list)
    meeting: bool = False


@dataclass
class _Round:
    number: int | None
    reference: str | None
    view: View
    status: str | None = None
    start: date | None = None
    end: date | None = None
    venue: str | None = None
    parties: set[str] = field(default_factory=set)
    trilateral: bool = False
    bilateral: bool = False
    duration: int | None = None
    heads: dict[str, str] = field(default_factory=dict)
    outcomes: list[str] = field(default_factory=list)
    views: list[int] = field(default_factory=list)

    def add(self, info: _Info) -> None:
        self.views.append(info.view.index)
        if info.status is not None:
            current = PRIORITY.get(self.status or "", -1)
            if PRIORITY[info.status] > current:
                self.status = info.status
        first, last = info.dates
        if first is not None and (self.start is None or info.status == "postponed"):
            self.start, self.end = first, (last if last != first else None)
        elif last is not None and self.end is None and first is None:
            self.end = last
        self.venue = self.venue or info.venue
        self.parties |= info.parties
        self.trilateral |= info.trilateral
        self.bilateral |= info.bilateral
        self.duration = self.duration or info.duration
        for party, person in info.heads.items():
            self.heads.setdefault(party, person)
        for outcome in info.outcomes:
            if outcome not in self.outcomes:
                self.outcomes.append(outcome)

    def absorb(self, other: _Round) -> None:
        """Merge a round read under another name ("the next round" that the article also numbers)."""
        self.start, self.end = (self.start, self.end) if self.start else (other.start, other.end)
        if PRIORITY.get(other.status or "", -1) > PRIORITY.get(self.status or "", -1):
            self.status = other.status
        self.venue = self.venue or other.venue
        self.parties |= other.parties
        self.trilateral |= other.trilateral
        self.duration = self.duration or other.duration
        for party, person in other.heads.items():
            self.heads.setdefault(party, person)
        self.outcomes += [o for o in other.outcomes if o not in self.outcomes]
        self.views += other.views

    def fits(self, info: _Info) -> bool:
        """Could a generic mention with `info` speak of this round?

        A mention that would move the round to a later state of another tense ("the talks ended" for a round
        only announced) speaks of another round; one that says less than is known does not.
        """
        if (
            info.status is not None
            and self.status is not None
            and _tense(info.status) != _tense(self.status)
            and PRIORITY[info.status] > PRIORITY[self.status]
        ):
            return False
        if info.venue is not None and self.venue is not None and info.venue != self.venue:
            return False
        two_sided = info.parties and len(info.parties) == 2 and self.parties
        if two_sided and self.bilateral != info.meeting and not info.parties <= self.parties:
            return False
        first = info.dates[0]
        if first is not None and self.start is not None:
            last = self.end or self.start + timedelta(days=max(0, (self.duration or 1) - 1))
            return self.start <= first <= last
        return True


def read_rounds(doc: Doc, attributions: dict[int, Attribution]) -> list[RoundFact]:
    """One fact per round or meeting the article speaks of."""
    if not _about_the_story(doc):
        return []
    mentions = [info for view in doc.views for info in _mentions(view, doc, attributions.get(view.index))]
    rounds: list[_Round] = []
    generic: list[_Info] = []
    for info in mentions:
        if info.number is not None or info.reference is not None or _is_meeting(info):
            _named_target(rounds, info).add(info)
        else:
            generic.append(info)
    # Generic mentions join the fitting round nearest in the text, read before or after them; a round
    # whose status has the same tense is preferred ("the talks, held on Friday" is the round that was held).
    for info in generic:
        fitting = [r for r in rounds if r.fits(info)]
        if fitting:
            min(fitting, key=lambda r: (_tense_gap(r, info), *_distance(r, info.view.index))).add(info)
    rounds = _resolve_references(rounds)
    # The parties the article names around talks fill a trilateral round whose own sentence names fewer.
    talk_parties = Counter(p for info in mentions for p in info.parties)
    return [_finish(r, doc, talk_parties) for r in sorted(rounds, key=lambda r: min(r.views))]


def _tense_gap(r: _Round, info: _Info) -> int:
    if r.status is None or info.status is None:
        return 1
    return 0 if _tense(r.status) == _tense(info.status) else 2


def _distance(r: _Round, index: int) -> tuple[int, int]:
    nearest = min(r.views, key=lambda v: abs(v - index))
    return abs(nearest - index), 0 if nearest <= index else 1


def _is_meeting(info: _Info) -> bool:
    return info.meeting and len(info.parties) == 2 and bool(info.dates[0] or info.venue)


def _named_target(rounds: list[_Round], info: _Info) -> _Round:
    for existing in rounds:
        if info.number is not None and existing.number == info.number:
            return existing
        if info.number is None and info.reference is not None and existing.reference == info.reference:
            return existing
        unnumbered = info.number is None and info.reference is None and existing.number is None
        if (
            unnumbered
            and existing.reference is None
            and existing.parties == info.parties
            and existing.fits(info)
        ):
            return existing
    created = _Round(info.number, info.reference, info.view)
    rounds.append(created)
    return created


def _resolve_references(rounds: list[_Round]) -> list[_Round]:
    """ "The next round" is the numbered round still to come (or under way, said as "a new round").

    It merges into the highest-numbered round of the article whose status fits; "the previous round" into
    the highest-numbered one already held.
    """
    numbered = [r for r in rounds if r.number is not None]
    kept: list[_Round] = []
    for r in rounds:
        if r.reference is None or r.number is not None:
            kept.append(r)
            continue
        if r.reference == "next":
            allowed = {None, "announced", "scheduled", "postponed", "cancelled"}
            if r.status in ("ongoing", None):
                allowed.add("ongoing")
        else:
            allowed = {"concluded"}
        candidates = [n for n in numbered if n.status in allowed]
        if r.reference == "last":
            # "the previous round" is the one before the round the article is about: it is a numbered
            # round only when what both say of it agrees.
            candidates = [n for n in candidates if _agree(n, r)]
        if r.reference == "next" and r.status not in ("ongoing", None):
            candidates = [n for n in candidates if n.status != "ongoing"]
        if candidates:
            max(candidates, key=lambda n: n.number or 0).absorb(r)
        else:
            kept.append(r)
    return kept


def _mentions(view: View, doc: Doc, attribution: Attribution | None) -> list[_Info]:
    text = view.text
    lower = view.lower
    if not any(word in lower for word in _TRIGGER_WORDS):
        return []  # most sentences speak of no meeting: a few substring tests instead of a dozen patterns
    # With an attribution, only the words attributed speak of rounds: "Speaking in Vilnius, Zelensky
    # said ..." names where he spoke, "Peskov said on Monday" when.
    lo, hi = _region(text, attribution)
    frame = attribution.frame if attribution else (0, 0)
    triggers: list[tuple[int, int, int | None, str | None]] = []
    numbered = [*_NUMBERED.finditer(text, lo, hi)] if "round" in lower else []
    if any(word in lower for word in ("trilateral", "tripartite", "three-way", "working group")):
        numbered += _ORDINAL_TALKS.finditer(text, lo, hi)
    for match in numbered:
        if _NOT_TALKS.match(text, match.end()) or any(s <= match.start() < e for s, e, _, _ in triggers):
            continue
        if match.re is _ORDINAL_TALKS and not _TRILATERAL.search(
            text, match.start(), min(hi, match.end() + 60)
        ):
            continue
        raw = (match.group("ord") or match.groupdict().get("num") or "").lower()
        number = ORDINALS.get(raw) or NUMBER_WORDS.get(raw) or int(re.sub(r"\D", "", raw))
        triggers.append((match.start(), match.end(), number, None))
    relative = (
        _RELATIVE.finditer(text, lo, hi)
        if ("round" in lower or "meeting" in lower or "session" in lower)
        else ()
    )
    for match in relative:
        if _NOT_TALKS.match(text, match.end()) or any(s <= match.start() < e for s, e, _, _ in triggers):
            continue
        reference = "next" if match.group("ref").lower() in _NEXT_WORDS else "last"
        triggers.append((match.start(), match.end(), None, reference))
    # "the first two rounds": rounds one and two at once
    several: dict[int, int] = {}
    for match in _FIRST_ROUNDS.finditer(text, lo, hi) if "rounds" in lower else ():
        several[match.start()] = NUMBER_WORDS[match.group(1).lower()]
        triggers.append((match.start(), match.end(), 1, None))
    if _has(lower, _ELECTION_WORDS) and _ELECTION.search(lower) and not _TALK_WORDS.search(lower):
        triggers = []  # "the second round of the vote": an election, not the talks
    triggers.sort()
    results: list[_Info] = []
    seg_lo = lo
    if triggers:
        # A clause before the first round named ("Trump and Zelensky met in Davos, and ...") is its own.
        brk = _last_break(text, lo, triggers[0][0])
        if brk is not None and TALK_OR_MEETING.search(text, lo, brk):
            results += _generic(view, doc, lo, brk, frame)
            seg_lo = brk
    for i, (start, _end, number, reference) in enumerate(triggers):
        seg_start = seg_lo if i == 0 else start
        seg_end = triggers[i + 1][0] if i + 1 < len(triggers) else hi
        info = _read(view, doc, seg_start, seg_end, frame)
        info.number, info.reference = number, reference
        results.append(info)
        for extra in range(2, several.get(start, 1) + 1):
            results.append(replace(info, number=extra, dates=(None, None), heads={}))
    if not triggers:
        results += _generic(view, doc, lo, hi, frame)
    return results


_FIRST_ROUNDS = re.compile(r"\bfirst\s+(two|three|four)\s+rounds\b", re.IGNORECASE)
_ELECTION_WORDS = ("election", "vote", "voting", "runoff", "ballot", "tournament", "match", "seed")
_ELECTION = re.compile(r"\b(?:election|elections|vote|voting|runoff|ballot|tournament|match|seed)\b")
_TALK_WORDS = re.compile(r"\b(?:talks|negotiations|consultations|negotiators|delegations?)\b")
_FRONTED = re.compile(
    r"(?:Speaking|Asked|Answering|Responding|Writing|Addressing|Talking|Commenting|In|At|On|During|After|Before)\b"
)


def _region(text: str, attribution: Attribution | None) -> tuple[int, int]:
    """The words that may speak of rounds: all but a fronted phrase that only sets the scene of an
    attribution ("Speaking in Vilnius, Zelensky said ...")."""
    if attribution is None:
        return 0, len(text)
    content_start, _content_end = attribution.content
    frame_start = attribution.frame[0]
    scene = text[:frame_start]
    # "On Monday he told reporters ...", "In Kyiv, Zelensky said ...": the words before the speaker only
    # set the scene, unless they speak of talks themselves ("The meetings are held after Zelensky said").
    if content_start >= frame_start and not TALK_OR_MEETING.search(scene):
        return frame_start, len(text)
    return 0, len(text)


def _generic(view: View, doc: Doc, start: int, end: int, frame: tuple[int, int]) -> list[_Info]:
    text = view.text
    if not TALK_OR_MEETING.search(text, start, end) or _HYPOTHETICAL.search(text, start, end):
        return []
    info = _read(view, doc, start, end, frame, generic=True)
    verb = MEETING_VERB.search(text, start, end)
    trilateral = _TRILATERAL.search(text, start, end)
    # "... held talks with Witkoff in Miami, the latest of the contacts that run beside the trilateral
    # negotiations": a trilateral word in another clause does not make the meeting trilateral.
    same_clause = (
        trilateral is not None and verb is not None and "," not in text[verb.end() : trilateral.start()]
    )
    info.meeting = verb is not None and not (
        trilateral is not None and (same_clause or trilateral.start() < verb.start())
    )
    if info.meeting and verb is not None:
        # The sides of a meeting are named in the clause of its verb, not anywhere in the sentence.
        lo, hi = _clause_around(text, verb.start(), start, end)
        info.parties = parties_of(view, lo, hi, frame, info.venue)
    if info.status or info.dates[0] or info.venue or info.duration or info.heads or info.meeting:
        return [info]
    return []


_CLAUSE_EDGE = re.compile(r",\s+(?:the|a|an|which|who|where|while|as|and the|but)\b|;|—|\s-\s")


def _clause_around(text: str, pos: int, start: int, end: int) -> tuple[int, int]:
    lo = start
    for match in _CLAUSE_EDGE.finditer(text, start, pos):
        lo = match.end()
    after = _CLAUSE_EDGE.search(text, pos, end)
    return lo, after.start() if after else end


def _last_break(text: str, start: int, end: int) -> int | None:
    found = None
    for match in re.finditer(r",\s+(?:and|but|while)\s+|;\s+", text[start:end]):
        found = start + match.start()
    return found


_TRIGGER_WORDS = (
    "round",
    "talks",
    "negotiat",
    "consultation",
    "meet",
    "met ",
    "session",
    "delegation",
    "led by",
    "headed by",
    "working group",
    "conversation",
    "receive",
    "host",
    "invited",
    "visit",
)
_NEXT_WORDS = frozenset({"next", "new", "another", "upcoming", "following", "further", "fresh", "subsequent"})
_HYPOTHETICAL = re.compile(
    r"\b(?:possib(?:le|ility)|potential|hypothetical|would-be|phone|call|video link)\b", re.IGNORECASE
)


def _read(view: View, doc: Doc, start: int, end: int, frame: tuple[int, int], generic: bool = False) -> _Info:
    text = view.text
    segment = text[start:end]
    info = _Info(view)
    info.status = round_status(segment)
    low = segment.lower()
    # Substring tests first: each pattern below runs only where its words occur.
    duration = _DURATION.search(segment) if ("-day" in low or " days" in low) else None
    if duration:
        days = (duration.group(1) or duration.group(2)).lower()
        info.duration = NUMBER_WORDS.get(days) or int(days)
    info.dates = pick_dates(view, start, end, frame, info.status, info.duration, near_trigger=generic)
    if (
        info.status == "concluded"
        and _WEAK_PAST.search(segment)
        and info.dates[0] == doc.published
        and DAY_N.search(segment)
    ):
        info.status = "ongoing"  # "met for a second day ... on Saturday" in Saturday's paper
    if _SUPERSEDED.search(segment) and info.status not in ("postponed", "cancelled", "ongoing", "concluded"):
        # "The meeting had been planned for March 5-9, most likely in Abu Dhabi": an old plan, not the facts
        info.dates, info.status = (None, None), info.status if info.status != "scheduled" else None
        info.venue = None
    else:
        info.venue = venue_of(view, doc, start, end, info.status)
    info.parties = parties_of(view, start, end, frame, info.venue)
    info.trilateral = len(info.parties) >= 3 or (
        _has(low, _TRILATERAL_WORDS) and bool(_TRILATERAL.search(segment))
    )
    info.bilateral = _has(low, _BILATERAL_WORDS) and _BILATERAL.search(segment) is not None
    info.heads = heads_of(view, start, end) if _has(low, _HEAD_WORDS) else {}
    outcomes = _OUTCOME.finditer(segment) if _has(low, _OUTCOME_WORDS_CUE) else ()
    info.outcomes = [_short(m.group()) for m in outcomes]
    return info


_SUPERSEDED = re.compile(
    r"\bhad (?:been|originally been|initially been) (?:planned|scheduled|expected|set|due)\b"
)
_TRILATERAL_WORDS = ("trilateral", "tripartite", "three-")
_BILATERAL_WORDS = ("bilateral", "two-way", "one-on-one", "face-to-face")
_HEAD_WORDS = ("led", "lead", "head", "chief", "chair", "fronted")
_OUTCOME_WORDS_CUE = (
    "agree",
    "restor",
    "resum",
    "re-establish",
    "reestablish",
    "propos",
    "put forward",
    "exchang",
    "swap",
)


def _has(lower: str, words: tuple[str, ...]) -> bool:
    return any(word in lower for word in words)


_WEAK_PAST = re.compile(r"\b(?:met|meets|held talks|sat down|received|hosted)\b")


def _short(phrase: str) -> str:
    words = phrase.split()
    return " ".join(words[:_OUTCOME_WORDS]).rstrip(" ,")


def _tense(status: str) -> str:
    if status == "concluded":
        return "past"
    if status == "ongoing":
        return "present"
    return "future"


def _finish(r: _Round, doc: Doc, talk_parties: Counter[str]) -> RoundFact:
    parties = set(r.parties)
    if r.trilateral and len(parties) < 3:
        for party, _count in talk_parties.most_common():
            if len(parties) >= 3:
                break
            parties.add(party)
    fmt = "trilateral" if r.trilateral and not r.bilateral else None
    if fmt is None:
        if r.bilateral or len(parties) == 2:
            fmt = "bilateral"
        elif len(parties) > 3:
            fmt = "multilateral"
        elif len(parties) == 3:
            fmt = "trilateral"
    end = r.end
    if r.start is not None and end is None and r.duration:
        end = r.start + timedelta(days=r.duration - 1)
    if r.start is not None and end is None:
        end = None
    status = _settle_status(r.status, r.start, end, doc.published)
    return RoundFact(
        number=r.number,
        format=fmt,
        parties=tuple(sorted(parties)),
        start=r.start,
        end=end,
        venue=r.venue,
        status=status,
        heads=tuple(sorted(r.heads.items())),
        evidence=doc.evidence(r.view),
        outcomes=tuple(r.outcomes),
        reference=r.reference,
    )


def _settle_status(status: str | None, start: date | None, end: date | None, published: date) -> str | None:
    if status == "ongoing" and start is not None and _over(start, end, published):
        return "concluded"
    if status in ("scheduled", "announced"):
        return "scheduled" if start is not None else "announced"
    return status


def _over(start: date, end: date | None, published: date) -> bool:
    """A round said to be under way whose days are past: the article speaks of it afterwards."""
    if end is not None:
        return end < published
    return start < published - timedelta(days=1)


def _about_the_story(doc: Doc) -> bool:
    """Talks of the story name two of its parties or one of its people; a boxing round does neither."""
    mentions = [m for view in doc.views for m in view.mentions]
    return len({m.party for m in mentions if m.party}) >= 2 or any(m.first("person") for m in mentions)


def _agree(numbered: _Round, relative: _Round) -> bool:
    pairs = [(numbered.start, relative.start), (numbered.end, relative.end), (numbered.venue, relative.venue)]
    known = [(a, b) for a, b in pairs if a is not None and b is not None]
    return bool(known) and all(a == b for a, b in known)
