"""Structured logs: one JSON object per line with the figures passed through `extra=`."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor.errors import ConfigError
from monitor.logs import configure_logging, remove_logging


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "logs" / "parley.log"
    handler = configure_logging(path, "INFO")
    yield path
    remove_logging(handler)


def events(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_an_event_carries_its_run_source_and_counts(log_file: Path) -> None:
    logging.getLogger("parley.cycle").info(
        "source stored", extra={"run": 7, "source": "https://example.org/feed", "counts": {"articles_new": 3}}
    )
    [event] = events(log_file)
    assert event["event"] == "source stored"
    assert (event["level"], event["logger"]) == ("INFO", "parley.cycle")
    assert (event["run"], event["source"], event["counts"]) == (
        7,
        "https://example.org/feed",
        {"articles_new": 3},
    )
    assert str(event["time"]).endswith("+00:00")


def test_text_from_a_feed_cannot_break_the_one_event_per_line_rule(log_file: Path) -> None:
    hostile = 'Title"}\n{"level": "CRITICAL", "event": "forged'
    logging.getLogger("parley.cycle").warning("odd title: %s", hostile, extra={"title": hostile})
    [event] = events(log_file)
    assert event["title"] == hostile and event["level"] == "WARNING"


def test_the_level_filters_and_chatty_libraries_are_quieter(log_file: Path) -> None:
    logging.getLogger("parley.cycle").debug("too fine")
    logging.getLogger("alembic.runtime.migration").info("Context impl SQLiteImpl.")
    logging.getLogger("apscheduler.executors.default").error("Job raised an exception")
    assert [e["event"] for e in events(log_file)] == ["Job raised an exception"]


def test_an_exception_is_kept_with_its_traceback(log_file: Path) -> None:
    try:
        raise ValueError("bad feed")
    except ValueError:
        logging.getLogger("parley.cycle").exception("source failed", extra={"source": "file:///x.xml"})
    [event] = events(log_file)
    assert "ValueError: bad feed" in str(event["exception"])


def test_without_a_file_events_go_to_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    handler = configure_logging(None, "warning")
    try:
        logging.getLogger("parley.service").warning("service lock lost", extra={"holder": "vm:12"})
    finally:
        remove_logging(handler)
    line = capsys.readouterr().err.strip()
    assert json.loads(line)["holder"] == "vm:12"


def test_an_unknown_level_is_refused_naming_the_setting() -> None:
    with pytest.raises(ConfigError, match="logging.level"):
        configure_logging(None, "LOUD")


def test_calling_it_again_replaces_the_handler_instead_of_doubling_lines(tmp_path: Path) -> None:
    first = configure_logging(tmp_path / "a.log", "INFO")
    second = configure_logging(tmp_path / "b.log", "INFO")
    try:
        logging.getLogger("parley").info("once")
    finally:
        remove_logging(second)
    assert first not in logging.getLogger().handlers
    assert not (tmp_path / "a.log").read_text() and len(events(tmp_path / "b.log")) == 1
