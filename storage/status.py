"""Read-only summaries for `parley status` that no other query module answers."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from storage.models import Delivery

STATUSES = ("pending", "sending", "sent", "failed", "dead")
# Rows in these states will still be attempted; a next attempt time means something only for them.
WAITING = ("pending", "failed")


def outbox_summary(session: Session) -> dict[str, Any]:
    """Delivery rows counted by status (every known status, zero included), and the next attempt due."""
    counts = dict.fromkeys(STATUSES, 0)
    grouped = select(Delivery.status, func.count()).group_by(Delivery.status)  # type: ignore[call-overload]
    for status, count in session.execute(grouped):
        counts[status] = int(count)
    # min() keeps the column's type, so the value comes back as an aware datetime on SQLite too.
    next_attempt = session.execute(
        select(func.min(Delivery.next_attempt_at)).where(Delivery.status.in_(WAITING))  # type: ignore[attr-defined]
    ).scalar()
    return {**counts, "next_attempt_at": next_attempt.isoformat() if next_attempt else None}
