"""Fixtures for the service tests: settings on a fresh SQLite file, and the helper jobs importable by name.

Scheduled jobs are stored as "module:function" references, so the helper jobs live in a module of their
own (`servicejobs`) that the scheduler, and a `parley serve` child process, can import by name.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor.config import Settings
from storage.db import database_url

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("PARLEY_CONFIG", "PARLEY_DB", "PARLEY_DATA", "PARLEY_PACK"):
        monkeypatch.delenv(name, raising=False)
    yield


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "parley.db"


@pytest.fixture
def settings(tmp_path: Path, db_path: Path) -> Settings:
    return Settings(database_url=database_url(db_path), data_dir=tmp_path)
