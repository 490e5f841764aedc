"""Sample changes for the reports tests, written in our own words after the real course of the talks."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from storage.models import Change

PERIOD_START = datetime(2026, 2, 4, 6, 0, tzinfo=UTC)
PERIOD_END = datetime(2026, 2, 5, 6, 0, tzinfo=UTC)
STORY = "Ukraine-Russia talks mediated by the United States (2026)"

HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3))"


def evidence(
    url: str, sentence: str, title: str = "Second round opens in Abu Dhabi", **extra: Any
) -> dict[str, Any]:
    return {
        "source": url,
        "date": "2026-02-04",
        "title": title,
        "sentence": sentence,
        "corroborations": extra.pop("corroborations", 0),
        "corroborating_sources": extra.pop("corroborating_sources", []),
        **extra,
    }


def round_two_status(change_id: int | None = 1, **overrides: Any) -> Change:
    before = {
        "number": 2,
        "format": "trilateral",
        "parties": ["Russia", "Ukraine", "United States"],
        "start": "2026-02-04",
        "end": "2026-02-05",
        "venue": "Abu Dhabi",
        "status": "scheduled",
        "heads": {"Russia": "Igor Kostyukov", "Ukraine": "Rustem Umerov"},
        "outcomes": [],
    }
    values: dict[str, Any] = {
        "id": change_id,
        "key": f"round-2-status-{change_id}",
        "kind": "round",
        "subject_key": "round:2",
        "subject": "Round 2",
        "field_name": "status",
        "before": before,
        "after": {**before, "status": "ongoing"},
        "evidence": evidence(
            "https://news.example.org/2026/02/04/second-round",
            "Negotiators from the three countries opened a second round of talks in Abu Dhabi on Wednesday.",
            corroborations=2,
            corroborating_sources=["https://wire.example.com/a", "javascript:alert(9)"],
        ),
        "event_date": datetime(2026, 2, 4, 9, 0, tzinfo=UTC),
        "detected_at": datetime(2026, 2, 4, 10, 0, tzinfo=UTC),
        "urgent": False,
    }
    values.update(overrides)
    return Change(**values)


def statement(change_id: int | None = 2, text: str | None = None, **overrides: Any) -> Change:
    after = {
        "speaker": "Dmitry Peskov",
        "party": "Russia",
        "role": "Kremlin spokesman",
        "date": "2026-02-04",
        "text": "There will be no statements from us while the talks are going on.",
        "direct": True,
    }
    if text is not None:
        after["text"] = text
    values: dict[str, Any] = {
        "id": change_id,
        "key": f"statement-{change_id}",
        "kind": "statement",
        "subject_key": "speaker:dmitry-peskov",
        "subject": "Dmitry Peskov",
        "field_name": "new",
        "before": {},
        "after": after,
        "evidence": evidence(
            "https://news.example.org/2026/02/04/kremlin-silent",
            "Peskov told reporters the Kremlin would not comment while the talks were under way.",
            title="Kremlin keeps quiet on Abu Dhabi talks",
        ),
        "event_date": datetime(2026, 2, 4, 11, 0, tzinfo=UTC),
        "detected_at": datetime(2026, 2, 4, 12, 0, tzinfo=UTC),
        "urgent": False,
    }
    values.update(overrides)
    return Change(**values)


def position(change_id: int | None = 3, **overrides: Any) -> Change:
    values: dict[str, Any] = {
        "id": change_id,
        "key": f"position-{change_id}",
        "kind": "position",
        "subject_key": "russia/territory",
        "subject": "Russia / territory",
        "field_name": "stance",
        "before": {
            "party": "Russia",
            "issue": "territory",
            "stance": "considers",
            "summary": "open to talks on the line",
        },
        "after": {
            "party": "Russia",
            "issue": "territory",
            "stance": "demands",
            "summary": "Ukraine to leave all of Donbas",
        },
        "evidence": evidence(
            "seeds/000_0ea1466f19386afb.txt",
            "Moscow insists that Ukrainian forces withdraw from the whole of Donbas.",
            title=None,
        ),
        "event_date": datetime(2026, 2, 4, 15, 0, tzinfo=UTC),
        "detected_at": datetime(2026, 2, 4, 16, 0, tzinfo=UTC),
        "urgent": True,
    }
    values.update(overrides)
    return Change(**values)


def actor(change_id: int | None = 4, **overrides: Any) -> Change:
    values: dict[str, Any] = {
        "id": change_id,
        "key": f"actor-{change_id}",
        "kind": "actor",
        "subject_key": "actor:oleksandr-bevz",
        "subject": "Oleksandr Bevz",
        "field_name": "new",
        "before": {},
        "after": {"name": "Oleksandr Bevz", "party": "Ukraine", "role": "adviser to the Presidential Office"},
        "evidence": evidence(
            "https://kyiv.example.net/bevz",
            "Oleksandr Bevz, an adviser in the Presidential Office, joined the Ukrainian delegation.",
            title="Zelenskyy’s team in Abu Dhabi: who is who",
        ),
        "event_date": datetime(2026, 2, 5, 8, 0, tzinfo=UTC),
        "detected_at": datetime(2026, 2, 5, 9, 0, tzinfo=UTC),
        "urgent": False,
    }
    values.update(overrides)
    return Change(**values)


def all_kinds() -> list[Change]:
    return [round_two_status(), statement(), position(), actor()]


def insert_changes(engine: Any, changes: list[Change]) -> list[int]:
    """Store changes as the differ would (ids assigned by the database)."""
    from storage.db import transaction

    ids = []
    with transaction(engine) as session:
        for change in changes:
            change.id = None
            session.add(change)
        session.flush()
        ids = [c.id for c in changes]
    return ids


def publish_sample(
    engine: Any,
    targets: list[Any],
    now: datetime = PERIOD_END,
    changes: list[Change] | None = None,
    story: str = STORY,
    checked: Any = None,
) -> int:
    """A stored digest of `changes` (all kinds by default) with its outbox rows."""
    from reports.compose import Checked, compose_digest
    from reports.outbox import publish
    from storage.db import transaction

    changes = all_kinds() if changes is None else changes
    insert_changes(engine, changes)
    checked = checked or Checked(runs=2, sources_polled=6, not_modified=2, articles_read=9, new_articles=4)
    with transaction(engine) as session:
        payload = compose_digest(changes, checked, PERIOD_START, now, story)
        return publish(
            session,
            payload,
            change_ids=[c.id for c in changes if c.id is not None],
            period_start=PERIOD_START,
            period_end=now,
            targets=targets,
            now=now,
        )
