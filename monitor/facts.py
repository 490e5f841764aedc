"""Plain facts: what extraction yields from one article, before storage or diffing.

Facts are frozen values with no I/O. Parties and people are named by their canonical names from the story
pack ("Russia", "Dmitry Peskov"); a speaker not in the pack keeps the name the article gives. Every fact
carries the evidence it was read from. `key()` is a versioned hash of a fact's identifying fields: the same
fact read twice (another outlet, a re-run) has the same key, which makes storage idempotent and lets the
differ count corroborations.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import MISSING, dataclass, field
from datetime import date, datetime
from typing import Any, Literal, TypeVar

_Class = TypeVar("_Class", bound=type)


def stored_directly(cls: _Class) -> _Class:
    """Give a frozen dataclass an `__init__` that stores its fields directly: the one `dataclass` writes
    sets each field through `object.__setattr__` (a global, an attribute and a call for each field), since
    the class's own `__setattr__` refuses. This one writes them into the instance's dict, or through the
    slots' own descriptors for a class with slots (which the frozen `__setattr__` never stood in front of).

    The same values land in the same places, with the same parameters in the same order and the same
    defaults: equality, hashing, `repr`, `replace` and immutability are those of the dataclass. Extraction
    builds several of these for every fact, sentence and date, and the direct stores cost half as much.
    """
    params = getattr(cls, "__dataclass_params__", None)
    assert params is not None and params.frozen and params.init, cls
    fields = dataclasses.fields(cls)
    # none of what the generated `__init__` would do besides storing: no factory, no field left out of
    # it, no `__post_init__`, no `InitVar`
    assert all(f.init and f.default_factory is MISSING for f in fields), cls
    assert not hasattr(cls, "__post_init__") and len(fields) == len(cls.__dataclass_fields__), cls
    names = [f.name for f in fields]
    env = {f"_default_{f.name}": f.default for f in fields if f.default is not MISSING}
    if "__slots__" in cls.__dict__:
        env |= {f"_set_{name}": cls.__dict__[name].__set__ for name in names}
        body = [f"_set_{name}(self, {name})" for name in names]
    else:
        body = ["stored = self.__dict__", *(f"stored[{name!r}] = {name}" for name in names)]
    args = [f.name if f.default is MISSING else f"{f.name}=_default_{f.name}" for f in fields]
    source = (
        f"def make({', '.join(env)}):\n"
        f"    def __init__(self, {', '.join(args)}):\n"
        + "".join(f"        {line}\n" for line in body)
        + "    return __init__\n"
    )
    namespace: dict[str, Any] = {}
    exec(source, {}, namespace)  # noqa: S102 (made of the class's own field names, as `dataclass` does)
    init = namespace["make"](**env)
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init  # type: ignore[misc]
    return cls


FACT_KEY_VERSION = 1

RoundStatus = Literal["announced", "scheduled", "ongoing", "concluded", "postponed", "cancelled"]
ROUND_STATUSES: tuple[str, ...] = (
    "announced",
    "scheduled",
    "ongoing",
    "concluded",
    "postponed",
    "cancelled",
)
RoundFormat = Literal["trilateral", "bilateral", "multilateral"]

# The stance vocabulary (documented in README): what a party does about an issue.
STANCES: tuple[str, ...] = (
    "demands",  # insists on, calls for, sets as precondition
    "rejects",  # refuses, rules out
    "proposes",  # puts forward, offers
    "accepts",  # agrees to, is ready to
    "supports",  # backs, welcomes, wants
    "conditions",  # accepts only if something else happens
    "considers",  # open to, studying, does not reject
)

SpeakerKind = Literal["person", "institution", "anonymous"]
UNNAMED_SOURCE = "unnamed source"


@stored_directly
@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the article (URL or seed file), its date, the sentence and its offsets."""

    source: str
    published: date | None
    sentence: str
    start: int = 0
    end: int = 0
    title: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "date": self.published.isoformat() if self.published else None,
            "title": self.title,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
        }


@stored_directly
@dataclass(frozen=True)
class RoundFact:
    """A round of talks (or another meeting of the parties) as one article describes it.

    Any field the article does not give is None: nothing is invented. `number` is None for meetings the text
    does not number (a bilateral meeting in Miami, envoys received in the Kremlin).
    """

    number: int | None
    format: str | None
    parties: tuple[str, ...]
    start: date | None
    end: date | None
    venue: str | None
    status: str | None
    heads: tuple[tuple[str, str], ...]  # (party, person), sorted by party
    evidence: Evidence
    outcomes: tuple[str, ...] = ()
    # "next" or "last" when the article names a round only relative to others ("the next round will be
    # held in Geneva"); the fold resolves it against the state, since one article cannot.
    reference: str | None = None

    def identity(self) -> str:
        """Which round this is: numbered rounds by number, other meetings by parties and date or venue."""
        if self.number is not None:
            return f"round:{self.number}"
        if self.reference is not None:
            return f"round:{self.reference}"
        when = self.start.isoformat() if self.start else (self.venue or "unknown")
        return f"meeting:{'+'.join(sorted(self.parties))}:{when}"

    def key(self) -> str:
        return _fact_key(
            "round",
            self.identity(),
            self.format,
            sorted(self.parties),
            _iso(self.start),
            _iso(self.end),
            self.venue,
            self.status,
            sorted(self.heads),
            sorted(self.outcomes),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "format": self.format,
            "parties": sorted(self.parties),
            "start": _iso(self.start),
            "end": _iso(self.end),
            "venue": self.venue,
            "status": self.status,
            "heads": dict(sorted(self.heads)),
            "outcomes": list(self.outcomes),
            "reference": self.reference,
            "evidence": self.evidence.to_json(),
        }


@stored_directly
@dataclass(frozen=True)
class StatementFact:
    """Who said what, when, in what role; `direct` is True for a direct quote, False for a paraphrase."""

    speaker: str
    party: str | None
    role: str | None
    date: date | None
    text: str
    direct: bool
    evidence: Evidence
    speaker_kind: str = "person"

    def key(self) -> str:
        return _fact_key("statement", self.speaker, _iso(self.date), _normalise_text(self.text))

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "speaker_kind": self.speaker_kind,
            "party": self.party,
            "role": self.role,
            "date": _iso(self.date),
            "text": self.text,
            "direct": self.direct,
            "evidence": self.evidence.to_json(),
        }


@stored_directly
@dataclass(frozen=True)
class PositionFact:
    """A party's stance on an issue (`stance` from STANCES), with a short summary in the article's words."""

    party: str
    issue: str
    stance: str
    summary: str
    evidence: Evidence

    def key(self) -> str:
        return _fact_key("position", self.party, self.issue, self.stance, _normalise_text(self.summary))

    def to_json(self) -> dict[str, Any]:
        return {
            "party": self.party,
            "issue": self.issue,
            "stance": self.stance,
            "summary": self.summary,
            "evidence": self.evidence.to_json(),
        }


@stored_directly
@dataclass(frozen=True)
class ActorFact:
    """A person who speaks in an article and is not in the story pack, with the role the text gives."""

    name: str
    party: str | None
    role: str | None
    evidence: Evidence

    def key(self) -> str:
        return _fact_key("actor", self.name)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "party": self.party,
            "role": self.role,
            "evidence": self.evidence.to_json(),
        }


@stored_directly
@dataclass(frozen=True)
class ArticleFacts:
    """Everything one article yields."""

    rounds: tuple[RoundFact, ...] = ()
    statements: tuple[StatementFact, ...] = ()
    positions: tuple[PositionFact, ...] = ()
    actors: tuple[ActorFact, ...] = ()

    def is_empty(self) -> bool:
        return not (self.rounds or self.statements or self.positions or self.actors)

    def to_json(self) -> dict[str, Any]:
        return {
            "rounds": [f.to_json() for f in self.rounds],
            "statements": [f.to_json() for f in self.statements],
            "positions": [f.to_json() for f in self.positions],
            "actors": [f.to_json() for f in self.actors],
        }


@dataclass(frozen=True)
class Article:
    """An article ready for extraction: plain text, never markup."""

    source: str  # the article URL, or the seed file name
    published: datetime
    title: str | None
    text: str
    extra: dict[str, Any] = field(default_factory=dict)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _normalise_text(text: str) -> str:
    return " ".join(text.lower().replace("“", '"').replace("”", '"').split())


def _fact_key(*parts: Any) -> str:
    canonical = json.dumps([FACT_KEY_VERSION, *parts], ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


def fact_from_dict(kind: str, data: dict[str, Any]) -> Any:
    """Rebuild a fact from its stored JSON form (the inverse of `to_json`)."""
    ev = data["evidence"]
    evidence = Evidence(
        source=ev["source"],
        published=date.fromisoformat(ev["date"]) if ev.get("date") else None,
        sentence=ev["sentence"],
        start=ev.get("start", 0),
        end=ev.get("end", 0),
        title=ev.get("title"),
    )
    if kind == "round":
        return RoundFact(
            number=data["number"],
            format=data["format"],
            parties=tuple(data["parties"]),
            start=_date(data["start"]),
            end=_date(data["end"]),
            venue=data["venue"],
            status=data["status"],
            heads=tuple(sorted(data["heads"].items())),
            outcomes=tuple(data.get("outcomes", ())),
            reference=data.get("reference"),
            evidence=evidence,
        )
    if kind == "statement":
        return StatementFact(
            speaker=data["speaker"],
            party=data["party"],
            role=data["role"],
            date=_date(data["date"]),
            text=data["text"],
            direct=data["direct"],
            speaker_kind=data.get("speaker_kind", "person"),
            evidence=evidence,
        )
    if kind == "position":
        return PositionFact(
            party=data["party"],
            issue=data["issue"],
            stance=data["stance"],
            summary=data["summary"],
            evidence=evidence,
        )
    if kind == "actor":
        return ActorFact(name=data["name"], party=data["party"], role=data["role"], evidence=evidence)
    raise ValueError(f"unknown fact kind: {kind}")


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


__all__ = [
    "ActorFact",
    "Article",
    "ArticleFacts",
    "Evidence",
    "PositionFact",
    "RoundFact",
    "StatementFact",
    "ROUND_STATUSES",
    "STANCES",
    "UNNAMED_SOURCE",
    "fact_from_dict",
]
