"""The status of a round from the tense and cue words of the words that speak of it.

Cues are plain phrases, matched in lower case as whole words through one trie pattern (far faster than a
regex alternation). They are tried from the most final state to the least: a round "postponed" and
"scheduled" in one breath is postponed; "began" and "ended" is concluded. Across sentences the merge keeps
the most advanced status (`PRIORITY`): a round postponed and then held is concluded, one announced and then
called off is cancelled. Where two cues overlap the longer wins ("will be held" is scheduled, not "held").
"""

from __future__ import annotations

import re
from functools import lru_cache

from monitor.extract.guards import Guarded
from monitor.extract.names import trie_pattern
from monitor.extract.pattern_dispatch import first_char_dispatch

PRIORITY = {"announced": 0, "scheduled": 1, "postponed": 2, "cancelled": 3, "ongoing": 4, "concluded": 5}
_ORDER = ("cancelled", "postponed", "concluded", "ongoing", "scheduled", "announced")

_BE = ("is", "are", "was", "were")
# What talks do when they happen: "will convene", "would sit down", "are to gather".
_MEETING_VERBS = (
    "be held",
    "take place",
    "meet",
    "hold",
    "begin",
    "start",
    "resume",
    "convene",
    "gather",
    "sit down",
    "go ahead",
    "reconvene",
    "be hosted",  # "will be hosted by Geneva", not the "hosted" of a round held
    "host",
    "open",  # "will open in Abu Dhabi on Wednesday" (not "would open the way": `_heard`)
)
# An announced round whose date is still open.
NO_DATE_PHRASES = (
    "no date",
    "no dates",
    "no new date",
    "not been set",
    "not yet been set",
    "not yet set",
    "not been fixed",
    "not yet been fixed",
    "yet to be scheduled",
    "yet to be set",
    "yet to be fixed",
    "not been agreed",
    "not yet been agreed",
)
CUES: dict[str, tuple[str, ...]] = {
    "cancelled": (
        "called off",
        "cancelled",
        "canceled",
        "scrapped",
        "will not take place",
        "would not take place",
        "won't take place",
        "no longer take place",
        "fell through",
        "is off",
        "are off",
        "will not happen",
        "won't happen",
        # "there will be no fourth round this week", not "there will be no breakthrough at the talks"
        *(
            f"will be no {what}"
            for what in (
                "round",
                "meeting",
                "talks",
                "new round",
                "trilateral",
                "fourth round",
                "third round",
            )
        ),
        "not go ahead",
        "not going ahead",
        "fallen through",
        "falls through",
        "collapsed",
    ),
    "postponed": (
        "postponed",
        "postponement",
        # "will not take place this week as planned": not then, which says no more than a delay
        *(
            f"{neg} {verb} {when}"
            for neg in ("will not", "won't", "would not")
            for verb in ("take place", "happen", "go ahead", "begin", "start", "open")
            for when in ("this week", "next week", "as planned", "as scheduled", "on", "tomorrow", "today")
        ),
        # "the meeting did not go ahead": its day passed without it, which says no more than a delay (not
        # "will not go ahead", which calls it off)
        "did not go ahead",
        "didn't go ahead",
        # ("which had been pencilled in for March 5 to 9, could not go ahead because of the war": as above)
        "could not go ahead",
        "couldn't go ahead",
        "could not take place",
        # "It never happened", "the round never took place": its day passed without it, as above
        "never happened",
        "never took place",
        "did not take place",
        "didn't take place",
        *(
            f"{fail} to {verb}"
            for fail in ("failed", "fails", "fail")
            for verb in ("take place", "materialise", "materialize")
        ),
        # a move either way is a new date: "brought forward to Monday"
        "brought forward",
        "delayed",
        "put off",
        "pushed back",
        "put back",
        "moved to",
        "moved from",
        "rescheduled",
        "on hold",
        # "had been pencilled in for March 5 to 9, until the strikes on Iran upended the plan"
        "upended the plan",
        "upended those plans",
        "upended the plans",
        "shifted to",
        "been moved",
        "was moved",
        "were moved",
        "pushed to",
        "deferred",
        "suspended",
        "on ice",
        "shelved",
        "is off for now",
        "are off for now",
        "been frozen",
        "slipped",
        "originally scheduled",
        "originally planned",
        "originally set",
        "initially scheduled",
        "initially planned",
        "first scheduled",
        "was supposed to",
        "were supposed to",
        # "which was to have been held on Sunday": a plan given up, not talks held
        "to have been held",
        "to have taken place",
        "to have met",
        # a plan changed: "will now take place on Wednesday", "on Wednesday instead"
        *(f"will now {verb}" for verb in _MEETING_VERBS),
        # (the same plan changed, in reported speech: "Peskov said the talks would now take place on ...")
        *(f"would now {verb}" for verb in _MEETING_VERBS),
        "now scheduled",
        "now set",
        "now planned",
        "instead",
        *(
            f"{when} been {plan}"
            for when in ("originally", "initially")
            for plan in ("scheduled", "planned", "set")
        ),
        # the first plan named beside the days known: "first set for Sunday, the round will open on
        # Wednesday" ("for" keeps out "the first planned meeting", "the first set of talks")
        *(
            f"{when} {plan}"
            for when in ("first", "originally", "initially")
            for plan in ("set for", "planned for", "slated for", "pencilled in", "penciled in")
        ),
    ),
    "concluded": (
        "was held",
        "were held",
        "had been held",
        # "the three rounds held so far"
        "held so far",
        "held to date",
        "took place",
        "had taken place",
        "ended",
        "concluded",
        "wrapped up",
        "finished",
        "completed",
        "came to an end",
        "drew to a close",
        "came to a close",
        "broke up",
        "broke off",
        "cut short",
        "wound up",
        # the present of news copy for today's close: "the second round wraps up in Abu Dhabi"
        "wraps up",
        "winds up",
        # ... and of a timetable: "the second round concludes on Thursday" (a day ahead makes it scheduled);
        # "ends" only with what follows a round's end, not "ends the war"
        "concludes",
        "finishes",
        *(f"ends {word}" for word in ("on", "in", "today", "tomorrow", "with", "without", "after", "late")),
        "end today",
        "end tomorrow",
        # "Talks end after roughly two hours", in a bulletin's present
        "end after",
        "end without",
        "is over",
        "are over",
        "was over",
        "were over",
        # "closed" alone is also "closed to the press", "behind closed doors"
        *(f"closed {word}" for word in ("in", "on", "with", "without", "after", "late")),
        "met",
        "held talks",
        "had held",
        "has held",
        "have held",
        "was conducted",
        "were conducted",
        "received",
        "hosted",
        "following the",
        "after the talks",
        "fresh from",
        "back from",
        "lasted",
        # "The talks ran on February 17 and 18", "ran from Tuesday to Wednesday": the days the talks took
        "ran on",
        "ran from",
        "ran over",
        "held on",
        "held in",
        "held at",
        "held last",
        "held behind closed doors",  # (not a door closed: "held behind closed doors on Friday and Saturday")
        "held privately",
        # "spent the weekend together in Florida", "spent five hours with Putin"
        "spent",
        # "said after meeting the Americans in Miami"
        "after meeting",
    ),
    "ongoing": (
        # ("the talks were under way by late morning", in the day's report: begun, not over)
        *(
            f"{be} {now}under{sp}way"
            for be in ("is", "are", "was", "were")
            for now in ("", "now ", "already ", "well ")
            for sp in (" ", "")
        ),
        "got underway",
        "got under way",
        "began",
        "have begun",
        "has begun",
        "begin today",
        "started",
        "have started",
        "has started",
        "is being held",
        "are being held",
        "is meeting",
        "are meeting",
        "is sitting down",
        "are sitting down",
        "is also meeting",
        "are also meeting",
        "is taking place",
        "are taking place",
        "continue",
        "continues",
        "continued",
        "continuing",
        "resumed",
        "opened",
        "kicked off",
        "convened",
        # the present of news copy: "the round opens in Abu Dhabi today"; one dated ahead is scheduled
        "opens",
        "resumes",
        "begins",
        "starts",
        "kicks off",
        "gets under way",
        "gets underway",
        "gets going",
        "in progress",
        "second day",
        "day two",
        # "went back in for a second and final day", "met for the final day": the last day is not yet over
        *(f"{n} and final day" for n in ("second", "third", "fourth")),
        "for the final day",
        "for a final day",
        "are meeting",
        "is meeting",
        # "negotiators sit down in Geneva this morning": news copy's present ("to sit down" is a wish, "will
        # sit down" a plan, and a day ahead makes it scheduled)
        "sit down",
        "sits down",
        # "the talks were still going on in the afternoon": not over when the report was written
        "still going on",
        "still in progress",
        # "negotiators went back behind closed doors this morning", "the delegations are back at the table":
        # talks taken up again (a day gone by makes them over; "due back at the table" is a plan)
        "back behind closed doors",
        "back at the table",
        # "the round got off to a tense start"
        "got off to",
        "gets off to",
        "are holding",
        "is holding",
        "is hosting",
        *(f"entered {det} {n} day" for det in ("its", "their", "the") for n in ("second", "third", "final")),
    ),
    "scheduled": (
        *(f"{modal} {verb}" for modal in ("will", "is to", "are to") for verb in _MEETING_VERBS),
        "is scheduled",
        "are scheduled",
        "pencilled in",
        "penciled in",
        "due back",
        "scheduled for",
        "scheduled to",
        "set for",
        # "a second round has been fixed for Wednesday", "arranged for Thursday"
        "fixed for",
        "arranged for",
        "is set to",
        "are set to",
        "slated",
        "is planned for",
        "are planned for",
        "planned for",
        "to be held",
        *(f"{be} to take place" for be in _BE),
        *(f"{be} due to" for be in _BE),
        # "for a third round of talks, due to run on Tuesday and Wednesday": set off after the round
        *(f"due to {verb}" for verb in ("run", "open", "begin", "start", "resume", "convene")),
        "is to be held",
        "are to be held",
        "is to meet",
        "are to meet",
        "will travel",
        *(f"would {verb}" for verb in _MEETING_VERBS if verb not in ("resume",)),
        "be held on",
        "be held in",
        # "Budanov had said that the talks would be on February 26 and 27"
        "would be on",
        "will be on",
        # "Witkoff will instead meet Umerov in Geneva tomorrow": another meeting in place of the round (but a
        # round that "will instead take place on Wednesday" is moved)
        *(f"{modal} instead {verb}" for modal in ("will", "would") for verb in ("meet", "see", "hold talks")),
    ),
    "announced": (
        "to host",
        "agreed to hold",
        "agreed to meet",
        "agreed on a",
        "agreed on another",
        "agreed on the next",
        "expected",
        "expect",
        "expects",
        "plan to",
        "plans to",
        "planned",
        "proposed",
        "could be held",
        "may be held",
        "might be held",
        "could take place",
        "may take place",
        "might take place",
        "could meet",
        "may meet",
        "might meet",
        "announced",
        # the present of a diary or a chronicle: "He also announces trilateral talks on Friday and Saturday"
        "announces",
        "upcoming",
        "will",
        # the future seen from the past: "the fourth round was to discuss territory" (a plan, not talks held;
        # "was to have been held" is a plan given up)
        *(
            f"{be} to {verb}"
            for be in ("was", "were")
            for verb in ("discuss", "focus", "begin", "start", "open")
        ),
        # a round being arranged, no date: "a fourth round is in the works"
        "in the works",
        "in the pipeline",
        "on the cards",
        "next",
        "being prepared",
        "preparing",
        # (not "prepared for": "had prepared for Abu Dhabi at a meeting in Miami" tells of a meeting held)
        "in preparation",
        "being arranged",
        "invited",
        "agenda for",
        "preparations for",
        "ahead of",
        # a journey under way to the talks: "spoke to us before leaving for the second round"
        "leaving for",
        "departing for",
        "heading for",
        "heading to",
        "en route to",
        *(f"on {whose} way to" for whose in ("his", "her", "their", "the")),
        "likely",
        *NO_DATE_PHRASES,
    ),
}
_STATUS_OF = {phrase: status for status in reversed(_ORDER) for phrase in CUES[status]}
_ANY = re.compile(r"(?<![\w-])(?:" + trie_pattern(_STATUS_OF) + r")(?![\w-])")
# Words that close the talks: with "began" in the same breath they are over ("began late on Thursday and
# went on for four hours").
_ENDED = re.compile(
    r"\b(?:ended|concluded|wrapped up|finished|came to an end|broke up|drew to a close|came to a close"
    # ("which began in Abu Dhabi on Friday, were completed on Saturday": translated copy)
    r"|wound up|went on for|lasted|(?:was|were)\s+completed"
    # "opened in Abu Dhabi and closed on January 24" (not "closed to the press")
    r"|closed\s+(?:in|on|with|without|after|late))\b"
)
_RESUMES_PATTERN = re.compile(r"\b(?:to resume|will resume|resumes)\b")
# Searched only where one of these words is: every match holds one.
_RESUMES = Guarded(_RESUMES_PATTERN, ("resumes", "to resume", "will resume"))
_UNDER_WAY = re.compile(r"\b(?:ran|went on|lasted|met|began|opened|started|kicked off)\b")
_NO_DATE = frozenset(NO_DATE_PHRASES)
# Words that name a day or a time of talks, in lower case.
_WHEN = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|weekend"
    r"|(?:next|this|following) (?:week|month)|(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.? \d|\d{1,2}"
    r"(?:-\d{1,2})? (?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december))\b"
)
# A round said only not to happen ("will not take place"): called off, unless the words name when it was due
_NOT_THEN = frozenset(
    ("will not happen", "won't happen", "will not take place", "would not take place", "won't take place")
)
# A time the words name for what will not happen: "The meeting this week will not happen" is not then (not
# a day, which may be the saying's: "will not happen, the aide said on Friday")
_THIS_TIME = re.compile(
    r"\b(?:this|next)\s+(?:week|weekend|month)\b|\b(?:tomorrow|tonight)\b"
    # "would not take place in May as had been expected", "will not happen before Easter"
    r"|\b(?:in|before|until|during)\s+(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december|easter|spring|summer)\b"
)
# The time a round was due at: "that were due to take place this week", "planned for Sunday"
_PLANNED_WHEN = re.compile(
    r"\b(?:due|scheduled|planned|set|expected|slated|pencil?led in)\s+(?:to\s+(?:take place|be held|happen"
    r"|meet|begin|open|start)\s+|for\s+)?(?:on\s+|in\s+|at\s+)?(?:the\s+)?(?:coming\s+days"
    r"|weekend|(?:this|next|the following|the same)\s+(?:week|month|weekend)|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|today|tomorrow|(?:january|february|march|april|may|june|july"
    r"|august|september|october|november|december)\b|\d)"
)
# A modal with a perfect infinitive before a word of talks held: "would most likely have been held in Abu
# Dhabi", "could have met last week" tell what did not happen (or is only guessed), not talks held.
# So does a plan's perfect: "talks that were to have resumed on Sunday" did not resume then.
_UNREAL = re.compile(
    r"\b(?:(?:would|could|should|might|may|must)\s+(?:[a-z]+\s+){0,2}?|(?:was|were|is|are)\s+to\s+)have\s+"
    r"(?:been\s+)?$"
)
# "ready to continue the talks", "interested in continuing": a wish, not talks under way.
_NOT_NOW = ("to ", "in ", "of ")

_FUTURE = re.compile(
    r"\b(?:will|would|shall|is to|are to|was to|were to|going to|due to|due on|due in|expected|planned"
    r"|plans to|planning|scheduled|set to|set for|slated|upcoming|next|likely|might|could|preparing"
    # "a date has yet to be agreed": what is still to happen
    r"|invited|yet to)\b"
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|met|held|took|began|flew|came|went|spoke|led|ran|sat|left|last|earlier|brought"
    r"|saw|made|gave|got|found|broke|chose|drew|fell|won|sent|wrote|ago)\b"
)
# A word of four letters or more ending in "-ed", not in a compound ("US-brokered" is no verb): the pattern
# starts from the literal "ed", which the engine finds fast, and looks back from there.
_ED = re.compile(r"(?<=\w\w)ed\b")
# Searched for every clause told of: dispatched on the character a match begins with
# (`pattern_dispatch.first_char_dispatch`), the same matches found faster
_FUTURE_SOURCE, _PAST_SOURCE, _ED_SOURCE = _FUTURE, _PAST, _ED
_FUTURE = first_char_dispatch(_FUTURE_SOURCE)
_PAST = first_char_dispatch(_PAST_SOURCE)
_ED = first_char_dispatch(_ED_SOURCE)
_WORD_START = re.compile(r"[\w-]*$")


# A reader asks again of the same words (a clause read for a round and for a meeting, a headline read twice):
# the answers depend on the words alone, so the last few are kept.
@lru_cache(maxsize=256)
def tense_of(text: str) -> str | None:
    """ "future" or "past" when the words of `text` tell when they speak of, else None."""
    lower = text.lower()
    if _FUTURE.search(lower):
        return "future"
    if _PAST.search(lower):
        return "past"
    for match in _ED.finditer(lower):
        word = _WORD_START.search(lower, max(0, match.start() - 30), match.start())
        # A capitalised word is a name, not a verb: "the United States"
        if word is not None and "-" not in word.group() and not text[word.start()].isupper():
            return "past"
    return None


@lru_cache(maxsize=256)
def round_status(text: str) -> str | None:
    """The status the words of `text` give a round, or None when they give none."""
    lower = text.lower()
    if " then " in lower or "ly " in lower or " also " in lower:
        lower = _AUX_ADVERB.sub(r"\1 ", lower)
    phrases = {match.group() for match in _ANY.finditer(lower) if _heard(lower, match.group(), match.start())}
    if "instead" in phrases and not _new_day(lower):
        # "would gather in Geneva instead", "headed by Medinsky instead of the admiral": another place or
        # person, not another day ("on Wednesday instead", "will instead be held on Wednesday")
        phrases.discard("instead")
    hits = {_STATUS_OF[phrase] for phrase in phrases}
    found = [status for status in _ORDER if status in hits]
    if not found:
        return None
    if phrases & _NO_DATE and "scheduled" in found:
        found.remove("scheduled")  # "no date has been set for a fourth round": only announced
    if "postponed" in found and ("ongoing" in found or "concluded" in found):
        if _held_in_a_clause_after(lower):
            # "was postponed when the Iran war began": what began is told in a clause of its own
            found = [f for f in found if f not in ("ongoing", "concluded")]
        else:
            # "postponed from Sunday, the round began today": the round has since been held.
            found.remove("postponed")
    if (
        found[0] == "cancelled"
        and {phrase for phrase in phrases if _STATUS_OF[phrase] == "cancelled"} <= _NOT_THEN
        and (_PLANNED_WHEN.search(lower) is not None or _THIS_TIME.search(lower) is not None)
    ):
        # "the talks that were due to take place this week will not happen": not held when they were due,
        # which says no more than a delay (as "will not take place this week" does)
        return "postponed"
    if "ongoing" in found and "concluded" in found:
        return "concluded" if _ENDED.search(lower) else "ongoing"
    if found[0] == "scheduled" and _RESUMES.search(lower) and _UNDER_WAY.search(lower):
        return "ongoing"  # "ran for four hours and is set to resume on Wednesday": begun, not over
    if (
        found[0] == "ongoing"
        and ("next " in lower or "later this" in lower or "coming " in lower)
        and _TIMETABLE_AHEAD.search(lower)
        and not {p for p in phrases if _STATUS_OF[p] == "ongoing"} - _TIMETABLE_PRESENT
    ):
        # "The third round begins in Geneva next week": the timetable's present, for a time ahead
        return "announced"
    return found[0]


# (not "moved to 4-5 February, when it was held": "it" is the round)
_SUBORDINATE = re.compile(
    r"\s(?:when|after|as|once|because|since)\s(?!(?:it|they|the\s+(?:round|talks|meeting|delegations))\b)"
)


def _held_in_a_clause_after(lower: str) -> bool:
    """Are the words of talks held or under way all in a clause opened by "when", "after", ... that comes
    after the round's postponement?"""
    heard = [m for m in _ANY.finditer(lower) if _heard(lower, m.group(), m.start())]
    cues = [(m.start(), _STATUS_OF[m.group()]) for m in heard]
    put_off = [at for at, status in cues if status == "postponed"]
    held = [at for at, status in cues if status in ("ongoing", "concluded")]
    if not put_off or not held:
        return False
    first_put_off = put_off[0]
    return all(
        at > first_put_off and _SUBORDINATE.search(lower, first_put_off, at) is not None for at in held
    )


# The present of a timetable, and the time ahead it may be told for
_TIMETABLE_PRESENT = frozenset(
    ["opens", "begins", "starts", "resumes", "kicks off", "gets under way", "gets underway", "gets going"]
)
_TIMETABLE_AHEAD = re.compile(
    r"\b(?:next\s+(?:week|month)|later\s+this\s+(?:week|month)|in\s+the\s+coming\s+(?:days|weeks))\b"
)


# An adverb between an auxiliary and its verb says nothing of the status: "is then set to open" is "is set
# to open", "was also held" is "was held". (Not the adverbs that are cues themselves: "originally planned",
# "still going on", "will now be held" on other days.)
_AUX_ADVERB = re.compile(
    r"\b(is|are|was|were|will|would|has|have|had)\s+(?:then|also|currently|reportedly|officially|formally"
    r"|probably)\s+"
)


_FIGURATIVE_OPENING = re.compile(
    r"\s+(?:up\s+)?(?:a|the|new|an)\s+(?:[\w-]+\s+)?(?:path|way|door|window|prospect|possibility|chance|avenue)\b"
)
_NOTHING_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$)")
_WAS_DUE = re.compile(r"\b(?:was|were|been|originally|initially|first)\s+$")


def _heard(lower: str, phrase: str, start: int) -> bool:
    """Does the cue at `start` say what it seems to? Not a wish to go on ("ready to continue"), nor talks
    held that a passive infinitive puts ahead ("to be received") or a modal's perfect makes unreal ("would
    have been held")."""
    status = _STATUS_OF[phrase]
    if (phrase.startswith("open") or phrase.endswith(" open")) and _FIGURATIVE_OPENING.match(
        lower, start + len(phrase)
    ):
        return False  # "the first round had opened a path toward a ceasefire": a way opened, no sitting
    if phrase.endswith(" for") and _NOTHING_AFTER.match(lower, start + len(phrase)):
        return False  # "a colder room than anyone had planned for.": a plan with no day or talks of its own
    if phrase.startswith("due to ") and _WAS_DUE.search(lower, max(0, start - 25), start):
        return False  # "It was originally due to open on Sunday": the plan, not the round's day now
    if status == "ongoing":
        if "have " in lower[max(0, start - 14) : start] and _UNREAL.search(lower, max(0, start - 40), start):
            return False  # "were to have resumed on Sunday", "would have opened today": not under way
        return lower[max(0, start - 3) : start] not in _NOT_NOW
    if status == "concluded" and lower.endswith("to be ", 0, start):
        # a passive infinitive is still to come: "were due to be received by Putin", "yet to be completed"
        return False
    if status == "concluded" and "have " in lower[max(0, start - 14) : start]:
        return _UNREAL.search(lower, max(0, start - 40), start) is None
    return True


def _new_day(lower: str) -> bool:
    """Is a day named next to an "instead" (a few words before it or after it), not only somewhere in the
    sentence ("told reporters on Friday that they would gather in Geneva instead")?"""
    at = lower.find("instead")
    return _WHEN.search(lower, max(0, at - 30), at + 52) is not None
