"""`parley status` data: the service and its lock, the stored jobs, recent runs, sources, the outbox."""

from __future__ import annotations

import dataclasses
import json
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path

import time_machine
from servicejobs import recording
from sqlalchemy import insert

from monitor.config import ScheduleSettings, Settings
from monitor.scheduler import make_scheduler, parley_jobs, schedule_jobs, schedule_timezone
from monitor.status import collect_status
from storage import locks
from storage import sources as source_queries
from storage.db import open_database, transaction
from storage.models import Delivery, Digest, Run

NOW = datetime(2026, 2, 16, 6, 0, tzinfo=UTC)


def test_status_gathers_jobs_runs_sources_outbox_and_the_service(settings: Settings, db_path: Path) -> None:
    settings = dataclasses.replace(
        settings, schedule=ScheduleSettings(timezone="Europe/Kyiv", poll_minutes=30)
    )
    engine = open_database(settings.database_url)
    with time_machine.travel(NOW, tick=False):
        scheduler = make_scheduler(settings.database_url, schedule_timezone(settings))
        scheduler.start(paused=True)
        schedule_jobs(scheduler, recording(parley_jobs(settings)))
        scheduler.shutdown()
    with transaction(engine) as session:
        locks.acquire(session, locks.Holder(host=socket.gethostname(), pid=1), NOW, timedelta(minutes=2))
        session.execute(
            insert(Run).values(
                kind="poll",
                status="partial",
                started_at=NOW,
                counts={"articles_new": 2},
                errors=[{"source": "x"}],
            )
        )
        source_queries.add_source(session, "file:///feeds/ledger.xml", "Ledger")
        digest_id = session.execute(
            insert(Digest).values(period_end=NOW, created_at=NOW, payload={}).returning(Digest.id)  # type: ignore[arg-type]
        ).scalar_one()
        for channel, status, due in [
            ("file", "sent", None),
            ("email", "failed", NOW + timedelta(minutes=10)),
            ("apprise", "pending", NOW + timedelta(minutes=5)),
        ]:
            session.execute(
                insert(Delivery).values(
                    digest_id=digest_id,
                    channel=channel,
                    target=channel,
                    status=status,
                    next_attempt_at=due,
                    created_at=NOW,
                )
            )

    status = collect_status(engine, settings, now=NOW + timedelta(seconds=30))
    engine.dispose()

    json.dumps(status)  # plain data all the way down: `parley status --json` prints it as is
    # Ordered by next run time; a first start polls and delivers at once (08:00 in Kyiv is 06:00 UTC).
    assert [(j["id"], j["function"], j["next_run_time"]) for j in status["jobs"]][2:] == [
        ("digest", "servicejobs:record", "2026-02-17T07:00:00+02:00")
    ]
    assert sorted((j["id"], j["trigger"], j["next_run_time"]) for j in status["jobs"][:2]) == [
        ("deliver", "interval[0:05:00]", "2026-02-16T08:00:00+02:00"),
        ("poll", "interval[0:30:00]", "2026-02-16T08:00:00+02:00"),
    ]
    [run] = status["runs"]
    assert (run["status"], run["counts"], run["errors"]) == (
        "partial",
        {"articles_new": 2},
        [{"source": "x"}],
    )
    assert [(s["url"], s["last_status"]) for s in status["sources"]] == [("file:///feeds/ledger.xml", None)]
    assert status["outbox"] == {
        "pending": 1,
        "sending": 0,
        "sent": 1,
        "failed": 1,
        "dead": 0,
        "next_attempt_at": (NOW + timedelta(minutes=5)).isoformat(),
    }
    # pid 1 on this host is alive (init), and its heartbeat is 30 s old: a running service.
    assert status["service"] == {
        "running": True,
        "stale": False,
        "host": socket.gethostname(),
        "pid": 1,
        "since": NOW.isoformat(),
        "heartbeat_at": NOW.isoformat(),
    }


def test_status_of_a_database_never_served(settings: Settings) -> None:
    engine = open_database(settings.database_url)
    status = collect_status(engine, settings)
    engine.dispose()
    assert status["service"] == {"running": False}
    assert status["jobs"] == [] and status["runs"] == [] and status["sources"] == []
    assert status["outbox"]["next_attempt_at"] is None and status["outbox"]["pending"] == 0


def test_a_lock_left_by_a_dead_serve_shows_as_stale(settings: Settings) -> None:
    engine = open_database(settings.database_url)
    with transaction(engine) as session:
        locks.acquire(session, locks.Holder(host="elsewhere", pid=4242), NOW, timedelta(minutes=2))
    status = collect_status(engine, settings, now=NOW + timedelta(hours=1))
    engine.dispose()
    assert (status["service"]["running"], status["service"]["stale"]) == (False, True)
