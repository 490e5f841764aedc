"""What `parley status` shows, as plain data: the service, its jobs, recent runs, sources and the outbox."""

from __future__ import annotations

import os
import socket
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.engine import Engine

from monitor.config import Settings
from monitor.scheduler import STALE_AFTER, read_jobs, schedule_timezone
from storage import locks
from storage import runs as run_queries
from storage import sources as source_queries
from storage.db import transaction
from storage.status import outbox_summary


def collect_status(
    engine: Engine, settings: Settings | None = None, now: datetime | None = None, runs: int = 10
) -> dict[str, Any]:
    """Everything in one read; next run times are shown in the schedule's time zone."""
    now = now or datetime.now(UTC)
    with transaction(engine) as session:
        holder = locks.current(session)
        recent = run_queries.recent_runs(session, limit=runs)
        sources = [source_queries.as_dict(s) for s in source_queries.list_sources(session)]
        outbox = outbox_summary(session)
    return {
        "service": _service(holder, now),
        "jobs": read_jobs(engine, schedule_timezone(settings) if settings else None),
        "runs": recent,
        "sources": sources,
        "outbox": outbox,
    }


def _service(holder: locks.Holder | None, now: datetime) -> dict[str, Any]:
    if holder is None:
        return {"running": False}
    stale = locks.is_stale(holder, now, STALE_AFTER, locks.Holder(host=socket.gethostname(), pid=os.getpid()))
    return {
        "running": not stale,
        "stale": stale,  # a killed serve's lock: the next `parley serve` takes it over
        "host": holder.host,
        "pid": holder.pid,
        "since": holder.acquired_at.isoformat() if holder.acquired_at else None,
        "heartbeat_at": holder.heartbeat_at.isoformat() if holder.heartbeat_at else None,
    }
