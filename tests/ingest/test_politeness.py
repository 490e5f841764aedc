"""Scheduling rules (pure): server hints, the adaptive interval, backoff, and what a failure streak does."""

from __future__ import annotations

from datetime import timedelta

import pytest
from ingest_samples import NOW, source

from monitor import health
from monitor.fetch import FetchSettings
from monitor.politeness import adaptive_interval, backoff_delay, cache_lifetime, next_check, retry_after

SETTINGS = FetchSettings()
BOUNDS = (1800, 600, 43200)  # default, minimum, maximum


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        ({"cache-control": "public, max-age=600"}, 600),
        ({"cache-control": "max-age=600", "age": "100"}, 500),
        ({"cache-control": "s-maxage=60, max-age=600"}, 60),
        ({"cache-control": "no-cache, max-age=600"}, None),
        ({"expires": "Thu, 05 Feb 2026 13:00:00 GMT"}, 3600),
        ({"expires": "Thu, 05 Feb 2026 13:00:00 GMT", "date": "Thu, 05 Feb 2026 12:30:00 GMT"}, 1800),
        ({"expires": "0"}, None),
        ({}, None),
    ],
)
def test_cache_lifetime(headers: dict[str, str], seconds: int | None) -> None:
    assert cache_lifetime(headers, NOW) == seconds


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("120", 120),
        ("Thu, 05 Feb 2026 12:10:00 GMT", 600),
        ("Thu, 05 Feb 2026 11:00:00 GMT", 0),
        ("soon", None),
    ],
)
def test_retry_after_reads_seconds_or_a_date(value: str, seconds: int | None) -> None:
    assert retry_after({"retry-after": value}, NOW) == seconds


def test_a_busy_source_is_polled_more_often_and_a_quiet_one_less() -> None:
    every_15_minutes = [NOW - timedelta(minutes=15 * i) for i in range(10)]
    daily = [NOW - timedelta(days=i) for i in range(10)]

    busy = adaptive_interval(1800, every_15_minutes, NOW, *BOUNDS)
    quiet = adaptive_interval(1800, daily, NOW, *BOUNDS)

    assert busy < 1800
    assert busy >= 600
    assert quiet > 1800
    assert quiet <= 43200


def test_the_interval_converges_within_its_bounds() -> None:
    every_5_minutes = [NOW - timedelta(minutes=5 * i) for i in range(10)]
    interval = None
    for _ in range(10):
        interval = adaptive_interval(interval, every_5_minutes, NOW, *BOUNDS)
    assert interval == 600


def test_a_source_gone_silent_slows_down_even_if_it_used_to_be_busy() -> None:
    burst_a_week_ago = [NOW - timedelta(days=7, minutes=5 * i) for i in range(10)]

    assert adaptive_interval(600, burst_a_week_ago, NOW, *BOUNDS) > 600 * 10


def test_undated_entries_say_nothing_about_the_rhythm() -> None:
    assert adaptive_interval(900, [NOW, NOW, NOW], NOW, *BOUNDS) == 900
    assert adaptive_interval(None, [], NOW, *BOUNDS) == 1800


def test_server_floors_win_over_the_interval_but_are_capped() -> None:
    assert next_check(NOW, 600, (3600, None), 43200) == NOW + timedelta(hours=1)
    assert next_check(NOW, 600, (10**9,), 43200) == NOW + timedelta(seconds=43200)
    assert next_check(NOW, 7200, (60,), 43200) == NOW + timedelta(hours=2)


def test_backoff_doubles_up_to_its_cap() -> None:
    assert [backoff_delay(n, 300, 3600) for n in range(6)] == [0, 300, 600, 1200, 2400, 3600]
    assert backoff_delay(500, 300, 3600) == 3600


def test_a_failure_streak_disables_the_source_at_the_configured_count() -> None:
    snapshot = source("http://example.test/feed", consecutive_failures=0)
    disabled_at = None
    for count in range(1, 20):
        values = health.failed(snapshot, SETTINGS, NOW, message="HTTP 502", http_status=502)
        assert values["consecutive_failures"] == count
        if "disabled_reason" in values:
            disabled_at = count
            break
        snapshot = source("http://example.test/feed", consecutive_failures=count)
    assert disabled_at == SETTINGS.max_failures


def test_retry_after_is_honoured_but_never_shortens_the_backoff_or_exceeds_the_cap() -> None:
    snapshot = source("http://example.test/feed", consecutive_failures=3)

    short = health.failed(snapshot, SETTINGS, NOW, message="HTTP 429", retry_after=5)
    long = health.failed(snapshot, SETTINGS, NOW, message="HTTP 429", retry_after=10**7)

    assert short["next_check_at"] == NOW + timedelta(seconds=8 * SETTINGS.failure_backoff)
    assert long["next_check_at"] == NOW + timedelta(seconds=SETTINGS.max_backoff)


def test_a_fetch_keeps_a_title_a_person_gave() -> None:
    titled = source("http://example.test/feed", title="Our name for it")
    values = health.fetched(
        titled,
        SETTINGS,
        NOW,
        http_status=200,
        validators=health.Validators('"x"', None),
        published=[],
        cache_seconds=None,
        ttl_minutes=None,
        moved_to=None,
        feed_title="The feed's own name",
    )

    assert "title" not in values
    assert values["etag"] == '"x"'


@pytest.mark.parametrize(
    "changes",
    [
        {"concurrency": 0},
        {"read_timeout": -1.0},
        {"min_interval": 3600, "default_interval": 600},
        {"max_failures": 0},
        {"allowed_networks": ("not a network",)},
    ],
)
def test_fetch_settings_refuse_values_that_cannot_work(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        FetchSettings(**changes)  # type: ignore[arg-type]


def test_fetch_settings_from_a_config_file_take_lists() -> None:
    assert FetchSettings(allowed_networks=["127.0.0.0/8"]).allowed_networks == ("127.0.0.0/8",)  # type: ignore[arg-type]
