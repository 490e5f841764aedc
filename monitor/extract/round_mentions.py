"""What each sentence says of rounds and meetings: one `RoundMention` per stretch of words about one.

A sentence is read in order, as a reader would. A trigger (`round_triggers`) names a round; the words about
it run from the start of its clause (after ", and", ", as", ", where", ...) to the next trigger or the end of
a relative clause, and stop before a clause with a subject of its own ("... was put off after the United
States struck Iran on Feb. 28": that day is the strike's). A sentence that names no round may still speak of
one ("the talks, held on Friday and Saturday", "the Abu Dhabi meeting"), describe a meeting of two parties
("Putin received Witkoff in the Kremlin", "the meeting between Trump and Zelensky in Davos"), or bring
people to a place where they meet ("Witkoff and Kushner flew to Moscow").

The reader remembers what a reader would: the last place named ("would meet there"), the last days named
("earlier in the day", "at the same time"), and the people of the sentence before ("The two leaders last
met in Anchorage").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from monitor.extract.context import Doc, View
from monitor.extract.round_fields import (
    DAY_N,
    MEETING_VERB,
    TALK_OR_MEETING,
    pick_dates,
    venue_before,
    venue_of,
)
from monitor.extract.round_sides import excluded_parties, heads_of, parties_of, persons_in
from monitor.extract.round_triggers import NUMBER_WORDS, TRILATERAL, Trigger, find_triggers
from monitor.extract.statements import Attribution
from monitor.extract.status import round_status, tense_of

_DURATION = re.compile(
    r"\b(two|three|four|2|3|4)-day\b|\b(?:last|lasting|for)\s+(two|three|four|2|3|4)\s+days\b", re.IGNORECASE
)
_OUTCOME = re.compile(
    r"\b(?:agreed\s+(?:to|on)|reached\s+(?:an?\s+)?agreement\s+on|agreement\s+on|an?\s+agreement\s+to"
    r"|restored?|restoring|re-?established|resumed?|proposed|put\s+forward|exchanged|swapped)"
    r"\s+[^.;,:“”\"]{3,80}"
)
_OUTCOME_WORDS = 10
_OUTCOME_CUES = (
    "agree",
    "restor",
    "resum",
    "re-establish",
    "reestablish",
    "propos",
    "put forward",
    "exchang",
)
_BILATERAL = re.compile(r"\b(?:bilateral|two-way|one-on-one|face-to-face)\b", re.IGNORECASE)
_HEAD_WORDS = ("led", "lead", "head", "chief", "chair", "fronted", "side by")
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
    "summit",
    "first",
    "second",
    "third",
    "flew",
    "travel",
)
# Words that open a clause of their own before a round is named; ", where" also says where it is.
_CLAUSE_OPEN = re.compile(
    r"[;:—–]\s*|\s-\s|,\s+(?:as|when|while|after|before|since|where|which|who|with|and|but|completing"
    r"|following|amid)\s+|\b(?:as|when|while|since|because)\s+(?=(?:the|a|an|its|their)\s)",
    re.IGNORECASE,
)
_RELATIVE_OPEN = re.compile(r"(?:,\s+|\b)(?:which|who|where)\s+$", re.IGNORECASE)
# A subordinate clause with a subject of its own: "after the United States and Israel struck Iran".
_OWN_SUBJECT = re.compile(r"\b(?:after|because|since|when|once|as)\s+(?:the\s+)?(?=[A-Z])")
# Clause breaks; ", but was pushed back" goes on with the same subject and is no break.
_BREAK = re.compile(
    r",\s+(?:and|but|while)\s+(?!(?:was|were|is|are|has|have|had|will|would|did|then)\b)|;\s+|,\s+where\s+"
    r"|\s—\s"
)
_HYPOTHETICAL = re.compile(
    r"\b(?:possib(?:le|ility)|potential|hypothetical|would-be|phone|call|video link|hope[sd]?|hoping"
    r"|if\s+\w+\s+wants)\b",
    re.IGNORECASE,
)
_DENIED = re.compile(
    r"\b(?:denied|dismissed|rejected|refuted)\s+(?:\w+\s+){0,3}?(?:reports?|claims?|suggestions?)\b"
    r"|\bno such (?:meeting|talks|round)\b",
    re.IGNORECASE,
)
_SUPERSEDED = re.compile(
    r"\bhad (?:been|originally been|initially been) (?:planned|scheduled|expected|set|due)\b"
)
_WEAK_PAST = re.compile(r"\b(?:met|meets|held talks|sat down|received|hosted)\b")
_THERE = re.compile(r"\bthere\b(?!\s+(?:is|are|was|were|will|would|has|have|had|could|may|might|remain)\b)")
_SAME_DAY = re.compile(
    r"\b(?:earlier|later)\s+(?:in|that)\s+(?:the\s+)?day\b|\bthe same day\b|\bat the same time\b(?!,)"
    r"|\bthat (?:same )?(?:day|evening|night)\b",
    re.IGNORECASE,
)
_BOTH = re.compile(r"\bthe\s+two\s+(?:leaders|presidents|men|sides|envoys|delegations)\b", re.IGNORECASE)
_TRAVEL = re.compile(
    r"\b(?:flew|flown|fly|flies|travel(?:l?ed|s|l?ing)?|arrived|arrives|went|headed|heads)\s+"
    r"(?:straight\s+|directly\s+|on\s+)?(?:to|in)\s+(?!back\b)",
    re.IGNORECASE,
)
_FRONTED = re.compile(
    r"(?:Speaking|Asked|Answering|Responding|Writing|Addressing|Talking|Commenting|In|At|On|During|After"
    r"|Before|Earlier|Later)\b"
)


@dataclass
class RoundMention:
    """What one stretch of a sentence says of one round or meeting."""

    view: View
    number: int | None = None
    reference: str | None = None
    status: str | None = None
    tense: str | None = None  # "past" or "future" when the words tell
    dates: tuple[date | None, date | None] = (None, None)
    venue: str | None = None
    parties: set[str] = field(default_factory=set)
    persons: set[str] = field(default_factory=set)
    trilateral: bool = False
    bilateral: bool = False
    duration: int | None = None
    heads: dict[str, str] = field(default_factory=dict)
    outcomes: list[str] = field(default_factory=list)
    meeting: bool = False  # a meeting verb or noun with the sides it names
    round_noun: bool = False  # "the trilateral round ... has been called off": a round, though unnamed
    travel: bool = False  # people going to a place, nothing more

    @property
    def named(self) -> bool:
        return self.number is not None or self.reference is not None

    def is_meeting(self) -> bool:
        """A meeting of two parties, placed by a day or a place: a round of its own, with no number."""
        return self.meeting and len(self.parties) == 2 and bool(self.dates[0] or self.venue)


@dataclass
class _Memory:
    venue: str | None = None
    past_day: date | None = None
    future_day: date | None = None
    people_parties: list[str] = field(default_factory=list)  # parties of the people of the last sentence
    previous: str = ""  # the sentences before, in the same paragraph
    paragraph: int = -1


class MentionReader:
    """Reads the sentences of one article in order and remembers what a reader would."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.memory = _Memory()

    def read(self, view: View, attribution: Attribution | None) -> list[RoundMention]:
        found = self._read(view, attribution) if _may_speak_of_rounds(view.lower) else []
        memory = self.memory
        people = [m.party for m in view.mentions if m.first("person") and m.party]
        memory.people_parties = list(dict.fromkeys(people))
        same = memory.paragraph == view.paragraph
        memory.previous = f"{memory.previous} {view.text}" if same else view.text
        memory.paragraph = view.paragraph
        return found

    def _read(self, view: View, attribution: Attribution | None) -> list[RoundMention]:
        text = view.text
        lo, hi = _region(text, attribution)
        frame = attribution.frame if attribution else (0, 0)
        before = self.memory.previous if self.memory.paragraph == view.paragraph else ""
        triggers = find_triggers(view, lo, hi, before)
        if not triggers:
            return self._generic(view, lo, hi, frame)
        results: list[RoundMention] = []
        first_start, opener = _clause_start(text, lo, triggers[0].start)
        if first_start > lo:
            results += self._generic(view, lo, first_start, frame)
        previous: RoundMention | None = None
        for i, trigger in enumerate(triggers):
            start = first_start if i == 0 else trigger.start
            end = triggers[i + 1].start if i + 1 < len(triggers) else hi
            end = _clause_end(view, text, trigger.end, end, relative=i == 0 and opener is not None)
            where = venue_before(view, self.doc, first_start) if i == 0 and opener == "where" else None
            mention = self._segment(view, start, end, frame, where=where, named=True)
            mention.number, mention.reference = trigger.number, trigger.reference
            if trigger.elliptic and previous is not None and mention.status is None:
                mention.status, mention.tense = previous.status, previous.tense  # "..., the second in May"
            results.append(mention)
            results += [replace(mention, number=n, dates=(None, None)) for n in trigger.more]
            previous = mention
        return results

    def _generic(self, view: View, lo: int, hi: int, frame: tuple[int, int]) -> list[RoundMention]:
        """Mentions in words that name no round: each clause that speaks of talks, a meeting or travel."""
        text = view.text
        results: list[RoundMention] = []
        start = lo
        for brk in [*_BREAK.finditer(text, lo, hi), None]:
            end = brk.start() if brk is not None else hi
            where = (
                venue_before(view, self.doc, start)
                if text[max(lo, start - 8) : start].endswith("where ")
                else None
            )
            mention = self._clause(view, start, end, frame, where)
            if mention is not None:
                results.append(mention)
            if brk is not None:
                start = brk.end()
        return results

    def _clause(
        self, view: View, start: int, end: int, frame: tuple[int, int], where: str | None
    ) -> RoundMention | None:
        text = view.text
        if _HYPOTHETICAL.search(text, start, end) or _DENIED.search(text, start, end):
            return None
        # A clause with a subject of its own ("... was set up when Putin received Witkoff ...") is the
        # meeting's when its verb is there, and another event's otherwise.
        cut = _clause_end(view, text, start, end, relative=False)
        if cut < end:
            verb = MEETING_VERB.search(text, cut, end)
            start, end = (cut, end) if verb is not None else (start, cut)
        talk = TALK_OR_MEETING.search(text, start, end)
        if talk is None:
            travel = _TRAVEL.search(text, start, end)
            if travel is None:
                return None
            mention = self._segment(view, start, end, frame, where, generic=True)
            mention.travel = True
            return mention if mention.venue and mention.persons else None
        mention = self._segment(view, start, end, frame, where, generic=True)
        verb = MEETING_VERB.search(text, start, end)
        trilateral = TRILATERAL.search(text, start, end)
        # "... held talks with Witkoff in Miami, the latest of the contacts that run beside the trilateral
        # negotiations": a trilateral word in another clause does not make the meeting trilateral.
        same_clause = (
            trilateral is not None and verb is not None and "," not in text[verb.end() : trilateral.start()]
        )
        mention.meeting = verb is not None and not (
            trilateral is not None and (same_clause or trilateral.start() < verb.start())
        )
        if mention.meeting and verb is not None:
            # The sides of a meeting are named in the clause of its verb, not anywhere in the sentence;
            # "the meeting between A and B" names them after the noun.
            lo, hi = _clause_around(text, verb.start(), start, end)
            if verb.group().lower().endswith("between"):
                lo = verb.end()
            mention.parties = parties_of(view, lo, hi, frame, mention.venue) - excluded_parties(view, lo, hi)
            if len(mention.parties) < 2 and _BOTH.search(text, lo, hi):
                mention.parties |= set(self.memory.people_parties[-2:])  # "The two leaders last met in ..."
            # The day and place of a meeting are those of its verb's clause and what follows it ("..., which
            # took place in the Kremlin late on Thursday"), not those of talks named before it.
            mention.venue = venue_of(view, self.doc, lo, end, mention.status) or mention.venue
            dates = pick_dates(view, lo, end, frame, mention.status, mention.duration)
            if dates[0] is not None or mention.dates[0] is None:
                mention.dates = (
                    dates
                    if dates[0] is not None
                    else pick_dates(view, start, end, frame, mention.status, mention.duration)
                )
            self._remember(mention)
        mention.round_noun = _ROUND_NOUN.search(text, start, end) is not None
        informative = mention.status or mention.dates[0] or mention.venue or mention.duration or mention.heads
        return mention if informative or mention.meeting else None

    def _segment(
        self,
        view: View,
        start: int,
        end: int,
        frame: tuple[int, int],
        where: str | None = None,
        generic: bool = False,
        named: bool = False,
    ) -> RoundMention:
        text = view.text
        segment = text[start:end]
        low = segment.lower()
        mention = RoundMention(view)
        status = round_status(segment)
        mention.status, mention.tense = status, tense_of(segment)
        duration = _DURATION.search(segment) if ("-day" in low or " days" in low) else None
        if duration:
            days = (duration.group(1) or duration.group(2)).lower()
            mention.duration = NUMBER_WORDS.get(days) or int(days)
        # A day read for a sentence that names no round must hang on a verb of the talks ("the talks, held
        # on Friday"); "gave no assessment of the meeting on Sunday" dates the assessment.
        linked = not generic or status is not None or MEETING_VERB.search(text, start, end) is not None
        if linked:
            mention.dates = pick_dates(
                view, start, end, frame, status, mention.duration, near_trigger=generic
            )
        if mention.dates[0] is None and linked and _SAME_DAY.search(segment):
            day = self.memory.past_day if mention.tense == "past" else self.memory.future_day
            mention.dates = (day, day)
        if (
            status == "concluded"
            and _WEAK_PAST.search(segment)
            and mention.dates[0] == self.doc.published
            and DAY_N.search(segment)
        ):
            mention.status = "ongoing"  # "met for a second day ... on Saturday" in Saturday's paper
        if _SUPERSEDED.search(segment) and status not in ("postponed", "cancelled", "ongoing", "concluded"):
            # "The meeting had been planned for March 5-9, most likely in Abu Dhabi": an old plan, not facts
            mention.dates, mention.status = (None, None), None
        else:
            mention.venue = venue_of(view, self.doc, start, end, status, named) or where
            if mention.venue is None and _THERE.search(segment):
                mention.venue = self.memory.venue
        mention.parties = parties_of(view, start, end, frame, mention.venue) - excluded_parties(
            view, start, end
        )
        mention.persons = persons_in(view, start, end)
        named_three = ("tri" in low or "three-" in low) and TRILATERAL.search(segment) is not None
        mention.trilateral = named_three or len(mention.parties) >= 3
        mention.bilateral = _BILATERAL.search(segment) is not None
        mention.heads = heads_of(view, start, end) if any(w in low for w in _HEAD_WORDS) else {}
        outcomes = _OUTCOME.finditer(segment) if any(w in low for w in _OUTCOME_CUES) else ()
        mention.outcomes = [_short(m.group()) for m in outcomes]
        self._remember(mention)
        return mention

    def _remember(self, mention: RoundMention) -> None:
        memory = self.memory
        if mention.venue is not None:
            memory.venue = mention.venue
        first = mention.dates[0]
        if first is not None:
            if first <= self.doc.published and mention.tense != "future":
                memory.past_day = first
            else:
                memory.future_day = first


_ROUND_NOUN = re.compile(
    r"\b(?:the|a|this week's|next week's)\s+(?:[\w-]+\s+){0,2}?(?:round|meeting)\b", re.I
)


def _may_speak_of_rounds(lower: str) -> bool:
    # Most sentences speak of no meeting: a few substring tests instead of a dozen patterns.
    return any(word in lower for word in _TRIGGER_WORDS)


def _region(text: str, attribution: Attribution | None) -> tuple[int, int]:
    """The words that may speak of rounds: all but a fronted phrase that only sets the scene of an
    attribution ("Speaking in Vilnius, Zelensky said ...", "On Monday he told reporters ...")."""
    if attribution is None:
        return 0, len(text)
    content_start = attribution.content[0]
    frame_start = attribution.frame[0]
    scene = text[:frame_start]
    if content_start >= frame_start and _FRONTED.match(scene) and not TALK_OR_MEETING.search(scene):
        return frame_start, len(text)
    return 0, len(text)


def _clause_start(text: str, lo: int, pos: int) -> tuple[int, str | None]:
    """Where the clause of the words at `pos` begins, and how it opens: "relative" (", which", ", who"),
    "where" (", where": the place named before it is the round's), or None."""
    found = None
    for match in _CLAUSE_OPEN.finditer(text, lo, pos):
        found = match
    if found is None:
        return lo, None
    opener = found.group().strip(" ,").lower()
    if opener == "where":
        return found.end(), "where"
    return found.end(), "relative" if opener in ("which", "who") else None


def _clause_end(view: View, text: str, pos: int, end: int, relative: bool) -> int:
    """Where the words about a round stop: at the end of a relative clause (", which agreed at the third
    round last month, completed the swap on Friday"), or before a clause with a subject of its own."""
    if relative:
        comma = text.find(",", pos, end)
        if comma >= 0:
            end = comma
    for match in _OWN_SUBJECT.finditer(text, pos, end):
        subject = view.mention_starting_at(match.end())
        if subject is not None and subject.party is not None and not subject.first("venue"):
            return match.start()
    return end


_CLAUSE_EDGE = re.compile(r",\s+(?:the|a|an|which|who|where|while|as|and the|but)\b|;|—|\s-\s")


def _clause_around(text: str, pos: int, start: int, end: int) -> tuple[int, int]:
    """The clause of the verb at `pos`; an apposition closed before the verb ("Dmitriev, the Kremlin's
    envoy, met ...") belongs to the clause."""
    lo = start
    for match in reversed(list(_CLAUSE_EDGE.finditer(text, start, pos))):
        if "," not in text[match.end() : pos]:
            lo = match.end()
            break
    after = _CLAUSE_EDGE.search(text, pos, end)
    return lo, after.start() if after else end


def _short(phrase: str) -> str:
    return " ".join(phrase.split()[:_OUTCOME_WORDS]).rstrip(" ,")
