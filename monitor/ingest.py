"""Storing one source's new entries: screen them all, insert them in one statement, then extract.

The cycle calls `ingest_entries` inside the source's transaction. Entries are screened in feed order
against the duplicate window, which holds the recent originals and grows as this batch's originals are
accepted: an entry that is not stored yet sits in the window under a provisional (negative) id, so a
later entry of the same feed can still be recognised as its copy. The batch is then inserted at once
(one multi-row INSERT instead of one statement per entry, the largest cost of storing), provisional ids
are replaced by the real ones, and the few entries that need more work get it: an original that turns
out to be older than the stored article it copies takes that article's place, and each relevant article
is extracted.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from monitor.duplicates import SignatureIndex
from monitor.extract import extract_article
from monitor.facts import Article
from monitor.pack import StoryPack
from monitor.parse import FeedEntry
from monitor.screen import Screening, judge, screen
from monitor.story import to_new_facts
from storage import articles as article_queries
from storage import facts as fact_queries


@dataclass
class DuplicateWindow:
    """The recent relevant originals a new article may copy: read once a cycle, grown as they are stored.

    Off-topic articles stay out (storage.articles.recent_signatures says why)."""

    signatures: SignatureIndex
    published: dict[int, datetime]
    # Originals stored this cycle that yielded no facts: taking their place needs no query for facts.
    fact_free: set[int] = field(default_factory=set)
    # Originals stored this cycle: one that an older original replaces was counted relevant by this cycle.
    stored_now: set[int] = field(default_factory=set)

    def add(self, article_id: int, signature: bytes, published: datetime) -> None:
        self.signatures.add(article_id, signature)
        self.published[article_id] = published

    def remove(self, article_id: int) -> None:
        if self.published.pop(article_id, None) is not None:
            self.signatures.remove(article_id)

    def rename(self, old: int, new: int) -> None:
        if old in self.published:
            self.signatures.rename(old, new)
            self.published[new] = self.published.pop(old)


@dataclass
class Ingested:
    """What storing a batch did, for the cycle's report."""

    new: int = 0
    relevant: int = 0
    skipped: int = 0
    duplicate: int = 0
    facts: int = 0
    # Relevant articles stored earlier in this cycle that an older original replaced: the cycle's report
    # counts them again as copies, so that its figures do not hang on the order the feeds came in.
    demoted_now: int = 0


@dataclass
class _Pending:
    entry: FeedEntry
    screening: Screening
    provisional_id: int
    as_copy: Screening | None = None  # how it screened before it took an older stored article's place
    takes_over: int | None = None  # that stored article's id


def ingest_entries(
    session: Any,
    pack: StoryPack,
    entries: Sequence[FeedEntry],
    source_id: int | None,
    now: datetime,
    window: DuplicateWindow,
    threshold: float,
    explanations: list[dict[str, Any]] | None = None,
) -> Ingested:
    """Screen, store and (when relevant) extract a source's unseen entries, in the caller's transaction."""
    pending = _screen_in_order(entries, pack, window, threshold)
    ids = article_queries.add_articles(session, [_new_article(source_id, p, now) for p in pending])
    real = {p.provisional_id: i for p, i in zip(pending, ids, strict=True) if i is not None}
    for p, article_id in zip(pending, ids, strict=True):
        if article_id is None:  # stored meanwhile by another process: the window must forget it
            window.remove(p.provisional_id)
        else:
            window.rename(p.provisional_id, article_id)
    done = Ingested()
    for p, article_id in zip(pending, ids, strict=True):
        if article_id is None:
            continue
        if _settle(session, p, article_id, real, window):
            done.demoted_now += 1
        done.new += 1
        if explanations is not None:
            explanations.append(_explanation(p))
        status = p.screening.status
        if status == "duplicate":
            done.duplicate += 1
        elif status == "skipped":
            done.skipped += 1
        else:
            done.relevant += 1
            entry = p.entry
            facts = extract_article(Article(entry.url, entry.published, entry.title, entry.text), pack)
            added = fact_queries.add_facts(session, article_id, entry.published, to_new_facts(facts))
            done.facts += added
            window.stored_now.add(article_id)
            if not added:
                window.fact_free.add(article_id)
    return done


def _screen_in_order(
    entries: Sequence[FeedEntry], pack: StoryPack, window: DuplicateWindow, threshold: float
) -> list[_Pending]:
    pending: list[_Pending] = []
    by_provisional: dict[int, _Pending] = {}
    for number, entry in enumerate(entries, start=1):
        screening = screen(entry.title, entry.text, pack, window.signatures, threshold)
        item = _Pending(entry, screening, provisional_id=-number)
        copy_of = screening.duplicate_of
        # Feeds are read in no particular order: when the copy was read first, the original takes over, if
        # it is about the story itself (a relevant original is never demoted for one that would be skipped).
        older = copy_of is not None and entry.published < window.published.get(copy_of, entry.published)
        judged = judge(entry.title, entry.text, pack, threshold, screening.signature) if older else None
        if copy_of is not None and judged is not None and judged.status == "relevant":
            item.as_copy = screening
            item.screening = replace(judged, reasons={**judged.reasons, "original_of": copy_of})
            earlier = by_provisional.get(copy_of)
            if earlier is None:
                item.takes_over = copy_of
            else:  # the copy is in this very batch, not stored yet: it simply becomes a copy of this one
                earlier.screening = replace(
                    earlier.as_copy or earlier.screening,
                    status="duplicate",
                    relevance=None,
                    duplicate_of=item.provisional_id,
                    reasons={"duplicate": {**screening.reasons["duplicate"], "of": item.provisional_id}},
                )
                window.remove(copy_of)
        if item.screening.status == "relevant":  # the window holds relevant originals only
            window.add(item.provisional_id, item.screening.signature, entry.published)
        pending.append(item)
        by_provisional[item.provisional_id] = item
    return pending


def _settle(
    session: Any, p: _Pending, article_id: int, real: dict[int, int], window: DuplicateWindow
) -> bool:
    """What inserting could not say: links to this batch's originals, and taking a stored article's place.
    True when the article whose place it took was stored earlier in this cycle."""
    original = p.screening.duplicate_of
    if original is not None and original < 0:
        resolved = real.get(original)
        p.screening = replace(p.screening, duplicate_of=resolved)
        p.screening.reasons["duplicate"]["of"] = resolved
        article_queries.set_screening(
            session, article_id, "duplicate", None, p.screening.reasons, resolved, p.screening.signature
        )
    if p.takes_over is None:
        return False
    if p.takes_over in window.fact_free or fact_queries.withdraw_unreported(session, p.takes_over):
        article_queries.demote_to_copy(session, p.takes_over, article_id)
        window.remove(p.takes_over)
        return p.takes_over in window.stored_now
    # The other's facts were reported already: it stays the original, and this one is its copy.
    assert p.as_copy is not None
    p.screening = p.as_copy
    window.remove(article_id)
    article_queries.set_screening(
        session, article_id, "duplicate", None, p.screening.reasons, p.takes_over, p.screening.signature
    )
    return False


def _explanation(p: _Pending) -> dict[str, Any]:
    screening = p.screening
    return {
        "url": p.entry.url,
        "title": p.entry.title,
        "status": screening.status,
        "score": None if screening.relevance is None else round(screening.relevance, 3),
        **screening.reasons,
    }


def _new_article(source_id: int | None, p: _Pending, now: datetime) -> article_queries.NewArticle:
    entry, screening = p.entry, p.screening
    original = screening.duplicate_of
    return article_queries.NewArticle(
        source_id=source_id,
        url=entry.url,
        guid=entry.guid,
        content_hash=content_hash(entry.title, entry.text),
        title=entry.title,
        summary=entry.summary,
        text=entry.text,
        text_origin=entry.text_origin,
        published_at=entry.published,
        fetched_at=now,
        status="extracted" if screening.status == "relevant" else screening.status,
        relevance=screening.relevance,
        relevance_reasons=screening.reasons,
        # An original of this batch has no id yet: the link is set once it has (`_settle`).
        duplicate_of_id=original if original is not None and original > 0 else None,
        minhash=screening.signature,
    )


def content_hash(title: str | None, text: str) -> str:
    normalised = " ".join(f"{title or ''}\n{text}".split()).lower()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()
