"""Queries over `service_lock`: which `parley serve` owns this database.

A lock is one row, keyed by name. `acquire` decides in one transaction: it inserts the row when there is
none, takes it over when its holder is stale, and otherwise answers with the holder. A holder is stale when
its heartbeat is older than `stale_after` (a killed process, a lost machine), or at once when it ran on this
very host under a pid that no longer exists or under our own pid (a killed process). Outcomes are values;
the caller turns a refusal into an error.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from storage.models import ServiceLock

SERVICE = "serve"


@dataclass(frozen=True)
class Holder:
    host: str
    pid: int
    acquired_at: datetime | None = None
    heartbeat_at: datetime | None = None

    @property
    def name(self) -> str:
        return f"{self.host}:{self.pid}"


@dataclass(frozen=True)
class LockOutcome:
    acquired: bool
    holder: Holder  # ourselves when acquired, the one in the way otherwise
    replaced: Holder | None = None  # the stale holder we took over from


def pid_alive(pid: int) -> bool:
    """Whether a process with this pid exists on this machine (signal 0 checks without sending)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user
        return True
    return True


def is_stale(
    holder: Holder,
    now: datetime,
    stale_after: timedelta,
    me: Holder,
    alive: Callable[[int], bool] = pid_alive,
) -> bool:
    """Whether `holder` is gone, as seen by `me` (who wants the lock, or just looks)."""
    if holder.heartbeat_at is None or now - holder.heartbeat_at > stale_after:
        return True
    if holder.host != me.host:
        return False  # its pid means nothing here: only the heartbeat tells
    # A lock under our own pid was left by an earlier life of this pid: a container restarted with the same
    # host name gives its new process the same small pid, and that process is not serving yet.
    return holder.pid == me.pid or not alive(holder.pid)


def current(session: Session, name: str = SERVICE) -> Holder | None:
    row = session.get(ServiceLock, name)
    return _holder(row) if row is not None else None


def acquire(
    session: Session,
    me: Holder,
    now: datetime,
    stale_after: timedelta,
    name: str = SERVICE,
    alive: Callable[[int], bool] = pid_alive,
) -> LockOutcome:
    """Take the lock for `me` unless a live holder has it. Call inside a transaction."""
    # FOR UPDATE makes a concurrent taker on PostgreSQL wait for our decision; SQLite's BEGIN IMMEDIATE
    # already serialises the whole transaction.
    query = select(ServiceLock).where(ServiceLock.name == name).with_for_update()  # type: ignore[arg-type]
    row = session.execute(query).scalar()
    ours = Holder(host=me.host, pid=me.pid, acquired_at=now, heartbeat_at=now)
    if row is None:
        try:
            with session.begin_nested():
                session.add(_row(name, ours))
        except IntegrityError:
            # Another process inserted between our read and our write: it holds the lock.
            winner = current(session, name)
            assert winner is not None
            return LockOutcome(acquired=False, holder=winner)
        return LockOutcome(acquired=True, holder=ours)
    theirs = _holder(row)
    if not is_stale(theirs, now, stale_after, me, alive):
        return LockOutcome(acquired=False, holder=theirs)
    session.execute(
        update(ServiceLock)
        .where(ServiceLock.name == name)  # type: ignore[arg-type]
        .values(holder=ours.name, host=ours.host, pid=ours.pid, acquired_at=now, heartbeat_at=now)
    )
    return LockOutcome(acquired=True, holder=ours, replaced=theirs)


def heartbeat(session: Session, me: Holder, now: datetime, name: str = SERVICE) -> bool:
    """Refresh our heartbeat; False when the lock is no longer ours (taken over while we looked stale)."""
    result = session.execute(
        update(ServiceLock)
        .where(ServiceLock.name == name, ServiceLock.holder == me.name)  # type: ignore[arg-type]
        .values(heartbeat_at=now)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def release(session: Session, me: Holder, name: str = SERVICE) -> bool:
    """Drop the lock if it is ours; someone else's lock is never touched."""
    result = session.execute(
        delete(ServiceLock).where(ServiceLock.name == name, ServiceLock.holder == me.name)  # type: ignore[arg-type]
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def _row(name: str, holder: Holder) -> ServiceLock:
    assert holder.acquired_at is not None and holder.heartbeat_at is not None
    return ServiceLock(
        name=name,
        holder=holder.name,
        pid=holder.pid,
        host=holder.host,
        acquired_at=holder.acquired_at,
        heartbeat_at=holder.heartbeat_at,
    )


def _holder(row: ServiceLock) -> Holder:
    return Holder(host=row.host, pid=row.pid, acquired_at=row.acquired_at, heartbeat_at=row.heartbeat_at)
