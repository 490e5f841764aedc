"""What a channel is: something that delivers one stored digest to one target, or raises `ChannelError`.

A channel must tolerate being called again for a digest it may already have delivered (the outbox calls it
again when a process died between sending and recording): file and atom rewrite the same files, email
sends again with the same Message-ID.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from storage.digests import DigestRecord


@dataclass(frozen=True)
class Outgoing:
    digest: DigestRecord
    target: str
    message_id: str  # the same for every attempt of this delivery
    attempt: int  # 1 for the first
    recovered: bool  # the previous attempt died without recording its outcome
    now: datetime
    # The newest digests, newest first, for channels that publish a window of them (Atom).
    history: Callable[[int], list[DigestRecord]]


class Channel(Protocol):
    name: str

    def deliver(self, outgoing: Outgoing) -> None:
        """Deliver or raise `reports.errors.ChannelError`; any other exception is treated as transient."""
        ...
