"""Configuration: a TOML file (optional) plus environment variables; defaults that work with neither.

Where it is read from, first found wins: `--config PATH`, `$PARLEY_CONFIG`, `./parley.toml`. The database
comes from `$PARLEY_DB` (a file path or an SQLAlchemy URL), else `[database] url`, else `parley.db` in the
data folder. Each section maps onto the settings dataclass of the module that uses it; an unknown key is an
error that names the file and the key, so a typo never silently does nothing.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from monitor.errors import ConfigError
from monitor.fetch import FetchSettings
from reports.alerts import parse_rules
from reports.errors import ReportsError
from reports.settings import DeliverySettings
from storage.db import DatabaseError, database_url

T = TypeVar("T")


@dataclass(frozen=True)
class ScheduleSettings:
    poll_minutes: int = 30
    digest_cron: str = "0 7 * * *"  # every day at 07:00 in `timezone`
    timezone: str = "UTC"
    deliver_minutes: int = 5  # how often the outbox retries failed deliveries
    misfire_grace_seconds: int | None = None  # None: the poll interval


@dataclass(frozen=True)
class Settings:
    database_url: str
    data_dir: Path
    pack_path: Path | None = None
    relevance_threshold: float = 0.35
    duplicate_window_days: int = 7
    log_file: Path | None = None
    log_level: str = "INFO"
    fetch: FetchSettings = field(default_factory=FetchSettings)
    schedule: ScheduleSettings = field(default_factory=ScheduleSettings)
    delivery: DeliverySettings = field(default_factory=DeliverySettings)
    alerts: tuple[dict[str, Any], ...] = ()
    config_path: Path | None = None


def load_settings(
    config: Path | str | None = None,
    database: str | None = None,
    pack: Path | str | None = None,
    cwd: Path | None = None,
) -> Settings:
    """Settings from the config file and the environment; explicit arguments win."""
    cwd = cwd or Path.cwd()
    path = _config_path(config, cwd)
    data: dict[str, Any] = {}
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: {exc}") from exc
    where = str(path) if path else "(defaults)"
    known = {"database", "paths", "relevance", "logging", "fetch", "schedule", "delivery", "alerts"}
    _reject_unknown(data, known, where, "")

    paths = data.get("paths", {})
    _reject_unknown(paths, {"data_dir", "pack"}, where, "paths.")
    data_dir = Path(os.environ.get("PARLEY_DATA") or paths.get("data_dir") or (cwd / "parley-data"))
    if not data_dir.is_absolute():
        data_dir = (path.parent if path else cwd) / data_dir
    pack_value = pack or os.environ.get("PARLEY_PACK") or paths.get("pack")

    db_section = data.get("database", {})
    _reject_unknown(db_section, {"url"}, where, "database.")
    db_value = database or os.environ.get("PARLEY_DB") or db_section.get("url")
    try:
        url = database_url(db_value, default_folder=data_dir)
    except DatabaseError as exc:
        raise ConfigError(f"{where}: database.url: {exc}") from exc

    relevance = data.get("relevance", {})
    _reject_unknown(relevance, {"threshold", "duplicate_window_days"}, where, "relevance.")
    logging_section = data.get("logging", {})
    _reject_unknown(logging_section, {"file", "level"}, where, "logging.")
    alerts = data.get("alerts", {})
    _reject_unknown(alerts, {"rules"}, where, "alerts.")
    try:
        delivery = DeliverySettings.from_config(data.get("delivery", {}), where)
    except ReportsError as exc:
        raise ConfigError(str(exc)) from exc
    rules = tuple(alerts.get("rules", []))
    try:
        parse_rules(rules)  # a typo in a rule fails now, not silently at every change
    except ReportsError as exc:
        raise ConfigError(f"{where}: {exc}") from exc
    return Settings(
        database_url=url,
        data_dir=data_dir,
        pack_path=Path(pack_value) if pack_value else None,
        relevance_threshold=float(relevance.get("threshold", 0.35)),
        duplicate_window_days=int(relevance.get("duplicate_window_days", 7)),
        log_file=Path(logging_section["file"]) if logging_section.get("file") else None,
        log_level=str(logging_section.get("level", "INFO")).upper(),
        fetch=_section(FetchSettings, data.get("fetch", {}), where, "fetch"),
        schedule=_section(ScheduleSettings, data.get("schedule", {}), where, "schedule"),
        delivery=delivery,
        alerts=rules,
        config_path=path,
    )


def _config_path(config: Path | str | None, cwd: Path) -> Path | None:
    if config is not None:
        path = Path(config)
        if not path.is_file():
            raise ConfigError(f"{path}: no such config file")
        return path
    env = os.environ.get("PARLEY_CONFIG")
    if env:
        if not Path(env).is_file():
            raise ConfigError(f"{env}: no such config file (from PARLEY_CONFIG)")
        return Path(env)
    local = cwd / "parley.toml"
    return local if local.is_file() else None


def _reject_unknown(section: dict[str, Any], known: set[str], where: str, prefix: str) -> None:
    unknown = sorted(set(section) - known)
    if unknown:
        raise ConfigError(
            f"{where}: unknown setting {prefix}{unknown[0]} (known: {', '.join(sorted(known))})"
        )


def _section(cls: type[T], values: dict[str, Any], where: str, name: str) -> T:
    fields = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    _reject_unknown(values, set(fields), where, f"{name}.")
    try:
        return cls(**values)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{where}: [{name}]: {exc}") from exc
