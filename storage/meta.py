"""Small key/value facts about a database: which story it tracks, when its baseline was set."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from storage.models import MetaValue


def get(session: Session, key: str) -> dict[str, Any] | None:
    row = session.get(MetaValue, key)
    return dict(row.value) if row is not None else None


def put(session: Session, key: str, value: dict[str, Any]) -> None:
    row = session.get(MetaValue, key)
    if row is None:
        session.add(MetaValue(key=key, value=value))
    else:
        row.value = value
