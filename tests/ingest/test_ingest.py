"""Storing a source's entries as one batch: copies link to originals stored in the same batch, an older
original takes a later copy's place, and a batch meets an article another process stored meanwhile."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from monitor.duplicates import SignatureIndex
from monitor.ingest import DuplicateWindow, content_hash, ingest_entries
from monitor.pack import StoryPack, load_pack
from monitor.parse import FeedEntry
from storage import articles as article_queries
from storage import facts as fact_queries
from storage.db import open_database, transaction
from storage.models import ArticleRow
from storage.upsert import table_of

DUPES = Path(__file__).resolve().parent / "dupes"
NOW = datetime(2026, 2, 6, 18, 0, tzinfo=UTC)
THRESHOLD = 0.35


@pytest.fixture(scope="module")
def pack() -> StoryPack:
    return load_pack()


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return open_database(f"sqlite:///{tmp_path / 'ingest.db'}")


def entry(name: str, folder: str, hours_ago: int, url: str | None = None) -> FeedEntry:
    title, _, body = (DUPES / folder / f"{name}.txt").read_text(encoding="utf-8").partition("\n")
    link = url or f"https://{folder}.example/{name}"
    return FeedEntry(
        guid=link,
        url=link,
        title=title.strip(),
        summary=None,
        text=body.strip(),
        text_origin="feed",
        published=NOW - timedelta(hours=hours_ago),
    )


def empty_window() -> DuplicateWindow:
    return DuplicateWindow(SignatureIndex(), {})


def stored(engine: Engine) -> dict[str, tuple[str, int | None, int]]:
    """url -> (status, duplicate_of url's id, id)"""
    with transaction(engine) as session:
        rows = session.execute(
            select(ArticleRow.url, ArticleRow.status, ArticleRow.duplicate_of_id, ArticleRow.id)
        )
        return {url: (status, original, article_id) for url, status, original, article_id in rows}


def facts_of(engine: Engine, article_id: int) -> int:
    with transaction(engine) as session:
        return sum(
            session.execute(
                select(func.count())
                .select_from(table_of(model))
                .where(table_of(model).c.article_id == article_id)
            ).scalar_one()
            for model in fact_queries.TABLES.values()
        )


def ingest(engine: Engine, pack: StoryPack, entries: list[FeedEntry], window: DuplicateWindow):  # type: ignore[no-untyped-def]
    explanations: list[dict[str, object]] = []
    with transaction(engine) as session:
        done = ingest_entries(session, pack, entries, None, NOW, window, THRESHOLD, explanations)
    return done, explanations


def test_a_copy_later_in_the_same_feed_links_to_the_original_stored_with_it(
    engine: Engine, pack: StoryPack
) -> None:
    original, copy = entry("12", "stories", 5), entry("12", "copies", 2)

    done, explanations = ingest(engine, pack, [original, copy], empty_window())

    rows = stored(engine)
    assert (done.new, done.relevant, done.duplicate) == (2, 1, 1)
    assert rows[copy.url][0] == "duplicate"
    assert rows[copy.url][1] == rows[original.url][2]
    assert explanations[1]["duplicate"]["of"] == rows[original.url][2]  # the real id, not a provisional one


def test_an_older_original_later_in_the_feed_makes_the_earlier_entry_its_copy(
    engine: Engine, pack: StoryPack
) -> None:
    copy, original = entry("12", "copies", 2), entry("12", "stories", 5)

    done, _ = ingest(engine, pack, [copy, original], empty_window())

    rows = stored(engine)
    assert (done.relevant, done.duplicate) == (1, 1)
    assert rows[original.url][0] == "extracted" and rows[original.url][1] is None
    assert rows[copy.url][:2] == ("duplicate", rows[original.url][2])


def test_an_older_original_read_in_a_later_batch_takes_the_stored_copys_place(
    engine: Engine, pack: StoryPack
) -> None:
    window = empty_window()
    copy, original = entry("12", "copies", 2), entry("12", "stories", 5)
    ingest(engine, pack, [copy], window)
    with transaction(engine) as session:
        copy_id = stored(engine)[copy.url][2]
        assert fact_queries.has_undiffed(session)

    done, explanations = ingest(engine, pack, [original], window)

    rows = stored(engine)
    assert facts_of(engine, copy_id) == 0  # withdrawn: the original's own facts replace them
    assert facts_of(engine, rows[original.url][2]) > 0
    assert done.relevant == 1
    assert rows[copy.url][:2] == ("duplicate", rows[original.url][2])
    assert explanations[0]["original_of"] == copy_id
    assert copy_id not in window.published and rows[original.url][2] in window.published
    assert done.demoted_now == 1  # the copy was counted relevant by this same cycle


def test_an_older_original_replacing_a_copy_of_an_earlier_cycle_demotes_nothing_this_cycle_counted(
    engine: Engine, pack: StoryPack
) -> None:
    copy, original = entry("12", "copies", 2), entry("12", "stories", 5)
    ingest(engine, pack, [copy], empty_window())
    with transaction(engine) as session:
        rows = article_queries.recent_signatures(session, NOW - timedelta(days=7))
    next_cycle = DuplicateWindow(
        SignatureIndex((i, sig) for i, sig, _ in rows), {i: when for i, _, when in rows}
    )

    done, _ = ingest(engine, pack, [original], next_cycle)

    assert stored(engine)[copy.url][0] == "duplicate"
    assert (done.relevant, done.demoted_now) == (1, 0)


def test_an_older_original_leaves_a_copy_whose_facts_were_reported_in_place(
    engine: Engine, pack: StoryPack
) -> None:
    window = empty_window()
    copy, original = entry("12", "copies", 2), entry("12", "stories", 5)
    ingest(engine, pack, [copy], window)
    with transaction(engine) as session:
        fact_queries.mark_diffed(session, NOW)

    done, _ = ingest(engine, pack, [original], window)

    rows = stored(engine)
    assert facts_of(engine, rows[copy.url][2]) > 0  # reported already: kept
    assert (done.relevant, done.duplicate) == (0, 1)
    assert rows[copy.url][:2] == ("extracted", None)
    assert rows[original.url][:2] == ("duplicate", rows[copy.url][2])
    assert rows[original.url][2] not in window.published


def test_unrelated_entries_are_all_originals_and_enter_the_window_under_their_ids(
    engine: Engine, pack: StoryPack
) -> None:
    window = empty_window()
    entries = [entry(name, "stories", hours) for name, hours in (("01", 3), ("02", 4), ("03", 5))]

    done, _ = ingest(engine, pack, entries, window)

    ids = sorted(article_id for _, _, article_id in stored(engine).values())
    assert done.duplicate == 0 and done.new == 3
    assert sorted(window.published) == ids
    assert len(window.signatures) == 3


def _new(url: str) -> article_queries.NewArticle:
    return article_queries.NewArticle(
        source_id=None,
        url=url,
        guid=None,
        content_hash=content_hash(url, "text"),
        title=url,
        summary=None,
        text="text",
        text_origin="feed",
        published_at=NOW,
        fetched_at=NOW,
    )


def test_a_batch_returns_each_articles_id_in_order(engine: Engine) -> None:
    with transaction(engine) as session:
        ids = article_queries.add_articles(session, [_new(f"https://a.example/{n}") for n in (3, 1, 2)])

    rows = stored(engine)
    assert ids == [rows[f"https://a.example/{n}"][2] for n in (3, 1, 2)]
    assert len(set(ids)) == 3


def test_on_postgresql_a_batch_meeting_an_article_stored_meanwhile_stores_the_rest(postgres_db: str) -> None:
    # Another process may insert between `unseen` and the batch on a server database (on SQLite the
    # transaction holds the write lock from its start, so it cannot happen there).
    engine = open_database(postgres_db)
    try:
        with transaction(engine) as session:
            first = article_queries.add_articles(session, [_new("https://a.example/1")])
        with transaction(engine) as session:
            ids = article_queries.add_articles(
                session,
                [_new("https://a.example/2"), _new("https://a.example/1"), _new("https://a.example/3")],
            )

        assert first[0] is not None
        assert ids[1] is None and ids[0] is not None and ids[2] is not None
        assert len(stored(engine)) == 3
    finally:
        engine.dispose()


def test_off_topic_originals_stay_out_of_the_window_and_their_copies_are_simply_off_topic(
    engine: Engine, pack: StoryPack
) -> None:
    window = empty_window()
    path = sorted((Path(__file__).resolve().parent / "relevance").glob("*.txt"))[0]
    title, _, body = path.read_text(encoding="utf-8").partition("\n")
    original = dataclasses.replace(
        entry("01", "stories", 5), url="https://a.example/x", guid="x", title=title, text=body
    )
    copy = dataclasses.replace(original, url="https://b.example/x", guid="y", text=f"(Wire) {body}")

    done, _ = ingest(engine, pack, [original, copy], window)

    rows = stored(engine)
    assert done.skipped == 2 and done.duplicate == 0
    assert {rows[u][0] for u in (original.url, copy.url)} == {"skipped"}
    assert len(window.signatures) == 0 and window.published == {}


def test_an_older_copy_that_would_be_skipped_never_demotes_a_relevant_original(
    engine: Engine, pack: StoryPack
) -> None:
    window = empty_window()
    copy, original = entry("12", "copies", 2), entry("12", "stories", 5)
    with transaction(engine) as session:
        ingest_entries(session, pack, [copy], None, NOW, window, 0.0)
    copy_id = stored(engine)[copy.url][2]
    with transaction(engine) as session:
        # Judged against a threshold it does not reach, the older text would be skipped.
        done = ingest_entries(session, pack, [original], None, NOW, window, 0.99)

    rows = stored(engine)
    assert done.duplicate == 1 and done.relevant == 0
    assert rows[copy.url][:2] == ("extracted", None)
    assert rows[original.url][:2] == ("duplicate", copy_id)
    assert facts_of(engine, copy_id) > 0 and copy_id in window.published
