"""The real jobs against a local feed: the poll job reads the config, opens the database and runs a cycle.

`monitor.jobs` calls the lead's `monitor.digesting`; until it exists these tests are skipped.
"""

from __future__ import annotations

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
from monitor.digesting import DigestOutcome
from monitor.jobs import deliver_job, digest_job, poll_job
from monitor.pack import BUNDLED_PACK
from monitor.scheduler import POLL, make_scheduler, parley_jobs, schedule_jobs
from reports.outbox import DeliveryReport
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
        f'[database]\nurl = "{db_path}"\n\n'
        f'[paths]\npack = "{tmp_path / "story.toml"}"\ndata_dir = "{tmp_path / "data"}"\n\n'
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


def test_the_scheduler_runs_the_real_poll_job_at_the_first_start_and_then_on_its_interval(
    config: Path,
) -> None:
    settings = load_settings(config=config)
    events: queue.Queue[JobExecutionEvent] = queue.Queue()
    with time_machine.travel(START, tick=False) as clock:
        scheduler = make_scheduler(settings.database_url, KYIV)
        scheduler.add_listener(events.put, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
        scheduler.start(paused=True)
        schedule_jobs(scheduler, [s for s in parley_jobs(settings) if s.id == POLL])
        scheduler.resume()
        first = events.get(timeout=60)
        clock.move_to(START + timedelta(minutes=30, seconds=1))
        scheduler.wakeup()
        second = events.get(timeout=60)
        scheduler.shutdown()
    assert first.code == second.code == EVENT_JOB_EXECUTED, first.traceback or second.traceback
    assert (first.scheduled_run_time, second.scheduled_run_time) == (START, START + timedelta(minutes=30))
    assert first.retval.sources_fetched == 1 and first.retval.articles_new >= 1
    assert second.retval.articles_new == 0  # the feed file has not changed in between


def test_the_digest_job_composes_and_delivers_and_the_deliver_job_then_finds_nothing_due(
    config: Path, tmp_path: Path
) -> None:
    poll_job(str(config), None)
    outcome = digest_job(str(config), None)
    assert isinstance(outcome, DigestOutcome) and outcome.digest_id >= 1
    assert outcome.delivery.sent >= 1 and outcome.delivery.failed == 0
    assert outcome.files and all(f.is_relative_to(tmp_path / "data") and f.is_file() for f in outcome.files)

    retry = deliver_job(str(config), None)
    assert isinstance(retry, DeliveryReport)
    assert (retry.attempted, retry.sent, retry.failed) == (0, 0, 0)
