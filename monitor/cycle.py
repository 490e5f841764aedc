"""The cycle: one pass of the pipeline, top to bottom.

    poll      fetch every due source (conditional GET, politeness) and parse its entries
    store     per group of sources, in one transaction: each source's new articles, their screening
              (duplicate, relevance), the facts extracted from the relevant ones, and the source's
              validators and health
    diff      fold the facts into the story's state and store what changed since the last diff
    alert     changes that configured rules call urgent go out at once

A kill at any moment loses nothing that was committed and leaves nothing half-written: a source's articles
and its new validators commit together (a killed run leaves the old validators, so the next run fetches
the same entries again), and facts are marked as diffed in the transaction that stores their changes (the
next run diffs whatever a killed one did not).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.engine import Engine

from monitor.config import Settings
from monitor.digesting import send_alerts
from monitor.duplicates import SignatureIndex, is_current, signature_of
from monitor.fetch import PollResult, poll_in_background
from monitor.ingest import DuplicateWindow, Ingested, ingest_entries
from monitor.pack import StoryPack, pack_feeds
from monitor.story import pending_changes, to_new_change
from reports.alerts import is_urgent
from storage import articles as article_queries
from storage import changes as change_queries
from storage import facts as fact_queries
from storage import runs as run_queries
from storage import sources as source_queries
from storage.db import reading, transaction
from storage.models import utcnow

log = logging.getLogger("parley.cycle")
# Sources stored per transaction: a commit costs about as much as storing a feed's new entries, and a
# kill loses at most this many sources' progress (the next run fetches them again).
SOURCES_PER_TRANSACTION = 50


@dataclass
class CycleReport:
    """What one cycle did: the figures a person sees after `parley run --once` and in the digest footer."""

    run_id: int | None = None
    sources_polled: int = 0
    sources_fetched: int = 0
    sources_not_modified: int = 0
    sources_failed: int = 0
    entries_seen: int = 0
    articles_new: int = 0
    articles_relevant: int = 0
    articles_skipped: int = 0
    articles_duplicate: int = 0
    facts_new: int = 0
    changes_new: int = 0
    urgent_change_ids: list[int] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    explain: bool = False
    explanations: list[dict[str, Any]] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            name: value
            for name, value in self.__dict__.items()
            if isinstance(value, int) and not isinstance(value, bool) and name != "run_id"
        }


def run_cycle(
    engine: Engine, pack: StoryPack, settings: Settings, now: datetime, explain: bool = False
) -> CycleReport:
    """One poll cycle over every due source; never raises for one bad source. With `explain`, the report
    keeps why each new article was kept, skipped or marked a copy (`parley run --explain`)."""
    report = CycleReport(explain=explain)
    with transaction(engine) as session:
        run_queries.interrupt_stale_runs(session)
        report.run_id = run_queries.start_run(session, "poll", now)
        source_queries.sync_pack_feeds(session, pack_feeds(pack))
        due = source_queries.due_sources(session, now)

    window = _duplicate_window(engine, now - timedelta(days=settings.duplicate_window_days))
    # Each group of results is stored while the sources after it are still being fetched and parsed.
    group: list[PollResult] = []
    for result in poll_in_background(due, settings.fetch, now, known=lambda urls: _stored_urls(engine, urls)):
        group.append(result)
        if len(group) == SOURCES_PER_TRANSACTION:
            _store_results(engine, pack, settings, group, now, window, report)
            group = []
    if group:
        _store_results(engine, pack, settings, group, now, window, report)

    diff_stage(engine, settings, report)
    if report.urgent_change_ids:
        send_alerts(engine, pack, settings, now)

    with transaction(engine) as session:
        status = "ok" if not report.errors else ("partial" if report.sources_fetched else "failed")
        if not due:
            status = "ok"
        assert report.run_id is not None
        run_queries.finish_run(session, report.run_id, status, report.counts(), report.errors)
    log.info("cycle finished", extra={"run": report.run_id, "counts": report.counts()})
    return report


def _stored_urls(engine: Engine, urls: Sequence[str]) -> set[str]:
    """Which article URLs are stored already: their pages need no fetching again. Called from the polling
    thread while this one writes: a reading transaction, which never waits for the writer."""
    with reading(engine) as session:
        return article_queries.known_urls(session, urls)


def _duplicate_window(engine: Engine, since: datetime) -> DuplicateWindow:
    with transaction(engine) as session:
        rows = article_queries.recent_signatures(session, since)
        stale = [article_id for article_id, sig, _ in rows if not is_current(sig)]
        if stale:
            # Stored by an older Parley: signed again, once, so that copies of them are still recognised.
            resigned = {
                i: signature_of(title, text) for i, title, text in article_queries.texts_of(session, stale)
            }
            article_queries.set_signatures(session, resigned)
            rows = [(i, resigned.get(i, sig), when) for i, sig, when in rows]
    signatures = SignatureIndex((i, signature) for i, signature, _ in rows)
    return DuplicateWindow(signatures, {i: when for i, _, when in rows})


def _store_results(
    engine: Engine,
    pack: StoryPack,
    settings: Settings,
    results: Sequence[PollResult],
    now: datetime,
    window: DuplicateWindow,
    report: CycleReport,
) -> None:
    """Store what a group of sources gave, in one transaction: each source's new articles, their facts and
    its new validators commit together, so a kill leaves a source either fully stored or not at all."""
    new_per_source = []
    with transaction(engine) as session:
        batches = [(r.source_id, r.entries) for r in results]
        for result, fresh in zip(results, article_queries.unseen_per_source(session, batches), strict=True):
            done = ingest_entries(
                session,
                pack,
                fresh,
                result.source_id,
                now,
                window,
                settings.relevance_threshold,
                report.explanations if report.explain else None,
            )
            source_queries.record_poll(session, result.source_id, result.health)
            _count(report, result, done)
            new_per_source.append(done.new)
    for result, new in zip(results, new_per_source, strict=True):
        fields = {
            "run": report.run_id,
            "source": result.url,
            "outcome": result.outcome,
            "entries": len(result.entries),
            "new": new,
        }
        if result.error:
            log.warning("source failed", extra={**fields, "error": result.error})
        else:
            log.info("source polled", extra=fields)


def _count(report: CycleReport, result: PollResult, done: Ingested) -> None:
    report.sources_polled += 1
    if result.outcome == "failed" or result.outcome == "retired":
        report.sources_failed += 1
        report.errors.append({"source": result.url, "error": result.error or result.outcome})
    elif result.outcome == "not_modified":
        report.sources_not_modified += 1
    elif result.outcome == "fetched":
        report.sources_fetched += 1
    report.entries_seen += len(result.entries)
    report.articles_new += done.new
    report.articles_relevant += done.relevant - done.demoted_now
    report.articles_skipped += done.skipped
    report.articles_duplicate += done.duplicate + done.demoted_now
    report.facts_new += done.facts


def diff_stage(engine: Engine, settings: Settings, report: CycleReport | None = None) -> list[int]:
    """Store the changes that facts not yet diffed make, and mark those facts diffed, in one transaction."""
    with transaction(engine) as session:
        if not fact_queries.has_undiffed(session):
            return []
        changes, article_ids = pending_changes(session)
        rules = settings.alerts
        new = [
            to_new_change(
                c, article_ids, is_urgent(c.kind, c.after, c.before, rules, field=c.field, subject=c.subject)
            )
            for c in changes
        ]
        run_id = report.run_id if report else None
        ids = change_queries.add_changes(session, new, run_id)
        fact_queries.mark_diffed(session, utcnow())
    if report is not None:
        report.changes_new += len(ids)
        urgent_keys = {c.key for c in new if c.urgent}
        with transaction(engine) as session:
            stored = change_queries.changes_by_ids(session, ids)
        report.urgent_change_ids = [c.id for c in stored if c.key in urgent_keys and c.id is not None]
    return ids
