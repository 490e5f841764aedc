"""The database layer: URLs, migrations, aware datetimes and idempotent inserts, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from storage import articles, facts
from storage.db import DatabaseError, database_url, describe, open_database, transaction
from storage.models import ArticleRow


def _article(url: str, guid: str | None = "g1") -> articles.NewArticle:
    now = datetime(2026, 2, 5, 12, 0, tzinfo=UTC)
    return articles.NewArticle(
        source_id=None,
        url=url,
        guid=guid,
        content_hash="h",
        title="T",
        summary=None,
        text="Body",
        text_origin="feed",
        published_at=now,
        fetched_at=now,
    )


def test_a_file_path_becomes_a_sqlite_url_and_postgres_urls_get_the_psycopg_driver(tmp_path: Path) -> None:
    assert database_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"
    assert database_url("postgresql://u:secret@h/db").startswith("postgresql+psycopg://u:secret@h/db")
    assert "secret" not in describe("postgresql+psycopg://u:secret@h/db")
    assert database_url(None, default_folder=tmp_path).endswith("/parley.db")


def test_a_malformed_url_is_refused_by_name() -> None:
    with pytest.raises(DatabaseError, match="not a database URL"):
        database_url("nonsense://::")


def test_an_unreachable_database_names_itself_without_the_password() -> None:
    with pytest.raises(DatabaseError) as error:
        open_database("postgresql+psycopg://u:hunter2@127.0.0.1:1/db")
    assert "127.0.0.1:1" in str(error.value) and "hunter2" not in str(error.value)


def _exercise(url: str) -> None:
    engine = open_database(url)
    open_database(url).dispose()  # upgrading an upgraded schema is a no-op
    with transaction(engine) as session:
        first = articles.add_article(session, _article("https://a.example/1"))
        again = articles.add_article(session, _article("https://a.example/1", guid="other"))
        assert first is not None and again is None
        new = facts.NewFact(
            "position",
            "k1",
            {"party": "Russia", "evidence": {"sentence": "S."}},
            {"party": "Russia", "issue": "territory", "stance": "demands"},
        )
        assert facts.add_facts(session, first, datetime(2026, 2, 5, tzinfo=UTC), [new, new]) == 1
    with transaction(engine) as session:
        row = session.get(ArticleRow, first)
        assert row is not None and row.published_at.tzinfo is not None
        assert row.published_at == datetime(2026, 2, 5, 12, 0, tzinfo=UTC)
        stored = facts.load_facts(session)
        assert [(s.kind, s.diffed) for s in stored] == [("position", False)]
        facts.mark_diffed(session, datetime.now(UTC))
    with transaction(engine) as session:
        assert not facts.has_undiffed(session)
    engine.dispose()


def test_schema_and_queries_on_sqlite(sqlite_url: str) -> None:
    _exercise(sqlite_url)


def test_schema_and_queries_on_postgresql(postgres_db: str) -> None:
    _exercise(postgres_db)


def test_a_naive_datetime_is_refused_rather_than_stored_ambiguously(sqlite_url: str) -> None:
    engine = open_database(sqlite_url)
    naive = _article("https://a.example/2").__dict__ | {"published_at": datetime(2026, 2, 5)}
    with pytest.raises(sa.exc.StatementError, match="naive datetime"), transaction(engine) as session:
        articles.add_article(session, articles.NewArticle(**naive))


def test_a_failed_transaction_leaves_nothing_behind(sqlite_url: str) -> None:
    engine = open_database(sqlite_url)
    with pytest.raises(RuntimeError), transaction(engine) as session:
        articles.add_article(session, _article("https://a.example/3"))
        raise RuntimeError("killed mid-way")
    with transaction(engine) as session:
        assert articles.known_urls(session, ["https://a.example/3"]) == set()


def _upgrade_keeps_rows(url: str) -> None:
    from alembic import command

    from storage.db import alembic_config, make_engine

    engine = make_engine(url)
    config = alembic_config(url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO source (url, origin, active, full_text, consecutive_failures, created_at) "
                "VALUES ('https://feed.example/rss', 'user', true, true, 0, :now)"
            ),
            {"now": datetime(2026, 2, 5, tzinfo=UTC)},
        )
    engine.dispose()
    engine = open_database(url)  # upgrades to the newest version
    with engine.connect() as connection:
        row = connection.execute(sa.text("SELECT url, poll_every_seconds FROM source")).one()
    engine.dispose()
    assert tuple(row) == ("https://feed.example/rss", None)


def test_an_upgrade_keeps_existing_rows_on_sqlite(sqlite_url: str) -> None:
    _upgrade_keeps_rows(sqlite_url)


def test_an_upgrade_keeps_existing_rows_on_postgresql(postgres_db: str) -> None:
    _upgrade_keeps_rows(postgres_db)


def test_a_reader_neither_waits_for_a_writer_nor_sees_its_uncommitted_rows(sqlite_url: str) -> None:
    import time

    from storage.db import reading

    engine = open_database(sqlite_url)
    count = sa.select(sa.func.count()).select_from(ArticleRow)
    with transaction(engine) as writer:
        articles.add_article(writer, _article("https://wire.example/uncommitted"))
        started = time.monotonic()
        with reading(engine) as reader:  # the writer holds SQLite's write lock (BEGIN IMMEDIATE)
            seen = reader.execute(count).scalar_one()
        waited = time.monotonic() - started
    with reading(engine) as reader:
        after = reader.execute(count).scalar_one()
    engine.dispose()

    assert seen == 0 and after == 1
    assert waited < 5  # a second writer would wait out the 30 s busy timeout
