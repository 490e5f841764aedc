"""Poll many sources at once, politely, and say per source what happened: the fetch stage of the cycle.

For each source, concurrently (one `WebClient`: global and per-host limits, timeouts, size cap, address
policy):

1. GET the feed with If-None-Match / If-Modified-Since from the stored validators (a local path or file://
   URL is read from disk instead, its mtime and size standing in for an ETag).
2. 304 ends the work: nothing is parsed. 410 retires the source. 429/503 wait as long as Retry-After asks.
   Any other failure backs off exponentially and, after `max_failures` in a row, disables the source.
3. Parse the body (feedparser, in one worker: a process for large polls, else a thread; one feed at a
   time, the event loop stays free).
4. For entries that carry only a summary, fetch the article page and extract its text (monitor/fulltext.py),
   unless the source or the settings switch it off, the article is stored already, or the site's
   robots.txt asks crawlers to stay out (monitor/robots.py).
5. Turn the outcome into the source's new health columns (monitor/health.py).

Outcomes are values (`PollResult`), never exceptions: one bad source never breaks or delays the others.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import queue
import threading
from collections.abc import Callable, Collection, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from monitor import health
from monitor.addresses import AddressPolicy
from monitor.errors import FeedParseError, FetchError
from monitor.fulltext import fill_from_pages, wants_page
from monitor.parse import FeedEntry, ParsedFeed, parse_feed
from monitor.politeness import cache_lifetime, retry_after
from monitor.robots import RobotsRules
from monitor.urls import local_path
from monitor.web import ClientLimits, WebClient, WebResponse, detail
from monitor.worker import exit_with_parent
from storage.sources import SourceState

# The poller reads exactly what storage hands it: one type, defined where it is built.
SourceSnapshot = SourceState

log = logging.getLogger("parley.fetch")

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, "
    "text/xml;q=0.9, */*;q=0.1"
)
THROTTLE_STATUSES = frozenset({429, 503})
GONE_STATUSES = frozenset({410})

# Given the article URLs of one feed, which are stored already (their pages are not fetched again).
KnownUrls = Callable[[Sequence[str]], Collection[str]]


@dataclass(frozen=True)
class FetchSettings:
    user_agent: str = "Parley/0.1 (+https://parley.example/bot)"
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0  # per request: redirects and body included
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    concurrency: int = 16  # requests in flight at once
    per_host: int = 2  # requests in flight to one host
    default_interval: int = 30 * 60
    min_interval: int = 10 * 60
    max_interval: int = 12 * 3600
    failure_backoff: int = 5 * 60  # first retry after a failure; doubles each time
    max_backoff: int = 24 * 3600
    max_failures: int = 10  # consecutive failures before a source is disabled
    allow_private_addresses: bool = False
    allowed_networks: tuple[str, ...] = ()  # e.g. ("127.0.0.0/8",): exceptions to the address policy
    fetch_pages: bool = True  # fetch article pages for summary-only entries (also per source)
    max_pages_per_source: int = 20
    page_min_chars: int = 600  # extracted page text shorter than this keeps the summary
    respect_robots: bool = True  # article pages only where the site's robots.txt allows (monitor/robots.py)
    # Where feeds and pages are parsed: "process" (a worker process, so parsing runs beside fetching and
    # storing on another core), "thread" (one worker thread), or "auto": a process when the machine has
    # more than one core and at least `PROCESS_WORTH_FROM` sources are polled.
    parse_in: str = "auto"

    def __post_init__(self) -> None:
        # Read from a config file, so a bad value must fail here, naming the setting, not later in a loop.
        for name in (
            "connect_timeout",
            "read_timeout",
            "total_timeout",
            "max_bytes",
            "concurrency",
            "per_host",
        ):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be positive, not {getattr(self, name)!r}")
        for name in ("max_redirects", "max_pages_per_source", "page_min_chars", "failure_backoff"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative, not {getattr(self, name)!r}")
        if not 0 < self.min_interval <= self.default_interval <= self.max_interval:
            raise ValueError("intervals must satisfy 0 < min_interval <= default_interval <= max_interval")
        if self.parse_in not in ("auto", "process", "thread"):
            raise ValueError(f"parse_in must be auto, process or thread, not {self.parse_in!r}")
        if self.max_failures < 1:
            raise ValueError(f"max_failures must be at least 1, not {self.max_failures!r}")
        object.__setattr__(self, "allowed_networks", tuple(self.allowed_networks))
        self.client_limits()  # an unparsable network in allowed_networks raises ValueError now

    def client_limits(self) -> ClientLimits:
        return ClientLimits(
            user_agent=self.user_agent,
            connect_timeout=self.connect_timeout,
            read_timeout=self.read_timeout,
            total_timeout=self.total_timeout,
            max_bytes=self.max_bytes,
            max_redirects=self.max_redirects,
            concurrency=self.concurrency,
            per_host=self.per_host,
            policy=AddressPolicy.build(self.allow_private_addresses, self.allowed_networks),
        )


@dataclass(frozen=True)
class PollResult:
    source_id: int
    url: str
    outcome: str  # "fetched" | "not_modified" | "failed" | "retired" | "skipped"
    entries: tuple[FeedEntry, ...]
    health: dict[str, Any] = field(default_factory=dict)  # Source column -> new value
    error: str | None = None
    bozo: str | None = None  # feedparser's complaint about a feed that still yielded entries


def poll_in_background(
    sources: Sequence[SourceSnapshot],
    settings: FetchSettings,
    now: datetime,
    known: KnownUrls | None = None,
) -> Iterator[PollResult]:
    """Poll every source once in a background thread; yield each result as soon as it is ready.

    The caller stores results while later sources are still being fetched and parsed. Results come in the
    order they finish, one per source. `known` is called from the polling thread.
    """
    finished: queue.SimpleQueue[PollResult | None] = queue.SimpleQueue()
    failures: list[BaseException] = []

    def poll() -> None:
        try:
            asyncio.run(poll_sources_async(sources, settings, now, known, sink=finished.put))
        except BaseException as exc:  # handed to the caller's thread below
            failures.append(exc)
        finally:
            finished.put(None)

    thread = threading.Thread(target=poll, name="parley-poll", daemon=True)
    thread.start()
    try:
        while (result := finished.get()) is not None:
            yield result
    finally:
        thread.join()
    if failures:
        raise failures[0]


def poll_sources(
    sources: Sequence[SourceSnapshot],
    settings: FetchSettings,
    now: datetime,
    known: KnownUrls | None = None,
) -> list[PollResult]:
    """Poll every source once; one result per source, in order. Never raises for one bad source.

    Runs its own event loop, so call it from synchronous code. `known`, when given, is called (in this
    thread) with a feed's article URLs and returns those already stored.
    """
    return asyncio.run(poll_sources_async(sources, settings, now, known))


async def poll_sources_async(
    sources: Sequence[SourceSnapshot],
    settings: FetchSettings,
    now: datetime,
    known: KnownUrls | None = None,
    sink: Callable[[PollResult], None] | None = None,
) -> list[PollResult]:
    """Poll every source once; `sink`, when given, receives each result as soon as it is ready."""
    with parse_executor(settings, len(sources)) as executor:
        async with WebClient(settings.client_limits()) as client:
            poller = _Poller(client, settings, now, executor, known, sink)
            try:
                return list(await asyncio.gather(*(poller.poll_safely(s) for s in sources)))
            finally:
                if poller.fallback is not None:
                    poller.fallback.shutdown()


PROCESS_WORTH_FROM = 50  # sources: below this, starting a worker process costs more than it saves


def parse_executor(settings: FetchSettings, sources: int) -> Executor:
    """One worker for feedparser and trafilatura: one parse at a time keeps their memory use bounded.

    Both are CPU-bound Python. In a thread they share the interpreter lock with fetching and storing; in a
    process they run beside them on another core, which makes a large cycle close to the cost of parsing
    alone. The process starts from a clean interpreter ("spawn"), never forked from this one: the
    scheduler's threads and open database connections must not be copied into it.
    """
    in_process = settings.parse_in == "process" or (
        settings.parse_in == "auto" and (os.cpu_count() or 1) > 1 and sources >= PROCESS_WORTH_FROM
    )
    if in_process:
        return ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=exit_with_parent,
            initargs=(os.getpid(),),
        )
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="parley-parse")


@dataclass
class _Poller:
    client: WebClient
    settings: FetchSettings
    now: datetime
    executor: Executor
    known: KnownUrls | None
    sink: Callable[[PollResult], None] | None = None
    fallback: ThreadPoolExecutor | None = None  # replaces a process pool that broke; shut down at the end
    robots: RobotsRules | None = None  # the sites' robots.txt rules, read once a poll

    async def poll_safely(self, source: SourceSnapshot) -> PollResult:
        try:
            result = await self.poll(source)
        except Exception as exc:  # a bug in one source's path must not cost the others their results
            result = self._failed(source, f"internal error: {type(exc).__name__}: {exc}")
        if self.sink is not None:
            self.sink(result)
        return result

    async def poll(self, source: SourceSnapshot) -> PollResult:
        path = local_path(source.url)
        if path is not None:
            return await self._poll_file(source, path)
        headers = {"Accept": FEED_ACCEPT}
        if source.etag:
            headers["If-None-Match"] = source.etag
        if source.last_modified:
            headers["If-Modified-Since"] = source.last_modified
        try:
            response = await self.client.get(source.url, headers)
        except FetchError as exc:
            return self._failed(source, detail(exc))
        return await self._judge(source, response)

    async def _judge(self, source: SourceSnapshot, response: WebResponse) -> PollResult:
        status = response.status
        cache_seconds = cache_lifetime(response.headers, self.now)
        validators = health.Validators(response.headers.get("etag"), response.headers.get("last-modified"))
        if status == 304:
            return self._not_modified(source, validators, status, cache_seconds, response.moved_to)
        if status in GONE_STATUSES:
            values = health.retired(self.now, status)
            return PollResult(source.id, source.url, "retired", (), values, error=values["last_error"])
        if status in THROTTLE_STATUSES:
            wait = retry_after(response.headers, self.now)
            asked = f", asked to retry after {wait}s" if wait is not None else ""
            return self._failed(source, f"HTTP {status}{asked}", status, wait)
        if not 200 <= status < 300:
            return self._failed(source, f"HTTP {status}", status)
        return await self._parsed(
            source,
            response.body,
            response.url,
            dict(response.headers),
            status=status,
            validators=validators,
            cache_seconds=cache_seconds,
            moved_to=response.moved_to,
        )

    async def _poll_file(self, source: SourceSnapshot, path: Path) -> PollResult:
        try:
            tag, body = await asyncio.to_thread(_read_file, path, source.etag, self.settings.max_bytes)
        except OSError as exc:
            return self._failed(source, f"cannot read {path}: {exc.strerror or exc}")
        except FetchError as exc:
            return self._failed(source, detail(exc))
        validators = health.Validators(tag, None)
        if body is None:
            return self._not_modified(source, validators)
        return await self._parsed(
            source,
            body,
            path.resolve().as_uri(),
            {},
            status=None,
            validators=validators,
            cache_seconds=None,
            moved_to=None,
        )

    async def _parsed(
        self,
        source: SourceSnapshot,
        body: bytes,
        final_url: str,
        headers: dict[str, str],
        *,
        status: int | None,
        validators: health.Validators,
        cache_seconds: int | None,
        moved_to: str | None,
    ) -> PollResult:
        try:
            feed = await self._parse(body, final_url, headers)
        except FeedParseError as exc:
            return self._failed(source, detail(exc), status)
        entries = feed.entries
        if self.settings.fetch_pages and source.full_text:
            entries = await self._with_pages(entries)
        values = health.fetched(
            source,
            self.settings,
            self.now,
            http_status=status,
            validators=validators,
            published=[e.published for e in feed.entries],
            cache_seconds=cache_seconds,
            ttl_minutes=feed.ttl_minutes,
            moved_to=moved_to,
            feed_title=feed.title,
        )
        return PollResult(source.id, source.url, "fetched", entries, values, bozo=feed.bozo)

    async def _parse(self, body: bytes, final_url: str, headers: dict[str, str]) -> ParsedFeed:
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self.executor, parse_feed, body, final_url, headers, self.now)
        except BrokenProcessPool:
            # The worker process died (killed, out of memory, or it could not start because the program
            # that runs Parley lacks an `if __name__ == "__main__":` guard): parse in a thread from now on.
            if not isinstance(self.executor, ThreadPoolExecutor):
                log.warning("parse worker process failed; parsing in a thread instead")
                self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="parley-parse")
                self.fallback = self.executor
            return await loop.run_in_executor(self.executor, parse_feed, body, final_url, headers, self.now)

    async def _with_pages(self, entries: tuple[FeedEntry, ...]) -> tuple[FeedEntry, ...]:
        wanted = [e.url for e in entries if wants_page(e)]
        if not wanted:
            return entries
        stored = set(self.known(wanted)) if self.known is not None else set()
        if self.robots is None and self.settings.respect_robots:
            self.robots = RobotsRules(self.client, self.settings.user_agent)
        return await fill_from_pages(
            self.client,
            entries,
            self.executor,
            self.settings.page_min_chars,
            self.settings.max_pages_per_source,
            skip=stored,
            robots=self.robots,
        )

    def _not_modified(
        self,
        source: SourceSnapshot,
        validators: health.Validators,
        http_status: int | None = None,
        cache_seconds: int | None = None,
        moved_to: str | None = None,
    ) -> PollResult:
        values = health.not_modified(
            source,
            self.settings,
            self.now,
            http_status=http_status,
            validators=validators,
            cache_seconds=cache_seconds,
            moved_to=moved_to,
        )
        return PollResult(source.id, source.url, "not_modified", (), values)

    def _failed(
        self,
        source: SourceSnapshot,
        message: str,
        http_status: int | None = None,
        wait: int | None = None,
    ) -> PollResult:
        values = health.failed(
            source, self.settings, self.now, message=message, http_status=http_status, retry_after=wait
        )
        return PollResult(source.id, source.url, "failed", (), values, error=values["last_error"])


def _read_file(path: Path, etag: str | None, max_bytes: int) -> tuple[str, bytes | None]:
    """A local feed's (tag, body), body None when the tag matches `etag` (nothing changed)."""
    stat = os.stat(path)
    tag = f'"file-{stat.st_mtime_ns:x}-{stat.st_size:x}"'
    if tag == etag:
        return tag, None
    if stat.st_size > max_bytes:
        raise FetchError(str(path), f"file of {stat.st_size} bytes is larger than the {max_bytes}-byte cap")
    return tag, path.read_bytes()
