"""An Atom feed (RFC 4287) of the newest digests, for any feed reader to subscribe to.

Ids are stable `urn:uuid:` values derived from the story and the digest, so a rewrite of the feed never
shows a reader an old digest as new. Each entry carries the digest's HTML body as `type="html"` content:
the body is escaped once by its own template and once more as XML text, which is what Atom readers undo.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from reports.render import digest_stem, render_fragment, render_template
from reports.text import clean, safe_link
from storage.digests import DigestRecord

_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://parley.invalid/atom")


@dataclass(frozen=True)
class FeedOptions:
    self_url: str | None = None  # where readers fetch the feed (rel="self"), http(s) only
    link_base: str | None = None  # where the file channel's HTML pages are served, http(s) only


def render_atom(digests: Sequence[DigestRecord], story: str, options: FeedOptions, now: datetime) -> str:
    """The feed of `digests` (newest first). `now` dates an empty feed only."""
    story = clean(story) or "Parley"
    entries = [_entry(d, story, options) for d in digests]
    updated = max((d.created_at for d in digests), default=now)
    link_base = safe_link(options.link_base)
    return render_template(
        "atom.xml",
        feed={
            "id": f"urn:uuid:{uuid.uuid5(_NAMESPACE, 'feed:' + story)}",
            "title": f"Parley: {story}",
            "subtitle": "Changes in the story, one entry per digest, with what was checked.",
            "updated": _rfc3339(updated),
            "self_url": safe_link(options.self_url),
            "home_url": link_base,
        },
        entries=entries,
    )


def _entry(digest: DigestRecord, story: str, options: FeedOptions) -> dict[str, Any]:
    payload = digest.payload
    base = safe_link(options.link_base)
    link = (
        safe_link(base.rstrip("/") + "/" + digest_stem(digest.kind, digest.period_end, digest.id) + ".html")
        if base
        else None
    )
    status = payload.get("status")
    if status == "changes":
        summary = f"{digest.change_count} change{'s' if digest.change_count != 1 else ''}."
    elif status == "no_change":
        summary = "No change in this period."
    else:
        summary = "No data for this period."
    entry_key = f"digest:{story}:{digest.id}:{digest.created_at.isoformat()}"
    return {
        "id": f"urn:uuid:{uuid.uuid5(_NAMESPACE, entry_key)}",
        "title": clean(digest.title) or f"Digest {digest.id}",
        "updated": _rfc3339(digest.created_at),
        "link": link,
        "summary": summary,
        "content": render_fragment(payload),
        "category": digest.kind,
    }


def _rfc3339(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
