"""The story pack: a TOML file that describes one negotiation as data.

A pack names the parties, people, institutions, issues (with cue phrases), venues, feeds and seed articles
of a story. `load_pack` validates it and fails with a `PackError` naming the file and the key; nothing about
a particular story is written in Python.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from monitor.errors import PackError, SeedError

BUNDLED_PACK = Path(__file__).resolve().parent.parent / "seeds" / "story.toml"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class StoryInfo(_Strict):
    id: str = Field(min_length=1)
    title: str = Field(min_length=1)
    language: str = "en"
    timezone: str = "UTC"
    keywords: tuple[str, ...] = ()


class Party(_Strict):
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    # The party that brokers the talks: "the two sides" among three parties named are the other two.
    mediator: bool = False


class Person(_Strict):
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    party: str | None = None
    role: str | None = None


class Institution(_Strict):
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    party: str


class Issue(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str = Field(min_length=1)
    cues: tuple[str, ...] = Field(min_length=1)
    # Cues with a shape rather than a wording, as regular expressions matched case-insensitively on word
    # edges ("500-for-500", "157 for 157": an exchange of so many for so many)
    cue_patterns: tuple[str, ...] = ()

    @field_validator("cue_patterns")
    @classmethod
    def _patterns_compile(cls, patterns: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as error:
                raise ValueError(f"cue pattern {pattern!r} is not a regular expression: {error}") from None
        return patterns

    # Settled between the two sides, not the mediator (a prisoner exchange): an agreement on it that names no
    # side ("a swap was agreed in Geneva", "the parties agreed an exchange") is the two sides'.
    between_sides: bool = False


class Venue(_Strict):
    name: str = Field(min_length=1)
    country: str | None = None
    aliases: tuple[str, ...] = ()


class FeedSpec(_Strict):
    url: str = Field(min_length=1)
    title: str | None = None
    interval_minutes: int | None = Field(default=None, ge=1)
    full_text: bool = True


class SeedSpec(_Strict):
    file: str = Field(min_length=1)
    published: date
    title: str | None = None
    url: str | None = None


class _PackModel(_Strict):
    story: StoryInfo
    parties: tuple[Party, ...] = Field(min_length=1)
    people: tuple[Person, ...] = ()
    institutions: tuple[Institution, ...] = ()
    issues: tuple[Issue, ...] = Field(min_length=1)
    venues: tuple[Venue, ...] = ()
    feeds: tuple[FeedSpec, ...] = ()
    seeds: tuple[SeedSpec, ...] = ()

    @field_validator("parties", "people", "institutions", "venues")
    @classmethod
    def _unique_names(cls, items: tuple[Party | Person | Institution | Venue, ...]) -> tuple[BaseModel, ...]:
        names = [item.name for item in items]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"duplicate name(s): {', '.join(duplicates)}")
        return items

    @model_validator(mode="after")
    def _references_exist(self) -> _PackModel:
        party_names = {p.name for p in self.parties}
        for i, person in enumerate(self.people):
            if person.party is not None and person.party not in party_names:
                raise ValueError(f"people[{i}].party: unknown party {person.party!r}")
        for i, inst in enumerate(self.institutions):
            if inst.party not in party_names:
                raise ValueError(f"institutions[{i}].party: unknown party {inst.party!r}")
        issue_ids = [issue.id for issue in self.issues]
        if len(set(issue_ids)) != len(issue_ids):
            raise ValueError("issues: duplicate id")
        return self


@dataclass(frozen=True)
class StoryPack:
    """A validated story pack and the folder its seed files live in."""

    path: Path
    story: StoryInfo
    parties: tuple[Party, ...]
    people: tuple[Person, ...]
    institutions: tuple[Institution, ...]
    issues: tuple[Issue, ...]
    venues: tuple[Venue, ...]
    feeds: tuple[FeedSpec, ...]
    seeds: tuple[SeedSpec, ...]

    @property
    def folder(self) -> Path:
        return self.path.parent

    def seed_path(self, seed: SeedSpec) -> Path:
        return self.folder / seed.file

    def read_seed(self, seed: SeedSpec) -> str:
        path = self.seed_path(seed)
        try:
            return path.read_text(encoding="utf-8")
        except OSError as exc:
            raise SeedError(f"{path}: cannot read seed article: {exc.strerror or exc}") from exc
        except UnicodeDecodeError as exc:
            raise SeedError(f"{path}: seed article is not UTF-8 (byte {exc.start})") from exc

    def party(self, name: str) -> Party | None:
        return self._parties_by_name.get(name)

    def person(self, name: str) -> Person | None:
        return self._people_by_name.get(name)

    def issue(self, issue_id: str) -> Issue | None:
        return next((i for i in self.issues if i.id == issue_id), None)

    @cached_property
    def _parties_by_name(self) -> dict[str, Party]:
        return {p.name: p for p in self.parties}

    @cached_property
    def _people_by_name(self) -> dict[str, Person]:
        return {p.name: p for p in self.people}

    @cached_property
    def known_people(self) -> frozenset[str]:
        return frozenset(self._people_by_name)


def load_pack(path: Path | str | None = None) -> StoryPack:
    """Read and validate a story pack; the bundled one when no path is given."""
    pack_path = Path(path) if path is not None else BUNDLED_PACK
    try:
        raw = pack_path.read_bytes()
    except OSError as exc:
        raise PackError(pack_path, "(file)", f"cannot read: {exc.strerror or exc}") from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise PackError(pack_path, "(file)", f"not UTF-8 (byte {exc.start})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise PackError(pack_path, "(syntax)", str(exc)) from exc
    try:
        model = _PackModel.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = "".join(_loc_part(p) for p in first["loc"]).lstrip(".") or "(root)"
        raise PackError(pack_path, key, first["msg"]) from exc
    pack = StoryPack(path=pack_path.resolve(), **{name: getattr(model, name) for name in _FIELDS})
    for i, seed in enumerate(pack.seeds):
        if not pack.seed_path(seed).is_file():
            raise PackError(pack_path, f"seeds[{i}].file", f"no such file: {pack.seed_path(seed)}")
    return pack


def pack_feeds(pack: StoryPack) -> list[tuple[str, str | None, bool, int | None]]:
    """The pack's feeds as sources: (url, title, full_text, poll_every_seconds)."""
    return [
        (f.url, f.title, f.full_text, f.interval_minutes * 60 if f.interval_minutes else None)
        for f in pack.feeds
    ]


_FIELDS = ("story", "parties", "people", "institutions", "issues", "venues", "feeds", "seeds")


def _loc_part(part: int | str) -> str:
    return f"[{part}]" if isinstance(part, int) else f".{part}"
