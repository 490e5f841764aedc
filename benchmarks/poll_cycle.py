"""One poll over many feeds, end to end, against a loopback HTTP server in another process.

1. 1,000 feeds of 20 summary-only entries each (sizes like a real news feed), served with an ETag.
   A full poll (fetch and parse, article pages off): entries per second and peak memory.
2. The same sources with the validators the first poll stored: every feed answers 304 (nothing parsed).
3. feedparser alone (its default settings) parsing the same 1,000 bodies in a loop, once before and once
   after the polls, and the ratio of our poll to it (target: no more than twice feedparser's own time).
   Wall and CPU time are both printed: on a shared machine the CPU time of this process is the steadier.

The server runs in a child process so that it does not share our interpreter lock. All requests go to one
host, so the per-host limit is raised to the global one.

    .venv/bin/python benchmarks/poll_cycle.py [--feeds 1000] [--entries 20] [--concurrency 16]
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import multiprocessing
import os
import resource
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

import feedparser

from monitor.fetch import FetchSettings, poll_sources
from storage.sources import SourceState

START = datetime(2026, 2, 5, 12, 0, tzinfo=UTC)
WORDS = (
    *("delegations", "negotiators", "ceasefire", "Abu", "Dhabi", "Geneva", "officials", "envoy", "security"),
    *("guarantees", "territory", "prisoners", "exchange", "energy", "strikes", "round", "talks", "Kremlin"),
    *("Kyiv", "Washington", "agreement", "monitoring", "line"),
)


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children: feeds may be parsed in a worker process."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def feed_body(number: int, entries: int) -> bytes:
    items = []
    for i in range(entries):
        published = START - timedelta(minutes=37 * i + number)
        words = " ".join(WORDS[(number + i + k) % len(WORDS)] for k in range(60))
        items.append(
            f"<item><title>Report {number}-{i}: {escape(words[:70])}</title>"
            f"<link>https://news{number % 50}.example/{number}/{i}?utm_source=rss</link>"
            f'<guid isPermaLink="false">feed{number}-item{i}</guid>'
            f"<pubDate>{format_datetime(published, usegmt=True)}</pubDate>"
            f"<description>&lt;p&gt;{escape(words)}.&lt;/p&gt;&lt;p&gt;{escape(words[::-1])}.&lt;/p&gt;"
            "</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Wire {number}</title><link>https://news.example/</link>{''.join(items)}</channel></rss>"
    ).encode()


def serve(port_pipe: multiprocessing.connection.Connection, feeds: int, entries: int) -> None:
    bodies = {f"/feed/{n}": feed_body(n, entries) for n in range(feeds)}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            body = bodies.get(self.path)
            if body is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            etag = f'"{self.path.rsplit("/", 1)[1]}-v1"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    port_pipe.send(server.server_address[1])
    server.serve_forever()


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker_peak_rss_mib() -> float:
    """The largest finished child's peak: the parse worker (the feed server is waited for only at the end)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--entries", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args()

    receive, send = multiprocessing.Pipe(duplex=False)
    server = multiprocessing.Process(target=serve, args=(send, args.feeds, args.entries), daemon=True)
    server.start()
    try:
        port = receive.recv()
        run(port, args.feeds, args.entries, args.concurrency)
    finally:
        server.terminate()
        server.join(5)


def run(port: int, feeds: int, entries: int, concurrency: int) -> None:
    settings = FetchSettings(
        allowed_networks=("127.0.0.0/8",),
        fetch_pages=False,
        concurrency=concurrency,
        per_host=concurrency,
    )
    sources = [SourceState(id=n, url=f"http://127.0.0.1:{port}/feed/{n}") for n in range(feeds)]
    bodies = [feed_body(n, entries) for n in range(feeds)]
    print(f"{feeds} feeds x {entries} entries, {sum(map(len, bodies)) / feeds / 1024:.1f} KiB a feed")

    alone_before = feedparser_alone(bodies, port)
    rss_before = peak_rss_mib()
    wall, cpu = time.perf_counter(), cpu_seconds()
    first = poll_sources(sources, settings, START)
    full, full_cpu = time.perf_counter() - wall, cpu_seconds() - cpu
    rss_after = peak_rss_mib()
    got = sum(len(r.entries) for r in first)
    failed = sum(r.outcome != "fetched" for r in first)
    print(f"full poll:        {full:6.2f}s  {got / full:6.0f} entries/s  cpu {full_cpu:6.2f}s", end="")
    print(f"  ({got} entries, {failed} failed)")
    print(
        f"peak memory:      {rss_after:6.0f} MiB resident (was {rss_before:.0f} MiB before the poll); "
        f"parse worker {worker_peak_rss_mib():.0f} MiB"
    )

    validated = [dataclasses.replace(s, etag=r.health["etag"]) for s, r in zip(sources, first, strict=True)]
    wall, cpu = time.perf_counter(), cpu_seconds()
    second = poll_sources(validated, settings, START)
    conditional, conditional_cpu = time.perf_counter() - wall, cpu_seconds() - cpu
    unchanged = sum(r.outcome == "not_modified" for r in second)
    parsed = sum(len(r.entries) for r in second)
    print(f"all-304 poll:     {conditional:6.2f}s  cpu {conditional_cpu:6.2f}s", end="")
    print(f"  ({unchanged} not modified, {parsed} entries parsed)")

    alone_after = feedparser_alone(bodies, port)
    alone, alone_cpu = (alone_before[0] + alone_after[0]) / 2, (alone_before[1] + alone_after[1]) / 2
    print(f"feedparser alone: {alone:6.2f}s  {got / alone:6.0f} entries/s  cpu {alone_cpu:6.2f}s", end="")
    print("  (mean of a run before and one after the polls)")
    print(
        f"ratio poll / feedparser: {full / alone:.2f} wall, {full_cpu / alone_cpu:.2f} cpu  (target <= 2.0)"
    )


def feedparser_alone(bodies: list[bytes], port: int) -> tuple[float, float]:
    """feedparser with its defaults on the same bodies, one after another: (wall, cpu) seconds."""
    wall, cpu = time.perf_counter(), cpu_seconds()
    for n, body in enumerate(bodies):
        feedparser.parse(
            io.BytesIO(body),
            response_headers={
                "content-location": f"http://127.0.0.1:{port}/feed/{n}",
                "content-type": "application/rss+xml; charset=utf-8",
            },
        )
    return time.perf_counter() - wall, cpu_seconds() - cpu


if __name__ == "__main__":
    main()
