"""Queries for digests, the changes they report, the runs they summarise, and the outbox of deliveries.

Every function takes a session and returns plain data. The outbox's state machine lives in these updates:

    pending ──claim──> sending ──record_sent──> sent
       ^                  │
       │                  └──record_failure──> failed (next_attempt_at = backoff) ──claim──> sending ...
       │                                   └─> dead (attempts used up, or a permanent refusal)
       └── revive_dead (a person's decision)

A claim is one conditional UPDATE committed before the send: it fixes the row's Message-ID, counts the
attempt and sets `next_attempt_at` to the end of a lease. A row still `sending` after its lease is taken for
abandoned (the process died) and can be claimed again; sooner, when the process that claimed it
(`claimed_by`, host and pid) is known to be gone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from storage.models import Change, Delivery, Digest

RETRYABLE = ("pending", "failed", "sending")


@dataclass(frozen=True)
class DigestRecord:
    id: int
    kind: str
    title: str
    created_at: datetime
    period_start: datetime | None
    period_end: datetime
    change_count: int
    payload: dict[str, Any]


@dataclass(frozen=True)
class ClaimedDelivery:
    """A delivery this process now owns until `lease_until`; `recovered` when it was found abandoned."""

    id: int
    digest_id: int
    channel: str
    target: str
    attempts: int
    message_id: str
    recovered: bool


@dataclass(frozen=True)
class DeliveryRecord:
    id: int
    digest_id: int
    channel: str
    target: str
    status: str
    attempts: int
    last_error: str | None
    next_attempt_at: datetime | None
    sent_at: datetime | None
    message_id: str | None
    claimed_by: str | None = None


# --- changes and digests -------------------------------------------------------------------------------


def pending_changes(session: Session, *, urgent_only: bool = False) -> list[Change]:
    """Changes no digest has reported yet, oldest first."""
    query = select(Change).where(col(Change.digest_id).is_(None))
    if urgent_only:
        query = query.where(col(Change.urgent).is_(True))
    return list(session.exec(query.order_by(col(Change.detected_at), col(Change.id))))


def alerted_changes(session: Session, since: datetime | None, until: datetime) -> list[Change]:
    """Changes reported by alert digests created in [since, until): the periodic digest shows them again."""
    query = (
        select(Change)
        .join(Digest, col(Digest.id) == col(Change.digest_id))
        .where(Digest.kind == "alert", col(Digest.created_at) < until)
    )
    if since is not None:
        query = query.where(col(Digest.created_at) >= since)
    return list(session.exec(query.order_by(col(Change.detected_at), col(Change.id))))


class ChangesAlreadyReported(Exception):
    """Another digest claimed some of these changes first; the transaction must be rolled back."""


def store_digest(
    session: Session,
    *,
    kind: str,
    title: str,
    payload: dict[str, Any],
    period_start: datetime | None,
    period_end: datetime,
    change_ids: Sequence[int],
    created_at: datetime,
) -> int:
    """Insert the digest and point its changes at it, in the caller's transaction.

    Only changes still without a digest are taken; if any was taken meanwhile by another process, this
    raises `ChangesAlreadyReported` so that the whole transaction, digest included, rolls back.
    """
    digest = Digest(
        kind=kind,
        title=title,
        payload=payload,
        period_start=period_start,
        period_end=period_end,
        change_count=len(change_ids),
        created_at=created_at,
    )
    session.add(digest)
    session.flush()
    assert digest.id is not None
    if change_ids:
        result = session.exec(
            sa.update(Change)
            .where(col(Change.id).in_(list(change_ids)), col(Change.digest_id).is_(None))
            .values(digest_id=digest.id)
        )
        if result.rowcount != len(set(change_ids)):
            raise ChangesAlreadyReported(f"{len(change_ids) - result.rowcount} change(s) already in a digest")
    return digest.id


def last_digest_end(session: Session, kind: str = "digest") -> datetime | None:
    """Where the next period of this kind starts."""
    return session.exec(select(sa.func.max(Digest.period_end)).where(Digest.kind == kind)).one()


def get_digest(session: Session, digest_id: int) -> DigestRecord | None:
    row = session.get(Digest, digest_id)
    return _digest_record(row) if row is not None else None


def recent_digests(session: Session, limit: int) -> list[DigestRecord]:
    """The newest `limit` digests of any kind, newest first."""
    rows = session.exec(
        select(Digest).order_by(col(Digest.created_at).desc(), col(Digest.id).desc()).limit(limit)
    )
    return [_digest_record(r) for r in rows]


def _digest_record(row: Digest) -> DigestRecord:
    assert row.id is not None
    return DigestRecord(
        id=row.id,
        kind=row.kind,
        title=row.title,
        created_at=row.created_at,
        period_start=row.period_start,
        period_end=row.period_end,
        change_count=row.change_count,
        payload=dict(row.payload),
    )


# --- the outbox ----------------------------------------------------------------------------------------


def add_deliveries(
    session: Session, digest_id: int, targets: Iterable[tuple[str, str]], now: datetime
) -> int:
    """One pending row per (channel, target), due at once; a row that exists already is left alone."""
    rows = [
        {
            "digest_id": digest_id,
            "channel": channel,
            "target": target,
            "status": "pending",
            "attempts": 0,
            "next_attempt_at": now,
            "created_at": now,
        }
        for channel, target in dict.fromkeys(targets)
    ]
    if not rows:
        return 0
    module = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    statement = (
        module.insert(Delivery)
        .values(rows)
        .on_conflict_do_nothing(index_elements=["digest_id", "channel", "target"])
        .returning(Delivery.id)  # rowcount is not reliable for this statement on every driver
    )
    return len(session.exec(statement).all())


def due_deliveries(session: Session, now: datetime, limit: int | None = None) -> list[tuple[int, str, str]]:
    """(id, channel, target) of rows to attempt now: pending or failed and due, or `sending` with an
    expired lease; oldest digest first."""
    query = (
        select(Delivery.id, Delivery.channel, Delivery.target)
        .where(col(Delivery.status).in_(RETRYABLE), _due(now))
        .order_by(col(Delivery.digest_id), col(Delivery.id))
    )
    if limit is not None:
        query = query.limit(limit)
    return [(i, channel, target) for i, channel, target in session.exec(query) if i is not None]


def abandoned_deliveries(
    session: Session, now: datetime, dead: Callable[[str], bool]
) -> list[tuple[int, str, str, str]]:
    """(id, channel, target, claimer) of rows still `sending` within their lease whose claimer `dead` says
    is gone: they need not wait out the lease."""
    query = (
        select(Delivery.id, Delivery.channel, Delivery.target, Delivery.claimed_by)
        .where(col(Delivery.status) == "sending", col(Delivery.claimed_by).is_not(None), sa.not_(_due(now)))
        .order_by(col(Delivery.digest_id), col(Delivery.id))
    )
    return [
        (i, channel, target, by)
        for i, channel, target, by in session.exec(query)
        if i is not None and by is not None and dead(by)
    ]


def claim_delivery(
    session: Session,
    delivery_id: int,
    now: datetime,
    lease_until: datetime,
    message_id: str,
    *,
    claimer: str | None = None,
    abandoned_by: str | None = None,
) -> ClaimedDelivery | None:
    """Take the row for one attempt, or None if it is not due or another process took it first.

    `message_id` is kept only if the row has none yet, so every attempt of a delivery carries the same id.
    A row `sending` within its lease is taken only from the `abandoned_by` claimer named (a dead one).
    """
    row = session.get(Delivery, delivery_id)
    if row is None or row.status not in RETRYABLE:
        return None
    recovered = row.status == "sending"
    free = _due(now)
    if abandoned_by is not None:
        free = sa.or_(
            free, sa.and_(col(Delivery.status) == "sending", col(Delivery.claimed_by) == abandoned_by)
        )
    result = session.exec(
        sa.update(Delivery)
        .where(col(Delivery.id) == delivery_id, col(Delivery.status).in_(RETRYABLE), free)
        .values(
            status="sending",
            attempts=Delivery.attempts + 1,
            next_attempt_at=lease_until,
            message_id=sa.func.coalesce(Delivery.message_id, message_id),
            claimed_by=claimer,
        )
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        return None
    session.expire(row)
    session.refresh(row)
    assert row.id is not None and row.message_id is not None
    return ClaimedDelivery(
        id=row.id,
        digest_id=row.digest_id,
        channel=row.channel,
        target=row.target,
        attempts=row.attempts,
        message_id=row.message_id,
        recovered=recovered,
    )


def record_sent(session: Session, delivery_id: int, sent_at: datetime) -> None:
    session.exec(
        sa.update(Delivery)
        .where(col(Delivery.id) == delivery_id)
        .values(status="sent", sent_at=sent_at, next_attempt_at=None, last_error=None)
        .execution_options(synchronize_session=False)
    )


def record_failure(
    session: Session, delivery_id: int, error: str, next_attempt_at: datetime | None, *, dead: bool
) -> None:
    session.exec(
        sa.update(Delivery)
        .where(col(Delivery.id) == delivery_id)
        .values(
            status="dead" if dead else "failed",
            last_error=error[:2000],
            next_attempt_at=None if dead else next_attempt_at,
        )
        .execution_options(synchronize_session=False)
    )


def revive_dead(session: Session, now: datetime, digest_id: int | None = None) -> int:
    """Give dead deliveries a fresh set of attempts (a person fixed the cause); returns how many."""
    statement = sa.update(Delivery).where(col(Delivery.status) == "dead")
    if digest_id is not None:
        statement = statement.where(col(Delivery.digest_id) == digest_id)
    result = session.exec(
        statement.values(status="pending", attempts=0, next_attempt_at=now).execution_options(
            synchronize_session=False
        )
    )
    return result.rowcount


def deliveries_of(session: Session, digest_id: int | None = None) -> list[DeliveryRecord]:
    query = select(Delivery).order_by(col(Delivery.digest_id), col(Delivery.id))
    if digest_id is not None:
        query = query.where(col(Delivery.digest_id) == digest_id)
    return [
        DeliveryRecord(
            id=r.id or 0,
            digest_id=r.digest_id,
            channel=r.channel,
            target=r.target,
            status=r.status,
            attempts=r.attempts,
            last_error=r.last_error,
            next_attempt_at=r.next_attempt_at,
            sent_at=r.sent_at,
            message_id=r.message_id,
            claimed_by=r.claimed_by,
        )
        for r in session.exec(query)
    ]


def delivery_counts(session: Session) -> dict[str, int]:
    """How many outbox rows are in each status (for `parley status`)."""
    rows = session.exec(select(Delivery.status, sa.func.count()).group_by(Delivery.status))
    return {status: count for status, count in rows}


def _due(now: datetime) -> Any:
    return sa.or_(col(Delivery.next_attempt_at).is_(None), col(Delivery.next_attempt_at) <= now)
