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
from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from monitor.pack import StoryPack

EntityKind = Literal["party", "adjective", "person", "institution", "venue"]


@dataclass(frozen=True, slots=True)
class Entity:
    kind: EntityKind
    name: str  # canonical name
    party: str | None  # the party it belongs to (a party's own name for parties and adjectives)


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in a sentence; offsets are relative to the sentence."""

    start: int
    end: int
    surface: str
    entities: tuple[Entity, ...]

    def first(self, *kinds: EntityKind) -> Entity | None:
        """The first meaning of this mention of one of `kinds`, in the order the kinds are given."""
        for kind in kinds:
            for entity in self.entities:
                if entity.kind == kind:
                    return entity
        return None

    @property
    def party(self) -> str | None:
        for kind in ("person", "institution", "party", "adjective"):
            entity = self.first(kind)  # type: ignore[arg-type]
            if entity is not None:
                return entity.party
        return None


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    issues: tuple[str, ...]


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
        for inst in pack.institutions:
            for alias in (inst.name, *inst.aliases):
                add(alias, Entity("institution", inst.name, inst.party))
        for venue in pack.venues:
            for alias in (venue.name, *venue.aliases):
                add(alias, Entity("venue", venue.name, None))
        self.surfaces: dict[str, tuple[Entity, ...]] = {k: tuple(v) for k, v in surfaces.items()}
        self._names = re.compile(r"(?<![\w.])(?:" + trie_pattern(self.surfaces) + r")(?!\w)")

        cues: dict[str, list[str]] = defaultdict(list)
        for issue in pack.issues:
            for cue in issue.cues:
                if issue.id not in cues[cue.lower()]:
                    cues[cue.lower()].append(issue.id)
        self.cues: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in cues.items()}
        self._cues = re.compile(r"(?<!\w)(?:" + trie_pattern(self.cues) + r")(?!\w)", re.IGNORECASE)

        # Metonyms that are cities ("Kyiv", "Washington"): a place where talks can be held.
        self.party_cities = frozenset(
            alias for party in pack.parties for alias in party.aliases if _is_city_like(alias, party.name)
        )
        self.party_names = tuple(p.name for p in pack.parties)
        self.people = {p.name: p for p in pack.people}

    def mentions(self, text: str) -> list[Mention]:
        return [
            Mention(m.start(), m.end(), m.group(), self.surfaces[m.group()])
            for m in self._names.finditer(text)
        ]

    def cues_in(self, text: str) -> list[Cue]:
        return [Cue(m.start(), m.end(), self.cues[m.group().lower()]) for m in self._cues.finditer(text)]


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
        return "(?:" + body + ")?"
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
