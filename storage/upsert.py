"""Dialect-aware INSERT ... ON CONFLICT DO NOTHING, so re-runs store nothing twice."""

from __future__ import annotations

from functools import cache
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import Insert
from sqlmodel import SQLModel


def insert_ignoring_duplicates(session: Session, table: Table, values: dict[str, Any]) -> int | None:
    """Insert one row; return its id, or None when a unique constraint says it is already stored."""
    statement = _insert_or_nothing(session.get_bind().dialect.name, table)
    # Values go in as parameters, not into the statement: one compiled statement serves every row.
    return session.execute(statement, values).scalar_one_or_none()


@cache
def _insert_or_nothing(dialect: str, table: Table) -> Insert:
    module = postgresql if dialect == "postgresql" else sqlite
    return module.insert(table).on_conflict_do_nothing().returning(table.c.id)


def table_of(model: type[SQLModel]) -> Table:
    """The Core table behind a table model (SQLModel does not type `__table__`)."""
    return cast(Table, model.__table__)  # type: ignore[attr-defined]
