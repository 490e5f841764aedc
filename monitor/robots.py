"""robots.txt for article pages: fetched once a poll per site, read by the standard library's parser.

Feeds are published to be polled, so they are fetched without asking; an article page is fetched only to
improve on a feed's summary, so a site that asks crawlers to stay out of it is left alone and the summary
kept. What an answer means follows RFC 9309: a robots.txt that is not there (any 4xx) allows everything;
one that cannot be read (5xx, timeout, refused address) allows nothing, this time; redirects are followed
with the client's usual limits. The rules are matched against our User-Agent's product token ("Parley").
"""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from monitor.errors import FetchError
from monitor.web import WebClient, detail

ROBOTS_ACCEPT = "text/plain,*/*;q=0.1"
# RFC 9309 asks crawlers to read at least 500 KiB; more is not rules but something else.
MAX_ROBOTS_BYTES = 512 * 1024


class RobotsRules:
    """The robots.txt rules of every site one poll fetches pages from, each fetched at most once."""

    def __init__(self, client: WebClient, user_agent: str) -> None:
        self._client = client
        self._agent = user_agent.split("/")[0].strip() or user_agent
        # Per site: the parsed rules, or None (no robots.txt: everything allowed) or why it is unreadable.
        self._sites: dict[str, asyncio.Task[RobotFileParser | str | None]] = {}

    async def refusal(self, url: str) -> str | None:
        """Why robots.txt keeps us from fetching `url`, or None when it may be fetched."""
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        task = self._sites.get(site)
        if task is None:  # one fetch per site, however many of its pages are asked for at once
            task = self._sites[site] = asyncio.ensure_future(self._fetch(site))
        rules = await task
        if rules is None or isinstance(rules, str):
            return rules
        return None if rules.can_fetch(self._agent, url) else "robots.txt asks crawlers to stay out"

    async def _fetch(self, site: str) -> RobotFileParser | str | None:
        try:
            response = await self._client.get(f"{site}/robots.txt", {"Accept": ROBOTS_ACCEPT})
        except FetchError as exc:
            return f"robots.txt not read: {detail(exc)}"
        if 400 <= response.status < 500:
            return None
        if response.status != 200:
            return f"robots.txt not read: HTTP {response.status}"
        rules = RobotFileParser(f"{site}/robots.txt")
        rules.parse(response.body[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace").splitlines())
        return rules
