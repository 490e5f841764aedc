"""Queries over articles."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col

from storage.models import ArticleRow
from storage.upsert import insert_ignoring_duplicates, table_of

T = TypeVar("T")
# Updates go through the Core table: an ORM-enabled bulk UPDATE costs tens of milliseconds a statement in
# identity-map bookkeeping that nothing here needs.
ARTICLES = table_of(ArticleRow)


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

    The caller has checked the URLs and GUIDs (`unseen`) in the same transaction. On SQLite that
    transaction holds the write lock from its start (BEGIN IMMEDIATE), so nobody can have stored one of
    them since, and the batch goes in whole. On a server database another process may have: there the
    batch runs in a savepoint, and if it meets a stored article the articles go in one by one instead,
    each skipped if known."""
    if not articles:
        return []
    rows = [dict(article.__dict__) for article in articles]
    # A plain executemany, then the ids by URL (unique): SQLite cannot promise the order of a multi-row
    # RETURNING, so asking for ordered ids made SQLAlchemy send the rows one by one.
    if session.get_bind().dialect.name == "sqlite":
        session.execute(insert(ARTICLES), rows)
    else:
        try:
            with session.begin_nested():
                session.execute(insert(ARTICLES), rows)
        except IntegrityError:
            return [add_article(session, article) for article in articles]
    urls = [article.url for article in articles]
    ids = dict(session.execute(select(ARTICLES.c.url, ARTICLES.c.id).where(ARTICLES.c.url.in_(urls))).all())
    return [ids[url] for url in urls]


def unseen_per_source(session: Session, batches: Sequence[tuple[int | None, Sequence[T]]]) -> list[list[T]]:
    """For each (source id, entries), the entries not stored yet, in one query for all of them.

    An entry is known by its URL (whatever source stored it) or by its GUID within its own source. Within
    the batches, only the first entry of each URL (and of each GUID in a source) counts as unseen."""
    urls = list({e.url for _, entries in batches for e in entries})  # type: ignore[attr-defined]
    if not urls:
        return [[] for _ in batches]
    guids = list({e.guid for source, entries in batches if source is not None for e in entries if e.guid})  # type: ignore[attr-defined]
    known: ColumnElement[bool] = ARTICLES.c.url.in_(urls)
    if guids:
        known = known | (ARTICLES.c.source_id.is_not(None) & ARTICLES.c.guid.in_(guids))
    stored = session.execute(select(ARTICLES.c.url, ARTICLES.c.source_id, ARTICLES.c.guid).where(known)).all()
    seen_urls = {url for url, _, _ in stored}
    seen_guids = {(source, guid) for _, source, guid in stored if guid and source is not None}
    result: list[list[T]] = []
    for source_id, entries in batches:
        fresh = []
        for entry in entries:
            url, guid = entry.url, entry.guid  # type: ignore[attr-defined]
            keyed = (source_id, guid) if guid and source_id is not None else None
            if url in seen_urls or keyed in seen_guids:
                continue
            seen_urls.add(url)
            if keyed is not None:
                seen_guids.add(keyed)
            fresh.append(entry)
        result.append(fresh)
    return result


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
    """(id, MinHash signature, published) of the relevant originals published since `since`: the
    near-duplicate window. Off-topic articles stay out of it: a copy of one is simply off-topic too, and
    most of what wide feeds carry is off-topic, so the window stays a fraction of what was read."""
    rows = session.execute(
        select(col(ArticleRow.id), col(ArticleRow.minhash), col(ArticleRow.published_at)).where(
            col(ArticleRow.published_at) >= since,
            col(ArticleRow.minhash).is_not(None),
            col(ArticleRow.status) == "extracted",
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
