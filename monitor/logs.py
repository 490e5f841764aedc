"""Structured logging for the service: one JSON object per line, on stderr or in a file.

Code logs as usual and adds its figures through `extra=`:

    log.info("cycle finished", extra={"run": 12, "counts": {"articles_new": 3}})

becomes

    {"time": "2026-02-16T06:30:02.117+00:00", "level": "INFO", "logger": "parley.cycle",
     "event": "cycle finished", "run": 12, "counts": {"articles_new": 3}}

on one line. Text from feeds may hold newlines or quotes; JSON escapes them, so one event stays one line
and a log reader can trust the structure. A file is opened with `WatchedFileHandler`, so logrotate can
move it away without a restart.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from monitor.errors import ConfigError

# Everything a LogRecord carries by itself; any other attribute came in through `extra=`.
_STANDARD = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message", "asctime", "taskName"}
_MARK = "_parley_handler"
# Chatty at INFO: alembic on every job's schema check, APScheduler's executor twice per heartbeat. Their
# warnings and errors (a job that raised, a missed run) still come through.
_QUIET = ("alembic", "apscheduler.executors")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        event: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "event": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD and not key.startswith("_"):
                event[key] = value
        if record.exc_info:
            event["exception"] = self.formatException(record.exc_info)
        return json.dumps(event, default=str, ensure_ascii=False)


def configure_logging(log_file: Path | None = None, level: str = "INFO") -> logging.Handler:
    """Send every logger's records, as JSON lines, to `log_file` or stderr; replaces an earlier call's."""
    numeric = logging.getLevelName(level.upper())
    if not isinstance(numeric, int):
        raise ConfigError(f"logging.level: unknown level {level!r} (DEBUG, INFO, WARNING, ERROR, CRITICAL)")
    handler: logging.Handler
    if log_file is None:
        handler = logging.StreamHandler(sys.stderr)
    else:
        try:
            log_file.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.WatchedFileHandler(log_file, encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"logging.file: {log_file}: cannot open: {exc.strerror or exc}") from exc
    handler.setFormatter(JsonFormatter())
    setattr(handler, _MARK, True)
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(numeric)
    for name in _QUIET:
        logging.getLogger(name).setLevel(max(numeric, logging.WARNING))
    return handler


def remove_logging(handler: logging.Handler) -> None:
    """Undo `configure_logging`: a service that stops leaves the process's logging as it found it."""
    logging.getLogger().removeHandler(handler)
    handler.close()
    for name in _QUIET:
        logging.getLogger(name).setLevel(logging.NOTSET)
