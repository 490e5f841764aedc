"""Dialect-aware INSERT ... ON CONFLICT DO NOTHING, so re-runs store nothing twice."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlmodel import SQLModel


def insert_ignoring_duplicates(session: Session, table: Table, values: dict[str, Any]) -> int | None:
    """Insert one row; return its id, or None when a unique constraint says it is already stored."""
    dialect = session.get_bind().dialect.name
    module = postgresql if dialect == "postgresql" else sqlite
    statement = module.insert(table).values(**values).on_conflict_do_nothing().returning(table.c.id)
    return session.execute(statement).scalar_one_or_none()


def table_of(model: type[SQLModel]) -> Table:
    """The Core table behind a table model (SQLModel does not type `__table__`)."""
    return cast(Table, model.__table__)  # type: ignore[attr-defined]
