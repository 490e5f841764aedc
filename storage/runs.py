"""Queries over runs: each cycle records when it ran, what it counted and what failed."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlmodel import Session, col

from storage.models import Run, utcnow


def start_run(session: Session, kind: str, now: datetime | None = None) -> int:
    run = Run(kind=kind, status="running", started_at=now or utcnow())
    session.add(run)
    session.flush()
    assert run.id is not None
    return run.id


def finish_run(
    session: Session,
    run_id: int,
    status: str,
    counts: dict[str, Any],
    errors: list[Any],
    now: datetime | None = None,
) -> None:
    session.execute(
        update(Run)
        .where(col(Run.id) == run_id)
        .values(status=status, counts=counts, errors=errors, finished_at=now or utcnow())
    )


def interrupt_stale_runs(session: Session) -> int:
    """Runs left `running` by a killed process are marked interrupted; the next cycle redoes their work."""
    result = session.execute(update(Run).where(col(Run.status) == "running").values(status="interrupted"))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def recent_runs(session: Session, limit: int = 10) -> list[dict[str, Any]]:
    statement = select(Run).order_by(col(Run.id).desc()).limit(limit)
    return [
        {
            "id": r.id,
            "kind": r.kind,
            "status": r.status,
            "started_at": r.started_at.isoformat(),
            "finished_at": r.finished_at.isoformat() if r.finished_at else None,
            "counts": dict(r.counts),
            "errors": list(r.errors),
        }
        for r in session.execute(statement).scalars()
    ]


def runs_between(session: Session, start: datetime | None, end: datetime) -> list[dict[str, Any]]:
    """Finished poll runs in a period: what a digest says was checked."""
    statement = select(Run).where(col(Run.kind) == "poll", col(Run.started_at) <= end)
    if start is not None:
        statement = statement.where(col(Run.started_at) > start)
    return [
        {"id": r.id, "status": r.status, "counts": dict(r.counts), "errors": list(r.errors)}
        for r in session.execute(statement.order_by(col(Run.id))).scalars()
    ]
