"""Source queries on real databases (SQLite file, PostgreSQL): pack sync, what is due, what a poll learned."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from ingest_samples import NOW, simple_feed
from pytest_httpserver import HTTPServer
from sqlalchemy.engine import Engine

from monitor.fetch import FetchSettings, poll_sources
from storage import sources
from storage.db import open_database, transaction

PACK_FEEDS = [("http://a.test/rss", "A", True, None), ("http://b.test/rss", None, False, 3600)]


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A real SQLite file, and a fresh database on the suite's PostgreSQL server (skipped without one)."""
    if request.param == "sqlite":
        url = "sqlite:///" + str(tmp_path / "t.db")
    else:
        url = request.getfixturevalue("postgres_db")
    engine = open_database(url)
    yield engine
    engine.dispose()


def test_pack_feeds_become_sources_and_are_due_at_once(engine: Engine) -> None:
    with transaction(engine) as session:
        sources.sync_pack_feeds(session, PACK_FEEDS)
    with transaction(engine) as session:
        due = sources.due_sources(session, NOW)
        listed = sources.list_sources(session)

    assert [(s.url, s.title, s.full_text) for s in due] == [
        ("http://a.test/rss", "A", True),
        ("http://b.test/rss", None, False),
    ]
    assert {s.origin for s in listed} == {"pack"}


def test_syncing_again_updates_pack_feeds_and_drops_those_no_longer_listed(engine: Engine) -> None:
    with transaction(engine) as session:
        sources.sync_pack_feeds(session, PACK_FEEDS)
        sources.add_source(session, "http://mine.test/rss", "Mine")
    with transaction(engine) as session:
        sources.sync_pack_feeds(session, [("http://a.test/rss", "A renamed", False, None)])
    with transaction(engine) as session:
        active = {s.url: s for s in sources.list_sources(session)}
        everything = sources.list_sources(session, include_inactive=True)

    assert set(active) == {"http://a.test/rss", "http://mine.test/rss"}
    assert (active["http://a.test/rss"].title, active["http://a.test/rss"].full_text) == ("A renamed", False)
    assert len(everything) == 3


def test_a_source_a_person_removed_stays_removed_until_added_again(engine: Engine) -> None:
    with transaction(engine) as session:
        sources.sync_pack_feeds(session, PACK_FEEDS)
        assert sources.remove_source(session, "http://a.test/rss")
        assert not sources.remove_source(session, "http://a.test/rss")
        assert not sources.remove_source(session, "http://nowhere.test/rss")
    with transaction(engine) as session:
        sources.sync_pack_feeds(session, PACK_FEEDS)
        assert [s.url for s in sources.due_sources(session, NOW)] == ["http://b.test/rss"]
        record = sources.add_source(session, "http://a.test/rss")
    with transaction(engine) as session:
        due = [s.url for s in sources.due_sources(session, NOW)]

    assert record.active and record.origin == "pack" and record.title == "A"
    assert due == ["http://a.test/rss", "http://b.test/rss"]


def test_due_sources_skip_later_checks_and_disabled_sources(engine: Engine) -> None:
    with transaction(engine) as session:
        for name in ("now", "later", "earlier", "disabled"):
            sources.add_source(session, f"http://{name}.test/rss")
        ids = {s.url.split("//")[1].split(".")[0]: s.id for s in sources.list_sources(session)}
        sources.record_poll(session, ids["later"], {"next_check_at": NOW + timedelta(minutes=1)})
        sources.record_poll(session, ids["earlier"], {"next_check_at": NOW - timedelta(hours=1)})
        sources.record_poll(session, ids["disabled"], {"disabled_reason": "stopped", "next_check_at": None})
    with transaction(engine) as session:
        due = [s.url for s in sources.due_sources(session, NOW)]

    assert due == ["http://now.test/rss", "http://earlier.test/rss"]


def test_a_real_poll_is_recorded_on_the_row(
    engine: Engine, httpserver: HTTPServer, settings: FetchSettings
) -> None:
    httpserver.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    httpserver.expect_request("/new").respond_with_data(simple_feed(2).rss(), headers={"ETag": '"e1"'})
    with transaction(engine) as session:
        sources.add_source(session, httpserver.url_for("/old"))
        due = sources.due_sources(session, NOW)

    [result] = poll_sources(due, settings, NOW)
    with transaction(engine) as session:
        sources.record_poll(session, result.source_id, result.health)
    with transaction(engine) as session:
        [record] = sources.list_sources(session)
        still_due = sources.due_sources(session, NOW)

    assert record.url == httpserver.url_for("/new")
    assert record.title == "Loopback Wire"
    assert record.last_status == "fetched"
    assert record.last_http_status == 200
    assert record.last_success_at == NOW
    assert record.next_check_at is not None and record.next_check_at > NOW
    assert still_due == []
    assert sources.as_dict(record)["last_success_at"] == NOW.isoformat()
    json.dumps(sources.as_dict(record))  # JSON-ready as it is


def test_a_move_onto_another_sources_url_keeps_the_old_url(engine: Engine) -> None:
    with transaction(engine) as session:
        first = sources.add_source(session, "http://one.test/rss")
        sources.add_source(session, "http://two.test/rss")
        sources.record_poll(session, first.id, {"url": "http://two.test/rss", "last_status": "fetched"})
    with transaction(engine) as session:
        urls = [s.url for s in sources.list_sources(session)]

    assert urls == ["http://one.test/rss", "http://two.test/rss"]


def test_unknown_health_columns_are_a_programming_error(engine: Engine) -> None:
    with transaction(engine) as session:
        record = sources.add_source(session, "http://one.test/rss")
        with pytest.raises(ValueError, match="origin"):
            sources.record_poll(session, record.id, {"origin": "user"})


def test_reset_brings_a_disabled_source_back_due_at_once(engine: Engine) -> None:
    with transaction(engine) as session:
        record = sources.add_source(session, "http://flaky.test/rss")
        sources.record_poll(
            session,
            record.id,
            {"disabled_reason": "stopped after 10 consecutive failures", "consecutive_failures": 10},
        )
    with transaction(engine) as session:
        assert sources.due_sources(session, NOW) == []
        assert sources.reset_source(session, "http://flaky.test/rss")
        assert not sources.reset_source(session, "http://unknown.test/rss")
    with transaction(engine) as session:
        [due] = sources.due_sources(session, NOW)

    assert due.consecutive_failures == 0
