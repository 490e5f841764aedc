"""`serve` as a real process: one per database, killed ones do not block, signals stop it cleanly.

Each child runs `serve` through `python -c` the way the CLI does (a ParleyError becomes one line on stderr
and exit code 2) and logs JSON lines to stderr; the tests read those lines to know what the child is doing.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from servicejobs import BATCH

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent

SERVE = """
import sys
from datetime import UTC, datetime
from pathlib import Path

from apscheduler.triggers.date import DateTrigger

from monitor.config import Settings
from monitor.errors import ParleyError
from monitor.scheduler import JobSpec, serve
from storage.db import database_url

database, folder, slow_seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
url = database_url(database)
jobs = []
if slow_seconds:
    now = DateTrigger(datetime.now(UTC))
    jobs = [JobSpec("poll", "servicejobs:slow_write", now, (url, folder, slow_seconds), 3600)]
try:
    serve(Settings(database_url=url, data_dir=Path(folder)), None, jobs=jobs)
except ParleyError as exc:
    print(f"parley: error: {exc}", file=sys.stderr)
    sys.exit(2)
"""


class ServeProcess:
    """A `parley serve` child whose stderr lines are read as they come."""

    def __init__(self, db_path: Path, folder: Path, slow_seconds: float = 0) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PARLEY_")}
        env["PYTHONPATH"] = os.pathsep.join([str(REPO), str(HERE)])
        self.process = subprocess.Popen(
            [sys.executable, "-c", SERVE, str(db_path), str(folder), str(slow_seconds)],
            cwd=folder,
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    @property
    def pid(self) -> int:
        return self.process.pid

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.put(line)

    def wait_for_event(self, name: str, timeout: float = 30) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                break
            self.seen.append(line)
            if line.startswith("{") and json.loads(line)["event"] == name:
                return json.loads(line)
        raise AssertionError(f"no {name!r} event from the child; it said:\n{''.join(self.seen)}")

    def finish(self, timeout: float = 30) -> tuple[int, str]:
        """Wait for the exit; the exit code and everything it wrote to stderr."""
        code = self.process.wait(timeout=timeout)
        self.reader.join(timeout=10)  # the pipe ends with the process: every line is queued after this
        while not self.lines.empty():
            self.seen.append(self.lines.get())
        return code, "".join(self.seen)

    def stop(self, signum: int = signal.SIGTERM) -> tuple[int, str]:
        self.process.send_signal(signum)
        return self.finish()

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self.reader.join(timeout=10)
        assert self.process.stderr is not None
        self.process.stderr.close()


@pytest.fixture
def children() -> Any:
    started: list[ServeProcess] = []
    yield started
    for child in started:
        child.close()


def lock_rows(db_path: Path) -> list[tuple[str, int]]:
    with sqlite3.connect(db_path) as db:
        return db.execute("SELECT host, pid FROM service_lock").fetchall()


def test_a_second_serve_is_refused_with_a_message_naming_the_first(
    db_path: Path, tmp_path: Path, children: list[ServeProcess]
) -> None:
    first = ServeProcess(db_path, tmp_path)
    children.append(first)
    first.wait_for_event("service started")

    second = ServeProcess(db_path, tmp_path)
    children.append(second)
    code, stderr = second.finish()
    assert code == 2
    message = stderr.strip().splitlines()[-1]
    assert message.startswith("parley: error: ")
    assert f"already served by pid {first.pid} on host {socket.gethostname()}" in message

    assert first.process.poll() is None  # the first one is untouched and still serving
    code, _ = first.stop()
    assert code == 0
    assert lock_rows(db_path) == []


def test_the_lock_of_a_killed_serve_is_taken_over_by_the_next(
    db_path: Path, tmp_path: Path, children: list[ServeProcess]
) -> None:
    killed = ServeProcess(db_path, tmp_path)
    children.append(killed)
    killed.wait_for_event("service started")
    killed.process.kill()  # SIGKILL: no chance to release the lock
    killed.process.wait()
    assert lock_rows(db_path) == [(socket.gethostname(), killed.pid)]

    successor = ServeProcess(db_path, tmp_path)
    children.append(successor)
    took = successor.wait_for_event("took over a stale service lock")
    assert took["stale_holder"] == f"{socket.gethostname()}:{killed.pid}"
    successor.wait_for_event("service started")
    assert lock_rows(db_path) == [(socket.gethostname(), successor.pid)]
    code, _ = successor.stop()
    assert code == 0


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_signal_during_a_cycle_lets_it_finish_and_leaves_the_database_consistent(
    db_path: Path, tmp_path: Path, children: list[ServeProcess], signum: int
) -> None:
    child = ServeProcess(db_path, tmp_path, slow_seconds=60)
    children.append(child)
    deadline = time.monotonic() + 30
    while not (tmp_path / "started").exists():  # then the job is inside its transaction, half written
        assert time.monotonic() < deadline and child.process.poll() is None, "the job never started writing"
        time.sleep(0.01)

    child.process.send_signal(signum)
    child.wait_for_event("service stopping: waiting for running jobs to finish")
    assert child.process.poll() is None and not (tmp_path / "finished").exists()
    (tmp_path / "release").touch()  # the slow part of the cycle ends
    code, stderr = child.finish()

    assert code == 0, stderr
    assert (tmp_path / "finished").exists()  # the running cycle was allowed to finish
    events = [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]
    assert (events[-1]["event"], events[-1]["signal"]) == ("service stopped", signal.Signals(signum).name)
    with sqlite3.connect(db_path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        runs = db.execute("SELECT id, status, counts FROM run").fetchall()
        rows = db.execute("SELECT key FROM meta WHERE key LIKE 'run-%'").fetchall()
        assert db.execute("SELECT count(*) FROM service_lock").fetchone() == (0,)
    assert [(status, json.loads(counts)) for _id, status, counts in runs] == [("ok", {"rows": BATCH})]
    assert sorted(key for (key,) in rows) == sorted(f"run-{runs[0][0]}-row-{i}" for i in range(BATCH))


def test_a_killed_cycle_leaves_nothing_half_written(
    db_path: Path, tmp_path: Path, children: list[ServeProcess]
) -> None:
    child = ServeProcess(db_path, tmp_path, slow_seconds=60)
    children.append(child)
    deadline = time.monotonic() + 30
    while not (tmp_path / "started").exists():
        assert time.monotonic() < deadline and child.process.poll() is None, "the job never started writing"
        time.sleep(0.01)
    child.process.kill()  # SIGKILL mid-transaction: what a power cut or the OOM killer does
    child.process.wait()
    with sqlite3.connect(db_path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT count(*) FROM run").fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM meta WHERE key LIKE 'run-%'").fetchone() == (0,)
