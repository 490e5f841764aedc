"""feedparser's own test corpus (../shared/corpora/feedparser-tests) as a robustness suite for Parley.

Every file goes through the whole ingest (read, parse, screen, extract, store) without a crash; nothing
from the `sanitize` folder's script and style injection attempts becomes active content in a rendered
digest, in HTML or in Markdown rendered to HTML.
"""

from __future__ import annotations

import dataclasses
import io
import sys
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import pytest
from markdown_it import MarkdownIt
from sqlalchemy import func, select

from monitor.config import load_settings
from monitor.cycle import run_cycle
from monitor.errors import FeedParseError
from monitor.extract import extract_article
from monitor.facts import Article
from monitor.pack import FeedSpec, load_pack
from monitor.parse import parse_feed
from reports.compose import Checked, compose_digest
from reports.render import render
from storage.db import open_database, transaction
from storage.models import ArticleRow, Change, Source

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "feedparser-tests"
sys.path.insert(0, str(Path(__file__).resolve().parent / "reports"))
from markup_checks import assert_no_active_content  # noqa: E402

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpora is not beside this checkout")
NOW = datetime(2026, 2, 6, 12, 0, tzinfo=UTC)


def _corpus_files(folder: Path = CORPUS) -> list[Path]:
    return sorted(
        p for p in folder.rglob("*") if p.is_file() and p.suffix in (".xml", ".rdf", ".rss", ".atom")
    )


def test_every_corpus_file_goes_through_the_whole_ingest_without_a_crash(tmp_path: Path) -> None:
    files = _corpus_files()
    assert len(files) > 1500
    settings = load_settings(database=str(tmp_path / "corpus.db"), cwd=tmp_path)
    # Threshold 0: every entry is "about the story", so extraction runs on all of them too.
    settings = dataclasses.replace(
        settings,
        relevance_threshold=0.0,
        fetch=dataclasses.replace(settings.fetch, fetch_pages=False),
    )
    pack = dataclasses.replace(load_pack(), feeds=tuple(FeedSpec(url=str(p), full_text=False) for p in files))
    engine = open_database(settings.database_url)
    report = run_cycle(engine, pack, settings, NOW)
    assert report.sources_polled == len(files)
    assert report.sources_fetched + report.sources_failed == len(files)
    # A failure is a clean, named outcome: the error names the file it came from.
    for error in report.errors:
        assert error["source"] in {str(p) for p in files} and error["error"]
    with transaction(engine) as session:
        stored = session.execute(select(func.count()).select_from(ArticleRow)).scalar_one()
        healthy = session.execute(
            select(func.count()).select_from(Source).where(Source.last_status == "fetched")
        )
        # Most corpus entries share a link (or have none), and an article is stored once per URL.
        assert stored > 0 and healthy.scalar_one() == report.sources_fetched
    assert report.sources_fetched > len(files) * 0.8
    engine.dispose()


def _change(number: int, title: str, text: str, sentence: str, link: str, author: str | None) -> Change:
    evidence = {
        "source": link,
        "title": title,
        "date": "2026-02-06",
        "sentence": sentence,
        "corroborations": 1,
        "corroborating_sources": [link],
    }
    after = {
        "speaker": title,
        "party": None,
        "role": author,
        "date": "2026-02-06",
        "text": text,
        "direct": True,
    }
    return Change(
        id=number,
        key=f"k{number}",
        kind="statement",
        subject_key=f"s{number}",
        subject=title,
        field_name="new",
        before={},
        after=after,
        evidence=evidence,
        event_date=NOW,
        detected_at=NOW,
    )


def _hostile_changes() -> list[Change]:
    """Changes carrying the sanitize folder's text twice: as Parley's parser gives it, and raw."""
    changes = []
    pack = load_pack()
    for path in _corpus_files(CORPUS / "wellformed" / "sanitize"):
        body = path.read_bytes()
        try:
            feed = parse_feed(body, f"https://feeds.example/{path.name}", {}, NOW)
        except FeedParseError:
            feed = None
        for entry in feed.entries if feed else ():
            extract_article(Article(entry.url, entry.published, entry.title, entry.text), pack)
            changes.append(
                _change(
                    len(changes) + 1,
                    entry.title or "",
                    entry.text,
                    entry.summary or "",
                    entry.url,
                    entry.author,
                )
            )
        # The raw strings, unsanitised: the templates alone must keep them inert.
        raw = feedparser.parse(io.BytesIO(body), sanitize_html=False)
        for item in raw.entries:
            content = " ".join(c.get("value", "") for c in item.get("content", []))
            changes.append(
                _change(
                    len(changes) + 1,
                    item.get("title", ""),
                    content or item.get("summary", ""),
                    item.get("summary", ""),
                    item.get("link", "javascript:alert(1)"),
                    item.get("author"),
                )
            )
    return changes


def test_no_injection_from_the_sanitize_folder_becomes_active_in_a_digest() -> None:
    changes = _hostile_changes()
    assert len(changes) > 100
    checked = Checked.from_runs([])
    payload = compose_digest(changes, checked, None, NOW, "Corpus <script>alert(1)</script>")
    html = render(payload, "html")
    assert_no_active_content(html)
    assert "javascript:" not in html.lower()
    markdown_as_html = MarkdownIt("commonmark").render(render(payload, "markdown"))
    assert_no_active_content(markdown_as_html)
    assert "javascript:" not in markdown_as_html.lower()
