"""Queries over articles."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col

from storage.models import ArticleRow
from storage.upsert import insert_ignoring_duplicates, table_of

T = TypeVar("T")
# Updates go through the Core table: an ORM-enabled bulk UPDATE costs tens of milliseconds a statement in
# identity-map bookkeeping that nothing here needs.
ARTICLES = table_of(ArticleRow)
# Ids come back in the order of the rows given (SQLAlchemy's "insertmanyvalues" sorts them).
_INSERT_RETURNING_ID = insert(ARTICLES).returning(ARTICLES.c.id, sort_by_parameter_order=True)


@dataclass(frozen=True)
class NewArticle:
    source_id: int | None
    url: str
    guid: str | None
    content_hash: str
    title: str | None
    summary: str | None
    text: str
    text_origin: str
    published_at: datetime
    fetched_at: datetime
    status: str = "pending"
    relevance: float | None = None
    relevance_reasons: dict[str, Any] = field(default_factory=dict)
    duplicate_of_id: int | None = None
    minhash: bytes | None = None


def add_article(session: Session, article: NewArticle) -> int | None:
    """Store an article unless its URL or (source, GUID) is already known; the new id, or None."""
    return insert_ignoring_duplicates(session, table_of(ArticleRow), dict(article.__dict__))


def add_articles(session: Session, articles: Sequence[NewArticle]) -> list[int | None]:
    """Store articles with one multi-row INSERT; each one's new id, or None when it was stored already.

    The caller has checked the URLs and GUIDs (`unseen`) in the same transaction, so the batch normally
    goes in whole. If another process stored one of them meanwhile, the batch is rolled back to its
    savepoint and the articles go in one by one, each skipped if known."""
    if not articles:
        return []
    rows = [dict(article.__dict__) for article in articles]
    try:
        with session.begin_nested():
            result = session.execute(_INSERT_RETURNING_ID, rows)
            return [row[0] for row in result]
    except IntegrityError:
        return [add_article(session, article) for article in articles]


def unseen(session: Session, source_id: int | None, entries: Sequence[T]) -> list[T]:
    """The entries (with `.url` and `.guid`) not stored yet, first of each URL and GUID; one query."""
    urls = [e.url for e in entries]  # type: ignore[attr-defined]
    if not urls:
        return []
    wanted = [e.guid for e in entries if e.guid]  # type: ignore[attr-defined]
    known = ARTICLES.c.url.in_(urls)
    if source_id is not None and wanted:
        known = known | ((ARTICLES.c.source_id == source_id) & ARTICLES.c.guid.in_(wanted))
    stored = session.execute(select(ARTICLES.c.url, ARTICLES.c.source_id, ARTICLES.c.guid).where(known)).all()
    seen_urls = {url for url, _, _ in stored}
    guids = {guid for _, source, guid in stored if guid and source_id is not None and source == source_id}
    fresh = []
    for entry in entries:
        url, guid = entry.url, entry.guid  # type: ignore[attr-defined]
        if url in seen_urls or (guid and guid in guids):
            continue
        seen_urls.add(url)
        if guid:
            guids.add(guid)
        fresh.append(entry)
    return fresh


def known_urls(session: Session, urls: Sequence[str]) -> set[str]:
    if not urls:
        return set()
    rows = session.execute(select(col(ArticleRow.url)).where(col(ArticleRow.url).in_(urls)))
    return {r[0] for r in rows}


def set_screening(
    session: Session,
    article_id: int,
    status: str,
    relevance: float | None,
    reasons: dict[str, Any],
    duplicate_of: int | None,
    signature: bytes | None,
) -> None:
    session.execute(
        update(ARTICLES)
        .where(ARTICLES.c.id == article_id)
        .values(
            status=status,
            relevance=relevance,
            relevance_reasons=reasons,
            duplicate_of_id=duplicate_of,
            minhash=signature,
        )
    )


def recent_signatures(session: Session, since: datetime) -> list[tuple[int, bytes, datetime]]:
    """(id, MinHash signature, published) of the originals published since `since`: the near-duplicate
    window."""
    rows = session.execute(
        select(col(ArticleRow.id), col(ArticleRow.minhash), col(ArticleRow.published_at)).where(
            col(ArticleRow.published_at) >= since,
            col(ArticleRow.minhash).is_not(None),
            col(ArticleRow.status) != "duplicate",
        )
    )
    return [(r[0], r[1], r[2]) for r in rows]


def texts_of(session: Session, ids: Sequence[int]) -> list[tuple[int, str | None, str]]:
    """(id, title, text) of the given articles."""
    query = select(ARTICLES.c.id, ARTICLES.c.title, ARTICLES.c.text).where(ARTICLES.c.id.in_(ids))
    return [(r[0], r[1], r[2]) for r in session.execute(query)]


def set_signatures(session: Session, signatures: dict[int, bytes]) -> None:
    """Replace stored MinHash signatures (after a change of signature version)."""
    if signatures:
        session.execute(
            update(ARTICLES).where(ARTICLES.c.id == bindparam("article_id")).values(minhash=bindparam("sig")),
            [{"article_id": i, "sig": sig} for i, sig in signatures.items()],
        )


def syndicated_copies(session: Session) -> dict[str, list[str]]:
    """Original article URL -> URLs of the near-duplicate copies linked to it, directly or through a copy
    that was itself demoted when an earlier original turned up."""
    copy = table_of(ArticleRow)
    original = copy.alias("original")
    rows = session.execute(
        select(copy.c.id, copy.c.url, original.c.id, original.c.url).join(
            original, copy.c.duplicate_of_id == original.c.id
        )
    ).all()
    parent = {copy_id: original_id for copy_id, _, original_id, _ in rows}
    urls = {copy_id: copy_url for copy_id, copy_url, _, _ in rows}
    urls.update({original_id: original_url for _, _, original_id, original_url in rows})

    def root(article_id: int) -> int:
        seen = {article_id}
        while article_id in parent and parent[article_id] not in seen:
            article_id = parent[article_id]
            seen.add(article_id)
        return article_id

    result: dict[str, list[str]] = {}
    for copy_id in parent:
        result.setdefault(urls[root(copy_id)], []).append(urls[copy_id])
    return result


def demote_to_copy(session: Session, article_id: int, original_id: int) -> None:
    """An article turns out to be the copy of one published earlier but read later: link it as such.

    Its own copies keep pointing at it: `syndicated_copies` follows the chain, so a demotion costs one row
    however many copies a wire story already has."""
    session.execute(
        update(ARTICLES)
        .where(ARTICLES.c.id == article_id)
        .values(status="duplicate", duplicate_of_id=original_id)
    )
