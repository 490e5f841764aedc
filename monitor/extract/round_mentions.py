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
from datetime import date, timedelta
from typing import Any

from monitor.extract.context import Doc, View
from monitor.extract.dates import MONTHS, UPPER_WEEKDAYS, month_named
from monitor.extract.guards import Guarded
from monitor.extract.literal_first import first_char_gate
from monitor.extract.pattern_dispatch import first_char_dispatch
from monitor.extract.round_clauses import (
    SAME_DAY_AS,
    breaks,
    clause_around,
    clause_end,
    clause_start,
    ends_a_list,
    joined_meeting,
    region,
    statement_frame,
    tense_around,
)
from monitor.extract.round_fields import (
    DAY_N,
    MEETING_VERB_GUARDED,
    attributive_days,
    day_number,
    duration_of,
    pick_dates,
    same_time,
    talk_or_meeting,
    venue_before,
    venue_of,
    week_shift,
)
from monitor.extract.round_sides import (
    OUTCOME_CUES,
    foreign_talks,
    heads_of,
    outcomes_in,
    sides_in,
)
from monitor.extract.round_triggers import NUMBER_WORDS, ORDINALS, TRILATERAL, Trigger, find_triggers
from monitor.extract.statements import Attribution
from monitor.extract.status import round_status, tense_of

_BILATERAL = re.compile(r"\b(?:bilateral|two-way|one-on-one|face-to-face)\b", re.IGNORECASE)
_HEAD_WORDS = ("led", "lead", "head", "chief", "chair", "fronted", "side by")
_TRIGGER_WORDS = (
    "round",
    "talks",
    "negotiat",
    "consultation",
    "meet",
    "met ",
    "kept ",
    "met.",
    "met,",
    "session",
    "delegation",
    "led by",
    "headed by",
    "working group",
    "security group",
    "economic group",
    # "a separate Russian-American group on economic questions"
    "american group",
    "russian group",
    "ukrainian group",
    "conversation",
    "receive",
    "host",
    "invited",
    "visit",
    "summit",
    "reached by",  # "the understanding reached by Putin and Trump in Anchorage"
    "reached in",
    "reached at",
    "the first",
    "the second",
    "the third",
    "the fourth",
    # "A fourth, planned for early March, was put off": an ordinal with "a" stands for a round as well
    "a second",
    "a third",
    "a fourth",
    "a fifth",
    "the fifth",
    "sat down",
    # "flies to Miami, where he will see Witkoff on Saturday": to see someone named is to meet them
    "will see",
    "would see",
    "to see ",
    # "came to Miami to work through the 20-point plan with Witkoff": a journey made to work with someone
    "to work ",
    "to go through",
    "to discuss",
    "to review",
    "to negotiate",
    "to hammer",
    "faced each other",
    "spent",
    "spend",
    "hour with",
    "sit down",
    "sit-down",
    # "who saw Witkoff in Miami", "who had seen Putin", "sat with Putin in the Kremlin"
    "saw ",
    "seen ",
    # "Feb. 26, Geneva: Witkoff and Kushner see Umerov", a chronicle's present
    "sees ",
    "see ",
    "sat with",
    "hours with",
    "gather",
    "conven",
    # meals, huddles and audiences: "dined with", "had lunch with", "huddled with", "shook hands"
    "dine",
    "dinin",
    "dinner",
    "lunch",
    "breakfast",
    "huddle",
    "conferred",
    "closeted",
    "shook hands",
    "one-on-one",
    "one-to-one",
    "audience",
    "exchanged views",
    "welcomed",
    "greeted",
    "together",
    "caught up with",
    "opposite",
    "across from",
    "talk to",
    "talk with",
    "talking to",
    "talking with",
    # "seeing the Americans on the Saturday", "joined Witkoff in Miami"
    "seeing ",
    "join",
    "was with",
    "were with",
    "sits down",
    "sitting down",
    "spoke",
    "talked",
    "flew",
    "flown",
    # "Then it was Dmitriev's turn to fly to Florida", "he flies to Miami on Friday": a journey to a place
    # where the traveller meets someone, as "flew" is
    "fly ",
    "flies",
    "flying",
    "travel",
    "arrived",
    "landed",
    "went to",
    "headed to",
    # "They are due back at the table tomorrow for a second and final day": the sides at one table
    "table",
    "closed doors",
    # "the trilateral in Geneva ended on Wednesday": the adjective standing for the talks
    "trilateral",
    # "Dmitriev was in Miami with Witkoff on Saturday": one side with another in a place
    "was in ",
    "were in ",
    # "Kushner walked into the Kremlin", "were shown into Putin's office"
    " into ",
)
_HYPOTHETICAL = re.compile(
    r"\b(?:possib(?:le|ility)|potential|hypothetical|would-be|(?:tele)?phone|call|video link|hope[sd]?|hoping"
    r"|if\s+\w+\s+wants"
    # "There had been reports that the delegations would gather in Turkey": hearsay, no meeting set
    r"|(?:reports|rumou?rs|speculation|suggestions)\s+that"
    # "There were reports of a round in Istanbul on Wednesday": hearsay of talks, none set
    r"|(?:reports|rumou?rs|speculation)\s+of\s+(?:a|an)\b"
    # "a meeting could only take place in Moscow": a condition set on a meeting, none announced
    r"|(?:could|can|would|may|might)\s+only\s+(?:take place|be held|happen|go ahead|meet)"
    # "a meeting between Putin and Zelensky could take place only in Moscow"
    r"|(?:could|can|would|may|might)\s+(?:take place|be held|happen|go ahead)\s+only"
    r"|(?:until|unless|once|as soon as)\s+(?:the\s+)?[^,.;]{0,40}?\b"
    r"(?:ends|is over|are over|stops|is signed|is agreed|is resolved|holds|withdraws?|agrees?|accepts?"
    r"|is ready|are ready|pulls? out)\b"
    r"|(?:not|never)\s+(?:[\w-]+\s+){0,4}?(?:before|until)\s+(?:the\s+|a\s+)?[^,.;]{0,40}?\b"
    r"(?:ends|is over|are over|stops|is signed|is agreed|is resolved|has ended|have ended|holds))\b",
    re.IGNORECASE,
)
# Searched only where one of these words is (every match holds one): narrower than the cues below, whose
# "that" is in most clauses.
_HYPOTHETICAL_GUARDED = Guarded(
    _HYPOTHETICAL,
    (
        "possib",
        "potential",
        "hypothetical",
        "would-be",
        "phone",
        "call",
        "video link",
        "hope",
        "hoping",
        "wants",
        "reports",
        "rumo",
        "speculation",
        "suggestions",
        "only",
        "until",
        "unless",
        "once",
        "as soon as",
        "before",
    ),
)
_HYPOTHETICAL_CUES = (
    "possib",
    "potential",
    "hypothetical",
    "would-be",
    "phone",
    "call",
    "video",
    "hop",
    "if ",
    "only",
    "before",
    "until",
    "unless",
    "once",
    "as soon as",
    "that",
    " of a",
)
# A question put to a speaker: the talks in it are only asked about ("Asked whether a summit was likely")
_ASKED_WHETHER = re.compile(r"\b[Aa]sked\s+(?:[\w.]+\s+){0,3}?(?:whether|if)\b")
_TRI_CUES = ("tri", "three")
# "a meeting of the three delegations" is trilateral too (in talks the story already speaks of)
_THREE_SIDES = re.compile(
    r"\b(?:the|all)\s+three\s+(?:delegations|sides|parties|negotiating teams|countries|nations"
    r"|governments)\b",
    re.I,
)
_BILATERAL_CUES = ("bilateral", "two-way", "one-on-one", "face-to-face")
# the present too, as headlines tell it: "Kyiv and Washington play down report of fourth round"
_DENIED_CUES = ("den", "dismiss", "reject", "refute", "no such", "down")
_DENIED = re.compile(
    r"\b(?:den(?:y|ies|ied)|dismiss(?:es|ed)?|reject(?:s|ed)?|refute[sd]?|play(?:s|ed)? down"
    r"|downplay(?:s|ed)?)\s+(?:\w+\s+){0,3}?"
    r"(?:reports?|claims?|suggestions?)\b"
    # the passive: "Reports of a round in Turkey on March 11 were denied by his office"
    r"|\b(?:reports?|claims?|suggestions?)\s+(?:of|that|about)\b[^.;]{0,80}?\b(?:was|were|has been|have been"
    r"|had been)\s+(?:quickly\s+|swiftly\s+|flatly\s+|firmly\s+)?(?:denied|dismissed|rejected|refuted)\b"
    r"|\bno such (?:meeting|talks|round)\b",
    re.IGNORECASE,
)
# Searched only where one of these words is (every match holds one): "den" of the cues is in "president".
_DENIED_GUARDED = Guarded(_DENIED, ("report", "claim", "suggestion", "no such"))
# "No meeting between Zelensky and Trump has been fixed for Davos", "No meeting is planned for March 11": a
# meeting said to be set for no day (its sides or day named or not)
_NONE_FIXED_PATTERN = re.compile(
    r"\b[Nn]o\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit)\s+(?:(?:between|of|with|on|for|in)\b[^.;]{0,80}?\b)?"
    r"(?:has|have|had|is|are|was|were)\s+(?:yet\s+|so\s+far\s+)?(?:been\s+)?"
    r"(?:fixed|scheduled|planned|arranged|agreed|confirmed|expected|set|foreseen)\b"
    # "There is no meeting in Istanbul on Wednesday": none to be held
    r"|\b[Tt]here\s+(?:is|are|will\s+be)\s+no\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|round|talks)\b"
)
_NONE_FIXED = Guarded(_NONE_FIXED_PATTERN, ("meeting", "summit", "round", "talks"))
_SUPERSEDED = re.compile(
    r"\bhad (?:been|originally been|initially been) (?:planned|scheduled|expected|set|due|pencil?led in)\b"
)
_PLAN_SINCE_MOVED = re.compile(r"\bhad (?:originally|initially) been\b")
# A plan told as an earlier one: "Earlier the meeting was expected on 1 February", "the talks were previously
# planned for Sunday" (not "Earlier this week officials said ...": a time of the telling)
_EARLIER_CUES = ("earlier", "previously", "originally", "initially")
_EARLIER_PLAN = re.compile(
    r"\b(?:Earlier|Previously|Originally|Initially),?\s+(?!(?:this|that)\s+(?:day|week|month|year)\b)"
    r"(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:was|were)\s+(?:expected|planned|scheduled|set|due|slated)\b"
    r"|\b(?:was|were)\s+(?:earlier|previously)\s+(?:expected|planned|scheduled|set|due|slated)\b"
)
_WEAK_PAST_PATTERN = re.compile(
    r"\b(?:met|meets|held talks|sat down|received|hosted|returned to the table|reconvened)\b"
)
# Searched only where one of these words is: every match holds one.
_WEAK_PAST = Guarded(
    _WEAK_PAST_PATTERN,
    ("held talks", "hosted", "meets", "met", "received", "sat down", "returned to the table", "reconvened"),
)
_MAYBE = re.compile(r"\b(?:possibly|probably|likely|perhaps|maybe)\s+$")
_THERE = re.compile(
    r"\bthere\b(?!\s+(?:is|are|was|were|will|would|has|have|had|could|may|might|remain)\b)"
    r"|\b(?:in|at)\s+the\s+same\s+(?:city|place|venue|hotel|capital)\b"
    # "officials met in the city in 2025": the city named last
    r"|\bin\s+the\s+city\b"
)
_ASKS = re.compile(
    r"(?:Who|What|When|Where|Why|How|Which|Is|Are|Was|Were|Will|Would|Do|Does|Did|Can|Could)\b"
)
# A question of when or where talks are: "When and where do the talks take place?"
_WHEN_QUESTION = re.compile(
    r"\b(?:[Ww]hen|[Ww]here)\b[^?]{0,60}\b(?:talks|round|meeting|negotiations|delegations)\b[^?]{0,60}\?$"
)
_SAME_DAY = re.compile(
    # ("would meet in the Emirati capital at the same time, he said": the comma of an attribution after it)
    r"\b(?:earlier|later)\s+(?:in|that)\s+(?:the\s+)?day\b"
    r"|\bat the same time\b(?!,(?!\s+(?:he|she|they|[A-Z][\w-]+)\s+(?:said|added|told)\b))"
    # "an economic group ... would meet in parallel in Abu Dhabi", "In parallel, a U.S.-Russian group ... will
    # convene": beside the talks told just before, on their day
    # (not "two days in parallel political and military groups": the groups side by side, no day)
    r"|\bin parallel\b(?=\s*[,.;]|\s+(?:in|at|on|with|to|alongside|beside)\b)"
    r"|\b(?:that (?:same )?|the same )(?:day|evening|night|afternoon|morning)\b|\bhours later\b",
    re.IGNORECASE,
)
# ("at the same time" may be any time: "agreed at the same time that a working group would meet")
_AN_EVENING = re.compile(r"\b(?:that|the same) (?:evening|night|afternoon)\b", re.IGNORECASE)
# "Umerov met Witkoff ..., and the two are due to meet again": the two of the meeting just told
_THE_TWO_MEET = re.compile(r",\s+and\s+the\s+two\s+(?:men\s+)?(?:are|were|will|would|have|had|met|meet)\b")
# "a second official later gave the date as Sunday, Feb. 1": the day given for the round named
_DATE_GIVEN_AS = re.compile(r"\b(?:gave|put|set|named|fixed)\s+the\s+(?:date|day)\s+(?:as|at)\s+")
# "named 26 and 27 February as the dates", "gave Thursday as the day": days given for the round told of
_NAMED_AS_DAYS = re.compile(
    r"\b(?:named|gave|given|set|put|floated|cited)\b.{3,60}?\bas\s+the\s+(?:dates?|days?)\b"
)
_AHEAD_OF_TALKS = re.compile(
    r"\bahead\s+of\s+(?:[\w-]+\s+){0,5}?(?:talks|negotiations|meetings?|consultations)\b"
)
_AT_THE_END_OF = re.compile(
    r"\b(?:at|by|on)\s+the\s+(?:very\s+)?(?:end|close)\s+of\s+(?:the\s+|a\s+|its\s+)?[\w-]*\s*$"
)
# Talks named by their subject beside the rounds: "a separate economic track", "the economic group"
_TRACK = re.compile(
    r"\b[Ee]conomic\s+(?:talks|track|channel|group|working\s+group|strand|dialogue|negotiations)\b"
)
_HOURS_APART = re.compile(r",\s+(?:just\s+|only\s+|a\s+few\s+)?hours\s+(?:after|before)\s+")
_FINISHED = re.compile(r"[^,;.]*?\b(?:finished|ended|wrapped up|broke up|concluded|closed)\b")
# (not the plan it was moved to: "is now scheduled for February 4-5")
_PLANNED_DAY = re.compile(
    # ("a fourth round that Kyiv had hoped to see on Thursday and Friday failed to take place")
    r"\b(?<!now )(?:planned|scheduled|pencil?led\s+in|slated|set|due|expected|hoped|meant)\s+(?:to\s+\w+\s+)?"
    r"(?:for|on)\s+(?:the\s+)?$"
)
_LATER_CUES = (" later", "next day", "following day", "next morning", "following morning", "next afternoon")
_LATER_CUES += ("following afternoon", "next evening", "following evening")
_JOURNEY = re.compile(r"\b(?:arrived|arrives|landed|lands|flew|flies|travell?ed|came|went|headed|heads)\b")
_FOR_TALKS = re.compile(r"\bfor\s+(?:a\s+|the\s+|fresh\s+|new\s+|further\s+)?$")
_DAYS_LATER = re.compile(
    r"\b(?:(?:a|one|(?P<n>two|three|four|five|six|seven|eight|nine|ten))\s+days?\s+later"
    r"|the\s+(?:next|following)\s+(?:day|morning|afternoon|evening))\b",
    re.IGNORECASE,
)
# A clause of time set off after what opens the sentence, up to where its words begin: ", while ", ", as "
_SET_OFF_CLAUSE = re.compile(r",\s+(?:while|as|when|after|before)\s+(?:the\s+)?$")
# "Eight days after the Geneva round ended, ...": a day counted from the end of the round told before
_DAYS_AFTER_IT_ENDED = re.compile(
    r"(a|one|two|three|four|five|six|seven|eight|nine|ten)\s+days?\s+after\s+(?:the\s+)?[^,;]{0,40}?"
    r"\b(?:round|talks|meeting|session|it)\s+(?:had\s+)?(?:ended|closed|finished|wrapped\s+up)\b",
    re.IGNORECASE,
)
_SET_OFF_ASIDE = re.compile(r",\s+(?:while|as|when|after|before)\s+[^,;:]+,\s+")
# "since February 26, when ...": a day gone by and the clause that tells what happened on it
_SINCE_DAY_WHEN = re.compile(r"\s(?:since|after)\s+(?:[\w.]+\s+){0,3}?[\w.]+,\s+when\s+")
_SAME_DAY_CUES = ("same", " day", "evening", "night", "afternoon", "hours later", "parallel")
# "on the first evening", "on the evening of the second day", "during the final day": a day of the round
_NTH_DAY_OF = re.compile(
    r"\b(?:on|during|in|(?:part|much|most|all)\s+of)\s+the\s+(?:(?:morning|afternoon|evening|night)\s+of\s+the\s+)?"
    r"(?P<n>first|second|third|opening|final|last|closing)\s+(?:day|evening|night|morning|afternoon)\b"
    # (not "the last day of the month", "of March": a day of the calendar)
    r"(?!\s+of\s+(?:the\s+)?(?:month|year|week)\b|\s+of\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
# "on the last day of the month", "on the first day of the month"
_DAY_OF_THE_MONTH = re.compile(
    r"\bthe\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s+day\s+of\s+(?:the|that)"
    r"\s+month\b",
    re.IGNORECASE,
)
_MONTH_WORD = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_MONTH_HEADING = re.compile(_MONTH_WORD.pattern + r"\.?")
_NTH_DAY_CUES = ("first", "second", "third", "opening", "final", "last", "closing")
_NTH_DAY: dict[str, int | None] = {
    "first": 1,
    "opening": 1,
    "second": 2,
    "third": 3,
    "final": None,
    "last": None,
    "closing": None,
}
_BOTH = re.compile(
    r"\bthe\s+two\s+(?:leaders|presidents|men|sides|envoys|delegations|teams)\b", re.IGNORECASE
)
# "Delegations arrived ...", "The negotiators flew ...": the talkers as the subject, named by no side
_TALKERS = re.compile(
    r"\s*(?:The\s+|the\s+|All\s+three\s+|The\s+three\s+)?(?:[Dd]elegations|[Nn]egotiators|[Tt]eams)\s"
)
# The verbs of a journey, shared by the patterns below that read one
_JOURNEY_VERBS = (
    r"flew|flown|fly|flies|flying|travel(?:l?ed|s|l?ing)?|arrives?|arrived|arriving|heads?|headed|heading"
)
_TRAVEL = re.compile(
    rf"\b(?:{_JOURNEY_VERBS}|went|landed|lands)\s+"
    r"(?:straight\s+|directly\s+|on\s+)?(?:to|in)\s+(?!back\b)",
    re.IGNORECASE,
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
    month: int | None = None  # a month named with no day ("last met in August")
    year: int | None = None  # a year gone by named with no day ("in Istanbul last year", "in 2025")
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
    talkers: bool = False  # the travellers are the negotiators ("Delegations arrived in Geneva")
    past_span: bool = False  # a span gone by with no day ("last week", "earlier this month")
    unsure: bool = False  # named only as a possibility: "unclear whether a fourth round will take place"
    moved: bool = False  # its place is one it was moved to: "moved from Abu Dhabi to Istanbul"
    plural: bool = False  # rounds named together as one item: "two rounds in Abu Dhabi"
    ended: bool = (
        False  # its words say it ended: "talks with U.S. envoys end after four hours, early on Friday"
    )
    repeated: bool = False  # two sides said to have met again and again: "have met several times"
    on_its_day: bool = False  # called off when its day had come: that day and place stay its own
    next_day_end: bool = False  # "That round ended the following day": a day after the first known

    @property
    def named(self) -> bool:
        return self.number is not None or self.reference is not None

    def another(self, **fields: Any) -> RoundMention:
        """Another meeting told in the same words (the next item of a list, a round counted in turn): its
        own sides, people and outcomes, no heads; `fields` change the rest."""
        own: dict[str, Any] = {
            "parties": set(self.parties),
            "persons": set(self.persons),
            "heads": {},
            "outcomes": list(self.outcomes),
        }
        return replace(self, **(own | fields))

    def is_meeting_like(self) -> bool:
        """A meeting of two or three named sides, dated or not."""
        return self.meeting and len(self.parties) >= 2

    def is_meeting(self) -> bool:
        """A meeting of two parties, placed by a day or a place, or put off or called off: a round of its own,
        with no number."""
        return (
            self.meeting
            and len(self.parties) == 2
            and bool(
                self.dates[0] or self.venue or self.status in ("postponed", "cancelled") or self.repeated
            )
        )


@dataclass
class _Memory:
    venue: str | None = None
    round_venue: str | None = None  # the place of the last round named (not of a meeting)
    past_day: date | None = None
    future_day: date | None = None
    people_parties: list[str] = field(default_factory=list)  # parties of the people of the last sentence
    meeting_parties: set[str] = field(default_factory=set)  # the sides of the last meeting of two
    presidents_met: set[str] = field(default_factory=set)  # the sides of the last meeting of two presidents
    people: list[tuple[str | None, str]] = field(default_factory=list)  # (party, name) of the last sentence
    previous: str = ""  # the sentences before, in the same paragraph
    named: tuple[int | None, str | None] | None = None  # the last round named in the paragraph: "It"
    last_named: tuple[int | None, str | None] | None = None  # the last round named: "The venue is ..."
    paragraph: int = -1
    heading_days: tuple[date | None, date | None] = (None, None)  # "THURSDAY." opening the paragraph
    round_days: tuple[date | None, date | None] = (None, None)  # the days of the latest round told of
    # the sentence before, when it told of no round or meeting: the scene (one day, one place) it may set
    scene_view: View | None = None
    # a meeting of two sides the sentence before told with no day and no place ("will fly to the United
    # States this weekend for talks with Trump's envoys"), for "The meeting is set for Miami on Saturday"
    open_meeting: RoundMention | None = None
    # a meeting told with its day or place but no sides ("On Saturday he walked into a conference room in
    # Miami"), for "The three spent the day with Steve Witkoff" a sentence or two later
    sideless_meeting: RoundMention | None = None
    # a side's journey to a place (its sentence, the side, the place): "A Ukrainian team flew to Florida"
    journey: tuple[int, str, str] | None = None
    # the two sides of the talks beside the rounds named by their subject ("the economic track" of Dmitriev
    # and Witkoff), once a sentence has named them together
    track_sides: set[str] = field(default_factory=set)
    # the place of the rounds the sentence before named together ("both Abu Dhabi rounds"), for "At the
    # second of those, ..."
    plural_venue: str | None = None
    # the person the last sentence that opened with a name was about ("Dmitriev was at Putin's side on Jan.
    # 22 ... The next day he held talks with Witkoff ... On Jan. 31 he flew to Miami to see Witkoff"): "he"
    # goes on naming them through sentences that name others after "he"
    subject: tuple[str | None, str] | None = None
    about: tuple[str | None, str] | None = None  # the one person the headline names


class MentionReader:
    """Reads the sentences of one article in order and remembers what a reader would."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.memory = _Memory()
        # (a profile's headline names the one it is about: "Rustem Umerov, the negotiator who has been at
        # every table"; "he" and "him" no sentence resolves are theirs)
        title = doc.article.title or ""
        people = {(m.person.party, m.person.name) for m in doc.matcher.mentions(title) if m.person}
        self.memory.about = next(iter(people)) if len(people) == 1 else None
        # A clause is asked for its status and its meeting verb several times: once is enough.
        self._statuses: dict[tuple[int, int, int], str | None] = {}
        self._verbs: dict[tuple[int, int, int], re.Match[str] | None] = {}
        self._dateline: tuple[str | None] | None = None  # the dateline's place, once looked for

    def _status(self, view: View, start: int, end: int) -> str | None:
        key = (view.index, start, end)
        if key not in self._statuses:
            # "are the first time the three delegations have met outside the Gulf": what follows "the first
            # time" is the history the talks make, not their state.
            first_time = view.lower.find("first time", start, end)
            words = view.text[start : end if first_time < 0 else first_time]
            if " since " in words:
                # "the first since the energy truce collapsed": a clause of its own, about something else
                words = _SINCE_CLAUSE.sub(" ", words)
            if " to last " in words or " to run " in words:
                # "sat down in Miami on Saturday for talks that are expected to last two days": how long the
                # talks are to run says nothing of whether they have begun
                words = _EXPECTED_LENGTH.sub(" ", words)
            if " day " in words or "session" in words or "sitting" in words:
                # "for the final day, after a tense first day that lasted four hours", "after an opening
                # session on Tuesday that participants called tense and that ran for six hours": that part
                # is over, not the round
                words = _DAY_THAT_LASTED.sub(" ", words)
                if _FIRST_DAY_OVER.search(words):
                    # "negotiators have wrapped up the first day of their third round": the round goes on
                    self._statuses[key] = "ongoing"
                    return "ongoing"
            self._statuses[key] = round_status(words)
        return self._statuses[key]

    def _described(self, view: View, start: int, end: int, venue: str, last: str | None) -> str:
        """ "Trump and Zelensky met in Davos ... in the Swiss city": a place described, not named ("the Swiss
        city"), is the last place of that country the text named before it ("Medinsky will head the
        delegation in Geneva. The third round opens in the Swiss city on Tuesday": Geneva, though the last
        meeting told of was in Davos); else the last place of talks if that one is in the country."""
        described = [
            m
            for m in view.mentions_between(start, end)
            if m.venue is not None and m.venue.name == venue and _DESCRIBED_PLACE.match(m.surface)
        ]
        if not described:
            return venue
        countries = self.doc.matcher.venue_countries
        country = countries.get(venue)
        if country is None:
            return venue
        named = self._named_before(view, described[0].start, country)
        if named is not None:
            return named
        return last if last is not None and countries.get(last) == country else venue

    def _adjective_city(self, view: View, lo: int, verb: re.Match[str]) -> str | None:
        """ "The Alaskan city hosted the summit between Trump and Putin": a city described by the adjective of
        a place the pack knows ("Alaskan" of Alaska), as the subject of a verb of hosting, is that place."""
        described = _ADJECTIVE_CITY.search(view.text, lo, verb.start())
        if described is None or not _HOSTED.match(view.text, verb.start()):
            return None
        adjective = described.group(1)
        for cut in (1, 2, 3):  # Alaskan, Floridian, Genevan: the name with a suffix of one to three letters
            stem = adjective[:-cut]
            places = [m.venue.name for m in self.doc.matcher.mentions(stem) if m.venue and m.surface == stem]
            if places:
                return places[0]
        return None

    def _named_before(self, view: View, pos: int, country: str) -> str | None:
        """The last place of `country` named by its name (not described: "the Swiss city") before `pos` in
        `view`, or in the sentences before it."""
        countries = self.doc.matcher.venue_countries
        for index in range(view.index, -1, -1):
            mentions = view.mentions if index == view.index else self.doc.views[index].mentions
            for m in reversed(mentions):
                if index == view.index and m.end > pos:
                    continue
                if (
                    m.venue is not None
                    and countries.get(m.venue.name) == country
                    and not _DESCRIBED_PLACE.match(m.surface)
                ):
                    return m.venue.name
        return None

    def _track(self, view: View, found: list[RoundMention]) -> None:
        """ "Dmitriev and Witkoff lead a separate economic track. ... The economic track met in Abu Dhabi on
        Friday": talks named by their subject are of the two sides a sentence named with them."""
        memory = self.memory
        meetings = [m for m in found if m.is_meeting_like() and len(m.parties) == 2]
        people = {m.party for m in view.mentions if m.person and m.party}
        if meetings:
            memory.track_sides = set(meetings[-1].parties)
        elif len(people) == 2:
            memory.track_sides = people
        if len(memory.track_sides) != 2:
            return
        for mention in found:
            if not mention.named and not mention.trilateral and len(mention.parties) < 2:
                mention.parties, mention.meeting = set(memory.track_sides), True

    def _verb(self, view: View, start: int, end: int) -> re.Match[str] | None:
        key = (view.index, start, end)
        if key not in self._verbs:
            self._verbs[key] = MEETING_VERB_GUARDED.search(view.text, start, end)
        return self._verbs[key]

    def _answer_dates(self, view: View) -> list[RoundMention]:
        """ "When and where do the talks take place? | Tomorrow and Wednesday, in Geneva.": an answer that
        opens with days, to a question of when or where talks are, gives them to the round named last."""
        named = self.memory.last_named
        day = view.dates[0]
        if (
            named is None
            or day.first is None
            or day.start > 1
            or _WHEN_QUESTION.search(self.memory.previous[-160:]) is None
        ):
            return []
        published = self.doc.published
        last = day.last or day.first
        status = "scheduled" if day.first > published else "concluded" if last < published else "ongoing"
        venue = next((m.venue.name for m in view.mentions if m.venue is not None and m.start < 60), None)
        mention = RoundMention(
            view,
            number=named[0],
            reference=named[1],
            status=status,
            tense="future" if status == "scheduled" else "past",
            dates=(day.first, day.last if day.last != day.first else None),
            venue=venue,
        )
        return [mention]

    def _give_sides(self, view: View, found: list[RoundMention]) -> None:
        """ "On Saturday he walked into a conference room in Miami ... The three spent the day with Steve
        Witkoff": a meeting told with its day or place and no sides takes the sides of the meeting told with
        no day and no place a sentence or two after it."""
        memory, told = self.memory, self.memory.sideless_meeting
        if not found and told is None:
            return  # (most sentences: nothing told, nothing waiting)
        sided = [m for m in found if m.is_meeting_like() and not m.named and not m.trilateral]
        if (
            told is not None
            and len(found) == 1
            and len(sided) == 1
            and 0 < view.index - told.view.index <= 2
            and sided[0].dates[0] is None
            and sided[0].venue is None
            and sided[0].tense in (told.tense, None)
        ):
            told.parties, told.persons = set(sided[0].parties), told.persons | sided[0].persons
            told.meeting = True
            if sided[0].status == "concluded":
                # ("... began late on Thursday. Putin spent close to four hours with ...": told as over)
                told.status = "concluded"
            found.clear()
            memory.sideless_meeting = None
            return
        # (people travelling to the place in between tell of no other meeting: "Budanov ... flew to Florida")
        if any(not m.travel for m in found) or told is None or view.index - told.view.index > 2:
            # ("The Kremlin session began late on Thursday. Putin spent close to four hours with Witkoff":
            # a sitting named by its place is a meeting told with no sides)
            sitting = _SITTING.search(view.text) is not None
            memory.sideless_meeting = next(
                (
                    m
                    for m in found
                    if (m.meeting or (sitting and m.venue is not None))
                    and not m.parties
                    and not m.named
                    and not m.trilateral
                    and (m.dates[0] is not None or m.venue is not None)
                ),
                None,
            )

    def read(self, view: View, attribution: Attribution | None) -> list[RoundMention]:
        # ("The fourth, postponed in March because of the war with Iran, still has no date": an ordinal that
        # opens the sentence goes on counting the rounds told before, whatever words follow it)
        speaks = _may_speak_of_rounds(view.lower) or _OPENING_ORDINAL.match(view.text) is not None
        found = self._read(view, attribution) if speaks else []
        if found and view.text.endswith("?") and view.dates and all(d.weekday for d in view.dates):
            # "Who meets on Thursday?": a question tells no tense a bare weekday could be read by (the answer
            # after it does)
            for mention in found:
                mention.dates = (None, None)
        if found and view.text.endswith("?") and _ASKS.match(view.text):
            # "Who is meeting whom this weekend?": talks a question names with no round and no sides are
            # asked about, not told of (not "Anna, the meeting in the Kremlin is still going on?": told, with
            # a rising voice)
            found = [m for m in found if m.named or len(m.parties) >= 2 or m.trilateral]
        if found and len(view.dates) > 1:
            # (a meeting of one side named so far: "the Americans have also seen each side on its own: the
            # Ukrainians in Miami on January 17, the Russians in the Kremlin on January 22")
            meetings = [m for m in found if (m.meeting or m.trilateral) and not m.named]
            found += _place_by_place(meetings[0]) if len(meetings) == 1 else []
        if found and " the date" in view.lower and (given := _DATE_GIVEN_AS.search(view.text)) is not None:
            # "the next round would be held "on Sunday", without saying which one; a second official later
            # gave the date as Sunday, Feb. 1": the day given for the round is its day
            day = next(
                (d for d in view.dates if d.first is not None and 0 <= d.start - given.end() <= 2), None
            )
            named = [m for m in found if m.named]
            if day is not None and len(named) == 1:
                named[0].dates = (day.first, day.last if day.last != day.first else None)
        if len(found) == 2 and " two " in view.text and _THE_TWO_MEET.search(view.text) is not None:
            told, again = found
            if told.is_meeting_like() and len(told.parties) == 2 and again.meeting and not again.parties:
                # "Umerov met Witkoff in Washington earlier this month, and the two are due to meet again in
                # Geneva on Tuesday": the two are the sides of the meeting just told
                again.parties, again.persons = set(told.parties), again.persons | told.persons
        if len(found) == 1 and (" again " in view.text or " once more " in view.text):
            found += _met_again(found[0])
        elif len(found) == 1 and ": on " in view.text and _TIMES.search(view.lower) is not None:
            found += _day_by_day(found[0])
        opened = self.memory.open_meeting
        if (
            opened is not None
            and opened.view.paragraph == view.paragraph
            and opened.view.index == view.index - 1
            and view.text.startswith(("That was ", "This was ", "It was "))
            and (told_when := _THAT_WAS.match(view.text)) is not None
        ):
            # "Trump and Zelensky have met once this year. That was on January 22, on the sidelines of the
            # World Economic Forum in Davos": the day and place of the meeting just told
            clause = view.text.find(", and ")
            clause = clause if clause > 0 else len(view.text)
            days = [d for d in view.dates if d.first is not None and d.start < clause]
            if days and opened.dates[0] is None:
                opened.dates = (days[0].first, days[0].last if days[0].last != days[0].first else None)
            if opened.venue is None:
                opened.venue = next(
                    (m.venue.name for m in view.mentions_between(told_when.end(), clause) if m.venue),
                    None,
                )
        if (
            opened is not None
            and found
            and opened.view.paragraph == view.paragraph
            and opened.view.index == view.index - 1
            and _THE_MEETING_OPENS.match(view.text) is not None
            and not found[0].named
            and not found[0].parties
            and (found[0].dates[0] is not None or found[0].venue is not None)
            and (opened.dates[0] is None or found[0].dates[0] is None)
        ):
            # "... will fly to the United States this weekend for talks with Trump's envoys. The meeting is
            # set for Miami on Saturday", "The pair met again the next day. That meeting was in Abu Dhabi,
            # where the first round opened": the meeting takes its day and place from the sentence after it
            told = found.pop(0)
            opened.dates = told.dates if told.dates[0] is not None else opened.dates
            opened.venue = told.venue or opened.venue
            opened.status, opened.tense = told.status or opened.status, told.tense or opened.tense
        if not found and view.dates and self.memory.previous.endswith("?"):
            found = self._answer_dates(view)
        self._give_sides(view, found)
        journey = self.memory.journey
        if journey is not None and 0 < view.index - journey[0] <= 2:
            for mention in found:
                if (
                    not mention.named
                    and not mention.travel
                    and not mention.trilateral
                    and len(mention.parties) == 1
                    and journey[1] not in mention.parties
                    and mention.venue in (None, journey[2])
                    and (mention.meeting or mention.dates[0] is not None)
                ):
                    # "A Ukrainian team flew to Florida on Friday. The talks with Witkoff ran on Saturday and
                    # Sunday": the talks of the side that made the journey, where it went
                    mention.parties.add(journey[1])
                    mention.meeting, mention.venue = True, journey[2]
                elif (
                    mention.meeting
                    and not mention.named
                    and len(mention.parties) == 2
                    and journey[1] in mention.parties
                    and mention.venue is None
                    and _SAME_DAY.search(view.text) is not None
                ):
                    # "On Saturday Budanov landed in Miami with Umerov. That evening the three sat down with
                    # Witkoff": the meeting that evening was where the journey went
                    mention.venue = journey[2]
        self.memory.open_meeting = next(
            (m for m in found if m.is_meeting_like() and not m.named and m.venue is None),
            None,
        )
        if "economic " in view.lower and _TRACK.search(view.text) is not None:
            self._track(view, found)
        mediators = self.doc.matcher.mediators
        for mention in found:
            if (
                mention.reference == "last"
                and mention.number is None
                and not mention.trilateral
                and len(mention.parties) == 2
                and mention.parties & mediators
                and mention.persons
                and "round" not in view.lower
                and _LAST_MEETING.search(view.lower) is not None
            ):
                # "The last meeting of any kind was the two-day session in Florida ..., where Ukrainian
                # negotiators went through the issues with Witkoff": the last meeting of two sides, not the
                # last round of the three
                mention.reference, mention.meeting = None, True
        for mention in found:
            if (
                not mention.meeting
                and not mention.named
                and not mention.trilateral
                and len(mention.parties) == 2
                and mention.parties & mediators
                # (people at the table: not "a deal to restore contacts between Washington and Moscow")
                and mention.persons
                and mention.status == "concluded"
                and mention.dates[0] is not None
                and mention.venue is not None
            ):
                # "The meetings, held on Saturday and Sunday outside Miami, brought a Ukrainian team together
                # with Witkoff": talks of one side with the mediator, on their days and in their place
                mention.meeting = True
        if found and self.memory.round_venue is not None and _ON_THE_SIDE.search(view.lower) is not None:
            for mention in found:
                if (
                    mention.is_meeting_like()
                    and mention.venue is None
                    and mention.dates[0] is None
                    and mention.tense == "future"
                ):
                    # "Dmitriev travels separately: he is expected to hold economic talks with the Americans
                    # on the margins": talks on the side of the round told of are where it is
                    mention.venue = self.memory.round_venue
        if found and view.text.endswith("?") and _WHAT_HAPPENED.match(view.text) is not None:
            for mention in found:
                # "What happened to the fourth round?": a question asks what became of a round, it tells
                # nothing of it
                mention.status = mention.tense = None
        if found and " in the city" in view.lower:
            self._the_city(view, found)
        if any(m.venue is None and m.is_meeting_like() for m in found):
            self._place_asked_about(view, found)
        if " again" in view.text and _PROMISE_AGAIN.search(view.text) is not None:
            for mention in found:
                if mention.reference == "next" and mention.status in ("ongoing", "concluded"):
                    # "the round ended with a promise to meet again within weeks": the ending is the last
                    # round's; the meeting promised is still to come
                    mention.status = "announced"
        began = _DAYS_AFTER_BEGAN.search(view.text) if found and " after " in view.text else None
        if began is not None:
            # "Talks ... continued in Florida on Sunday, a day after they began": begun that many days before
            for mention in found:
                day = mention.dates[1] or mention.dates[0]
                if mention.status == "ongoing" and day is not None and mention.dates[0] == day:
                    mention.dates = (day - timedelta(days=NUMBER_WORDS.get(began.group(1).lower(), 1)), day)
        shift = _DAY_BESIDE.match(view.text) if found else None
        if shift is not None:
            word = (shift.group(1) or shift.group(2)).lower()
            self._day_beside(view, found, -1 if word in ("before", "earlier") else 1)
        memory = self.memory
        same = memory.paragraph == view.paragraph
        # (an answer goes on from its question: "What happened to the fourth round? | It was due in ...")
        answer = memory.previous.endswith("?")
        if not same:
            memory.heading_days = (None, None)
        # (every weekday in capitals ends in "DAY": most sentences are spared the pattern)
        if ("DAY" in view.text and DAY_HEADING.fullmatch(view.text)) or (
            not same and view.text.endswith(".") and _TITLE_DAY_HEADING.fullmatch(view.text)
        ):
            # "THURSDAY." over a paragraph of a round-up: the day of what the paragraph tells
            days = [(d.first, d.last) for d in view.dates if d.first is not None]
            memory.heading_days = (days[0][0], days[-1][1] or days[-1][0]) if days else (None, None)
        elif memory.heading_days[0] is not None:
            for mention in found:
                if (
                    mention.dates[0] is None
                    and (mention.named or mention.is_meeting_like())
                    and of_the_headings_time(mention, memory.heading_days[0], self.doc.published)
                ):
                    mention.dates = memory.heading_days
                elif mention.dates[0] is not None and mention.dates[0] > self.doc.published:
                    self._after_heading_day(view, mention, memory.heading_days[0])
        first_day = (
            _FIRST_DAY_ON.match(view.text)
            if not found and same and memory.named is not None and "first day" in view.lower
            else None
        )
        if first_day is not None:
            # "The third round ... ended in Geneva on Wednesday. The first day of contacts, on Tuesday, lasted
            # more than four hours": the first day of the round just named
            days = [
                d.first for d in view.dates if first_day.start(1) <= d.start < first_day.end(1) and d.first
            ]
            if days:
                found = [
                    RoundMention(
                        view, number=memory.named[0], reference=memory.named[1], dates=(days[0], None)
                    )
                ]
        if not found and same and memory.named is not None and view.text.startswith("It "):
            found = self._it(view, attribution, memory.named)
        elif (
            not found
            and (same or answer)
            and memory.named is not None
            and (late := _FRONTED_IT.match(view.text))
        ):
            # "After the American and Israeli strikes on Iran on February 28 it was postponed": "it", after a
            # phrase set before it, is the round the sentence before named
            found = self._it(view, attribution, memory.named, late.start(1))
        elif (
            same
            and memory.named is not None
            and " that round " in view.text
            and len(found) == 1
            and not found[0].named
            and not found[0].meeting
        ):
            # "Both sides had hoped the meeting would prepare a fourth round. Budanov had said that round
            # could take place on February 26 and 27": the round the sentence before named
            found[0].number, found[0].reference = memory.named
        elif memory.named is not None and view.text.startswith(("That round ", "That round, ")):
            # (also opening a paragraph: "That round" can only be the one named last)
            # "That round ran on Wednesday and Thursday, and it was the second time ... the first round was
            # held there on January 23": the round the sentence before named, up to the clause's end
            clause = _THAT_ROUND_CLAUSE.match(view.text)
            found = self._it(view, attribution, memory.named, until=clause.end()) + found  # type: ignore[union-attr]
        elif same and memory.named is not None and view.text.startswith("It ") and _of_no_sides(found):
            # "The third round moved to Europe. It was held in Geneva on February 17 and 18, with Medinsky
            # now heading the Russian delegation", "It was billed as a security working group, and on the
            # Russian side it was led by Kostyukov": the head's side names no meeting of its own
            for mention in found:
                mention.number, mention.reference = memory.named
        elif (
            same
            and memory.named is not None
            and len(found) == 1
            and "the talks " in view.lower
            and _days_for_the_talks(found[0])
        ):
            # "A fourth round will be held in Geneva this week, TASS reported. Budanov had said last week that
            # the talks would be on February 26 and 27": the days ahead given to the talks are the round's
            found[0].number, found[0].reference = memory.named
        elif (
            not found
            and memory.named is not None
            and " as the " in view.text
            and _NAMED_AS_DAYS.search(view.text) is not None
        ):
            # "A fourth round is expected in Geneva later this week. Budanov had earlier named 26 and 27
            # February as the dates": the days named for it are the round's, still to come
            found = self._it(view, attribution, memory.named)
            # ("named Thursday and Friday, February 26 and 27, as the dates": the days as the calendar names
            # them, ahead)
            ahead = [d for d in view.dates if d.first is not None and d.first > self.doc.published]
            for mention in found:
                if ahead:
                    mention.dates = (ahead[-1].first, ahead[-1].last)
                    mention.status, mention.tense = "scheduled", "future"
        elif not found and same and memory.named is not None and _reports_it(view.text, attribution):
            # "The fourth round had been expected on March 5. On Monday, Peskov said it had been postponed":
            # the "it" of what is said is the round the sentence before named
            found = self._it(view, attribution, memory.named, attribution.content[0])  # type: ignore[union-attr]
        if (
            not found
            and same
            and _has(view.lower, _DELAY_WORDS)
            and _DELAY_NOUN.search(view.text) is not None
            and talk_or_meeting(memory.previous)
        ):
            # "The talks would go ahead on Wednesday. Peskov said the delay from the original date was a
            # matter of schedules": a delay named right after talks is theirs, put off (to the days known)
            found = [RoundMention(view, status="postponed")]
        if not found and memory.last_named is not None and "venue" in view.lower:
            found = self._venue_is(view, memory.last_named)
        scene_view = memory.scene_view if same else None
        if scene_view is not None:
            for mention in found:
                if mention.meeting and len(mention.parties) == 2 and mention.dates == (None, None):
                    # "On Saturday it was Moscow's turn in Miami. Dmitriev spent the afternoon with Witkoff":
                    # the sentence before set the scene of the meeting, a day and a place with nothing held
                    # (read only here: most sentences are followed by none such); "The envoys' Thursday had
                    # begun in Davos. There, ..., Trump met Zelensky": the place it names again
                    day, place = _scene(scene_view)
                    if day is not None and mention.venue in (None, place):
                        mention.dates, mention.venue = (day, None), place
        if found and ("heir " in view.text or "two " in view.text or "both " in view.text):
            self._their_meeting(view, found)
        if found and " last " in view.text and _LAST_MET.search(view.text) is not None:
            for mention in found:
                if mention.status is None and mention.tense == "past" and mention.venue is not None:
                    # "more than two months after the three delegations last sat down together in Geneva":
                    # the last time they met is a meeting held
                    mention.status = "concluded"
        if found and "direct " in view.text and _DIRECT_TALKS.search(view.text) is not None:
            # "he headed Russia's delegation at the direct talks in Istanbul last year": talks of the two
            # sides of the conflict with no one between them
            sides = set(self.doc.matcher.two_sides)
            for mention in found:
                if (
                    len(sides) == 2
                    and not mention.named
                    and not mention.trilateral
                    and mention.parties <= sides
                ):
                    mention.parties, mention.meeting = set(sides), True
        published = self.doc.published
        for mention in found:
            if (
                mention.status == "ongoing"
                and mention.meeting
                and not mention.named
                and mention.tense == "past"
                and mention.dates[0] is not None
                and mention.dates[1] in (None, mention.dates[0])
                and mention.dates[0] < published
                and _has(view.lower, _NTH_DAY_CUES)
                and _NTH_DAY_OF.search(view.text) is not None
            ):
                # "Medinsky also spent part of the second day alone with the Ukrainian team", told the day
                # after: a meeting on a day of the round gone by, told in the past, is over
                mention.status = "concluded"
        memory.scene_view = None if found else view
        named = [m for m in found if m.named]
        # (the latest round told so far: "the second round, on Feb. 4-5, had ended with a smaller swap" told
        # in passing in a piece on the third leaves "the first evening" the third's)
        for m in found:
            told = m.dates[0] or m.dates[1]
            known = memory.round_days[0] or memory.round_days[1]
            if (m.named or m.trilateral) and told is not None and (known is None or told >= known):
                memory.round_days = m.dates  # (a round told only by its end has no first evening known)
        placed = [m.venue for m in named if m.venue is not None]
        memory.round_venue = placed[-1] if placed else memory.round_venue
        plural_places = [m.venue for m in found if m.plural and m.venue is not None]
        memory.plural_venue = plural_places[-1] if plural_places else None
        if named:
            memory.named = memory.last_named = (named[-1].number, named[-1].reference)
        elif not (same or answer):
            memory.named = None
        people = [m.party for m in view.mentions if m.person and m.party]
        memory.people_parties = list(dict.fromkeys(people))
        # "Zelensky said he might not come. By Wednesday his office said he would. He is expected to meet
        # Trump on Thursday": a sentence that names no one leaves "he" the last person named before it, in
        # the same paragraph
        named_now = [(m.party, m.person.name) for m in view.mentions if m.person]
        memory.people = named_now or (memory.people if same else [])
        memory.subject = _opening_person(view) or memory.subject
        # An answer goes on from its question: "How many rounds have there been? | Three. The first two ..."
        carry = same or memory.previous.endswith("?")
        memory.previous = f"{memory.previous} {view.text}" if carry else view.text
        memory.paragraph = view.paragraph
        return found

    def _their_meeting(self, view: View, found: list[RoundMention]) -> None:
        """ "The American and Ukrainian teams kept moving. Their meeting in Florida on March 21 and 22 went
        through the package": talks said to be "their", or "between the two teams", are of the two sides the
        sentence before named (in its paragraph), when the talks name fewer themselves."""
        if view.index == 0 or _THEIR_MEETING.search(view.text) is None:
            return
        before = self.doc.views[view.index - 1]
        if before.paragraph != view.paragraph and not view.text.startswith("It "):
            return
        main = self.doc.matcher.main_parties
        sides = {m.party for m in before.mentions if m.party in main}
        if len(sides) != 2:
            return
        for mention in found:
            if mention.named or mention.trilateral or mention.plural or len(mention.parties) >= 2:
                continue
            if mention.parties and not mention.parties <= sides:
                continue
            mention.parties = set(sides)
            mention.meeting = True

    def _the_city(self, view: View, found: list[RoundMention]) -> None:
        """ "Istanbul is no stranger to the process. Russian and Ukrainian delegations met in the city on 16
        May last year": "the city" is the last city of talks named before it, in its sentence or paragraph."""
        at = view.lower.find(" in the city")
        if _CITY_NOUN.match(view.lower, at) is None:
            return
        places = [m.venue.name for m in view.mentions if m.venue is not None and m.end <= at]
        index = view.index
        views = self.doc.views
        while not places and index > 0 and views[index - 1].paragraph == view.paragraph:
            index -= 1
            places = [m.venue.name for m in views[index].mentions if m.venue is not None]
        if not places and index == view.index and index > 0:
            # "... noting that Geneva had already hosted the talks once. || It did so in February, when the
            # third round was held in the city": a paragraph's first sentence, the last one before it
            places = [m.venue.name for m in views[index - 1].mentions if m.venue is not None]
        if not places:
            return
        for mention in found:
            if mention.venue is None and (mention.is_meeting_like() or mention.named):
                mention.venue = places[-1]

    def _paragraph_places(self, view: View) -> list[str]:
        """The places of talks named in the sentences before this one in its paragraph, the last one last."""
        views = self.doc.views
        return [
            m.venue.name
            for before in views[: view.index]
            if before.paragraph == view.paragraph
            for m in before.mentions
            if m.venue is not None
        ]

    def _after_heading_day(self, view: View, mention: RoundMention, heading: date) -> None:
        """ "THURSDAY. ... Zelensky then announced that talks would be held on Friday and Saturday", in
        Sunday's round-up: a weekday still ahead on the day the heading gives the paragraph is the one after
        that day, not after the article's."""
        first, last = mention.dates
        if first is None or heading >= self.doc.published:
            return
        told = [
            d for d in view.dates if d.weekday and d.first is not None and (first - d.first).days % 7 == 0
        ]
        if not told:
            return
        after = heading + timedelta(days=(first.weekday() - heading.weekday()) % 7 or 7)
        if after < first:
            shift = first - after
            mention.dates = (after, last - shift if last is not None else None)

    def _day_of_month_told(self, view: View, pos: int, nth: int | None) -> date | None:
        """The nth day (None: the last) of the month named last before `pos`, in the sentence or the paragraph
        ("Then came December. On the second day of that month ...")."""
        views = self.doc.views
        for index in range(view.index, max(-1, view.index - 8), -1):
            before = views[index]
            if before.paragraph != view.paragraph and not _MONTH_HEADING.fullmatch(before.text):
                break
            end = pos if index == view.index else len(before.text)
            months = [MONTHS[m.group(1).lower()] for m in _MONTH_WORD.finditer(before.text, 0, end)]
            if months:
                published = self.doc.published
                year = published.year if months[-1] <= published.month else published.year - 1
                if nth is not None:
                    return date(year, months[-1], nth)
                following = date(year + months[-1] // 12, months[-1] % 12 + 1, 1)
                return following - timedelta(days=1)
        return None

    def _paragraph_start(self, view: View) -> int:
        """The index of the first sentence of the view's paragraph."""
        views = self.doc.views
        index = view.index
        while index > 0 and views[index - 1].paragraph == view.paragraph:
            index -= 1
        return index

    def _paragraph_label(self, view: View) -> str | None:
        """The party of the person whose answer the paragraph is ("ZELENSKY: ..."), if it opens with one."""
        views = self.doc.views
        index = self._paragraph_start(view)
        label = _ANSWER_LABEL.match(views[index].text)
        if label is None:
            return None
        name = label.group(1).title()
        people = [m.person for m in self.doc.matcher.mentions(name) if m.person and m.surface == name]
        return people[0].party if people else None

    def _presidents_before(self, view: View) -> list[str]:
        """The parties of the last two presidents (by the pack's role) named in the six sentences before, or
        those of the two presidents who met last when they are among the three named last ("Trump and
        Zelensky met in Davos today; tonight the envoys are with Putin. ... the two presidents spent an hour
        together")."""
        met = self.memory.presidents_met
        if len(met) == 2:
            named = self._presidents_before_in(view, 3)
            if met <= set(named):
                return sorted(met)
        return self._presidents_before_in(view, 2)

    def _presidents_before_in(self, view: View, count: int) -> list[str]:
        found: list[str] = []
        people = self.doc.matcher.people
        for before in reversed(self.doc.views[max(0, view.index - 6) : view.index]):
            for m in reversed(before.mentions):
                person = m.person
                if (
                    person is not None
                    and person.party is not None
                    and person.name in people
                    and (people[person.name].role or "").startswith("President")
                    and person.party not in found
                ):
                    found.append(person.party)
                    if len(found) == count:
                        return found
        return found

    def _sides_before(self, view: View, known: set[str]) -> set[str]:
        """The sides other than `known` that the last of the three sentences before to name any names by a
        person, a party or its adjective ("A U.S. delegation led by Witkoff"), not by a city where something
        happens ("flew to Moscow")."""
        for before in reversed(self.doc.views[max(0, view.index - 3) : view.index]):
            sides = {m.party for m in before.mentions if m.party and (m.person or m.venue is None)} - known
            if sides:
                return sides
        return set()

    def _answerer(self, view: View) -> tuple[str, str] | None:
        """The party and name of the person whose answer follows the question `view` ("ARAKHAMIA: ..."),
        within the next few sentences."""
        views = self.doc.views
        for index in range(view.index + 1, min(len(views), view.index + 4)):
            label = _ANSWER_LABEL.match(views[index].text)
            if label is None:
                continue
            name = label.group(1).title()
            people = [m.person for m in self.doc.matcher.mentions(name) if m.person and m.surface == name]
            return (people[0].party, people[0].name) if people and people[0].party else None
        return None

    def _day_beside(self, view: View, found: list[RoundMention], step: int) -> None:
        """ "The day before, Zelensky and Trump had sat down in Davos": a meeting on the day before (or after)
        the last day the text named, in the sentences just before."""
        for index in range(view.index - 1, max(-1, view.index - 6), -1):
            days = [d.first for d in self.doc.views[index].dates if d.first is not None]
            if days:
                day = days[-1] + timedelta(days=step)
                for mention in found:
                    if mention.dates[0] is None and mention.dates[1] is None and not mention.named:
                        mention.dates = (day, day)
                return

    def _read(self, view: View, attribution: Attribution | None) -> list[RoundMention]:
        text = view.text
        lo, hi = region(text, attribution)
        frame = statement_frame(text, attribution)
        same = self.memory.paragraph == view.paragraph or self.memory.previous.endswith("?")
        # "... The third, in Geneva, agreed a swap. || A fourth, planned for March, was put off": a paragraph
        # that opens with a bare ordinal goes on counting the rounds of the one before it
        # (so does one that opens with an ordinal meeting: "The first of those rounds opened in the Emirati
        # capital ... | The second meeting was meant to follow on February 1")
        opens_counted = (
            _OPENING_ORDINAL.match(text)
            or _OPENING_ORDINAL_MEETING.match(text)
            # ("At the second, on February 4 and 5, the admiral brought ... || He will not lead the third.")
            or (text.endswith(".") and _CLOSING_ORDINAL.search(text, max(0, len(text) - 16)))
        )
        before = self.memory.previous if same or opens_counted else ""
        triggers = find_triggers(view, lo, hi, before)
        if all(t.plural for t in triggers):
            # rounds named only together: words about talks, and the rounds as one item where placed
            generic = self._generic(view, lo, hi, frame)
            return generic + [m for t in triggers for m in self._plural(view, t, lo, hi, frame)]
        if _denied(view, lo, hi):
            return []  # "played down a report that a fourth round could be held ...": a rumour denied
        results: list[RoundMention] = []
        first_start, opener = clause_start(text, lo, triggers[0].start)
        if first_start > lo:
            results += self._generic(view, lo, first_start, frame)
        joined = self._meeting_before_and(view, first_start, triggers[0].start)
        if joined is not None:
            # "Dmitriev, who saw Witkoff in Miami on Jan. 31 and ran a parallel track in Geneva during the
            # third round": the meeting before "and" is an event of its own; the round's clause is after it
            told = self._generic(view, first_start, joined, frame)
            before = [m for m in view.mentions if m.end <= first_start and m.person and m.party]
            if opener == "relative" and text.endswith("who ", 0, first_start) and before:
                # ("Dmitriev, who saw Witkoff": the one the clause is about is a side of its meeting)
                for mention in told:
                    mention.parties.add(before[-1].party)  # type: ignore[arg-type]
                    mention.persons.add(before[-1].person.name)  # type: ignore[union-attr]
            results += told
            first_start = joined
        journey = _JOURNEY_FOR.search(text, first_start, triggers[0].start) if " for " in text else None
        if journey is not None and _DUE_AFTER.match(text, triggers[0].end) is not None:
            # "Negotiators were converging on Geneva on Monday for a third round of talks, due to run on
            # Tuesday and Wednesday": the journey is told apart (its day is not the round's); the round is
            # what its own words after it say, still ahead
            results += self._generic(view, first_start, journey.start(1), frame)
            first_start = journey.start(1)
        previous: RoundMention | None = None
        # A round named after a semicolon has the whole of its clause: "...; Geneva hosted the third".
        starts = [first_start] + [
            _after_semicolon(text, t.end, n.start) for t, n in zip(triggers, triggers[1:], strict=False)
        ]
        asides = [_aside(text, t, triggers[i - 1] if i else None, hi) for i, t in enumerate(triggers)]
        for i, trigger in enumerate(triggers):
            start = starts[i]
            end = starts[i + 1] if i + 1 < len(triggers) else hi
            aside = asides[i + 1] if i + 1 < len(triggers) else None
            end = aside[0] if aside is not None else end
            if trigger.plural:
                # Rounds named together say nothing of one round; words after their aside ("The third
                # round, which followed two rounds in Abu Dhabi, will be held in Geneva") go on with the
                # round named before them.
                own = asides[i]
                floor = max(lo, triggers[i - 1].end) if i else lo
                results += self._plural(view, trigger, floor, own[1] if own is not None else end, frame)
                if own is not None and previous is not None:
                    back = self._segment(view, own[1], end, frame, anchor=own[1])
                    back.number, back.reference = previous.number, previous.reference
                    results.append(back)
                continue
            end = clause_end(view, trigger.end, end, relative=i == 0 and opener in ("relative", "where"))
            semicolon = text.find("; ", trigger.end, end) if view.sentence.kind == "headline" else -1
            if semicolon >= 0:
                end = (
                    semicolon  # "Kremlin expects a fourth round in June; Umerov due in Washington next week"
                )
            said_more = _SAID_MORE.search(text, trigger.end, end) if ", " in text[trigger.end : end] else None
            if said_more is not None:
                end = said_more.start()  # "... of the first round, adding that ...": what else was said
            if i == 0 and _OPENING_PHRASE.fullmatch(text, lo, trigger.start) is not None:
                # "After the third round in Geneva, Witkoff met Umerov in Miami": a round in a phrase that
                # opens the sentence ends at its comma; the main clause tells of another event
                comma = text.find(",", trigger.end, end)
                if comma >= 0 and _SET_OFF.match(text, comma):
                    # "After the first round in Abu Dhabi, held on January 23-24, it would be wrong ...": a
                    # phrase set off within the opening one still speaks of the round
                    comma = text.find(",", comma + 1, end)
                if comma >= 0 and i + 1 == len(triggers):
                    results += self._generic(view, comma + 1, end, frame)
                end = comma if comma >= 0 else end
            elif i == 0 and _OPENING_WHILE.fullmatch(text, 0, trigger.start) is not None:
                # "The next day, while military delegations met in Abu Dhabi for the first trilateral round,
                # he held separate economic talks with Witkoff": the round's clause of time ends at its
                # comma; the main clause tells of talks of their own
                comma = text.find(", ", trigger.end, end)
                if comma >= 0 and i + 1 == len(triggers) and _SUBJECT_THEN_VERB.match(text, comma + 2):
                    results += self._generic(view, comma + 1, end, frame)
                    end = comma
            joined = joined_meeting(view, trigger.end, end)
            if joined is not None:
                if i + 1 == len(triggers):
                    results += self._generic(view, joined[1], end, frame)
                end = joined[0]
            # "led by Kostyukov in the first two rounds and by Medinsky in Geneva": a phrase that repeats a
            # preposition of the round's clause after "and" is a parallel one, about another round
            parallel = _PARALLEL.search(text, trigger.end, end)
            if parallel is not None and _repeats(text, start, trigger.start, parallel.group(1)):
                if i + 1 == len(triggers):
                    # "hung over the second round in Abu Dhabi, and over Dmitriev's meeting with the American
                    # team in Miami": the parallel phrase tells of talks of its own
                    results += self._generic(view, parallel.end() - len(parallel.group(1)) - 1, end, frame)
                end = parallel.start()
            # "Geneva, which hosted the third round, ...": a place that hosted the round is its place, as
            # one before "where" is
            hosted = opener == "relative" and _HOSTED.match(text, first_start) is not None
            where = (
                venue_before(view, self.doc, first_start)
                if i == 0 and (opener == "where" or hosted)
                else None
            )
            beside = (
                _BESIDE_THE_ROUND.search(text, max(start, trigger.start - 50), trigger.start)
                if i == 0 and trigger.number is not None and _has(text, _BESIDE_CUES)
                else None
            )
            told_beside: list[RoundMention] = []
            if beside is not None and self._verb(view, start, beside.start()) is not None:
                # "Dmitriev met Witkoff on the sidelines of the first round", "a working group that met
                # alongside the first round": talks beside a round are a meeting of their own; the round is
                # told by the words from the phrase on
                told_beside = [m for m in self._generic(view, start, beside.start(), frame) if m.meeting]
                start = beside.start() if told_beside else start
            mention = self._segment(view, start, end, frame, where=where, anchor=trigger.start)
            mention.number, mention.reference = trigger.number, trigger.reference
            for told in told_beside:
                # (held where and, when it is one day, when the round was)
                told.venue = told.venue or mention.venue
                mention.venue = mention.venue or told.venue
                if told.dates[0] is None and mention.dates[1] in (None, mention.dates[0]):
                    told.dates = (mention.dates[0], None)
                if mention.status is None and told.status in _HELD:
                    mention.status, mention.tense = "concluded", "past"  # talks held beside it: it was held
                results.append(told)
            if (
                trigger.reference is not None
                and trigger.number is None
                and len(mention.parties) == 2
                and not mention.trilateral
                and _WITH_THE_OTHER.match(text, trigger.end) is not None
                # (not the partner of talking about it: "discussed the next round with Witkoff by phone")
                and _DISCUSSED.search(text, max(lo, trigger.start - 60), trigger.start) is None
            ):
                # "Ukrainian negotiators held their last round with the Americans in Miami", "Putin invited
                # them for another round of conversations": a round of two sides, one with the other, is a
                # meeting of theirs, not the last or next of the three-way talks
                mention.reference, mention.meeting = None, True
            if (
                where is not None
                and mention.dates == (None, None)
                and mention.status not in ("postponed", "cancelled")
            ):
                # "On Tuesday the caravan moves to Geneva, where the third round is due to open": the day of a
                # journey to the place where the round is held is the round's (one day, one journey)
                journey = _TRAVEL_TO.search(text, lo, first_start)
                days = [d for d in view.dates if lo <= d.start < first_start and d.first is not None]
                if journey is not None and len(days) == 1:
                    first, last = days[0].first, days[0].last or days[0].first
                    if days[0].weekday and mention.status is not None:
                        # (a bare weekday falls in the week the round's tense says, as in `pick_dates`)
                        shift = week_shift(first, self.doc.published, mention.status)
                        first, last = first + shift, last + shift
                    mention.dates = (first, last if last != first else None)
            if mention.status in _HELD and _PREPARING_FOR.search(
                text, max(0, trigger.start - 30), trigger.start
            ):
                # "the conversation, which lasted forty minutes, dealt with the preparations for the third
                # round": a round being prepared for is still ahead, whatever verb the sentence is told in
                mention.status, mention.tense = None, "future"
            if mention.dates != (None, None) and _DISCUSSED.search(
                text, max(lo, trigger.start - 60), trigger.start
            ):
                # "Umerov discussed the timing of the next round with Witkoff by phone on Tuesday": the days
                # of a clause whose object is the round are those of the talking about it
                mention.dates = (None, None)
            if trigger.reference == "next" and mention.tense == "future" and mention.status in _HELD:
                # "ready for the next round, whenever the Americans set a date" after "had received no
                # reply": a round still to come is not under way or over by another verb of the sentence
                mention.status = None
            mention.venue = (
                mention.venue
                or _host_before(view, lo, trigger.start)
                or self._it_hosted(view, lo, trigger.start)
            )
            if trigger.reference == "last" and mention.dates[0] is not None and len(mention.parties) == 2:
                self._last_was_a_meeting(view, mention, trigger.end, start, end, frame)
            elif trigger.reference == "last" and mention.dates[0] is not None and not mention.parties:
                # "The last face-to-face meeting was held in Florida on March 21 and 22, when Ukrainian
                # negotiators sat down with Witkoff": the sides of the clause that tells when it was
                when = text.find(", when ", max(trigger.end, end - 2), hi) if end < hi else -1
                verb = self._verb(view, when, hi) if when >= 0 else None
                if verb is not None and len(sides_in(view, when, hi, frame, mention.venue)[0]) == 2:
                    mention.reference, mention.meeting = None, True
                    self._meeting(view, mention, verb, start, hi, frame)
            if trigger.reference == "next" and mention.venue is not None:
                # "Abu Dhabi talks wrapped up, next meeting pencilled in for Sunday": the place that names the
                # talks told of before the next round is theirs, not the next round's
                mention.venue = self._past_talks_place(view, (start, end), frame, trigger, mention)
            if (
                mention.tense == "past"
                and mention.status in (None, "announced")
                and _SETTING.search(text, max(0, trigger.start - 24), trigger.start)
            ):
                # "At the second round in Abu Dhabi last week, the United States proposed ...": what was done
                # at a round, told in the past, tells that the round was held
                mention.status = "concluded"
            # (not those of a clause of time after the round: "had been pencilled in for March 5 to 9, until
            # the American and Israeli strikes on Iran upended the plan")
            cause = _CAUSE_AFTER.search(text, trigger.end, end) if "," in text[trigger.end : end] else None
            if len(mention.parties) < 2 and foreign_talks(view, first_start, cause.start() if cause else end):
                # "Iranian and American negotiators held a new round of talks in Geneva": another story's
                previous = None
                continue
            if (
                _UNSURE.search(text, start, end) is not None
                or (i == 0 and _on_condition(text, lo, trigger.start, trigger.end, end))
            ) and not _DATE_OF.search(text, start, trigger.start):
                # "It is unclear whether a fourth round will take place": a round only wondered about says
                # nothing of itself, and is no round unless other words speak of it
                mention.unsure = True
                mention.status = mention.tense = mention.venue = None
                mention.dates = (None, None)
            if (
                mention.number is not None
                and mention.status in (None, "announced")
                and _SPAN_AFTER_OR_AS_AT.search(text, max(lo, trigger.start - 40), trigger.start) is not None
            ):
                # "A week after the third round of talks in Geneva, the calendar is crowded with dates nobody
                # will confirm", "led by the same officials as in the first round": a round time is counted
                # from, or one compared with, was held
                mention.status, mention.tense = "concluded", "past"
            if (
                mention.number is not None
                and mention.status in (None, "announced")
                and _AFTER_ROUND.search(text, max(lo, trigger.start - 20), trigger.start) is not None
                and (
                    tense_of(text[: trigger.start]) == "past"
                    or _SAID_BEFORE.search(text, 0, trigger.start) is not None
                )
            ):
                # "Zelensky said as much after the second round in Abu Dhabi: the negotiators could finish the
                # documents": a round something was done after, told in the past, was held
                mention.status, mention.tense = "concluded", "past"
            if (
                mention.number is not None
                and mention.status is None
                and mention.tense is None
                and _AFTER_ROUND.search(text, max(lo, trigger.start - 20), trigger.start) is not None
            ):
                mention.tense = "past"  # "After the second round in Abu Dhabi, the third ...": held before
            ahead_of = _AHEAD_OF_ROUND.search(text, max(lo, trigger.start - 25), trigger.start)
            if ahead_of is not None and mention.status is None and mention.tense is None:
                mention.status = "announced"  # "..., ahead of the fourth round in Geneva": still to come
            elif (
                ahead_of is not None
                and mention.status in _HELD
                and self._status(view, trigger.start, end) is None
            ):
                # "The first round ended on Saturday, and the week that followed was meant to be a short
                # run-up to the second": a round led up to is still to come, whatever an earlier clause says
                mention.status, mention.tense = "announced", "future"
            if (
                mention.status == "ongoing"
                and _BEFORE_ROUND.search(text, max(lo, trigger.start - 12), trigger.start) is not None
                and tense_of(text[trigger.start : end]) != "past"
            ):
                # "two days before the fourth round opens in Geneva": the present of a timetable, still ahead
                mention.status = "scheduled"
            if previous is not None and mention.status is None and mention.tense is None:
                # a verb said once for two rounds: "..., the second in May", "... and round three in Geneva"
                mention.status, mention.tense = previous.status, previous.tense
            if previous is not None and _JOINED.fullmatch(text, triggers[i - 1].end, trigger.start):
                # "The first round (Jan. 23-24) and the second (Feb. 4-5) were both held in Abu Dhabi": the
                # rounds joined as one subject share its predicate
                previous.venue = previous.venue or mention.venue
                previous.status, previous.tense = (
                    previous.status or mention.status,
                    previous.tense or mention.tense,
                )
            if i == 0 and opener == "where" and _has(view.lower[lo:start], _HEAD_WORDS):
                # "The Russian delegation headed by Medinsky has departed for Geneva, where the next round
                # will be held": the delegation that goes there is led at that round by its head
                for party, person in heads_of(view, lo, start).items():
                    mention.heads.setdefault(party, person)
            if i == 0 and start > lo:
                # "Kyiv and Moscow swapped 314 prisoners on Thursday, as the second round ended": what the
                # sentence says was agreed or done is the round's outcome, whichever clause says it, and
                # the day of a clause the round's words accompany ("as", "while") is theirs too.
                mention.outcomes = [*outcomes_in(text, lo, start), *mention.outcomes]
                if (
                    opener == "as"
                    and mention.dates == (None, None)
                    and mention.status not in ("postponed", "cancelled")
                    and not _places_another(text, start, trigger.start)
                ):
                    # (not a round "on hold" while prisoners were swapped on Friday: no day of its own)
                    mention.dates = same_time(view, lo, start, end, frame, mention.duration)
                if (
                    opener == "as"
                    and mention.venue is None
                    and mention.status not in ("postponed", "cancelled")
                    and not talk_or_meeting(text, lo, start)
                ):
                    # "In Geneva on February 17 and 18, while Medinsky headed the delegation at the third
                    # round, ...": the place of the clause the round's words accompany (not that of talks of
                    # its own: "hold talks in Davos as the first trilateral meeting is set for the UAE")
                    _set_scene(mention, view, lo, start, placed=True, days=False)
            if (
                i == 0
                and mention.dates == (None, None)
                and (
                    mention.status not in ("postponed", "cancelled") or _PUT_OFF_FROM.search(text) is not None
                )
            ):
                # The day a timeline gives a round put off is the day it was put off ("Feb. 1 — A second
                # round planned in Abu Dhabi is pushed back"), unless the line says from when ("FEB. 4-5 -
                # Round two in Abu Dhabi, pushed back from Feb. 1"): then it is the round's new day.
                mention.dates = _dated_line(view, trigger.start)
            results.append(mention)
            each = _days_in_turn(view, trigger.end, end, frame, 1 + len(trigger.more)) if trigger.more else []
            if each:
                # "the first two rounds, in Abu Dhabi on Jan. 23-24 and Feb. 4-5": one day each, in turn
                mention.dates = each[0]
            results += [
                replace(mention, number=n, dates=each[k + 1] if each else (None, None))
                for k, n in enumerate(trigger.more)
            ]
            previous = mention
        both = _ALL_IN.search(text, triggers[-1].end, hi) if len(triggers) > 1 else None
        if both is not None:
            # "The first round was held in January and the second in early February, both in Abu Dhabi":
            # a place said of all the rounds at the end is each one's
            venue = venue_of(view, self.doc, both.start(), hi, named_from=both.start())
            for named in results:
                if named.named and named.venue is None:
                    named.venue = venue
        of_them = {t.number for t in triggers if t.of_them}
        places = [m.venue for m in results if m.plural and m.venue] or [self.memory.plural_venue]
        for named in results if of_them and places[-1] is not None else ():
            if named.number in of_them and named.venue is None:
                named.venue = places[-1]  # "both Abu Dhabi rounds, the first of which opened on January 23"
        plural = next((t for t in triggers if t.plural), None)
        elliptic = [t for t in triggers if t.elliptic and plural is not None and t.start > plural.end]
        if elliptic:
            # "the three rounds held so far, the first two in Abu Dhabi and the third in Geneva": what the
            # rounds named together are said to be, each one named after them is, unless it says otherwise
            told = self._status(view, plural.start, elliptic[0].start)  # type: ignore[union-attr]
            numbers = {n for t in elliptic for n in (t.number, *t.more)}
            for named in results:
                if told is not None and named.status is None and named.number in numbers:
                    named.status = told
        return results

    def _last_was_a_meeting(
        self, view: View, mention: RoundMention, after: int, start: int, end: int, frame: tuple[int, int]
    ) -> None:
        """ "The last meeting at the top came on Dec. 28, when Zelensky visited Trump at Mar-a-Lago": the last
        meeting, told as two sides meeting on a day, is that meeting, not the round held before the next."""
        if mention.trilateral or mention.bilateral:
            return
        verb = self._verb(view, after, end) or _VISITED.search(view.text, after, end)
        if verb is None:
            return
        if verb.re is _VISITED and not any(
            m.person for m in view.mentions_between(verb.end(), verb.end() + 40)
        ):
            return  # "visited Kyiv": a place, no one met
        mention.reference, mention.meeting = None, True
        self._meeting(view, mention, verb, start, end, frame)

    def _meeting_before_and(self, view: View, start: int, pos: int) -> int | None:
        """Where a verb phrase joined by "and" begins, before the round named at `pos`, when the phrase before
        it tells of a meeting with a place or a day ("saw Witkoff in Miami on Jan. 31 and ran ... during the
        third round"); None otherwise. "and" before a name joins people ("Witkoff and Kushner")."""
        text = view.text
        if " and " not in text[start:pos]:
            return None
        joined = None
        for match in _AND_A_VERB.finditer(text, start, pos):
            joined = match
        if joined is None or self._verb(view, start, joined.start()) is None:
            return None
        told = any(start <= d.start < joined.start() for d in view.dates) or any(
            m.venue is not None for m in view.mentions_between(start, joined.start())
        )
        return joined.end() if told else None

    def _place_asked_about(self, view: View, found: list[RoundMention]) -> None:
        """ "You were in Miami last month. What did the Americans tell you? | ARAKHAMIA: On the 17th we spent
        a whole day with Witkoff": a meeting told in an answer, placed nowhere, is in the one place the
        question named."""
        views = self.doc.views
        index = self._paragraph_start(view)
        if index == 0 or _ANSWER_LABEL.match(views[index].text) is None:
            return
        question = [v for v in views[max(0, index - 4) : index] if v.paragraph == views[index - 1].paragraph]
        if not question or not question[-1].text.endswith("?"):
            return
        places = {
            m.venue.name
            for v in question
            for m in v.mentions
            if m.venue is not None and v.text[max(0, m.start - 4) : m.start] in (" in ", " at ", " to ")
        }
        if len(places) == 1:
            place = places.pop()
            for mention in found:
                if mention.venue is None and mention.is_meeting_like():
                    mention.venue = place

    def _it_hosted(self, view: View, lo: int, pos: int) -> str | None:
        """ "For two months the Emirati capital was the quiet room ... Twice this winter it hosted the talks:
        the first round on Jan. 23-24 and the second on Feb. 4-5": "it", as the subject of a verb of hosting,
        is the place the sentence before named last, in the same paragraph."""
        text = view.text
        clause = max(lo, text.rfind(";", lo, pos) + 1)
        it = _IT_HOSTS.search(text, clause, pos) if "it " in text[clause:pos].lower() else None
        if it is None or view.index == 0:
            return None
        before = self.doc.views[view.index - 1]
        if before.paragraph != view.paragraph and not _NEW_PARAGRAPH_OPENS_WITH_IT.match(text):
            return None
        places = [m.venue.name for m in before.mentions if m.venue is not None]
        return places[-1] if places else None

    def _plural(
        self, view: View, trigger: Trigger, lo: int, end: int, frame: tuple[int, int]
    ) -> list[RoundMention]:
        """Rounds named together and placed ("..., which followed two rounds in Abu Dhabi"): one item, with
        no number, told from the last comma or semicolon before them (the verb of a relative clause with
        them) on. The story's trilateral rounds when their sentence speaks of trilateral talks. Rounds
        counted and given as many days in turn ("the two rounds in Abu Dhabi, on January 23-24 and February
        4-5") are one item each, on its days."""
        text = view.text
        start = max(lo, text.rfind(",", lo, trigger.start) + 1, text.rfind(";", lo, trigger.start) + 1)
        mention = self._segment(view, start, end, frame, anchor=trigger.start)
        if mention.venue is None:
            # "At both Abu Dhabi rounds": the place named inside the words for them
            inner = [m.venue.name for m in view.mentions_between(trigger.start, trigger.end) if m.venue]
            mention.venue = inner[0] if len(inner) == 1 else None
        if mention.venue is None:
            return []  # unplaced ("three rounds since January")
        listed = _listed_rounds(view, trigger, end, mention) if ":" in text[trigger.end : end] else []
        if listed:
            return listed
        places = {m.venue.name for m in view.mentions_between(trigger.start, end) if m.venue is not None}
        if len(places) > 1:
            return []  # "three rounds in Abu Dhabi and Geneva": rounds of several places are no one item
        count = _COUNTED.match(view.lower, trigger.start) if mention.dates[0] is not None else None
        days = _days_in_turn(view, trigger.end, end, frame, _COUNTS[count.group(1)]) if count else []
        if mention.dates[0] is not None and not days:
            return []  # dated, and so one round
        # Their state is that of their own words ("two more rounds will be held in Geneva"); otherwise
        # rounds named together are the ones held before ("after two in Abu Dhabi"), not a round to come.
        own = self._status(view, trigger.start, end)
        mention.status = own or (
            "announced" if tense_of(view.text[trigger.start : end]) == "future" else "concluded"
        )
        mention.trilateral |= _has(view.lower, _TRI_CUES) and TRILATERAL.search(view.text) is not None
        if days:
            return [
                replace(mention, dates=d, parties={*mention.parties}, persons={*mention.persons})
                for d in days
            ]
        mention.plural = True
        return [mention]

    def _venue_is(self, view: View, named: tuple[int | None, str | None]) -> list[RoundMention]:
        """ "The next round will take place on Wednesday and Thursday. ... 'The venue stays the same, Abu
        Dhabi,' Zelensky wrote": a sentence that says what the venue is places the round named last."""
        text = view.text
        for match in _VENUE_IS.finditer(text):
            place = view.mention_starting_at(match.end())
            if place is not None and place.venue is not None:
                mention = RoundMention(view, number=named[0], reference=named[1], venue=place.venue.name)
                return [mention]
        return []

    def _it(
        self,
        view: View,
        attribution: Attribution | None,
        named: tuple[int | None, str | None],
        said_from: int | None = None,
        until: int | None = None,
    ) -> list[RoundMention]:
        """ "Round two was pushed back by three days. It ended with a prisoner swap": "It" is the round the
        sentence before named, and what the sentence says is said of it (from `said_from` when it is what a
        speaker said: "Peskov said it had been postponed")."""
        lo, hi = region(view.text, attribution)
        lo = lo if said_from is None else said_from
        hi = hi if until is None else min(hi, until)
        # "It had been pencilled in for Abu Dhabi, but Iranian strikes since Feb. 28 made ...": a contrast
        # that opens with words of its own tells of something else
        contrast = _CONTRAST.search(view.text, lo, hi)
        hi = contrast.start() if contrast is not None else hi
        # ... so does a second thing said ("said it had been planned for March 5 to 9, ..., and that Kyiv had
        # asked Washington to move it ... once Iranian missiles began to fall")
        # (and so does a second clause of its own: "It slipped to February 4 and 5, ..., and it opened a day
        # after Russia fired 71 missiles")
        second = min(
            (
                i
                for i in (view.text.find(", and that ", lo, hi), view.text.find(", and it ", lo, hi))
                if i >= 0
            ),
            default=-1,
        )
        hi = second if second >= 0 else hi
        mention = self._segment(view, lo, hi, statement_frame(view.text, attribution), anchor=lo)
        if not (mention.status or mention.dates[0] or mention.venue or mention.duration):
            return []
        mention.number, mention.reference = named
        return [mention]

    def _generic(self, view: View, lo: int, hi: int, frame: tuple[int, int]) -> list[RoundMention]:
        """Mentions in words that name no round: each clause that speaks of talks, a meeting or travel."""
        text = view.text
        aside = _SUBJECT_ASIDE.match(text, lo, hi) if lo == 0 and ", who " in text else None
        if aside is not None and self._verb(view, aside.start(2), aside.end(2)) is not None:
            return self._subject_aside(view, aside, hi, frame)
        results: list[RoundMention] = []
        start = lo
        cuts = [(brk.start(), brk.end()) for brk in breaks(text, lo, hi) if not ends_a_list(view, brk)]
        if lo < frame[1] < hi and self._verb(view, frame[0], frame[1]) is not None:
            # "Zelensky, fresh from talks with Trump in Davos, said trilateral talks would take place in the
            # UAE": the meeting in the speaker's apposition ends at the speech verb; what he said is apart
            cuts = sorted([*cuts, (frame[1], frame[1])])
        opening = _OPENING_CLAUSE.match(text, lo, hi) if lo == 0 and text[0] in "ABSUOW" else None
        if opening is not None and not any(a <= opening.end(1) < b for a, b in cuts):
            # "Before the trilateral format began, a Ukrainian team had met the Americans in Miami": a clause
            # that opens the sentence with a verb of its own tells of another event than the main clause
            cuts = sorted([*cuts, (opening.start(1), opening.end())])
        fronted = _FRONTED_DAY_WHILE.match(text, lo, hi) if lo == 0 and "while " in text else None
        if fronted is not None:
            # "On Feb. 17, while Medinsky's delegation sat down with the Ukrainians in Geneva, Dmitriev held
            # separate talks with Witkoff in the same city": the clause set off by "while" is another meeting
            # than the main one, on the same day
            end = _MAIN_AFTER.search(text, fronted.end(), hi)
            if end is not None:
                cuts = sorted([*cuts, (end.start(), end.start() + 1)])
        since = _SINCE_TALKS.search(text, lo, hi) if "since " in view.lower else None
        if since is not None and not any(a <= since.start() < b for a, b in cuts):
            # "The trilateral format has been frozen since the Geneva round in mid-February": the talks after
            # "since" are another event, held before, not what was frozen
            cuts = sorted([*cuts, (since.start(), since.end())])
        since_when = _SINCE_DAY_WHEN.search(text, lo, hi) if ", when " in text and "since " in text else None
        if since_when is not None and not any(
            d.first is not None and d.start <= since_when.start() + 7 < d.end for d in view.dates
        ):
            since_when = None  # (a day, not a place: "since Istanbul last year, when ...")
        if since_when is not None and (
            self._verb(view, since_when.end(), hi) is None
            or len(sides_in(view, since_when.end(), hi, frame, None)[0]) != 2
        ):
            since_when = None  # (only a meeting of two sides told whole after "when")
        if since_when is not None and not any(a <= since_when.start() < b for a, b in cuts):
            # "the first meeting between the two teams since February 26, when Witkoff and Kushner saw Umerov
            # in Geneva": the day after "since" is that of the clause after "when", another event
            cuts = sorted([*cuts, (since_when.start(), since_when.end())])
        followed = _FOLLOWED.search(text, lo, hi) if "ed a" in text else None
        if followed is not None and not any(a <= followed.start() < b for a, b in cuts):
            # "The postponement followed a meeting in Miami on Saturday between Dmitriev and ...": the
            # meeting that came before is another event than the subject's
            cuts = sorted([*cuts, (followed.start(), followed.end())])
        cut_before: tuple[int, int] | None = None
        for cut in [*cuts, None]:
            end = cut[0] if cut is not None else hi
            where = (
                venue_before(view, self.doc, start)
                if text[max(lo, start - 8) : start].endswith("where ")
                else None
            )
            mention = self._clause(view, start, end, frame, where)
            after_where = text[max(lo, start - 8) : start].endswith("where ")
            if mention is not None and after_where and mention.dates[0] is None and not mention.past_span:
                # "since last week's session in the Swiss city, where the three delegations talked for two
                # days": the talks the clause tells of are the session named just before, gone by
                mention.past_span = any(
                    d.first is None
                    and start - 60 <= d.start < start
                    and view.lower.startswith(_GONE_BY, d.start)
                    for d in view.dates
                )
            if (
                mention is not None
                and results
                and results[-1].travel
                and mention.meeting
                and len(mention.parties) == 2
                and mention.venue is None
                and _JOURNEY_PURPOSE.search(text, start, end) is not None
            ):
                # "On January 17, Umerov flew to Miami with Budanov, ..., for talks with Witkoff": the talks a
                # journey was made for are held where it went, on its day
                mention.venue = results[-1].venue
                if mention.dates[0] is None:
                    days = [d for d in view.dates if lo <= d.start < start and d.first is not None]
                    mention.dates = (days[-1].first, days[-1].last) if days else mention.dates
            if mention is not None and after_where and mention.meeting and len(mention.parties) >= 2:
                # "a late-night meeting in the Kremlin on Thursday, where Putin received Witkoff": the
                # meeting named before "where" is the one the clause tells of, with its place and day
                if results and _fills(results[-1], mention):
                    named = results.pop()
                    mention.venue = mention.venue or named.venue
                    mention.dates = mention.dates if mention.dates[0] is not None else named.dates
                self._place_before_where(view, start, mention)
                if mention.dates[0] is None:
                    # "travelled to Miami on Saturday, where he met Witkoff": the day of the place
                    days = [
                        d
                        for d in view.dates
                        if d.first is not None and _WHERE_AFTER.fullmatch(text, d.end, start)
                    ]
                    opening = [d for d in view.dates if d.first is not None and d.start < start]
                    if not days and len(opening) == 1 and _DAY_OPENS.fullmatch(text, 0, opening[0].start):
                        # "On Thursday it was Davos, where Trump and Zelensky spent an hour together": the day
                        # the sentence opens with, the only one before "where"
                        days = opening
                    mention.dates = (days[-1].first, days[-1].last) if days else mention.dates
            if mention is not None and cut_before is not None and mention.meeting:
                self._shared_subject(view, lo, cut_before, start, mention, results)
            if mention is not None and cut_before is not None and mention.dates[0] is None:
                self._same_day(view, lo, cut_before, mention)
            if mention is not None and since_when is not None and start == since_when.end():
                days = [d for d in view.dates if d.first is not None and since_when.start() < d.start < start]
                if days and mention.dates[0] is None and _AFTER_BEFORE.search(text, start, end) is None:
                    # (not "since October 2, when the two sides swapped prisoners after the Istanbul talks")
                    mention.dates = (days[0].first, days[0].last if days[0].last != days[0].first else None)
            if mention is not None and fronted is not None and mention.dates[0] is None:
                days = [d for d in view.dates if d.first is not None and d.start < fronted.start(1)]
                mention.dates = (
                    (days[0].first, days[0].last if days[0].last != days[0].first else None)
                    if days
                    else mention.dates
                )
            if mention is not None:
                if since is not None and start == since.end() and mention.status is None:
                    mention.tense = mention.tense or "past"
                    # "no trilateral meeting since the Geneva round": the round since which none was held is
                    # one of that kind
                    mention.trilateral |= TRILATERAL.search(text, lo, since.start()) is not None
                results.append(mention)
                if mention.meeting and len(mention.parties) == 2 and " did " in text[start:end]:
                    results += self._as_they_did(view, mention, start, end)
            if cut is not None:
                start = cut[1]
                cut_before = cut
        return results

    def _two_envoys(self, both: re.Match[str] | None, parties: set[str]) -> str | None:
        """The side of "the two envoys" a clause names with one other side: that of the last two people named,
        when they are of one side."""
        if both is None or len(parties) != 1 or not both.group().lower().endswith(" envoys"):
            return None
        last = [party for party, _ in self.memory.people[-2:]]
        if len(last) == 2 and last[0] == last[1] and last[0] is not None and last[0] not in parties:
            return last[0]
        return None

    def _same_day(self, view: View, lo: int, cut: tuple[int, int], mention: RoundMention) -> None:
        """ "Putin received the envoys in the Kremlin late on Jan. 22, the same day that Trump and Zelensky
        met in Davos": the clause after the cut was held on the last day named before it (or on the day
        after, or before, that one)."""
        told = _SAME_DAY_AS.match(view.text, cut[0]) or _HOURS_APART.match(view.text, cut[0])
        if told is None or (told.re is _HOURS_APART and _FINISHED.match(view.text, told.end())):
            # ("only hours after Putin had finished a long night session": it ended that day, begun before)
            return
        days = [d.first for d in view.dates if lo <= d.start < cut[0] and d.first is not None]
        if days:
            # (", hours after Trump and Zelensky had met in Davos": hours apart, the same day)
            hours = "hours" in told.group()
            step = 0 if hours else 1 if "before" in told.group() else -1 if "after" in told.group() else 0
            day = days[-1] + timedelta(days=step)
            mention.dates = (day, None)

    def _shared_subject(
        self,
        view: View,
        lo: int,
        cut: tuple[int, int],
        start: int,
        mention: RoundMention,
        results: list[RoundMention],
    ) -> None:
        """ "Witkoff arrived in Moscow on Thursday, and met Putin for five hours": a clause joined by "and"
        that opens with its verb has the subject of the clause before it, so the meeting is of that
        subject's side too; after a journey ("flew to Miami on Saturday, and held talks with Witkoff") it
        was held where the journey went, on its day."""
        text = view.text
        if not _JOINED_AND.search(text, cut[0], cut[1] + 1):
            return
        # (the verb's words may run long: "and spent the weekend of March 21 and 22 with a Ukrainian team")
        verb = self._verb(view, start, min(len(text), start + 90))
        if verb is None or not _OPENING_ADVERBS.fullmatch(text, start, verb.start()):
            return
        travel = _TRAVEL.search(text, lo, cut[0])
        first_verb = self._verb(view, lo, cut[0])
        heads = [m.start() for m in (travel, first_verb) if m is not None]
        if not heads:
            return
        subject = [
            m for m in view.mentions_between(lo, min(heads)) if m.party and (m.person or m.venue is None)
        ]
        if not subject:
            return
        mention.parties |= {m.party for m in subject if m.party}
        mention.persons |= {m.person.name for m in subject if m.person}
        mention.trilateral |= len(mention.parties) >= 3
        if travel is None or mention.venue is not None:
            return
        journey = results[-1] if results and results[-1].view is view else None
        if journey is not None and (journey.meeting or journey.named or journey.venue is None):
            return
        days = [d for d in view.dates if lo <= d.start < cut[0] and d.first is not None]
        if journey is not None:
            mention.venue = journey.venue
            if journey.dates[0] is not None:
                days = []
                mention.dates = mention.dates if mention.dates[0] is not None else journey.dates
            results.pop()  # the journey told only where and when the meeting was
        else:
            mention.venue = _place_within(view, travel.end(), cut[0])
        if days and mention.dates[0] is None:
            mention.dates = (days[-1].first, days[-1].last)

    def _as_they_did(self, view: View, mention: RoundMention, start: int, end: int) -> list[RoundMention]:
        """ "Umerov and Witkoff will meet in Geneva next week, as they did in Miami in January": the same
        sides met before, in the place and month the comparison names, and that place is not the new one's."""
        text = view.text
        did = _AS_THEY_DID.search(text, start, end)
        if did is None:
            return []
        places = [m.venue.name for m in view.mentions_between(did.end(), end) if m.venue is not None]
        if not places:
            return []
        if mention.venue == places[0]:
            mention.venue = venue_of(view, self.doc, start, did.start())
        past = RoundMention(view, status="concluded", tense="past", venue=places[0], meeting=True)
        past.parties = set(mention.parties)
        past.month = month_named(text, did.end(), end)
        past.past_span = True
        return [past]

    def _subject_aside(
        self, view: View, aside: re.Match[str], hi: int, frame: tuple[int, int]
    ) -> list[RoundMention]:
        """ "Witkoff, who met Putin in the Kremlin last week, will see Dmitriev in Miami on Saturday": the
        relative clause set off after the subject tells a meeting of its own, apart from the main clause's;
        the subject is a side of both."""
        subject = [m for m in view.mentions_between(0, aside.end(1)) if m.person is not None and m.party]
        found: list[RoundMention] = []
        for start, end in ((aside.start(2), aside.end(2)), (aside.end(), hi)):
            mention = self._clause(view, start, end, frame, None)
            if mention is None:
                continue
            for m in subject:
                mention.parties.add(m.party)  # type: ignore[arg-type]
                mention.persons.add(m.person.name)  # type: ignore[union-attr]
            mention.meeting = mention.meeting or (len(mention.parties) == 2 and bool(mention.persons))
            found.append(mention)
        return found

    def _clause(
        self, view: View, start: int, end: int, frame: tuple[int, int], where: str | None
    ) -> RoundMention | None:
        text = view.text
        low = view.lower[start:end]
        verb = self._verb(view, start, end)
        places = self._places(view, start, end)
        if not (
            verb
            or places
            or where
            or _may_say_something(low)
            or self._status(view, start, end)
            or attributive_days(view, start, end)[0]
        ):
            return None  # most clauses: talks named, but nothing said of them (checked first: it is cheap)
        if (_has(low, _HYPOTHETICAL_CUES) and _HYPOTHETICAL_GUARDED.search(text, start, end)) or _denied(
            view, start, end
        ):
            return None
        if "asked " in low and _ASKED_WHETHER.search(text, start, end) is not None:
            return None  # "Asked on Friday whether a second summit was likely, he said ...": only asked about
        # A clause with a subject of its own ("... was set up when Putin received Witkoff ...") is the
        # meeting's when its verb is there, and another event's otherwise.
        cut = clause_end(view, start, end, relative=False)
        if cut < end:
            # ... unless its own clause names the meeting too: "It was the first meeting between the two
            # delegations since Feb. 26 in Geneva, when Witkoff saw Umerov" is of the first clause's meeting
            own = verb is not None and verb.start() < cut and _NOUN_VERB.match(verb.group()) is not None
            if verb is not None and verb.start() >= cut:
                later: re.Match[str] | None = verb
            else:
                later = None if own else self._verb(view, cut, end)
            start, end = (cut, end) if later is not None else (start, cut)
            verb = later if later is not None else (verb if verb is not None and verb.start() < cut else None)
            places = self._places(view, start, end)
        if verb is None and not talk_or_meeting(text, start, end):
            if not places or _TRAVEL.search(text, start, end) is None:
                return None
            mention = self._segment(view, start, end, frame, where, generic=True)
            mention.travel = True
            if mention.venue and not mention.persons and _TALKERS.match(text, start):
                # "Delegations arrived in Geneva on Monday": the talkers' journey, to the talks ahead
                mention.talkers = True
                return mention
            team = _SIDE_TEAM.match(text, start) is not None or bool(mention.persons)
            if mention.venue and len(mention.parties) == 1 and team:
                # ("On Saturday Budanov landed in Miami with Umerov. That evening the three sat down ...")
                self.memory.journey = (view.index, next(iter(mention.parties)), mention.venue)
            return mention if mention.venue and mention.persons else None
        status = self._status(view, start, end)
        # "... agreed at the Geneva round last month, 200 men came home, Medinsky announced": the verb that
        # reports the sentence says nothing of the talks it names
        reported = (
            status == "announced" and start < frame[0] < end and "announce" in view.lower[frame[0] : frame[1]]
        )
        status = self._status(view, start, frame[0]) if reported else status
        attributive = attributive_days(view, start, end)
        if not (
            verb or places or where or status or attributive[0] or _may_say_something(view.lower[start:end])
        ):
            return None  # talks named, but nothing said of them: no status, day, place, length or heads
        # "he would fly to Geneva on Thursday, mainly for talks with Iran": another story's talks, and their
        # day and place are none of this one's (but "the two teams met in Geneva on Feb. 26, on the margins
        # of the talks with Iran" is a meeting of the story's sides, by its own verb)
        told = (start, end) if verb is None else (verb.start(), min(end, verb.end() + 24))
        if foreign_talks(view, *told) and len(sides_in(view, start, end, frame, None)[0]) < 2:
            return None
        mention = self._segment(view, start, end, frame, where, generic=True, status=status)
        if reported:
            mention.status = status
        # "the Jan. 23-24 talks", "their meeting in Geneva on February 17"; but "Sunday's round has been
        # postponed" names the round by the day it was to be, no longer its own
        if (
            mention.dates[0] is None
            and attributive[0] is not None
            and status not in ("postponed", "cancelled")
        ):
            mention.dates = attributive
            self._remember(mention)
        last = mention.dates[1] or mention.dates[0]
        if mention.tense is None and last is not None and last < self.doc.published:
            mention.tense = "past"  # "since the talks in Geneva on Feb. 17-18": days gone by
        mention.meeting = verb is not None and not _of_the_trilateral(text, start, end, verb, low)
        of_all = (
            verb is not None and verb.group().endswith(" of") and _THE_DELEGATIONS.match(text, verb.end())
        )
        if mention.meeting and of_all:
            # "the meeting of the delegations will be held on February 4 and 5 in Abu Dhabi": the talks of
            # all the delegations, not a meeting of the sides the sentence names
            mention.meeting = False
        fronted = verb is not None and verb.start() == 0 and text.startswith("Meeting")
        if mention.meeting and fronted and self.memory.named is not None:
            # "The third trilateral round went further. Meeting in Geneva on February 17 and 18, Russia and
            # Ukraine agreed ...": the sitting put first is the round just named, whoever the clause's subject
            mention.meeting = False
        if len(mention.parties) == 2 and "their " in low and _THEIR_TALKS.search(text, start, end):
            mention.meeting = True  # "their direct talks in Istanbul": a meeting of the two sides named
        if mention.meeting and verb is not None:
            self._meeting(view, mention, verb, start, end, frame)
            if (
                mention.status is None
                and mention.tense == "past"
                and mention.dates[0] is not None
                and mention.dates[0] >= self.doc.published
                and _FOR_TALKS.search(text, max(start, verb.start() - 30), verb.start()) is not None
                and _JOURNEY.search(text, start, verb.start()) is not None
            ):
                # "arrived in Miami on Saturday for talks with the envoys", told that Saturday: the past is
                # the journey's; the talks it was made for may still be ahead
                mention.tense = None
        elif mention.dates[0] is None and mention.status is not None and _SUBJECT.match(text, start):
            # "Talks between Russia, Ukraine and the US will take place in Abu Dhabi on Wednesday and
            # Thursday": the talks are the subject, so the clause's day is theirs, however far.
            mention.dates = pick_dates(
                view, start, end, frame, mention.status, mention.duration, published=self.doc.published
            )
            self._remember(mention)
        mention.round_noun = (
            _has(low, ("round", "meeting")) and _ROUND_NOUN.search(text, start, end) is not None
        )
        informative = (
            mention.status
            or mention.dates[0]
            or mention.venue
            or mention.duration
            or mention.heads
            or mention.outcomes
        )
        if len(mention.parties) < 2 and mention.venue is not None and foreign_talks(view, start, end):
            # "he would fly to Geneva on Thursday, mainly for talks with Iran": another story's talks, whose
            # place and day are not those of a round of this one
            return None
        if (
            mention.status == "cancelled"
            and mention.meeting
            and (mention.dates[0] or date.max) > self.doc.published
        ):
            self._called_off_on_its_day(view, mention, start, end, frame)
        return mention if informative or mention.meeting else None

    def _called_off_on_its_day(
        self, view: View, mention: RoundMention, start: int, end: int, frame: tuple[int, int]
    ) -> None:
        """ "A meeting of Witkoff and Dmitriev, expected in Geneva on Thursday, was called off", in Friday's
        paper: a meeting called off when its day had come is the meeting of that day and place (one called
        off ahead of its day has neither: the plan is gone)."""
        published = self.doc.published
        for day in view.dates:
            if not (day.weekday and start <= day.start < end and day.first is not None):
                continue
            plan = _PLAN_BEFORE_DAY.search(view.text, max(start, day.start - 50), day.start)
            if plan is None:
                continue
            # the weekday read back: the plan's day in the week up to the article's
            gone = published - timedelta(days=(published.weekday() - day.first.weekday()) % 7)
            if gone > published - timedelta(days=published.weekday() + 1):
                mention.dates, mention.on_its_day = (gone, None), True
                # the place the plan named for that day: "expected in Geneva on Thursday"
                places = [
                    m.venue.name
                    for m in view.mentions_between(plan.start(), day.start)
                    if m.venue is not None and view.text[max(0, m.start - 4) : m.start] in (" in ", " at ")
                ]
                mention.venue = mention.venue or (places[0] if places else None)
            return

    def _place_before_where(self, view: View, start: int, mention: RoundMention) -> None:
        """ "... a meeting in the Kremlin on Thursday, where ...": the place and day just before "where"."""
        lead = _MEETING_BEFORE_WHERE.search(view.text, max(0, start - 70), start)
        if lead is not None:
            _set_scene(mention, view, lead.start(), start, placed=False)

    def _places(self, view: View, start: int, end: int) -> bool:
        """Does the clause name a place where something happens ("in Geneva", "the Miami meeting")?"""
        text, cities = view.text, self.doc.matcher.party_cities
        for m in view.mentions_between(start, end):
            place = m.venue is not None or m.surface in cities
            lead = text[max(0, m.start - 4) : m.start] in (" in ", " at ", " to ")
            if place and (lead or _PLACE_FOLLOWS.match(text, m.end)):
                return True
        return False

    def _meeting(
        self,
        view: View,
        mention: RoundMention,
        verb: re.Match[str],
        start: int,
        end: int,
        frame: tuple[int, int],
    ) -> None:
        """The sides, day and place of a meeting, read around its verb or noun."""
        text = view.text
        speaker_side: set[str] = set()
        said_after: re.Match[str] | None = None
        if frame[0] - 10 <= verb.start() < frame[1]:
            said_after = _SAID_AFTER.search(text, frame[0], verb.start())
            if said_after is not None:
                speaker_side = {
                    m.party
                    for m in view.mentions_between(frame[0], said_after.start())
                    if m.person and m.party
                }
            frame = (0, 0)  # an attribution read across the meeting's own words names no speaker
        # The sides of a meeting are named in the clause of its verb, not anywhere in the sentence;
        # "the meeting between A and B" names them after the noun.
        lo, hi = clause_around(view, verb.start(), start, end)
        if verb.group().lower().endswith("between"):
            lo = verb.end()
            joiner = text.find(" and ", lo, end)
            if hi < joiner:
                # "a meeting between Kirill Dmitriev, the Kremlin's envoy, and the American team of Steve
                # Witkoff": the apposition of the first ends no clause; the second comes after "and"
                hi = clause_around(view, joiner + 1, start, end)[1]
        topic = _TOPIC.search(text, verb.end(), hi)
        hi = topic.start() if topic else hi  # "met Witkoff in Geneva to discuss Russia's demands"
        parties, _people = sides_in(view, lo, hi, frame, mention.venue)
        if len(parties) != 2 and verb.group().lower() == "summit":
            parties = _summit_sides(view, verb, hi) or parties
        if "-" in verb.group() or "–" in verb.group():
            # "the Russian-American summit": the sides joined in its name are its sides, whoever else the
            # clause names ("... provide for the withdrawal of Ukrainian formations")
            joined = {m.party for m in view.mentions_between(verb.start(), verb.end()) if m.party}
            parties = joined if len(joined) == 2 else parties
        opening = _OPENING_PARTICIPLE.match(text) if len(parties) == 1 and "," in text else None
        if opening is not None and opening.start(1) <= verb.start() < opening.end():
            # "On Saturday, after meeting the US negotiating team in Miami, the Kremlin's envoy Kirill
            # Dmitriev struck a different note": the one who met them is the subject after the phrase
            subject = [m for m in view.mentions_between(opening.end(), opening.end() + 50) if m.person]
            if subject and subject[0].party is not None and subject[0].party not in parties:
                parties = {*parties, subject[0].party}
                mention.persons.add(subject[0].person.name)  # type: ignore[union-attr]
        who = _WHO_BEFORE.search(text, max(0, verb.start() - 30), verb.start()) if len(parties) < 2 else None
        if who is not None:
            # "the only meetings have been between the Americans and the Ukrainians, who met in Florida on
            # March 21 and 22": "who" are the sides named right before it
            window = max(0, who.start() - 80)
            window = max(
                window, text.rfind(";", window, who.start()) + 1, text.rfind(":", window, who.start()) + 1
            )
            antecedent = {m.party for m in view.mentions_between(window, who.start()) if m.party}
            if len(parties | antecedent) == 2:
                parties = parties | antecedent
        both_named = _BOTH.search(text, lo, hi) if len(parties) < 2 else None
        envoys = self._two_envoys(both_named, parties)
        if envoys is not None:
            # "Ukrainian negotiators met Witkoff and Kushner in Miami. Putin received the two envoys in the
            # Kremlin": two envoys are the two people of one side named last, the other side of the meeting
            parties = {*parties, envoys}
        elif both_named is not None:
            # "The two leaders last met in ...": the people of the sentence before, else the last two sides
            # that met ("the first meeting between the two delegations since ...")
            both = self.memory.people_parties[-2:]
            if len(both) != 2 and "presidents" in view.lower:
                # "He will see President Trump around midday. ... The two presidents have sat down together":
                # the last two presidents named, in the sentences before
                both = self._presidents_before(view)
            parties |= set(both) if len(both) == 2 else self.memory.meeting_parties
        elif not parties and _THEY.search(text, max(lo, verb.start() - 20), verb.start()):
            # "Medinsky and Umerov know each other. They faced each other in Istanbul last year": "they" are
            # the two people of the sentence before, of two sides
            both = self.memory.people_parties
            parties |= set(both) if len(both) == 2 else set()
        if (
            len(parties) == 1
            and ("hey " in text or "he t" in text or "he pair" in text)
            and _THEY.search(text, max(lo, verb.start() - 20), verb.start())
        ):
            # "Umerov and Budanov flew to Miami, where they held talks with Witkoff", "The envoys were in
            # Moscow on Dec. 2, when they spoke with Putin": "they", meeting someone of one side, are the
            # people named before them (in the sentence, else in the one before) of one other side
            team = {
                m.party
                for m in view.mentions
                if m.person and m.party and m.end <= verb.start() and not frame[0] <= m.start < frame[1]
            } or {party for party, _ in self.memory.people if party is not None}
            if not team and _OUR_TEAM.search(self.memory.previous) is not None:
                # "ZELENSKY: Our team is already on its way. They will meet the American side on Saturday":
                # "they" are the team of the one who answers
                label = self._paragraph_label(view)
                team = {label} if label is not None else team
            if len(team - parties) == 1:
                parties |= team
        if len(parties) == 1 and _THEM_AFTER.match(text, verb.end()) and text.endswith("where ", 0, start):
            # "The American envoys then went on to Moscow, where Putin received them": "them" are the ones
            # whose journey the clause before told, the sides named before "where" in the sentence
            clause = text.rfind(";", 0, start) + 1
            before = [
                m.party for m in view.mentions_between(clause, start) if m.party and m.party not in parties
            ]
            if before and (venue := mention.venue) is not None:
                before = [p for p in before if self.doc.matcher.capitals.get(p) != venue]
            if before:
                parties.add(before[0])
        if len(parties) == 1 and " with h" in text and _WITH_HIM.match(text, verb.end()) is not None:
            # "he was no stranger to Putin: his previous session with him, in Moscow on December 2": "him" is
            # the last person named before, of another side
            others = [
                m.party
                for m in view.mentions
                if m.person and m.party and m.end <= verb.start() and m.party not in parties
            ]
            if others:
                parties.add(others[-1])
        if len(parties) == 1 and _FIRST_PERSON.search(text, max(lo, verb.start() - 30), verb.start()):
            # "WITKOFF: Jared and I will see Rustem Umerov in Geneva": "I" or "we" in an answer given under
            # its speaker's name is that speaker's side
            label = self._paragraph_label(view)
            if label is not None:
                parties.add(label)
        if len(parties) == 1 and ("his " in text or "His " in text or "her " in text or "Her " in text):
            team = _HIS_TEAM.search(text, lo, hi)
            named = [
                (m.party, m.person.name) for m in view.mentions if m.person and team and m.end <= team.start()
            ]
            named = named or self.memory.people
            if team is not None and named and named[-1][0] is not None and named[-1][0] not in parties:
                # "Zelensky ... His team met Witkoff in Miami": the team of the last person named
                parties.add(named[-1][0])
        he = _HE.search(text, max(lo, verb.start() - 20), verb.start()) or _HE_WAS_THERE.search(
            text, max(0, verb.start() - 60), verb.start()
        )
        if len(parties) == 1 and (
            he
            or (lo == 0 and _OPENING_HE.match(text) is not None)
            # "His talks with Witkoff took place the following afternoon": his, as he
            or (lo == 0 and _OPENING_HIS_TALKS.match(text) is not None)
        ):
            # "Dmitriev travelled to Miami, where he met Witkoff": "he" is the last person named before (him,
            # not the one named with him: "where he and Putin talked")
            before_he = he.start() if he is not None else verb.start()
            named = [(m.party, m.person.name) for m in view.mentions if m.person and m.end <= before_he]
            if not named and _HE_IN_PHRASE.search(text, max(0, verb.start() - 40), verb.start()):
                # "In Davos, where he met Trump on Thursday, President Zelensky said ...": "he" is the subject
                # the opening phrase leads to
                named = [
                    (m.party, m.person.name)
                    for m in view.mentions
                    if m.person
                    and m.start > verb.end()
                    and _SUBJECT_AFTER_COMMA.search(text, 0, m.start)
                    and _FINITE_AFTER_SUBJECT.match(text, m.end)
                ][:1]
            from_memory = not named
            named = named or self.memory.people
            # ("Umerov was in Geneva for a session with Witkoff and Kushner, and last weekend he was in
            # Florida again, meeting the American team": "he", meeting one side, is not of that side)
            other = [n for n in named if n[0] not in parties]
            subject = self.memory.subject
            if not other and from_memory and subject is not None and subject[0] not in parties:
                # ("Dmitriev was at Putin's side ... On Jan. 31 he flew to Miami to see Witkoff": the people
                # of the sentence before are the ones he saw; "he" is the one the sentences are about)
                other = [subject]
            named = other or named
            if named and named[-1][0] is not None:
                parties.add(named[-1][0])
                mention.persons.add(named[-1][1])
        if len(parties) == 1 and text.startswith("Q:") and _YOU.search(text, lo, verb.start()) is not None:
            # "Q: Your colleagues spent Saturday in Miami with Witkoff", "Q: You were in Miami with Witkoff on
            # January 17": in an interview, "you" are the side of the one who answers ("SYBIHA: ...")
            answerer = self._answerer(view)
            if answerer is not None and answerer[0] not in parties:
                parties.add(answerer[0])
                mention.persons.add(answerer[1])
        if len(parties) == 1 and _HIM.match(text, verb.end()) is not None:
            # "Rustem Umerov has led Ukraine's team at every table. Witkoff and Kushner met him in Geneva":
            # "him" is the last person named before of another side, else the one the sentences are about
            named = [
                (m.party, m.person.name)
                for m in view.mentions
                if m.person and m.party and m.end <= verb.start() and m.party not in parties
            ]
            named = named or [n for n in self.memory.people if n[0] is not None and n[0] not in parties]
            for subject in (self.memory.subject, self.memory.about):
                if not named and subject is not None and subject[0] is not None and subject[0] not in parties:
                    named = [subject]
            if named:
                parties.add(named[-1][0])  # type: ignore[arg-type]
                mention.persons.add(named[-1][1])
        if len(parties) == 1 and _THEM.match(text, verb.end()) is not None:
            # "Witkoff and Kushner are leaving Davos for Moscow. ... Putin will receive them in the Kremlin":
            # "them" are the people of the sentence before, of the other side
            others = {party for party, _ in self.memory.people if party is not None and party not in parties}
            if len(others) == 1:
                parties |= others
        team = _BARE_TEAM.search(text, lo, hi) if len(parties) == 1 and "the " in view.lower else None
        if team is not None:
            # "A U.S. delegation led by Witkoff flew in on Monday. The envoys met Umerov on Tuesday": a team
            # named by its noun alone is the side the sentence before brought in, when that is one other side
            others = self._sides_before(view, parties)
            if len(others) > 1 and team.group(1) in ("envoys", "emissaries"):
                # "Trump saw Zelensky in Davos, and that night the envoys were received by Putin": envoys
                # sent between two sides are the mediator's, when it is one of the sides named
                others &= self.doc.matcher.mediators
            if len(others) == 1:
                parties |= others
        if len(parties) == 1 and mention.dates[0] is not None:
            # "Witkoff said talks with a Ukrainian delegation had been constructive": his side was there.
            speakers = {m.party for m in view.mentions_between(*frame) if m.person and m.party}
            parties |= speakers if len(speakers) == 1 else set()
        if len(parties) == 1 and len(speaker_side) == 1:
            parties |= speaker_side
        if said_after is not None:
            # "speaking in Davos on Thursday after a meeting with Trump": he spoke where and when they met,
            # once they had met
            said = (said_after.start(), verb.start())
            places = [
                m.venue.name
                for m in view.mentions_between(*said)
                if m.venue is not None and text[max(0, m.start - 4) : m.start] == " in "
            ]
            days = [d for d in view.dates if said[0] <= d.start < said[1] and d.first is not None]
            mention.venue = mention.venue or (places[0] if places else None)
            mention.dates = mention.dates if mention.dates[0] or not days else (days[0].first, None)
            mention.status = mention.status or "concluded"
        pair = _pair_between(view, verb) if len(parties) > 2 else None
        if pair is not None:
            # "the Anchorage formula, named after the summit between Trump and Putin in Alaska, under which
            # Ukraine would withdraw": the two named after "between" are the summit's sides, not others of
            # the clause
            parties = pair
        broker = _broker(view, start, hi)  # "the U.S.-brokered talks between ...": before the noun
        parties |= {broker} if broker is not None else set()
        sides = self.doc.matcher.two_sides
        if broker is not None and broker not in sides and len(sides) == 2 and len(parties - {broker}) == 1:
            # "after US-brokered talks with Russia in Abu Dhabi ended": brokered talks are between the two
            # sides, the one not named too
            parties |= set(sides)
        mention.parties, mention.trilateral = parties, len(parties) >= 3
        if mention.status in (None, "announced") and _ORIGIN_OF.search(
            text, max(0, verb.start() - 30), verb.start()
        ):
            # "the Anchorage formula, a reference to the summit between Putin and Trump in Alaska": a meeting
            # something now in use is named after or was agreed at was held, whatever the tense around it
            mention.status, mention.tense = None, "past"
        if (
            len(parties) == 2
            and _MET_VERB.match(verb.group())
            and _has(view.lower[verb.end() : hi], _OFTEN_CUES)
        ):
            # "The two men have met several times over the past year": meetings of the same two sides held
            # again and again, with no day, are one meeting held (not "has visited the US several times": a
            # visit names no one met)
            mention.repeated = _OFTEN.match(text, verb.end(), hi) is not None
        if len(parties) == 2:
            self.memory.meeting_parties = set(parties)
            people = self.doc.matcher.people
            heads = [p for p in mention.persons if (people[p].role or "").startswith("President")]
            if len(heads) == 2:
                self.memory.presidents_met = set(parties)
        # The day and place of a meeting are those of its verb's clause and what follows it ("..., which
        # took place in the Kremlin late on Thursday"), not those of talks named before it.
        # A place after the verb is the meeting's before one named ahead of it ("On Jan. 17, less than a week
        # before the Abu Dhabi talks began, Umerov spent a day with the Americans in Miami")
        place_end = _other_event(text, verb.end(), end)
        mention.venue = (
            venue_of(view, self.doc, verb.start(), place_end, mention.status, frame)
            or venue_of(view, self.doc, lo, place_end, mention.status, frame)
            or mention.venue
        )
        if mention.venue is None and (
            verb.group().startswith(("was ", "were ")) or _JOURNEY_TO_WORK.match(verb.group()) is not None
        ):
            # "Dmitriev was in Miami with Witkoff", "came to Miami to work through the plan with Witkoff": the
            # place they were in together is the meeting's
            mention.venue = _place_within(view, verb.start(), verb.end())
        if mention.venue is None and "city " in text:
            mention.venue = self._adjective_city(view, lo, verb)
        if mention.venue is not None:
            mention.venue = self._described(view, lo, end, mention.venue, self.memory.venue)
        published = self.doc.published
        # "was back in Kyiv on Monday after two days of talks in Miami": the day before "after" is another
        # event's, the return's
        # (the clause may open after "after": "took place on October 2, agreed after the talks in Istanbul")
        came_after = _CAME_AFTER.search(text, min(lo, start), verb.start()) if said_after is None else None
        days_from = (came_after.end(), came_after.end()) if came_after is not None else (lo, start)
        dates = pick_dates(
            view, days_from[0], end, frame, mention.status, mention.duration, published=published
        )
        if dates[0] is None and mention.dates[0] is None:
            dates = pick_dates(
                view, days_from[1], end, frame, mention.status, mention.duration, published=published
            )
        if dates[0] is not None or mention.dates[0] is None or came_after is not None:
            mention.dates = dates
        days_after = _DAYS_AFTER_HE.search(text, max(0, verb.start() - 40), verb.start())
        if days_after is not None and mention.dates[0] is None:
            # "The remark came a day after he met Witkoff in Miami": days before the day told last
            told = self._day_told_before(view, days_after.start(), past=True) or published
            day = told - timedelta(days=NUMBER_WORDS.get(days_after.group(1).lower(), 1))
            mention.dates = (day, None)
        aside = _DAY_THEN_ASIDE.match(text) if mention.dates[0] is None and start > 0 else None
        if aside is not None and aside.end() <= verb.start() and not _has(text[aside.end() : start], (";",)):
            # "Late on Tuesday, after the Americans had left the room, Medinsky sat down with the Ukrainians":
            # the day that opens the sentence is the main clause's, past the clause of time set off after it
            days = [d for d in view.dates if d.start < aside.start("aside") and d.first is not None]
            later = [d for d in view.dates if aside.start("aside") <= d.start < verb.start()]
            if len(days) == 1 and not later:
                mention.dates = (days[0].first, None)
        elif (
            mention.dates[0] is None
            and (aside := _DAY_THEN_ASIDE.match(text)) is not None
            and aside.start("aside") < verb.start() < aside.end()
            and _AFTER_A_PARTICIPLE.match(text, aside.start("aside")) is not None
        ):
            # "On Saturday, after meeting the US negotiating team in Miami, Dmitriev struck a different note":
            # the meeting that leads to the main clause's act was on the day that opens the sentence
            days = [d for d in view.dates if d.start < aside.start("aside") and d.first is not None]
            if len(days) == 1 and not any(aside.start("aside") <= d.start < aside.end() for d in view.dates):
                mention.dates = (days[0].first, None)
        if (
            mention.dates[0] is None
            and _has(view.lower[: verb.start()], _LATER_CUES)
            and (later := _DAYS_LATER.match(text)) is not None
            and (set_off := _SET_OFF_ASIDE.match(text, later.end())) is not None
            and set_off.end() <= verb.start()
        ):
            # "The next day, while military delegations met in Abu Dhabi for the first round, he held talks of
            # his own with Witkoff": the day that opens the sentence, past the clause set off after it
            day = self._day_told_before(view, 0, past=mention.tense != "future")
            if day is not None:
                mention.dates = (day + timedelta(days=_days_counted(later)), None)
        after_ended = (
            _DAYS_AFTER_IT_ENDED.match(text) if mention.dates[0] is None and " after " in text[:40] else None
        )
        if after_ended is not None and after_ended.end() <= verb.start():
            # "Eight days after the Geneva round ended, Witkoff and Kushner met Umerov in Geneva again": days
            # counted from the last day of the round told before
            base = self.memory.round_days[1] or self.memory.round_days[0]
            base = base or self._day_told_before(view, 0, past=True)
            if base is not None:
                count = after_ended.group(1).lower()
                mention.dates = (base + timedelta(days=NUMBER_WORDS.get(count, 1)), None)
        when = _WHEN_CLAUSE.search(text, max(0, verb.start() - 90), verb.start())
        if when is not None and _AFTER_BEFORE.search(text, when.start(), verb.start()) is not None:
            # "since October 2, when the two sides swapped prisoners after the talks in Istanbul": the scene
            # is of what was done then; the talks came before it
            when = None
        if when is not None and (mention.venue is None or mention.dates[0] is None):
            # "in Miami on Jan. 31, when Witkoff hosted Dmitriev", "on Dec. 2, also in the Kremlin, when he
            # and Witkoff spent five hours with the Russian president": the scene set before "when"
            _set_scene(mention, view, max(0, when.start() - 60), when.start(), placed=True)
        if frame[1] > frame[0] and _SAME_OCCASION.fullmatch(text, frame[1], verb.start()):
            # "Zelensky said in Davos on Thursday, hours after meeting Trump": the meeting was where and when
            # he spoke
            where_said = [
                m.venue.name
                for m in view.mentions_between(frame[0], frame[1])
                if m.venue is not None and text[max(0, m.start - 4) : m.start] in (" in ", " at ")
            ]
            mention.venue = mention.venue or (where_said[0] if where_said else None)
            speakers = {m.party for m in view.mentions_between(frame[0], frame[1]) if m.person and m.party}
            if len(mention.parties) < 2 and len(speakers) == 1:
                mention.parties |= speakers  # he met Trump: the speaker is a side
                mention.trilateral = len(mention.parties) >= 3
            if mention.dates[0] is None:
                said = [d for d in view.dates if frame[0] <= d.start < frame[1] and d.first is not None]
                mention.dates = (said[0].first, None) if said else mention.dates
        if len(mention.parties) == 1 and mention.venue is not None and "visit" in verb.group().lower():
            # "Budanov led the first Ukrainian visit to Miami": a visit of one side to a city of another is
            # to that side
            host = self.doc.matcher.venue_countries.get(mention.venue)
            if host is not None and host in self.doc.matcher.main_parties and host not in mention.parties:
                mention.parties.add(host)
        self._remember(mention)

    def _segment(
        self,
        view: View,
        start: int,
        end: int,
        frame: tuple[int, int],
        where: str | None = None,
        generic: bool = False,
        anchor: int | None = None,
        status: str | None = None,
    ) -> RoundMention:
        text = view.text
        segment = text[start:end]
        low = segment.lower()
        mention = RoundMention(view)
        status = status or self._status(view, start, end)
        mention.status, mention.tense = status, tense_around(text, start, end, anchor)
        if status is None and " to " in low and _HEADLINE_TO.search(segment) is not None:
            # "Ushakov: economic group, led by Dmitriev and Witkoff, to meet there on Friday": the infinitive
            # of a headline or a bulletin, right after its subject, tells what is to come
            mention.tense = "future"
        mention.duration = duration_of(segment, low)
        mention.ended = (" end" in low or "midnight" in low or " hours" in low) and _ENDED.search(
            segment
        ) is not None
        # A day read for a sentence that names no round must hang on a verb of the talks ("the talks, held
        # on Friday"); "gave no assessment of the meeting on Sunday" dates the assessment.
        if not generic or status is not None or self._verb(view, start, end) is not None:
            self._days(mention, start, end, frame, anchor, generic)
            first = mention.dates[0]
            next_day = _ENDED_NEXT_DAY.search(segment) if "day" in low or "next " in low else None
            # (the day counted from the day told before, not one the words name: `_days`)
            told_as_next = (
                next_day is not None
                and first is not None
                and not any(d.first is not None and start <= d.start < end for d in view.dates)
            )
            if told_as_next:
                # "That round ended the following day", the day read from the day told before: its last day
                mention.dates = (None, first)
            elif first is not None and mention.dates[1] in (None, first) and next_day is not None:
                # "opened on February 4 and ended the next day": two days, the second unnamed
                mention.dates = (first, first + timedelta(days=1))
            # ("... sat down in the Emirati capital for the first round. That round ended the following day")
            mention.next_day_end = first is None and next_day is not None
            planned_only = status == "postponed" and mention.dates[0] is not None
            if planned_only and self._only_planned(view, start, end):
                # "pencilled in for March 5 to 9 ..., has been put on hold": the days of the plan put off are
                # no longer its days
                mention.dates = (None, None)
            day = mention.dates[0]
            planned = status in ("scheduled", "announced") or (status is None and mention.tense == "future")
            if planned and day is not None and day < self.doc.published:
                # "had announced on Thursday a meeting on Saturday", "said on Monday he would fly to Geneva on
                # Thursday to see Umerov", in Friday's paper: a plan for a day gone by says nothing of what
                # became of it
                mention.status = mention.tense = None
        if (
            mention.dates[0] is None
            and mention.status == "ongoing"
            and " ha" in low
            and _HAS_JUST_BEGUN.search(segment) is not None
        ):
            # "The third round of trilateral talks ... has begun", in a report of the day: it began that day
            mention.dates = (self.doc.published, None)
        if (
            mention.dates[0] is None
            and mention.status == "ongoing"
            and mention.tense != "past"
            and " day" in low
            and (nth := DAY_N.search(segment)) is not None
            and _STILL_MEETING.search(segment) is not None
        ):
            # "Negotiators are meeting for a second straight day in Abu Dhabi": today is the day counted
            published = self.doc.published
            mention.dates = (published - timedelta(days=day_number(nth) - 1), published)
        if mention.dates[0] is None:
            gone = any(map(low.__contains__, _GONE_BY)) and any(
                d.first is None and start <= d.start < end and view.lower.startswith(_GONE_BY, d.start)
                for d in view.dates
            )
            month = month_named(text, start, end)  # "the Geneva talks in February", told in March
            # "their direct talks in Istanbul earlier in 2025", told in 2026: a year gone by
            year = _YEAR.search(segment) if " 20" in segment else None
            last_year = year is not None and int(year.group(1)) < self.doc.published.year
            if last_year and not year.group().startswith("since"):  # type: ignore[union-attr]
                mention.year = int(year.group(1))  # type: ignore[union-attr]
            elif "last year" in low or _LAST_SEASON.search(low) is not None:
                # ("in Istanbul last spring", told in February: a season of the year before)
                mention.year = self.doc.published.year - 1
            # "their summit in Alaska last August": a month gone by, named with "last"
            last_month = _LAST_MONTH.search(segment) if "last " in low else None
            if last_month is not None:
                mention.month = mention.month or MONTHS[last_month.group(1).lower()]
            mention.past_span = (
                gone
                or last_year
                or last_month is not None
                or (month is not None and month < self.doc.published.month)
            )
            if mention.past_span and mention.status == "ongoing":
                mention.status = "concluded"  # "when the first round convened in January": begun and over
            if (
                generic
                and (mention.year is not None or last_month is not None)
                and mention.status in (None, "announced")
            ):
                # "said the talks would cover what the two reached at their summit last August", "will now be
                # led by the aide who led the Istanbul talks last year": talks dated to a year or month gone
                # by were held, whatever the tense of the sentence around them
                mention.status, mention.tense = None, "past"
        if (
            (status == "concluded" or (status is None and mention.tense == "past"))
            and self.doc.published in mention.dates  # (the cheap test first: the same answer)
            and _WEAK_PAST.search(segment)
            and DAY_N.search(segment)
        ):
            mention.status = "ongoing"  # "met for a second day ... on Saturday" in Saturday's paper
        first = mention.dates[0]
        if (
            mention.duration
            and first is not None
            and (" to last " in low or " to run " in low)
            and _EXPECTED_LENGTH.search(low)
            and first < self.doc.published <= first + timedelta(days=mention.duration - 1)
        ):
            # "sat down in Miami on Saturday for talks that are expected to last two days", told on Sunday:
            # begun, and not yet over
            mention.status = "ongoing"
        earlier = _EARLIER_PLAN.search(segment) if _has(low, _EARLIER_CUES) else None
        if ("had " in low and _SUPERSEDED.search(segment) or earlier is not None) and status not in (
            "postponed",
            "cancelled",
            "ongoing",
            "concluded",
        ):
            # "The meeting had been planned for March 5-9, most likely in Abu Dhabi": an old plan, not facts;
            # "had originally been expected on Sunday", "Earlier the meeting was expected on Sunday" say too
            # that the plan has since moved
            moved = earlier is not None or _PLAN_SINCE_MOVED.search(segment) is not None
            mention.dates, mention.status = (None, None), "postponed" if moved else None
        else:
            # A city the pack does not know is a venue only where a round or meeting is named.
            known_only = anchor is None and generic
            place_end = _other_event(text, start, end) if generic else end
            mention.venue = (
                venue_of(view, self.doc, start, place_end, status, frame, anchor, not known_only) or where
            )
            if mention.venue is not None:
                mention.venue = self._described(view, start, end, mention.venue, self.memory.venue)
            mention.moved = mention.venue is not None and _MOVED_TO.search(segment) is not None
            there = _THERE.search(segment) if "there" in low or "same " in low or "the city" in low else None
            if (
                mention.venue is None
                and there
                and not _MAYBE.search(segment, max(0, there.start() - 30), there.start())
            ):
                # "possibly in the same place" is no place yet
                named = [
                    m.venue.name
                    for m in view.mentions
                    # (not a side named by its capital: "Kyiv and Washington's negotiators")
                    if m.venue is not None and m.end <= start and not text.startswith(("'s", "’s"), m.end)
                ]
                if (
                    not named
                    and there.group().endswith(" the city")
                    and _CITY_NOUN.match(segment, there.start() - 1) is not None  # (not "the city of")
                    and self._dateline_venue() is None
                ):
                    # "February 26, Geneva. Witkoff and Kushner, in the city mainly for talks on Iran, met
                    # Umerov": the city named earlier in the paragraph, in a report filed from no such city
                    named = self._paragraph_places(view)
                if named:
                    mention.venue = named[-1]
                elif there.group().endswith(" the city") and self._dateline_venue() is not None:
                    # "GENEVA - ... Dmitriev began separate talks with the Americans elsewhere in the city":
                    # "the city", with none named before it, is the one the report is filed from
                    mention.venue = self._dateline_venue()
                elif there.group() == "there":
                    # "The American side had preferred the Emirati capital. The first two rounds took place
                    # there": the place the sentence before named; "the same city" is that of the talks
                    mention.venue = self._place_told_before(view) or self.memory.venue
                elif anchor is not None and not generic:
                    # "The second round opens in Abu Dhabi today. ... Dmitriev met Witkoff in Miami. ... The
                    # first round, held in the same city": where the last round named was, not the last
                    # meeting told of
                    mention.venue = self.memory.round_venue or self.memory.venue
                else:
                    mention.venue = self.memory.venue
            colon = text.rfind(": ", 0, start) if mention.venue is None and there is None and generic else -1
            if (
                colon >= 0
                and "there" in text[max(0, colon - 60) : colon]
                and _THERE.search(text, max(0, colon - 60), colon) is not None
            ):
                # "Ukrainian negotiators have already been there once: on Jan. 17, Budanov spent a day with
                # Witkoff": what a colon opens tells of the clause before it, whose "there" is its place
                mention.venue = self._place_told_before(view) or self.memory.venue
            if mention.venue is None and _has(low, _BUILDINGS) and _IN_A_BUILDING.search(segment) is not None:
                # "GENEVA - ... the talks, opened on Tuesday in a hotel on the right bank": a building named
                # with no city is in the city the report is filed from
                mention.venue = self._dateline_venue()
            here = _HERE.search(segment) if mention.venue is None and "here" in low else None
            if here is not None and not view.in_quote(start + here.start()):
                # "GENEVA - ... Dmitriev also held separate talks with Witkoff here": "here", in the
                # reporter's words, is the place the report is filed from
                mention.venue = self._dateline_place()
        mention.parties, mention.persons = sides_in(view, start, end, frame, mention.venue)
        if not mention.parties and "their " in low and _THEIR_TALKS.search(segment):
            # "Ukraine and Russia last swapped prisoners in October, a deal that grew out of their direct
            # talks in Istanbul": "their" talks are those of the two sides the sentence opened with
            named = list(dict.fromkeys(m.party for m in view.mentions if m.end <= start and m.party))
            mention.parties = set(named) if len(named) == 2 else set()
        named_three = _has(low, _TRI_CUES) and (
            TRILATERAL.search(segment) is not None or _THREE_SIDES.search(segment) is not None
        )
        broker = _broker(view, start, end)
        if broker is not None:
            # "U.S.-brokered talks between Ukraine and Russia": the broker is the third side
            mention.parties.add(broker)
        mention.trilateral = named_three or len(mention.parties) >= 3 or broker is not None
        mention.bilateral = _has(low, _BILATERAL_CUES) and _BILATERAL.search(segment) is not None
        mention.heads = heads_of(view, start, end) if _has(low, _HEAD_WORDS) else {}
        mention.outcomes = outcomes_in(text, start, end)
        if (
            mention.status == "scheduled"
            and "resume" in low
            and _RESUMES_TOMORROW.search(segment)
            and mention.dates[0] is not None
            and mention.dates[0] <= self.doc.published + timedelta(days=1)
            and (mention.dates[1] or mention.dates[0]) >= self.doc.published
        ):
            # "The two-day round will resume on Wednesday morning", told on Tuesday: begun, not to come
            mention.status = "ongoing"
            if mention.dates[0] > self.doc.published:
                mention.dates = (self.doc.published, mention.dates[0])
        self._remember(mention)
        return mention

    @staticmethod
    def _only_planned(view: View, start: int, end: int) -> bool:
        """Is every day named in `view.text[start:end]` one a plan was made for ("pencilled in for March
        5 to 9", "originally scheduled for Sunday")?"""
        text = view.text
        days = [d for d in view.dates if d.first is not None and start <= d.start < end]
        return bool(days) and all(
            _PLANNED_DAY.search(text, max(start, d.start - 30), d.start) is not None for d in days
        )

    def _days(
        self,
        mention: RoundMention,
        start: int,
        end: int,
        frame: tuple[int, int],
        anchor: int | None,
        generic: bool,
    ) -> None:
        """The days of the round in the words: dated, relative to another ("a day after ... ended", "earlier
        in the day"), or only a month (kept apart: it tells meetings apart but gives no day)."""
        view, published = mention.view, self.doc.published
        text = view.text
        segment = text[start:end]
        status, duration = mention.status, mention.duration
        if anchor is not None:
            # Days after the words that name the round are its own; a day before them may be another
            # event's ("leaves for Geneva today ahead of the third round on Tuesday and Wednesday").
            dates = pick_dates(
                view, anchor, end, frame, status, duration, travel=False, lead=start, published=published
            )
            # ... but a span with no day after those words is theirs: "buses are expected today for the
            # swap agreed at the third round in Geneva last month" tells only that the round is a month gone
            # ("this year" is too wide to say anything of the round)
            vague_own = any(
                d.first is None and anchor <= d.start < end and not view.lower.startswith("year", d.end - 4)
                for d in view.dates
            )
            # ... and so is a round that places another event ("157 prisoners were exchanged on Feb. 5 after
            # the second round", "met on Monday ahead of the third round"): the clause's day is that event's
            placed = _places_another(text, start, anchor)
            if dates[0] is not None and ", and " in text[anchor:end] and _places_another(text, 0, anchor):
                # "157 were exchanged for 157 after the second round, and 500 for 500 on March 5 and 6": the
                # day after "and" is the next event's, as the round only placed the first
                told = next((d for d in view.dates if d.first == dates[0] and d.start >= anchor), None)
                if told is not None and ", and " in text[anchor : told.start]:
                    dates, placed = (None, None), True
            if dates == (None, None) and not vague_own and not placed:
                dates = pick_dates(
                    view, start, end, frame, status, duration, travel=False, published=published
                )
            elif dates[0] is None and dates[1] is not None:
                # "sit down in Geneva today for a third round, expected to run into Wednesday": the words
                # after the round give only its last day; the first is the day its clause opened with
                whole = pick_dates(
                    view, start, end, frame, status, duration, travel=False, published=published
                )
                if whole[0] is not None and whole[0] < dates[1] and whole[1] == dates[1]:
                    dates = whole
            if (
                duration
                and dates[0] is not None
                and dates[1] in (None, dates[0])
                and "end of" in text[max(start, anchor - 60) : anchor]
                and _AT_THE_END_OF.search(text, max(start, anchor - 60), anchor) is not None
            ):
                # "at the end of the two-day second round of talks in Abu Dhabi, on Feb. 5": its last day
                dates = (dates[0] - timedelta(days=duration - 1), dates[0])
        else:
            dates = pick_dates(
                view, start, end, frame, status, duration, near_trigger=generic, published=published
            )
            ahead = _AHEAD_OF_TALKS.search(text, start, end) if "ahead of" in segment else None
            if ahead is not None and self._verb(view, start, ahead.start()) is None:
                # "negotiators set off for Geneva on Monday ahead of two days of talks starting on Tuesday":
                # the journey's day is not the talks'; theirs are the days after them
                after = pick_dates(view, ahead.end(), end, frame, status, duration, published=published)
                dates = after if after[0] is not None else dates
        if dates == (None, None):
            # "took questions on Friday, a day after the second round ... ended": the words before the round
            # that open its clause tell when it ended
            lead = _DAYS_AFTER_LEAD.search(text, max(0, start - 24), start)
            dates = self._days_after(text[lead.start() : end] if lead else segment, duration)
        if dates[0] is None and anchor is not None and mention.tense in (None, "present"):
            # "Delegations arrive for the second day of the third round", in the day's bulletin: the round
            # began the day before
            nth = DAY_N.search(text, start, anchor)
            if nth is not None:
                n = day_number(nth)
                dates = (published - timedelta(days=n - 1), published)
        elif dates[0] is not None and dates[1] in (None, dates[0]) and anchor is not None and anchor > start:
            # "Day two of the third round opened in Geneva on Wednesday": the day named is the round's
            # second, so it began the day before
            nth = DAY_N.search(text, start, anchor)
            if nth is not None and not text[start : nth.start()].strip(" \t\n—–-"):
                # (the day counted opens the clause: not "back at the table for the second day of the
                # round, which opened yesterday", where the day named is the first)
                dates = (dates[0] - timedelta(days=day_number(nth) - 1), dates[0])
        if dates[0] is None and ":" in segment and _CLOCK.search(segment) and self._live_entry(view):
            # "09:12 - Good morning. The delegations are due to sit down at 10:00 for the third round": in an
            # entry of a live report, a clock time with no day is on the day of the report
            dates = (published, published)
        if dates[0] is None:
            if generic or anchor is None:
                mention.month = month_named(text, start, end)  # tells meetings apart ("met in August")
            # (not a last day known: "ended on Thursday with an exchange ..., carried out the same day")
            those = _THOSE_DAYS.search(segment) if " those d" in segment or "same days" in segment else None
            if those is not None:
                # "Zelensky said it would now take place on Wednesday and Thursday. Peskov confirmed that the
                # second round would be held in Abu Dhabi on those days": the days told just before
                dates = self._days_told_just_before(view)
            # (the cues in lower case: "Hours later, Putin received the envoys")
            elif (
                dates[1] is None and _has(view.lower[start:end], _SAME_DAY_CUES) and _SAME_DAY.search(segment)
            ):
                # "that afternoon", "the same night", "hours later": the day told last before the words
                day = self._day_told_before(view, start, past=mention.tense == "past", one_day=True)
                if day is None and mention.tense == "past":
                    day = self.memory.past_day
                elif day is None and _AN_EVENING.search(segment) is not None:
                    # "Negotiators would meet in the Emirates on Friday and Saturday. ... The envoys were due
                    # in Moscow the same evening": no single day told of lately, so the report's evening
                    day = published
                ahead = status in ("scheduled", "announced") or (status is None and mention.tense == "future")
                if day is not None and ahead and published - timedelta(days=6) <= day < published:
                    # "Before that, there is Thursday. Witkoff said they would meet Umerov that day": a
                    # weekday read back in a sentence that did not say which, for words of what is to come,
                    # is the coming one
                    day += timedelta(days=7)
                dates = (day, day)
            elif (
                generic
                and (self.memory.round_days[0] or self.memory.round_days[1]) is not None
                and _has(segment, _NTH_DAY_CUES)
                and (nth := _NTH_DAY_OF.search(segment)) is not None
            ):
                # "The third round was held on Feb. 17 and 18. On the first evening Medinsky also met the
                # Ukrainians": a day (or an evening) counted in the round told of is that day of it
                first_day, last_day = self.memory.round_days
                count = _NTH_DAY[nth.group("n").lower()]
                if count is None:
                    dates = (last_day or first_day, last_day or first_day)
                elif first_day is not None:
                    day = first_day + timedelta(days=count - 1)
                    dates = (day, day) if count == 1 or (last_day is not None and day <= last_day) else dates
            elif " month" in segment and (edge := _DAY_OF_THE_MONTH.search(segment)) is not None:
                # "January. ... On the last day of the month Dmitriev flew to Miami": the month is the one
                # the paragraph is about, named last before the words
                which = edge.group(1).lower()
                day = self._day_of_month_told(
                    view, start + edge.start(), None if which == "last" else ORDINALS[which]
                )
                dates = (day, day) if day is not None else dates
            elif (
                _has(segment, _LATER_CUES)
                and (later := _DAYS_LATER.search(segment)) is not None
                # (not the day of what "it" did before the round is named: "It closed the next evening with
                # more to show than the first round")
                and not (anchor is not None and text.startswith("It ") and start + later.start() < anchor)
            ):
                # "On Jan. 17, ... met in Miami. Five days later Zelensky had his hour with Trump": days
                # counted from the day told last before
                day = self._day_told_before(view, start + later.start(), past=mention.tense != "future")
                if day is not None:
                    day += timedelta(days=_days_counted(later))
                    # ("opened in Abu Dhabi the next day and closed on January 24": the last day named stays)
                    dates = (day, dates[1] if dates[1] is not None and dates[1] > day else day)
            elif (
                start > 0
                and _has(view.lower[:start], _LATER_CUES)
                and (later := _DAYS_LATER.match(text)) is not None
                and _SET_OFF_CLAUSE.match(text, later.end(), start) is not None
            ):
                # "The next day, while military delegations met in Abu Dhabi for the first round, he held
                # talks of his own": the day that opens the sentence is that of the clause set off after it
                day = self._day_told_before(view, 0, past=mention.tense != "future")
                if day is not None:
                    day += timedelta(days=_days_counted(later))
                    dates = (day, day)
        mention.dates = dates

    def _live_entry(self, view: View) -> bool:
        return in_live_entry(self.doc, view)

    def _past_talks_place(
        self,
        view: View,
        span: tuple[int, int],
        frame: tuple[int, int],
        trigger: Trigger,
        mention: RoundMention,
    ) -> str | None:
        """The place of a next round, unless it is only the place in the name of other talks before it ("the
        Abu Dhabi talks"): then the place after the words that name the round, if any."""
        text = view.text
        for m in reversed(view.mentions_between(span[0], trigger.start)):
            follows = _PLACE_FOLLOWS.match(text, m.end) if m.venue is not None else None
            if m.venue is not None and m.venue.name == mention.venue and follows is not None:
                if follows.end() >= trigger.start:
                    break  # "the Geneva round", the words that name the round themselves
                return venue_of(view, self.doc, trigger.start, span[1], mention.status, frame, trigger.start)
        return mention.venue

    def _dateline_place(self) -> str | None:
        """The place of the dateline the body opens with ("ABU DHABI - ...", "GENEVA, Feb 18 (Agency) -"), as
        the pack names it: a venue or a party's city."""
        if self._dateline is None:
            self._dateline = ("",)
            views, text = self.doc.views, self.doc.article.text
            if views:
                line_start = text.rfind("\n", 0, views[0].sentence.start) + 1
                line = _DATELINE.match(text, line_start, views[0].sentence.end)
                if line is not None:
                    city = line.group(1).title()
                    matcher = self.doc.matcher
                    places = [
                        m.venue.name
                        for m in matcher.mentions(city)
                        if m.venue is not None and m.surface == city
                    ]
                    place = places[0] if places else (city if city in matcher.party_cities else None)
                    self._dateline = (place,) if place else ("",)
        return self._dateline[0] or None

    def _dateline_venue(self) -> str | None:
        """The dateline's place when talks are held there, not a party's own city: a report from Moscow or
        Kyiv tells where the reporter is, not where talks in a hotel are."""
        place = self._dateline_place()
        return place if place not in self.doc.matcher.party_cities else None

    def _place_told_before(self, view: View) -> str | None:
        """The last place of talks the sentence before names."""
        if view.index == 0:
            return None
        named = [m.venue.name for m in self.doc.views[view.index - 1].mentions if m.venue is not None]
        return named[-1] if named else None

    def _day_told_before(self, view: View, pos: int, past: bool, one_day: bool = False) -> date | None:
        """The last day a date names before `pos`, in this sentence or the four before it; for words of the
        past, the last day gone by ("talks would be held on Friday and Saturday. Late that night, ...": the
        night of the day told of, not of the talks to come). With `one_day`, dates of several days are passed
        over: "that evening" is no evening of "talks on Friday and Saturday"."""
        views, published = self.doc.views, self.doc.published
        for back in range(5):
            index = view.index - back
            if index < 0:
                break
            told = [
                d
                for d in views[index].dates
                if d.first is not None
                and (back or d.end <= pos)
                and not (past and d.first > published)
                and not (one_day and d.last is not None and d.last != d.first)
            ]
            later = self._days_later(views[index], pos if not back else len(views[index].text))
            if later is not None and (not told or told[-1].start < later.start()):
                # "Five days later Trump saw Zelensky in Davos, and that same night ...": a day counted from
                # the one told before it is the day told last
                base = self._day_told_before(views[index], later.start(), past)
                if base is not None:
                    return base + timedelta(days=_days_counted(later))
            if told:
                return told[-1].first
        return None

    def _days_told_just_before(self, view: View) -> tuple[date | None, date | None]:
        """The days the last date of the two sentences before names ("on Wednesday and Thursday")."""
        for back in (1, 2):
            if view.index - back < 0:
                break
            told = [d for d in self.doc.views[view.index - back].dates if d.first is not None]
            if told:
                return told[-1].first, told[-1].last
        return None, None

    @staticmethod
    def _days_later(view: View, pos: int) -> re.Match[str] | None:
        """The last "five days later", "the next day" before `pos` in the sentence."""
        if not _has(view.lower, _LATER_CUES):
            return None
        found = None
        for found in _DAYS_LATER.finditer(view.text, 0, pos):  # noqa: B007 (the last one is wanted)
            pass
        return found

    def _days_after(self, segment: str, duration: int | None) -> tuple[date | None, date | None]:
        """ "His visit came a day after the two-day first round ended": the round ended the day before the
        article's own event, which is the day it was published."""
        match = _DAYS_AFTER_END.search(segment) if " after " in segment else None
        if match is None:
            return None, None
        last = self.doc.published - timedelta(days=NUMBER_WORDS.get(match.group(1).lower(), 1))
        return (last - timedelta(days=duration - 1) if duration else None), last

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


# "09:12 - ": the time stamp that opens an entry of a live report
LIVE_ENTRY = re.compile(r"\d{1,2}[:.]\d{2}\s+[-–—]\s")


def in_live_entry(doc: Doc, view: View) -> bool:
    """Does the sentence stand in a paragraph that opens with a time stamp ("09:12 - "), as the entries of a
    live report do?"""
    whole = doc.article.text
    return LIVE_ENTRY.match(whole, whole.rfind("\n", 0, view.sentence.start) + 1) is not None


# "at 10:00", "from 14.30": a clock time
_CLOCK = re.compile(r"\b(?:at|from|by|until)\s+\d{1,2}[:.]\d{2}\b")
# "The Alaskan city hosted ...": a city described by an adjective, as the subject of the verb after it
_ADJECTIVE_CITY = re.compile(
    r"\b[Tt]he\s+([A-Z][a-z]+)\s+(?:city|town|resort|port)\s+(?:has\s+|had\s+|also\s+)?$"
)
# "the Swiss city", "Turkey's largest city": a place described by its kind, not a landmark ("the Kremlin")
_DESCRIBED_PLACE = re.compile(r"(?i)(?:the\s+|\w+['’]s\s+)[^,]*\b(?:city|capital|metropolis|town|resort)$")
# "The venue stays the same, Abu Dhabi", "the venue will again be Geneva": what the venue of a round is
_VENUE_IS = re.compile(
    r"\b[Tt]he\s+venue\s+(?:is|was|will\s+be|would\s+be|stays|remains|remained|stayed)\s+"
    r"(?:again\s+|still\s+)?(?:(?:the\s+same|unchanged)"
    # ("The venue is unchanged, he said: Abu Dhabi": the one who says it, set in before the place)
    r"(?:,\s+(?:he|she|they|it|[A-Z][\w-]+)\s+(?:said|says|added|adds|confirmed|noted))?\s*[,:—–-]\s*)?"
    r"(?:in\s+)?"
)
# "in a hotel on the right bank", "at a lakeside hotel": a building where talks are held, with no city after
# (a mission or an embassy: "had dinner with Witkoff at the US mission", filed from Geneva)
_BUILDINGS = (
    "hotel",
    "compound",
    "palace",
    "villa",
    "residence",
    "centre",
    "center",
    "conference hall",
    "mission",
    "embassy",
)
_IN_A_BUILDING = re.compile(
    r"\b(?:in|at)\s+(?:a|an|the)\s+(?:[\w.-]+\s+){0,3}?(?:hotel|compound|palace|villa|residence|centre|center"
    r"|conference\s+hall|mission|embassy)\b(?!\s+(?:in|of|near|outside|to)\s+(?:the\s+)?[A-Z])"
)
# "here", the adverb of place: not "here is why", "here's"
_HERE = re.compile(r"\bhere\b(?!\s+(?:is|are|was|were)\b|['’]s)")
# "ABU DHABI - ", "GENEVA, Feb 18 (Agency) - ": the city a report is filed from, in capitals before the body
_DATELINE = re.compile(r"([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)?)(?:,|\s+[-–—]\s)")
_THEIR_TALKS = re.compile(r"\btheir\s+(?:[\w-]+\s+)?(?:talks|negotiations|meeting|meetings)\b")
_YEAR = re.compile(r"\b(?:in|of|since|during)\s+(20\d\d)\b")
_GONE_BY = ("last", "past", "earlier this")
_LAST_SEASON = re.compile(r"\blast\s+(?:spring|summer|autumn|fall)\b")
_LAST_MONTH = re.compile(
    r"\blast\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_SETTING = re.compile(r"\b(?:[Aa]t|[Dd]uring)\s+(?:the|this|last\s+week's)\s+$")
_ENDED = re.compile(
    r"\b(?:end|ends|ended|ending)\s+(?:(?:a\s+)?(?:little|few\s+minutes|some\s+time)\s+)?"
    r"(?:after|late|early|in the early hours|shortly)\b"
    # "the talks ran well past midnight", "went on into the early hours of Friday": they ended the next day
    r"|\b(?:ran|run|runs|went on|go on|goes on|lasted|last|lasts|stretched|dragged on|continued)\s+"
    r"(?:well\s+|long\s+)?(?:(?:past|beyond|until after)\s+midnight|into the early hours)"
)
_DAYS_AFTER_LEAD = re.compile(r"\b(?:a|one|two|three)\s+days?\s+after\s+$", re.I)
_DAYS_AFTER_END = re.compile(
    # a full stop inside an abbreviation ("U.S.-brokered") ends nothing
    r"\b(a|one|two|three)\s+days?\s+after\b(?:[^.;]|\.(?=\S))*?"
    r"\b(?:ended|concluded|wrapped up|finished|closed)\b",
    re.I,
)
_TENSE_STOP = re.compile(r";|\s(?:where|which|that|who|when|while|because|as|after|before)\s")
_SOMETHING_CUES = ("-day", " days", "there", *_HEAD_WORDS, *OUTCOME_CUES)
_PLACE_FOLLOWS = re.compile(r"\s+(?:talks|round|meeting|negotiations)\b")
# A place given as the new one: "moved to Istanbul", "in Istanbul instead (of Abu Dhabi)", "no longer in Abu
# Dhabi but in Istanbul", "in Istanbul rather than Abu Dhabi"
_MOVED_TO_PATTERN = re.compile(
    r"\b(?:moved|shifted|relocated|transferred|switched)\b[^.;]*?\bto\s+(?:the\s+)?[A-Z]"
    r"|\binstead\b|\brather than\b|\b(?:not|no longer)\b[^.;]*?\bbut\s+(?:in|at)\s+(?:the\s+)?[A-Z]"
    # "initially planned for this week, will now take place next week in Geneva"
    r"|\bnow\s+(?:take\s+place|be\s+held|set|scheduled|planned|expected)\b[^.;]*?\b(?:in|at)\s+(?:the\s+)?[A-Z]"
)
# Searched only where one of these words is: every match holds one.
_MOVED_TO = Guarded(
    _MOVED_TO_PATTERN,
    (
        "moved",
        "shifted",
        "relocated",
        "transferred",
        "switched",
        "instead",
        "rather than",
        "not",
        "no longer",
        "now",
    ),
)
# "The first round (Jan. 23-24) and the second", "The first round, on Jan. 23 and 24, and the second": rounds
# joined as one subject, each with its own days in brackets or set off by commas
_JOINED = re.compile(r"\s*(?:\([^()]*\)\s*|,[^,;()]*,\s*)?,?\s*and\s+")
_HIS_TEAM = re.compile(
    r"\b(?:[Hh]is|[Hh]er)\s+(?:own\s+)?(?:team|delegation|negotiators|envoys?|aides?|negotiating team"
    r"|advisers)\b"
)
# (a place may stand between the day and "where": "late on Thursday in the Kremlin, where Putin received";
# so may the time of day: "on Thursday afternoon in Davos, where")
_WHERE_AFTER = re.compile(
    r"\s*(?:(?:morning|afternoon|evening|night)\s+)?(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*)?,?\s*where\s+"
)
# ", who met", ", who later sat down": a relative clause whose subject is the words before the comma
_WHO_BEFORE = re.compile(r",\s+who\s+(?:[\w-]+\s+){0,2}$")
# "where he met", "where he is expected to meet"
_HE = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:\w+\s+){0,3}$")
_HELD = ("ongoing", "concluded")
_HE_IN_PHRASE = re.compile(r"\b(?:where|when|after|while|before)\s+(?:he|she)\s+(?:[\w-]+\s+){0,2}$")
_FINITE_AFTER_SUBJECT = re.compile(r"\s+(?:said|says|told|added|announced|was|is|has|had|will|would)\b")
_SUBJECT_AFTER_COMMA = re.compile(r",\s+(?:[A-Z][\w.]*\s+){0,3}$")
# "they", or people counted ("The three spent the day with Witkoff"), as the subject before a verb
_THEY = re.compile(r"\b(?:[Tt]hey|[Tt]he\s+(?:two|three|four|pair|trio))\s+(?:[\w-]+\s+){0,2}$")
_THEM = re.compile(r"\s*them\b")
_HIM = re.compile(r"\s*(?:him|her)\b(?!\s+(?:own|to|that)\b)")
# An object pronoun right after the verb of meeting: "received them", "met him"
_THEM_AFTER = re.compile(r"\s+(?:them|him|her)\b")
_WITH_HIM = re.compile(r"(?:(?<=with)|\s+with)\s+(?:him|her)\b")
_OUR_TEAM = re.compile(r"\b[Oo]ur\s+(?:own\s+)?(?:team|delegation|negotiators|people)\b")
# "..., as they did in Miami in January", "just as he did in Istanbul last year": the same sides before
_AS_THEY_DID = re.compile(
    r",?\s+(?:just\s+)?as\s+(?:they|he|she|we|the two)\s+(?:\w+\s+)?did\s+(?=in\s|at\s)"
)
# "which had been expected in Geneva on Thursday", "due on Sunday": the plan a day was named for
_PLAN_BEFORE_DAY = re.compile(r"\b(?:expected|planned|scheduled|due|set|slated)\b[^,;]*$")
# "the envoys", "the visitors": a team named by its noun alone, with no side before it
_BARE_TEAM = Guarded(
    re.compile(r"\b[Tt]he\s+(envoys|emissaries|visitors|guests|delegation|negotiators)\b"),
    ("envoys", "emissaries", "visitors", "guests", "delegation", "negotiators"),
)
# "He stayed at the venue for a separate meeting with the Ukrainian team": the sentence's subject is a side
# ("On February 26 he was back in Geneva, this time for a meeting with Witkoff": after a time that opens it)
# ("Before that, on Jan. 17, he led the team that spent a day in Miami with Witkoff")
_OPENING_HE = re.compile(
    r"(?:(?:On|By|Then|Later|Earlier|In|Before|After)\s+(?:[\w.,]+\s+){0,4}?[\w.]+,?\s+(?:he|she)\s+|He\s+|She\s+)"
    r"(?!said|says|told|added)"
)
# A side's team as the subject: "A Ukrainian team", "The Ukrainian delegation", "Ukrainian negotiators"
_SIDE_TEAM = re.compile(
    r"\s*(?:(?:A|An|The)\s+)?(?:[A-Z][\w.-]+\s+)(?:negotiating\s+)?(?:team|delegation|negotiators|envoys)\b"
)
_OPENING_HIS_TALKS = re.compile(
    r"(?:His|Her)\s+(?:[\w-]+\s+)?(?:talks|meeting|meetings|session|conversation|encounter)\b"
)
_DAYS_AFTER_HE = re.compile(
    r"\b(a|one|two|three)\s+days?\s+after\s+(?:he|she|they|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:had\s+)?$"
)
# "Late on Tuesday, after the Americans had left the room, ...": a day that opens the sentence, then a clause
# of time set off by commas
_DAY_THEN_ASIDE = re.compile(
    r"(?:(?:Late|Early|Later|Earlier)\s+(?:on\s+)?|On\s+)[\w. -]{3,30}?,\s+"
    r"(?P<aside>(?:after|before|once|when|as|while)\s+[^,;]+,\s+)"
)
# A phrase of a participle that opens the sentence, before its subject: "After meeting Witkoff in Miami, ",
# "On Saturday, after meeting the US team, ", "Having met the envoys on Thursday, "
_OPENING_PARTICIPLE = re.compile(
    r"(?:(?:On|Late|Early|Later|Earlier)\b[^,;]{2,30},\s+)?((?:[Aa]fter|[Bb]efore)\s+[a-z]+ing|Having)\b[^,;:]+,\s+"
)
_AFTER_A_PARTICIPLE = re.compile(r"(?:after|before)\s+[a-z]+ing\b")
# "last weekend he was in Florida again, meeting the American team": "he" of the place, doing the meeting
_HE_WAS_THERE = re.compile(
    r"\b(?:he|she)\s+(?:was|is|had\s+been)\s+(?:back\s+)?in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"
    r"(?:\s+again)?,\s+$"
)
_FIRST_DAY_ON = re.compile(
    r"(?:The|On\s+the)\s+first\s+day(?:\s+of\s+(?:the\s+)?(?:talks|contacts|negotiations|round|meetings))?,?\s+"
    r"(on\s+[^,;]{3,30}?),"
)
_THOSE_DAYS = re.compile(r"\bon\s+(?:those|the\s+same)\s+(?:days|dates)\b")
_AFTER_BEFORE = re.compile(r"\s(?:after|before|following|ahead\s+of)\s")
# ("..., when Budanov, Umerov and Arakhamia sat down with Witkoff": a list of names is still the clause)
_WHEN_CLAUSE = re.compile(r"(?:,\s+|\s+)when\s+(?:[^,;]*,\s+(?=[A-Z][a-z]))*[^,;]*$")
_UNSURE_PATTERN = re.compile(
    r"\b(?:unclear|uncertain|not clear|not say|not know)\s+(?:\w+\s+){0,3}?(?:whether|if)\b"
    r"|\b(?:whether|uncertain)\b[^,;]*?\b(?:round|meeting|talks)\b[^,;]*?\b(?:will|would|could|can)\b"
    r"|\b(?:is|was|would be|remains|be)\s+(?:\w+\s+)?possible\b|\bpossible only\b|\bonly if\b"
    r"|\bif (?:it|they|one) (?:happens|happen|takes place|take place|goes ahead|go ahead)\b"
    # "not before the Iran war ends", "only once a ceasefire holds": a condition set on the round, which
    # announces none
    r"|\b(?:not|never)\s+(?:[\w-]+\s+){0,4}?(?:before|until)\s+(?:the\s+|a\s+)?[^,.;]{0,40}?\b"
    r"(?:ends|is over|are over|stops|is signed|is agreed|is resolved|has ended|have ended|holds)\b"
    r"|\bonly (?:after|once|when)\s+(?:the|a|an|it|they|there)\b"
    r"|\b(?:could|can|would|may|might)\s+only\s+(?:take place|be held|happen|go ahead|meet)\b"
    # "no fourth round until Kyiv withdraws", "once the Iran war is over", "as soon as the Americans are
    # ready": a round made to wait on an event; "unlikely before April"
    r"|\b(?:until|unless|once|as soon as)\s+(?:the\s+)?[^,.;]{0,40}?\b"
    r"(?:ends|is over|are over|stops|is signed|is agreed|is resolved|holds|withdraws?|agrees?|accepts?"
    r"|is ready|are ready|pulls? out)\b"
    r"|\bunlikely\b"
    # "had no information about a new meeting": a round nobody knows of is none announced
    r"|\bno (?:information|knowledge|plans?) (?:about|on|of|for|regarding)\b"
    # "Another round after Geneva has not been discussed": the round itself not yet talked of (not its date:
    # "a date for the round has not been agreed" is a round announced)
    r"|\b(?:round|meeting|talks)\s+(?:[\w-]+\s+){0,3}?(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+"
    r"(?:discussed|agreed|planned|requested|proposed)\b",
    re.IGNORECASE,
)
# Searched only where one of these words is: every match holds one (word by word down the alternatives).
_UNSURE = Guarded(
    _UNSURE_PATTERN,
    (
        "unclear",
        "uncertain",
        "not",
        "whether",
        "possible",
        "only",
        "if",
        "never",
        "until",
        "unless",
        "once",
        "soon",
        "unlikely",
        "information",
        "knowledge",
        "plan",
    ),
)
_NOUN_VERB = re.compile(r"(?i)meeting|talks")
# The purpose of a journey told before it, set off by a comma: "... and Arakhamia, for talks with Witkoff"
_JOURNEY_PURPOSE = re.compile(
    r"(?:^|,)\s*(?:for\s+(?:talks|a\s+meeting|meetings|consultations|negotiations)|to\s+(?:meet|hold\s+talks"
    r"|see))\b"
)
# A subject (or its apposition, closed by a comma) with a bare infinitive of meeting: "group to meet"
_HEADLINE_TO = re.compile(
    r"(?:,|\b(?:group|groups|delegations?|teams?|negotiators|envoys?|sides|leaders|presidents))\s+to\s+"
    r"(?:meet|hold\s+talks|sit\s+down|convene|gather)\b"
)
# An interviewer's "you" and the label of the answer that follows: "ARAKHAMIA: ...", "Sybiha: ..."
_YOU = re.compile(r"\b(?:[Yy]ou|[Yy]our)\b")
_ANSWER_LABEL = re.compile(r"([A-Z][A-Za-z'’-]+):\s")
# What a meeting is named as the origin of: "a reference to the summit", "named after the meeting"
_ORIGIN_OF = re.compile(
    r"\b(?:named\s+after|a\s+reference\s+to|referring\s+to|agreed\s+at|reached\s+at|struck\s+at)\s+"
    r"(?:the|their|a)\s+(?:[\w-]+\s+){0,2}$"
)
# The verbs of two sides meeting, and the words that say they did so again and again
_MET_VERB = re.compile(r"(?i:met|meet|held|sat|spoke|talked)\b")
_OFTEN_CUES = ("times", "repeatedly", "occasions")
_OFTEN = re.compile(
    # (a count says how many meetings: "had met three times" is as many rounds)
    r"\s*(?:[\w-]+\s+){0,6}?(?:(?:several|many|a\s+number\s+of|multiple|numerous)\s+times|repeatedly"
    r"|on\s+(?:several|many|a\s+number\s+of|numerous)\s+occasions)\b"
)
# "when Zelensky visited Trump at Mar-a-Lago": to visit a person is to meet him
_VISITED = re.compile(r"\bvisit(?:ed|s)\s+(?:(?:U\.S\.\s+)?President\s+)?(?=[A-Z])")
_CAME_AFTER = re.compile(r"\s(?:after|following)\s[^,;]*$")
_TOPIC = re.compile(
    r"\b(?:to discuss|to talk about|about|over|regarding|concerning|on (?:the|a|an|how|whether)|amid"
    r"|despite)\b"
)
_SUBJECT = re.compile(
    # (after a dateline: "GENEVA, 19 February (Agency) - The trilateral negotiations ... ended yesterday")
    r"(?-i:[A-Z][A-Z/ .'-]+,\s+[^\n–—]{0,100}?\s[-–—]\s+)?"
    r"\s*(?:the\s+|a\s+|this week's\s+)?(?:(?:two|three|four)\s+days\s+of\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:talks|negotiations|consultations|round|meeting)\b",
    re.IGNORECASE,
)
_ROUND_NOUN = re.compile(
    r"\b(?:the|a|this week's|next week's)\s+(?:[\w-]+\s+){0,2}?(?:round|meeting)\b", re.I
)


# "A date for the fourth round has not been agreed": the round is not in doubt, its date is
# "a late-night meeting in the Kremlin on Thursday, where": a meeting noun, its place and day, then "where"
_MEETING_BEFORE_WHERE = re.compile(
    r"\b(?:meeting|talks|session|summit|dinner|audience)\s+(?:in|at)\s+[^,;]{2,50},\s+where\s+$"
)


def _other_event(text: str, start: int, end: int) -> int:
    """Where the words about another event begin: "met Sybiha on Saturday, three days before the negotiators
    are due to gather again in Geneva" (a span of time before "before" or "after" opens a clause about
    another event, whose place is its own)."""
    if "," not in text[start:end]:
        return end
    other = _SPAN_BEFORE.search(text, start, end)
    return other.start() if other is not None else end


_SPAN_BEFORE = re.compile(r",\s+(?:[\w-]+\s+){0,2}?(?:days?|weeks?|hours?)\s+(?:after|before)\s+")


def _scene(view: View) -> tuple[date | None, str | None]:
    """The one day and the one place (after "in" or "at") a sentence names, if it names one of each."""
    days = [d.first for d in view.dates if d.first is not None]
    text = view.text
    places = {
        m.venue.name
        for m in view.mentions
        if m.venue is not None and text[max(0, m.start - 4) : m.start] in (" in ", " at ")
    }
    if len(days) == 1 and len(places) == 1:
        return days[0], places.pop()
    return None, None


_JOURNEY_TO_WORK = re.compile(
    r"(?:flew|flies|fly|flying|travell?ed|went|came|comes|headed|arrived)\s[^,;]*\sto\s"
)


def _place_within(view: View, start: int, end: int) -> str | None:
    """The pack venue named in `view.text[start:end]`, if one is."""
    places = [m.venue.name for m in view.mentions_between(start, end) if m.venue is not None]
    return places[0] if places else None


def _set_scene(mention: RoundMention, view: View, lo: int, hi: int, placed: bool, days: bool = True) -> None:
    """The place and day that `view.text[lo:hi]` sets, for a mention that names none of its own; `placed`:
    only a place after "in" or "at" counts."""
    text = view.text
    if mention.venue is None:
        places = [
            m.venue.name
            for m in view.mentions_between(lo, hi)
            if m.venue is not None
            and (not placed or text[max(0, m.start - 4) : m.start] in (" in ", " at ", "In "))
        ]
        mention.venue = places[-1] if places else None
    if days and mention.dates[0] is None:
        told = [d for d in view.dates if lo <= d.start < hi and d.first is not None]
        mention.dates = (told[-1].first, told[-1].last) if told else mention.dates


def _fills(named: RoundMention, clause: RoundMention) -> bool:
    """Does a meeting told of after "where" fill in the sides of a meeting named just before it?"""
    return (
        clause.meeting
        and len(clause.parties) >= 2
        and not named.parties
        and named.number is None
        and named.reference is None
        and (named.venue is not None or named.dates[0] is not None)
    )


def _host_before(view: View, lo: int, pos: int) -> str | None:
    """ "The Emirati capital hosted round one in January and round two in early February; Geneva took the 3rd
    round": a place that is the subject of a verb of hosting is the place of each round it takes as object,
    up to the end of its clause."""
    text = view.text
    clause = max(lo, text.rfind(";", lo, pos) + 1)
    for mention in view.mentions_between(clause, pos):
        if mention.venue is None or _NEW_SUBJECT.search(text, mention.end, pos):
            continue
        if _HOSTS.match(text, mention.end) is not None or text.startswith(":", mention.end):
            # ("the delegations met twice in Abu Dhabi: the first round on January 23-24 and the second on
            # February 4-5": a place the list of rounds after a colon was held in)
            return mention.venue.name
        apposed = _APPOSED_HOST.match(text, mention.end)
        if apposed is not None and _HOSTS.match(text, apposed.end()) is not None:
            # "Missiles were reported over Abu Dhabi, the city that hosted the first round of the Ukraine
            # talks in January": the place set off by "the city that" is the subject of the hosting
            return mention.venue.name
        if _FOR_THE.fullmatch(text, mention.end, pos) and text[
            max(0, mention.start - 6) : mention.start
        ].endswith((" in ", " to ", " into ")):
            # "you were in Abu Dhabi for the first round", "flew to Geneva for the third round"
            return mention.venue.name
    return None


_APPOSED_HOST = re.compile(r",\s+the\s+(?:[\w-]+\s+)?(?:city|capital|town|resort)\s+(?:that|which)(?=\s)")
# (a day may come between: "flew into Geneva on Monday evening ahead of the third round")
_FOR_THE = re.compile(
    r"\s+(?:(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?\s+)?"
    r"(?:for|ahead\s+of)\s+(?:the\s+|an?\s+)?"
)
_HOSTS = re.compile(
    r"\s+(?:(?:has|had|will|also|again|then|later)\s+)*(?:hosted|host|hosts|took|takes|staged|stages"
    r"|welcomed|played host to"
    # "Geneva was the venue for the third round", "will again be the setting of the fourth": the place is
    # the round's as the subject of "hosted" is
    r"|(?:is|was|be|been|became)\s+(?:again\s+|also\s+)?the\s+(?:venue|setting|site)\s+(?:for|of))\b"
)
# a clause with a subject of its own between the host and the round: "Abu Dhabi hosted talks, and Kyiv
# proposed ..."
_NEW_SUBJECT = re.compile(r",\s+(?:and|but|while)\s+(?!round\b|the\s+\w+\s+round\b)")
# "it hosted", "It has hosted": a pronoun as the subject of a verb of hosting (`_HOSTS` after it)
_IT_HOSTS = re.compile(r"\b[Ii]t(?=" + _HOSTS.pattern + ")")
# A paragraph that opens with "It" goes on with the place the paragraph before ended on
_NEW_PARAGRAPH_OPENS_WITH_IT = re.compile(r"It\b")


def _on_condition(text: str, lo: int, trigger_start: int, trigger_end: int, end: int) -> bool:
    """ "If Moscow accepts the draft, a fourth round could be held next week", "a fourth round could follow
    if ...": a round that only may be, on a condition set in the same breath, is none yet."""
    # the modal is the round's own verb: "a fourth round could be held", not "..., and a ceasefire could"
    modal = _MODAL.match(text, trigger_end, min(end, trigger_end + 40))
    if modal is None:
        return False
    opens = _IF_OPENS.match(text, lo)
    if opens is not None and text.find(",", opens.end(), trigger_start) >= 0:
        return True
    condition = _IF_FOLLOWS.search(text, modal.end(), end)
    return condition is not None and _NEW_CLAUSE.search(text, modal.end(), condition.start()) is None


_MODAL = re.compile(r"[^,;]*?\b(?:could|might|may|would)\b")
_IF_OPENS = re.compile(r"\s*(?:If|Should|Unless|Provided|Once)\s")
_NEW_CLAUSE = re.compile(r"[;,]\s+(?:and|but|while)\s")
_IF_FOLLOWS = re.compile(r"\b(?:if|unless|provided that|as long as)\s")
_DATE_OF = re.compile(r"\b(?:date|dates|day|venue|time|place)\s+(?:for|of)\s+")
_FIRST_DAY_OVER = re.compile(
    r"\b(?:wrapped up|ended|concluded|closed|finished|completed|wound up)\s+(?:the|their|its)\s+"
    r"(?:first|opening)\s+day\b",
    re.IGNORECASE,
)
_DAY_THAT_LASTED = re.compile(
    r"\b(?:day|session|sitting)\b(?:[^,;.]{0,40}?\s)?(?:that|which)\s+(?:[^,;.]{0,60}?\s)?"
    r"(?:lasted|went on|ran)\b"
)
_EXPECTED_LENGTH = re.compile(
    r"\b(?:that|which)\s+(?:is|are|was|were)\s+(?:expected|due|set|scheduled|planned)\s+to\s+(?:last|run)\b"
)
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:the|a|an|its|their)\s+[^,;.]*?\b\w+ed\b")
_SINCE_TALKS = re.compile(
    r"\bsince\s+(?=the\s+(?:[\w-]+\s+){0,2}?(?:round|talks|meeting)\b"
    # "the first meeting of the two since Umerov saw Witkoff in Geneva on Feb. 26": a meeting of its own
    r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:met|saw|sat|held|hosted|received|visited)\b)"
)
_HOSTED = re.compile(r"(?:has\s+|had\s+|also\s+)?(?:hosted|hosts|will host)\b")
_OPENING_PHRASE = re.compile(
    # ("Eight days after the Geneva round ended, Witkoff and Kushner met him in Geneva again")
    r"\s*(?:(?:[A-Z][a-z]+|[a-z]+)\s+(?:days?|weeks?|hours?)\s+(?:after|before)"
    r"|[Aa]fter|[Bb]efore|[Aa]head of|[Ff]ollowing|[Ss]ince|[Oo]n the eve of|[Ii]n the run-up to"
    # "On the sidelines of the second round, Grynkewich met Russian officers": a meeting beside the round
    r"|[Oo]n the (?:sidelines|margins) of|[Dd]uring)\s+"
    r"(?:the\s+|a\s+)?"
)
# A clause of time that opens the sentence, after a time set off before it: "The next day, while ...", "As "
_OPENING_WHILE = re.compile(r"(?:[^,;:]{3,40},\s+)?(?:[Ww]hile|[Aa]s|[Ww]hen)\s[^,;:]*")
# The subject and verb of a main clause: "he held", "Dmitriev held", "the Kremlin's envoy had"
_SUBJECT_THEN_VERB = re.compile(
    r"(?:[Hh]e|[Ss]he|[Tt]hey|(?:[A-Z][\w.'’-]*\s+){1,3}|the\s+(?:two\s+men|two|pair|envoys)\s+)\s*(?:also\s+)?"
    r"(?:[a-z]+ed|held|met|saw|ran|led|had|took|went|flew|sat)\b"
)
# "on the sidelines of the first round", "alongside the third round", "in parallel with the round"
_BESIDE_THE_ROUND = re.compile(
    r"\b(?:on\s+the\s+(?:sidelines|margins|fringes)\s+of|alongside|beside|in\s+parallel\s+(?:with|to))\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}$"
)
_BESIDE_CUES = ("sidelines", "margins", "fringes", "alongside", "beside", "parallel")
_CAUSE_AFTER = re.compile(r",\s+(?:until|because)\s")
_AFTER_ROUND = re.compile(r"\b(?:[Aa]fter|[Ss]ince|[Ff]ollowing)\s+(?:the\s+|a\s+)?$")
_SPAN_AFTER_OR_AS_AT = re.compile(
    r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|few)\s+"
    r"(?:days?|weeks?|months?)\s+(?:after|since)\s+(?:the\s+)?$"
    r"|\bsame\s+[\w\s-]{0,40}?\bas\s+(?:in|at|during)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_STILL_MEETING = re.compile(r"\b(?:are|is)\s+(?:meeting|talking|sitting|negotiating|in\s+(?:its|their))\b")
_HAS_JUST_BEGUN = re.compile(
    r"\b(?:has|have)\s+(?:just\s+|now\s+)?(?:begun|started|opened|got\s+under\s+way|gotten\s+under\s+way)"
    r"(?!\s+(?:to|on|in|with)\b)"
)
_BEFORE_ROUND = re.compile(r"\b[Bb]efore\s+(?:the\s+|a\s+)?$")
_AHEAD_OF_ROUND = re.compile(
    r"\b(?:[Aa]head of|[Oo]n the eve of|[Ii]n the run-up to|run-up to)\s+(?:the\s+|a\s+)?$"
)


def _places_another(text: str, lo: int, anchor: int) -> bool:
    """Is the round named at `anchor` only to place another event in time ("157 prisoners were exchanged on
    Feb. 5 after the second round", "met on Monday ahead of the third round")? The day of the clause is then
    that event's."""
    return any(
        p.search(text, max(lo, anchor - 25), anchor) for p in (_AFTER_ROUND, _BEFORE_ROUND, _AHEAD_OF_ROUND)
    )


_ALL_IN = re.compile(r",\s+(?:both|all|each)\s+(?:of them\s+)?(?:held\s+|hosted\s+)?(?:in|at)\s")
# A delay named as a thing of its own (not "the delay in aid deliveries", "the postponement of elections")
_DELAY_WORDS = ("delay", "postponement", "rescheduling")
_DELAY_NOUN = re.compile(r"\b[Tt]he\s+(?:delay|postponement|rescheduling)\b(?!\s+(?:in|of|to|for|on)\b)")
_CONTRAST = re.compile(
    r",\s+(?:but|while|whereas|though|although)\s+(?!(?:was|were|is|are|has|have|had|will|would|it)\b)"
)
_PARALLEL = re.compile(
    r",?\s+and\s+(?:then\s+|later\s+)?(by|in|at|under|with|over|after|before|during|since|from)\s+"
)
_ASIDE_OPEN = {",": ",", "—": "—", "(": ")"}


def _repeats(text: str, start: int, end: int, preposition: str) -> bool:
    """Does `preposition` open a phrase in `text[start:end]`?"""
    return re.search(rf"\b{preposition}\s", text[start:end], re.IGNORECASE) is not None


def _aside(text: str, trigger: Trigger, before: Trigger | None, hi: int) -> tuple[int, int] | None:
    """The span of a phrase set off by commas, dashes or brackets around rounds named together, after a
    round named before them: ", which followed two rounds in Abu Dhabi,". None when not set off."""
    if not trigger.plural or before is None or before.plural:
        return None
    between = text[before.end : trigger.start]
    opened = max(between.rfind(mark) for mark in _ASIDE_OPEN)
    if opened < 0:
        return None
    closed = text.find(_ASIDE_OPEN[between[opened]], trigger.end, hi)
    opened += before.end
    return (opened, closed + 1) if closed >= 0 else None


# "the summit between Putin and Trump", "a meeting between President Zelensky and Donald Trump": the noun,
# "between", the first side, "and" (and titles or first names) before the second
_NOUN_BETWEEN = re.compile(r"(?:summit|meeting)(?:\s+between)?$", re.IGNORECASE)
_BETWEEN = re.compile(r"\s+between\s+")
_FIRST_SIDE = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w.]*\s+){0,3}")
_AND_SECOND = re.compile(r"\s+and\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){0,3}$")


def _pair_between(view: View, verb: re.Match[str]) -> set[str] | None:
    """The two sides a summit or meeting names right after "between" ("the summit between Putin and
    Trump"), when they are two parties joined by "and"."""
    text = view.text
    if _NOUN_BETWEEN.fullmatch(verb.group()) is None:
        return None
    after = verb.end()
    if not verb.group().lower().endswith("between"):
        between = _BETWEEN.match(text, after)
        if between is None:
            return None
        after = between.end()
    named = [m for m in view.mentions_between(after, min(len(text), after + 80)) if m.party is not None]
    if len(named) < 2 or _FIRST_SIDE.fullmatch(text, after, named[0].start) is None:
        return None
    first, second = named[0], named[1]
    if first.party == second.party or _AND_SECOND.fullmatch(text, first.end, second.start) is None:
        return None
    return {first.party, second.party}


_BROKERED = re.compile(r"[-–](?:brokered|mediated|sponsored|facilitated|hosted)\b")


def _broker(view: View, start: int, end: int) -> str | None:
    """The party that brokers the talks: "U.S.-brokered", "American-mediated"."""
    if "-" not in view.text and "–" not in view.text:
        return None
    for mention in view.mentions_between(start, end):
        if mention.party is not None and _BROKERED.match(view.text, mention.end):
            return mention.party
    return None


def _dated_line(view: View, pos: int) -> tuple[date | None, date | None]:
    """The days a line opens with, before a colon or a dash, when they label the round named after them: a
    timeline's "Jan. 23-24: First round of trilateral talks in Abu Dhabi." """
    text = view.text
    for day in view.dates:
        # a line of a list may open with its bullet: "* Jan. 23-24 — First trilateral round in Abu Dhabi."
        if day.first is not None and not text[: day.start].strip(_BULLETS) and day.end <= pos:
            label = _LINE_LABEL.match(text, day.end)
            return (day.first, day.last) if label is not None and label.end() <= pos else (None, None)
    return None, None


# "Saturday." opening a paragraph of a diary: the day of what the paragraph tells
_TITLE_DAY_HEADING = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+and\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\."
)
# "THURSDAY.", "TUESDAY, FEB. 17 - WEDNESDAY, FEB. 18": a day or a span of days heading a calendar's items
_UPPER_DAY_DATE = r"(?:,\s+[A-Z]{3,9}\.?\s+\d{1,2})?"
# ... or with the day of the month after the weekday, the month last: "TUESDAY 17 - WEDNESDAY 18 FEBRUARY"
_UPPER_DAY_NUMBER = rf"(?:{_UPPER_DAY_DATE}|\s+\d{{1,2}})"
DAY_HEADING = re.compile(
    rf"{UPPER_WEEKDAYS}{_UPPER_DAY_NUMBER}(?:\s+[A-Z]{{3,9}})?"
    rf"(?:\s*[-–—]\s*{UPPER_WEEKDAYS}{_UPPER_DAY_NUMBER})?(?:\s+[A-Z]{{3,9}})?[.:]?"
)
_RESUMES_TOMORROW = re.compile(r"\b(?:will|is to|is due to|is set to)\s+resume\b")
_SAME_OCCASION = re.compile(r"[^,;]*,\s+(?:hours|minutes|shortly|just|soon)\s+(?:after|before)\s+")
# "Dmitriev said after meeting the Americans in Miami that ...": the speaker was one side
_SAID_AFTER = re.compile(
    r"\b(?:said|says|told\s+[\w-]+|wrote)\s+(?:shortly\s+|just\s+|soon\s+)?after\s+$"
    # "Zelensky, speaking in Davos on Thursday after an hour-long meeting with Trump, called ..."
    r"|\bspeaking\b[^,;]{0,60}?\s(?:shortly\s+|just\s+|soon\s+)?after\s+(?:an?\s+|his\s+|her\s+)?(?:[\w-]+\s+)?$"
)
_SET_OFF = re.compile(r",\s+(?:held|which|that|both|hosted|led|headed|chaired)\b")
_SAID_MORE = re.compile(r",\s+(?:adding|saying|noting|stressing|warning|insisting|explaining)\b")
_PUT_OFF_FROM = re.compile(
    r"\b(?:moved|pushed back|postponed|delayed|put off|rescheduled|shifted|brought forward)\s+from\b"
)
_BULLETS = " \t*•·‣▪–—-"
_LINE_LABEL = re.compile(r"\s*(?::|—|–|\s-)\s*")


def _after_semicolon(text: str, lo: int, pos: int) -> int:
    """Where the clause of a round named at `pos` begins, after the round named before it (ending at `lo`):
    after a semicolon; or at a relative clause set off between them, whose verb is its own ("Medinsky leads
    the delegation in place of Kostyukov, who led it at the first two rounds"); or at the round's words."""
    semicolon = text.rfind("; ", lo, pos)
    if semicolon >= 0:
        return semicolon + 2
    relative = text.rfind(", who ", lo, pos)
    if relative < 0:
        relative = text.rfind(", which ", lo, pos)
    if ", and " in text[lo:pos]:
        # "in Abu Dhabi on February 4 for the second round, which ended the next day, and in Geneva on
        # February 17 and 18 for the third": a phrase of place and day after "and", for the round it names,
        # is that round's
        parallel = _PARALLEL_FOR.search(text, max(lo, relative), pos)
        if parallel is not None and text[parallel.end() : pos] in ("", "the ", "a "):
            return parallel.start() + 2
    return relative + 2 if relative >= 0 else pos


_ENDED_NEXT_DAY = re.compile(
    r"\b(?:ended|closed|finished|concluded|wrapped\s+up|ran\s+into|continued|resumed)\s+(?:on\s+)?"
    # ("It closed the next evening with more to show than the first round")
    r"(?:the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)|a\s+day\s+later)\b"
)
_PARALLEL_FOR = re.compile(
    r", and (?:(?:again|then|later)\s+)?(?:in|to|at) (?:the )?[A-Z][^,;:()]{0,80}?"
    r"\b(?:for|at) (?:a |the )?"
)


def _listed_rounds(view: View, trigger: Trigger, end: int, mention: RoundMention) -> list[RoundMention]:
    """ "have held three rounds of trilateral talks this year: in Abu Dhabi on January 23 and 24, again there
    on February 4 and 5, and in Geneva on February 17 and 18": all the rounds held, counted, then listed in
    turn after a colon, each with its day and place, are the first, second and third."""
    text, lower = view.text, view.lower
    count = _COUNTED.match(lower, trigger.start)
    if count is None or count.group(1) == "both" or _SOME_OF_THEM.search(lower, 0, trigger.start):
        return []
    if mention.status != "concluded" or _ALL_HELD.search(lower, trigger.end, end) is None:
        return []
    colon = text.find(":", trigger.end, end)
    days = [d for d in view.dates if d.first is not None and colon < d.start < end]
    if len(days) != _COUNTS[count.group(1)]:
        return []
    found: list[RoundMention] = []
    place: str | None = None
    lo = colon
    for number, day in enumerate(days, start=1):
        before = [m.venue.name for m in view.mentions_between(lo, day.start) if m.venue is not None]
        again = place if "there" in text[lo : day.start] else None  # "again there on February 4 and 5"
        place = before[-1] if before else _venue_after(view, day.end) or again
        found.append(
            mention.another(
                number=number,
                dates=(day.first, day.last if day.last != day.first else None),
                venue=place,
                plural=False,
            )
        )
        lo = day.end
    return found


# "the last three rounds", "two of the rounds": not all the rounds held
_SOME_OF_THEM = re.compile(r"\b(?:last|previous|past|recent|latest|other|earlier)\s+$")
# what says the rounds counted are all there have been: "this year", "so far", "since January"
_ALL_HELD = re.compile(r"\b(?:this\s+year|so\s+far|to\s+date|since\s+[A-Z]?[a-z]+|in\s+all|altogether)\b")
_COUNTED = re.compile(r"(two|three|four|both)\b")
_COUNTS = {"two": 2, "three": 3, "four": 4, "both": 2}


def _days_in_turn(
    view: View, start: int, end: int, frame: tuple[int, int], count: int
) -> list[tuple[date | None, date | None]]:
    """The days of rounds named together, when the words give as many days as rounds; else none."""
    days: list[tuple[date | None, date | None]] = [
        (d.first, d.last)
        for d in view.dates
        if d.first is not None and start <= d.start and d.end <= end and not frame[0] <= d.start < frame[1]
    ]
    return days if len(days) == count else []


# "Putin's summit with Trump", "the August summit in Alaska between Trump and Putin"
_HOLDERS_BEFORE = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+)?$")
_WITH_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,4}?with\s+")
_BETWEEN_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,5}?between\s+")


def _summit_sides(view: View, verb: re.Match[str], hi: int) -> set[str] | None:
    """The two sides a summit is said to be of, by the people named with the word: "X's summit with Y",
    "the summit in Alaska between X and Y" (not the others of its clause: "Russia wants Ukraine to withdraw
    ..., in line with the formula Moscow traces to the summit between Trump and Putin")."""
    text = view.text
    between = _BETWEEN_AFTER.match(text, verb.end(), hi)
    if between is not None:
        sides = {m.party for m in view.mentions_between(between.end(), hi) if m.person and m.party}
        return sides if len(sides) == 2 else None
    holder = [
        m.party
        for m in view.mentions
        if m.person
        and m.party
        and m.end <= verb.start()
        and _HOLDERS_BEFORE.search(text, m.end, verb.start())
    ]
    guest = _WITH_AFTER.match(text, verb.end(), hi)
    if holder and guest is not None:
        after = [m for m in view.mentions_between(guest.end(), hi) if m.person and m.party]
        party = after[0].party if after and after[0].start == guest.end() else None
        sides = {holder[-1], party} if party is not None else set()
        return sides if len(sides) == 2 else None
    return None


_THE_DELEGATIONS = re.compile(r"\s*the\s+(?:three\s+)?delegations\b")


def _of_the_trilateral(text: str, start: int, end: int, verb: re.Match[str], low: str) -> bool:
    """Is the meeting verb about the trilateral talks ("the trilateral working group would meet")? Not when
    the word stands in another clause after it ("... held talks with Witkoff in Miami, the latest of the
    contacts that run beside the trilateral negotiations")."""
    trilateral = (
        TRILATERAL.search(text, start, end) or _THREE_SIDES.search(text, start, end)
        if _has(low, _TRI_CUES)
        else None
    )
    if trilateral is None:
        return False
    return trilateral.start() < verb.start() or "," not in text[verb.end() : trilateral.start()]


def _denied(view: View, start: int, end: int) -> bool:
    low = view.lower[start:end]
    if "no " in low and _NONE_FIXED.search(view.text, start, end) is not None:
        return True
    return _has(low, _DENIED_CUES) and _DENIED_GUARDED.search(view.text, start, end) is not None


def _may_say_something(low: str) -> bool:
    """Words that may give a clause something of a round: a length, a head, an outcome, "there"."""
    return _has(low, _SOMETHING_CUES)


def _opening_person(view: View) -> tuple[str | None, str] | None:
    """The person a sentence opens with as its subject: "Dmitriev was ...", "Kremlin envoy Kirill Dmitriev
    flew ...", "On Jan. 31, Dmitriev flew ..." (a name, then a verb of its own)."""
    people = [m for m in view.mentions[:3] if m.person]
    if not people:
        return None
    first = people[0]
    text = view.text
    if first.start and _OPENING_BEFORE_SUBJECT.fullmatch(text, 0, first.start) is None:
        return None
    if _VERB_AFTER_SUBJECT.match(text, first.end) is None:
        return None
    return first.party, first.person.name


# What may stand before a sentence's subject: a time or place set off ("On Jan. 31, ", "In Geneva, "), a
# title ("Kremlin envoy ", "Russia's ")
_OPENING_BEFORE_SUBJECT = re.compile(
    r"(?:(?:On|In|At|By|Later|Earlier|Then|Before|After)\b[^,;:]{0,30},\s+)?"
    r"(?:(?:[A-Z][\w.'’-]*|[a-z]+)\s+){0,4}"
)
_VERB_AFTER_SUBJECT = re.compile(
    r"\s+(?:(?:also|then|later|again|still|first|had|has|have|was|is|will|would)\s+)?"
    r"(?:[a-z]{2,}ed|was|is|had|has|will|would|flew|met|saw|led|went|took|held|made|came|told|spent|ran"
    r"|said|says|flies|meets|sees|leads|goes|takes|holds|makes|comes|spends|runs)\b"
)


def _days_counted(later: re.Match[str]) -> int:
    """How many days "two days later" or "the next day" (`_DAYS_LATER`) counts ("a week later" is a rough
    span in news copy, no day: the meeting "a week after" a round of February 17 and 18 was on the 26th)."""
    count = later.group("n")
    return NUMBER_WORDS.get(count.lower(), 1) if count else 1


def _has(lower: str, words: tuple[str, ...]) -> bool:
    for word in words:  # noqa: SIM110 (a loop of `in` tests is a quarter faster than any(map(...)))
        if word in lower:
            return True
    return False


_DAYS_AFTER_BEGAN = re.compile(
    r"\b(a|one|two|three)\s+days?\s+after\s+(?:they|it|the\s+talks|the\s+meetings?)\s+(?:began|opened|started)\b"
)
# "Witkoff, who met Putin in the Kremlin last week, will see ...": a person as subject, a relative clause set
# off after them, then the main verb
_SUBJECT_ASIDE = re.compile(r"\s*([A-Z][^,;:]{1,60}?),\s+who\s+([^,;:]{5,120}?),\s+(?=[a-z])")
_PREPARING_FOR = re.compile(
    r"\b(?:preparations?|preparing|prepare|prepares|prepared|ready)\s+for\s+(?:the\s+|a\s+)?$"
)
# A round as what was talked about: "discussed the timing of the next round", "talked about the third round"
_DISCUSSED = re.compile(
    r"\b(?:discussed|discussing|discuss|discusses|talked\s+about|talking\s+about|spoke\s+about|debated)\s+"
    r"(?:the\s+)?(?:(?:timing|date|dates|venue|place|agenda|format|details|preparations?|outcome|results?)\s+"
    r"(?:of|for)\s+)?(?:the\s+|a\s+)?$"
)
# A subordinate clause with a finite verb of its own that opens the sentence, up to its comma
_OPENING_CLAUSE = re.compile(
    r"(?:Before|After|Since|Until|Once|When|While)\s+[^,;:]{2,80}?\s(?:began|begun|started|opened|ended|was"
    # ("When the Gulf war stalled the three-way track, it was Umerov who led a team to Florida")
    r"|were|had|took|came|met|[a-z]{3,}ed)\b[^,;:]{0,40}?(,)\s+"
)
# A journey to a place: "moves to Geneva", "flew to Abu Dhabi", "arrive in Miami"
_TRAVEL_TO = re.compile(
    rf"\b(?:{_JOURNEY_VERBS}|moves?|moved|moving|goes|went|go|going|shifts?|shifted)\s+(?:on\s+)?(?:to|in|for)\s+"
)
# "... and ran", "... and then held": "and" before a verb in the past, no subject of its own between
_AND_A_VERB = re.compile(
    r"\s+and\s+(?=(?:then\s+|later\s+|also\s+)?(?:[a-z]+ed|ran|held|met|led|took|had|went|saw)\b)"
)
# "I", "we", "Jared and I" as the subject of a verb of meeting
_FIRST_PERSON = re.compile(r"(?:\bI|\b[Ww]e)\s+(?:\w+\s+){0,2}$")
# The break before a clause that shares the subject of the one before: ", and met Putin", "and then held"
_JOINED_AND = re.compile(r"\band\b")
# Words that may stand between "and" and the verb of a clause with no subject of its own: "and later met"
_OPENING_ADVERBS = re.compile(r"(?:(?:then|later|also|afterwards|finally|again|briefly)\s+)*")
# One side with the other: "with the Americans", "with Witkoff", "with Russia's delegation"
_WITH_THE_OTHER = re.compile(
    r"\s+(?:of\s+talks\s+)?with\s+(?:the\s+)?(?:Americans|Russians|Ukrainians|[A-Z][\w’'-]+)"
)
_PROMISE_AGAIN = re.compile(
    r"\b(?:promised?|promising|pledged?|vowed?|agreement|agreed|undertaking)\s+to\s+meet\s+again\b"
)
# "The day before, ...", "A day later, ...": a day told from the one named last
# ("A day earlier Dmitriev had taken part in the Kremlin meeting": "earlier" and "later" need no comma)
_DAY_BESIDE = re.compile(r"(?:The|A)\s+day\s+(?:(before|earlier|later|after)\s*,|(earlier|later)\s)")


# "That round ran on Wednesday and Thursday": up to the first clause of its own after it
_THAT_ROUND_CLAUSE = re.compile(r"[^;]*?(?=,\s+(?:and|but|while|when|where|after|as)\b|;|$)")


def _of_no_sides(found: list[RoundMention]) -> bool:
    """Mentions read that name no round and no meeting of two sides (a delegation's head, a day, a place)."""
    return bool(found) and all(not m.named and len(m.parties) < 2 for m in found)


_FOLLOWED = re.compile(r"\s(?:followed|preceded)\s+(?=an?\s)")


def _place_by_place(mention: RoundMention) -> list[RoundMention]:
    """ "The Americans have met the Ukrainians on their own: in Geneva on February 26, and in Florida on March
    21 and 22": one meeting verb, a place and a day after another, are as many meetings. A side named between
    two of them is the other side of the later ones ("Witkoff sat down with the Ukrainians in Miami on January
    17 and in Geneva on February 26, and with Putin in the Kremlin on January 22"). The mention takes the
    first; the others are returned."""
    view = mention.view
    text = view.text
    starts = {d.start: d for d in view.dates if d.first is not None}
    # start, end, place, days and the side named right before the place (the other side of the meeting)
    pairs: list[tuple[int, int, str, date, date | None, str | None]] = []
    for place in view.mentions:
        if place.venue is None:
            continue
        lead = _PAIR_LEAD.search(text, max(0, place.start - 12), place.start)
        gap = _PAIR_GAP.match(text, place.end) if lead is not None else None
        day = starts.get(gap.end()) if gap is not None else None
        if lead is None or day is None:
            continue
        side = _side_before(view, pairs[-1][1] if pairs else 0, lead.start())
        if pairs and not _joined_pairs(view, pairs[-1][1], lead.start()):
            if len(pairs) > 1:
                break
            pairs.clear()  # not joined to the one before: a list starts here, if any
            side = _side_before(view, 0, lead.start())
        last = day.last if day.last != day.first else None
        pairs.append((lead.start(), day.end, place.venue.name, day.first, last, side))  # type: ignore[arg-type]
        again = _AGAIN_ON.match(text, day.end)
        later = starts.get(again.end()) if again is not None else None
        if later is not None:
            # "all three delegations in Abu Dhabi on January 23 and 24 and again on February 4 and 5"
            last = later.last if later.last != later.first else None
            pairs.append((lead.start(), later.end, place.venue.name, later.first, last, None))  # type: ignore[arg-type]
    if len({place for _, _, place, *_ in pairs}) < 2:
        return []  # one place on several days is a meeting held again there (`_met_again`)
    # ("the three delegations have met three times: twice in Abu Dhabi, on ..., and once in Geneva, on ...")
    base = mention.parties or (set(view.matcher.main_parties) if mention.trilateral else set())
    others = {side for *_, side in pairs if isinstance(side, str)}
    subject = base - others
    sides: list[set[str]] = []
    for *_, side in pairs:
        if isinstance(side, frozenset):
            sides.append(set(side))  # "Ukrainian and American officials in Miami on January 17; ..."
        elif side is not None:
            sides.append(subject | {side})
        else:
            sides.append(sides[-1] if sides else set(base))
    if any(not 2 <= len(both) <= 3 for both in sides):
        return []  # the sides of each meeting are not told apart: one reading for all
    _, _, mention.venue, first, last, _ = pairs[0]
    mention.dates, mention.parties = (first, last), sides[0]
    mention.trilateral, mention.meeting = len(sides[0]) == 3, len(sides[0]) == 2
    return [
        mention.another(
            venue=venue,
            dates=(first, last),
            parties=both,
            outcomes=[],
            trilateral=len(both) == 3,
            meeting=len(both) == 2,
        )
        for (_, _, venue, first, last, _), both in zip(pairs[1:], sides[1:], strict=True)
    ]


def _side_before(view: View, lo: int, hi: int) -> str | frozenset[str] | None:
    """The side of the last person or side named in `view.text[lo:hi]` (a place names none); all the sides
    when it names two or more ("Ukrainian and American officials in Miami"), or the story's three main
    sides for "all three delegations"."""
    item = max(view.text.rfind(";", lo, hi), view.text.rfind(":", lo, hi))
    named = [m.party for m in view.mentions_between(lo, hi) if m.party is not None and m.venue is None]
    if item >= 0:
        # an item of a list after a colon or a semicolon names its own sides: "...: Ukrainian and American
        # officials in Miami on January 17; all three delegations in Abu Dhabi on January 23 and 24"
        own = [m.party for m in view.mentions_between(item, hi) if m.party is not None and m.venue is None]
        if len(set(own)) >= 2:
            return frozenset(own)
        if not own and _ALL_THREE.search(view.text, item, hi):
            return frozenset(view.matcher.main_parties)
    return named[-1] if named else None


def _joined_pairs(view: View, lo: int, hi: int) -> bool:
    """Is `view.text[lo:hi]` only what joins a place and day to the next in a list: commas, "and", "then",
    "with" and the people of another side ("..., and with Vladimir Putin in the Kremlin on ...")?"""
    words = view.text[lo:hi]
    for named in reversed(view.mentions_between(lo, hi)):
        words = words[: named.start - lo] + " " + words[named.end - lo :]
    return all(word in _PAIR_JOIN_WORDS for word in words.replace(",", " ").replace(";", " ").lower().split())


# ("twice in Abu Dhabi, on January 23-24 and February 4-5": a second day for the same place)
_AGAIN_ON = re.compile(r",?\s+and\s+(?:again\s+)?(?:on\s+)?")
_ALL_THREE = re.compile(r"\b(?:all|the)\s+three\b")
_PAIR_LEAD = re.compile(r"\bin\s+(?:the\s+)?$")
# ("in Miami again on January 31")
_PAIR_GAP = re.compile(r",?\s+(?:again\s+)?(?:on\s+)?")
_PAIR_JOIN_WORDS = frozenset(
    [
        *("and", "then", "later", "again", "with", "the", "also", "once", "more", "all", "three", "both"),
        *("sides", "officials", "envoys", "envoy", "delegations", "delegation", "teams", "team"),
        *("negotiators", "us", "u.s."),
    ]
)


def _days_for_the_talks(mention: RoundMention) -> bool:
    """Does a mention only give days ahead to talks, naming no round, sides or place?"""
    return (
        mention.tense == "future"
        and mention.dates[0] is not None
        and not mention.named
        # (the speaker's side is no other: "Budanov, who heads Ukraine's presidential office, said")
        and len(mention.parties) < 2
        and mention.venue is None
    )


def of_the_headings_time(mention: RoundMention, day: date, published: date) -> bool:
    """May a day heading ("MONDAY", "THURSDAY, FEB. 19") date a mention under it? Not one told in another
    time: "MONDAY | ... Kostyukov, who headed Moscow's side in the first two rounds", under a day ahead; nor,
    under the report's own day, one still to come: "MONDAY 16 FEBRUARY | ... he is expected to hold economic
    talks with the Americans on the margins", in Monday's week-ahead."""
    if day == published and mention.tense == "future":
        return False
    return mention.tense != ("past" if day >= published else "future")


def _day_by_day(mention: RoundMention) -> list[RoundMention]:
    """ "The three delegations have met twice before, both times in Abu Dhabi: on January 23 and 24, and on
    February 4 and 5": talks held so many times, their days listed after a colon, are a meeting a day (the
    mention takes the first; the others are returned)."""
    view = mention.view
    if mention.named or mention.dates[0] is not None or not (mention.trilateral or mention.is_meeting_like()):
        return []
    text = view.text
    colon = text.rfind(": on ")
    days = []
    for day in view.dates:
        if day.first is None or day.start < colon:
            continue
        lo = days[-1].end if days else colon
        place = _PLACE_AFTER_DAY.match(text, lo) if days else None
        # ("twice: on January 23 in Abu Dhabi and on February 17 in Geneva": each day with its place)
        joined = text[place.end() if place is not None and place.end() <= day.start else lo : day.start]
        if _DAY_LIST_JOIN.fullmatch(joined) is None:
            break
        days.append(day)
    if len(days) < 2:
        return []
    places = [_venue_after(view, d.end) for d in days]
    if any(places):
        mention.venue = places[0] or mention.venue
    first, *more = [(d.first, d.last if d.last != d.first else None) for d in days]
    mention.dates = first
    return [
        mention.another(dates=dates, venue=place or mention.venue)
        for dates, place in zip(more, places[1:], strict=True)
    ]


_PLACE_AFTER_DAY = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}")


def _venue_after(view: View, pos: int) -> str | None:
    """The place named right after a day ("on January 23 in Abu Dhabi"), if any."""
    place = _PLACE_AFTER_DAY.match(view.text, pos)
    if place is None:
        return None
    return next(
        (m.venue.name for m in view.mentions if m.venue is not None and pos < m.start < place.end()), None
    )


# "on the margins", "on the sidelines of the talks", "alongside the round": beside talks already told of
_ON_THE_SIDE = re.compile(
    r"\bon\s+the\s+(?:margins|sidelines|side)\b(?!\s+of\s+(?:the\s+)?[A-Z])|\balongside\s+the\b"
)
# "On Feb. 17, while ...": a day set before a clause of "while", "as" or "when" and the main clause after it
_FRONTED_DAY_WHILE = re.compile(
    r"(?:(?:Then|And|But),?\s+)?(?:[Oo]n|[Bb]y|Late on|Early on)\s+[^,]{3,30},\s+(while|as|when)\s"
)
# the main clause after such a clause: its subject named after a comma
_MAIN_AFTER = re.compile(
    r",\s+(?=[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?(?:[a-z]+ed|held|met|sat|spent|had|was|were|took|went|flew|led|saw"
    r"|received)\b)"
)
_FRONTED_IT = re.compile(
    r"(?:After|Before|Since|When|Then|In|On|By|Later|Weeks\s+later|Days\s+later)\b[^.;:]{0,90}?,?\s+"
    r"(it\s+(?:was|had\s+been|has\s+been|is|will\s+be)\s+(?:postponed|put\s+off|delayed|called\s+off|cancelled"
    r"|canceled|held|moved|pushed\s+back|suspended))\b"
)
_WHAT_HAPPENED = re.compile(r"(?:So\s+)?(?:What|Whatever)\s+(?:has\s+)?happened\s+to\b")
_DAY_OPENS = re.compile(r"(?:(?:Then|And|But|Later),?\s+)?(?:[Oo]n|[Bb]y|[Ll]ate\s+on|[Ee]arly\s+on)?\s*")
# A verb of saying in the past, before a round: "Zelensky said as much after the second round"
_SAID_BEFORE = re.compile(r"\b(?:said|told|wrote|added|noted|spoke|stressed|warned|argued)\b")
# "That was on January 22, on the sidelines of ...": the day and place of the meeting just told
_THAT_WAS = re.compile(r"(?:That|This|It)\s+was\s+(?:on|in|at)\s")
_THE_MEETING_OPENS = re.compile(r"(?:The|That|This)\s+(?:meeting|talks|session|encounter)\b")
_TIMES = re.compile(
    r"\b(?:twice|two\s+times|three\s+times|both\s+times|on\s+(?:both|two|three)\s+occasions)\b"
)
# What stands between the days of a list after a colon: ": on ", ", and on ", " and on "
_DAY_LIST_JOIN = re.compile(r"(?::|,|,?\s+and|;)?\s*on\s+")


def _met_again(mention: RoundMention) -> list[RoundMention]:
    """ "He headed the Russian side at a meeting with them on May 16 last year, and again on June 2": a
    meeting of the same sides held a second time (or a third: "again on 2 June and once more on 23 July"),
    each on a day of its own."""
    # ("led the Russian side at the U.S.-brokered talks in Abu Dhabi on Jan. 23-24 and again on Feb. 4-5":
    # three-way talks held again)
    if mention.named or not (mention.is_meeting_like() or mention.trilateral) or mention.dates[0] is None:
        return []
    view = mention.view
    first = mention.dates[0]
    found: list[RoundMention] = []
    for again in _AND_AGAIN.finditer(view.text):
        days = [
            d for d in view.dates if d.start == again.end() and d.first is not None and d.last is not None
        ]
        if not days or days[0].first == first or days[0].weekday:
            continue
        # the day comes after the first meeting, in its year unless that would put it before ("on May 16
        # last year, and again on June 2": June 2 of last year)
        day, last = days[0].first, days[0].last
        assert day is not None and last is not None
        shift = first.year - day.year + (1 if day.replace(year=first.year) < first else 0)
        try:
            day, last = day.replace(year=day.year + shift), last.replace(year=last.year + shift)
        except ValueError:
            continue  # Feb. 29 of a year without one
        venue = mention.venue
        if again.group("place"):
            # "in Miami on Jan. 17 and again in Geneva on Feb. 26": the later meeting's own place
            named = [
                m.venue for m in view.mentions if m.venue is not None and again.start("place") <= m.start
            ]
            venue = named[0].name if named else venue
        found.append(mention.another(venue=venue, dates=(day, last if last != day else None), outcomes=[]))
    return found


# ", and again on June 2", ", again on 2 June and once more on 23 July": where each later meeting's day starts
_AND_AGAIN = re.compile(
    r",?\s+(?:and\s+)?(?:again|once\s+more|once\s+again)\s+"
    # "and again in Geneva on Feb. 26": the later meeting in a place of its own
    r"(?:(?P<place>in\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+)?on\s+"
)


# "in the city" as a place, not "in the city's hotels" or "in the city of Zaporizhzhia"
_CITY_NOUN = re.compile(r" in the city(?!'s| of\b)\b")
_SITTING = re.compile(r"\b(?:[Ss]ession|[Mm]eeting)\b")
_LAST_MEETING = re.compile(r"\b(?:last|latest|previous|most\s+recent)\s+(?:[\w-]+\s+)?(?:meeting|session)\b")
_OPENING_ORDINAL = re.compile(r"(?:A|The)\s+(?:second|third|fourth|fifth|sixth),")
_CLOSING_ORDINAL = re.compile(r"\bthe\s+(?:second|third|fourth|fifth|sixth)\.$")
_OPENING_ORDINAL_MEETING = re.compile(
    r"(?:A|The)\s+(?:second|third|fourth|fifth|sixth)\s+(?:meeting|session)\b"
)


_IT_REPORTED = re.compile(r"\s*(?:that\s+)?it\s+(?:has|had|was|is|would|will)\b")


def _reports_it(text: str, attribution: Attribution | None) -> bool:
    """The words attributed open with "it" and a verb: "Peskov said (that) it had been put off"."""
    return (
        attribution is not None
        and attribution.frame[1] <= attribution.content[0]
        and _IT_REPORTED.match(text, attribution.content[0]) is not None
    )


_SAME_DAY_AS = re.compile(SAME_DAY_AS)
_LAST_MET = re.compile(r"\blast\s+(?:met|sat\s+down|sat|gathered|convened|held\s+talks|talked)\b")
_DIRECT_TALKS = re.compile(r"\bdirect\s+(?:talks|negotiations|meetings?|contacts)\b")
# A journey made for a round: "converging on Geneva on Monday for a third round of talks"
_JOURNEY_FOR = re.compile(
    rf"\b(?:{_JOURNEY_VERBS}|converg\w+|left|leaving)\b[^,;]{{0,80}}?\s(for\s+(?:(?:a|the|their)\s+)?)$"
)
# ... with the round's own words after it, set off: ", due to run on Tuesday and Wednesday"
_DUE_AFTER = re.compile(
    r"(?:\s+of\s+(?:[\w-]+\s+)?talks)?,\s+(?:which\s+(?:is|are)\s+)?(?:due|set|scheduled)\s+to\b"
)
# Talks told as the two sides' own, named just before: "Their meeting in Florida", "between the two teams"
_THEIR_MEETING = re.compile(
    r"\b(?:[Tt]heir\s+(?:[\w-]+\s+){0,2}(?:meeting|meetings|talks|session|sessions|encounter|negotiations)"
    r"|the\s+two\s+(?:teams|delegations|sides|envoys|negotiators)|both\s+(?:sides|teams|delegations))\b"
)


def _may_speak_of_rounds(lower: str) -> bool:
    # Most sentences speak of no meeting: a few substring tests instead of a dozen patterns.
    return _has(lower, _TRIGGER_WORDS)


# Patterns searched often, each with a first look at the character its match begins with
# (`literal_first.first_char_gate`): the same matches, found faster.
_PARALLEL = first_char_gate(_PARALLEL)
_ROUND_NOUN = first_char_gate(_ROUND_NOUN)
_HEADLINE_TO = first_char_gate(_HEADLINE_TO)
_ENDED = first_char_gate(_ENDED)
_WHEN_CLAUSE = first_char_gate(_WHEN_CLAUSE)
# (long alternations dispatched on their first character instead: `first_char_dispatch`)
_HYPOTHETICAL_GUARDED.pattern = first_char_dispatch(_HYPOTHETICAL)
_UNSURE.pattern = first_char_dispatch(_UNSURE_PATTERN)
_TOPIC_SOURCE = _TOPIC
_TOPIC = first_char_dispatch(_TOPIC_SOURCE)
