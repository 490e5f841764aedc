"""A process killed (SIGKILL, a real child process) around a send: what the outbox guarantees afterwards.

- killed before the send: the digest is sent once, by the next run after the lease;
- killed after an email was accepted but before `sent` was recorded: sent again after the lease, with the
  same Message-ID (at-least-once, duplicates recognisable), never lost and never sent a third time;
- killed after the file channel wrote its files: rewritten identically, one file per format.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from reports_samples import PERIOD_END, publish_sample

from reports.channels import build_channels
from reports.outbox import OutboxPolicy, deliver_pending
from reports.settings import DeliverySettings, Target
from storage.db import transaction
from storage.digests import deliveries_of

CHILD = Path(__file__).resolve().parent / "outbox_child.py"
LEASE = timedelta(seconds=DeliverySettings().sending_lease_seconds)


def run_child(*args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, str(CHILD), *args], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == -signal.SIGKILL, (result.returncode, result.stdout, result.stderr)
    return result


def only_row(engine: Any) -> Any:
    with transaction(engine) as session:
        [row] = deliveries_of(session)
    return row


def email_settings(port: int) -> DeliverySettings:
    return DeliverySettings(
        targets=(Target("email", "desk@example.org"),),
        smtp_host="127.0.0.1",
        smtp_port=port,
        smtp_security="plain",
        smtp_timeout_seconds=5,
    )


def deliver(engine: Any, settings: DeliverySettings, now: Any) -> Any:
    return deliver_pending(engine, build_channels(settings), now, OutboxPolicy.from_settings(settings))


@pytest.mark.parametrize(("point", "copies"), [("before_send", 1), ("after_send", 2)])
def test_email_killed_around_the_send_is_recovered_after_the_lease(
    engine: Any, smtp_server: Any, point: str, copies: int
) -> None:
    server = smtp_server("plain")
    settings = email_settings(server.port)
    publish_sample(engine, list(settings.targets))

    run_child(
        "deliver",
        str(engine.url),
        PERIOD_END.isoformat(),
        point,
        "email",
        "desk@example.org",
        str(server.port),
    )

    crashed = only_row(engine)
    assert crashed.status == "sending" and crashed.attempts == 1 and crashed.message_id
    assert len(server.mailbox.messages) == copies - 1

    within_lease = deliver(engine, settings, PERIOD_END + LEASE - timedelta(seconds=1))
    assert within_lease.attempted == 0  # the dead process's lease still holds

    recovery = deliver(engine, settings, PERIOD_END + LEASE)
    later = deliver(engine, settings, PERIOD_END + LEASE + timedelta(days=1))

    assert recovery.recovered == 1 and recovery.sent == 1 and later.attempted == 0
    row = only_row(engine)
    assert row.status == "sent" and row.attempts == 2
    assert server.mailbox.message_ids() == [crashed.message_id] * copies


def test_file_channel_killed_after_writing_rewrites_the_same_files_once(engine: Any, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    settings = DeliverySettings(targets=(Target("file", str(folder)),))
    publish_sample(engine, list(settings.targets))

    run_child("deliver", str(engine.url), PERIOD_END.isoformat(), "after_send", "file", str(folder))
    assert only_row(engine).status == "sending"
    first = {p.name: p.read_bytes() for p in folder.iterdir()}

    recovery = deliver(engine, settings, PERIOD_END + LEASE)

    assert recovery.sent == 1 and only_row(engine).status == "sent"
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == first
    assert sorted(first) == [f"digest-2026-02-05-00001.{ext}" for ext in ("html", "json", "md", "txt")]


def test_a_write_killed_midway_leaves_the_old_file_whole_and_no_half_file(tmp_path: Path) -> None:
    from reports.channels.files import atomic_write

    path = tmp_path / "feed.atom"
    path.write_text("old complete feed", encoding="utf-8")

    run_child("write", str(path), str(5_000_000))

    assert path.read_text(encoding="utf-8") == "old complete feed"
    [temp] = list(tmp_path.glob(".feed.atom.*.tmp"))  # the killed writer's data, never under the real name
    assert temp.stat().st_size == 5_000_000

    hour_and_more = temp.stat().st_mtime - 3601
    os.utime(temp, (hour_and_more, hour_and_more))
    atomic_write(path, "new complete feed")

    assert path.read_text(encoding="utf-8") == "new complete feed"
    assert list(tmp_path.glob(".feed.atom.*")) == []
