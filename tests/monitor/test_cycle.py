"""The cycle: idempotent re-runs, one bad source never stops the others, and a kill at any moment loses
nothing and duplicates nothing."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from monitor.baseline import init_story
from monitor.config import load_settings
from monitor.cycle import run_cycle
from monitor.pack import FeedSpec, StoryPack, load_pack
from storage.db import open_database, transaction
from storage.models import ArticleRow, Change, Digest, Run, StatementFactRow

NOW = datetime(2026, 2, 6, 18, 0, tzinfo=UTC)
DISPATCHES = [
    (
        "Kremlin names Geneva for third round of talks",
        "MOSCOW, Feb 6 - The third round of trilateral peace talks between Russia, Ukraine and the United "
        "States will be held in Geneva next week, Kremlin spokesman Dmitry Peskov told reporters on Friday. "
        "“We expect the delegations to work first of all on the territorial question,” Peskov said, adding "
        "that Moscow still wants Kyiv to withdraw its forces from the Donetsk region.",
    ),
    (
        "Zelensky says Ukraine will not give up Donbas",
        "KYIV, Feb 6 - President Volodymyr Zelensky said on Friday that Ukraine rejects any withdrawal "
        "from the part of the Donetsk region it holds, days before negotiators meet again. "
        "“We stand where we stand,” he told reporters in Kyiv after a call with US envoy Steve Witkoff "
        "about the next round of talks.",
    ),
    (
        "Witkoff sees progress on prisoner exchange before Geneva",
        "WASHINGTON, Feb 6 - US special envoy Steve Witkoff said the sides were close to agreeing a new "
        "prisoner exchange, which Washington proposes to complete before the Geneva round. Ukrainian "
        "negotiator Rustem Umerov wrote on Telegram that Kyiv is ready to exchange all for all.",
    ),
]
FILLER = (
    "Dispatch {n}: observers in the region counted {a} convoys near the line of contact while officials in "
    "{city} discussed the agenda for the negotiations, and correspondent number {b} filed a separate report."
)


def write_feed(path: Path, count: int, start: int = 0) -> Path:
    """An RSS file: the hand-written dispatches first, then as many generated ones as asked."""
    items = []
    for n in range(start, start + count):
        published = (datetime(2026, 2, 6, 9, 0, tzinfo=UTC) + timedelta(minutes=n)).strftime(
            "%a, %d %b %Y %H:%M:%S +0000"
        )
        if n < len(DISPATCHES):
            title, body = DISPATCHES[n]
        else:
            city = ("Kyiv", "Moscow", "Geneva", "Abu Dhabi")[n % 4]
            title, body = f"Dispatch {n}", FILLER.format(n=n, a=n * 37 % 101, b=n * 7919 % 1000, city=city)
        items.append(
            f"<item><title>{title}</title><guid>item-{n}</guid><link>https://wire.example/{n}</link>"
            f"<pubDate>{published}</pubDate><description>{body}</description></item>"
        )
    channel = f"<channel><title>Wire</title>{''.join(items)}</channel>"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>', encoding="utf-8")
    return path


def pack_with(feeds: list[str]) -> StoryPack:
    return dataclasses.replace(load_pack(), feeds=tuple(FeedSpec(url=u, full_text=False) for u in feeds))


def settings_for(tmp_path: Path, **overrides: object):  # type: ignore[no-untyped-def]
    settings = load_settings(database=str(tmp_path / "p.db"), cwd=tmp_path)
    fetch = dataclasses.replace(settings.fetch, allow_private_addresses=True, fetch_pages=False)
    # Every dispatch is about the story; none is a near-copy of another for this test's purpose.
    return dataclasses.replace(settings, fetch=fetch, data_dir=tmp_path, **overrides)


def counts(url: str) -> dict[str, int]:
    engine = open_database(url)
    with transaction(engine) as session:
        result = {
            "articles": session.execute(select(func.count()).select_from(ArticleRow)).scalar_one(),
            "statements": session.execute(select(func.count()).select_from(StatementFactRow)).scalar_one(),
            "changes": session.execute(select(func.count()).select_from(Change)).scalar_one(),
        }
    engine.dispose()
    return result


def test_polling_the_same_feeds_twice_stores_nothing_twice(tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "wire.xml", 3)
    settings = settings_for(tmp_path)
    engine = open_database(settings.database_url)
    pack = pack_with([str(feed)])
    init_story(engine, pack, NOW)
    first = run_cycle(engine, pack, settings, NOW)
    after_first = counts(settings.database_url)
    # Touch the file so it is read and parsed again rather than answered "not modified".
    os.utime(feed, (time.time() + 5, time.time() + 5))
    second = run_cycle(engine, pack, settings, NOW + timedelta(days=1))
    assert first.articles_new == 3 and first.changes_new > 0
    assert (second.articles_new, second.facts_new, second.changes_new) == (0, 0, 0)
    assert counts(settings.database_url) == after_first


def test_one_failing_source_never_stops_the_others(tmp_path: Path) -> None:
    good = write_feed(tmp_path / "good.xml", 3)
    broken = tmp_path / "broken.xml"
    broken.write_bytes(b"\x00\x01 this is not a feed")
    settings = settings_for(tmp_path)
    engine = open_database(settings.database_url)
    pack = pack_with([str(broken), str(tmp_path / "missing.xml"), str(good)])
    report = run_cycle(engine, pack, settings, NOW)
    assert report.sources_failed == 2 and report.sources_fetched == 1
    assert report.articles_new == 3
    failed = {e["source"] for e in report.errors}
    assert any("broken.xml" in s for s in failed) and any("missing.xml" in s for s in failed)
    with transaction(engine) as session:
        run = session.execute(select(Run).where(Run.kind == "poll")).scalar_one()
        assert run.status == "partial" and len(run.errors) == 2


def test_an_urgent_change_is_sent_at_once_as_an_alert(tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "wire.xml", 1)
    settings = settings_for(tmp_path, alerts=({"kind": "round"},))
    engine = open_database(settings.database_url)
    pack = pack_with([str(feed)])
    report = run_cycle(engine, pack, settings, NOW)
    assert report.urgent_change_ids
    with transaction(engine) as session:
        alerts = list(session.execute(select(Digest).where(Digest.kind == "alert")).scalars())
    assert len(alerts) == 1
    assert list((tmp_path / "digests").glob("alert-*.md"))


CHILD = """
import sys
from datetime import datetime, timezone
sys.path.insert(0, {tests!r})
from test_cycle import pack_with, settings_for
from monitor.cycle import run_cycle
from storage.db import open_database
from pathlib import Path
tmp = Path({tmp!r})
settings = settings_for(tmp)
engine = open_database(settings.database_url)
print("ready", flush=True)
run_cycle(engine, pack_with([{feed!r}]), settings, datetime(2026, 2, 6, 18, tzinfo=timezone.utc))
"""


@pytest.mark.parametrize("delay", [0.4, 1.2])
def test_a_kill_at_any_moment_leaves_a_consistent_database_and_the_next_run_completes(
    tmp_path: Path, delay: float
) -> None:
    feed = write_feed(tmp_path / "wire.xml", 300)
    code = CHILD.format(tests=str(Path(__file__).parent), tmp=str(tmp_path), feed=str(feed))
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    time.sleep(delay)  # let the cycle get somewhere: the kill must land mid-work, wherever that is
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()

    settings = settings_for(tmp_path)
    engine = open_database(settings.database_url)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
    run_cycle(engine, pack_with([str(feed)]), settings, NOW + timedelta(hours=1))
    engine.dispose()

    # A clean run in another folder is the reference: the killed-then-resumed database must match it.
    clean = tmp_path / "clean"
    clean.mkdir()
    clean_settings = settings_for(clean)
    clean_engine = open_database(clean_settings.database_url)
    run_cycle(clean_engine, pack_with([str(feed)]), clean_settings, NOW)
    clean_engine.dispose()
    assert counts(settings.database_url) == counts(clean_settings.database_url)


def test_a_feed_configured_to_poll_rarely_is_not_polled_sooner(tmp_path: Path) -> None:
    from storage.models import Source

    feed = write_feed(tmp_path / "wire.xml", 1)
    settings = settings_for(tmp_path)
    engine = open_database(settings.database_url)
    pack = dataclasses.replace(
        load_pack(), feeds=(FeedSpec(url=str(feed), full_text=False, interval_minutes=24 * 60),)
    )
    run_cycle(engine, pack, settings, NOW)
    with transaction(engine) as session:
        source = session.execute(select(Source)).scalar_one()
    assert source.poll_every_seconds == 24 * 3600
    assert source.next_check_at is not None and source.next_check_at >= NOW + timedelta(hours=24)
    again = run_cycle(engine, pack, settings, NOW + timedelta(hours=12))
    assert again.sources_polled == 0


def test_each_source_is_logged_with_its_run_outcome_and_counts(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    good = write_feed(tmp_path / "good.xml", 2)
    settings = settings_for(tmp_path)
    engine = open_database(settings.database_url)
    with caplog.at_level("INFO", logger="parley.cycle"):
        report = run_cycle(engine, pack_with([str(good), str(tmp_path / "missing.xml")]), settings, NOW)
    events = {r.getMessage(): r for r in caplog.records if r.name == "parley.cycle"}
    polled, failed = events["source polled"], events["source failed"]
    assert (polled.run, polled.source, polled.outcome, polled.new) == (report.run_id, str(good), "fetched", 2)  # type: ignore[attr-defined]
    assert failed.source.endswith("missing.xml") and failed.error  # type: ignore[attr-defined]


def test_originals_signed_by_an_older_version_are_signed_again_and_still_catch_their_copies(
    tmp_path: Path,
) -> None:
    first_feed = write_feed(tmp_path / "wire.xml", 1)
    settings = settings_for(tmp_path)
    engine = open_database(settings.database_url)
    run_cycle(engine, pack_with([str(first_feed)]), settings, NOW)
    with transaction(engine) as session:
        # What a Parley of signature version 1 stored: 64-bit values that no longer compare.
        session.execute(text("UPDATE article SET minhash = :old"), {"old": b"\x01" + bytes(4 + 128 * 8)})
    title, body = DISPATCHES[0]
    copy = tmp_path / "copy.xml"
    copy.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Other</title><item>'
        f"<title>{title}</title><guid>copy-1</guid><link>https://other.example/1</link>"
        f"<pubDate>Fri, 06 Feb 2026 11:00:00 +0000</pubDate><description>{body} (Reporting by staff.)"
        "</description></item></channel></rss>",
        encoding="utf-8",
    )

    report = run_cycle(engine, pack_with([str(first_feed), str(copy)]), settings, NOW + timedelta(hours=1))

    assert report.articles_duplicate == 1
    with transaction(engine) as session:
        rows = session.execute(select(ArticleRow.url, ArticleRow.status, ArticleRow.minhash)).all()
    statuses = {url: status for url, status, _ in rows}
    assert statuses["https://other.example/1"] == "duplicate"
    assert all(sig is not None and sig[0] == 2 for _, _, sig in rows)


def test_a_cycle_keeps_why_each_article_was_kept_only_when_asked(tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "wire.xml", 3)
    settings = settings_for(tmp_path)
    engine = open_database(settings.database_url)
    plain = run_cycle(engine, pack_with([str(feed)]), settings, NOW)
    os.utime(feed, (time.time() + 5, time.time() + 5))
    write_feed(feed, 2, start=10)  # two more dispatches, new to the database

    explained = run_cycle(engine, pack_with([str(feed)]), settings, NOW + timedelta(days=1), explain=True)

    assert plain.articles_new == 3 and plain.explanations == []
    assert explained.articles_new == 2
    assert [e["url"] for e in explained.explanations] == [
        "https://wire.example/10",
        "https://wire.example/11",
    ]
    assert all(
        e["status"] in ("relevant", "skipped", "duplicate") and "threshold" in e
        for e in explained.explanations
    )


def _one_item_feed(title: str, body: str, link: str, published: str) -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item>'
        f"<title>{title}</title><guid>{link}</guid><link>{link}</link><pubDate>{published}</pubDate>"
        f"<description>{body}</description></item></channel></rss>"
    )


@pytest.mark.parametrize("read_first", ["copy", "original"])
def test_a_cycles_counts_do_not_hang_on_which_feed_answered_first(tmp_path: Path, read_first: str) -> None:
    """The original and its syndicated copy come from two feeds; whichever is read first, the cycle
    reports one relevant article and one copy (an original read second takes the copy's place)."""
    from pytest_httpserver import HTTPServer
    from werkzeug import Request, Response

    title, body = DISPATCHES[0]
    feeds = {
        "original": _one_item_feed(title, body, "https://wire.example/1", "Fri, 06 Feb 2026 09:00:00 +0000"),
        "copy": _one_item_feed(
            title,
            f"{body} (Reporting by staff.)",
            "https://other.example/1",
            "Fri, 06 Feb 2026 11:00:00 +0000",
        ),
    }
    first_served = threading.Event()

    def answer(name: str):  # type: ignore[no-untyped-def]
        def handler(request: Request) -> Response:
            if name == read_first:
                first_served.set()
            else:  # the other feed answers once the first has been parsed and stored
                first_served.wait(5)
                time.sleep(0.5)
            return Response(feeds[name], content_type="application/rss+xml")

        return handler

    server = HTTPServer(host="127.0.0.1", threaded=True)
    server.start()
    try:
        for name in feeds:
            server.expect_request(f"/{name}").respond_with_handler(answer(name))
        settings = settings_for(tmp_path)
        engine = open_database(settings.database_url)
        pack = pack_with([server.url_for("/original"), server.url_for("/copy")])

        report = run_cycle(engine, pack, settings, NOW)
    finally:
        first_served.set()
        server.stop()

    assert (report.articles_new, report.articles_relevant, report.articles_duplicate) == (2, 1, 1)
    with transaction(engine) as session:
        statuses = {u: s for u, s in session.execute(select(ArticleRow.url, ArticleRow.status))}
    assert statuses == {"https://wire.example/1": "extracted", "https://other.example/1": "duplicate"}
