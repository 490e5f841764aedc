"""The outbox: a digest is stored first, then delivered to each channel target from a `Delivery` row.

How a delivery goes (each step its own committed transaction; see `storage.digests` for the states):

1. `publish` stores the digest, marks its changes and creates one `pending` row per target, together.
2. `deliver_pending` claims a due row: `sending`, attempts + 1, a Message-ID fixed for good, and a lease
   (`next_attempt_at` = now + lease). The claim is committed *before* anything is sent.
3. The channel sends. Then the row becomes `sent`, or `failed` with `next_attempt_at` = now + backoff
   (base x 2^(attempts-1), capped), or `dead` once `max_attempts` are used or the refusal is permanent.
4. A row still `sending` after its lease belongs to a process that died; the next run claims it again.

What is guaranteed (for the README):

- No digest is lost: it is committed with its outbox rows before any send, and a row leaves the retry
  path only as `sent` or `dead` (dead rows keep their last error and can be revived).
- file and atom deliver exactly once in effect: they write fixed names atomically from the stored payload,
  so a repeat after a crash rewrites identical files, and no reader ever sees a half-written file.
- email is at-least-once. A process killed after the SMTP server accepted the message but before `sent`
  was committed re-sends it after the lease, with the same Message-ID, so the duplicate can be recognised
  (and dropped by clients and archives that deduplicate by Message-ID). The same holds when the server's
  acceptance reply is lost on the network. No SMTP command lets us ask whether a message was accepted, so
  this window (between the server's "250 OK" and our commit) cannot be closed; it is kept small.
- apprise is at-least-once, and a duplicate is visible (chat services have no Message-ID).
- Two processes never send the same row at once: the claim is a conditional UPDATE, and a lease is longer
  than a send can take (`sending_lease_seconds` > SMTP timeout).
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from reports.channels.base import Channel, Outgoing
from reports.errors import ChannelError
from reports.settings import DeliverySettings, Target
from storage import digests as store
from storage.db import transaction
from storage.locks import pid_alive

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OutboxPolicy:
    max_attempts: int = 8
    backoff_base_seconds: float = 60.0
    backoff_max_seconds: float = 6 * 3600.0
    sending_lease_seconds: float = 600.0
    message_domain: str = "parley.localhost"

    @classmethod
    def from_settings(cls, settings: DeliverySettings) -> OutboxPolicy:
        return cls(
            max_attempts=settings.max_attempts,
            backoff_base_seconds=settings.backoff_base_seconds,
            backoff_max_seconds=settings.backoff_max_seconds,
            sending_lease_seconds=settings.sending_lease_seconds,
            message_domain=settings.from_address.rsplit("@", 1)[-1] or "parley.localhost",
        )

    def backoff(self, attempts: int) -> timedelta:
        """The wait after the `attempts`-th failure: base, 2 x base, 4 x base, ... up to the cap."""
        seconds = self.backoff_base_seconds * 2 ** max(attempts - 1, 0)
        return timedelta(seconds=min(seconds, self.backoff_max_seconds))


@dataclass
class DeliveryReport:
    attempted: int = 0
    sent: int = 0
    failed: int = 0
    dead: int = 0
    recovered: int = 0  # rows found `sending` after their lease: a process died mid-delivery
    errors: list[str] = field(default_factory=list)


def enqueue(
    session: Session, digest_id: int, targets: Iterable[Target | tuple[str, str]], now: datetime
) -> int:
    """One pending row per channel target, due now; returns how many rows were created."""
    pairs = [(t.channel, t.target) if isinstance(t, Target) else (t[0], t[1]) for t in targets]
    return store.add_deliveries(session, digest_id, pairs, now)


def publish(
    session: Session,
    payload: Mapping[str, Any],
    *,
    change_ids: Iterable[int],
    period_start: datetime | None,
    period_end: datetime,
    targets: Iterable[Target | tuple[str, str]],
    now: datetime,
) -> int:
    """Store the digest, mark its changes and enqueue its deliveries in the caller's one transaction."""
    digest_id = store.store_digest(
        session,
        kind=str(payload["kind"]),
        title=str(payload["title"]),
        payload=dict(payload),
        period_start=period_start,
        period_end=period_end,
        change_ids=list(change_ids),
        created_at=now,
    )
    enqueue(session, digest_id, targets, now)
    return digest_id


def deliver_pending(
    engine: Engine,
    channels: Mapping[str, Channel],
    now: datetime,
    policy: OutboxPolicy | None = None,
    *,
    limit: int | None = None,
) -> DeliveryReport:
    """Send every due delivery once; failures are recorded on their rows, never raised."""
    policy = policy or OutboxPolicy()
    report = DeliveryReport()
    unreachable: set[tuple[str, str]] = set()
    with transaction(engine) as session:
        due = store.due_deliveries(session, now, limit)
        # Rows a killed process left `sending` on this machine need not wait out their lease.
        left = store.abandoned_deliveries(session, now, claimer_is_gone)
    abandoned = {i: by for i, _, _, by in left}
    due += [(i, channel, target) for i, channel, target, _ in left]

    def history(count: int) -> list[store.DigestRecord]:
        with transaction(engine) as session:
            return store.recent_digests(session, count)

    for delivery_id, channel_name, target in due:
        if (channel_name, target) in unreachable:
            continue  # it failed a moment ago in this run: leave the row due, its attempts unspent
        claimed, digest = _claim(engine, delivery_id, now, policy, abandoned.get(delivery_id))
        if claimed is None or digest is None:
            continue
        report.attempted += 1
        report.recovered += claimed.recovered
        channel = channels.get(claimed.channel)
        outgoing = Outgoing(
            digest=digest,
            target=claimed.target,
            message_id=claimed.message_id,
            attempt=claimed.attempts,
            recovered=claimed.recovered,
            now=now,
            history=history,
        )
        try:
            if channel is None:
                raise ChannelError(claimed.channel, claimed.target, "no such channel is configured")
            channel.deliver(outgoing)
        except ChannelError as exc:
            if not exc.permanent:
                unreachable.add((claimed.channel, claimed.target))
            _record_failure(engine, claimed, policy, now, str(exc), report, permanent=exc.permanent)
        except Exception as exc:  # a bug in a channel must not stop the other deliveries
            log.exception("delivery %s crashed", claimed.id)
            _record_failure(engine, claimed, policy, now, f"{type(exc).__name__}: {exc}", report)
        else:
            with transaction(engine) as session:
                store.record_sent(session, claimed.id, now)
            report.sent += 1
    return report


def _claim(
    engine: Engine, delivery_id: int, now: datetime, policy: OutboxPolicy, abandoned_by: str | None
) -> tuple[store.ClaimedDelivery | None, store.DigestRecord | None]:
    lease_until = now + timedelta(seconds=policy.sending_lease_seconds)
    with transaction(engine) as session:
        claimed = store.claim_delivery(
            session,
            delivery_id,
            now,
            lease_until,
            _message_id(delivery_id, policy),
            claimer=this_process(),
            abandoned_by=abandoned_by,
        )
        digest = store.get_digest(session, claimed.digest_id) if claimed is not None else None
    return claimed, digest


def this_process() -> str:
    """This process as a delivery's claimer: host and pid."""
    return f"{socket.gethostname()}:{os.getpid()}"


def claimer_is_gone(claimer: str) -> bool:
    """Whether the process that claimed a delivery is known to be dead: one of this machine's, not this
    one, and no longer running. A claimer on another machine cannot be checked: its lease decides."""
    host, _, pid = claimer.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit() or int(pid) == os.getpid():
        return False
    return not pid_alive(int(pid))


def _record_failure(
    engine: Engine,
    claimed: store.ClaimedDelivery,
    policy: OutboxPolicy,
    now: datetime,
    error: str,
    report: DeliveryReport,
    *,
    permanent: bool = False,
) -> None:
    dead = permanent or claimed.attempts >= policy.max_attempts
    with transaction(engine) as session:
        store.record_failure(session, claimed.id, error, now + policy.backoff(claimed.attempts), dead=dead)
    if dead:
        report.dead += 1
        log.error("delivery %s to %s %s is dead: %s", claimed.id, claimed.channel, claimed.target, error)
    else:
        report.failed += 1
        log.warning(
            "delivery %s to %s %s failed (attempt %s): %s",
            claimed.id,
            claimed.channel,
            claimed.target,
            claimed.attempts,
            error,
        )
    report.errors.append(error)


def _message_id(delivery_id: int, policy: OutboxPolicy) -> str:
    # Random part: ids stay unique even if the database is recreated and row ids start over.
    return f"<parley.{delivery_id}.{secrets.token_hex(8)}@{policy.message_domain}>"
