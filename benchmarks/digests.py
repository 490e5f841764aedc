"""How fast digests are composed, rendered and delivered to files and an Atom feed.

Prints: compose and render time for a large digest (300 changes, every format), and outbox throughput for
the file and atom channels on a real SQLite file (50 digests, each to both). No target: the figures show
that reporting is negligible next to fetching. Run: .venv/bin/python benchmarks/digests.py
"""

from __future__ import annotations

import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from reports.channels import build_channels
from reports.compose import Checked, compose_digest
from reports.outbox import deliver_pending, publish
from reports.render import render_all
from reports.settings import DeliverySettings, Target
from storage.db import open_database, transaction
from storage.models import Change

END = datetime(2026, 2, 5, 6, tzinfo=UTC)
CHECKED = Checked(runs=48, sources_polled=480, not_modified=300, failed_count=4, articles_read=2000)


def changes(count: int, offset: int = 0) -> list[Change]:
    made = []
    for i in range(offset, offset + count):
        made.append(
            Change(
                key=f"bench-{i}",
                kind=("round", "statement", "position", "actor")[i % 4],
                subject_key=f"s{i}",
                subject=f"Subject {i} with Cyrillic Переговоры and a <tag>",
                field_name="new",
                before={},
                after={
                    "speaker": f"Speaker {i}",
                    "text": "A sentence said in Abu Dhabi " * 4,
                    "direct": True,
                },
                evidence={
                    "source": f"https://news.example.org/{i}",
                    "title": f"Title {i}",
                    "sentence": "x " * 60,
                },
                event_date=END,
                detected_at=END,
            )
        )
    return made


def timed(label: str, repeat: int, work: Any) -> None:
    start = time.perf_counter()
    for _ in range(repeat):
        work()
    per = (time.perf_counter() - start) / repeat
    print(f"{label:<52} {per * 1000:8.1f} ms")


def main() -> None:
    big = changes(300)
    payload = compose_digest(big, CHECKED, END - timedelta(days=1), END, "Bench story")
    timed("compose 300 changes", 20, lambda: compose_digest(big, CHECKED, None, END, "Bench story"))
    timed("render 300 changes as md, html, text, json", 10, lambda: render_all(payload))
    sizes = {fmt: len(text) for fmt, text in render_all(payload).items()}
    print("rendered sizes (characters):", ", ".join(f"{k} {v:,}" for k, v in sizes.items()))

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        engine = open_database(f"sqlite:///{out / 'bench.db'}")
        settings = DeliverySettings(
            targets=(Target("file", str(out / "d")), Target("atom", str(out / "f.atom")))
        )
        digests = 50
        for n in range(digests):
            batch = changes(10, offset=1000 + n * 10)
            with transaction(engine) as session:
                session.add_all(batch)
                session.flush()
                now = END + timedelta(hours=n)
                body = compose_digest(batch, CHECKED, None, now, "Bench story")
                publish(
                    session,
                    body,
                    change_ids=[c.id for c in batch if c.id],
                    period_start=None,
                    period_end=now,
                    targets=settings.targets,
                    now=now,
                )
        start = time.perf_counter()
        report = deliver_pending(engine, build_channels(settings), END + timedelta(days=30))
        elapsed = time.perf_counter() - start
        print(
            f"outbox: {report.sent} deliveries (file + atom, {digests} digests of 10 changes)"
            f" in {elapsed:.2f} s = {report.sent / elapsed:.0f} deliveries/s"
        )
        engine.dispose()


if __name__ == "__main__":
    main()
