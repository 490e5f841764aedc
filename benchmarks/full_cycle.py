"""Parley's whole cycle over many feeds: fetch, parse, screen, extract, store and diff, on a real SQLite file.

The same 1,000 feeds of 20 entries as `poll_cycle.py` (served from a loopback HTTP server in another
process), through `monitor.cycle.run_cycle` twice: a first cycle that reads everything, then a second in
which every feed answers 304. Prints entries per second, peak memory, the share of the stages, and the
ratio of the first cycle to feedparser's own parse time of the same bodies. With `--profile FILE` the
first cycle runs under cProfile (slower) and the time of the main stages is printed.

    .venv/bin/python benchmarks/full_cycle.py [--feeds N] [--entries N] [--parse-in thread] [--profile FILE]
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import multiprocessing
import pstats
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from poll_cycle import (
    START,
    cpu_seconds,
    feed_body,
    feedparser_alone,
    peak_rss_mib,
    serve,
    worker_peak_rss_mib,
)  # noqa: E402

from monitor.config import load_settings  # noqa: E402
from monitor.cycle import run_cycle  # noqa: E402
from monitor.pack import FeedSpec, load_pack  # noqa: E402
from storage.db import open_database  # noqa: E402

STAGES = {
    "store a source's entries": ("monitor/ingest.py", "ingest_entries"),
    "screen (duplicates, relevance)": ("monitor/screen.py", "screen"),
    "extract": ("monitor/extract/__init__.py", "extract_article"),
    "diff": ("monitor/cycle.py", "diff_stage"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--entries", type=int, default=20)
    parser.add_argument("--parse-in", default="auto", choices=("auto", "process", "thread"))
    parser.add_argument("--profile", type=Path, help="also write the first cycle's cProfile stats here")
    args = parser.parse_args()
    receive, send = multiprocessing.Pipe(duplex=False)
    server = multiprocessing.Process(target=serve, args=(send, args.feeds, args.entries), daemon=True)
    server.start()
    try:
        run(receive.recv(), args.feeds, args.entries, args.profile, args.parse_in)
    finally:
        server.terminate()
        server.join(5)


def run(
    port: int, feeds: int, entries: int, profile_path: Path | None = None, parse_in: str = "auto"
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="parley-bench-"))
    settings = load_settings(database=str(folder / "bench.db"), cwd=folder)
    fetch = dataclasses.replace(
        settings.fetch,
        allowed_networks=("127.0.0.0/8",),
        fetch_pages=False,
        per_host=settings.fetch.concurrency,
        parse_in=parse_in,
    )
    settings = dataclasses.replace(settings, fetch=fetch, data_dir=folder)
    urls = [f"http://127.0.0.1:{port}/feed/{n}" for n in range(feeds)]
    pack = dataclasses.replace(load_pack(), feeds=tuple(FeedSpec(url=u, full_text=False) for u in urls))
    engine = open_database(settings.database_url)
    bodies = [feed_body(n, entries) for n in range(feeds)]
    print(f"{feeds} feeds x {entries} entries; database {settings.database_url}")

    alone, alone_cpu = feedparser_alone(bodies, port)
    rss_before = peak_rss_mib()
    profile = cProfile.Profile() if profile_path is not None else None
    wall, cpu = time.perf_counter(), cpu_seconds()
    if profile is not None:
        profile.enable()
    first = run_cycle(engine, pack, settings, START)
    if profile is not None:
        profile.disable()
    took, took_cpu = time.perf_counter() - wall, cpu_seconds() - cpu
    print(
        f"first cycle:  {took:7.2f}s  {first.entries_seen / took:6.0f} entries/s  cpu {took_cpu:7.2f}s  "
        f"({first.articles_new} new articles: {first.articles_relevant} relevant, {first.articles_skipped} "
        f"skipped, {first.articles_duplicate} duplicates; {first.facts_new} facts, "
        f"{first.changes_new} changes)"
    )
    print(
        f"peak memory:  {peak_rss_mib():7.0f} MiB resident (was {rss_before:.0f} MiB before the cycle); "
        f"parse worker {worker_peak_rss_mib():.0f} MiB"
    )
    if profile is not None and profile_path is not None:
        stats = pstats.Stats(profile)
        stats.dump_stats(profile_path)
        print("  stages run in the main thread (profiled, so slower than above):")
        for label, (path, name) in STAGES.items():
            cumulative = sum(v[3] for k, v in stats.stats.items() if k[0].endswith(path) and k[2] == name)  # type: ignore[attr-defined]
            print(f"  {label:32s} {cumulative:7.2f}s cpu")

    wall, cpu = time.perf_counter(), cpu_seconds()
    second = run_cycle(engine, pack, settings, START + timedelta(days=1))
    again, again_cpu = time.perf_counter() - wall, cpu_seconds() - cpu
    print(
        f"second cycle: {again:7.2f}s  cpu {again_cpu:7.2f}s  "
        f"({second.sources_not_modified} not modified, {second.entries_seen} entries parsed)"
    )
    print(f"feedparser alone on the same bodies: {alone:.2f}s (cpu {alone_cpu:.2f}s)")
    print(
        f"ratio cycle / feedparser: {took / alone:.2f} wall, {took_cpu / alone_cpu:.2f} cpu  (target <= 2.0)"
    )
    engine.dispose()


if __name__ == "__main__":
    main()
