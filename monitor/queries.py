"""Core functions behind the CLI's read and manage commands: each opens a transaction and returns data."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from monitor.errors import ConfigError
from monitor.extract import extract_article
from monitor.facts import Article, ArticleFacts
from monitor.pack import load_pack
from monitor.urls import normalise_url
from storage import changes as change_queries
from storage import sources as source_queries
from storage.db import transaction


def change_history(
    engine: Engine, since: date | None = None, kind: str | None = None
) -> list[dict[str, Any]]:
    start = datetime.combine(since, time.min, tzinfo=UTC) if since else None
    with transaction(engine) as session:
        return change_queries.history(session, since=start, kind=kind)


def extract_file(path: Path, published: date, url: str | None, pack_path: str | None) -> ArticleFacts:
    pack = load_pack(pack_path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text (byte {exc.start})") from exc
    # No title is guessed from the first line: the segmenter tells a headline from a first sentence itself.
    article = Article(
        source=url or str(path),
        published=datetime.combine(published, time(0, 0), tzinfo=UTC),
        title=None,
        text=text,
    )
    return extract_article(article, pack)


def source_list(engine: Engine) -> list[dict[str, Any]]:
    with transaction(engine) as session:
        return [source_queries.as_dict(s) for s in source_queries.list_sources(session)]


def add_source(engine: Engine, url: str, title: str | None, every_minutes: int | None = None) -> str:
    target = url if "://" not in url or url.startswith("file://") else normalise_url(url)
    every = every_minutes * 60 if every_minutes else None
    with transaction(engine) as session:
        source_queries.add_source(session, target, title, poll_every_seconds=every)
    return f"added {target}"


def remove_source(engine: Engine, url: str) -> str:
    with transaction(engine) as session:
        if not source_queries.remove_source(session, url):
            raise ConfigError(f"{url}: no such source (see `parley sources`)")
    return f"removed {url}"


def reset_source(engine: Engine, url: str) -> str:
    with transaction(engine) as session:
        if not source_queries.reset_source(session, url):
            raise ConfigError(f"{url}: no such source (see `parley sources`)")
    return f"reset {url}: it will be polled on the next cycle"
