"""Dates in a sentence, absolute and relative, resolved against the article's date.

A small hand-written resolver instead of dateparser: news text uses few forms, and dateparser costs
milliseconds a call and reads names like "May" as dates. Forms read:

- absolute: "January 23", "Jan. 23-24", "January 23 and 24", "23-24 January", "January 30 to February 1",
  "February 4, 2026", "2026-02-04"; a missing year is the one that puts the date nearest the article;
- relative days: "today (Wednesday)", "today", "tonight", "last night", "yesterday", "tomorrow",
  "on Thursday", "last Friday", "next Tuesday", "Wednesday and Thursday";
- vague spans that give no day ("last week", "next week", "this month"): a `DateMention` with no dates;
- a month with no day ("in August", "in early March"): only `month_named`, for telling meetings apart.

A bare weekday is read as the most recent one in a sentence about the past and the coming one in a sentence
about the future (the caller says which).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from monitor.extract.guards import Guarded
from monitor.extract.literal_first import first_char_gate
from monitor.extract.names import trie_pattern

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR1 = r"(?:,?\s+(?P<year>20\d\d))?"
_YEAR2 = r"(?:,?\s+(?P<year2>20\d\d))?"
_JOIN = r"\s*(?:-|–|—|&|to|and|through|until|till)\s*"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth"]
_ORDINAL_NAMES = [
    *_UNITS,
    *_TEENS,
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    *(f"twenty-{unit}" for unit in _UNITS),
    "thirtieth",
    "thirty-first",
]
ORDINAL_DAYS = {word: day for day, word in enumerate(_ORDINAL_NAMES, start=1)}
_ORDINAL_WORD = r"(?:" + "|".join(sorted(ORDINAL_DAYS, key=len, reverse=True)) + r")\b"

_PATTERN = re.compile(
    "|".join(
        [
            r"(?P<iso>\b20\d\d-[01]\d-[0-3]\d\b)",
            # January 30 to February 1 / Jan. 23-24 / January 23 and 24 / February 4, 2026
            rf"\b(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})\b(?:{_JOIN}(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAY})\b)?{_YEAR1}",
            # 23-24 January / 23 January / 30 January to 1 February
            rf"\b(?P<d3>{_DAY})(?:{_JOIN}(?P<d4>{_DAY})(?:\s+(?P<m4>{_MONTH}))?)?\s+(?P<m3>{_MONTH})(?![\w])"
            rf"(?:{_JOIN}(?P<d5>{_DAY})\s+(?P<m5>{_MONTH}))?{_YEAR2}",
            # two days ago
            r"\b(?P<ago>two|three|four|five|six|[2-6])\s+days\s+ago\b",
            # "ended only a few minutes ago", "is sitting down with them right now": today
            r"\b(?P<now>(?:few|several|two|three|\d{1,2})\s+(?:minutes|hours)\s+ago|right\s+now)\b",
            # today (Wednesday) / yesterday / tomorrow / this evening
            r"\b(?P<rel>[Tt]oday|[Tt]onight|[Ll]ast night|[Yy]esterday|[Tt]omorrow"
            rf"|[Tt]his (?:morning|afternoon|evening))\b"
            rf"(?:\s*\(\s*{_WEEKDAY}\s*\))?",
            # "the last Saturday of January", "the first Monday in March": a weekday counted in its month
            # ... and "the last day of January", "the first day of March": the month's own first or last day
            rf"\b(?P<nth>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ll]ast)\s+(?P<nwd>{_WEEKDAY}|day)\s+(?:of|in)\s+"
            rf"(?P<nm>{_MONTH})(?!\s+\d)",
            # last Friday / next Tuesday / on Thursday / Wednesday and Thursday
            rf"\b(?:(?P<wmod>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\s+)?(?P<w1>{_WEEKDAY})(?:\s+(?:night|morning|evening))?"
            rf"(?:{_JOIN}(?P<w2>{_WEEKDAY}))?\b",
            # "over the weekend", "at the weekend", "last weekend", "this weekend": a Saturday and Sunday
            # (not "the weekend of March 21 and 22": the days named after it)
            r"(?:(?<=[Oo]ver the )|(?<=[Aa]t the )|(?<=[Oo]n the )|(?<=[Dd]uring the ))"
            r"(?P<wkend>weekend)\b(?!\s+of\s)"
            r"|\b(?P<wkmod>[Ll]ast|[Pp]ast|[Tt]his) weekend\b"
            # "the weekend talks in Florida": the weekend qualifies the talks
            r"|\b(?P<wkatt>[Ww]eekend)(?=\s+(?:talks|meetings?|rounds?|negotiations|sessions?)\b)",
            r"\b(?P<vague>(?:[Ll]ast|[Nn]ext|[Tt]his|[Ll]ater this|[Ee]arlier this|[Cc]oming|the coming"
            r"|the following"
            r"|[Pp]ast)\s+"
            r"(?:week|weekend|month|year))\b",
            # "on the 17th and 18th": days of the month the article's date makes nearest
            rf"(?:(?<=on the )|(?<=On the )|(?<=by the )|(?<=By the )|(?<=to the )|(?<=til the ))"
            rf"(?P<d6>{_DAY})(?<=st|nd|rd|th)\b"
            rf"(?:{_JOIN}(?:the\s+)?(?P<d7>{_DAY})(?<=st|nd|rd|th)\b)?",
            # "on the seventeenth and eighteenth": the same in words, as transcripts spell them; only where
            # the words end the phrase, so "on the second and third rounds" is no date
            rf"(?:on|for|by|from|until|till) the (?P<o1>{_ORDINAL_WORD})"
            rf"(?:\s+(?:and|to|through)\s+(?:the\s+)?(?P<o2>{_ORDINAL_WORD}))?"
            rf"(?:\s+of\s+(?:(?P<omod>this|next|last) month|(?P<om>{_MONTH})))?"
            r"(?=\s*(?:[,.;:)?!\u2014\u2013]|$))",
        ]
    )
)
_CAPITALISED = re.compile(r"[A-Z]")
_DAY_BEYOND = {"yesterday": "day before ", "tomorrow": "day after "}
_DAYS_AGO = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_ANCHOR_WORDS = [
    *(m.capitalize() for m in MONTHS),
    *(w.capitalize() for w in WEEKDAYS),
    *(
        f"{w}{rest}"
        for w in "Tt"
        for rest in ("oday", "onight", "omorrow", "his", "he coming", "he following")
    ),
    *("two", "three", "four", "five", "six"),  # "two days ago"
    *("few", "several", "right"),  # "a few minutes ago", "right now"
    *(
        "First",
        "first",
        "Second",
        "second",
        "Third",
        "third",
        "Fourth",
        "fourth",
    ),  # "the first Monday of May"
    "Weekend",
    "weekend",
    "Yesterday",
    "yesterday",
    "Last",
    "last",
    "Next",
    "next",
    "Coming",
    "coming",
    "Past",
    "past",
    "Later",
    "later",
    "Earlier",
    "earlier",
]
# Every anchor word starts with a letter, so "\b" says what "(?<!\w)" would, and lets `re` skip ahead to
# the letters an anchor can start with; a digit inside a number is skipped in `find_dates`.
# Only the first digit of a number is an anchor: the others were skipped one by one in Python. The digit
# is read before the look-behind asks what stands before it, so most places fail at once.
_UPPER_DAY = r"(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
# "THURSDAY", "FRIDAY AND SATURDAY": weekdays in capitals, as round-ups head their paragraphs
UPPER_WEEKDAYS = rf"{_UPPER_DAY}(?:\s+AND\s+{_UPPER_DAY})?"
_UPPER_WEEKDAY = re.compile(rf"\b{UPPER_WEEKDAYS}\b")
_UPPER_MONTH_STEMS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
# One search for any of the stems: `re` skips to the capitals they start with (a loop of `in` tests, one
# call each, cost more).
_UPPER_MONTH_STEM = re.compile("|".join(_UPPER_MONTH_STEMS))
_UPPER_MONTH = re.compile(
    r"\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)(?=\.?\s+\d)"
    # ... or after its day: a diary's "TUESDAY 17 - WEDNESDAY 18 FEBRUARY"
    r"|(?<=\d\s)(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b"
)
_HINT_WORDS = ("on", "for", "by", "from", "until", "till")
_ORDINAL_STEMS = "fir|sec|thi|fou|fif|six|sev|eig|nin|ten|ele|twe"
_HINT_TAIL = rf" the (?:{_ORDINAL_STEMS})"
_ORDINAL_DAY_HINT = re.compile(r"\b(?:" + "|".join(_HINT_WORDS) + ")" + _HINT_TAIL)
# (the hint of a day in words is looked at, not taken: "on the first Monday in March" is read from "first")
_ANCHOR = re.compile(
    r"\d(?<!\d\d)|\b(?:" + trie_pattern(_ANCHOR_WORDS) + r")|(?=" + _ORDINAL_DAY_HINT.pattern + ")"
)


def _anchor_after_pattern() -> re.Pattern[str]:
    r"""`_ANCHOR` found from the character before: `re` tries that pattern at every place of a sentence (its
    head is `\b` or a look-ahead), 80% of them inside a word. This one opens with a class, `[\W\d]`, so `re`
    skips at C speed to the next non-word character or digit, then reads the anchor word or the hint after
    it (or the digit itself) by its first letter. Searched in the text behind one space, so that a word at
    the start has its non-word character too.

    The anchors are the same, in the same order: a word anchor or the hint needs a non-word character (or
    the start) before it, which is what `\b` before a letter says; `[\W\d](?<=\d)(?<!\d\d)` is a digit
    that follows no digit; each first letter tries the anchor words (the same trie) before the hint, as
    `_ANCHOR` does. A match takes the character before a word as well, which no anchor can start at (it is
    no letter nor digit) and which no earlier match took: anchors end with a letter or a digit, and a word
    anchor after either needs a non-word character between. The hint takes one character where `_ANCHOR`
    took none; `_ANCHOR` goes on from the next place after it all the same."""
    trie: dict[str, list[str]] = {}
    for word in _ANCHOR_WORDS:
        trie.setdefault(word[0], []).append(word[1:])
    hints: dict[str, list[str]] = {}
    for word in _HINT_WORDS:
        hints.setdefault(word[0], []).append(word[1:])
    firsts = sorted(set(trie) | set(hints))
    branches = []
    for first in firsts:
        ways = [trie_pattern(trie[first])] if first in trie else []
        if first in hints:
            ways.append("(?=(?:" + "|".join(hints[first]) + ")" + _HINT_TAIL + ")")
        branches.append(re.escape(first) + (ways[0] if len(ways) == 1 else "(?:" + "|".join(ways) + ")"))
    return re.compile(
        r"[\W\d](?:(?<!\d)(?=[" + "".join(firsts) + "])(?:" + "|".join(branches) + r")|(?<=\d)(?<!\d\d))"
    )


_ANCHOR_AFTER = _anchor_after_pattern()
_EXPLICIT_AFTER = re.compile(rf",?\s+((?:{_MONTH}\s+{_DAY}\b|{_DAY}\s+{_MONTH}))")


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # offsets relative to the text searched
    end: int
    first: date | None
    last: date | None  # the end of a range; equal to `first` for one day
    # A bare weekday ("on Tuesday"): which week it falls in is read from its clause, and a caller who knows
    # better (the round it dates is still to come) may move it by a week.
    weekday: bool = False

    @property
    def vague(self) -> bool:
        return self.first is None


def find_dates(text: str, published: date) -> list[DateMention]:
    """Date mentions in `text`, resolved against `published`.

    A bare weekday looks forward when its own clause speaks of the future ("will be held on Friday"), and
    back otherwise ("met on Thursday"), whatever the rest of the sentence says.
    """
    found: list[DateMention] = []
    if "DAY" in text:
        # "THURSDAY." over a paragraph of a round-up: capitals read as the weekday they are (same length, so
        # the offsets still point into the text as given)
        text = _UPPER_WEEKDAY.sub(lambda m: m.group().title().replace(" And ", " and "), text)
    if not _may_hold_a_date(text):
        return found
    if _UPPER_MONTH_STEM.search(text) is not None and _UPPER_MONTH.search(text):
        text = _UPPER_MONTH.sub(lambda m: m.group().capitalize(), text)  # "JAN. 23-24 - Round one"
    taken = 0
    # The full pattern is tried only where a date can start (a number, a month, a weekday, "today", "last"
    # ...): a trie finds those places far faster than the pattern could scan every character.
    # `_ANCHOR.finditer(text)`, read from the character before each anchor (`_anchor_after_pattern`); an
    # anchor is never a digit after a digit (`\d` is what `isdecimal` says), so never inside a number.
    padded = " " + text
    for anchor in _ANCHOR_AFTER.finditer(padded):
        at = anchor.start()  # the place in `padded` of the character before a word: the word's in `text`
        if padded[at].isdecimal():
            at -= 1  # a digit: its own place
        if at < taken:
            continue  # inside a date already read
        match = _PATTERN.match(text, at)
        if match is None:
            continue
        second = "m2" if match.group("m2") else "w2" if match.group("w2") else None
        moved_from = second is not None and _MOVED_FROM_BEFORE.search(text, max(0, at - 40), at) is not None
        if second is not None and (moved_from or (second == "m2" and _two_days(match, published))):
            # "on Jan. 23 and Feb. 4": two days, not the weeks between them; read the first alone (so with
            # "moved from February 1 to February 4-5", "from Sunday to Wednesday": the day given up, then the
            # new one)
            match = _PATTERN.match(text, at, match.start(second)) or match
        taken = match.end()
        groups = match.groupdict()
        told = _EXPLICIT_AFTER.match(text, match.end()) if groups["w1"] and not groups["w2"] else None
        if told is not None:
            # "Sunday, Feb. 1": the explicit date that follows says which Sunday; the mention starts at the
            # weekday, so that words cut at the comma still hold their day
            weekday_start = match.start()
            explicit = _PATTERN.match(text, told.start(1))
            if explicit is not None:
                span = _resolve(explicit.groupdict(), published, False)
                if span is not None:
                    found.append(DateMention(weekday_start, explicit.end(), span[0], span[1], False))
                    taken = explicit.end()
            continue
        weekend = groups["wkend"] or groups["wkmod"] or groups["wkatt"]
        future = bool(groups["w1"] or weekend) and _future_clause(text, match.start())
        if groups["w1"] and not future and match.start() == 0 and text.startswith(": ", match.end()):
            # "Sunday: The second round is due to open in Abu Dhabi": a diary's entry is in the time of the
            # words after its day
            entry_end = _ENTRY_CLAUSE_END.search(text, match.end() + 2)
            future = (
                FUTURE.search(text, match.end(), entry_end.start() if entry_end else len(text)) is not None
            )
        if future and groups["w1"] and not groups["wmod"] and _DAY_TOLD_AS_GONE.search(text):
            # "The talks, set for Saturday and Sunday, opened in Florida yesterday", on a Sunday: the Saturday
            # the sentence also calls yesterday is the one just past, however the plan is told
            named = WEEKDAYS[groups["w1"].lower()]
            future = named != (published - timedelta(days=1)).weekday()
        if (
            not future
            and groups["w1"]
            and not groups["wmod"]
            and text.startswith(",", match.end())
            and _FRONTED_OPENING.fullmatch(text, 0, match.start())
        ):
            # "Then on Thursday, Sybiha is due in Washington": a day set before the main clause is in its time
            future = _FRONTED_AHEAD.match(text, match.end()) is not None
        possessive = bool(groups["w1"]) and text.startswith(("'s ", "’s "), match.end())
        if (groups["wkatt"] or possessive) and not future:
            # "Weekend talks in Miami will focus on ...", "Sunday's round has been put off": the talks are
            # the subject, their verb comes after
            future = FUTURE.search(text, match.end(), match.end() + 60) is not None
        if (
            groups["o1"]
            and not (groups["om"] or groups["omod"] or groups["o2"])
            and ORDINAL_DAYS[groups["o1"]] <= 6
            and _ORDINAL_NOUN_BEFORE.search(text, 0, match.start()) is not None
        ):
            # "on February 4 for the second round, and in Geneva on February 17 and 18 for the third": an
            # ordinal after a counted round or meeting counts another, it names no day of the month (so "200
            # on the first day, then 300 on the second")
            continue
        past = bool(groups["d6"]) and _told_as_past(text, match.start(), match.end())
        span = _resolve(groups, published, future, past)
        month = (
            _MONTH_BEFORE.search(text, max(0, match.start() - 150), match.start()) if groups["d6"] else None
        )
        if month is None and groups["d6"]:
            # "The second round, put back from February 1, was held in Abu Dhabi on the 4th and 5th": the
            # month of a day named before, when the days after it come later in that month
            dated = _MONTH_DAY_BEFORE.search(text, max(0, match.start() - 150), match.start())
            told = _digits(groups["d6"])
            if dated is not None and told is not None and int(told) > int(dated.group(2)):
                month = dated
        if month is not None:
            # "in February, when the third round was held in the city on the 17th and 18th": days of the
            # month the sentence named before them
            span = _month_day_range(
                month.group(1), _digits(groups["d6"]), None, _digits(groups["d7"]), None, published
            )
        if span is None:
            continue
        if (groups["m1"] or groups["m3"]) and not (groups["year"] or groups["year2"]):
            span = _in_year_said(span, text, match.end(), published)
            if (
                span[0] is not None
                and (span[0] - published).days > 90
                and _told_as_past(text, match.start(), match.end())
            ):
                # "his previous session with Putin, in Moscow on December 2, had run for five hours", told in
                # June: a day told in the past is the one gone by, though the coming one is as near
                span = _year_before(span)
        bare = bool(groups["w1"]) and not groups["wmod"]
        start = match.start("o1") if groups["o1"] else match.start()  # "on the" is no part of the day
        rel = (groups["rel"] or "").lower()
        if rel in ("yesterday", "tomorrow") and text.endswith(_DAY_BEYOND[rel], 0, at):
            # "the day before yesterday", "the day after tomorrow": one day further
            shift = timedelta(days=-1 if rel == "yesterday" else 1)
            span = (span[0] + shift, span[1] + shift)  # type: ignore[operator]
        found.append(DateMention(start, match.end(), span[0], span[1], bare))
    if len(found) > 1:
        found = _weekdays_after_a_day_gone_by(text, found, published)
    return _spans_joined(text, found) if len(found) > 1 or " the " in text else found


def _weekdays_after_a_day_gone_by(text: str, found: list[DateMention], published: date) -> list[DateMention]:
    """ "On the morning of February 1 ... Zelensky announced that the meeting had slipped to Wednesday and
    Thursday": a weekday a plan was moved to, after a day named earlier in the sentence that lies a week or
    more before the article, is the first such weekday after that day, not after the article's."""
    result: list[DateMention] = []
    anchor: DateMention | None = None
    for mention in found:
        if not mention.weekday:
            anchor = mention if mention.first is not None else anchor
        elif (
            anchor is not None
            and anchor.first is not None
            and mention.first is not None
            and anchor.first <= published - timedelta(days=7)
            and _MOVED_TO_BEFORE.search(text, max(anchor.end, mention.start - 40), mention.start) is not None
        ):
            first = anchor.first + timedelta(days=(mention.first.weekday() - anchor.first.weekday()) % 7 or 7)
            shift = first - mention.first
            last = mention.last + shift if mention.last is not None else None
            # (read from that day now, as a date is: no tense of the clause moves it again)
            mention = DateMention(mention.start, mention.end, first, last, False)
        result.append(mention)
    return result


_MOVED_TO_BEFORE = re.compile(
    r"\b(?:slipped|moved|pushed\s+back|postponed|delayed|put\s+off|shifted|rescheduled)\s+(?:to|until|till)\s+"
    r"(?:on\s+)?$"
)


# "the second round", "the first meeting": a thing counted, which an ordinal after it may count on
_ORDINAL_NOUN_BEFORE = re.compile(
    rf"\b{_ORDINAL_WORD}\s+(?:[\w-]+\s+)?(?:rounds?|sessions?|meetings?|day)\b", re.IGNORECASE
)

# "Saturday the seventeenth", "Saturday the 17th"
_WEEKDAY_THE_DAY = re.compile(
    rf"\s+the\s+({_ORDINAL_WORD}|{_DAY}(?<=st|nd|rd|th)\b)(?!\s+(?:round|time|day|meeting|session|of)\b)"
)


# "the 17th, a Saturday": a weekday set off after a day of the month
_DAY_A_WEEKDAY = re.compile(rf",\s+an?\s+({_WEEKDAY})\b")


def _month_day_on_weekday(near: date, weekday: int) -> date | None:
    """The day of `near`'s day of the month, in the month nearest `near` (within a year), on `weekday`."""
    best: date | None = None
    for months in range(-12, 13):
        index = near.year * 12 + near.month - 1 + months
        try:
            candidate = date(index // 12, index % 12 + 1, near.day)
        except ValueError:
            continue
        if candidate.weekday() == weekday and (best is None or abs(candidate - near) < abs(best - near)):
            best = candidate
    return best


def _weekday_on(near: date, day_told: str) -> date | None:
    """The date within five weeks of `near` on that weekday whose day of the month is `day_told`."""
    day = ORDINAL_DAYS.get(day_told.lower()) or int(_NON_DIGITS.sub("", day_told) or 0)
    for weeks in range(-5, 6):
        candidate = near + timedelta(weeks=weeks)
        if candidate.day == day:
            return candidate
    return None


# "Friday 23 - Saturday 24 January": a weekday's day of the month after it, before the join
_WEEKDAY_DAY_JOIN = re.compile(r"\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—|to|and|until|through)\s*")
# Between two days that are one span: "tomorrow and Wednesday", "today and run through Saturday"
_SPAN_JOIN = re.compile(
    r"\s*(?:and|to|through|until|till|-|–)\s+(?:(?:run|runs|continue|continues|last|lasts|go\s+on)\s+"
    r"(?:through|until|till|to|into)\s+)?"
)


_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through)\s+$")


def _spans_joined(text: str, found: list[DateMention]) -> list[DateMention]:
    """Two days a day to three apart, joined by "and" or "through", are one span of days, as "Wednesday and
    Thursday" is: "a third round of talks tomorrow and Wednesday", "to open today and run through Saturday"
    (a bare weekday after a day is the first such weekday after it, whatever the tense)."""
    joined: list[DateMention] = []
    set_off = -1  # the end of a weekday set off after a day of the month, which names no day of its own
    for mention in found:
        if mention.start < set_off:
            continue
        named = _DAY_A_WEEKDAY.match(text, mention.end) if not mention.weekday and mention.first else None
        if named is not None and mention.first is not None and mention.first == mention.last:
            # "On the 17th, a Saturday, ...": the month nearest the day told whose 17th is a Saturday
            weekday = WEEKDAYS[named.group(1).lower()]
            day = mention.first if mention.first.weekday() == weekday else None
            day = day or _month_day_on_weekday(mention.first, weekday)
            if day is not None:
                mention = DateMention(mention.start, mention.end, day, day)
                set_off = named.end()
        told = _WEEKDAY_THE_DAY.match(text, mention.end) if mention.weekday and mention.first else None
        if told is not None:
            # "It started on Saturday the seventeenth": the weekday's day of the month names the date
            day = _weekday_on(mention.first, told.group(1))  # type: ignore[arg-type]
            if day is not None:
                mention = DateMention(mention.start, told.end(), day, day)
        before = joined[-1] if joined else None
        if (
            mention.weekday
            and mention.first is not None
            and before is not None
            and before.first is not None
            and not before.weekday
            and _UNTIL_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None
            and not 0 < (mention.first - before.first).days <= 6
        ):
            # "Talks opened this morning ..., due to last until Wednesday": the weekday a span runs until is
            # the first such weekday after the day it ran from
            ahead = before.first + timedelta(days=(mention.first.weekday() - before.first.weekday()) % 7 or 7)
            mention = DateMention(mention.start, mention.end, ahead, ahead, mention.weekday)
        numbered = (
            _WEEKDAY_DAY_JOIN.fullmatch(text, before.end, mention.start)
            if before is not None and before.weekday and mention.first is not None and not mention.weekday
            else None
        )
        if numbered is not None and mention.first is not None:
            # "Friday 23 - Saturday 24 January": the first weekday's day of the month is the one after it
            day = int(numbered.group(1))
            first = mention.first.replace(day=day) if day <= mention.first.day else None
            if first is not None and timedelta(0) < mention.first - first <= timedelta(days=6):
                joined[-1] = DateMention(before.start, mention.end, first, mention.last)
                continue
        if (
            before is None
            or before.first is None
            or before.first != before.last
            or mention.first is None
            or mention.first != mention.last
            or _SPAN_JOIN.fullmatch(text, before.end, mention.start) is None
            # ("moved from Sunday to Wednesday": the day given up, then the new one)
            or _MOVED_FROM_BEFORE.search(text, max(0, before.start - 40), before.start) is not None
        ):
            joined.append(mention)
            continue
        last = mention.first
        named = (
            WEEKDAYS.get(text[mention.start : mention.end].split()[0].lower()) if mention.weekday else None
        )
        if named is not None:
            last = before.first + timedelta(days=(named - before.first.weekday()) % 7 or 7)
        # (a dash between two dates of the month is a span of up to a week: "THURSDAY 5 MARCH - MONDAY 9
        # MARCH", a window of five days)
        dash = not mention.weekday and text[before.end : mention.start].strip() in ("-", "–")
        if timedelta(days=1) <= last - before.first <= timedelta(days=6 if dash else 3):
            joined[-1] = DateMention(before.start, mention.end, before.first, last)
        else:
            joined.append(mention)
    return joined


# A month named with no day of its own ("in February, when ..."), the last before a day of the month
_MONTH_BEFORE = re.compile(rf"\b({_MONTH})\b(?!\s+\d)(?!.*\b{_MONTH}\b)")


_MONTH_DAY_BEFORE = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})\b(?!.*\b{_MONTH}\b)")


def _digits(day: str | None) -> str | None:
    return day.rstrip("stndrh") if day else None


_YEAR_SAID = re.compile(r"\s*,?\s*(?:of\s+)?(last|this|next)\s+year\b", re.IGNORECASE)


def _in_year_said(
    span: tuple[date | None, date | None], text: str, end: int, published: date
) -> tuple[date | None, date | None]:
    """ "on July 23 last year": the day in the year the words name, not the nearest one."""
    said = _YEAR_SAID.match(text, end)
    if said is None:
        return span
    year = published.year + {"last": -1, "this": 0, "next": 1}[said.group(1).lower()]
    try:
        return tuple(d.replace(year=year) if d is not None else None for d in span)  # type: ignore[return-value]
    except ValueError:
        return span  # Feb. 29 of a year without one


def _year_before(span: tuple[date | None, date | None]) -> tuple[date | None, date | None]:
    try:
        return tuple(d.replace(year=d.year - 1) if d is not None else None for d in span)  # type: ignore[return-value]
    except ValueError:
        return span  # Feb. 29 of a year without one


def _two_days(match: re.Match[str], published: date) -> bool:
    """Are two days of different months joined by "and" two days of their own? Only consecutive days
    ("January 31 and February 1") make one span."""
    if _AND.search(match.group()) is None:
        return False
    span = _month_day_range(match["m1"], match["d1"], match["m2"], match["d2"], match["year"], published)
    return span is not None and (span[1] - span[0]).days > 1


_AND = re.compile(r"\s+and\s+")
_MOVED_FROM_BEFORE = re.compile(
    r"\b(?:moved|pushed\s+back|postponed|delayed|put\s+off|rescheduled|shifted|brought\s+forward)\s+from\s+$"
)


def _resolve(
    g: dict[str, str | None], published: date, future: bool, past: bool = False
) -> tuple[date | None, date | None] | None:
    if g["iso"]:
        try:
            day = date.fromisoformat(g["iso"])
        except ValueError:
            return None
        return day, day
    if g["m1"]:
        if not _CAPITALISED.match(g["m1"]):
            return None  # "may 5" is a verb far more often than a month
        return _month_day_range(g["m1"], g["d1"], g["m2"], g["d2"], g["year"], published)
    if g["m3"]:
        if not _CAPITALISED.match(g["m3"]):
            return None
        if g["d5"]:
            return _month_day_range(g["m3"], g["d3"], g["m5"], g["d5"], g["year2"], published)
        return _month_day_range(g["m4"] or g["m3"], g["d3"], g["m3"], g["d4"], g["year2"], published)
    if g["ago"]:
        day = published - timedelta(days=_DAYS_AGO.get(g["ago"], 0) or int(g["ago"]))
        return day, day
    if g["now"]:
        return published, published
    if g["rel"]:
        offset = {"today": 0, "tonight": 0, "last night": -1, "yesterday": -1, "tomorrow": 1}.get(
            g["rel"].lower(), 0
        )
        day = published + timedelta(days=offset)
        return day, day
    if g["nth"]:
        day = _nth_weekday(g["nth"].lower(), g["nwd"], g["nm"], published)
        return (day, day) if day is not None else None
    if g["w1"]:
        if not _CAPITALISED.match(g["w1"]):
            return None
        modifier = (g["wmod"] or "").lower()
        first = _weekday(g["w1"], published, modifier, future)
        last = first
        if g["w2"]:
            last = _weekday(g["w2"], published, modifier, future)
            while last < first:
                last += timedelta(days=7)
        return first, last
    if g["wkend"] or g["wkmod"] or g["wkatt"]:
        return _weekend(published, (g["wkmod"] or "").lower(), future)
    if g["vague"]:
        return None, None
    if g["d6"]:
        return _day_of_month(g["d6"], g["d7"], published, past)
    if g["o1"]:
        first, last = ORDINAL_DAYS[g["o1"]], ORDINAL_DAYS[g["o2"] or g["o1"]]
        # "the twenty-sixth and twenty-seventh of this month", "the fourth of February"
        if g["om"]:
            return _month_day_range(g["om"], str(first), None, str(last), None, published)
        if g["omod"]:
            return _days_of_month_said(first, last, g["omod"], published)
        return _day_of_month(str(first), str(last), published)
    return None


def _month_shifted(published: date, shift: int) -> tuple[int, int]:
    """The year and month `shift` months from the article's."""
    months = published.month - 1 + shift
    return published.year + months // 12, months % 12 + 1


def _days_of_month_said(first: int, last: int, which: str, published: date) -> tuple[date, date] | None:
    """ "the 26th and 27th of this month": days of the month the words name, counted from the article's."""
    year, month = _month_shifted(published, {"last": -1, "this": 0, "next": 1}[which])
    try:
        return date(year, month, first), date(year, month, max(first, last))
    except ValueError:
        return None


def _day_of_month(
    first: str, last: str | None, published: date, past: bool = False
) -> tuple[date, date] | None:
    """ "the 17th (and 18th)": that day of the month before, of or after the article's, the nearest one (in
    a clause told in the past, "On the 17th we spent a day with Witkoff", the nearest gone by)."""
    days = []
    for day_text in (first, last or first):
        day = int(day_text[:2] if day_text[:2].isdigit() else day_text[:1])
        candidates = []
        for shift in (-1, 0, 1):
            year, month = _month_shifted(published, shift)
            try:
                candidates.append(date(year, month, day))
            except ValueError:
                continue
        if past:
            candidates = [d for d in candidates if d <= published]
        if not candidates:
            return None
        days.append(min(candidates, key=lambda d: abs((d - published).days)))
    return (days[0], days[1]) if days[1] >= days[0] else (days[0], days[0])


def _month_day_range(
    m1: str, d1: str | None, m2: str | None, d2: str | None, year: str | None, published: date
) -> tuple[date, date] | None:
    if d1 is None:
        return None
    first = _month_day(m1, d1, year, published)
    if first is None:
        return None
    if d2 is None:
        return first, first
    last = _month_day(m2 or m1, d2, year or str(first.year), published)
    if last is None or last < first:
        return first, first
    return first, last


_NON_DIGITS = re.compile(r"\D")


def _month_day(month_name: str, day_text: str, year: str | None, published: date) -> date | None:
    month = MONTHS[month_name.rstrip(".").lower()]
    day = int(_NON_DIGITS.sub("", day_text))
    years = [int(year)] if year else [published.year - 1, published.year, published.year + 1]
    candidates = []
    for y in years:
        try:
            candidates.append(date(y, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    return min(candidates, key=lambda d: abs((d - published).days))


_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _nth_weekday(nth: str, weekday: str, month_name: str, published: date) -> date | None:
    """ "the last Saturday of January": that weekday of the month nearest the article, as a day is."""
    first = _month_day(month_name, "1", None, published)
    if first is None:
        return None
    if weekday == "day":
        # "the last day of January": only the first and the last day of a month are named so
        if nth == "first":
            return first
        if nth == "last":
            return date(first.year + first.month // 12, first.month % 12 + 1, 1) - timedelta(days=1)
        return None
    target = WEEKDAYS[weekday.lower()]
    if nth == "last":
        after = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        last = after - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - target) % 7)
    return first + timedelta(days=(target - first.weekday()) % 7 + 7 * _NTH[nth])


def _weekday(name: str, published: date, modifier: str, future: bool) -> date:
    target = WEEKDAYS[name.lower()]
    ahead = (target - published.weekday()) % 7
    behind = (published.weekday() - target) % 7
    if modifier in ("next", "coming"):
        return published + timedelta(days=ahead or 7)
    if modifier in ("last", "past"):
        return published - timedelta(days=behind or 7)
    if modifier == "this":
        return published + timedelta(days=target - published.weekday())  # the day of the article's week
    if future:
        return published + timedelta(days=ahead)
    return published - timedelta(days=behind)


def _weekend(published: date, modifier: str, future: bool) -> tuple[date, date]:
    """The Saturday and Sunday a weekend names: the one the article is written in, if it is; otherwise the
    last one (or "last weekend"), or the coming one in a clause about the future ("this weekend" too)."""
    saturday = published - timedelta(days=(published.weekday() - 5) % 7)  # the last Saturday, or today
    if published.weekday() >= 5 and modifier not in ("last", "past"):
        return saturday, saturday + timedelta(days=1)
    if modifier in ("last", "past") and published.weekday() >= 5:
        saturday -= timedelta(days=7)  # "last weekend", said on a Sunday: the one before
    if modifier == "this" or (future and modifier == ""):
        saturday += timedelta(days=7)
    return saturday, saturday + timedelta(days=1)


FUTURE_PATTERN = re.compile(
    # "was due", "was to": the future seen from the past ("was due in Abu Dhabi on Sunday" is a day ahead)
    r"\b(?:will|would|shall|is to|are to|is due|are due|was due|were due|was to|were to|due on|due to begin"
    r"|is set to|are set to|scheduled|expected|planned|"
    r"plans|set for|slated|fixed for|arranged for|pencilled in|penciled in|upcoming|next|postponed|moved to"
    r"|rescheduled|delayed|pushed back|put off"
    r"|travelling|traveling|on (?:its|their|his|her) way|heading|for a meeting|for talks|ahead of"
    # the present of a timetable: "talks begin in Abu Dhabi on Friday"
    r"|begin|begins|opens|starts|resume|resumes|kicks off|concludes|wraps up|winds up|sit down|sits down"
    # a diary's plan: "Sunday: Target date for the second trilateral round"
    r"|target date"
    r"|gets under way|gets underway|gets going"
    # a journey in the timetable's present: "heads to Miami on Saturday", "leads a team to Miami on Saturday"
    r"|heads\s+(?:to|for)|flies\s+(?:to|in)|goes\s+to"
    r"|(?:leads|takes)\s+(?:a|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:team|delegation)"
    # "Negotiators meet again in Geneva on Tuesday": the timetable's present
    r"|meet again|meets again|reconvene|reconvenes)\b",
    re.IGNORECASE,
)
# Searched only where one of these words is: every match holds one.
FUTURE = Guarded(
    FUTURE_PATTERN,
    (
        "will",
        "would",
        "shall",
        "is to",
        "are to",
        "due",
        "was to",
        "were to",
        "set",
        "scheduled",
        "expected",
        "plan",
        "slated",
        "fixed for",
        "arranged for",
        "pencilled in",
        "penciled in",
        "upcoming",
        "next",
        "postponed",
        "moved to",
        "delayed",
        "pushed back",
        "put off",
        "travel",
        "way",
        "heading",
        "for a meeting",
        "for talks",
        "ahead of",
        "begin",
        "again",
        "reconvene",
        "opens",
        "starts",
        "resume",
        "target date",
        "kicks off",
        "concludes",
        "wraps up",
        "winds up",
        "sit",
        "gets ",
        "heads",
        "flies",
        "goes",
        "leads",
        "takes",
    ),
)


# Each alternative opens with a literal (no class, no `\b`), so that `re` skips to the characters they start
# with: "a(?<!\w\w)" is "\ba" (the "a" is a word character); a class or a leading `\b` would have it try
# every place.
_CLAUSE_BREAK = re.compile(r";|:|,\s+(?:and|but|while|after|before)\b|a(?<!\w\w)nd\s+(?:the|a|an)\b|\.\s")


_DATE_WORDS = (
    "day",
    "night",
    "week",
    "Week",  # "Weekend talks" opening a sentence
    "month",
    "year",
    "morrow",
    "evening",
    "morning",
    "afternoon",
    "utes ago",  # "minutes ago"
    "urs ago",  # "hours ago"
    "ht now",  # "right now"
    *(m.capitalize()[:3] for m in MONTHS),
)
_DATE_HINT = re.compile("|".join(dict.fromkeys(_DATE_WORDS)) + r"|\d")
# The same with the ASCII digits as literals: a pattern of literals only lets `re` skip to the letters they
# start with; `\d` would make it try every place. Other digits are looked for only in non-ASCII text.
# Whether `_ORDINAL_DAY_HINT` is in a text, found from its literal " the " (which `re` finds fast) with
# the word before it looked back at; the hint's leading `\b` would have `re` try every place.
_ORDINAL_DAY_LOOK = re.compile(
    rf" the (?={_ORDINAL_STEMS})(?:" + "|".join(rf"(?<=\b{word} the )" for word in _HINT_WORDS) + ")"
)
_ASCII_DATE_HINT = re.compile("|".join([*dict.fromkeys(_DATE_WORDS), *"0123456789"]))


# Where in each word of `_DATE_WORDS` its rarest letter is (the first letter for the others): the word is
# looked for from there, back and ahead.
_RARE_LETTER = {
    "day": 2,
    "night": 2,
    "week": 3,
    "Week": 3,
    "morrow": 5,
    "evening": 1,
    "morning": 6,
    "afternoon": 1,
    "utes ago": 6,
    "urs ago": 5,
    "ht now": 5,
}


def _rare_letter_pattern(words: list[str], rare_letter: dict[str, int] = _RARE_LETTER) -> re.Pattern[str]:
    """A pattern that finds one of `words` wherever `_ASCII_DATE_HINT` does (a yes or no, not the same
    match): `re` skips ahead to the letters a pattern's alternatives open with, and "day", "evening" or
    "week" opening with "d", "e" or "w" stop it at every other letter of a sentence; opened with "y", "v" or
    "k" and looked back and ahead from there ("y(?<=day)"), the words stop it at few."""
    ways: dict[str, list[str]] = {}
    for word in words:
        at = rare_letter.get(word, 0)
        behind = f"(?<={re.escape(word[: at + 1])})" if at else ""
        ahead = f"(?={re.escape(word[at + 1 :])})" if word[at + 1 :] else ""
        ways.setdefault(word[at], []).append(behind + ahead)
    branches = [
        re.escape(letter) + (looks[0] if len(looks) == 1 else "(?:" + "|".join(looks) + ")")
        for letter, looks in ways.items()
    ]
    return re.compile("|".join(branches))


_ASCII_DATE_LOOK = _rare_letter_pattern([*dict.fromkeys(_DATE_WORDS), *"0123456789"])

# Every mention with a day that `find_dates` returns holds one of these words in its lowercase: an ASCII
# digit, a month, "day" (a weekday, "today", "yesterday", "days ago"), "night", "morrow", a part of the day,
# "ago", "now", "weekend" or an ordinal day (from its first word: "on the" before it is no part of the
# mention). A test reads `_PATTERN` to prove it.
DAY_WORDS = (
    *"0123456789",
    *("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    *("day", "night", "morrow", "morning", "afternoon", "evening", "ago", "now", "weekend"),
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"),
    *("eleventh", "twelfth", "teenth", "ieth"),
)
# letters from the commonest in English text: a word is looked for from its rarest letter
_COMMONEST_FIRST = "etaoinsrhldcumwfgypbvkjxqz"
_DAY_WORD = _rare_letter_pattern(
    list(DAY_WORDS),
    {word: max(range(len(word)), key=lambda i, w=word: _COMMONEST_FIRST.find(w[i])) for word in DAY_WORDS},
)


def may_hold_a_day(lower: str, start: int, end: int) -> bool:
    """False only when no mention with a day that `find_dates` finds in a text can lie in text[start:end],
    given the text in lowercase (`lower`, of the same length): a look for `DAY_WORDS`, far cheaper than
    reading the dates. (A word that straddles `start` may be found, which only makes the answer True.)"""
    return _DAY_WORD.search(lower, start, end) is not None


def _may_hold_a_date(text: str) -> bool:
    """A cheap test: every date form has a digit, a month, or "day"/"week"/... in it."""
    if _ASCII_DATE_LOOK.search(text) is not None or _ORDINAL_DAY_LOOK.search(text) is not None:
        return True
    return not text.isascii() and _DATE_HINT.search(text) is not None


_DAY_TOLD_AS_GONE = re.compile(
    r"\b(?:opened|began|started|got under way|kicked off)\s+(?:[\w-]+\s+){0,3}?yesterday\b"
)


# Verbs in the past that tell of talks held: "On the 17th we spent a whole day with Witkoff"
_PAST_VERB = re.compile(
    r"\b(?:spent|met|held|sat|flew|arrived|ended|began|took place|was|were|had run|lasted|received|hosted"
    r"|visited|saw|talked|opened|agreed|signed)\b"
)


def _told_as_past(text: str, start: int, end: int) -> bool:
    """Is the day of the month at `start` told in a clause in the past, with no word of the future near?"""
    lo, hi = max(0, start - 60), min(len(text), end + 60)
    return _PAST_VERB.search(text, lo, hi) is not None and FUTURE.search(text, lo, hi) is None


# What may open a sentence before a day set off by a comma, and a main clause after it that looks ahead
# (with no verb of saying first: "On Monday, Peskov said the talks will resume" tells of the Monday gone by)
_FRONTED_OPENING = re.compile(r"\s*(?:(?:Then|And|But|Next|Later|Also)\s+)?(?:[Oo]n\s+)?")
_FRONTED_AHEAD = re.compile(
    r",\s+(?:(?!said\b|says\b|told\b|tells\b|added\b|announced\b|wrote\b)[\w.’'-]+\s+){1,5}?"
    r"(?:will|is\s+due|are\s+due|is\s+set|are\s+set|is\s+expected|are\s+expected|is\s+scheduled"
    r"|are\s+scheduled|is\s+to|are\s+to|heads|head|travels|travel|flies|fly)\b"
)


def _future_clause(text: str, pos: int) -> bool:
    start = window_start = max(0, pos - 80)
    for brk in _CLAUSE_BREAK.finditer(text, window_start, pos):
        start = brk.end()  # the clause opens after the last break
    if start == window_start and start > 0 and FUTURE.search(text, start, pos) is None:
        apposed = _SET_OFF_BEFORE.search(text, start, pos)
        if apposed is not None:
            # "would see Rustem Umerov, the secretary of Ukraine's security council, in Geneva on Thursday":
            # an apposition set off by commas puts the verb further back than the window reaches
            start = max(0, pos - 80 - (apposed.end() - apposed.start()))
            for brk in _CLAUSE_BREAK.finditer(text, start, pos):
                start = brk.end()
    future = FUTURE.search(text, start, pos)
    if future is not None and "t" in text[future.end() : pos]:
        # "was in Miami for talks that began on Saturday": a relative clause told in the past, between the
        # words that look ahead and the day, is the day's own clause
        return _PAST_RELATIVE.search(text, future.end(), pos) is None
    return future is not None


# The end of the main clause of a diary's entry: "Sunday: The second round ... is due to open in Abu Dhabi,
# where the first round was held last Friday"
_ENTRY_CLAUSE_END = re.compile(r"[;.]\s|,\s+(?:where|when|which|who|after|before|since)\b")
_SET_OFF_BEFORE = re.compile(r",\s+(?:the|a|an)\s[^,;:]{3,80},\s+(?=(?:in|on|at)\s)")
_PAST_RELATIVE = re.compile(
    r"\b(?:that|which|who)\s+(?:had\s+)?(?:began|started|opened|ended|met|took\s+place|finished|closed"
    r"|(?:was|were)\s+held)\b"
)


_MONTH_ONLY_PATTERN = re.compile(
    r"\b(?:in|since|until|by|during|from|for|last|at)\s+(?:(?:early|late|mid)[- ]"
    # "in the middle of February", "at the end of January", "in the second half of May"
    r"|the\s+(?:middle|end|start|beginning|first\s+half|second\s+half|first\s+days|last\s+days)\s+of\s+)?"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?!\s+\d)"
)
# Searched only where one of these words is: every match holds one.
_MONTH_ONLY = Guarded(
    _MONTH_ONLY_PATTERN,
    (
        "april",
        "august",
        "december",
        "february",
        "january",
        "july",
        "june",
        "march",
        "may",
        "november",
        "october",
        "september",
    ),
)


def month_named(text: str, start: int, end: int) -> int | None:
    """The month a span names without a day ("in August", "in early March"): it gives no day, but tells a
    meeting in August from one on January 22."""
    match = _MONTH_ONLY.search(text, start, end)
    return MONTHS[match.group("month").lower()] if match else None


# The pattern of this module searched most where `first_char_gate` pays, written as it writes it: the same
# matches, found faster (`literal_first`).
FUTURE.pattern = first_char_gate(FUTURE_PATTERN)
