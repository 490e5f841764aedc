"""The outbox: stored before sent, one row per target, retried with backoff, dead after the last attempt."""

from __future__ import annotations

import ast
from datetime import timedelta
from pathlib import Path
from typing import Any

from reports_samples import (
    PERIOD_END,
    STORY,
    insert_changes,
    position,
    publish_sample,
    round_two_status,
    statement,
)
from sqlmodel import select

from reports.channels import build_channels
from reports.channels.base import Outgoing
from reports.outbox import OutboxPolicy, deliver_pending, enqueue
from reports.publish import publish_alert, publish_digest
from reports.settings import DeliverySettings, Target
from storage import digests as store
from storage.db import transaction
from storage.models import Change, Digest

REPORTS = Path(__file__).resolve().parents[2] / "reports"


def rows(engine: Any) -> list[store.DeliveryRecord]:
    with transaction(engine) as session:
        return store.deliveries_of(session)


def test_publishing_stores_the_digest_marks_changes_and_enqueues_each_target_once(engine: Any) -> None:
    targets = [Target("file", "a"), Target("email", "x@example.org"), Target("email", "x@example.org")]
    digest_id = publish_sample(engine, targets)
    with transaction(engine) as session:
        assert enqueue(session, digest_id, targets, PERIOD_END) == 0
        reported = session.exec(select(Change).where(Change.digest_id == digest_id)).all()

    assert len(reported) == 4
    assert [(r.channel, r.target, r.status) for r in rows(engine)] == [
        ("file", "a", "pending"),
        ("email", "x@example.org", "pending"),
    ]


def test_failures_back_off_exponentially_then_the_row_is_dead(engine: Any, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the digest folder should be")
    settings = DeliverySettings(
        targets=(Target("file", str(blocker / "digests")),), max_attempts=3, backoff_base_seconds=60
    )
    policy = OutboxPolicy.from_settings(settings)
    channels = build_channels(settings)
    publish_sample(engine, list(settings.targets))

    now = PERIOD_END
    waits = []
    for _ in range(3):
        report = deliver_pending(engine, channels, now, policy)
        assert report.attempted == 1
        [row] = rows(engine)
        if row.next_attempt_at is not None:
            waits.append(row.next_attempt_at - now)
            assert (
                deliver_pending(
                    engine, channels, row.next_attempt_at - timedelta(seconds=1), policy
                ).attempted
                == 0
            )
            now = row.next_attempt_at

    [row] = rows(engine)
    assert waits == [timedelta(seconds=60), timedelta(seconds=120)]
    assert (row.status, row.attempts) == ("dead", 3)
    assert "cannot write" in (row.last_error or "")
    assert deliver_pending(engine, channels, now + timedelta(days=30), policy).attempted == 0

    blocker.unlink()
    with transaction(engine) as session:
        store.revive_dead(session, now)
    assert deliver_pending(engine, channels, now, policy).sent == 1


def test_a_target_whose_channel_is_not_configured_waits_for_it(engine: Any, tmp_path: Path) -> None:
    publish_sample(engine, [Target("file", str(tmp_path))])

    first = deliver_pending(engine, {}, PERIOD_END)
    [row] = rows(engine)
    assert first.failed == 1 and "no such channel" in (row.last_error or "")

    later = deliver_pending(engine, build_channels(DeliverySettings()), row.next_attempt_at or PERIOD_END)
    assert later.sent == 1


def test_after_a_target_fails_its_other_rows_wait_without_spending_attempts(
    engine: Any, unused_port: int
) -> None:
    settings = DeliverySettings(
        targets=(Target("email", "desk@example.org"),),
        smtp_host="127.0.0.1",
        smtp_port=unused_port,  # nothing listens
        smtp_security="plain",
        smtp_timeout_seconds=5,
    )
    publish_sample(engine, list(settings.targets), changes=[statement()])
    publish_sample(engine, list(settings.targets), now=PERIOD_END + timedelta(hours=1), changes=[position()])

    report = deliver_pending(engine, build_channels(settings), PERIOD_END + timedelta(hours=1))

    assert report.attempted == 1
    assert [(r.status, r.attempts) for r in rows(engine)] == [("failed", 1), ("pending", 0)]


class Broken:
    """A channel with a bug: it raises something that is not a ChannelError."""

    name = "file"

    def deliver(self, outgoing: Outgoing) -> None:
        raise KeyError("a bug")


def test_a_bug_in_one_channel_does_not_stop_the_others(engine: Any, tmp_path: Path) -> None:
    settings = DeliverySettings(
        targets=(Target("file", str(tmp_path)), Target("atom", str(tmp_path / "f.atom")))
    )
    publish_sample(engine, list(settings.targets))
    channels = {**build_channels(settings), "file": Broken()}

    report = deliver_pending(engine, channels, PERIOD_END)

    assert (report.sent, report.failed) == (1, 1)
    assert {r.channel: r.status for r in rows(engine)} == {"file": "failed", "atom": "sent"}
    assert "KeyError" in next(r.last_error or "" for r in rows(engine) if r.channel == "file")


def test_alerts_go_first_and_the_next_digest_shows_them_again(engine: Any, tmp_path: Path) -> None:
    targets = [Target("file", str(tmp_path))]
    # The position is flagged urgent by the differ; the round matches a configured rule.
    insert_changes(engine, [round_two_status(), statement(), position()])

    alert_id = publish_alert(
        engine,
        story_title=STORY,
        now=PERIOD_END,
        targets=targets,
        rules=[{"kind": "round", "field": "status"}],
    )
    nothing_more = publish_alert(engine, story_title=STORY, now=PERIOD_END, targets=targets, rules=[])
    digest_id = publish_digest(
        engine, story_title=STORY, now=PERIOD_END + timedelta(hours=2), targets=targets
    )
    quiet_id = publish_digest(engine, story_title=STORY, now=PERIOD_END + timedelta(days=1), targets=targets)

    with transaction(engine) as session:
        alert, digest, quiet = (session.get(Digest, i) for i in (alert_id, digest_id, quiet_id))
    assert nothing_more is None
    assert alert is not None and digest is not None and quiet is not None
    assert alert.kind == "alert" and alert.change_count == 2
    assert [g["kind"] for g in alert.payload["groups"] if g["changes"]] == ["round", "position"]
    assert digest.change_count == 1
    shown = {c["kind"]: c["alerted"] for g in digest.payload["groups"] for c in g["changes"]}
    assert shown == {"round": True, "statement": False, "position": True}
    assert quiet.period_start == digest.period_end
    assert quiet.payload["status"] == "no_data" and quiet.payload["change_count"] == 0
    assert len(rows(engine)) == 3


def test_reports_never_imports_monitor() -> None:
    offenders = []
    for path in REPORTS.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n == "monitor" or n.startswith("monitor.")]
    assert offenders == []
