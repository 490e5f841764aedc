"""A child process for the crash tests: it does real work, then kills itself with SIGKILL at a chosen point.

python outbox_child.py deliver DB_URL NOW POINT CHANNEL TARGET [SMTP_PORT]
    deliver pending digests; POINT is before_send or after_send (the channel's own send runs between)
python outbox_child.py write PATH SIZE
    atomic_write of SIZE characters, killed after the data is written and before it is synced/renamed
"""

from __future__ import annotations

import os
import signal
import sys
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from reports.channels import build_channels  # noqa: E402
from reports.channels.base import Channel, Outgoing  # noqa: E402
from reports.outbox import OutboxPolicy, deliver_pending  # noqa: E402
from reports.settings import DeliverySettings, Target  # noqa: E402
from storage.db import make_engine  # noqa: E402


def die() -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


class DieAround:
    """The real channel, with a SIGKILL just before or just after its send."""

    def __init__(self, inner: Channel, point: str) -> None:
        self.inner = inner
        self.name = inner.name
        self.point = point

    def deliver(self, outgoing: Outgoing) -> None:
        if self.point == "before_send":
            die()
        self.inner.deliver(outgoing)
        if self.point == "after_send":
            die()


def deliver(url: str, now: str, point: str, channel: str, target: str, port: str | None = None) -> None:
    settings = DeliverySettings(
        targets=(Target(channel, target),),
        smtp_host="127.0.0.1",
        smtp_port=int(port) if port else None,
        smtp_security="plain",
        smtp_timeout_seconds=5,
    )
    channels = {name: DieAround(c, point) for name, c in build_channels(settings).items()}
    deliver_pending(
        make_engine(url), channels, datetime.fromisoformat(now), OutboxPolicy.from_settings(settings)
    )
    print("finished without dying")  # the test fails on this: the kill point was never reached


def write(path: str, size: str) -> None:
    from reports.channels import files

    def fsync_then_die(fd: int) -> None:
        die()

    files.os.fsync = fsync_then_die  # type: ignore[attr-defined]
    files.atomic_write(Path(path), "n" * int(size))


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    {"deliver": deliver, "write": write}[command](*args)
