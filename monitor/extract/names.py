"""Find the story pack's names in text: parties, metonyms, people, institutions, venues and issue cues.

A `Matcher` is compiled once per pack and cached by the pack's identity. Surface forms are matched
case-sensitively (so "us" is never the United States) as whole words, longest form first ("the Russian
Foreign Ministry" wins over "Russian"). The alternation is built as a trie: Python's `re` tries alternatives
one by one, and a trie turns hundreds of aliases into a few character tests per position.
Issue cues are matched case-insensitively, as the pack documents.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from monitor.pack import StoryPack

EntityKind = Literal["party", "adjective", "person", "institution", "venue"]

# Nouns that name those who act for a party: "Russia's delegation demands" is a verb after them.
ACTOR_NOUNS = frozenset(
    [
        "official",
        "officials",
        "side",
        "sides",
        "delegation",
        "delegations",
        "government",
        "negotiator",
        "negotiators",
        "team",
        "leader",
        "leaders",
        "leadership",
        "authorities",
        "president",
        "envoy",
        "envoys",
        "diplomat",
        "diplomats",
        "administration",
        "ministry",
        "military",
        "command",
        "spokesman",
        "spokeswoman",
        "position",
        # "Kyiv's line has not changed since the autumn: it wants ...", "Moscow's stance"
        "stance",
        "line",
        "parliament",
        "minister",
        "ministers",
        "lawmakers",
        # "our American partners have offered ...", "the Russian counterparts", "the American mediators"
        "partners",
        "counterparts",
        "mediators",
    ]
)


@dataclass(frozen=True, slots=True)
class Entity:
    kind: EntityKind
    name: str  # canonical name
    party: str | None  # the party it belongs to (a party's own name for parties and adjectives)


class Mention:
    """A name found in a sentence; offsets are relative to the sentence.

    What a surface form means (its entities, its party, its first entity of each kind) is worked out once
    per pack, so a mention costs an object, not a search: rules ask `first` and `party` thousands of times.
    """

    __slots__ = ("start", "end", "surface", "entities", "party", "person", "venue", "_by_kind")

    def __init__(self, start: int, end: int, surface: str, meaning: Meaning) -> None:
        self.start = start
        self.end = end
        self.surface = surface
        self.entities = meaning.entities
        self.party = meaning.party
        # The two kinds rules ask for most, as plain attributes: `first("person")`, `first("venue")`.
        self.person = meaning.person
        self.venue = meaning.venue
        self._by_kind = meaning.by_kind

    def first(self, *kinds: EntityKind) -> Entity | None:
        """The first meaning of this mention of one of `kinds`, in the order the kinds are given."""
        by_kind = self._by_kind
        for kind in kinds:
            entity = by_kind.get(kind)
            if entity is not None:
                return entity
        return None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mention):
            return NotImplemented
        return (self.start, self.end, self.surface) == (other.start, other.end, other.surface)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.surface))

    def __repr__(self) -> str:
        return f"Mention({self.start}, {self.end}, {self.surface!r})"


@dataclass(frozen=True, slots=True)
class Meaning:
    """What one surface form names: its entities, its party, and the first entity of each kind."""

    entities: tuple[Entity, ...]
    party: str | None
    by_kind: dict[str, Entity]
    person: Entity | None
    venue: Entity | None

    @classmethod
    def of(cls, entities: tuple[Entity, ...]) -> Meaning:
        by_kind: dict[str, Entity] = {}
        for entity in entities:
            by_kind.setdefault(entity.kind, entity)
        party = next(
            (by_kind[k].party for k in ("person", "institution", "party", "adjective") if k in by_kind), None
        )
        return cls(entities, party, by_kind, by_kind.get("person"), by_kind.get("venue"))


class Cue:
    """An issue cue found in a sentence; offsets are relative to the sentence."""

    __slots__ = ("start", "end", "issues")

    def __init__(self, start: int, end: int, issues: tuple[str, ...]) -> None:
        self.start = start
        self.end = end
        self.issues = issues

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Cue):
            return NotImplemented
        return (self.start, self.end, self.issues) == (other.start, other.end, other.issues)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.issues))

    def __repr__(self) -> str:
        return f"Cue({self.start}, {self.end}, {self.issues!r})"


class Matcher:
    """Compiled name and cue patterns of one pack."""

    def __init__(self, pack: StoryPack) -> None:
        surfaces: dict[str, list[Entity]] = defaultdict(list)

        def add(surface: str, entity: Entity) -> None:
            for variant in _variants(surface):
                if entity not in surfaces[variant]:
                    surfaces[variant].append(entity)

        for party in pack.parties:
            add(party.name, Entity("party", party.name, party.name))
            for alias in party.aliases:
                add(alias, Entity("party", party.name, party.name))
            for adjective in party.adjectives:
                add(adjective, Entity("adjective", party.name, party.name))
        for person in pack.people:
            for alias in (person.name, *person.aliases):
                add(alias, Entity("person", person.name, person.party))
        person_forms = {
            alias: (person.name, *person.aliases) for person in pack.people for alias in person.aliases
        }
        for inst in pack.institutions:
            for alias in (inst.name, *inst.aliases):
                add(alias, Entity("institution", inst.name, inst.party))
                # "Zelensky's office" is also "Volodymyr Zelensky's office": the person's every name
                owner, apostrophe, rest = alias.partition("'s ")
                for form in person_forms.get(owner, ()) if apostrophe else ():
                    add(f"{form}'s {rest}", Entity("institution", inst.name, inst.party))
        for venue in pack.venues:
            for alias in (venue.name, *venue.aliases):
                add(alias, Entity("venue", venue.name, None))
        self.surfaces: dict[str, tuple[Entity, ...]] = {k: tuple(v) for k, v in surfaces.items()}
        self._meanings = {surface: Meaning.of(entities) for surface, entities in self.surfaces.items()}
        # Without a look-behind at its head, `re` skips ahead to the letters a name can start with; the
        # word boundary before a name is checked on the matches instead (`_names_in`).
        self._names = re.compile(r"(?:" + trie_pattern(self.surfaces) + r")(?!\w)")

        cues: dict[str, list[str]] = defaultdict(list)
        for issue in pack.issues:
            for cue in issue.cues:
                if issue.id not in cues[cue.lower()]:
                    cues[cue.lower()].append(issue.id)
        self.cues: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in cues.items()}
        # Cues with a shape (pack `cue_patterns`): each pattern with the issues it names
        self._shaped = tuple(
            # (no look-behind at the head: `re` then skips to where the pattern can start; the word edge
            # before a match is checked on the matches, `_word_edged`)
            (re.compile(r"(?:" + pattern + r")(?!\w)", re.IGNORECASE), (issue.id,))
            for issue in pack.issues
            for pattern in issue.cue_patterns
        )
        cue_pattern = r"(?<!\w)(?:" + trie_pattern(self.cues) + r")(?!\w)"
        self._cues = re.compile(cue_pattern, re.IGNORECASE)
        # On text already in lower case the same trie runs without IGNORECASE, about twice as fast.
        self._lower_cues = re.compile(cue_pattern)
        # ... and faster still from the non-word character before each cue: a pattern that opens with the
        # look-behind has `re` try it at every place of the text, one that opens with `\W` skips at C speed
        # to the next space or mark (`_cues_after`). Exact when every cue starts and ends with a word
        # character: then a cue at the very end of the last one is impossible, so taking the character
        # before a cue takes none that `_lower_cues` could have started a cue at.
        firsts = "".join(sorted({re.escape(cue[0]) for cue in self.cues}))
        word_edged = all(_WORD_CHAR.match(cue[0]) and _WORD_CHAR.match(cue[-1]) for cue in self.cues)
        self._lower_cues_after = (
            re.compile(r"\W(?=[" + firsts + "])(?:" + trie_pattern(self.cues) + r")(?!\w)")
            if word_edged and self.cues
            else None
        )

        # Metonyms that are cities ("Kyiv", "Washington"): a place where talks can be held.
        self.party_cities = frozenset(
            alias for party in pack.parties for alias in party.aliases if _is_city_like(alias, party.name)
        )
        self.party_names = tuple(p.name for p in pack.parties)
        self.mediators = frozenset(p.name for p in pack.parties if p.mediator)
        # "the Russian capital": a party's first city-like metonym, as the pack venue that names it if any.
        venue_of_alias = {alias: v.name for v in pack.venues for alias in (v.name, *v.aliases)}
        self.capitals = {
            party.name: venue_of_alias.get(city, city)
            for party in pack.parties
            for city in [next((a for a in party.aliases if _is_city_like(a, party.name)), None)]
            if city is not None
        }
        self.people = {p.name: p for p in pack.people}
        # The story's main sides: the three parties with the most people in the pack (a tie goes to the party
        # the pack lists first, so that the sides do not hang on the order its people are listed in).
        people = Counter(p.party for p in self.people.values() if p.party)
        order = {name: i for i, name in enumerate(self.party_names)}
        ranked = sorted(people, key=lambda party: (-people[party], order.get(party, len(order))))
        self.main_parties = frozenset(ranked[:3])
        # The two sides of the conflict: the main sides but the mediator, in the pack's order; and the issues
        # they settle between themselves (`between_sides`)
        self.two_sides = tuple(
            p for p in self.party_names if p in self.main_parties and p not in self.mediators
        )
        self.between_sides_issues = frozenset(i.id for i in pack.issues if i.between_sides)
        # "the Swiss city" after Davos is Davos: a place described by its country
        self.venue_countries = {v.name: v.country for v in pack.venues}

    def mentions(self, text: str) -> list[Mention]:
        meanings = self._meanings
        return [Mention(m.start(), m.end(), m.group(), meanings[m.group()]) for m in self._names_in(text)]

    def _names_in(self, text: str) -> Iterator[re.Match[str]]:
        """Matches of the names pattern that start a word (not after a letter, digit, "_" or ".")."""
        search = self._names.search
        pos = 0
        while True:
            match = search(text, pos)
            if match is None:
                return
            start = match.start()
            if start and (text[start - 1].isalnum() or text[start - 1] in "_."):
                pos = start + 1  # inside a word ("UNESCO"): a name may still start further on
                continue
            yield match
            pos = match.end()

    def cues_in(self, text: str) -> list[Cue]:
        found = [Cue(m.start(), m.end(), self.cues[m.group().lower()]) for m in self._cues.finditer(text)]
        return self._with_shaped(text, found) if self._shaped else found

    def _with_shaped(self, text: str, found: list[Cue]) -> list[Cue]:
        """`found` and the cues of the pack's patterns in `text`, in text order; a shaped cue inside a worded
        one gives way to it."""
        shaped = [
            Cue(m.start(), m.end(), issues)
            for pattern, issues in self._shaped
            for m in pattern.finditer(text)
            if _word_edged(text, m.start()) and _apart(found, m.start(), m.end())
        ]
        return sorted([*found, *shaped], key=lambda c: c.start) if shaped else found

    def scan(
        self, text: str, lower: str, spans: list[tuple[int, int]]
    ) -> tuple[list[list[Mention]], list[list[Cue]]]:
        """The mentions and cues of each span (sentence) of `text`, offsets relative to the span, from one
        pass of each pattern over the whole text; `lower` is `text.lower()`. Names cut by a span's edge, and
        names outside every span (headlines, datelines), are left out."""
        return self.scan_names(text, spans), self.scan_cues(text, lower, spans)

    def scan_names(self, text: str, spans: list[tuple[int, int]]) -> list[list[Mention]]:
        """The mentions of each span of `text`, as `scan` gives them."""
        meanings = self._meanings
        mentions: list[list[Mention]] = [[] for _ in spans]
        count = len(spans)
        # Matches and spans both come in text order: walk them side by side.
        i = 0
        for match in self._names_in(text):
            start, end = match.span()
            while i < count and spans[i][1] < end:
                i += 1
            if i == count:
                break
            offset = spans[i][0]
            if start >= offset:
                surface = match.group()
                mentions[i].append(Mention(start - offset, end - offset, surface, meanings[surface]))
        return mentions

    def scan_cues(self, text: str, lower: str, spans: list[tuple[int, int]]) -> list[list[Cue]]:
        """The issue cues of each span of `text`, as `scan` gives them; `lower` is `text.lower()`."""
        cue_issues = self.cues
        cues: list[list[Cue]] = [[] for _ in spans]
        count = len(spans)
        same_length = len(lower) == len(text)  # lower() can lengthen a few letters ("İ"); then per span
        found: Iterator[tuple[int, int]]
        if same_length and self._lower_cues_after is not None:
            # found from the character before each cue, in the text behind one space (so that a cue at the
            # start has one too): the match's place in the padded text is the cue's, one character on
            source = lower
            found = ((m.start(), m.end() - 1) for m in self._lower_cues_after.finditer(" " + lower))
        else:
            pattern, source = (self._lower_cues, lower) if same_length else (self._cues, text)
            found = (m.span() for m in pattern.finditer(source))
        i = 0
        for start, end in found:
            while i < count and spans[i][1] < end:
                i += 1
            if i == count:
                break
            offset = spans[i][0]
            if start >= offset:
                cues[i].append(Cue(start - offset, end - offset, cue_issues[source[start:end].lower()]))
        for pattern, issues in self._shaped:
            # (one pass of each pattern over the whole text; most articles hold no shaped cue)
            for match in pattern.finditer(text):
                if not _word_edged(text, match.start()):
                    continue
                n = bisect_right(spans, (match.start(), len(text))) - 1
                if n < 0 or match.end() > spans[n][1]:
                    continue  # (outside every span: a headline, a dateline)
                lo = spans[n][0]
                start, end = match.start() - lo, match.end() - lo
                if _apart(cues[n], start, end):
                    cues[n] = sorted([*cues[n], Cue(start, end, issues)], key=lambda c: c.start)
        return cues


_WORD_CHAR = re.compile(r"\w")


def _apart(found: list[Cue], start: int, end: int) -> bool:
    """Does a shaped cue at `start`-`end` overlap none of the cues `found` (a worded cue wins)?"""
    return not any(c.start <= start < c.end or start <= c.start < end for c in found)


def _word_edged(text: str, start: int) -> bool:
    """Does a match at `start` begin a word (not after a letter, digit or "_")?"""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_")


def _variants(surface: str) -> list[str]:
    forms = [surface]
    if surface.startswith("the "):
        forms.append("The " + surface[4:])
    for form in list(forms):
        if "'" in form:
            forms.append(form.replace("'", "’"))
    return forms


def _is_city_like(alias: str, canonical: str) -> bool:
    return alias != canonical and " " not in alias and alias[:1].isupper() and not alias.isupper()


def trie_pattern(words: object) -> str:
    """A regex alternation of `words` (an iterable of strings) as a trie, longest match preferred."""
    trie: dict[str, dict] = {}
    for word in words:  # type: ignore[attr-defined]
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_to_regex(trie)


def _trie_to_regex(node: dict[str, dict]) -> str:
    ends_here = "" in node
    branches = [re.escape(char) + _trie_to_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        # "(?:body|)" and "(?:body)?" match alike (the body first, then nothing), but `re` runs a group
        # repeated by "?" through its slow general repeat; an alternative with an empty branch is a plain
        # branch (a third faster on the status cues).
        return "(?:" + body + "|)"
    return body


_CACHE: dict[int, tuple[weakref.ref[StoryPack], Matcher]] = {}


def matcher_for(pack: StoryPack) -> Matcher:
    """The pack's matcher, built on first use and kept while the pack lives."""
    cached = _CACHE.get(id(pack))
    if cached is not None and cached[0]() is pack:
        return cached[1]
    matcher = Matcher(pack)
    key = id(pack)
    _CACHE[key] = (weakref.ref(pack, lambda _ref: _CACHE.pop(key, None)), matcher)
    return matcher
