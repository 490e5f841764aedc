"""docs/service.md and docs/parley.service say what the code does: their examples are run here."""

from __future__ import annotations

import configparser
import json
import re
from pathlib import Path

import pytest
from apscheduler.triggers.cron import CronTrigger

from monitor.config import load_settings
from monitor.scheduler import STALE_AFTER, parley_jobs

DOCS = Path(__file__).resolve().parents[2] / "docs"
GUIDE = (DOCS / "service.md").read_text(encoding="utf-8")


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", GUIDE, flags=re.DOTALL)


def test_the_guides_configuration_is_accepted_and_schedules_the_three_jobs(tmp_path: Path) -> None:
    [toml] = blocks("toml")
    config = tmp_path / "parley.toml"
    config.write_text(toml, encoding="utf-8")
    settings = load_settings(config=config, cwd=tmp_path)
    assert settings.schedule.timezone == "Europe/Kyiv"
    assert [spec.id for spec in parley_jobs(settings)] == ["poll", "digest", "deliver"]


@pytest.mark.parametrize("line", re.findall(r'`"([0-9*,/ -]+)"`', GUIDE))
def test_each_crontab_example_is_a_valid_digest_schedule(line: str) -> None:
    CronTrigger.from_crontab(line, timezone="UTC")


def test_the_log_example_has_the_fields_the_formatter_writes() -> None:
    [example] = blocks("json")
    event = json.loads(example)
    assert list(event)[:4] == ["time", "level", "logger", "event"]


def test_the_refusal_example_matches_the_message_and_the_stale_delay() -> None:
    assert "is already served by pid" in GUIDE and "stop that `parley serve` first" in GUIDE
    assert f"{int(STALE_AFTER.total_seconds())} s after its last heartbeat" in GUIDE.replace("\n", " ")


def test_the_systemd_unit_runs_serve_and_stops_it_with_sigterm() -> None:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(DOCS / "parley.service", encoding="utf-8")
    service = unit["Service"]
    assert service["ExecStart"].endswith("parley serve")
    assert service["KillSignal"] == "SIGTERM" and int(service["TimeoutStopSec"]) >= 60
    assert service["Restart"] == "on-failure"
    assert unit["Install"]["WantedBy"] == "multi-user.target"
