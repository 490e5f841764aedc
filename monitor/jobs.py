"""The service's jobs: module-level functions the scheduler stores by reference and calls on time.

Their arguments are small strings (config file, database, story pack), pickled into the job table. Each
call reads the settings afresh, opens the database, calls one core function with the current time and
returns its outcome for the scheduler's log; no job holds logic of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy.engine import Engine

from monitor.config import Settings, load_settings
from monitor.cycle import CycleReport, run_cycle
from monitor.digesting import DigestOutcome, deliver_due, make_digest
from monitor.pack import load_pack
from reports.outbox import DeliveryReport
from storage.db import open_database


def poll_job(config_path: str | None, database: str | None, pack: str | None = None) -> CycleReport:
    with _opened(config_path, database, pack) as (settings, engine):
        return run_cycle(engine, load_pack(settings.pack_path), settings, datetime.now(UTC))


def digest_job(config_path: str | None, database: str | None, pack: str | None = None) -> DigestOutcome:
    with _opened(config_path, database, pack) as (settings, engine):
        return make_digest(engine, load_pack(settings.pack_path), settings, datetime.now(UTC))


def deliver_job(config_path: str | None, database: str | None, pack: str | None = None) -> DeliveryReport:
    with _opened(config_path, database, pack) as (settings, engine):
        return deliver_due(engine, settings, datetime.now(UTC))


@contextmanager
def _opened(
    config_path: str | None, database: str | None, pack: str | None
) -> Iterator[tuple[Settings, Engine]]:
    settings = load_settings(config=config_path, database=database, pack=pack)
    engine = open_database(settings.database_url)
    try:
        yield settings, engine
    finally:
        # Each run opens its own pool; closing it keeps a long-running service from piling up connections.
        engine.dispose()
