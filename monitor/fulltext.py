"""Full article text for entries whose feed carries only a summary.

The page is fetched through the same `WebClient` as feeds (same limits, timeouts, size cap and address
policy) and its main text extracted with trafilatura from the HTML we fetched ourselves. The page replaces
the summary only when it is better: extraction worked, the text is long enough to be an article and longer
than what the feed gave, and the page does not announce a paywall. Otherwise the entry keeps its summary
and `page_note` says why.
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
from collections.abc import Collection, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass

import trafilatura

from monitor.errors import FetchError
from monitor.parse import FeedEntry
from monitor.robots import RobotsRules
from monitor.web import WebClient, detail

PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
# Schema.org's flag for paywalled content, as publishers put it in JSON-LD or microdata.
_NOT_FREE = re.compile(rb"isAccessibleForFree[\"']?\s*[:=]\s*[\"']?false", re.IGNORECASE)
_PAYWALL_PHRASES = (
    "subscribe to continue",
    "subscribe to read",
    "subscribers only",
    "for subscribers",
    "to continue reading",
    "already a subscriber",
    "sign in to continue",
    "log in to continue",
    "create a free account to continue",
)


@dataclass(frozen=True)
class PageText:
    text: str | None  # the article's main text, when it should replace the feed's
    note: str  # "extracted", or why not: "short", "paywalled", "no text found"


def extract_page(html: bytes, url: str, have_chars: int, min_chars: int) -> PageText:
    """Judge one fetched page against the `have_chars` of text the feed already gave (CPU only)."""
    if _NOT_FREE.search(html):
        return PageText(None, "paywalled")
    text = trafilatura.extract(
        html,
        url=url,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if not text:
        return PageText(None, "no text found")
    tail = text[-400:].lower()
    if any(phrase in tail for phrase in _PAYWALL_PHRASES):
        return PageText(None, "paywalled")
    if len(text) < min_chars or len(text) <= have_chars:
        return PageText(None, "short")
    return PageText(text, "extracted")


def wants_page(entry: FeedEntry) -> bool:
    return entry.text_origin == "summary"


async def fill_from_pages(
    client: WebClient,
    entries: Sequence[FeedEntry],
    executor: Executor,
    min_chars: int,
    limit: int,
    skip: Collection[str] = (),
    robots: RobotsRules | None = None,
) -> tuple[FeedEntry, ...]:
    """Entries with page text where it is better: the newest `limit` candidates whose URL is not in `skip`
    (and, given `robots`, whose site's robots.txt lets us fetch them)."""
    candidates = sorted(
        (e for e in entries if wants_page(e) and e.url not in skip), key=lambda e: e.published, reverse=True
    )
    filled = await asyncio.gather(
        *(_fill(client, e, executor, min_chars, robots) for e in candidates[:limit])
    )
    by_url = {e.url: e for e in filled}
    return tuple(by_url.get(e.url, e) for e in entries)


async def _fill(
    client: WebClient, entry: FeedEntry, executor: Executor, min_chars: int, robots: RobotsRules | None
) -> FeedEntry:
    refusal = await robots.refusal(entry.url) if robots is not None else None
    if refusal is not None:
        return dataclasses.replace(entry, page_note=f"page not fetched: {refusal}")
    try:
        response = await client.get(entry.url, {"Accept": PAGE_ACCEPT})
    except FetchError as exc:
        return dataclasses.replace(entry, page_note=f"page not fetched: {detail(exc)}")
    if response.status != 200:
        return dataclasses.replace(entry, page_note=f"page answered HTTP {response.status}")
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type and content_type not in _HTML_TYPES:
        return dataclasses.replace(entry, page_note=f"page is {content_type[:60]}, not HTML")
    loop = asyncio.get_running_loop()
    try:
        page = await loop.run_in_executor(
            executor, extract_page, response.body, response.url, len(entry.text), min_chars
        )
    except Exception as exc:  # a page that breaks the extractor costs this entry its page, nothing more
        return dataclasses.replace(entry, page_note=f"extraction failed: {type(exc).__name__}")
    if page.text is None:
        return dataclasses.replace(entry, page_note=page.note)
    return dataclasses.replace(entry, text=page.text, text_origin="page", page_note=None)
