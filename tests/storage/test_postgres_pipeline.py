"""The whole pipeline on PostgreSQL: the same demo days as on SQLite, the same state."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor.app import state_as_of
from monitor.demo import run_demo
from storage.db import open_database


def _state(url: str) -> dict:
    engine = open_database(url)
    try:
        return state_as_of(engine).to_json()
    finally:
        engine.dispose()


def test_two_demo_days_give_the_same_state_on_postgresql_and_sqlite(
    postgres_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PARLEY_DB", postgres_db)
    run_demo(tmp_path / "pg", days=2, echo=lambda _line: None)
    monkeypatch.setenv("PARLEY_DB", str(tmp_path / "lite.db"))
    run_demo(tmp_path / "lite", days=2, echo=lambda _line: None)
    on_postgres, on_sqlite = _state(postgres_db), _state(f"sqlite:///{tmp_path / 'lite.db'}")
    assert on_postgres["rounds"] and on_postgres["statements"]
    assert json.dumps(on_postgres, sort_keys=True) == json.dumps(on_sqlite, sort_keys=True)
