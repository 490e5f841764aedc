"""The report and deliver stages: compose the digest of pending changes, store it, send it.

The digest is stored with its outbox rows before anything is sent (`reports.publish`), so a crash after
composing loses nothing: the next `deliver_due` sends what is still pending.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from monitor.config import Settings
from monitor.pack import StoryPack
from reports.channels import build_channels
from reports.outbox import DeliveryReport, OutboxPolicy, deliver_pending
from reports.publish import publish_alert, publish_digest
from reports.render import digest_stem
from storage import changes as change_queries
from storage import digests as digest_queries
from storage.db import transaction


@dataclass
class DigestOutcome:
    digest_id: int
    kind: str
    title: str
    change_ids: list[int]
    delivery: DeliveryReport
    files: list[Path] = field(default_factory=list)

    def summary(self) -> str:
        changes = len(self.change_ids)
        sent = f"{self.delivery.sent} sent, {self.delivery.failed} failed"
        lines = [f"Digest {self.digest_id} ({self.kind}): {changes} change(s); deliveries: {sent}."]
        lines += [f"  {path}" for path in self.files]
        lines += [f"  error: {error}" for error in self.delivery.errors]
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {
            "digest": self.digest_id,
            "kind": self.kind,
            "title": self.title,
            "changes": self.change_ids,
            "files": [str(p) for p in self.files],
            "delivery": self.delivery.__dict__,
        }


def make_digest(engine: Engine, pack: StoryPack, settings: Settings, now: datetime) -> DigestOutcome:
    """The periodic digest (even an empty one, which says so), stored, enqueued and delivered."""
    delivery = _delivery_settings(settings)
    digest_id = publish_digest(engine, story_title=pack.story.title, now=now, targets=delivery.targets)
    report = deliver_due(engine, settings, now)
    return _outcome(engine, digest_id, report, settings)


def send_alerts(engine: Engine, pack: StoryPack, settings: Settings, now: datetime) -> DigestOutcome | None:
    """An alert digest of urgent pending changes, sent at once; None when nothing is urgent."""
    delivery = _delivery_settings(settings)
    digest_id = publish_alert(
        engine, story_title=pack.story.title, now=now, targets=delivery.targets, rules=settings.alerts
    )
    if digest_id is None:
        return None
    return _outcome(engine, digest_id, deliver_due(engine, settings, now), settings)


def deliver_due(engine: Engine, settings: Settings, now: datetime) -> DeliveryReport:
    """Send every due outbox row (new ones and retries whose backoff has passed)."""
    delivery = _delivery_settings(settings)
    return deliver_pending(engine, build_channels(delivery), now, OutboxPolicy.from_settings(delivery))


def retry_deliveries(engine: Engine, settings: Settings, now: datetime, revive_dead: bool) -> DeliveryReport:
    """Send what the outbox holds now; with `revive_dead`, deliveries that had given up start afresh."""
    if revive_dead:
        with transaction(engine) as session:
            digest_queries.revive_dead(session, now)
    return deliver_due(engine, settings, now)


def _delivery_settings(settings: Settings) -> Any:
    return settings.delivery.with_base_folder(settings.data_dir)


def _outcome(engine: Engine, digest_id: int, report: DeliveryReport, settings: Settings) -> DigestOutcome:
    with transaction(engine) as session:
        record = digest_queries.get_digest(session, digest_id)
        change_ids = change_queries.ids_in_digest(session, digest_id)
    assert record is not None
    files = []
    for target in _delivery_settings(settings).targets:
        if target.channel == "file":
            stem = digest_stem(record.kind, record.period_end, record.id)
            files += sorted(Path(target.target).glob(f"{stem}.*"))
    return DigestOutcome(
        digest_id=digest_id,
        kind=record.kind,
        title=record.title,
        change_ids=change_ids,
        delivery=report,
        files=files,
    )
