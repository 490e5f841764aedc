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
from monitor.extract.dates import DateMention
from monitor.extract.names import Mention
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
    r"\s+(?:(?!day\b|days\b|time\b)[\w-]+\s+){0,2}?(?:talks|meeting|negotiations|consultations|session)\b"
    r"(?=[^.;]{0,60}?\b(?:trilateral|tripartite|three-way|working group)\b|(?<=trilateral talks)"
    r"|(?<=tripartite talks))",
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
_GENERIC = re.compile(
    r"\b(?:talks|negotiations|consultations|meetings?|round|session|delegation|led by|headed by|working group)\b",
    re.IGNORECASE,
)
_MEETING_VERB = re.compile(
    r"\b(?:met|meet|meets|meeting|received|receives|receive|hosted|hosts|sat down with|held talks|hold talks"
    r"|holds talks|talks with|conversation|invited|visit)\b"
)
_TRILATERAL = re.compile(r"\b(?:trilateral|tripartite|three-way|three-party|three-sided)\b", re.IGNORECASE)
_BILATERAL = re.compile(r"\b(?:bilateral|two-way|one-on-one|face-to-face)\b", re.IGNORECASE)
_DURATION = re.compile(
    r"\b(two|three|four|2|3|4)-day\b|\b(?:last|lasting|for)\s+(two|three|four|2|3|4)\s+days\b", re.IGNORECASE
)
_VENUE_LEAD = re.compile(r"(?:\b(?:in|at|hosted by|host|to)\s+(?:the\s+)?)$")
_UNKNOWN_CITY = re.compile(
    r"\b(?:talks|round|meeting|meetings|negotiations|consultations|held|hold|meet|met|convene|session)"
    r"\b[^.;,]{0,40}?\b(?:in|at)\s+(?P<city>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b"
)
_NOT_CITIES = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Telegram",
        "Europe",
        "Crimea",
        "Donbas",
        "Donbass",
        "Donetsk",
        "Luhansk",
        "Zaporizhzhia",
        "Kherson",
        "The",
        "A",
        "An",
        "His",
        "Her",
        "Their",
        "Its",
    ]
)
_OLD_DATE = re.compile(
    r"\b(?:originally|initially|previously|first|from|had been (?:scheduled|planned|set|expected)(?: for| on)?|was due"
    r"|were due|was to|were to|instead of)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
_HEAD_BY = re.compile(r"\b(?:headed|led|chaired|fronted)\s+by\s+")
_HEAD_OF = re.compile(
    r"\b(?:head|leader|chief)\s+of\s+(?:the\s+|its\s+)?(?P<side>[\w’'.-]+\s+)?(?:negotiating\s+)?"
    r"(?:delegation|team|negotiators)\b"
)
_HEAD_VERB = re.compile(
    r"\b(?:led|leads|will lead|heads|headed|is leading|was leading)\s+(?:the\s+)?(?P<side>[\w’'.-]+\s+)?"
    r"(?:negotiating\s+)?(?:delegation|team|negotiators)\b"
)
_OUTCOME = re.compile(
    r"\b(?:agreed\s+(?:to|on)|reached\s+(?:an?\s+)?agreement\s+on|agreement\s+on|restored?|restoring"
    r"|re-?established|resumed?|proposed|put\s+forward|exchanged|swapped)\s+[^.;,:“”\"]{3,80}"
)
_OUTCOME_WORDS = 10
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10,
}  # fmt: skip
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip


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
        if info.status is not None and self.status is not None and _tense(info.status) != _tense(self.status):
            if PRIORITY[info.status] > PRIORITY[self.status]:
                return False
        if info.venue is not None and self.venue is not None and info.venue != self.venue:
            return False
        if info.parties and self.bilateral != info.meeting and len(info.parties) == 2 and self.parties:
            if not info.parties <= self.parties:
                return False
        first = info.dates[0]
        if first is not None and self.start is not None:
            last = self.end or self.start + timedelta(days=max(0, (self.duration or 1) - 1))
            return self.start <= first <= last
        return True


def read_rounds(doc: Doc, attributions: dict[int, Attribution]) -> list[RoundFact]:
    """One fact per round or meeting the article speaks of."""
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
        if info.number is None and info.reference is None and existing.number is None:
            if existing.reference is None and existing.parties == info.parties and existing.fits(info):
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
    if _ELECTION.search(lower) and not _TALK_WORDS.search(lower):
        triggers = []  # "the second round of the vote": an election, not the talks
    triggers.sort()
    results: list[_Info] = []
    seg_lo = lo
    if triggers:
        # A clause before the first round named ("Trump and Zelensky met in Davos, and ...") is its own.
        brk = _last_break(text, lo, triggers[0][0])
        if brk is not None and _GENERIC_OR_MEETING.search(text, lo, brk):
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
    content_start, content_end = attribution.content
    frame_start = attribution.frame[0]
    if content_start >= frame_start and _FRONTED.match(text) and text[:frame_start].rstrip().endswith(","):
        return frame_start, len(text)
    return 0, len(text)


def _generic(view: View, doc: Doc, start: int, end: int, frame: tuple[int, int]) -> list[_Info]:
    text = view.text
    if not _GENERIC_OR_MEETING.search(text, start, end) or _HYPOTHETICAL.search(text, start, end):
        return []
    info = _read(view, doc, start, end, frame)
    verb = _MEETING_VERB.search(text, start, end)
    trilateral = _TRILATERAL.search(text, start, end)
    # "... held talks with Witkoff in Miami, the latest of the contacts that run beside the trilateral
    # negotiations": a trilateral word in another clause does not make the meeting trilateral.
    same_clause = trilateral is not None and verb is not None and "," not in text[verb.end() : trilateral.start()]
    info.meeting = verb is not None and not (trilateral is not None and (same_clause or trilateral.start() < verb.start()))
    if info.status or info.dates[0] or info.venue or info.duration or info.heads or info.meeting:
        return [info]
    return []


def _last_break(text: str, start: int, end: int) -> int | None:
    found = None
    for match in re.finditer(r",\s+(?:and|but|while)\s+|;\s+", text[start:end]):
        found = start + match.start()
    return found


_TRIGGER_WORDS = (
    "round", "talks", "negotiat", "consultation", "meet", "met ", "session", "delegation", "led by", "headed by",
    "working group", "conversation", "receive", "host", "invited", "visit",
)  # fmt: skip
_NEXT_WORDS = frozenset({"next", "new", "another", "upcoming", "following", "further", "fresh", "subsequent"})
_GENERIC_OR_MEETING = re.compile(_GENERIC.pattern + "|" + _MEETING_VERB.pattern, re.IGNORECASE)
_HYPOTHETICAL = re.compile(
    r"\b(?:possib(?:le|ility)|potential|hypothetical|would-be|phone|call|video link)\b", re.IGNORECASE
)


def _read(view: View, doc: Doc, start: int, end: int, frame: tuple[int, int]) -> _Info:
    text = view.text
    segment = text[start:end]
    info = _Info(view)
    info.status = round_status(segment)
    duration = _DURATION.search(segment)
    if duration:
        days = (duration.group(1) or duration.group(2)).lower()
        info.duration = NUMBER_WORDS.get(days) or int(days)
    info.dates = _pick_dates(view, start, end, frame, info.status, info.duration)
    if (
        info.status == "concluded"
        and _WEAK_PAST.search(segment)
        and info.dates[0] == doc.published
        and _DAY_N.search(segment)
    ):
        info.status = "ongoing"  # "met for a second day ... on Saturday" in Saturday's paper
    if _SUPERSEDED.search(segment) and info.status not in ("postponed", "cancelled", "ongoing", "concluded"):
        # "The meeting had been planned for March 5-9, most likely in Abu Dhabi": an old plan, not the facts
        info.dates, info.status = (None, None), info.status if info.status != "scheduled" else None
        info.venue = None
    else:
        info.venue = _venue(view, doc, start, end)
    info.parties = _parties(view, start, end, frame, info.venue)
    info.trilateral = _TRILATERAL.search(segment) is not None or len(info.parties) >= 3
    info.bilateral = _BILATERAL.search(segment) is not None
    info.heads = _heads(view, start, end)
    info.outcomes = [_short(m.group()) for m in _OUTCOME.finditer(segment)]
    return info


_SUPERSEDED = re.compile(r"\bhad (?:been|originally been|initially been) (?:planned|scheduled|expected|set|due)\b")
_WEAK_PAST = re.compile(r"\b(?:met|meets|held talks|sat down|received|hosted)\b")
_DAY_N = re.compile(r"\b(?:for\s+)?(?:a|the|its)\s+(?P<n>second|third|fourth)\s+day\b", re.IGNORECASE)
_END_VERB = re.compile(
    r"\b(?:end|ends|ended|ending|conclude|concludes|concluded|wrap up|wrapped up|finish|finished|until|through"
    r"|continue|continues|resume|resumes)"
    r"\b[^.;,]{0,40}$",
    re.IGNORECASE,
)
_AFTER_DAYS = re.compile(r"\bafter\s+(two|three|four|2|3|4)\s+days\b", re.IGNORECASE)


def _pick_dates(
    view: View, start: int, end: int, frame: tuple[int, int], status: str | None, duration: int | None
) -> tuple[date | None, date | None]:
    candidates: list[DateMention] = []
    for mention in view.dates:
        if mention.start < start or mention.end > end or mention.first is None:
            continue
        if frame[0] <= mention.start < frame[1]:
            continue  # the day of a statement, not of the round
        if _OLD_DATE.search(view.text, max(0, mention.start - 40), mention.start) and (
            status in ("postponed", "cancelled") or len(candidates) or _later_date(view, mention, end)
        ):
            continue
        if status in ("postponed", "cancelled") and _OLD_PLAN.search(view.text, max(start, mention.start - 60), mention.start):
            continue  # "which had been expected in Abu Dhabi on Sunday, has been called off"
        candidates.append(mention)
    if not candidates:
        return None, None
    chosen = candidates[-1] if status == "postponed" else candidates[0]
    first, last = chosen.first, chosen.last
    assert first is not None and last is not None
    segment = view.text[start:end]
    after_days = _AFTER_DAYS.search(segment)
    day_n = _DAY_N.search(segment)
    if _END_VERB.search(view.text, start, chosen.start) and first == last:
        # "ended in Abu Dhabi on Thursday after two days": the day named is the last one.
        days = duration or (NUMBER_WORDS.get(after_days.group(1).lower(), 0) if after_days else 0)
        days = days or (int(after_days.group(1)) if after_days and after_days.group(1).isdigit() else 0)
        return (last - timedelta(days=days - 1) if days else None), last
    if day_n is not None and first == last:
        # "met for a second day on Saturday": the talks began the day before.
        n = ORDINALS[day_n.group("n").lower()]
        return first - timedelta(days=n - 1), first
    return first, last


def _later_date(view: View, mention: DateMention, end: int) -> bool:
    return any(m.start > mention.end and m.end <= end and m.first for m in view.dates)


def _venue(view: View, doc: Doc, start: int, end: int) -> str | None:
    """The place of the talks: a pack venue or a city named where talks, a round or a meeting are held.

    A place offered as one of several ("in Miami or in Abu Dhabi"), hedged ("most likely in Abu Dhabi") or
    of an old plan ("had been expected in Abu Dhabi") is not the venue.
    """
    text = view.text
    for mention in view.mentions_between(start, end):
        venue = mention.first("venue")
        city = mention.surface in doc.matcher.party_cities
        if venue is None and not city:
            continue
        lead = _VENUE_LEAD.search(text, max(0, mention.start - 16), mention.start)
        follows = _VENUE_FOLLOWS.match(text, mention.end)
        if not (lead and _VENUE_CONTEXT.search(text, max(start, mention.start - 70), mention.start)) and not follows:
            continue
        if _ALTERNATIVE.match(text, mention.end) or _HEDGE.search(text, max(0, mention.start - 40), mention.start):
            continue
        if _OLD_PLAN.search(text, max(start, mention.start - 60), mention.start):
            continue
        return venue.name if venue is not None else mention.surface
    for match in _UNKNOWN_CITY.finditer(text, start, end):
        city_name = match.group("city")
        first_word = city_name.split()[0]
        if first_word in _NOT_CITIES or _is_pack_name(view, match.start("city"), match.end("city")):
            continue
        if _ALTERNATIVE.match(text, match.end("city")):
            continue
        return city_name
    return None


_VENUE_FOLLOWS = re.compile(r"\s+(?:talks|round|meeting|(?:also\s+)?host(?:s|ed)|will\s+host)\b")
_VENUE_CONTEXT = re.compile(
    r"\b(?:talks|round|meetings?|negotiations|consultations|held|hold|holds|meet|meets|met|session|convene"
    r"|take place|took place|takes place|taking place|received|receive|hosted|gather|sat down|talked|travel"
    r"|flew|fly|arrived|conversation|summit|venue|group)\b[^;]*$",
    re.IGNORECASE,
)
_ALTERNATIVE = re.compile(r"\s+or\s+(?:in\s+|at\s+)?[A-Z]")
_HEDGE = re.compile(r"\b(?:likely|probably|possibly|perhaps|maybe|somewhere|other than|instead of)\b[^,;.]*$")
_OLD_PLAN = re.compile(
    r"\b(?:had been|was|were|originally|initially)\s+(?:\w+\s+)?(?:expected|planned|scheduled|due|set|meant)"
    r"\b[^,;]*$"
)


def _is_pack_name(view: View, start: int, end: int) -> bool:
    return any(m.start < end and m.end > start for m in view.mentions)


def _parties(view: View, start: int, end: int, frame: tuple[int, int], venue: str | None) -> set[str]:
    parties: set[str] = set()
    for mention in view.mentions_between(start, end):
        if frame[0] <= mention.start < frame[1] and mention.first("person"):
            continue  # the speaker of the sentence is not a party to the meeting
        if venue is not None and mention.first("venue") and mention.first("venue").name == venue:  # type: ignore[union-attr]
            continue
        party = mention.party
        if party is not None:
            parties.add(party)
    return parties


def _heads(view: View, start: int, end: int) -> dict[str, str]:
    text = view.text
    heads: dict[str, str] = {}
    for match in _HEAD_BY.finditer(text, start, end):
        person = _person_at(view, match.end())
        if person is not None:
            side = _side_before(view, match.start())
            _put(heads, side or person[1], person[0])
    for match in _HEAD_OF.finditer(text, start, end):
        side = _side_in(view, match.start(), match.end())
        person = _person_before(view, match.start()) or _person_at(view, match.end())
        if person is not None:
            _put(heads, side or person[1], person[0])
    for match in _HEAD_VERB.finditer(text, start, end):
        person = _person_before(view, match.start())
        if person is not None:
            _put(heads, _side_in(view, match.start(), match.end()) or person[1], person[0])
    return heads


def _put(heads: dict[str, str], party: str | None, person: str) -> None:
    if party is not None:
        heads.setdefault(party, person)


def _person_at(view: View, pos: int) -> tuple[str, str | None] | None:
    """The person named at `pos`, perhaps after a title or an apposition ("led by Adm. Igor Kostyukov",
    "headed by the chief of the General Staff, Igor Kostyukov")."""
    for mention in view.mentions:
        if mention.start < pos or mention.start - pos > 90:
            continue
        between = view.text[pos : mention.start]
        person = mention.first("person")
        if person is not None and ";" not in between and (len(between) <= 30 or "," in between):
            return person.name, person.party
        if person is not None or mention.first("party", "adjective") is None:
            break
    name = _NAME_AFTER_TITLE.match(view.text, pos)
    if name is not None:
        return name.group(1), None
    return None


_NAME_AFTER_TITLE = re.compile(r"(?:[A-Z][a-z]*\.?\s+)*?([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})")


def _person_before(view: View, pos: int) -> tuple[str, str | None] | None:
    for mention in reversed(view.mentions):
        if mention.end <= pos and pos - mention.end <= 20:
            person = mention.first("person")
            if person is not None:
                return person.name, person.party
            return None
    return None


def _side_before(view: View, pos: int) -> str | None:
    """The party of "the Russian delegation" / "Ukraine's team" just before "headed by"."""
    window = max(0, pos - 45)
    side: Mention | None = None
    for mention in view.mentions_between(window, pos):
        if mention.party and not mention.first("person"):
            side = mention
    return side.party if side else None


def _side_in(view: View, start: int, end: int) -> str | None:
    for mention in view.mentions_between(start, end):
        if mention.party and not mention.first("person"):
            return mention.party
    return None


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
    if status == "ongoing" and start is not None:
        if (end is not None and end < published) or (end is None and start < published - timedelta(days=1)):
            return "concluded"
    if status in ("scheduled", "announced"):
        return "scheduled" if start is not None else "announced"
    return status
