"""The report stage in one call for the cycle: compose a digest from the database, store it, enqueue it.

Composition, storage and enqueueing share one transaction: either the digest exists with its changes
marked and its outbox rows created, or nothing happened and the changes wait for the next digest.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Engine

from reports.alerts import AlertRule, parse_rules, urgent_changes
from reports.compose import Checked, compose_digest
from reports.outbox import publish
from reports.settings import Target
from storage import digests as store
from storage import runs
from storage.db import transaction


def publish_digest(engine: Engine, *, story_title: str, now: datetime, targets: Iterable[Target]) -> int:
    """The periodic digest since the last one, even when nothing changed (it then says so)."""
    with transaction(engine) as session:
        period_start = store.last_digest_end(session, "digest")
        changes = store.pending_changes(session)
        alerted = store.alerted_changes(session, period_start, now)
        checked = Checked.from_runs(runs.runs_between(session, period_start, now))
        payload = compose_digest(changes, checked, period_start, now, story_title, alerted=alerted)
        return publish(
            session,
            payload,
            change_ids=[c.id for c in changes if c.id is not None],
            period_start=period_start,
            period_end=now,
            targets=targets,
            now=now,
        )


def publish_alert(
    engine: Engine,
    *,
    story_title: str,
    now: datetime,
    targets: Iterable[Target],
    rules: Iterable[Mapping[str, Any] | AlertRule],
) -> int | None:
    """An alert digest of the pending urgent changes (flagged by the differ or matched by a rule), or None."""
    with transaction(engine) as session:
        pending = store.pending_changes(session)
        matched = {id(c) for c in urgent_changes(pending, parse_rules(rules))}
        urgent = [c for c in pending if c.urgent or id(c) in matched]
        if not urgent:
            return None
        period_start = store.last_digest_end(session, "alert")
        checked = Checked.from_runs(runs.runs_between(session, period_start, now))
        payload = compose_digest(urgent, checked, period_start, now, story_title, kind="alert")
        return publish(
            session,
            payload,
            change_ids=[c.id for c in urgent if c.id is not None],
            period_start=period_start,
            period_end=now,
            targets=targets,
            now=now,
        )
