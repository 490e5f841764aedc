"""Article queries: new entries found in one query, and copies linked to the earliest original."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from storage import articles
from storage.db import open_database, transaction

WHEN = datetime(2026, 2, 5, 12, 0, tzinfo=UTC)


def _add(session: object, url: str, guid: str | None = None, source_id: int | None = None) -> int:
    new = articles.NewArticle(
        source_id=source_id,
        url=url,
        guid=guid,
        content_hash="h",
        title=None,
        summary=None,
        text="t",
        text_origin="feed",
        published_at=WHEN,
        fetched_at=WHEN,
    )
    article_id = articles.add_article(session, new)  # type: ignore[arg-type]
    assert article_id is not None
    return article_id


@dataclass(frozen=True)
class Entry:
    url: str
    guid: str | None


def test_unseen_keeps_new_entries_once_and_drops_known_urls_and_guids(sqlite_url: str) -> None:
    engine = open_database(sqlite_url)
    with transaction(engine) as session:
        _add(session, "https://a.example/1")
        entries = [
            Entry("https://a.example/1", None),  # known URL
            Entry("https://a.example/2", "g2"),
            Entry("https://a.example/2", "g2"),  # repeated in the same feed
            Entry("https://a.example/3", "g1"),
        ]
        assert articles.unseen_per_source(session, [(None, entries)]) == [[entries[1], entries[3]]]
    engine.dispose()


def test_unseen_per_source_keys_guids_by_source_and_urls_across_sources(sqlite_url: str) -> None:
    engine = open_database(sqlite_url)
    with transaction(engine) as session:
        from storage.sources import add_source

        one, two = (add_source(session, f"https://feeds.example/{n}").id for n in (1, 2))
        _add(session, "https://a.example/old", guid="shared-guid", source_id=one)
        first = [Entry("https://a.example/new", "shared-guid"), Entry("https://a.example/both", "b1")]
        second = [Entry("https://a.example/other", "shared-guid"), Entry("https://a.example/both", "b2")]

        fresh = articles.unseen_per_source(session, [(one, first), (two, second)])

    # The GUID is known in source one only; a URL is stored once, by the first source that has it.
    assert fresh == [[first[1]], [second[0]]]
    engine.dispose()


def test_a_demoted_original_passes_its_copies_to_the_earlier_one(sqlite_url: str) -> None:
    engine = open_database(sqlite_url)
    with transaction(engine) as session:
        first_read = _add(session, "https://wire.example/a")
        copy = _add(session, "https://outlet.example/b")
        articles.demote_to_copy(session, copy, first_read)
        earlier = _add(session, "https://wire.example/earlier")
        articles.demote_to_copy(session, first_read, earlier)
        copies = articles.syndicated_copies(session)
    engine.dispose()
    assert copies == {"https://wire.example/earlier": ["https://wire.example/a", "https://outlet.example/b"]}
