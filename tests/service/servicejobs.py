"""Jobs for the service tests: small, importable by name, and each leaves a trace a test can check."""

from __future__ import annotations

import dataclasses
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert, update

from monitor.scheduler import JobSpec
from storage import meta
from storage.db import make_engine, transaction
from storage.models import Run

FLAGS: dict[str, threading.Event] = {}

BATCH = 10  # rows `slow_write` stores per run, all in one transaction


def recording(specs: list[JobSpec]) -> list[JobSpec]:
    """Parley's jobs with their real triggers, each calling `record` with its own id instead."""
    return [dataclasses.replace(spec, func="servicejobs:record", args=(spec.id,)) for spec in specs]


def record(label: str) -> str:
    """Does nothing but answer; the scheduler's events tell when it ran and for which slot."""
    return label


def set_flag(name: str) -> None:
    FLAGS.setdefault(name, threading.Event()).set()


def slow_write(database_url: str, folder: str, seconds: float) -> None:
    """A cycle in miniature: a run row and a batch of rows in one transaction that stays open a while.

    Core statements rather than `Run(...)`: the ORM class cannot be built while storage.models shares one
    JSON type between its dict and list columns (reported to the lead).

    `started` appears once the first half is written (uncommitted); the job then waits for a `release`
    file (at most `seconds`), so a test decides when the slow part ends; `finished` appears once all is
    committed.
    """
    engine = make_engine(database_url)
    try:
        with transaction(engine) as session:
            started = insert(Run).values(kind="poll", status="running", started_at=datetime.now(UTC))
            run_id = session.execute(started.returning(Run.id)).scalar_one()  # type: ignore[arg-type]
            for i in range(BATCH // 2):
                meta.put(session, f"run-{run_id}-row-{i}", {"run": run_id})
            session.flush()
            Path(folder, "started").write_text(str(run_id))
            deadline = time.monotonic() + seconds
            while not Path(folder, "release").exists() and time.monotonic() < deadline:
                time.sleep(0.01)  # the slow part of the cycle, inside the transaction
            for i in range(BATCH // 2, BATCH):
                meta.put(session, f"run-{run_id}-row-{i}", {"run": run_id})
            session.execute(
                update(Run)
                .where(Run.id == run_id)  # type: ignore[arg-type]
                .values(status="ok", counts={"rows": BATCH}, finished_at=datetime.now(UTC))
            )
        Path(folder, "finished").write_text(str(run_id))
    finally:
        engine.dispose()
