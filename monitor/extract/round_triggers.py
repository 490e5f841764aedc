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
import string
from dataclasses import dataclass

from monitor.extract.context import View
from monitor.extract.guards import Guarded

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
# The patterns below run on the sentence in ASCII lower case, from the places where their key word stands
# (str.find): a few characters tried around each "round", not a pattern tried at every character.
_NUM = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
# "the third-round talks"; "the third and so far last round": a number that is also the last
_ORD_BEFORE = re.compile(
    # ("the third and most recent round")
    rf"\b(?P<ord>{_ORD})(?:\s+|-)(?:and\s+(?:so\s+far\s+|thus\s+far\s+|to\s+date\s+)?(?:last|latest|final"
    r"|most\s+recent)\s+"
    r"(?:[\w-]+\s+)?|(?:[\w-]+\s+){0,2})$"
)
_ORD_BEFORE_TALKS = re.compile(rf"\b(?P<ord>{_ORD})\s+(?:(?!day\b|days\b|time\b)[\w-]+\s+){{0,2}}$")
# "the first of those rounds", "the second of the three rounds"
_ORD_OF_ROUNDS = re.compile(
    rf"\b(?:the|a)\s+(?P<ord>{_ORD})\s+of\s+(?:the|those|these|its|their)\s+(?:[\w-]+\s+)?rounds\b"
)
# "both Abu Dhabi rounds, the first of which opened on January 23"; "At the second of those, ...": one of
# rounds named together just before
_ORD_OF_THEM = re.compile(
    rf"\bthe\s+(?P<ord>{_ORD})\s+of\s+(?:which|them|those|these)\b(?!\s+(?:days?|\w+s)\b)"
)
_NUMBER_AFTER = re.compile(
    r"\s+(?:no\.\s*|number\s+)?(?P<num>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b"
    r"(?!\s+(?:weeks?|days?|months?|hours?|years?|times)\b)"
)
_SEVERAL = re.compile(
    rf"\b(?P<list>{_ORD}(?:\s*,\s*{_ORD})*\s+and\s+{_ORD})\s+(?:[\w-]+\s+)?rounds\b"
    # "the first and the second round": each ordinal with its own article, the noun once
    rf"|\b(?P<each>{_ORD}(?:\s*,\s*the\s+{_ORD})*\s+and\s+the\s+{_ORD})\s+(?:[\w-]+\s+)?rounds?\b"
    r"|\bfirst\s+(?P<count>two|three|four|five)\s+(?:[\w-]+\s+)?rounds\b"
    # "rounds one and two", "rounds 1, 2 and 3"
    rf"|\brounds\s+(?P<nums>{_NUM}(?:\s*,\s*{_NUM})*\s+and\s+{_NUM})\b"
)
_ORDINAL_WORD = re.compile(rf"\b{_ORD}\b", re.IGNORECASE)
# "the second, on Feb. 4-5", "the second there", "the third in Geneva", "the third, held on ...": an
# ordinal followed by no noun of its own.
_ELLIPTIC_TAIL = re.compile(
    # "A fourth, planned for early March, was put off": the plan set off after the ordinal
    # (or "The fourth, once planned for early March", "originally due in March": a plan since dropped)
    r"(?=,\s+(?:(?:once|originally|initially|previously)\s+)?"
    # ("The fourth, postponed in March because of the war with Iran, still has no date")
    # ("and in Geneva on February 17 and 18 for the third, where the Russians had a new chief")
    r"(?:on|in|at|held|which|where|again|also|planned|scheduled|expected|due|set|slated|postponed|delayed"
    r"|cancell?ed|called\s+off|put\s+off|pushed\s+back)\b"
    r"|\s+(?:on|in|at|there|was|were|is|will|would|could|may|might|held|ended|began|took|again|since|this"
    # "The second followed in the same city": a round that came after the one before it
    r"|followed|opened"
    # "The first met in Abu Dhabi on Jan. 23-24", "the second lasted two days", "the third produced a swap"
    r"|met|convened|lasted|ran|closed|concluded|produced|yielded|brought|saw)\b"
    r"|,?\s*(?:[.;]|$)"
    # "the first round (Jan. 23-24) and the second (Feb. 4-5)": its days in brackets
    r"|\s+\((?=[^)]*\d))"
)
_FIRST_SINCE = re.compile(r"(?:\s+(?:there|here|such|ever|in|of)\b[^,;.]{0,20}?)?\s+since\b")
_FIRST_IN_WHICH = re.compile(r"\s+(?:(?:in|at|during|of)\s+which|where|when|ever)\b")
# (a place may follow the noun: "last week's round in Geneva, the third, ...")
_APPOSED = re.compile(
    r"\b(?i:round|talks|meeting|session)(?:\s+(?:in|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s*,\s*$"
)
_TALK_NOUN = re.compile(r"\b(?:rounds?|talks|meetings?|negotiations|sessions?)\b", re.IGNORECASE)
_NOUN_AFTER_ORDINAL = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?P<noun>rounds?|day|days|time|session|stage)\b")
_RELATIVE_TAIL = re.compile(
    # "in the coming weeks the talks": a span of time, no round ("weeks" as well as "week")
    # ("What comes next is a meeting at the top": a verb after the word, which is an adverb, not an adjective)
    r"\s+(?:(?!(?:weeks?|weekends?|months?|years?|days?|times?|for|of|to|with|in|on|at|and|from|is|are|was"
    r"|were|will|would|could|should|up)\b)[\w-]+\s+){0,2}?"
    r"(?:round|meeting|session|talks"
    # "before the next trilateral": the adjective standing for the talks, with no noun after it
    r"|trilateral(?=\s*[,.;:)]|\s*$|\s+(?:in|on|at|was|is|will|would|could|had|has|ended|began|opened|took"
    r"|resumed|due|set|planned|scheduled|expected|that|which|to)\b))\b(?!s)"
)
_NOT_TALKS = re.compile(
    r"\s+of\s+(?:[\w-]+\s+){0,2}?(?:strikes|attacks|shelling|sanctions|mobili[sz]ation|drone|missile|"
    r"elections|voting|applause|layoffs|tariffs|output|qualifying|cuts|hikes|increases|exchanges?|swaps?"
    r"|fighting|bombing|bombardment|airstrikes|protests|aid|funding)\b"
)
# Rounds named together with no number of their own ("which followed two rounds in Abu Dhabi", "both
# previous rounds", "after two in Abu Dhabi"): no round to read, but what is said of them is not said of a
# round named beside them.
_PLURAL = re.compile(
    # ("both Abu Dhabi rounds": a place of two words between)
    r"\b(?:two|three|four|five|both|all|several|previous|earlier|past|prior|those|these)\s+(?:[\w-]+\s+){0,2}?"
    r"rounds\b"
)
# "after two in Abu Dhabi": a count with no noun, right after a word of sequence, stands for rounds
_PLURAL_COUNT = re.compile(
    r"\b(?:after|following|like|unlike|besides|than|on top of|the)\s+(?:the\s+)?"
    r"(?:previous\s+|first\s+|earlier\s+)?"
    r"(?P<count>two|three|four|five)\b"
    r"(?=\s+(?:in|at|held|earlier|before|previous|already|took place|were held|had been held)\b|,)"
)
_TALK_NOUNS = ("talks", "meeting", "negotiations", "consultations")
_ELLIPTIC_ANCHOR = re.compile(
    # "eight days after the first one ended": "one" stands for the noun as the bare ordinal does
    r"\b(?:the|a) (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b(?: one\b)?"
)
_ORDINAL_WORDS = tuple(ORDINALS)
_ELLIPTIC_COUNT_PATTERN = re.compile(r"\bthe first (two|three|four|five)\b")
_ELLIPTIC_PAIR = re.compile(
    r"\bthe (first|second|third|fourth) and (?:the )?(second|third|fourth|fifth)\b(?! (?:day|session|time))"
)
# Searched only where one of these words is: every match holds one.
_ELLIPTIC_COUNT = Guarded(_ELLIPTIC_COUNT_PATTERN, ("five", "four", "three", "two"))
# "another round" looks ahead as "a new round" does; so do "a fresh round", "fresh talks", "a further
# round" and "the upcoming", "forthcoming" or "coming round" (not "further talks", which speak of talking
# more, of no one round)
# ("a follow-up meeting", "a follow-up round": the one after the talks told of)
_RELATIVE_ANCHOR_PATTERN = re.compile(
    r"\b(?:next|new|another|previous|last|fresh|further|upcoming|forthcoming|coming|follow-up)\b"
)
# Searched only where one of these words is: every match holds one.
_RELATIVE_ANCHOR = Guarded(
    _RELATIVE_ANCHOR_PATTERN,
    ("another", "coming", "fresh", "further", "last", "new", "next", "previous", "follow-up"),
)
_ROUND_ONLY_ANCHORS = ("further",)
_QUOTED_ROUND = re.compile(
    r"\s+(?:of talks\s+)?(?:will|would|is to|is due|is expected|is scheduled|was held|took place|has been)\b"
)
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
TRILATERAL = re.compile(r"\b(?:trilateral|tripartite|three-way|three-party|three-sided)\b", re.IGNORECASE)
# An election's or a game's words beside a round: "the second round of the vote", "a fourth-round match";
# a game's round is also "of the ... Chess Masters", "of the world championship", one that "will be played"
_ELECTION_WORDS = (
    "election",
    "vote",
    "voting",
    "runoff",
    "ballot",
    "tournament",
    "match",
    "seed",
    "chess",
    "championship",
    "masters",
    "played",
    # "turnout was lower than in the first round", "another qualifier in the next round", "a third-round win"
    "turnout",
    "voters",
    "qualifier",
    "knockout",
    "round win",
    "round defeat",
)
_ELECTION = re.compile(
    r"\b(?:election|elections|votes?|voting|runoff|ballot|tournament|match|seed|chess|championships?|masters"
    r"|turnout|voters|qualifier|knockout|round[\s-]+(?:win|defeat)"
    r"|(?:be|been|being|is|are|was|were)\s+played)\b"
)
_VOTE_ONLY = re.compile(r"\b(?:turnout|voters|ballots?|runoff|polling\s+stations?)\b")
_TALK_WORDS = re.compile(r"\b(?:talks|negotiations|consultations|negotiators|delegations?)\b")
# Substrings without which a pattern cannot match: cheap tests that spare most sentences the patterns.
_RELATIVE_CUES = (
    "next",
    "new",
    "another",
    "previous",
    "last",
    "fresh",
    "further",
    "upcoming",
    "coming",
    "follow-up",
)
# "the two are due to meet again": two people meeting, not the next round; "meet again ... for the final day"
_TWO_PEOPLE_BEFORE = re.compile(
    r"\b(?:the\s+two|the\s+pair|both\s+men|the\s+two\s+men)\s+(?:[\w-]+\s+){0,4}$"
)
_DAY_OF_THE_ROUND = re.compile(r"\b(?:final|last|second|third|closing|concluding)\s+day\b")
# To meet again, in the base form (will, would, to): the next round; "met again" tells of no new one
_MEET_AGAIN = re.compile(r"\b(?:meet|reconvene|convene)\s+(?:again|once more|once again)\b")
_LAST_OF_THEM = re.compile(r"\bthe\s+(?:last|latest|most\s+recent)\s+of\s+(?:them|these|those|which)\b")
_ANY_CUES = (
    "round",
    "again",
    "once more",
    "trilateral",
    "tripartite",
    "three-way",
    "working group",
    *_RELATIVE_CUES,
    *ORDINALS,
)


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    number: int | None = None
    reference: str | None = None
    more: tuple[int, ...] = ()  # further rounds named in the same breath ("the first and second rounds")
    elliptic: bool = False
    plural: bool = False  # rounds named together with no number: a boundary, no round of its own
    # one of rounds named together before it: "the first of which", "the second of those"
    of_them: bool = False


_NO_DATE_YET = re.compile(
    r"\bno\s+(?:date|dates|time|venue|plans?)\s+(?:(?:and\s+no\s+)?\w+\s+){0,4}?for\s+(?:the\s+)?$"
)
_NO_DATE_FOR = re.compile(
    # ("left Geneva without fixing a date for another meeting")
    r"\bwithout\s+(?:(?:fixing|setting|agreeing|naming|announcing)\s+)?(?:any\s+|a\s+)?"
    r"(?:date|dates|time|venue|plans?|agreement)\s+(?:\w+\s+){0,3}?"
    r"(?:for|on)\s+(?:a\s+|an\s+|the\s+)?$"
)


# (and "before any new trilateral meeting takes place": any one, none in particular)
_NO_BEFORE = re.compile(r"\b(?:no|any)\s$")


def find_triggers(view: View, lo: int, hi: int, before: str) -> list[Trigger]:
    """The triggers in `view.text[lo:hi]`, in order; `before` is the text just before the sentence (the
    paragraph so far), where an elliptical ordinal may find its noun."""
    found: list[Trigger] = []
    if not _has(view.lower, _ANY_CUES):
        return found
    text = view.text
    low = view.lower
    if len(low) != len(text):
        low = text.translate(_ASCII_LOWER)  # lower case with the offsets of the text

    def add(trigger: Trigger) -> None:
        if not any(t.start < trigger.end and trigger.start < t.end for t in found):
            found.append(trigger)

    # (every match holds "round": the sentences that only join words with "and the" are spared the pattern)
    if "round" in low and ("rounds" in low or "and the" in low):
        for match in _SEVERAL.finditer(low, lo, hi):
            numbers = _several(match)
            found.append(Trigger(match.start(), match.end(), numbers[0], None, numbers[1:]))
    for pos in _words(low, "round", lo, hi):
        if _NOT_TALKS.match(low, pos + 5):
            continue  # "a round of strikes"
        back = _ORD_BEFORE.search(low, max(lo, pos - 40), pos)
        after = None if back else _NUMBER_AFTER.match(low, pos + 5, hi)
        if back is not None and _first_held(low, back, pos + 5):
            continue
        if back is not None:
            add(Trigger(back.start(), pos + 5, _number(back.group("ord"))))
        elif after is not None:
            add(Trigger(pos, after.end(), _number(after.group("num"))))
    if " of " in low and "rounds" in low:
        for match in _ORD_OF_ROUNDS.finditer(low, lo, hi):
            # "The first of those rounds opened in the Emirati capital on January 23"
            add(Trigger(match.start(), match.end(), _number(match.group("ord"))))
    for match in _ORD_OF_THEM.finditer(low, lo, hi) if " of " in low else ():
        named = low.rfind("rounds", lo, match.start())
        # ("both Abu Dhabi rounds, the first of which"; "At the second of those," after rounds named before)
        in_sentence = named >= 0 and "," in low[named : match.start()]
        opens = not low[lo : match.start()].strip(" ,") or low.startswith("at ", lo)
        if in_sentence or (opens and _PLURAL.search(before[-300:].lower())):
            add(Trigger(match.start(), match.end(), _number(match.group("ord")), of_them=True))
    if _has(low, ("trilateral", "tripartite", "three-way", "working group")):
        for noun in _TALK_NOUNS:
            for pos in _words(low, noun, lo, hi):
                back = _ORD_BEFORE_TALKS.search(low, max(lo, pos - 40), pos)
                if (
                    back is not None
                    and TRILATERAL.search(text, back.start(), min(hi, pos + 60))
                    and not _first_since(view, low, back, pos, pos + len(noun))
                ):
                    add(Trigger(back.start(), pos + len(noun), _number(back.group("ord"))))
    if "meeting" in low and ("rounds" in low or "delegations" in low or "rounds" in before):
        # "After three rounds of talks, a fourth meeting was pencilled in": counted with the rounds, the
        # meeting is one of them (as after "The first of those rounds opened ... | The second meeting ...")
        for pos in _words(low, "meeting", lo, hi):
            back = _ORD_BEFORE_TALKS.search(low, max(lo, pos - 30), pos)
            if back is not None and not _first_since(view, low, back, pos, pos + 7):
                add(Trigger(back.start(), pos + 7, _number(back.group("ord"))))
    for anchor in _ELLIPTIC_COUNT.finditer(low, lo, hi) if "first " in low else ():
        # "The first two were held in Abu Dhabi": rounds one to two, named by the noun before
        if _ELLIPTIC_TAIL.match(low, anchor.end()) and _stands_for_a_round(text, anchor.start(), before):
            count = NUMBER_WORDS[anchor.group(1)]
            add(Trigger(anchor.start(), anchor.end(), 1, None, tuple(range(2, count + 1)), elliptic=True))
    for anchor in _ELLIPTIC_PAIR.finditer(low, lo, hi) if " and " in low else ():
        # "Three rounds have been held: the first and second in Abu Dhabi, the third in Geneva": two rounds
        # told together, each with what follows
        if _ELLIPTIC_TAIL.match(low, anchor.end()) and _stands_for_a_round(text, anchor.start(), before):
            first, second = ORDINALS[anchor.group(1)], ORDINALS[anchor.group(2)]
            add(Trigger(anchor.start(), anchor.end(), first, None, (second,), elliptic=True))
    # (every match holds an ordinal word, which most sentences lack: a few `in` tests spare them the pattern)
    for anchor in _ELLIPTIC_ANCHOR.finditer(low, lo, hi) if _has(low, _ORDINAL_WORDS) else ():
        # "the Geneva round, the third, ...": an ordinal set off right after a round names its number
        apposed = low.startswith(",", anchor.end()) and _APPOSED.search(
            text, max(lo, anchor.start() - 40), anchor.start()
        )
        if (
            (apposed or _ELLIPTIC_TAIL.match(low, anchor.end()))
            and _stands_for_a_round(text, anchor.start(), before)
            and not _describes(low, found, anchor.start())
            # "a meeting in Istanbul would be the first there since 2025": a first of its kind, no number
            # (but "the third since January" counts rounds)
            and not (anchor.group(1) == "first" and _FIRST_SINCE.match(low, anchor.end()))
            # "the meeting will be the first in which all three sit at one table": a first of its kind told
            # by what happens at it, as "the first time" is
            and not (anchor.group(1) == "first" and _FIRST_IN_WHICH.match(low, anchor.end()))
            and not (anchor.group(1) == "first" and _first_of_a_kind(low, found, anchor.start()))
        ):
            add(Trigger(anchor.start(), anchor.end(), ORDINALS[anchor.group(1)], elliptic=True))
    for anchor in _RELATIVE_ANCHOR.finditer(low, lo, hi):
        tail = _RELATIVE_TAIL.match(low, anchor.end(), hi)
        # "negotiating with the next round in mind," he said: a figure of speech in a quote, no round; but a
        # quote may tell of one in its own clause ("The next round will be in Miami," Zelensky said).
        if (
            tail is not None
            and (
                not view.in_quote(anchor.start())
                or _QUOTED_ROUND.match(low, tail.end())
                # "discussed 'the timing of the next trilateral meeting'": a quoted phrase that ends on the
                # round names it, as a figure of speech going on past it ("the next round in mind") does not
                or low.startswith(("'", "’", '"', "”"), tail.end())
                # "“... there is no date and no venue for the next trilateral meeting yet,” Peskov said"
                or _NO_DATE_YET.search(low, max(lo, anchor.start() - 60), anchor.start()) is not None
            )
            and not _NOT_TALKS.match(low, tail.end())
            # "his previous session with Putin", "her last meeting with Witkoff": one person's meeting with
            # another, not a round of the talks
            and not (
                low.endswith(("his ", "her "), 0, anchor.start())
                and not low.startswith("round", tail.end() - 5)
                and low.startswith(" with ", tail.end())
            )
            and (anchor.group() not in _ROUND_ONLY_ANCHORS or not low.startswith("talks", tail.end() - 5))
            # "No new round of talks has been scheduled": a round said not to be, no round
            and _NO_BEFORE.search(low, max(lo, anchor.start() - 5), anchor.start()) is None
            # "ended without any date being set for another meeting": no round is set
            and _NO_DATE_FOR.search(low, max(lo, anchor.start() - 60), anchor.start()) is None
            # "No date has been announced for another meeting": nothing says one is planned at all
            and (
                anchor.group() != "another"
                or _NO_DATE_YET.search(low, max(lo, anchor.start() - 60), anchor.start()) is None
            )
        ):
            ref = "last" if anchor.group() in ("previous", "last") else "next"
            add(Trigger(anchor.start(), tail.end(), None, ref))
    for match in _LAST_OF_THEM.finditer(low, lo, hi) if "rounds" in low and " of th" in low else ():
        # "three rounds have been held this year, the last of them five weeks ago": the last round
        if "rounds" in low[lo : match.start()]:
            add(Trigger(match.start(), match.end(), None, "last"))
    for match in _MEET_AGAIN.finditer(low, lo, hi) if "again" in low or "once more" in low else ():
        if _TWO_PEOPLE_BEFORE.search(low, max(lo, match.start() - 40), match.start()) is not None:
            continue  # "Umerov met Witkoff ..., and the two are due to meet again in Geneva": their meeting
        if " day" in low and _DAY_OF_THE_ROUND.search(low, match.end(), hi) is not None:
            continue  # "will meet again on Thursday for what is meant to be the final day": the round's day
        # "the delegations would meet again in Abu Dhabi next Sunday": the next round
        add(Trigger(match.start(), match.end(), None, "next"))
    if "rounds" in low:
        for match in _PLURAL.finditer(low, lo, hi):
            add(Trigger(match.start(), match.end(), plural=True))
    for match in _PLURAL_COUNT.finditer(low, lo, hi) if " two" in low or " three" in low else ():
        if _stands_for_a_round(text, match.start("count"), before):
            add(Trigger(match.start("count"), match.end(), plural=True))
    if _has(low, _ELECTION_WORDS) and not _TALK_WORDS.search(low):
        # "the second round of the vote": an election, not the talks; but "before the midterm elections, and
        # had proposed holding the next round in Miami" names both, apart
        found = [t for t in found if not _of_an_election(low, t)]
    return sorted(found, key=lambda t: t.start)


def _of_an_election(low: str, trigger: Trigger) -> bool:
    """Is the round one of an election or a game ("the second round of the vote", "the election's first
    round")? Its word stands in the round's own phrase: near it, with no comma between."""
    before = low.rfind(",", max(0, trigger.start - 30), trigger.start)
    # ("the second round of France's municipal elections": the round's "of" phrase is its own, to its end)
    reach = 60 if low.startswith(" of ", trigger.end) else 30
    after = low.find(",", trigger.end, trigger.end + reach)
    lo = before + 1 if before >= 0 else max(0, trigger.start - 30)
    hi = after if after >= 0 else trigger.end + reach
    if _ELECTION.search(low, lo, hi) is not None:
        return True
    # ("turnout was slightly lower than in the first round": a word only a vote has, further back)
    far = low.rfind(",", max(0, trigger.start - 60), trigger.start)
    return (
        _VOTE_ONLY.search(low, far + 1 if far >= 0 else max(0, trigger.start - 60), trigger.start) is not None
    )


def _describes(low: str, found: list[Trigger], pos: int) -> bool:
    """Is the ordinal at `pos` set off right after a round that already has its number? Then it describes
    that round ("The third round — the first in Europe — opened"), it names no other."""
    before = [t for t in found if t.end <= pos and t.number is not None and not t.plural]
    return bool(before) and _SET_OFF.fullmatch(low, max(t.end for t in before), pos) is not None


_SET_OFF = re.compile(r"(?:\s+of\s+(?:the\s+)?[\w-]+)?\s*[,—–(]\s*|\s+-\s+")


def _first_of_a_kind(low: str, found: list[Trigger], pos: int) -> bool:
    """Is "the first" at `pos` said of a later round the sentence has numbered, as the complement of its
    verb or a phrase added with ", and"? "The third round was the first held in Europe", "the second round,
    and the first in Geneva": it ranks that round among rounds of a kind, it names no first round."""
    before = [t for t in found if t.end <= pos and t.number is not None and t.number > 1 and not t.plural]
    if not before:
        return False
    last = max(t.end for t in before)
    if "round" in low[last:pos]:
        return False  # another round named between: "the third round ended, and the first round ..."
    return _OF_A_KIND.search(low, max(last, pos - 16), pos) is not None


# the words just before "the first": a copula, or a comma and "and"
_OF_A_KIND = re.compile(r"(?:\b(?:was|is|will be|would be|became|becomes|marked|marks)|,\s*and)\s+$")


def _first_held(low: str, ordinal: re.Match[str], end: int) -> bool:
    """ "Talks in Miami would be the first round held on American soil": the complement of a copula, "the
    first round held somewhere" ranks the talks among rounds of a kind; it names no first round."""
    at = ordinal.start() - 4
    return (
        ordinal.group("ord") == "first"
        and low.startswith("the ", at)
        and _OF_A_KIND.search(low, max(0, at - 16), at) is not None
        and _HELD_WHERE.match(low, end) is not None
    )


_HELD_WHERE = re.compile(r"\s+(?:ever\s+)?(?:to\s+be\s+)?(?:held|hosted|staged)\s+(?:on|in|outside|at)\b")


def _first_since(view: View, low: str, ordinal: re.Match[str], noun: int, end: int) -> bool:
    """ "the first in-person meeting of negotiators since the trilateral process was paused": a first since
    something is history told, like "the first time", not a round's number, unless the talks it qualifies
    are the trilateral ones ("the first trilateral talks since the war began" are round one)."""
    since = _SINCE.match(low, end)
    if ordinal.group("ord") != "first" or since is None:
        return False
    if TRILATERAL.search(low, ordinal.start(), noun) is None:
        return True
    # ("the first three-way meeting since Geneva", "... since the third round": a first since other talks)
    after = _SINCE_OTHER_TALKS.match(low, since.end())
    if after is None:
        return False
    place = view.mention_starting_at(after.end())
    return after.group("talks") is not None or (place is not None and place.venue is not None)


# What a first is counted from: other talks ("since the third round") or their place ("since Geneva")
_SINCE_OTHER_TALKS = re.compile(
    r"\s+(?:the\s+|last\s+)?(?:(?P<talks>(?:[\w-]+\s+){0,2}(?:round|meeting|talks|session)\b))?"
)
_SINCE = re.compile(
    r"(?:\s+(?:of|between|with|for|in)\s+[\w\s-]{0,40}?)?\s+since\b"
    # "the first meeting between the two delegations in almost a month": a first in a span of time
    r"|(?:\s+(?:of|between|with)\s+[\w\s-]{0,40}?)?\s+in\s+(?:almost|nearly|more\s+than|over|about)?\s*"
    r"(?:a|two|three|four|five|six|several|many|\d+)\s+(?:days?|weeks?|months?|years?)\b"
)


def _words(low: str, word: str, lo: int, hi: int) -> list[int]:
    """Where `word` stands as a whole word in `low[lo:hi]`."""
    found = []
    pos = low.find(word, lo, hi)
    while pos >= 0:
        end = pos + len(word)
        if (pos == 0 or not low[pos - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
            found.append(pos)
        pos = low.find(word, end, hi)
    return found


def _number(raw: str) -> int:
    return ORDINALS.get(raw) or NUMBER_WORDS.get(raw) or int(re.sub(r"\D", "", raw))


def _several(match: re.Match[str]) -> tuple[int, ...]:
    if match.group("count"):
        return tuple(range(1, NUMBER_WORDS[match.group("count")] + 1))
    if match.group("nums"):
        return tuple(_number(w) for w in re.findall(_NUM, match.group("nums")))
    words = re.findall(_ORD, match.group("list") or match.group("each"))
    return tuple(ORDINALS.get(w.lower()) or int(re.sub(r"\D", "", w)) for w in words)


_OPENING_ORDINAL = re.compile(
    r"(?:The|A)\s+(?:first|second|third|fourth|fifth|sixth)\b(?!\s+(?:[\w-]+\s+)?of\b)"
)


_OPENING_PREPOSITION = re.compile(r"(?:At|In|For|By|After|Before|During|Since)\s+")


def _stands_for_a_round(text: str, pos: int, before: str) -> bool:
    """Does the ordinal at `pos` stand for a round: is the last noun an ordinal qualified before it, or the
    last "round" named before it, a round?"""
    # An ordinal that opens its sentence ("The second, on Feb. 4-5, ...") may stand for a round named in an
    # earlier sentence; one inside a sentence ("another attack overnight, the second in five days") only
    # for a round of its own sentence.
    # So may the later ones of a sentence that opens with such an ordinal ("The first met in Abu Dhabi on
    # Jan. 23-24, the second in the same city on Feb. 4-5").
    opens = (
        not text[:pos].strip()
        or _OPENING_ORDINAL.match(text) is not None
        # ("both trilateral rounds held so far. At the first, on January 23 and 24, he sat across from ...")
        or _OPENING_PREPOSITION.fullmatch(text, 0, pos) is not None
    )
    sources = ((text, pos), (before, len(before))) if opens else ((text, pos),)
    this = _ORDINAL_WORD.search(text, pos, pos + 12)  # (after "the " or "a ")
    for source, end in sources:
        talks = [m.start() for m in _TALK_NOUN.finditer(source, 0, end)]
        last_round = talks[-1] if talks else -1
        last_noun: tuple[int, str] | None = None
        last_ordinal = ""
        for match in _ORDINAL_WORD.finditer(source, 0, end):
            noun = _NOUN_AFTER_ORDINAL.match(source, match.end())
            if noun is not None:
                last_noun = (match.start(), noun.group("noun").lower())
                last_ordinal = match.group().lower()
        follows = (
            this is not None
            and last_ordinal in ORDINALS
            and ORDINALS.get(this.group().lower(), 0) == (ORDINALS[last_ordinal] or 0) + 1
        )
        if last_noun is not None and (last_noun[0] > last_round - 30 or follows):
            # ("a tense first day on Tuesday and a session of two hours on the second": the ordinal that
            # follows another counts what that one counted, whatever talks are named between them)
            return last_noun[1].startswith("round")
        if last_round >= 0:
            return True
    if not opens and this is not None:
        # "Nobody called them the first round at the time. They became one only when a second followed":
        # the ordinal after the one a round was named by in the sentence before counts rounds too
        # (and so on along the sentence: "... when a second followed, ..., and a third in Geneva")
        named = [m for m in _ORDINAL_WORD.finditer(before) if _NOUN_AFTER_ORDINAL.match(before, m.end())]
        last = named[-1] if named else None
        noun = _NOUN_AFTER_ORDINAL.match(before, last.end()) if last is not None else None
        if last is None or noun is None or not noun.group("noun").lower().startswith("round"):
            # ("both trilateral rounds ... At the first, on January 23 and 24, ... At the second, on
            # February 4 and 5, ... He will not lead the third."): counted on from ordinals that stood for
            # the rounds named before them
            standing = [m for m in _ORDINAL_WORD.finditer(before) if before.startswith(",", m.end())]
            if not standing or "rounds" not in before[: standing[0].start()].lower():
                return False
            last = standing[-1]
        count = ORDINALS.get(last.group().lower(), -1)
        for ordinal in _ORDINAL_WORD.finditer(text, 0, pos):
            count += ORDINALS.get(ordinal.group().lower(), 0) == count + 1
        return ORDINALS.get(this.group().lower(), 0) == count + 1
    return False


def _has(lower: str, words: tuple[str, ...]) -> bool:
    for word in words:  # noqa: SIM110 (a loop of `in` tests is a quarter faster than any(map(...)))
        if word in lower:
            return True
    return False
