"""`serve` in this process: it holds the lock while it runs, lets go on stop, and stops if it loses it."""

from __future__ import annotations

import dataclasses
import json
import os
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from unittest.mock import ANY

import pytest
import servicejobs
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import update

from monitor.config import Settings
from monitor.errors import ServiceLockedError
from monitor.scheduler import JobSpec, read_jobs, serve
from storage import locks
from storage.db import open_database, transaction
from storage.models import ServiceLock


@dataclass
class Serving:
    thread: threading.Thread
    stop: threading.Event
    settings: Settings

    def log(self) -> list[dict[str, Any]]:
        assert self.settings.log_file is not None
        return [json.loads(line) for line in self.settings.log_file.read_text().splitlines()]


def ready_job(name: str) -> JobSpec:
    """A one-off job due at once that raises a flag: the service has started and runs jobs."""
    servicejobs.FLAGS[name] = threading.Event()
    return JobSpec("ready", "servicejobs:set_flag", DateTrigger(datetime.now(UTC)), (name,), 3600)


def half_hourly() -> JobSpec:
    return JobSpec("poll", "servicejobs:record", IntervalTrigger(minutes=30, timezone=UTC), ("poll",), 1800)


def current_holder(settings: Settings) -> locks.Holder | None:
    engine = open_database(settings.database_url)
    try:
        with transaction(engine) as session:
            return locks.current(session)
    finally:
        engine.dispose()


@pytest.fixture
def serving(settings: Settings, tmp_path: Path) -> Iterator[Serving]:
    """`serve` on a thread, logging to a file, stopped by its event; a flag says it has started."""
    logged = dataclasses.replace(settings, log_file=tmp_path / "parley.log")
    stop = threading.Event()
    errors: list[BaseException] = []

    def run() -> None:
        try:
            serve(logged, None, stop, jobs=[ready_job("serving"), half_hourly()], heartbeat_seconds=0.1)
        except BaseException as exc:  # reported by the fixture's last assertion
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    assert servicejobs.FLAGS["serving"].wait(timeout=15), errors
    yield Serving(thread, stop, logged)
    stop.set()
    thread.join(timeout=15)
    assert not errors


def test_serve_holds_the_lock_while_running_and_releases_it_on_stop(serving: Serving) -> None:
    holder = current_holder(serving.settings)
    assert holder is not None and (holder.host, holder.pid) == (socket.gethostname(), os.getpid())
    serving.stop.set()
    serving.thread.join(timeout=15)
    assert not serving.thread.is_alive()
    assert current_holder(serving.settings) is None
    assert [e["event"] for e in serving.log()][-1] == "service stopped"


def test_the_schedule_outlives_the_service(serving: Serving) -> None:
    serving.stop.set()
    serving.thread.join(timeout=15)
    engine = open_database(serving.settings.database_url)
    try:
        jobs = {job["id"]: job for job in read_jobs(engine)}
    finally:
        engine.dispose()
    # (The one-off "ready" job may or may not be there: APScheduler removes a finished one-off job in its
    # loop, and a shutdown at that moment makes the removal fail. Parley's own jobs all recur.)
    assert (jobs["poll"]["function"], jobs["poll"]["trigger"]) == ("servicejobs:record", "interval[0:30:00]")
    assert jobs["poll"]["next_run_time"] is not None


def test_serve_refuses_a_database_whose_lock_a_live_process_holds(settings: Settings) -> None:
    other = locks.Holder(host=socket.gethostname(), pid=os.getppid())  # our parent: alive, not us
    engine = open_database(settings.database_url)
    try:
        with transaction(engine) as session:
            locks.acquire(session, other, datetime.now(UTC), timedelta(minutes=2))
    finally:
        engine.dispose()
    with pytest.raises(ServiceLockedError, match=rf"pid {os.getppid()} on host {socket.gethostname()}"):
        serve(settings, None, threading.Event(), jobs=[])
    assert current_holder(settings) == dataclasses.replace(other, acquired_at=ANY, heartbeat_at=ANY)


def test_a_serve_that_loses_its_lock_stops_by_itself(serving: Serving) -> None:
    engine = open_database(serving.settings.database_url)
    try:
        with transaction(engine) as session:
            session.execute(update(ServiceLock).values(holder="elsewhere:1", host="elsewhere", pid=1))
    finally:
        engine.dispose()
    serving.thread.join(timeout=15)  # the next heartbeat (every 0.1 s here) finds the lock gone
    assert not serving.thread.is_alive()
    assert current_holder(serving.settings).name == "elsewhere:1"  # type: ignore[union-attr]
    lost = [e for e in serving.log() if e["event"] == "service lock lost: stopping"]
    assert lost and lost[0]["holder"] == "elsewhere:1"


def test_serve_takes_over_a_lock_whose_heartbeat_is_stale_by_its_clock(
    settings: Settings, tmp_path: Path
) -> None:
    then = datetime(2026, 2, 16, 6, 0, tzinfo=UTC)
    engine = open_database(settings.database_url)
    try:
        with transaction(engine) as session:
            locks.acquire(session, locks.Holder(host="elsewhere", pid=1), then, timedelta(minutes=2))
    finally:
        engine.dispose()
    stop = threading.Event()
    stop.set()  # serve starts, finds itself asked to stop, and stops: enough to see the takeover
    logged = dataclasses.replace(settings, log_file=tmp_path / "parley.log")
    serve(logged, None, stop, clock=lambda: then + timedelta(minutes=2, seconds=1), jobs=[])
    events = [json.loads(line) for line in (tmp_path / "parley.log").read_text().splitlines()]
    took = [e for e in events if e["event"] == "took over a stale service lock"]
    assert took and took[0]["stale_holder"] == "elsewhere:1"
    assert current_holder(settings) is None  # and released on the clean stop


def test_serve_waits_out_a_fresh_lock_from_another_host_by_its_clock(settings: Settings) -> None:
    then = datetime(2026, 2, 16, 6, 0, tzinfo=UTC)
    engine = open_database(settings.database_url)
    try:
        with transaction(engine) as session:
            locks.acquire(session, locks.Holder(host="elsewhere", pid=1), then, timedelta(minutes=2))
    finally:
        engine.dispose()
    with pytest.raises(ServiceLockedError, match="pid 1 on host elsewhere"):
        serve(settings, None, threading.Event(), clock=lambda: then + timedelta(minutes=1), jobs=[])
