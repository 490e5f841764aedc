"""Parsing feed bytes into plain entries: text, links, dates, and what counts as a broken feed."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from ingest_samples import NOW, Feed, Item

from monitor.errors import FeedParseError
from monitor.parse import FULL_TEXT_MIN_CHARS, parse_feed
from monitor.plaintext import html_to_text

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CORPUS = SHARED / "corpora" / "feedparser-tests"
URL = "http://example.test/feed.xml"


def parse(body: bytes, headers: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return parse_feed(body, URL, headers or {}, NOW)


def test_entries_come_out_as_plain_text_with_normalised_absolute_links() -> None:
    body = b"""<?xml version="1.0"?>
    <rss version="2.0"><channel><title>Wire &amp; Co</title><ttl>45</ttl>
    <item><title>Talks &lt;b&gt;resume&lt;/b&gt; &amp;amp; continue</title>
      <link>/news/1?utm_source=rss&amp;b=2&amp;a=1#top</link><guid>tag:wire,2026:1</guid>
      <description>&lt;p&gt;First &amp;amp; foremost.&lt;/p&gt;&lt;p&gt;Second&amp;nbsp;line.&lt;/p&gt;
      &lt;script&gt;alert(1)&lt;/script&gt;</description>
      <author>desk@wire.test (The Desk)</author>
      <pubDate>Wed, 04 Feb 2026 10:30:00 +0200</pubDate></item>
    </channel></rss>"""

    feed = parse(body)

    assert feed.title == "Wire & Co"
    assert feed.ttl_minutes == 45
    assert feed.bozo is None
    [entry] = feed.entries
    assert entry.url == "http://example.test/news/1?a=1&b=2"
    assert entry.guid == "tag:wire,2026:1"
    assert entry.title == "Talks resume & continue"
    assert entry.summary == "First & foremost.\nSecond line."  # a no-break space is a space
    assert entry.text == entry.summary and entry.text_origin == "summary"
    assert entry.published == datetime(2026, 2, 4, 8, 30, tzinfo=UTC)
    assert entry.author == "desk@wire.test (The Desk)"


def test_full_content_in_the_feed_becomes_the_text() -> None:
    long = "<p>" + "The delegations met for six hours. " * 20 + "</p>"
    short = "<p>Only a teaser.</p>"
    feed = parse(
        Feed(
            items=(
                Item("Long", "http://example.test/long", "Summary.", content=long),
                Item("Teaser", "http://example.test/teaser", "Summary here.", content=short),
            )
        ).rss()
    )

    long_entry, teaser = feed.entries
    assert long_entry.text_origin == "feed"
    assert len(long_entry.text) >= FULL_TEXT_MIN_CHARS
    assert long_entry.summary == "Summary."
    assert teaser.text_origin == "summary"
    assert teaser.text == "Only a teaser."  # the longer of summary and content, still a teaser


def test_dates_fall_back_to_updated_then_to_the_fetch_time() -> None:
    body = b"""<?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:x</id>
      <updated>2026-02-03T00:00:00Z</updated>
      <entry><title>Updated only</title><id>urn:1</id><link href="http://example.test/1"/>
        <updated>2026-02-03T09:15:00Z</updated><summary>One.</summary></entry>
      <entry><title>No date</title><id>urn:2</id><link href="http://example.test/2"/>
        <summary>Two.</summary></entry>
    </feed>"""

    updated, undated = parse(body).entries

    assert updated.published == datetime(2026, 2, 3, 9, 15, tzinfo=UTC)
    assert undated.published == NOW


def test_entries_without_a_web_link_are_left_out_and_repeats_kept_once() -> None:
    feed = parse(
        Feed(
            items=(
                Item("Mail", "mailto:desk@example.test"),
                Item("First", "http://example.test/a?utm_medium=x"),
                Item("Repeat", "http://EXAMPLE.test/a"),
            )
        ).rss()
    )

    assert [(e.title, e.url) for e in feed.entries] == [("First", "http://example.test/a")]


def test_a_guid_that_is_a_permalink_stands_in_for_a_missing_link() -> None:
    body = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
      <item><title>Only a guid</title><guid>http://example.test/story/7</guid></item></channel></rss>"""

    [entry] = parse(body).entries

    assert entry.url == "http://example.test/story/7"


def test_a_malformed_feed_with_entries_is_kept_with_its_complaint() -> None:
    body = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
      <item><title>Fine</title><link>http://example.test/1</link></item>
      <item><title>Broken &nope; entity</title><link>http://example.test/2</link></item>"""

    feed = parse(body)

    assert feed.bozo is not None
    assert [e.url for e in feed.entries][:1] == ["http://example.test/1"]


@pytest.mark.parametrize("body", [b"", b"<html><body>Not a feed</body></html>", b"\x00\x01\x02garbage"])
def test_a_body_without_entries_that_is_no_feed_fails_naming_the_url(body: bytes) -> None:
    with pytest.raises(FeedParseError) as caught:
        parse(body)

    assert caught.value.url == URL
    assert str(caught.value).startswith(f"{URL}: no entries:")


def test_a_valid_empty_feed_is_no_error() -> None:
    feed = parse(Feed().rss())

    assert feed.entries == () and feed.bozo is None


def test_the_declared_charset_is_passed_to_feedparser() -> None:
    # Bytes in ISO-8859-5 (Cyrillic) with no XML declaration: only the header tells the truth.
    body = "<rss version='2.0'><channel><title>Новости</title><item><title>Переговоры</title>"
    body += "<link>http://example.test/1</link></item></channel></rss>"

    feed = parse(body.encode("iso-8859-5"), {"content-type": "application/rss+xml; charset=iso-8859-5"})

    assert feed.title == "Новости"
    assert feed.entries[0].title == "Переговоры"


def test_hostile_markup_never_reaches_the_text() -> None:
    hostile = (
        "<p>Talks resumed.</p><script>alert('x')</script><style>p{color:red}</style>"
        "<img src=x onerror=\"alert(2)\"><iframe src='javascript:alert(3)'>fallback <b>frame</b></iframe>"
        "<a href='javascript:alert(4)'>a link</a><svg><script>alert(5)</script></svg><!-- note -->"
    )
    feed = parse(Feed(items=(Item("<b>Bold</b> &amp; title", "http://example.test/1", hostile),)).rss())

    [entry] = feed.entries
    assert entry.summary == "Talks resumed.\na link"
    assert entry.title == "Bold & title"
    assert "alert" not in entry.text and "javascript" not in entry.text and "<" not in entry.text


def test_html_to_text_keeps_paragraphs_and_drops_scripts() -> None:
    html = "<div><p>One &amp; two</p><script>x()</script><ul><li>a</li><li>b<br>c</li></ul>tail</div>"

    assert html_to_text(html) == "One & two\na\nb\nc\ntail"
    assert html_to_text("no markup, just   text") == "no markup, just text"
    assert html_to_text("") == ""


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared feedparser corpus not present")
def test_every_file_of_the_feedparser_corpus_parses_or_fails_cleanly() -> None:
    files = sorted(p for p in CORPUS.rglob("*.xml") if p.is_file())
    assert len(files) > 1500
    parsed = failed = entries = 0
    for path in files:
        try:
            feed = parse_feed(path.read_bytes(), f"http://example.test/{path.name}", {}, NOW)
        except FeedParseError:
            failed += 1
            continue
        parsed += 1
        entries += len(feed.entries)
        for entry in feed.entries:
            assert entry.url.startswith(("http://", "https://")), path
            assert entry.published.tzinfo is not None, path
            assert "<script" not in (entry.text + (entry.title or "")).lower(), path
    assert parsed > failed
    assert entries > 100
