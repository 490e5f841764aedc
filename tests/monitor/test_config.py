"""Configuration: defaults with no file, the documented example loads, and a typo names file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config import load_settings
from monitor.errors import ConfigError

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PARLEY_DB", "PARLEY_CONFIG", "PARLEY_PACK", "PARLEY_DATA"):
        monkeypatch.delenv(name, raising=False)


def test_no_file_gives_working_defaults(tmp_path: Path) -> None:
    settings = load_settings(cwd=tmp_path)
    assert settings.database_url == f"sqlite:///{tmp_path / 'parley-data' / 'parley.db'}"
    assert settings.config_path is None and settings.alerts == ()


def test_the_documented_example_config_loads(tmp_path: Path) -> None:
    settings = load_settings(config=REPO / "docs" / "parley.example.toml", cwd=tmp_path)
    assert settings.schedule.digest_cron == "0 7 * * *"
    assert settings.fetch.max_failures == 10
    assert [t.channel for t in settings.delivery.targets] == ["file", "atom"]


def test_parley_db_wins_and_accepts_a_path_or_a_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARLEY_DB", str(tmp_path / "x.db"))
    assert load_settings(cwd=tmp_path).database_url == f"sqlite:///{tmp_path / 'x.db'}"
    monkeypatch.setenv("PARLEY_DB", "postgresql://u@h/db")
    assert load_settings(cwd=tmp_path).database_url == "postgresql+psycopg://u@h/db"


@pytest.mark.parametrize(
    ("text", "culprit"),
    [
        ("[fetch]\nconcurrencyy = 3\n", "fetch.concurrencyy"),
        ("[fetch]\nconcurrency = 0\n", "concurrency"),
        ("[schedul]\npoll_minutes = 3\n", "schedul"),
        ("[delivery]\nsmtp_security = 'none'\n", "smtp_security"),
        ("[alerts]\nrules = [{ knd = 'round' }]\n", "knd"),
        ("[fetch\n", "parley.toml"),
    ],
)
def test_a_bad_setting_is_named(tmp_path: Path, text: str, culprit: str) -> None:
    path = tmp_path / "parley.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_settings(cwd=tmp_path)
    assert culprit in str(error.value) and str(path) in str(error.value)
