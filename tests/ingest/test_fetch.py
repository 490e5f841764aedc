"""Polling sources over real loopback HTTP: validators, redirects, errors, limits, and per-source outcomes."""

from __future__ import annotations

import dataclasses
import gzip
import os
import threading
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from ingest_samples import NOW, Feed, Item, simple_feed, source
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from monitor.fetch import FetchSettings, PollResult, poll_in_background, poll_sources


def poll_one(url: str, settings: FetchSettings, **changes: object) -> PollResult:
    [result] = poll_sources([source(url, **changes)], settings, NOW)
    return result


def test_a_plain_200_is_fetched_parsed_and_scheduled(httpserver: HTTPServer, settings: FetchSettings) -> None:
    httpserver.expect_request("/feed").respond_with_data(
        simple_feed(3).rss(), content_type="application/rss+xml"
    )

    result = poll_one(httpserver.url_for("/feed"), settings)

    assert result.outcome == "fetched"
    assert [e.title for e in result.entries] == ["Story 0", "Story 1", "Story 2"]
    assert result.health["last_status"] == "fetched"
    assert result.health["last_http_status"] == 200
    assert result.health["last_success_at"] == NOW
    assert result.health["consecutive_failures"] == 0
    assert result.health["etag"] is None and result.health["last_modified"] is None
    assert result.health["title"] == "Loopback Wire"
    assert result.health["next_check_at"] >= NOW + timedelta(seconds=settings.min_interval)


def test_our_user_agent_is_sent_and_configurable(httpserver: HTTPServer, settings: FetchSettings) -> None:
    agent = "ParleyTest/9.9 (+https://parley.example/test)"
    httpserver.expect_request("/feed", headers={"User-Agent": agent}).respond_with_data(simple_feed(1).rss())

    result = poll_one(httpserver.url_for("/feed"), dataclasses.replace(settings, user_agent=agent))

    assert result.outcome == "fetched"


def test_validators_are_stored_then_sent_and_a_304_parses_nothing(
    httpserver: HTTPServer, settings: FetchSettings
) -> None:
    etag, modified = '"v1"', "Wed, 04 Feb 2026 10:00:00 GMT"
    httpserver.expect_request(
        "/feed", headers={"If-None-Match": etag, "If-Modified-Since": modified}
    ).respond_with_data("", status=304)
    httpserver.expect_request("/feed").respond_with_data(
        simple_feed(2).rss(), headers={"ETag": etag, "Last-Modified": modified}
    )
    url = httpserver.url_for("/feed")

    first = poll_one(url, settings)
    second = poll_one(url, settings, etag=first.health["etag"], last_modified=first.health["last_modified"])

    assert (first.health["etag"], first.health["last_modified"]) == (etag, modified)
    assert second.outcome == "not_modified"
    assert second.entries == ()
    assert second.health["last_http_status"] == 304
    assert second.health["last_success_at"] == NOW
    assert "etag" not in second.health  # a 304 without validators keeps the stored ones


def test_cache_control_max_age_and_rss_ttl_hold_the_next_check_back(
    httpserver: HTTPServer, settings: FetchSettings
) -> None:
    httpserver.expect_request("/cached").respond_with_data(
        simple_feed(1).rss(), headers={"Cache-Control": "public, max-age=7200"}
    )
    httpserver.expect_request("/ttl").respond_with_data(dataclasses.replace(simple_feed(1), ttl=180).rss())

    cached = poll_one(httpserver.url_for("/cached"), settings)
    ttl = poll_one(httpserver.url_for("/ttl"), settings)

    assert cached.health["next_check_at"] == NOW + timedelta(seconds=7200)
    assert ttl.health["next_check_at"] == NOW + timedelta(minutes=180)


def test_expires_counts_from_the_servers_own_date(httpserver: HTTPServer, settings: FetchSettings) -> None:
    # The loopback server stamps its own Date (the real clock, months after the test's NOW): the lifetime
    # is Expires minus that Date, not minus our clock.
    expires = datetime.now(UTC) + timedelta(hours=3)
    httpserver.expect_request("/feed").respond_with_data(
        simple_feed(1).rss(), headers={"Expires": format_datetime(expires, usegmt=True)}
    )

    result = poll_one(httpserver.url_for("/feed"), settings)

    lifetime = result.health["next_check_at"] - NOW
    assert timedelta(hours=3) - timedelta(seconds=5) <= lifetime <= timedelta(hours=3)


def test_permanent_redirects_move_the_source(httpserver: HTTPServer, settings: FetchSettings) -> None:
    httpserver.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/older"})
    httpserver.expect_request("/older").respond_with_data("", status=308, headers={"Location": "/new"})
    httpserver.expect_request("/new").respond_with_data(simple_feed(1).rss())

    result = poll_one(httpserver.url_for("/old"), settings)

    assert result.outcome == "fetched"
    assert result.health["url"] == httpserver.url_for("/new")


def test_a_temporary_redirect_keeps_the_source_where_it_is(
    httpserver: HTTPServer, settings: FetchSettings
) -> None:
    httpserver.expect_request("/feed").respond_with_data("", status=302, headers={"Location": "/today"})
    httpserver.expect_request("/today").respond_with_data(simple_feed(2).rss())

    result = poll_one(httpserver.url_for("/feed"), settings)

    assert result.outcome == "fetched"
    assert len(result.entries) == 2
    assert "url" not in result.health


def test_a_permanent_move_then_a_temporary_one_moves_only_as_far_as_the_permanent_one(
    httpserver: HTTPServer, settings: FetchSettings
) -> None:
    httpserver.expect_request("/a").respond_with_data("", status=301, headers={"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/c"})
    httpserver.expect_request("/c").respond_with_data(simple_feed(1).rss())

    result = poll_one(httpserver.url_for("/a"), settings)

    assert result.health["url"] == httpserver.url_for("/b")


def test_a_redirect_loop_fails_cleanly(httpserver: HTTPServer, settings: FetchSettings) -> None:
    httpserver.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/a"})

    result = poll_one(httpserver.url_for("/a"), settings)

    assert result.outcome == "failed"
    assert result.error is not None and "redirect loop" in result.error
    assert len(httpserver.log) == 2


def test_too_many_redirects_fail_cleanly(httpserver: HTTPServer, settings: FetchSettings) -> None:
    for i in range(10):
        httpserver.expect_request(f"/r{i}").respond_with_data(
            "", status=307, headers={"Location": f"/r{i + 1}"}
        )

    result = poll_one(httpserver.url_for("/r0"), dataclasses.replace(settings, max_redirects=3))

    assert result.outcome == "failed"
    assert result.error == "more than 3 redirects"
    assert len(httpserver.log) == 4


def test_404_is_a_failure_that_backs_off(httpserver: HTTPServer, settings: FetchSettings) -> None:
    httpserver.expect_request("/feed").respond_with_data("not here", status=404)

    first = poll_one(httpserver.url_for("/feed"), settings)
    third = poll_one(httpserver.url_for("/feed"), settings, consecutive_failures=2)

    assert first.outcome == "failed"
    assert first.error == "HTTP 404"
    assert first.health["last_http_status"] == 404
    assert first.health["last_error_at"] == NOW
    assert first.health["consecutive_failures"] == 1
    assert first.health["next_check_at"] == NOW + timedelta(seconds=settings.failure_backoff)
    assert third.health["consecutive_failures"] == 3
    assert third.health["next_check_at"] == NOW + timedelta(seconds=4 * settings.failure_backoff)
    assert "disabled_reason" not in third.health


def test_410_retires_the_source(httpserver: HTTPServer, settings: FetchSettings) -> None:
    httpserver.expect_request("/feed").respond_with_data("gone", status=410)

    result = poll_one(httpserver.url_for("/feed"), settings)

    assert result.outcome == "retired"
    assert result.health["last_status"] == "retired"
    assert result.health["next_check_at"] is None
    assert "410" in result.health["disabled_reason"]


def test_429_waits_as_long_as_retry_after_asks(httpserver: HTTPServer, settings: FetchSettings) -> None:
    httpserver.expect_request("/seconds").respond_with_data("", status=429, headers={"Retry-After": "3600"})
    httpserver.expect_request("/date").respond_with_data(
        "", status=503, headers={"Retry-After": "Thu, 05 Feb 2026 14:00:00 GMT"}
    )

    seconds, date = poll_sources(
        [source(httpserver.url_for("/seconds"), 1), source(httpserver.url_for("/date"), 2)], settings, NOW
    )

    assert seconds.outcome == "failed"
    assert seconds.error == "HTTP 429, asked to retry after 3600s"
    assert seconds.health["next_check_at"] == NOW + timedelta(seconds=3600)
    assert date.health["last_http_status"] == 503
    assert date.health["next_check_at"] == NOW + timedelta(hours=2)


def test_500_counts_towards_disabling_the_source(httpserver: HTTPServer, settings: FetchSettings) -> None:
    httpserver.expect_request("/feed").respond_with_data("oops", status=500)

    result = poll_one(httpserver.url_for("/feed"), settings, consecutive_failures=settings.max_failures - 1)

    assert result.outcome == "failed"
    assert result.health["consecutive_failures"] == settings.max_failures
    assert result.health["next_check_at"] is None
    assert result.health["disabled_reason"].startswith(f"stopped after {settings.max_failures} consecutive")
    assert "HTTP 500" in result.health["disabled_reason"]


def test_a_response_that_never_finishes_times_out(
    threaded_server: HTTPServer, settings: FetchSettings, release: threading.Event
) -> None:
    def stall(_request: Request) -> Response:
        def body():  # type: ignore[no-untyped-def]
            yield b"<?xml version='1.0'?><rss version='2.0'><channel><title>Slow</title>"
            release.wait(10)

        return Response(body(), content_type="application/rss+xml")

    threaded_server.expect_request("/feed").respond_with_handler(stall)
    quick = dataclasses.replace(settings, read_timeout=0.3, total_timeout=5.0)

    result = poll_one(threaded_server.url_for("/feed"), quick)

    assert result.outcome == "failed"
    assert result.error == "read timeout"


def test_the_total_deadline_bounds_a_response_even_when_reads_are_allowed_to_wait(
    threaded_server: HTTPServer, settings: FetchSettings, release: threading.Event
) -> None:
    def stall(_request: Request) -> Response:
        def body():  # type: ignore[no-untyped-def]
            yield b"<?xml version='1.0'?>"
            release.wait(10)

        return Response(body(), content_type="application/rss+xml")

    threaded_server.expect_request("/feed").respond_with_handler(stall)
    quick = dataclasses.replace(settings, read_timeout=5.0, total_timeout=0.3)

    result = poll_one(threaded_server.url_for("/feed"), quick)

    assert result.outcome == "failed"
    assert result.error == "no complete response within 0.3s"


def test_a_body_larger_than_the_cap_is_abandoned(httpserver: HTTPServer, settings: FetchSettings) -> None:
    big = simple_feed(3).rss() + b"<!--" + b"x" * 300_000 + b"-->"
    httpserver.expect_request("/declared").respond_with_data(big)

    def streamed(_request: Request) -> Response:
        # No Content-Length: the cap must hold while reading the stream.
        return Response(iter([big[i : i + 8192] for i in range(0, len(big), 8192)]))

    httpserver.expect_request("/streamed").respond_with_handler(streamed)

    declared, streamed_result = poll_sources(
        [source(httpserver.url_for("/declared"), 1), source(httpserver.url_for("/streamed"), 2)],
        settings,
        NOW,
    )

    assert declared.outcome == "failed"
    assert declared.error == f"body of {len(big)} bytes is larger than the 200000-byte cap"
    assert streamed_result.outcome == "failed"
    assert streamed_result.error == "body is larger than the 200000-byte cap"


def test_the_cap_applies_to_the_decompressed_body(httpserver: HTTPServer, settings: FetchSettings) -> None:
    bomb = gzip.compress(simple_feed(1).rss() + b"<!--" + b" " * 1_000_000 + b"-->")
    assert len(bomb) < settings.max_bytes
    httpserver.expect_request("/feed").respond_with_data(bomb, headers={"Content-Encoding": "gzip"})

    result = poll_one(httpserver.url_for("/feed"), settings)

    assert result.outcome == "failed"
    assert "larger than the 200000-byte cap" in (result.error or "")


def test_a_gzipped_feed_is_decoded(httpserver: HTTPServer, settings: FetchSettings) -> None:
    httpserver.expect_request("/feed").respond_with_data(
        gzip.compress(simple_feed(4).rss()),
        headers={"Content-Encoding": "gzip"},
        content_type="application/rss+xml",
    )

    result = poll_one(httpserver.url_for("/feed"), settings)

    assert result.outcome == "fetched"
    assert len(result.entries) == 4


def test_a_wrongly_declared_charset_still_yields_the_right_text(
    httpserver: HTTPServer, settings: FetchSettings
) -> None:
    feed = Feed(items=(Item("Délégations réunies à Genève", "http://example.test/geneve"),))
    # The bytes are Windows-1252 while both the header and the XML declaration claim UTF-8.
    body = feed.rss("utf-8").decode("utf-8").encode("windows-1252")
    httpserver.expect_request("/feed").respond_with_data(
        body, content_type="application/rss+xml; charset=utf-8"
    )

    result = poll_one(httpserver.url_for("/feed"), settings)

    assert result.outcome == "fetched"
    assert result.entries[0].title == "Délégations réunies à Genève"
    assert result.bozo is not None and "encoding" in result.bozo.lower()


def test_a_body_that_is_not_a_feed_fails_naming_the_problem(
    httpserver: HTTPServer, settings: FetchSettings
) -> None:
    httpserver.expect_request("/feed").respond_with_data(
        "<html><body><p>Nothing to see", content_type="text/html"
    )

    result = poll_one(httpserver.url_for("/feed"), settings)

    assert result.outcome == "failed"
    assert result.error is not None and result.error.startswith("no entries:")
    assert result.health["last_http_status"] == 200


def test_a_local_file_is_a_source_and_an_unchanged_file_is_not_modified(
    tmp_path: Path, settings: FetchSettings
) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(simple_feed(2).rss())

    by_uri = poll_one(path.as_uri(), settings)
    by_path = poll_one(str(path), settings, etag=by_uri.health["etag"])
    path.write_bytes(simple_feed(3).rss())
    changed = poll_one(str(path), settings, etag=by_uri.health["etag"])

    assert by_uri.outcome == "fetched" and len(by_uri.entries) == 2
    assert by_path.outcome == "not_modified" and by_path.entries == ()
    assert changed.outcome == "fetched" and len(changed.entries) == 3


def test_a_missing_local_file_fails(tmp_path: Path, settings: FetchSettings) -> None:
    result = poll_one(str(tmp_path / "absent.xml"), settings)

    assert result.outcome == "failed"
    assert result.error is not None and "absent.xml" in result.error


def test_a_feed_on_a_private_address_is_refused_by_default(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/feed").respond_with_data(simple_feed(1).rss())

    result = poll_one(httpserver.url_for("/feed"), FetchSettings(fetch_pages=False))

    assert result.outcome == "failed"
    assert result.error is not None and "loopback address" in result.error
    assert httpserver.log == []


def test_one_failing_source_never_delays_or_breaks_the_others(
    threaded_server: HTTPServer, settings: FetchSettings, release: threading.Event
) -> None:
    good = [f"/good{i}" for i in range(4)]
    served = threading.Event()
    done: set[str] = set()
    lock = threading.Lock()

    def good_feed(request: Request) -> Response:
        with lock:
            done.add(request.path)
            if done == set(good):
                served.set()
        return Response(simple_feed(2).rss(), content_type="application/rss+xml")

    def slow(_request: Request) -> Response:
        # Answers only once every good source has been served: if the poller waited for this source
        # before asking the others, the read timeout would expire first and this source would fail.
        answered = served.wait(3)
        return Response(simple_feed(1).rss() if answered else b"", content_type="application/rss+xml")

    def hang(_request: Request) -> Response:
        release.wait(10)
        return Response(b"")

    for path in good:
        threaded_server.expect_request(path).respond_with_handler(good_feed)
    threaded_server.expect_request("/slow").respond_with_handler(slow)
    threaded_server.expect_request("/hang").respond_with_handler(hang)
    threaded_server.expect_request("/error").respond_with_data("boom", status=500)
    threaded_server.expect_request("/junk").respond_with_data(b"\x00\xff not a feed at all")
    paths = ["/hang", "/slow", "/error", "/junk", *good]
    sources = [source(threaded_server.url_for(p), i) for i, p in enumerate(paths)]
    limited = dataclasses.replace(settings, read_timeout=1.5, concurrency=8, per_host=8)

    results = poll_sources(sources, limited, NOW)

    outcomes = {p: (r.outcome, r.error) for p, r in zip(paths, results, strict=True)}
    assert [r.source_id for r in results] == list(range(len(paths)))
    assert outcomes["/hang"] == ("failed", "read timeout")
    assert outcomes["/slow"] == ("fetched", None)
    assert outcomes["/error"] == ("failed", "HTTP 500")
    assert outcomes["/junk"][0] == "failed"
    for path in good:
        assert outcomes[path] == ("fetched", None)
    assert all(len(r.entries) == 2 for r in results[4:])


@pytest.mark.parametrize("per_host", [1, 2])
def test_the_per_host_limit_holds_requests_back(
    threaded_server: HTTPServer, settings: FetchSettings, per_host: int
) -> None:
    in_flight = 0
    highest = 0
    lock = threading.Lock()
    overlapped = threading.Event()

    def counted(_request: Request) -> Response:
        nonlocal in_flight, highest
        with lock:
            in_flight += 1
            highest = max(highest, in_flight)
            if in_flight > 1:
                overlapped.set()
        # Hold the request long enough for a second one to arrive, were the limit to let it.
        overlapped.wait(0.3)
        with lock:
            in_flight -= 1
        return Response(simple_feed(1).rss(), content_type="application/rss+xml")

    threaded_server.expect_request("/feed").respond_with_handler(counted)
    sources = [source(threaded_server.url_for("/feed") + f"?n={i}", i) for i in range(3)]

    results = poll_sources(sources, dataclasses.replace(settings, per_host=per_host, concurrency=8), NOW)

    assert all(r.outcome == "fetched" for r in results)
    assert highest == per_host


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://", "missing an 'http://' or 'https://' protocol"),
        ("ftp://example.test/feed", "UnsupportedProtocol"),
        ("http://exam\x00ple.test/feed", "not a usable URL: Invalid non-printable ASCII character"),
    ],
)
def test_an_unusable_source_url_fails_cleanly(settings: FetchSettings, url: str, message: str) -> None:
    result = poll_one(url, settings)

    assert result.outcome == "failed"
    assert result.error is not None and message in result.error


# --- where feeds are parsed, and results as they come ---------------------------------------------------


def test_feeds_parsed_in_a_worker_process_read_as_in_a_thread(
    httpserver: HTTPServer, settings: FetchSettings
) -> None:
    for n in range(3):
        httpserver.expect_request(f"/feed/{n}").respond_with_data(simple_feed(n + 2).rss())
    httpserver.expect_request("/broken").respond_with_data("<html><body>not a feed</body></html>")
    urls = [httpserver.url_for(f"/feed/{n}") for n in range(3)] + [httpserver.url_for("/broken")]
    sources = [source(url, source_id=n + 1) for n, url in enumerate(urls)]

    in_thread = poll_sources(sources, dataclasses.replace(settings, parse_in="thread"), NOW)
    in_process = poll_sources(sources, dataclasses.replace(settings, parse_in="process"), NOW)

    assert [len(r.entries) for r in in_process] == [2, 3, 4, 0]
    # The parse error crosses the process boundary whole: the same clean failure as in a thread.
    assert in_process[3].outcome == "failed" and "no entries" in (in_process[3].error or "")
    assert in_process == in_thread


def test_the_parse_worker_is_a_process_only_when_asked_or_worth_it(settings: FetchSettings) -> None:
    from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

    from monitor.fetch import PROCESS_WORTH_FROM, parse_executor

    cases = {
        ("thread", 10_000): ThreadPoolExecutor,
        ("process", 1): ProcessPoolExecutor,
        ("auto", 1): ThreadPoolExecutor,
    }
    for (where, sources), kind in cases.items():
        with parse_executor(dataclasses.replace(settings, parse_in=where), sources) as executor:
            assert isinstance(executor, kind), (where, sources)
    with parse_executor(dataclasses.replace(settings, parse_in="auto"), PROCESS_WORTH_FROM) as executor:
        assert isinstance(executor, ProcessPoolExecutor if (os.cpu_count() or 1) > 1 else ThreadPoolExecutor)
    with pytest.raises(ValueError, match="parse_in"):
        dataclasses.replace(settings, parse_in="gpu")


def test_results_in_the_background_come_as_each_source_finishes_and_all_come(
    threaded_server: HTTPServer, settings: FetchSettings, release: threading.Event
) -> None:
    def slow(_request: Request) -> Response:
        release.wait(5)
        return Response(simple_feed(1).rss(), content_type="application/rss+xml")

    threaded_server.expect_request("/slow").respond_with_handler(slow)
    threaded_server.expect_request("/fast").respond_with_data(simple_feed(2).rss())
    sources = [
        source(threaded_server.url_for("/slow"), source_id=1),
        source(threaded_server.url_for("/fast"), source_id=2),
    ]

    results = poll_in_background(sources, settings, NOW)
    first = next(results)
    release.set()  # the slow source answers only once the fast one's result is in hand
    rest = list(results)

    assert first.source_id == 2 and first.outcome == "fetched"
    assert [(r.source_id, r.outcome) for r in rest] == [(1, "fetched")]


def test_a_failure_of_the_polling_thread_reaches_the_caller(
    settings: FetchSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from monitor import fetch

    async def failing(*_args: object, **_kwargs: object) -> list[PollResult]:
        raise RuntimeError("event loop trouble")

    # A failure outside any one source's path (those become failed results) must not be lost.
    monkeypatch.setattr(fetch, "poll_sources_async", failing)

    with pytest.raises(RuntimeError, match="event loop trouble"):
        list(poll_in_background([], settings, NOW))


def test_a_dead_parse_worker_hands_over_to_a_thread_and_the_feed_is_still_read(
    settings: FetchSettings,
) -> None:
    import asyncio
    import multiprocessing
    import signal
    from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

    from monitor.fetch import _Poller

    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    os.kill(pool.submit(os.getpid).result(), signal.SIGKILL)  # as the kernel's OOM killer would
    poller = _Poller(None, settings, NOW, pool, None)  # type: ignore[arg-type]

    feed = asyncio.run(poller._parse(simple_feed(2).rss(), "http://example.test/feed", {}))

    assert [e.title for e in feed.entries] == ["Story 0", "Story 1"]
    assert isinstance(poller.executor, ThreadPoolExecutor) and poller.fallback is poller.executor
    poller.fallback.shutdown()
    pool.shutdown()


def test_the_parse_worker_ends_when_parley_is_killed(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    program = (
        "import os, sys, time\n"
        "from monitor.fetch import FetchSettings, parse_executor\n"
        "executor = parse_executor(FetchSettings(parse_in='process'), 1)\n"
        "print(executor.submit(os.getpid).result(), flush=True)\n"
        "time.sleep(60)\n"
    )
    with subprocess.Popen([sys.executable, "-c", program], stdout=subprocess.PIPE, text=True) as parley:
        try:
            worker = int(parley.stdout.readline())  # type: ignore[union-attr]
            os.kill(parley.pid, signal.SIGKILL)
            parley.wait(5)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and Path(f"/proc/{worker}").exists():
                time.sleep(0.1)
            assert not Path(f"/proc/{worker}").exists(), "the parse worker outlived its parent"
        finally:
            parley.kill()
