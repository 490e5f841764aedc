"""The Atom feed: valid for feed readers, stable ids, the newest N digests, feed text kept inert."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import timedelta
from pathlib import Path
from typing import Any

import feedparser
from markup_checks import assert_no_active_content
from reports_samples import HOSTILE, PERIOD_END, publish_sample, statement

from reports.channels import build_channels
from reports.outbox import deliver_pending
from reports.settings import DeliverySettings, Target

ATOM = "{http://www.w3.org/2005/Atom}"


def publish_days(engine: Any, feed: Path, days: int, first: int = 0, **options: Any) -> DeliverySettings:
    settings = DeliverySettings(targets=(Target("atom", str(feed), options),), atom_entries=3)
    for day in range(first, first + days):
        now = PERIOD_END + timedelta(days=day)
        change = statement(key=f"day-{day}", text=f"Statement of day {day}.")
        publish_sample(engine, list(settings.targets), now=now, changes=[change])
        deliver_pending(engine, build_channels(settings), now)
    return settings


def test_a_feed_reader_reads_the_newest_digests(engine: Any, tmp_path: Path) -> None:
    feed = tmp_path / "feed" / "parley.atom"
    publish_days(
        engine, feed, 5, feed_url="https://example.org/parley.atom", link_base="https://example.org/d/"
    )

    parsed = feedparser.parse(feed.read_bytes())

    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert [e.title for e in parsed.entries] == [
        f"Ukraine-Russia talks mediated by the United States (2026): digest of 2026-02-{d:02d}"
        for d in (9, 8, 7)
    ]
    assert parsed.entries[0].link == "https://example.org/d/digest-2026-02-09-00005.html"
    assert parsed.feed.links[0].href == "https://example.org/parley.atom"
    assert "Statement of day 4." in parsed.entries[0].content[0].value


def test_entry_ids_stay_the_same_when_the_feed_is_rewritten(engine: Any, tmp_path: Path) -> None:
    feed = tmp_path / "parley.atom"
    publish_days(engine, feed, 2)
    before = {e.title: e.id for e in feedparser.parse(feed.read_bytes()).entries}
    publish_days(engine, feed, 1, first=2)  # a third digest rewrites the file
    after = {e.title: e.id for e in feedparser.parse(feed.read_bytes()).entries}

    assert all(after[title] == entry_id for title, entry_id in before.items() if title in after)
    assert len(set(after.values())) == len(after)


def test_feed_text_stays_text_in_titles_and_content(engine: Any, tmp_path: Path) -> None:
    feed = tmp_path / "parley.atom"
    settings = DeliverySettings(targets=(Target("atom", str(feed), {"link_base": "javascript:alert(1)//"}),))
    hostile = statement(text=HOSTILE)
    publish_sample(engine, list(settings.targets), changes=[hostile], story=HOSTILE)
    deliver_pending(engine, build_channels(settings), PERIOD_END)

    root = ET.parse(feed).getroot()
    entry = root.find(f"{ATOM}entry")
    assert entry is not None
    title = entry.find(f"{ATOM}title")
    content = entry.find(f"{ATOM}content")
    assert title is not None and content is not None and content.text is not None
    assert list(title) == [] and title.text is not None and "<script>alert(1)</script>" in title.text
    assert entry.find(f"{ATOM}link") is None  # the javascript: base gives no link
    assert_no_active_content(content.text)
    assert "&lt;script&gt;" in content.text
