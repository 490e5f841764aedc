"""When to poll a source next: pure rules, no I/O, every input explicit.

- The interval adapts to how often the source publishes: the median gap between its newest entries, blended
  with the previous interval so one burst does not swing it, within [minimum, maximum].
- The server's word is a floor: Cache-Control max-age (less Age), else Expires, and an RSS <ttl>; a source
  is never asked again before its response said it would be stale. Floors are capped at the maximum so a
  misconfigured server cannot silence a source for a year.
- Failures back off exponentially (base, 2x base, 4x base ... up to a cap); a 429 or 503 with Retry-After
  waits as long as the server asks (capped).
"""

from __future__ import annotations

import email.utils
import re
import statistics
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta

_MAX_AGE = re.compile(r"(?:^|,)\s*(?:s-maxage|max-age)\s*=\s*\"?(\d+)", re.IGNORECASE)
_NO_CACHE = re.compile(r"(?:^|,)\s*(?:no-cache|no-store)\b", re.IGNORECASE)

# How many of the newest entries describe a source's rhythm; older ones describe its past.
_RHYTHM_ENTRIES = 10


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is None:
        value = headers.get(name.title())
    return value


def http_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def cache_lifetime(headers: Mapping[str, str], now: datetime) -> int | None:
    """Seconds the response stays fresh by its own headers, or None when it says nothing usable."""
    control = _header(headers, "cache-control") or ""
    if _NO_CACHE.search(control):
        return None
    match = _MAX_AGE.search(control)
    if match:
        age = _int(_header(headers, "age")) or 0
        return max(0, int(match.group(1)) - age)
    expires = http_date(_header(headers, "expires"))
    if expires is None:
        return None
    # Measure against the server's own clock when it gives one: the two clocks may disagree.
    served = http_date(_header(headers, "date")) or now
    return max(0, int((expires - served).total_seconds()))


def retry_after(headers: Mapping[str, str], now: datetime) -> int | None:
    """Seconds a 429/503 response asks us to wait (delta-seconds or an HTTP date), or None."""
    value = (_header(headers, "retry-after") or "").strip()
    if not value:
        return None
    if value.isdigit():
        return int(value)
    when = http_date(value)
    return None if when is None else max(0, int((when - now).total_seconds()))


def adaptive_interval(
    previous: int | None,
    published: Iterable[datetime],
    now: datetime,
    default: int,
    minimum: int,
    maximum: int,
) -> int:
    """A new polling interval from the publication dates a fetch just saw."""
    base = previous if previous is not None else default
    # Entries dated in the future (bad clocks) or all at one instant (dates stamped at fetch time) say
    # nothing about the rhythm.
    dates = sorted({d for d in published if d <= now + timedelta(hours=1)}, reverse=True)[:_RHYTHM_ENTRIES]
    if len(dates) < 2:
        return _clamp(base, minimum, maximum)
    gaps = [(newer - older).total_seconds() for newer, older in zip(dates, dates[1:], strict=False)]
    estimate = statistics.median(gaps)
    # A source silent for longer than its usual gap is slowing down: let the silence count too.
    estimate = max(estimate, (now - dates[0]).total_seconds() / 2)
    return _clamp(round((base + estimate) / 2), minimum, maximum)


def next_check(now: datetime, interval: int, floors: Sequence[int | None], maximum: int) -> datetime:
    """When to poll again: after the interval, and not before any server-given floor (capped)."""
    wait = max([interval, *(min(f, maximum) for f in floors if f is not None)])
    return now + timedelta(seconds=wait)


def backoff_delay(failures: int, base: int, cap: int) -> int:
    """Seconds to wait after the n-th consecutive failure: base, 2x, 4x ... up to cap."""
    if failures <= 0:
        return 0
    return min(cap, base * 2 ** min(failures - 1, 30))


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    value = value.strip()
    return int(value) if value.isdigit() else None
