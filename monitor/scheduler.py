"""`parley serve`: the jobs on their schedule, one service per database, a clean stop.

    serve   log as JSON lines, open (and upgrade) the database, take the service lock or refuse naming
            its holder, start the scheduler paused, register Parley's jobs (a job whose timing did not
            change keeps its stored next run time), add the heartbeat, resume, wait for SIGINT, SIGTERM
            or the stop event, shut down letting a running job finish, release the lock.

The jobs live in the `apscheduler_jobs` table of Parley's own database, so a restart keeps the schedule:
polling on an interval, the digest on a crontab line in the configured time zone, outbox retries on an
interval. A first start polls and delivers at once. Each job is coalesced (a backlog of missed runs
becomes one run), never runs twice at once, and may start late by up to about its own interval (so a
restart soon after a missed run still makes it up). The scheduler decides nothing: it calls `monitor.jobs`
on time. The heartbeat is the only job kept in memory: it belongs to this process, not to the schedule.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import pickle
import signal
import socket
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa
from apscheduler.events import (
    EVENT_JOB_ERROR,
    EVENT_JOB_EXECUTED,
    EVENT_JOB_MISSED,
    EVENT_JOB_SUBMITTED,
    JobEvent,
    JobExecutionEvent,
    JobSubmissionEvent,
)
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import STATE_STOPPED
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy.engine import Engine, make_url

from monitor.config import Settings, load_settings
from monitor.errors import ConfigError, ServiceLockedError
from monitor.logs import configure_logging, remove_logging
from monitor.pack import load_pack
from storage import locks
from storage.db import describe, make_engine, open_database, transaction

log = logging.getLogger("parley.service")

POLL, DIGEST, DELIVER, HEARTBEAT = "poll", "digest", "deliver", "service-heartbeat"
JOB_TABLE = "apscheduler_jobs"
HEARTBEAT_SECONDS = 30.0
# A holder that missed four heartbeats is gone (killed, or its machine is); a live one never lags that far.
STALE_AFTER = timedelta(seconds=4 * HEARTBEAT_SECONDS)

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class JobSpec:
    """One scheduled job: `func` is a "module:function" reference, so the job table stores no code."""

    id: str
    func: str
    trigger: BaseTrigger
    args: tuple[Any, ...] = ()
    misfire_grace_time: int = 60
    start_now: bool = False  # a job new to the table first runs at once, not one interval later


def schedule_timezone(settings: Settings) -> ZoneInfo:
    try:
        return ZoneInfo(settings.schedule.timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"schedule.timezone: unknown time zone {settings.schedule.timezone!r}") from exc


def parley_jobs(settings: Settings, pack_path: Path | str | None = None) -> list[JobSpec]:
    """Poll, digest and deliver, timed by `[schedule]`."""
    schedule = settings.schedule
    zone = schedule_timezone(settings)
    for name in ("poll_minutes", "deliver_minutes"):
        if getattr(schedule, name) < 1:
            raise ConfigError(f"schedule.{name}: must be at least 1 (got {getattr(schedule, name)})")
    try:
        digest = CronTrigger.from_crontab(schedule.digest_cron, timezone=zone)
    except ValueError as exc:
        raise ConfigError(f"schedule.digest_cron: {schedule.digest_cron!r}: {exc}") from exc
    grace = schedule.misfire_grace_seconds
    args = _job_arguments(settings, pack_path)
    return [
        JobSpec(
            POLL,
            "monitor.jobs:poll_job",
            IntervalTrigger(minutes=schedule.poll_minutes, timezone=zone),
            args,
            grace or schedule.poll_minutes * 60,
            start_now=True,
        ),
        JobSpec(DIGEST, "monitor.jobs:digest_job", digest, args, grace or _cron_period(digest, zone)),
        JobSpec(
            DELIVER,
            "monitor.jobs:deliver_job",
            IntervalTrigger(minutes=schedule.deliver_minutes, timezone=zone),
            args,
            grace or schedule.deliver_minutes * 60,
            start_now=True,
        ),
    ]


class SturdyScheduler(BackgroundScheduler):
    """A BackgroundScheduler whose thread survives a failing job store and whose shutdown skips nothing.

    APScheduler 3 lets an error from the store while it records a run (SQLite's "database is locked"
    after the busy timeout, a PostgreSQL connection lost) escape its loop: the thread dies and the
    process looks alive but never runs a job again. Here the error is logged and the scheduler looks
    again after `jobstore_retry_interval`; a job whose next run time could not be saved may then run a
    second time for the same slot, which the cycle's idempotence makes harmless.
    """

    def _process_jobs(self) -> float | None:
        if self.state == STATE_STOPPED:
            # APScheduler's loop makes one more pass after shutdown, when the executor is gone: a job due
            # then would be skipped and its next run time moved on as if it had run.
            return None
        try:
            return super()._process_jobs()  # type: ignore[no-any-return]
        except Exception as exc:
            if self.state == STATE_STOPPED:
                # A shutdown raced the loop (APScheduler's remove_job then finds no store): nothing to retry.
                return None
            log.error("scheduler: job store error, retrying", extra={"error": repr(exc)})
            return float(self.jobstore_retry_interval)


def make_scheduler(database_url: str, timezone: tzinfo) -> SturdyScheduler:
    # The job store gets an engine of its own: the scheduler disposes of it on shutdown.
    store = SQLAlchemyJobStore(engine=make_engine(database_url), tablename=JOB_TABLE)
    return SturdyScheduler(
        jobstores={"default": store, "memory": MemoryJobStore()},
        executors={"default": ThreadPoolExecutor(max_workers=4)},
        job_defaults={"coalesce": True, "max_instances": 1},
        timezone=timezone,
    )


def schedule_jobs(scheduler: BackgroundScheduler, specs: Sequence[JobSpec]) -> None:
    """Add or replace each job by its fixed id; one whose timing is unchanged keeps its next run time.

    Call on a started (paused) scheduler, so the stored jobs can be read before they are replaced.
    """
    for spec in specs:
        kept: dict[str, Any] = {}
        existing = scheduler.get_job(spec.id, jobstore="default")
        if existing is not None and existing.next_run_time and _same_timing(existing.trigger, spec.trigger):
            kept["next_run_time"] = existing.next_run_time
        elif existing is None and spec.start_now:
            kept["next_run_time"] = datetime.now(scheduler.timezone)
        scheduler.add_job(
            spec.func,
            trigger=spec.trigger,
            args=spec.args,
            id=spec.id,
            name=spec.id,
            jobstore="default",
            replace_existing=True,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=spec.misfire_grace_time,
            **kept,
        )


def read_jobs(engine: Engine, timezone: tzinfo | None = None) -> list[dict[str, Any]]:
    """The stored jobs as plain data, read without a scheduler (and without importing their functions)."""
    if not sa.inspect(engine).has_table(JOB_TABLE):
        return []
    table = sa.table(JOB_TABLE, sa.column("id"), sa.column("next_run_time"), sa.column("job_state"))
    with engine.connect() as connection:
        rows = connection.execute(sa.select(table.c.job_state).order_by(table.c.next_run_time)).all()
    jobs = []
    for (blob,) in rows:
        # Our own table, written by our own scheduler; APScheduler itself loads it the same way.
        state = pickle.loads(blob)
        next_run = state.get("next_run_time")
        if next_run is not None and timezone is not None:
            next_run = next_run.astimezone(timezone)
        jobs.append(
            {
                "id": state["id"],
                "function": state["func"] if isinstance(state["func"], str) else repr(state["func"]),
                "trigger": str(state["trigger"]),
                "next_run_time": next_run.isoformat() if next_run else None,
            }
        )
    return jobs


def serve(
    settings: Settings,
    pack_path: Path | str | None,
    stop_event: threading.Event | None = None,
    clock: Clock | None = None,
    *,
    jobs: Sequence[JobSpec] | None = None,
    heartbeat_seconds: float = HEARTBEAT_SECONDS,
    stale_after: timedelta = STALE_AFTER,
) -> None:
    """Run the schedule until SIGINT, SIGTERM or `stop_event`; raises ServiceLockedError if one runs already.

    `jobs` replaces Parley's own poll, digest and deliver jobs (tests use it); `clock` times the lock.
    """
    now = clock or _utcnow
    stop = stop_event or threading.Event()
    load_pack(pack_path)  # a broken pack stops the start here, not every job later
    specs = list(jobs) if jobs is not None else parley_jobs(settings, pack_path)
    zone = schedule_timezone(settings)
    me = locks.Holder(host=socket.gethostname(), pid=os.getpid())
    handler = configure_logging(settings.log_file, settings.log_level)
    try:
        engine = open_database(settings.database_url)
        try:
            take_lock(engine, me, now(), stale_after)
            try:
                with _stop_on_signals(stop) as received:
                    _run_scheduler(settings, zone, specs, engine, me, now, stop, heartbeat_seconds)
            finally:
                with transaction(engine) as session:
                    locks.release(session, me)
            log.info("service stopped", extra={"signal": received[0] if received else None})
        finally:
            engine.dispose()
    finally:
        remove_logging(handler)


def take_lock(engine: Engine, me: locks.Holder, now: datetime, stale_after: timedelta = STALE_AFTER) -> None:
    with transaction(engine) as session:
        outcome = locks.acquire(session, me, now, stale_after)
    if not outcome.acquired:
        other = outcome.holder
        wait = int(stale_after.total_seconds())
        raise ServiceLockedError(
            f"{describe(str(engine.url))} is already served by pid {other.pid} on host {other.host} "
            f"(started {_iso(other.acquired_at)}, last heartbeat {_iso(other.heartbeat_at)}); stop that "
            f"`parley serve` first (a killed one on another host frees it {wait} s after its last heartbeat)"
        )
    if outcome.replaced is not None:
        log.warning(
            "took over a stale service lock",
            extra={
                "stale_holder": outcome.replaced.name,
                "stale_heartbeat": _iso(outcome.replaced.heartbeat_at),
            },
        )


def _run_scheduler(
    settings: Settings,
    zone: ZoneInfo,
    specs: Sequence[JobSpec],
    engine: Engine,
    me: locks.Holder,
    now: Clock,
    stop: threading.Event,
    heartbeat_seconds: float,
) -> None:
    scheduler = make_scheduler(settings.database_url, zone)
    scheduler.add_listener(
        _log_job_event, EVENT_JOB_SUBMITTED | EVENT_JOB_EXECUTED | EVENT_JOB_ERROR | EVENT_JOB_MISSED
    )
    scheduler.start(paused=True)
    try:
        schedule_jobs(scheduler, specs)
        scheduler.add_job(
            _heartbeat,
            IntervalTrigger(seconds=heartbeat_seconds, timezone=zone),
            args=(engine, me, now, stop),
            id=HEARTBEAT,
            name=HEARTBEAT,
            jobstore="memory",
            coalesce=True,
            max_instances=1,
            misfire_grace_time=max(1, int(heartbeat_seconds)),
        )
        scheduler.resume()
        log.info(
            "service started",
            extra={
                "holder": me.name,
                "database": describe(settings.database_url),
                "jobs": [
                    {"id": j.id, "next_run_time": _iso(j.next_run_time)}
                    for j in scheduler.get_jobs(jobstore="default")
                ],
            },
        )
        # A timeout, not a bare wait: it keeps the main thread returning to Python so signals are handled.
        while not stop.wait(timeout=1.0):
            pass
    finally:
        log.info("service stopping: waiting for running jobs to finish")
        scheduler.shutdown(wait=True)


def _heartbeat(engine: Engine, me: locks.Holder, now: Clock, stop: threading.Event) -> None:
    with transaction(engine) as session:
        still_ours = locks.heartbeat(session, me, now())
        holder = None if still_ours else locks.current(session)
    if not still_ours:
        # Another serve took the lock while we looked dead (a suspended machine): two must never run.
        log.error("service lock lost: stopping", extra={"holder": holder.name if holder else None})
        stop.set()


def _log_job_event(event: JobEvent) -> None:
    if event.job_id == HEARTBEAT:
        return  # every few seconds: only its failures matter, and those it logs itself
    if isinstance(event, JobSubmissionEvent):
        log.info("job started", extra={"job": event.job_id, "scheduled": _iso(event.scheduled_run_times[-1])})
        return
    assert isinstance(event, JobExecutionEvent)
    fields: dict[str, Any] = {"job": event.job_id, "scheduled": _iso(event.scheduled_run_time)}
    if event.code == EVENT_JOB_MISSED:
        log.warning("job run missed (later than its grace time)", extra=fields)
    elif event.code == EVENT_JOB_ERROR:
        log.error("job failed", extra={**fields, "error": repr(event.exception)})
    else:
        log.info("job finished", extra={**fields, **_outcome_fields(event.retval)})


def _outcome_fields(outcome: object) -> dict[str, Any]:
    """The figures of a job's outcome for its log line: a cycle's run and counts, a digest's summary."""
    if callable(getattr(outcome, "counts", None)):
        return {"run": getattr(outcome, "run_id", None), "counts": outcome.counts()}  # type: ignore[attr-defined]
    if callable(getattr(outcome, "to_json", None)):
        return {"outcome": outcome.to_json()}  # type: ignore[attr-defined]
    if dataclasses.is_dataclass(outcome) and not isinstance(outcome, type):
        return {"outcome": dataclasses.asdict(outcome)}
    return {}


@contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[list[str]]:
    """SIGINT and SIGTERM set `stop` while serving; yields the names of the signals received."""
    received: list[str] = []
    if threading.current_thread() is not threading.main_thread():
        yield received  # only the main thread may install handlers; the caller stops us by the event
        return

    def handle(signum: int, _frame: object) -> None:
        received.append(signal.Signals(signum).name)
        stop.set()

    previous = {sig: signal.signal(sig, handle) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield received
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _job_arguments(
    settings: Settings, pack_path: Path | str | None
) -> tuple[str | None, str | None, str | None]:
    """What each job gets to rebuild the settings: config file, database, pack (absolute paths)."""
    config = str(Path(settings.config_path).resolve()) if settings.config_path else None
    pack = str(Path(pack_path).resolve()) if pack_path else None
    database: str | None = settings.database_url
    if make_url(settings.database_url).password is not None:
        # The job table lives in this very database: a password stored in it would sit in every backup.
        # Jobs then find the database where this process did, which must give the same one.
        if load_settings(config=config, pack=pack).database_url != settings.database_url:
            raise ConfigError(
                "database: a URL with a password cannot be handed to scheduled jobs; set it in PARLEY_DB or "
                "[database] url instead of --db"
            )
        database = None
    return config, database, pack


def _cron_period(trigger: CronTrigger, zone: ZoneInfo) -> int:
    """Seconds between the next two firings: the digest may start late by up to one period."""
    first = trigger.get_next_fire_time(None, datetime.now(zone))
    second = trigger.get_next_fire_time(first, first) if first else None
    if first is None or second is None:
        return 3600
    return max(60, int((second - first).total_seconds()))


def _same_timing(old: BaseTrigger, new: BaseTrigger) -> bool:
    return (
        type(old) is type(new)
        and str(old) == str(new)
        and str(getattr(old, "timezone", None)) == str(getattr(new, "timezone", None))
    )


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None
