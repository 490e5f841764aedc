"""The schedule: jobs run on time, a backlog becomes one run, a restart keeps the schedule.

The clock is time-machine's; the scheduler's own thread waits in real time, so each step moves the clock
and calls `wakeup()` instead of sleeping. Parley's real triggers (built from `[schedule]`) drive a
recording job, so what is checked is the timing, not the cycle.
"""

from __future__ import annotations

import dataclasses
import queue
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.job import Job
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger
from servicejobs import recording
from sqlalchemy.exc import OperationalError

from monitor.config import ScheduleSettings, Settings
from monitor.errors import ConfigError
from monitor.scheduler import DELIVER, DIGEST, POLL, JobSpec, make_scheduler, parley_jobs, schedule_jobs
from storage.db import make_engine

KYIV = ZoneInfo("Europe/Kyiv")
START = datetime(2026, 2, 16, 6, 0, tzinfo=KYIV)  # a Monday, 04:00 UTC


@pytest.fixture
def kyiv_settings(settings: Settings) -> Settings:
    schedule = ScheduleSettings(
        poll_minutes=30, digest_cron="0 7 * * *", timezone="Europe/Kyiv", deliver_minutes=5
    )
    return dataclasses.replace(settings, schedule=schedule)


class Watched:
    def __init__(self, scheduler: BackgroundScheduler) -> None:
        self.scheduler = scheduler
        self.events: queue.Queue[JobExecutionEvent] = queue.Queue()
        scheduler.add_listener(self.events.put, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR | EVENT_JOB_MISSED)

    def next_runs(self) -> dict[str, datetime]:
        return {job.id: job.next_run_time for job in self.scheduler.get_jobs()}

    def runs_after_wakeup(self, count: int) -> set[tuple[str, datetime]]:
        """Wake the scheduler and collect `count` executions as (job id, the slot it ran for)."""
        self.scheduler.wakeup()
        ran = set()
        for _ in range(count):
            event = self.events.get(timeout=10)
            assert event.code == EVENT_JOB_EXECUTED, f"{event.job_id}: {event.exception or 'missed'}"
            ran.add((event.job_id, event.scheduled_run_time))
        return ran

    def nothing_else_ran(self) -> bool:
        # shutdown(wait=True) returns after every submitted job and its event: a surplus run would be queued.
        self.scheduler.shutdown(wait=True)
        return self.events.empty()


@pytest.fixture
def clock() -> Iterator[time_machine.Coordinates]:
    with time_machine.travel(START, tick=False) as traveller:
        yield traveller


@pytest.fixture
def sqlite_store(db_path: Path) -> str:
    return f"sqlite:///{db_path}"


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request: pytest.FixtureRequest, sqlite_store: str) -> str:
    """The job store's database: the restart tests run on both."""
    return sqlite_store if request.param == "sqlite" else str(request.getfixturevalue("postgres_db"))


def started(url: str, specs: list[JobSpec]) -> Watched:
    scheduler = make_scheduler(url, KYIV)
    watched = Watched(scheduler)
    scheduler.start(paused=True)
    schedule_jobs(scheduler, specs)
    return watched


def test_jobs_are_stored_with_fixed_ids_coalescing_single_instance_and_a_grace_of_their_interval(
    kyiv_settings: Settings, sqlite_store: str, clock: time_machine.Coordinates
) -> None:
    watched = started(sqlite_store, parley_jobs(kyiv_settings))
    jobs = {job.id: job for job in watched.scheduler.get_jobs()}
    assert set(jobs) == {POLL, DIGEST, DELIVER}
    assert all(job.coalesce and job.max_instances == 1 for job in jobs.values())
    assert {job_id: job.misfire_grace_time for job_id, job in jobs.items()} == {
        POLL: 30 * 60,
        DIGEST: 24 * 3600,
        DELIVER: 5 * 60,
    }
    assert jobs[POLL].func_ref == "monitor.jobs:poll_job"
    assert jobs[DIGEST].args == (None, str(kyiv_settings.database_url), None)
    watched.scheduler.shutdown()


def test_poll_and_digest_run_on_time_in_the_configured_time_zone(
    kyiv_settings: Settings, sqlite_store: str, clock: time_machine.Coordinates
) -> None:
    watched = started(sqlite_store, recording(parley_jobs(kyiv_settings)))
    at = START.replace
    # A first start polls and delivers at once; the digest waits for its time.
    assert watched.next_runs() == {POLL: START, DIGEST: at(hour=7), DELIVER: START}
    watched.scheduler.resume()
    assert watched.runs_after_wakeup(2) == {(POLL, START), (DELIVER, START)}
    assert watched.next_runs() == {POLL: at(minute=30), DIGEST: at(hour=7), DELIVER: at(minute=5)}

    clock.move_to(at(minute=30, second=1))
    # Deliver was due five times since 06:05; coalescing makes that one run, for the latest slot.
    assert watched.runs_after_wakeup(2) == {(POLL, at(minute=30)), (DELIVER, at(minute=30))}
    assert watched.next_runs() == {POLL: at(hour=7), DIGEST: at(hour=7), DELIVER: at(minute=35)}

    clock.move_to(at(hour=7, second=2))
    assert watched.runs_after_wakeup(3) == {(POLL, at(hour=7)), (DIGEST, at(hour=7)), (DELIVER, at(hour=7))}
    tomorrow_seven = datetime(2026, 2, 17, 7, 0, tzinfo=KYIV)
    assert watched.next_runs()[DIGEST] == tomorrow_seven
    assert watched.nothing_else_ran()


def test_after_a_long_gap_each_job_runs_once_for_its_latest_slot(
    kyiv_settings: Settings, sqlite_store: str, clock: time_machine.Coordinates
) -> None:
    watched = started(sqlite_store, recording(parley_jobs(kyiv_settings)))
    watched.scheduler.resume()
    assert watched.runs_after_wakeup(2) == {(POLL, START), (DELIVER, START)}  # the first start's runs
    clock.move_to(datetime(2026, 2, 18, 9, 10, tzinfo=KYIV))  # two days and three hours later
    assert watched.runs_after_wakeup(3) == {
        (POLL, datetime(2026, 2, 18, 9, 0, tzinfo=KYIV)),
        (DIGEST, datetime(2026, 2, 18, 7, 0, tzinfo=KYIV)),
        (DELIVER, datetime(2026, 2, 18, 9, 10, tzinfo=KYIV)),
    }
    assert watched.nothing_else_ran()


def test_a_restart_sees_the_stored_jobs_and_keeps_their_next_run_times(
    kyiv_settings: Settings, any_store: str, clock: time_machine.Coordinates
) -> None:
    specs = recording(parley_jobs(kyiv_settings))
    first = started(any_store, specs)
    before = first.next_runs()
    first.scheduler.shutdown()  # with poll and deliver due: a shutdown must not move them on unrun

    clock.move_to(START + timedelta(minutes=20))
    second = make_scheduler(any_store, KYIV)
    second.start(paused=True)
    assert {job.id: job.next_run_time for job in second.get_jobs()} == before
    schedule_jobs(second, specs)  # what every `parley serve` start does
    assert {job.id: job.next_run_time for job in second.get_jobs()} == before
    second.shutdown()


def test_a_restart_with_a_new_poll_interval_reschedules_only_the_poll(
    kyiv_settings: Settings, any_store: str, clock: time_machine.Coordinates
) -> None:
    first = started(any_store, recording(parley_jobs(kyiv_settings)))
    before = first.next_runs()
    first.scheduler.shutdown()

    clock.move_to(START + timedelta(minutes=20))
    faster = dataclasses.replace(kyiv_settings.schedule, poll_minutes=15)
    second = started(any_store, recording(parley_jobs(dataclasses.replace(kyiv_settings, schedule=faster))))
    after = second.next_runs()
    second.scheduler.shutdown()
    assert after[POLL] == START + timedelta(minutes=35)
    assert (after[DIGEST], after[DELIVER]) == (before[DIGEST], before[DELIVER])


@pytest.mark.parametrize(
    ("field", "value", "named"),
    [
        ("digest_cron", "0 7 * *", "schedule.digest_cron"),
        ("digest_cron", "0 25 * * *", "schedule.digest_cron"),
        ("timezone", "Europe/Atlantis", "schedule.timezone"),
        ("poll_minutes", 0, "schedule.poll_minutes"),
    ],
)
def test_a_bad_schedule_is_refused_naming_the_setting(
    settings: Settings, field: str, value: object, named: str
) -> None:
    bad = dataclasses.replace(settings, schedule=dataclasses.replace(settings.schedule, **{field: value}))
    with pytest.raises(ConfigError, match=named):
        parley_jobs(bad)


def test_jobs_get_absolute_paths_and_no_database_password(settings: Settings, tmp_path: Path) -> None:
    config = tmp_path / "parley.toml"
    config.write_text('[database]\nurl = "postgresql://parley:s3cret@db.example/parley"\n')
    from monitor.config import load_settings

    with_password = load_settings(config=config, cwd=tmp_path)
    spec = parley_jobs(with_password, "pack.toml")[0]
    assert spec.args == (str(config.resolve()), None, str((Path.cwd() / "pack.toml").resolve()))
    given_on_the_command_line = load_settings(
        config=config, database="postgresql://parley:other@db.example/parley", cwd=tmp_path
    )
    with pytest.raises(ConfigError, match="PARLEY_DB"):
        parley_jobs(given_on_the_command_line)


class FlakyStore(SQLAlchemyJobStore):
    """A job store that fails once while saving a job's next run time, as a locked database does."""

    def __init__(self, url: str) -> None:
        super().__init__(engine=make_engine(url), tablename="flaky_jobs")
        self.failures = 1

    def update_job(self, job: Job) -> None:
        if self.failures:
            self.failures -= 1
            raise OperationalError("UPDATE apscheduler_jobs", {}, Exception("database is locked"))
        super().update_job(job)


def test_the_scheduler_survives_a_job_store_error_and_runs_on(
    db_path: Path, clock: time_machine.Coordinates
) -> None:
    scheduler = make_scheduler(f"sqlite:///{db_path}", KYIV)
    scheduler.add_jobstore(FlakyStore(f"sqlite:///{db_path}"), "flaky")
    watched = Watched(scheduler)
    scheduler.start(paused=True)
    scheduler.add_job(
        "servicejobs:record",
        IntervalTrigger(minutes=30, timezone=KYIV),
        args=("poll",),
        id="poll",
        jobstore="flaky",
    )
    scheduler.resume()
    clock.move_to(START + timedelta(minutes=30, seconds=1))
    slot = START + timedelta(minutes=30)
    assert watched.runs_after_wakeup(1) == {("poll", slot)}  # ran, but its next run time was not saved
    # Plain APScheduler's thread would be dead now; this one retries (sooner when woken).
    assert watched.runs_after_wakeup(1) == {("poll", slot)}
    assert watched.next_runs() == {"poll": START + timedelta(hours=1)}
    assert watched.nothing_else_ran()
