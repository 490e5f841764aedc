"""Who takes part in a round and what they agreed, from a stretch of a sentence about it: parties, people,
delegation heads and outcomes.

Pure helpers of `round_mentions`. The speaker of the sentence is no party to the meeting ("..., Peskov
said"); a party named as absent is none either ("without the Americans", "Russia was not represented").
Heads come from "led by", "headed by", "head of the delegation", "who led the Russian side", and "on the
American side by Witkoff"; "led by Witkoff and Dmitriev" gives each his own party. Outcomes are kept in
the article's words ("agreed to restore military contacts"), but not a plan for a round ("proposed holding
the next round in Miami").
"""

from __future__ import annotations

import re

from monitor.extract.context import View
from monitor.extract.literal_first import any_word_start
from monitor.extract.names import Mention
from monitor.extract.pattern_dispatch import first_char_dispatch

# "without the Americans", "no Russian officials were invited"
_WITHOUT = re.compile(r"\b(?:without|no)\s+(?:the\s+)?$")
_FROM = re.compile(r"\bfrom\s+(?:\w+\s+and\s+)?$")
_ABSENT = re.compile(
    r"\s+(?:was|were|is|are)\s+not\s+(?:represented|present|invited|at the table)"
    r"|\s+did\s+not\s+(?:take part|attend|join)|\s+stayed\s+away"
    # "after the Americans had left the room": a side gone from the room is not at what followed there
    r"|\s+(?:had\s+)?(?:left|walked out of)\s+the\s+(?:room|table|hall)\b"
)
# "led by X", "on the American side by Witkoff", "and Ukraine's by Umerov", "and the Ukrainian one by Umerov"
_HEAD_BY = re.compile(r"(?:\b(?:headed|led|chaired|fronted)\s+by|\bside\s+by|(?:’s|'s|\bone)\s+by)\s+")
_HEAD_OF = re.compile(
    r"\b(?:head|leader|chief)\s+of\s+(?:the\s+|its\s+)?(?P<side>[\w’'.-]+\s+)?(?:negotiating\s+)?"
    r"(?:delegation|team|negotiators)\b"
)
_HEAD_VERB = re.compile(
    r"\b(?:led|leads|will lead|heads|headed|leading|heading)\s+(?:the\s+)?(?P<side>[\w’'.-]+\s+)?"
    r"(?:negotiating\s+)?(?:delegation|team|negotiators|side)\b"
)
_MEDIA = re.compile(
    r"\s+(?:state\s+|state-run\s+|state-owned\s+)?(?:media|press|television|TV|news\s+agenc(?:y|ies)"
    r"|newspapers?|broadcasters?|outlets?)\b"
)
_AND_PERSON = re.compile(r"\s+and\s+")
_ISSUE_NOUN_AFTER = re.compile(
    r"\s+(?:security\s+guarantees|guarantees|proposals?|plans?|offers?|strikes|drones|missiles|troops|forces"
    r"|sanctions|demands?)\b"
)
_TIME_BEFORE = re.compile(r"\b(?:before|after|ahead\s+of|since|following)\s+(?:(?:the|a|an)\s+)?$")
_EVENT_AFTER = re.compile(r"\s+(?:meeting|talks|visit|summit|session|round)\b")
_REGION_OF = re.compile(
    r"\b(?:eastern|western|southern|northern|central|south-eastern|southeastern|north-eastern|northeastern"
    r"|occupied|maps?\s+of|across)\s+$",
    re.IGNORECASE,
)
_AT_HEAD = re.compile(r"\bat\s+(?:its|their|the)\s+head\b(?!\s+of)")
_WITH_LIST = re.compile(r"\bwith\s+$")
_NAME_AFTER_TITLE = re.compile(r"(?:[A-Z][a-z]*\.?\s+)*?([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})")
# Before "who", or after an apposition ("Umerov, the secretary of the council, leading the Ukrainian side",
# "Budanov, the head of the presidential office, at the head of the delegation"), the person is further back.
_WHO = re.compile(r",?\s+who\s+$|,\s+(?:at\s+the\s+)?$")


def sides_in(
    view: View, start: int, end: int, frame: tuple[int, int], venue: str | None
) -> tuple[set[str], set[str]]:
    """The parties present in `view.text[start:end]` (as `parties_of`, less the absent ones) and the pack's
    people named there, in one pass over the names."""
    text = view.text
    parties: set[str] = set()
    absent: set[str] = set()
    persons: set[str] = set()
    last_end = -2
    for mention in view.mentions_between(start, end):
        person = mention.person
        if person is not None:
            persons.add(person.name)
            if frame[0] <= mention.start < frame[1]:
                continue  # the speaker of the sentence is not a party to the meeting
        named_after = last_end == mention.start - 1 and person is None
        last_end = mention.end if mention.party else -2
        if named_after and text[mention.start - 1] == " " and mention.first("adjective") is not None:
            continue  # "U.S. European Command": an adjective in the name of the other side's body, no side
        place = mention.venue
        party = mention.party
        if party is None or (
            venue is not None
            and place is not None
            and place.name == venue
            and not _FROM.search(text, max(0, mention.start - 30), mention.start)
        ):
            continue  # the place of the talks, not a side; but "envoys from Washington and Moscow" are sides
        if (
            person is None
            and _ISSUE_NOUN_AFTER.match(text, mention.end)
            and mention.first("adjective") is not None
        ):
            continue  # "the document on American security guarantees": a side's offer named, not the side
        if (
            person is None
            and _EVENT_AFTER.match(text, mention.end)
            and _TIME_BEFORE.search(text, max(0, mention.start - 24), mention.start)
        ):
            continue  # "hours before the Kremlin meeting, Trump and Zelensky met": another event's side
        if person is None and _REGION_OF.search(text, max(0, mention.start - 24), mention.start):
            continue  # "going over maps of eastern Ukraine": a land named, not a side at the table
        if person is None and _MEDIA.match(text, mention.end):
            continue  # "remarks carried by Russian state media": who reported the talks, not a side to them
        parties.add(party)
        if _WITHOUT.search(text, max(0, mention.start - 14), mention.start) or _ABSENT.match(
            text, mention.end
        ):
            absent.add(party)
    return parties - absent, persons


def heads_of(view: View, start: int, end: int) -> dict[str, str]:
    """Heads of delegation named in `view.text[start:end]`, by party."""
    text = view.text
    heads: dict[str, str] = {}
    low = text[start:end].lower()
    by = " by " in low
    for match in _HEAD_BY.finditer(text, start, end) if by else ():
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
    of = any(map(low.__contains__, ("head of", "leader of", "chief of")))
    for match in _HEAD_OF.finditer(text, start, end) if of else ():
        side = _side_in(view, match.start(), match.end())
        found = _person_before(view, match.start()) or _person_at(view, match.end())
        if found is not None:
            _put(heads, side or found[1], found[0])
    if " head" in low:
        for match in _AT_HEAD.finditer(text, start, end):
            # "with Dmitriev and Witkoff at its head": each leads his own side
            for member, party in _people_before(view, match.start()):
                _put(heads, party, member)
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
        person = mention.person
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
    person = mention.person if mention is not None else None
    return (person.name, person.party) if person is not None else None


def _people_before(view: View, pos: int) -> list[tuple[str, str | None]]:
    """The people named in "with A and B" just before `pos`."""
    people: list[tuple[str, str | None]] = []
    for mention in reversed(view.mentions):
        if mention.end > pos:
            continue
        gap = view.text[mention.end : pos] if not people else ""
        if mention.person is None or (not people and gap.strip()):
            break
        people.insert(0, (mention.person.name, mention.person.party))
        before = view.text[max(0, mention.start - 6) : mention.start]
        if _WITH_LIST.search(before):
            return people
        if not before.endswith((" and ", ", ")):
            break
    return []


def _person_before(view: View, pos: int) -> tuple[str, str | None] | None:
    """The person just before `pos`; before "who" ("Kostyukov, the head of ..., who led the Russian side"),
    the last person named before the relative clause."""
    reach = 120 if _WHO.search(view.text, max(0, pos - 8), pos) else 20
    for mention in reversed(view.mentions):
        if mention.end <= pos and pos - mention.end <= reach:
            person = mention.person
            if person is not None:
                return person.name, person.party
            if reach == 20:
                return None
    return None


def _side_before(view: View, pos: int) -> str | None:
    """The party of "the Russian delegation" / "Ukraine's team" just before "headed by"."""
    side: Mention | None = None
    for mention in view.mentions_between(max(0, pos - 45), pos):
        if mention.party and not mention.person:
            side = mention
    return side.party if side else None


def _side_in(view: View, start: int, end: int) -> str | None:
    for mention in view.mentions_between(start, end):
        if mention.party and not mention.person:
            return mention.party
    return None


_OUTCOME = re.compile(
    r"\b(?:agree(?:d|ing)\s+(?:to|on)|reached\s+(?:an?\s+)?agreement\s+on|agreement\s+on"
    r"|restored?|restoring|re-?established|resumed?|proposed|put\s+forward|exchanged|swapped)"
    r"\s+[^.;,:“”\"]{3,80}"
)
_OUTCOME_WORDS = 10
OUTCOME_CUES = (
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
_NAMES_A_ROUND = re.compile(r"\b(?:round|meeting|meet|talks|session)\b")


def outcomes_in(text: str, start: int, end: int) -> list[str]:
    """What the words say the sides agreed, exchanged, restored or proposed, in their own words."""
    low = text[start:end].lower()
    for cue in OUTCOME_CUES:  # a loop of `in` tests: a quarter faster than any(map(...))
        if cue in low:
            break
    else:
        return []
    # "proposed holding the next round in Miami" is a plan for a round, not what one achieved.
    return [
        _short(m.group()) for m in _OUTCOME.finditer(text, start, end) if not _NAMES_A_ROUND.search(m.group())
    ]


def _short(phrase: str) -> str:
    return " ".join(phrase.split()[:_OUTCOME_WORDS]).rstrip(" ,")


def foreign_talks(view: View, start: int, end: int) -> bool:
    """Do the words name talks of a nation the pack does not know as a side ("Iranian and American
    negotiators held a new round", "talks with Iran", "on Tehran's nuclear programme")? A nation the pack
    knows is a mention of it, and no foreign side."""
    if not _FOREIGN_CUES.search(view.text, start, end):
        return False
    text = view.text
    for match in _FOREIGN_SIDE.finditer(text, start, end):
        nation = next(match.start(g) for g in ("nation", "second", "pair", "party") if match.group(g))
        if view.mention_starting_at(nation) is None:
            return True
    # "US and Iran end third round": a side of the pack paired with a nation it does not know
    for match in _FOREIGN_CUES.finditer(text, start, end):
        if view.mention_starting_at(match.start()) is not None:
            continue
        before = _AND_BEFORE.search(text, max(0, match.start() - 8), match.start())
        after = _AND_AFTER.match(text, match.end())
        if (before is not None and view.mention_ending_at(before.start()) is not None) or (
            after is not None and view.mention_starting_at(after.end()) is not None
        ):
            return True
    return False


_AND_BEFORE = re.compile(r"\s+and\s+$")
_AND_AFTER = re.compile(r"\s+and\s+(?:the\s+)?")


_NATIONS = (
    "Iran|Iranian|Tehran|Israel|Israeli|Palestinian|Hamas|Hezbollah|Syria|Syrian|Lebanon|Lebanese|Iraq|Iraqi"
    "|Saudi|Qatar|Qatari|Egypt|Egyptian|Yemen|Yemeni|Houthi|China|Chinese|Beijing|India|Indian|Pakistan"
    "|Pakistani|Afghan|Taliban|Armenia|Armenian|Azerbaijan|Azerbaijani|Georgia|Georgian|Venezuela|Venezuelan"
    "|Cuba|Cuban|North Korea|North Korean|Pyongyang|South Korea|South Korean|Japan|Japanese|Taiwan|Taiwanese"
    "|Sudan|Sudanese|Ethiopia|Ethiopian|Congo|Congolese|Rwanda|Rwandan|Serbia|Serbian|Kosovo|Belarus"
    "|Belarusian|Moldova|Moldovan"
    # European governments that are no side of these talks: "after talks with Lithuania's president"
    "|Lithuania|Lithuanian|Latvia|Latvian|Estonia|Estonian|Poland|Polish|Finland|Finnish|Hungary|Hungarian"
    "|Slovakia|Slovak|Romania|Romanian|Czech|France|French|Germany|German|Britain|British|Italy|Italian"
    "|Spain|Spanish|Norway|Norwegian|Sweden|Swedish|Denmark|Danish|Netherlands|Dutch|Austria|Austrian"
)
# `\b(?:Iran|Iranian|...)\b` with each name literal first: a pattern that opens with capitals lets `re` skip
# in C to the few capitals of a sentence (8 -> 3 us a search)
_FOREIGN_CUES = re.compile(any_word_start(*(re.escape(n) for n in _NATIONS.split("|"))) + r"\b")
_SIDE_NOUNS = r"(?:negotiators|delegations?|diplomats|envoys|counterparts?|side|team|nuclear)"
_FOREIGN_SIDE = re.compile(
    # "Iranian and American negotiators", "Iran's nuclear programme", "the Israeli delegation"
    rf"\b(?P<nation>{_NATIONS})(?:['’]s)?\s+(?:and\s+(?:the\s+)?[\w.]+\s+)?{_SIDE_NOUNS}\b"
    # "American and Iranian negotiators"
    rf"|\b[\w.]+\s+and\s+(?P<second>{_NATIONS})\s+{_SIDE_NOUNS}\b"
    # "Armenian and Azerbaijani officials": two nations the pack does not know, side by side
    rf"|\b(?P<pair>{_NATIONS})\s+and\s+(?:{_NATIONS})\s+(?:officials|leaders|ministers|foreign ministers)\b"
    # "talks with Iran", "negotiations between Israel and Hamas"
    rf"|\b(?:talks|negotiations|round|meeting)\s+(?:[\w-]+\s+){{0,3}}?(?:with|between)\s+(?:the\s+|his\s+|her\s+)?"
    rf"(?P<party>{_NATIONS})\b"
)


# Searched in every clause that names a head: dispatched on their first character (the same matches, faster)
_HEAD_BY_SOURCE, _HEAD_VERB_SOURCE = _HEAD_BY, _HEAD_VERB
_HEAD_BY = first_char_dispatch(_HEAD_BY_SOURCE)
_HEAD_VERB = first_char_dispatch(_HEAD_VERB_SOURCE)
