"""`parley init`: the story's baseline, read from the pack's seed articles.

The seed's facts become the state the first digest is measured against: they are stored and marked as
already reported, so the baseline itself is never announced as a change. Running init again adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time

from sqlalchemy.engine import Engine

from monitor.errors import ConfigError
from monitor.extract import extract_article
from monitor.facts import Article
from monitor.ingest import content_hash
from monitor.pack import StoryPack, pack_feeds
from monitor.story import to_new_facts
from storage import articles as article_queries
from storage import facts as fact_queries
from storage import meta
from storage import runs as run_queries
from storage import sources as source_queries
from storage.db import transaction


@dataclass(frozen=True)
class InitReport:
    story: str
    seeds_added: int
    facts_added: int
    sources: int


def init_story(engine: Engine, pack: StoryPack, now: datetime) -> InitReport:
    with transaction(engine) as session:
        tracked = meta.get(session, "story")
        if tracked is not None and tracked["id"] != pack.story.id:
            raise ConfigError(
                f"this database tracks story {tracked['id']!r}, not {pack.story.id!r}: use another database"
            )
        run_id = run_queries.start_run(session, "init", now)
        source_queries.sync_pack_feeds(session, pack_feeds(pack))
        seeds_added = facts_added = 0
        seed_article_ids = []
        for seed in pack.seeds:
            text = pack.read_seed(seed)
            published = datetime.combine(seed.published, time(0, 0), tzinfo=UTC)
            source = f"seeds/{seed.file}"
            article_id = article_queries.add_article(
                session,
                article_queries.NewArticle(
                    source_id=None,
                    url=seed.url or source,
                    guid=None,
                    content_hash=content_hash(seed.title, text),
                    title=seed.title,
                    summary=None,
                    text=text,
                    text_origin="seed",
                    published_at=published,
                    fetched_at=now,
                ),
            )
            if article_id is None:
                continue
            seeds_added += 1
            seed_article_ids.append(article_id)
            article_queries.set_screening(session, article_id, "extracted", 1.0, {"seed": True}, None, None)
            facts = extract_article(
                Article(source=seed.url or source, published=published, title=seed.title, text=text), pack
            )
            facts_added += fact_queries.add_facts(session, article_id, published, to_new_facts(facts))
        fact_queries.mark_diffed(session, now, seed_article_ids)
        if tracked is None:
            meta.put(
                session,
                "story",
                {"id": pack.story.id, "title": pack.story.title, "baseline_at": now.isoformat()},
            )
        counts = {"seeds_added": seeds_added, "facts_new": facts_added}
        run_queries.finish_run(session, run_id, "ok", counts, [], now)
        sources = len(source_queries.list_sources(session))
    return InitReport(pack.story.id, seeds_added, facts_added, sources)
