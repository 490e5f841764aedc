"""Queries over the four fact tables (rounds, statements, positions, actors).

Facts are stored as their canonical JSON (`data`), keyed per article by a versioned hash of their fields,
so storing an article's facts twice is a no-op. Reads return plain `StoredFact` values in publication order:
the order the fold needs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, union_all, update
from sqlmodel import Session, SQLModel, col

from storage.models import ActorFactRow, ArticleRow, PositionFactRow, RoundFactRow, StatementFactRow, utcnow
from storage.upsert import insert_ignoring_duplicates, table_of

TABLES: dict[str, type[SQLModel]] = {
    "round": RoundFactRow,
    "statement": StatementFactRow,
    "position": PositionFactRow,
    "actor": ActorFactRow,
}


@dataclass(frozen=True)
class NewFact:
    kind: str
    key: str
    data: dict[str, Any]
    columns: dict[str, Any]  # the kind's indexed columns (identity, speaker, party, issue ...)


@dataclass(frozen=True)
class StoredFact:
    kind: str
    data: dict[str, Any]
    article_id: int
    published_at: datetime
    diffed: bool
    order: tuple[Any, ...]


def add_facts(session: Session, article_id: int, published_at: datetime, facts: Iterable[NewFact]) -> int:
    """Store an article's facts; returns how many were new."""
    added = 0
    for fact in facts:
        evidence = fact.data.get("evidence", {})
        values = {
            "article_id": article_id,
            "key": fact.key,
            "data": fact.data,
            "sentence": evidence.get("sentence", ""),
            "start": evidence.get("start", 0),
            "end": evidence.get("end", 0),
            "published_at": published_at,
            "created_at": utcnow(),
            **fact.columns,
        }
        table = table_of(TABLES[fact.kind])
        if insert_ignoring_duplicates(session, table, values) is not None:
            added += 1
    return added


def load_facts(
    session: Session, until: datetime | None = None, diffed_only: bool = False
) -> list[StoredFact]:
    """Every fact (or every diffed one), oldest article first; within an article, in extraction order."""
    result: list[StoredFact] = []
    for kind, model in TABLES.items():
        table = table_of(model)
        statement = select(
            table.c.id, table.c.data, table.c.article_id, table.c.published_at, table.c.diffed_at
        )
        if until is not None:
            statement = statement.where(table.c.published_at <= until)
        if diffed_only:
            statement = statement.where(table.c.diffed_at.is_not(None))
        for row in session.execute(statement):
            published = row.published_at
            result.append(
                StoredFact(
                    kind=kind,
                    data=row.data,
                    article_id=row.article_id,
                    published_at=published,
                    diffed=row.diffed_at is not None,
                    # Rounds before statements before positions within one article: a position may cite
                    # the round it was voiced at, never the other way round.
                    order=(published, row.article_id, list(TABLES).index(kind), row.id),
                )
            )
    result.sort(key=lambda f: f.order)
    return result


def has_undiffed(session: Session) -> bool:
    for model in TABLES.values():
        table = table_of(model)
        if session.execute(select(table.c.id).where(table.c.diffed_at.is_(None)).limit(1)).first():
            return True
    return False


def mark_diffed(session: Session, when: datetime, article_ids: Iterable[int] | None = None) -> None:
    """Mark facts as folded into the reported state: all pending ones, or those of some articles."""
    ids = list(article_ids) if article_ids is not None else None
    for model in TABLES.values():
        table = table_of(model)
        statement = update(table).where(table.c.diffed_at.is_(None))
        if ids is not None:
            statement = statement.where(table.c.article_id.in_(ids))
        session.execute(statement.values(diffed_at=when))


def article_urls(session: Session, article_ids: Iterable[int]) -> dict[int, str]:
    ids = list(set(article_ids))
    if not ids:
        return {}
    rows = session.execute(select(col(ArticleRow.id), col(ArticleRow.url)).where(col(ArticleRow.id).in_(ids)))
    return {r[0]: r[1] for r in rows}


def withdraw_unreported(session: Session, article_id: int) -> bool:
    """Delete an article's facts if none has been reported yet; False (and nothing deleted) otherwise."""
    tables = [table_of(model) for model in TABLES.values()]
    # One query for all four tables: (facts, facts reported) per table; most articles have none at all.
    counts = union_all(
        *(
            select(func.count(), func.count(table.c.diffed_at)).where(table.c.article_id == article_id)
            for table in tables
        )
    )
    per_table = [(row[0], row[1]) for row in session.execute(counts)]
    if any(reported for _, reported in per_table):
        return False
    for table, (facts, _) in zip(tables, per_table, strict=True):
        if facts:
            session.execute(delete(table).where(table.c.article_id == article_id))
    return True
