"""The differ: what changed between two states of the story. Pure logic, no I/O.

A change is a new round or meeting; a round's format, parties, dates, venue, status, delegation heads or
outcomes changing; a new statement; a party's stance on an issue appearing or turning (`monitor.state`
says which swings are turns); a new actor. A corroboration (the same fact from another source) is not a
change. A report one source made against a settled value is told too, with the field `disputed`: not a
change of the state, but something the reader may want to weigh. Each change carries the evidence of the
fact that caused it and a stable key, so storing the same change twice is a no-op.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from monitor.facts import Evidence
from monitor.state import ROUND_FIELDS, PositionState, RoundState, Sourcing, StoryState

CHANGE_KEY_VERSION = 1
# The field of a report one source made against a settled value: no change of the state, but news to weigh.
DISPUTED = "disputed"


@dataclass(frozen=True)
class ChangeRecord:
    kind: str  # round | statement | position | actor
    subject_key: str
    subject: str
    field: str  # "new" for something that appeared; else the field that changed
    before: dict[str, Any]
    after: dict[str, Any]
    evidence: dict[str, Any]

    @property
    def key(self) -> str:
        canonical = json.dumps(
            [CHANGE_KEY_VERSION, self.kind, self.subject_key, self.field, self.after],
            sort_keys=True,
            ensure_ascii=False,
            default=str,
        )
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]

    @property
    def source(self) -> str:
        return str(self.evidence.get("source", ""))


def diff(before: StoryState, after: StoryState) -> list[ChangeRecord]:
    """Changes from `before` to `after`, rounds first, then statements, positions and actors."""
    return [
        *_round_changes(before, after),
        *_statement_changes(before, after),
        *_position_changes(before, after),
        *_actor_changes(before, after),
    ]


def _round_changes(before: StoryState, after: StoryState) -> list[ChangeRecord]:
    changes: list[ChangeRecord] = []
    for identity, new in sorted(after.rounds.items()):
        old = before.rounds.get(identity)
        if old is None:
            changes.append(_round_change(new, "new", {}, new.values(), _sourcing(new)))
            continue
        old_values, new_values = old.values(), new.values()
        for name in ROUND_FIELDS:
            if old_values[name] != new_values[name]:
                sourcing = new.field_sourcing.get(name, _sourcing(new))
                changes.append(
                    _round_change(new, name, {name: old_values[name]}, {name: new_values[name]}, sourcing)
                )
    for identity, (fact, sources) in sorted(after.unconfirmed_rounds.items()):
        if identity in before.unconfirmed_rounds:
            continue
        # a round one article numbers past the next one known: told as unconfirmed, with no field before
        data = fact.to_json()
        data.pop("evidence")
        changes.append(
            ChangeRecord(
                kind="round",
                subject_key=identity,
                subject=f"Round {fact.number}",
                field=DISPUTED,
                before={},
                after=data,
                evidence=_evidence_json(fact.evidence, Sourcing(fact.evidence, list(sources))),
            )
        )
    for identity, new in sorted(after.rounds.items()):
        old = before.rounds.get(identity)
        for slot, (value, sourcing) in sorted(new.disputed.items()):
            told = old.disputed.get(slot) if old is not None else None
            if told is None or told[0] != value:
                # not a change of the state: one source against a settled value, told so the reader can
                # weigh it (it becomes a change when a second source agrees)
                held = (
                    new.heads.get(slot.split(":", 1)[1]) if slot.startswith("heads:") else getattr(new, slot)
                )
                changes.append(
                    _round_change(new, DISPUTED, {slot: _plain(held)}, {slot: _plain(value)}, sourcing)
                )
    return changes


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _round_change(
    state: RoundState, name: str, before: dict[str, Any], after: dict[str, Any], sourcing: Sourcing
) -> ChangeRecord:
    return ChangeRecord(
        kind="round",
        subject_key=state.identity,
        subject=state.label,
        field=name,
        before=before,
        after=after,
        evidence=_evidence_json(sourcing.evidence, sourcing),
    )


def _statement_changes(before: StoryState, after: StoryState) -> list[ChangeRecord]:
    known = {s.key or s.fact.key() for s in before.statements}
    changes = []
    for statement in after.statements:
        if (statement.key or statement.fact.key()) in known:
            continue
        fact = statement.fact
        data = fact.to_json()
        data.pop("evidence")
        changes.append(
            ChangeRecord(
                kind="statement",
                subject_key=f"statement:{fact.key()}",
                subject=fact.speaker,
                field="new",
                before={},
                after=data,
                evidence=_evidence_json(fact.evidence, statement.sourcing),
            )
        )
    return changes


def _position_changes(before: StoryState, after: StoryState) -> list[ChangeRecord]:
    changes = []
    for key, new in sorted(after.positions.items()):
        old = before.positions.get(key)
        # only a turn is reported: a swing back to a stance told lately is the same line in other words
        if new.news is None or (
            old is not None and old.news is not None and old.news.key() == new.news.key()
        ):
            continue
        party, issue = key
        after_data = new.news.to_json()
        after_data.pop("evidence")
        before_data: dict[str, Any] = {}
        if new.news_before is not None:
            before_data = new.news_before.to_json()
            before_data.pop("evidence")
        changes.append(
            ChangeRecord(
                kind="position",
                subject_key=f"position:{party}:{issue}",
                subject=f"{party} / {issue}",
                field="stance",
                before=before_data,
                after=after_data,
                evidence=_evidence_json(new.news.evidence, _news_sourcing(new)),
            )
        )
    for key, new in sorted(after.positions.items()):
        old = before.positions.get(key)
        disputed = new.disputed
        if disputed is None or (
            old is not None
            and old.disputed is not None
            and old.disputed.evidence_fact.key() == disputed.evidence_fact.key()
        ):
            continue
        party, issue = key
        held_data, claimed_data = new.fact.to_json(), disputed.evidence_fact.to_json()
        held_data.pop("evidence")
        claimed_data.pop("evidence")
        changes.append(
            ChangeRecord(
                kind="position",
                subject_key=f"position:{party}:{issue}",
                subject=f"{party} / {issue}",
                field=DISPUTED,
                before=held_data,
                after=claimed_data,
                evidence=_evidence_json(disputed.evidence_fact.evidence, disputed.sourcing),
            )
        )
    return changes


def _news_sourcing(position: PositionState) -> Sourcing:
    """The sources of the stance reported: the latest stance's when it is that one, else its own article."""
    assert position.news is not None
    if position.news_sourcing is not None:
        return position.news_sourcing
    if position.news.key() == position.fact.key():
        return position.sourcing
    return Sourcing(position.news.evidence, [position.news.evidence.source])


def _actor_changes(before: StoryState, after: StoryState) -> list[ChangeRecord]:
    changes = []
    for name, actor in sorted(after.actors.items()):
        if name in before.actors:
            continue
        data = actor.fact.to_json()
        data.pop("evidence")
        changes.append(
            ChangeRecord(
                kind="actor",
                subject_key=f"actor:{name}",
                subject=name,
                field="new",
                before={},
                after=data,
                evidence=_evidence_json(actor.fact.evidence, actor.sourcing),
            )
        )
    return changes


def _sourcing(state: RoundState) -> Sourcing:
    assert state.sourcing is not None
    return state.sourcing


def _evidence_json(evidence: Evidence, sourcing: Sourcing) -> dict[str, Any]:
    data = evidence.to_json()
    others = [s for s in sourcing.sources if s != evidence.source]
    data["corroborations"] = len(others)
    data["corroborating_sources"] = others
    return data
