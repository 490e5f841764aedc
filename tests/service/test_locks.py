"""The service lock: one `parley serve` per database, and a killed one does not block forever."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.engine import Engine

from storage import locks
from storage.db import open_database, transaction

NOW = datetime(2026, 2, 16, 6, 0, tzinfo=UTC)
STALE = timedelta(minutes=2)
HERE = locks.Holder(host="here", pid=100)
ELSEWHERE = locks.Holder(host="elsewhere", pid=200)


def always_alive(_pid: int) -> bool:
    return True


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, sqlite_url: str) -> Iterator[Engine]:
    url = sqlite_url if request.param == "sqlite" else request.getfixturevalue("postgres_db")
    engine = open_database(url)
    yield engine
    engine.dispose()


def acquire(engine: Engine, me: locks.Holder, now: datetime, alive=always_alive) -> locks.LockOutcome:
    with transaction(engine) as session:
        return locks.acquire(session, me, now, STALE, alive=alive)


def holder(engine: Engine) -> locks.Holder | None:
    with transaction(engine) as session:
        return locks.current(session)


def test_a_free_lock_is_taken_and_records_who_and_when(engine: Engine) -> None:
    outcome = acquire(engine, HERE, NOW)
    assert outcome.acquired and outcome.replaced is None
    stored = holder(engine)
    assert stored == locks.Holder(host="here", pid=100, acquired_at=NOW, heartbeat_at=NOW)


def test_a_live_holder_keeps_the_lock_and_is_named_in_the_refusal(engine: Engine) -> None:
    acquire(engine, ELSEWHERE, NOW)
    outcome = acquire(engine, HERE, NOW + timedelta(seconds=30))
    assert not outcome.acquired
    assert (outcome.holder.host, outcome.holder.pid) == ("elsewhere", 200)
    assert holder(engine).name == "elsewhere:200"  # type: ignore[union-attr]


def test_a_holder_whose_heartbeat_is_too_old_is_taken_over(engine: Engine) -> None:
    acquire(engine, ELSEWHERE, NOW)
    later = NOW + STALE + timedelta(seconds=1)
    outcome = acquire(engine, HERE, later)
    assert outcome.acquired
    assert outcome.replaced is not None and outcome.replaced.name == "elsewhere:200"
    assert holder(engine) == locks.Holder(host="here", pid=100, acquired_at=later, heartbeat_at=later)


def test_a_heartbeat_keeps_the_lock_fresh(engine: Engine) -> None:
    acquire(engine, ELSEWHERE, NOW)
    with transaction(engine) as session:
        assert locks.heartbeat(session, ELSEWHERE, NOW + STALE)
    outcome = acquire(engine, HERE, NOW + STALE + timedelta(seconds=1))
    assert not outcome.acquired


def test_a_dead_process_on_this_host_frees_the_lock_at_once(engine: Engine) -> None:
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True)
    dead_pid = int(finished.stdout)  # reaped by run(): no process has this pid now
    acquire(engine, locks.Holder(host="here", pid=dead_pid), NOW)
    outcome = acquire(engine, HERE, NOW + timedelta(seconds=1), alive=locks.pid_alive)
    assert outcome.acquired
    assert outcome.replaced is not None and outcome.replaced.pid == dead_pid


def test_a_lock_under_our_own_pid_on_this_host_was_left_by_an_earlier_life(engine: Engine) -> None:
    # A container restarted with the same host name: its new process gets the same small pid.
    acquire(engine, HERE, NOW)
    outcome = acquire(engine, HERE, NOW + timedelta(seconds=1))
    assert outcome.acquired and outcome.replaced is not None


def test_a_pid_on_another_host_is_not_checked_here(engine: Engine) -> None:
    acquire(engine, ELSEWHERE, NOW)
    outcome = acquire(engine, HERE, NOW + timedelta(seconds=1), alive=lambda _pid: False)
    assert not outcome.acquired


def test_release_drops_only_our_own_lock(engine: Engine) -> None:
    acquire(engine, ELSEWHERE, NOW)
    with transaction(engine) as session:
        assert not locks.release(session, HERE)
        assert not locks.heartbeat(session, HERE, NOW)
    assert holder(engine) is not None
    with transaction(engine) as session:
        assert locks.release(session, ELSEWHERE)
    assert holder(engine) is None


def test_pid_alive_tells_a_running_process_from_a_finished_one() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        assert locks.pid_alive(child.pid)
    finally:
        child.communicate(b"")
    assert not locks.pid_alive(child.pid)


def test_two_concurrent_takers_never_both_win(engine: Engine) -> None:
    start = threading.Barrier(2)
    outcomes: list[locks.LockOutcome] = []

    def take(me: locks.Holder) -> None:
        start.wait()
        outcomes.append(acquire(engine, me, NOW))

    threads = [threading.Thread(target=take, args=(me,)) for me in (HERE, ELSEWHERE)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(o.acquired for o in outcomes) == [False, True]
    winner = next(o.holder for o in outcomes if o.acquired)
    loser = next(o for o in outcomes if not o.acquired)
    assert loser.holder.name == winner.name == holder(engine).name  # type: ignore[union-attr]


def test_on_postgresql_a_taker_that_loses_the_insert_race_names_the_winner(postgres_db: str) -> None:
    engine = open_database(postgres_db)
    outcomes: list[locks.LockOutcome] = []
    try:
        with transaction(engine) as first:
            assert locks.acquire(first, HERE, NOW, STALE).acquired
            # The second taker sees no committed row, inserts, and waits on our uncommitted one.
            second = threading.Thread(target=lambda: outcomes.append(acquire(engine, ELSEWHERE, NOW)))
            second.start()
            _wait_for_a_blocked_query(engine)
        second.join(timeout=30)
        assert len(outcomes) == 1 and not outcomes[0].acquired
        assert outcomes[0].holder.name == HERE.name
    finally:
        engine.dispose()


def _wait_for_a_blocked_query(engine: Engine) -> None:
    deadline = time.monotonic() + 10
    with engine.connect() as watcher:
        while time.monotonic() < deadline:
            waiting = watcher.exec_driver_sql("SELECT count(*) FROM pg_locks WHERE NOT granted").scalar()
            watcher.rollback()
            if waiting:
                return
            time.sleep(0.01)
    raise AssertionError("the second taker never waited on the first one's row")
