"""What a poll's outcome means for its source row: pure functions from an outcome to column values.

The poller decides nothing about schedules itself; it reports what happened (fetched, not modified, failed,
gone) and these functions turn that into the `Source` columns to set, politeness rules included
(monitor/politeness.py). A source that fails `max_failures` times in a row is disabled until a person resets
it; a 410 Gone retires it at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from monitor.politeness import adaptive_interval, backoff_delay, next_check
from storage.sources import SourceState

_MESSAGE_CHARS = 500


class ScheduleSettings(Protocol):
    """The schedule knobs of `monitor.fetch.FetchSettings` (read-only, as a frozen dataclass has them)."""

    @property
    def default_interval(self) -> int: ...
    @property
    def min_interval(self) -> int: ...
    @property
    def max_interval(self) -> int: ...
    @property
    def failure_backoff(self) -> int: ...
    @property
    def max_backoff(self) -> int: ...
    @property
    def max_failures(self) -> int: ...


@dataclass(frozen=True)
class Validators:
    etag: str | None
    last_modified: str | None


def fetched(
    source: SourceState,
    settings: ScheduleSettings,
    now: datetime,
    *,
    http_status: int | None,
    validators: Validators,
    published: Sequence[datetime],
    cache_seconds: int | None,
    ttl_minutes: int | None,
    moved_to: str | None,
    feed_title: str | None,
) -> dict[str, Any]:
    interval = adaptive_interval(
        source.interval_seconds,
        published,
        now,
        settings.default_interval,
        settings.min_interval,
        settings.max_interval,
    )
    ttl_seconds = ttl_minutes * 60 if ttl_minutes is not None else None
    health: dict[str, Any] = {
        # A server that stops sending a validator gets none back: stale ones would only cost a 200.
        "etag": validators.etag,
        "last_modified": validators.last_modified,
        **_success("fetched", http_status, now),
        "interval_seconds": interval,
        "next_check_at": _configured_floor(
            source, now, next_check(now, interval, (cache_seconds, ttl_seconds), settings.max_interval)
        ),
    }
    if moved_to is not None and moved_to != source.url:
        health["url"] = moved_to
    if source.title is None and feed_title:
        health["title"] = feed_title[:300]
    return health


def not_modified(
    source: SourceState,
    settings: ScheduleSettings,
    now: datetime,
    *,
    http_status: int | None,
    validators: Validators,
    cache_seconds: int | None,
    moved_to: str | None,
) -> dict[str, Any]:
    interval = _current_interval(source, settings)
    health: dict[str, Any] = {
        **_success("not_modified", http_status, now),
        "interval_seconds": interval,
        "next_check_at": _configured_floor(
            source, now, next_check(now, interval, (cache_seconds,), settings.max_interval)
        ),
    }
    # A 304 may carry fresher validators; it never takes the stored ones away.
    if validators.etag is not None:
        health["etag"] = validators.etag
    if validators.last_modified is not None:
        health["last_modified"] = validators.last_modified
    if moved_to is not None and moved_to != source.url:
        health["url"] = moved_to
    return health


def failed(
    source: SourceState,
    settings: ScheduleSettings,
    now: datetime,
    *,
    message: str,
    http_status: int | None = None,
    retry_after: int | None = None,
) -> dict[str, Any]:
    failures = source.consecutive_failures + 1
    delay = backoff_delay(failures, settings.failure_backoff, settings.max_backoff)
    if retry_after is not None:
        delay = min(max(delay, retry_after), settings.max_backoff)
    message = message[:_MESSAGE_CHARS]
    health: dict[str, Any] = {
        "last_status": "failed",
        "last_http_status": http_status,
        "last_checked_at": now,
        "last_error": message,
        "last_error_at": now,
        "consecutive_failures": failures,
        "next_check_at": now + timedelta(seconds=delay),
    }
    if failures >= settings.max_failures:
        health["disabled_reason"] = f"stopped after {failures} consecutive failures; last: {message}"[
            :_MESSAGE_CHARS
        ]
        health["next_check_at"] = None
    return health


def retired(now: datetime, http_status: int) -> dict[str, Any]:
    message = f"HTTP {http_status}: the server says the feed is gone for good"
    return {
        "last_status": "retired",
        "last_http_status": http_status,
        "last_checked_at": now,
        "last_error": message,
        "last_error_at": now,
        "next_check_at": None,
        "disabled_reason": f"retired: {message}",
    }


def _configured_floor(source: SourceState, now: datetime, when: datetime) -> datetime:
    """A source configured to be polled rarely is not polled sooner, whatever it publishes; unlike a
    server's hints, a person's setting is not capped by `max_interval`."""
    if source.poll_every_seconds is None:
        return when
    return max(when, now + timedelta(seconds=source.poll_every_seconds))


def _success(status: str, http_status: int | None, now: datetime) -> dict[str, Any]:
    return {
        "last_status": status,
        "last_http_status": http_status,
        "last_checked_at": now,
        "last_success_at": now,
        "consecutive_failures": 0,
    }


def _current_interval(source: SourceState, settings: ScheduleSettings) -> int:
    value = source.interval_seconds if source.interval_seconds is not None else settings.default_interval
    return max(settings.min_interval, min(settings.max_interval, value))
