"""The real jobs against a local feed: the poll job reads the config, opens the database and runs a cycle.

`monitor.jobs` calls the lead's `monitor.digesting`; until it exists these tests are skipped.
"""

from __future__ import annotations

import dataclasses
import queue
import re
import shutil
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, JobExecutionEvent

try:
    import monitor.digesting  # noqa: F401
except ModuleNotFoundError as missing:
    if missing.name != "monitor.digesting":
        raise
    pytest.skip("monitor.digesting (make_digest, deliver_due) is not written yet", allow_module_level=True)

from monitor.config import load_settings
from monitor.cycle import CycleReport
from monitor.jobs import deliver_job, digest_job, poll_job
from monitor.pack import BUNDLED_PACK
from monitor.scheduler import POLL, make_scheduler, parley_jobs, schedule_jobs
from storage import runs as run_queries
from storage import sources as source_queries
from storage.db import open_database, transaction

REPO = Path(__file__).resolve().parents[2]
FEED = REPO / "seeds" / "samples" / "2026-02-05" / "dnipro-ledger.xml"
KYIV = ZoneInfo("Europe/Kyiv")
START = datetime(2026, 2, 16, 6, 0, tzinfo=KYIV)


@pytest.fixture
def config(tmp_path: Path, db_path: Path) -> Path:
    """A config file naming the database and a copy of the story pack whose only feed is a local file."""
    story = BUNDLED_PACK.read_text(encoding="utf-8")
    story = re.sub(r"\[\[feeds\]\]\n(?:[a-z_]+ = .*\n)+\n?", "", story)
    feed = FEED.resolve().as_uri()
    (tmp_path / "story.toml").write_text(
        f'{story}\n[[feeds]]\nurl = "{feed}"\ntitle = "Dnipro Ledger"\nfull_text = false\n', encoding="utf-8"
    )
    for seed in BUNDLED_PACK.parent.glob("000_*.txt"):
        shutil.copy(seed, tmp_path / seed.name)
    path = tmp_path / "parley.toml"
    path.write_text(
        f'[database]\nurl = "{db_path}"\n\n[paths]\npack = "{tmp_path / "story.toml"}"\n\n'
        '[schedule]\npoll_minutes = 30\ntimezone = "Europe/Kyiv"\n',
        encoding="utf-8",
    )
    return path


def test_the_poll_job_runs_a_cycle_over_the_local_feed(config: Path, db_path: Path) -> None:
    report = poll_job(str(config), None)
    assert isinstance(report, CycleReport)
    assert (report.sources_polled, report.sources_fetched, report.sources_failed) == (1, 1, 0)
    assert report.articles_new >= 1

    again = poll_job(str(config), None)  # the file has not changed since
    assert again.articles_new == 0

    engine = open_database(f"sqlite:///{db_path}")
    with transaction(engine) as session:
        runs = run_queries.recent_runs(session)
        [source] = source_queries.list_sources(session)
    engine.dispose()
    assert [(r["kind"], r["status"]) for r in runs] == [("poll", "ok"), ("poll", "ok")]
    assert runs[-1]["counts"]["articles_new"] == report.articles_new
    assert source.url == FEED.resolve().as_uri() and source.last_status in ("fetched", "not_modified")


def test_the_scheduler_runs_the_real_poll_job_when_it_is_due(config: Path) -> None:
    settings = load_settings(config=config)
    events: queue.Queue[JobExecutionEvent] = queue.Queue()
    with time_machine.travel(START, tick=False) as clock:
        scheduler = make_scheduler(settings.database_url, KYIV)
        scheduler.add_listener(events.put, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
        scheduler.start(paused=True)
        schedule_jobs(scheduler, [s for s in parley_jobs(settings) if s.id == POLL])
        scheduler.resume()
        clock.move_to(START + timedelta(minutes=30, seconds=1))
        scheduler.wakeup()
        event = events.get(timeout=60)
        scheduler.shutdown()
    assert event.code == EVENT_JOB_EXECUTED, event.traceback
    assert event.scheduled_run_time == START + timedelta(minutes=30)
    assert event.retval.sources_fetched == 1 and event.retval.articles_new >= 1


def test_digest_and_deliver_jobs_run_against_the_same_configuration(config: Path) -> None:
    poll_job(str(config), None)
    outcome = digest_job(str(config), None)
    delivered = deliver_job(str(config), None)
    assert type(outcome).__name__ == "DigestOutcome"
    assert type(delivered).__name__ == "DeliveryOutcome"
    assert dataclasses.is_dataclass(outcome) or outcome is not None
