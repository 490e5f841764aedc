"""`parley demo`: the whole product, offline, on the bundled sample news.

A loopback HTTP server plays the outlets: each simulated day it serves the feeds as they stood that evening
(with ETags, so unchanged feeds answer 304 as real ones do). Each day Parley runs one cycle against it and
writes that day's digest. The database is a fresh SQLite file in the output folder, unless `PARLEY_DB`
names another.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import threading
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from sqlalchemy.engine import Engine

from monitor.baseline import init_story
from monitor.config import Settings, load_settings
from monitor.cycle import run_cycle
from monitor.digesting import make_digest
from monitor.pack import FeedSpec, StoryPack, load_pack
from monitor.views import describe_change
from seeds import SEEDS_DIR
from storage import changes as change_queries
from storage.db import describe, open_database, transaction

SAMPLES = SEEDS_DIR / "samples"


@dataclass(frozen=True)
class SampleDay:
    day: date
    folder: Path


@dataclass(frozen=True)
class Outlet:
    slug: str
    title: str


def load_samples(folder: Path = SAMPLES) -> tuple[list[Outlet], list[SampleDay]]:
    data = tomllib.loads((folder / "days.toml").read_text(encoding="utf-8"))
    outlets = [Outlet(o["slug"], o["title"]) for o in data["outlets"]]
    days = [SampleDay(date.fromisoformat(str(d["date"])), folder / d["folder"]) for d in data["days"]]
    return outlets, days


class _FeedServer:
    """Serves `/<slug>.xml` from the current day's folder, with ETag and 304 like a real feed host."""

    def __init__(self) -> None:
        self.folder: Path | None = None
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the http.server API)
                path = server.folder / self.path.lstrip("/") if server.folder else None
                if path is None or "/" in self.path.lstrip("/") or not path.is_file():
                    self.send_error(404)
                    return
                body = path.read_bytes()
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/xml; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}"


@contextmanager
def serve_samples() -> Iterator[_FeedServer]:
    server = _FeedServer()
    thread = threading.Thread(target=server.httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()


def demo_settings(out: Path) -> Settings:
    """The defaults, pointed at the output folder and allowed to fetch from loopback."""
    database = os.environ.get("PARLEY_DB") or str(out / "parley-demo.db")
    settings = load_settings(database=database, cwd=out)
    fetch = dataclasses.replace(settings.fetch, allow_private_addresses=True, fetch_pages=False)
    delivery = settings.delivery.with_file_target(out / "digests")
    return dataclasses.replace(settings, data_dir=out, fetch=fetch, delivery=delivery)


def run_demo(out: Path, days: int | None = None, echo: Callable[[str], None] = print) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    if not os.environ.get("PARLEY_DB"):
        for stale in out.glob("parley-demo.db*"):
            stale.unlink()
    settings = demo_settings(out)
    outlets, sample_days = load_samples()
    sample_days = sample_days[:days] if days else sample_days
    engine = open_database(settings.database_url)
    echo(f"Database: {describe(settings.database_url)}")
    echo(f"Digests:  {out / 'digests'}")
    try:
        _simulate(engine, settings, outlets, sample_days, echo)
    finally:
        engine.dispose()
    echo("")
    where = describe(settings.database_url).removeprefix("sqlite:///")
    echo(f"Done. Explore with: parley --db {where} state   (or: history, sources, status)")
    return out


def _simulate(
    engine: Engine,
    settings: Settings,
    outlets: list[Outlet],
    sample_days: list[SampleDay],
    echo: Callable[[str], None],
) -> None:
    with serve_samples() as server:
        pack = _local_pack(load_pack(), server.base_url, outlets)
        baseline = init_story(engine, pack, datetime.combine(sample_days[0].day, time(6, 0), tzinfo=UTC))
        echo(f"Baseline from the seed: {baseline.facts_added} facts.")
        for day in sample_days:
            server.folder = day.folder
            now = datetime.combine(day.day, time(18, 0), tzinfo=UTC)
            report = run_cycle(engine, pack, settings, now)
            outcome = make_digest(engine, pack, settings, now)
            echo("")
            echo(
                f"== {day.day.isoformat()}: {report.articles_new} new articles "
                f"({report.articles_relevant} relevant, {report.articles_skipped} off-topic, "
                f"{report.articles_duplicate} duplicates), {report.changes_new} changes"
            )
            _echo_changes(engine, outcome.change_ids, echo)
            for path in outcome.files:
                echo(f"   digest: {path}")


def _local_pack(pack: StoryPack, base_url: str, outlets: list[Outlet]) -> StoryPack:
    feeds = tuple(FeedSpec(url=f"{base_url}/{o.slug}.xml", title=o.title, full_text=False) for o in outlets)
    return dataclasses.replace(pack, feeds=feeds)


def _echo_changes(engine: Engine, change_ids: list[int], echo: Callable[[str], None]) -> None:
    with transaction(engine) as session:
        changes = [
            change_queries.change_to_dict(c) for c in change_queries.changes_by_ids(session, change_ids)
        ]
    for change in changes:
        echo(f" - [{change['kind']}] {change['subject']}: {describe_change(change)}")
