"""Who takes part in a round, from a stretch of a sentence about it: parties, people and delegation heads.

Pure helpers of `round_mentions`. The speaker of the sentence is no party to the meeting ("..., Peskov
said"); a party named as absent is none either ("without the Americans", "Russia was not represented").
Heads come from "led by", "headed by", "head of the delegation", "who led the Russian side", and "on the
American side by Witkoff"; "led by Witkoff and Dmitriev" gives each his own party.
"""

from __future__ import annotations

import re

from monitor.extract.context import View
from monitor.extract.names import Mention

_WITHOUT = re.compile(r"\bwithout\s+(?:the\s+)?$")
_ABSENT = re.compile(
    r"\s+(?:was|were|is|are)\s+not\s+(?:represented|present|invited|at the table)"
    r"|\s+did\s+not\s+(?:take part|attend|join)|\s+stayed\s+away"
)
_HEAD_BY = re.compile(r"\b(?:(?:headed|led|chaired|fronted)\s+by|side\s+by)\s+")
_HEAD_OF = re.compile(
    r"\b(?:head|leader|chief)\s+of\s+(?:the\s+|its\s+)?(?P<side>[\w’'.-]+\s+)?(?:negotiating\s+)?"
    r"(?:delegation|team|negotiators)\b"
)
_HEAD_VERB = re.compile(
    r"\b(?:led|leads|will lead|heads|headed|is leading|was leading)\s+(?:the\s+)?(?P<side>[\w’'.-]+\s+)?"
    r"(?:negotiating\s+)?(?:delegation|team|negotiators|side)\b"
)
_AND_PERSON = re.compile(r"\s+and\s+")
_NAME_AFTER_TITLE = re.compile(r"(?:[A-Z][a-z]*\.?\s+)*?([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})")
_WHO = re.compile(r",?\s+who\s+$")


def parties_of(view: View, start: int, end: int, frame: tuple[int, int], venue: str | None) -> set[str]:
    """The parties named in `view.text[start:end]`, but not the speaker nor the place of the talks."""
    parties: set[str] = set()
    for mention in view.mentions_between(start, end):
        if frame[0] <= mention.start < frame[1] and mention.first("person"):
            continue  # the speaker of the sentence is not a party to the meeting
        place = mention.first("venue")
        if venue is not None and place is not None and place.name == venue:
            continue
        if mention.party is not None:
            parties.add(mention.party)
    return parties


def excluded_parties(view: View, start: int, end: int) -> set[str]:
    """Parties named as absent: "without the Americans", "Russia was not represented"."""
    text = view.text
    absent: set[str] = set()
    for mention in view.mentions_between(start, end):
        if mention.party is None:
            continue
        if _WITHOUT.search(text, max(0, mention.start - 14), mention.start) or _ABSENT.match(
            text, mention.end
        ):
            absent.add(mention.party)
    return absent


def persons_in(view: View, start: int, end: int) -> set[str]:
    return {p.name for m in view.mentions_between(start, end) if (p := m.first("person")) is not None}


def heads_of(view: View, start: int, end: int) -> dict[str, str]:
    """Heads of delegation named in `view.text[start:end]`, by party."""
    text = view.text
    heads: dict[str, str] = {}
    for match in _HEAD_BY.finditer(text, start, end):
        person = _person_at(view, match.end())
        if person is None:
            continue
        second = _second_person(view, person[2])
        if second is not None and second[1] != person[1]:
            _put(heads, person[1], person[0])  # "led by Witkoff and Dmitriev": each leads his own side
            _put(heads, second[1], second[0])
            continue
        side = _side_before(view, match.start())
        _put(heads, side or person[1], person[0])
    for match in _HEAD_OF.finditer(text, start, end):
        side = _side_in(view, match.start(), match.end())
        found = _person_before(view, match.start()) or _person_at(view, match.end())
        if found is not None:
            _put(heads, side or found[1], found[0])
    for match in _HEAD_VERB.finditer(text, start, end):
        found = _person_before(view, match.start())
        if found is not None:
            _put(heads, _side_in(view, match.start(), match.end()) or found[1], found[0])
    return heads


def _put(heads: dict[str, str], party: str | None, person: str) -> None:
    if party is not None:
        heads.setdefault(party, person)


def _person_at(view: View, pos: int) -> tuple[str, str | None, int] | None:
    """The person named at `pos` and where the name ends, perhaps after a title or an apposition ("led by
    Adm. Igor Kostyukov", "headed by the chief of the General Staff, Igor Kostyukov")."""
    for mention in view.mentions:
        if mention.start < pos or mention.start - pos > 90:
            continue
        between = view.text[pos : mention.start]
        person = mention.first("person")
        if person is not None and ";" not in between and (len(between) <= 30 or "," in between):
            return person.name, person.party, mention.end
        if person is not None or mention.first("party", "adjective") is None:
            break
    name = _NAME_AFTER_TITLE.match(view.text, pos)
    if name is not None:
        return name.group(1), None, name.end()
    return None


def _second_person(view: View, pos: int) -> tuple[str, str | None] | None:
    joined = _AND_PERSON.match(view.text, pos)
    if joined is None:
        return None
    mention = view.mention_starting_at(joined.end())
    person = mention.first("person") if mention is not None else None
    return (person.name, person.party) if person is not None else None


def _person_before(view: View, pos: int) -> tuple[str, str | None] | None:
    """The person just before `pos`; before "who" ("Kostyukov, the head of ..., who led the Russian side"),
    the last person named before the relative clause."""
    reach = 120 if _WHO.search(view.text, max(0, pos - 8), pos) else 20
    for mention in reversed(view.mentions):
        if mention.end <= pos and pos - mention.end <= reach:
            person = mention.first("person")
            if person is not None:
                return person.name, person.party
            if reach == 20:
                return None
    return None


def _side_before(view: View, pos: int) -> str | None:
    """The party of "the Russian delegation" / "Ukraine's team" just before "headed by"."""
    side: Mention | None = None
    for mention in view.mentions_between(max(0, pos - 45), pos):
        if mention.party and not mention.first("person"):
            side = mention
    return side.party if side else None


def _side_in(view: View, start: int, end: int) -> str | None:
    for mention in view.mentions_between(start, end):
        if mention.party and not mention.first("person"):
            return mention.party
    return None
