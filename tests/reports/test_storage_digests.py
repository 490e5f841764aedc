"""storage.digests on real SQLite: a digest marks its changes atomically; outbox claims are exclusive."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from reports_samples import PERIOD_END, insert_changes, position, publish_sample, round_two_status, statement
from sqlmodel import select

from storage import digests as store
from storage.db import transaction
from storage.models import Change, Digest

NOW = PERIOD_END


def digest_count(engine: Any) -> int:
    with transaction(engine) as session:
        return len(list(session.exec(select(Digest))))


def test_storing_a_digest_marks_its_changes_and_they_are_no_longer_pending(engine: Any) -> None:
    ids = insert_changes(engine, [round_two_status(), statement(), position()])

    with transaction(engine) as session:
        digest_id = store.store_digest(
            session,
            kind="digest",
            title="t",
            payload={"a": 1},
            period_start=None,
            period_end=NOW,
            change_ids=ids[:2],
            created_at=NOW,
        )

    with transaction(engine) as session:
        pending = store.pending_changes(session)
        marked = session.exec(select(Change).where(Change.digest_id == digest_id)).all()
        record = store.get_digest(session, digest_id)
    assert [c.id for c in pending] == [ids[2]]
    assert sorted(c.id for c in marked) == ids[:2]
    assert record is not None and record.change_count == 2 and record.payload == {"a": 1}


def test_a_change_taken_by_another_digest_rolls_the_whole_digest_back(engine: Any) -> None:
    ids = insert_changes(engine, [round_two_status(), statement()])
    with transaction(engine) as session:
        store.store_digest(
            session,
            kind="alert",
            title="a",
            payload={},
            period_start=None,
            period_end=NOW,
            change_ids=ids[:1],
            created_at=NOW,
        )

    with pytest.raises(store.ChangesAlreadyReported), transaction(engine) as session:
        store.store_digest(
            session,
            kind="digest",
            title="d",
            payload={},
            period_start=None,
            period_end=NOW,
            change_ids=ids,
            created_at=NOW,
        )

    assert digest_count(engine) == 1
    with transaction(engine) as session:
        assert [c.id for c in store.pending_changes(session)] == ids[1:]


def test_urgent_pending_changes_and_changes_sent_as_alerts(engine: Any) -> None:
    ids = insert_changes(engine, [round_two_status(), position()])  # the position is urgent
    with transaction(engine) as session:
        assert [c.id for c in store.pending_changes(session, urgent_only=True)] == [ids[1]]
        store.store_digest(
            session,
            kind="alert",
            title="a",
            payload={},
            period_start=None,
            period_end=NOW,
            change_ids=[ids[1]],
            created_at=NOW,
        )
    with transaction(engine) as session:
        alerted = store.alerted_changes(session, NOW - timedelta(days=1), NOW + timedelta(seconds=1))
        before = store.alerted_changes(session, None, NOW)
    assert [c.id for c in alerted] == [ids[1]] and before == []


def test_deliveries_are_created_once_per_target(engine: Any) -> None:
    digest_id = publish_sample(engine, [("file", "/tmp/a"), ("email", "x@example.org")])
    with transaction(engine) as session:
        again = store.add_deliveries(session, digest_id, [("file", "/tmp/a"), ("atom", "f.atom")], NOW)
        rows = store.deliveries_of(session, digest_id)
    assert again == 1
    assert [(r.channel, r.status, r.attempts) for r in rows] == [
        ("file", "pending", 0),
        ("email", "pending", 0),
        ("atom", "pending", 0),
    ]


def test_a_claim_is_exclusive_until_its_lease_ends_and_keeps_the_message_id(engine: Any) -> None:
    publish_sample(engine, [("email", "x@example.org")])
    lease = NOW + timedelta(minutes=10)
    with transaction(engine) as session:
        [(delivery_id, channel, target)] = store.due_deliveries(session, NOW)
        first = store.claim_delivery(session, delivery_id, NOW, lease, "<one@x>")
        second = store.claim_delivery(session, delivery_id, NOW, lease, "<two@x>")
        due_meanwhile = store.due_deliveries(session, NOW + timedelta(minutes=5))
    assert (channel, target) == ("email", "x@example.org")
    assert first is not None and first.message_id == "<one@x>" and not first.recovered
    assert second is None and due_meanwhile == []

    with transaction(engine) as session:
        taken_over = store.claim_delivery(
            session, delivery_id, lease, lease + timedelta(minutes=10), "<three@x>"
        )
    assert taken_over is not None
    assert taken_over.recovered and taken_over.attempts == 2 and taken_over.message_id == "<one@x>"


def test_sent_failed_dead_and_revived(engine: Any) -> None:
    publish_sample(engine, [("file", "a"), ("file", "b")])
    with transaction(engine) as session:
        (a, _, _), (b, _, _) = store.due_deliveries(session, NOW)
        store.claim_delivery(session, a, NOW, NOW, "<a@x>")
        store.claim_delivery(session, b, NOW, NOW, "<b@x>")
        store.record_sent(session, a, NOW)
        store.record_failure(session, b, "disk full", None, dead=True)
        assert store.delivery_counts(session) == {"sent": 1, "dead": 1}
        assert store.due_deliveries(session, NOW + timedelta(days=9)) == []
        assert store.revive_dead(session, NOW) == 1
        [row] = [r for r in store.deliveries_of(session) if r.id == b]
    assert (row.status, row.attempts, row.last_error) == ("pending", 0, "disk full")


def test_the_outbox_works_on_postgresql_too(postgres_db: str, tmp_path: Any) -> None:
    from reports.channels import build_channels
    from reports.outbox import deliver_pending
    from reports.settings import DeliverySettings, Target
    from storage.db import open_database

    engine = open_database(postgres_db)
    try:
        settings = DeliverySettings(
            targets=(Target("file", str(tmp_path)), Target("atom", str(tmp_path / "f.atom")))
        )
        digest_id = publish_sample(engine, list(settings.targets))
        with transaction(engine) as session:
            assert store.add_deliveries(session, digest_id, [("file", str(tmp_path))], NOW) == 0
            [(first, _, _), _] = store.due_deliveries(session, NOW)
            claimed = store.claim_delivery(session, first, NOW, NOW + timedelta(minutes=10), "<pg@x>")
            assert claimed is not None and store.claim_delivery(session, first, NOW, NOW, "<again@x>") is None

        report = deliver_pending(engine, build_channels(settings), NOW + timedelta(minutes=10))

        assert (report.sent, report.recovered) == (2, 1)
        with transaction(engine) as session:
            assert store.delivery_counts(session) == {"sent": 2}
            assert store.pending_changes(session) == []
    finally:
        engine.dispose()
