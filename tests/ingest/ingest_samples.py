"""Feeds and sources for the ingest tests, built in code so each test shows what it serves."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

from storage.sources import SourceState

NOW = datetime(2026, 2, 5, 12, 0, tzinfo=UTC)
LOOPBACK = ("127.0.0.0/8", "::1/128")


def source(url: str, source_id: int = 1, **changes: object) -> SourceState:
    return SourceState(id=source_id, url=url, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Item:
    title: str
    link: str
    description: str = "A short summary of the talks."
    published: datetime | None = NOW
    guid: str | None = None
    content: str | None = None


@dataclass(frozen=True)
class Feed:
    title: str = "Loopback Wire"
    items: tuple[Item, ...] = field(default_factory=tuple)
    ttl: int | None = None

    def rss(self, encoding: str = "utf-8") -> bytes:
        parts = [
            f'<?xml version="1.0" encoding="{encoding}"?>',
            '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>',
            f"<title>{escape(self.title)}</title><link>http://example.test/</link>",
            f"<ttl>{self.ttl}</ttl>" if self.ttl is not None else "",
        ]
        for item in self.items:
            parts.append("<item>")
            parts.append(f"<title>{escape(item.title)}</title><link>{escape(item.link)}</link>")
            parts.append(f"<description>{escape(item.description)}</description>")
            if item.guid:
                parts.append(f'<guid isPermaLink="false">{escape(item.guid)}</guid>')
            if item.published:
                parts.append(f"<pubDate>{format_datetime(item.published, usegmt=True)}</pubDate>")
            if item.content:
                parts.append(f"<content:encoded><![CDATA[{item.content}]]></content:encoded>")
            parts.append("</item>")
        parts.append("</channel></rss>")
        return "".join(parts).encode(encoding)


def simple_feed(n: int = 3, base: str = "http://example.test/news") -> Feed:
    return Feed(items=tuple(Item(f"Story {i}", f"{base}/{i}") for i in range(n)))
