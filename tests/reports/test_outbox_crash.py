"""A process killed (SIGKILL, a real child process) around a send: what the outbox guarantees afterwards.

- killed before the send: the digest is sent once, by the next run (at once when the killed process was on
  this machine, after the lease when it was elsewhere);
- killed after an email was accepted but before `sent` was recorded: sent again, with the same Message-ID
  (at-least-once, duplicates recognisable), never lost and never sent a third time;
- killed after the file channel wrote its files: rewritten identically, one file per format.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from reports_samples import PERIOD_END, publish_sample

from reports.channels import build_channels
from reports.outbox import OutboxPolicy, deliver_pending
from reports.settings import DeliverySettings, Target
from storage.db import transaction
from storage.digests import deliveries_of
from storage.models import Delivery

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
def test_email_killed_around_the_send_is_recovered_at_once_when_its_process_is_gone(
    engine: Any, smtp_server: Any, point: str, copies: int
) -> None:
    server = smtp_server("plain")
    settings = email_settings(server.port)
    publish_sample(engine, list(settings.targets))

    kill_while_sending(engine, point, server.port)

    crashed = only_row(engine)
    assert crashed.status == "sending" and crashed.attempts == 1 and crashed.message_id
    assert crashed.claimed_by.startswith(f"{socket.gethostname()}:")
    assert len(server.mailbox.messages) == copies - 1

    # The claimer was on this machine and is dead: its lease need not be waited out.
    recovery = deliver(engine, settings, PERIOD_END + timedelta(seconds=1))
    later = deliver(engine, settings, PERIOD_END + LEASE + timedelta(days=1))

    assert recovery.recovered == 1 and recovery.sent == 1 and later.attempted == 0
    row = only_row(engine)
    assert row.status == "sent" and row.attempts == 2
    assert server.mailbox.message_ids() == [crashed.message_id] * copies


def test_a_send_claimed_on_another_machine_is_recovered_after_its_lease(
    engine: Any, smtp_server: Any
) -> None:
    server = smtp_server("plain")
    settings = email_settings(server.port)
    publish_sample(engine, list(settings.targets))
    kill_while_sending(engine, "before_send", server.port)
    with transaction(engine) as session:  # as if the killed sender had run on another host
        session.execute(sa.update(Delivery).values(claimed_by="elsewhere.example:4242"))

    within_lease = deliver(engine, settings, PERIOD_END + LEASE - timedelta(seconds=1))
    recovery = deliver(engine, settings, PERIOD_END + LEASE)

    assert within_lease.attempted == 0  # its process cannot be checked from here: the lease decides
    assert recovery.recovered == 1 and recovery.sent == 1
    assert len(server.mailbox.messages) == 1


def test_a_live_claimer_keeps_its_delivery(engine: Any, smtp_server: Any) -> None:
    server = smtp_server("plain")
    settings = email_settings(server.port)
    publish_sample(engine, list(settings.targets))
    kill_while_sending(engine, "before_send", server.port)
    with transaction(engine) as session:  # this very process is alive, and is the claimer
        session.execute(sa.update(Delivery).values(claimed_by=f"{socket.gethostname()}:{os.getppid()}"))

    attempt = deliver(engine, settings, PERIOD_END + timedelta(seconds=1))

    assert attempt.attempted == 0 and server.mailbox.messages == []


def kill_while_sending(engine: Any, point: str, port: int) -> None:
    run_child(
        "deliver", str(engine.url), PERIOD_END.isoformat(), point, "email", "desk@example.org", str(port)
    )


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
