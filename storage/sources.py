"""Queries over the `source` table: which feeds to poll, and what a poll learned about them.

Each function takes an open session (the caller owns the transaction) and returns plain frozen data, never a
table row, so nothing lazy-loads after the session closes. A source removed by a person stays as an inactive
row: its articles still point at it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from storage.models import Source
from storage.upsert import table_of

SOURCES = table_of(Source)


@dataclass(frozen=True)
class SourceState:
    """What the poller needs of a source: where it is, its validators, and its rhythm."""

    id: int
    url: str
    etag: str | None = None
    last_modified: str | None = None
    full_text: bool = True
    interval_seconds: int | None = None
    consecutive_failures: int = 0
    title: str | None = None
    poll_every_seconds: int | None = None


@dataclass(frozen=True)
class SourceRecord:
    """A source with its health, as `parley sources` shows it."""

    id: int
    url: str
    title: str | None
    origin: str
    active: bool
    full_text: bool
    interval_seconds: int | None
    poll_every_seconds: int | None
    last_status: str | None
    last_http_status: int | None
    last_checked_at: datetime | None
    last_success_at: datetime | None
    last_error: str | None
    last_error_at: datetime | None
    consecutive_failures: int
    next_check_at: datetime | None
    disabled_reason: str | None


# Columns a poll may set; anything else in a health dict is a programming error, not data.
HEALTH_COLUMNS = frozenset(
    {
        "url",
        "title",
        "etag",
        "last_modified",
        "last_status",
        "last_http_status",
        "last_checked_at",
        "last_success_at",
        "last_error",
        "last_error_at",
        "consecutive_failures",
        "next_check_at",
        "interval_seconds",
        "disabled_reason",
    }
)


def _state(row: Source) -> SourceState:
    assert row.id is not None
    return SourceState(
        id=row.id,
        url=row.url,
        etag=row.etag,
        last_modified=row.last_modified,
        full_text=row.full_text,
        interval_seconds=row.interval_seconds,
        consecutive_failures=row.consecutive_failures,
        title=row.title,
        poll_every_seconds=row.poll_every_seconds,
    )


def _record(row: Source) -> SourceRecord:
    return SourceRecord(**{f.name: getattr(row, f.name) for f in fields(SourceRecord)})


def _by_url(session: Session, url: str) -> Source | None:
    return session.exec(select(Source).where(Source.url == url)).first()


def sync_pack_feeds(session: Session, feeds: Sequence[tuple[str, str | None, bool, int | None]]) -> None:
    """Make the pack's feeds (url, title, full_text, poll_every_seconds) sources; pack feeds no longer listed
    stop being polled.

    A source a person removed stays removed: only `add_source` brings it back.
    """
    wanted = {url: (title, full_text, every) for url, title, full_text, every in feeds}
    existing = {row.url: row for row in session.exec(select(Source))}
    for url, (title, full_text, every) in wanted.items():
        row = existing.get(url)
        if row is None:
            session.add(
                Source(url=url, title=title, full_text=full_text, origin="pack", poll_every_seconds=every)
            )
            continue
        if row.origin == "pack":
            row.title = title or row.title
            row.full_text = full_text
            row.poll_every_seconds = every
            session.add(row)
    for url, row in existing.items():
        if row.origin == "pack" and row.active and url not in wanted:
            row.active = False
            session.add(row)
    session.flush()


def due_sources(session: Session, now: datetime) -> list[SourceState]:
    """Active, enabled sources whose next check has come (never-checked ones first)."""
    next_check = col(Source.next_check_at)
    query = (
        select(Source)
        .where(
            col(Source.active).is_(True),
            col(Source.disabled_reason).is_(None),
            sa.or_(next_check.is_(None), next_check <= now),
        )
        .order_by(next_check.is_not(None), next_check, col(Source.id))
    )
    return [_state(row) for row in session.exec(query)]


def record_poll(session: Session, source_id: int, health: Mapping[str, Any]) -> None:
    """Store what one poll learned; a moved-to URL that another source already has is not taken."""
    unknown = set(health) - HEALTH_COLUMNS
    if unknown:
        raise ValueError(f"not source health columns: {sorted(unknown)}")
    values = dict(health)
    new_url = values.get("url")
    if new_url is not None:
        holder = session.execute(sa.select(SOURCES.c.id).where(SOURCES.c.url == new_url)).first()
        if holder is not None and holder[0] != source_id:
            del values["url"]
    if values:
        # A Core UPDATE built once per set of columns: loading the row into the ORM, or building a new
        # statement each poll, cost more than storing the poll's articles.
        session.execute(_health_update(tuple(sorted(values))), {**values, "source_id": source_id})


@cache
def _health_update(columns: tuple[str, ...]) -> sa.Update:
    return (
        sa.update(SOURCES)
        .where(SOURCES.c.id == sa.bindparam("source_id"))
        .values({column: sa.bindparam(column) for column in columns})
    )


def list_sources(session: Session, include_inactive: bool = False) -> list[SourceRecord]:
    query = select(Source).order_by(col(Source.id))
    if not include_inactive:
        query = query.where(col(Source.active).is_(True))
    return [_record(row) for row in session.exec(query)]


def add_source(
    session: Session,
    url: str,
    title: str | None = None,
    full_text: bool = True,
    poll_every_seconds: int | None = None,
) -> SourceRecord:
    """Add a source a person asked for, or bring back one they removed (its history kept)."""
    row = _by_url(session, url)
    if row is None:
        row = Source(
            url=url, title=title, origin="user", full_text=full_text, poll_every_seconds=poll_every_seconds
        )
    else:
        row.active = True
        row.title = title or row.title
        row.poll_every_seconds = poll_every_seconds or row.poll_every_seconds
    session.add(row)
    session.flush()
    return _record(row)


def remove_source(session: Session, url: str) -> bool:
    """Stop polling a source; False when no active source has this URL."""
    row = _by_url(session, url)
    if row is None or not row.active:
        return False
    row.active = False
    session.add(row)
    session.flush()
    return True


def reset_source(session: Session, url: str) -> bool:
    """Re-enable a source that failed too often or was retired, due at once; False when unknown."""
    row = _by_url(session, url)
    if row is None:
        return False
    row.disabled_reason = None
    row.consecutive_failures = 0
    row.next_check_at = None
    session.add(row)
    session.flush()
    return True


def as_dict(record: SourceRecord) -> dict[str, Any]:
    """A source as JSON-ready data (dates as ISO 8601 strings), for `--json` and the status page."""
    return {
        f.name: value.isoformat() if isinstance(value, datetime) else value
        for f in fields(SourceRecord)
        for value in (getattr(record, f.name),)
    }
