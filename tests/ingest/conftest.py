"""Fixtures for the ingest tests: a fixed clock, fetch settings that allow loopback, a threaded server.

The feed builders live in `ingest_samples` beside this file; with pytest's importlib mode the folder is put
on the path here so the test modules can import it by name.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from monitor.fetch import FetchSettings

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from ingest_samples import LOOPBACK, NOW  # noqa: E402


@pytest.fixture
def now() -> datetime:
    return NOW


@pytest.fixture
def settings() -> FetchSettings:
    """Small timeouts so a hung server costs a fraction of a second; loopback allowed explicitly."""
    return FetchSettings(
        connect_timeout=2.0,
        read_timeout=2.0,
        total_timeout=5.0,
        max_bytes=200_000,
        allowed_networks=LOOPBACK,
        fetch_pages=False,
    )


@pytest.fixture
def threaded_server() -> Iterator[HTTPServer]:
    """A loopback server that answers requests in parallel (a hung handler blocks only itself)."""
    server = HTTPServer(host="127.0.0.1", threaded=True)
    server.start()
    try:
        yield server
    finally:
        server.clear()
        if server.is_running():
            server.stop()


@pytest.fixture
def release() -> Iterator[threading.Event]:
    """Set at teardown, so that handlers waiting on it end even when a test fails."""
    event = threading.Event()
    yield event
    event.set()
