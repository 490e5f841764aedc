"""What one mention of a round says of its days, place, sides and delegation heads.

Pure helpers of `rounds`: each reads one field from a stretch of a sentence (the words that speak of one
round) and returns it, or None when the words do not say. Days are those near the round, not a statement's
("Peskov said on Monday") nor an old plan's ("had been expected on Sunday"); the place is a pack venue or a
city where talks are held, not one offered among several or hedged; heads come from "led by", "headed by",
"head of the delegation".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from monitor.extract.context import Doc, View
from monitor.extract.dates import DateMention
from monitor.extract.names import Mention

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
    r"\b(?:originally|initially|previously|first|from"
    r"|had been (?:scheduled|planned|set|expected)(?: for| on)?|was due"
    r"|were due|was to|were to|instead of)\s+(?:[\w,.]+\s+){0,4}$",
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


_NEAR = 60


DAY_N = re.compile(
    r"\b(?:for\s+)?(?:a|the|its)\s+(?P<n>second|third|fourth)(?:,?\s+\w+)?\s+day\b", re.IGNORECASE
)


_END_VERB = re.compile(
    r"\b(?:end|ends|ended|ending|conclude|concludes|concluded|wrap up|wrapped up|finish|finished|until"
    r"|through"
    r"|continue|continues|resume|resumes)"
    r"\b[^.;,]{0,40}$",
    re.IGNORECASE,
)


_AFTER_DAYS = re.compile(r"\bafter\s+(two|three|four|2|3|4)\s+days\b", re.IGNORECASE)


def pick_dates(
    view: View,
    start: int,
    end: int,
    frame: tuple[int, int],
    status: str | None,
    duration: int | None,
    near_trigger: bool = False,
) -> tuple[date | None, date | None]:
    candidates: list[DateMention] = []
    # A sentence that names no round speaks of the talks only near its talk words ("the talks, held on
    # Friday"); a day elsewhere in it is another event's ("the exchange took place on Friday").
    anchors = [m.start() for m in TALK_OR_MEETING.finditer(view.text, start, end)] if near_trigger else []
    for mention in view.dates:
        if mention.start < start or mention.end > end or mention.first is None:
            continue
        if near_trigger and not any(abs(mention.start - a) <= _NEAR for a in anchors):
            continue
        if frame[0] <= mention.start < frame[1]:
            continue  # the day of a statement, not of the round
        if _OLD_DATE.search(view.text, max(0, mention.start - 40), mention.start) and (
            status in ("postponed", "cancelled") or len(candidates) or _later_date(view, mention, end)
        ):
            continue
        if status in ("postponed", "cancelled") and _OLD_PLAN.search(
            view.text, max(start, mention.start - 60), mention.start
        ):
            continue  # "which had been expected in Abu Dhabi on Sunday, has been called off"
        candidates.append(mention)
    if not candidates:
        return None, None
    chosen = candidates[-1] if status == "postponed" else candidates[0]
    first, last = chosen.first, chosen.last
    assert first is not None and last is not None
    segment = view.text[start:end]
    after_days = _AFTER_DAYS.search(segment)
    day_n = DAY_N.search(segment)
    if _END_VERB.search(view.text, start, chosen.start) and first == last:
        # "ended in Abu Dhabi on Thursday after two days": the day named is the last one.
        days = duration or (NUMBER_WORDS.get(after_days.group(1).lower(), 0) if after_days else 0)
        days = days or (ORDINALS[day_n.group("n").lower()] if day_n else 0)
        days = days or (int(after_days.group(1)) if after_days and after_days.group(1).isdigit() else 0)
        return (last - timedelta(days=days - 1) if days else None), last
    if day_n is not None and first == last:
        # "met for a second day on Saturday": the talks began the day before.
        n = ORDINALS[day_n.group("n").lower()]
        return first - timedelta(days=n - 1), first
    return first, last


def _later_date(view: View, mention: DateMention, end: int) -> bool:
    return any(m.start > mention.end and m.end <= end and m.first for m in view.dates)


def venue_of(view: View, doc: Doc, start: int, end: int, status: str | None = None) -> str | None:
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
        if (
            not (lead and _VENUE_CONTEXT.search(text, max(start, mention.start - 70), mention.start))
            and not follows
        ):
            continue
        if _ALTERNATIVE.match(text, mention.end) or _HEDGE.search(
            text, max(0, mention.start - 40), mention.start
        ):
            continue
        if _OLD_PLAN.search(text, max(start, mention.start - 60), mention.start):
            continue
        if status in ("postponed", "cancelled") and _PLAN.search(
            text, max(start, mention.start - 60), mention.start
        ):
            continue  # "A fourth round, planned for early March in Abu Dhabi, was put off"
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


_PLAN = re.compile(r"\b(?:planned|expected|scheduled|due|set)\b[^,;]*$")


_ALTERNATIVE = re.compile(r"\s+or\s+(?:in\s+|at\s+)?[A-Z]")


_HEDGE = re.compile(
    r"\b(?:likely|probably|possibly|perhaps|maybe|somewhere|other than|instead of)\b[^,;.]*$"
    r"|\bor\s+(?:in\s+|at\s+)?$"
)


_OLD_PLAN = re.compile(
    r"\b(?:had been|was|were|originally|initially)\s+(?:\w+\s+)?(?:expected|planned|scheduled|due|set|meant)"
    r"\b[^,;]*$"
)


def _is_pack_name(view: View, start: int, end: int) -> bool:
    return any(m.start < end and m.end > start for m in view.mentions)


def parties_of(view: View, start: int, end: int, frame: tuple[int, int], venue: str | None) -> set[str]:
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


def heads_of(view: View, start: int, end: int) -> dict[str, str]:
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


TALK_WORDS = re.compile(
    r"\b(?:talks|negotiations|consultations|meetings?|round|session|delegation|led by|headed by"
    r"|working group)\b",
    re.IGNORECASE,
)

MEETING_VERB = re.compile(
    r"\b(?:met|meet|meets|meeting (?:with|between|of)|received|receives|receive|hosted|hosts|sat down with"
    r"|held talks|hold talks|holds talks|talks with|conversation|invited|visit)\b"
)

TALK_OR_MEETING = re.compile(TALK_WORDS.pattern + "|" + MEETING_VERB.pattern, re.IGNORECASE)
