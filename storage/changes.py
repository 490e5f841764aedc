"""Queries over reported changes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from storage.models import Change, utcnow
from storage.upsert import insert_ignoring_duplicates, table_of


@dataclass(frozen=True)
class NewChange:
    key: str
    kind: str
    subject_key: str
    subject: str
    field_name: str
    before: dict[str, Any]
    after: dict[str, Any]
    evidence: dict[str, Any]
    article_id: int | None
    event_date: datetime | None
    urgent: bool = False


def add_changes(session: Session, changes: Iterable[NewChange], run_id: int | None) -> list[int]:
    """Store changes not stored before (by key); the ids of the new ones."""
    ids = []
    now = utcnow()
    for change in changes:
        values = {**change.__dict__, "run_id": run_id, "detected_at": now}
        new_id = insert_ignoring_duplicates(session, table_of(Change), values)
        if new_id is not None:
            ids.append(new_id)
    return ids


def history(
    session: Session, since: datetime | None = None, kind: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """Changes, oldest first, as plain dicts."""
    statement = select(Change).order_by(col(Change.detected_at), col(Change.id))
    if since is not None:
        statement = statement.where(col(Change.event_date) >= since)
    if kind is not None:
        statement = statement.where(col(Change.kind) == kind)
    rows = list(session.execute(statement).scalars())
    if limit is not None:
        rows = rows[-limit:]
    return [change_to_dict(c) for c in rows]


def change_to_dict(change: Change) -> dict[str, Any]:
    return {
        "id": change.id,
        "kind": change.kind,
        "subject": change.subject,
        "subject_key": change.subject_key,
        "field": change.field_name,
        "before": dict(change.before),
        "after": dict(change.after),
        "evidence": dict(change.evidence),
        "event_date": change.event_date.isoformat() if change.event_date else None,
        "detected_at": change.detected_at.isoformat(),
        "digest_id": change.digest_id,
        "urgent": change.urgent,
    }


def changes_by_ids(session: Session, ids: Iterable[int]) -> list[Change]:
    id_list = list(ids)
    if not id_list:
        return []
    statement = select(Change).where(col(Change.id).in_(id_list)).order_by(col(Change.id))
    return list(session.execute(statement).scalars())


def ids_in_digest(session: Session, digest_id: int) -> list[int]:
    statement = select(col(Change.id)).where(col(Change.digest_id) == digest_id).order_by(col(Change.id))
    return [r[0] for r in session.execute(statement)]
