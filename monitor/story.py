"""Between facts and rows: store an article's facts, and rebuild the story's state from storage."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from monitor.differ import ChangeRecord, diff
from monitor.facts import ArticleFacts, fact_from_dict
from monitor.state import Fact, StoryState, fold
from storage import articles as article_queries
from storage import facts as fact_queries
from storage.changes import NewChange


def to_new_facts(facts: ArticleFacts) -> list[fact_queries.NewFact]:
    """The rows an article's facts become, with the indexed columns of each kind."""
    rows = [
        fact_queries.NewFact(
            "round",
            f.key(),
            f.to_json(),
            {"identity": f.identity(), "number": f.number, "status": f.status},
        )
        for f in facts.rounds
    ]
    rows += [
        fact_queries.NewFact(
            "statement", f.key(), f.to_json(), {"speaker": f.speaker, "party": f.party, "direct": f.direct}
        )
        for f in facts.statements
    ]
    rows += [
        fact_queries.NewFact(
            "position", f.key(), f.to_json(), {"party": f.party, "issue": f.issue, "stance": f.stance}
        )
        for f in facts.positions
    ]
    rows += [fact_queries.NewFact("actor", f.key(), f.to_json(), {"name": f.name}) for f in facts.actors]
    return rows


def load_state(session: Session, until: datetime | None = None, diffed_only: bool = False) -> StoryState:
    """The fold of the stored facts (up to `until`, or only those already reported)."""
    stored = fact_queries.load_facts(session, until=until, diffed_only=diffed_only)
    facts: list[Fact] = [fact_from_dict(s.kind, s.data) for s in stored]
    return fold(facts, syndicated=article_queries.syndicated_copies(session))


def pending_changes(session: Session) -> tuple[list[ChangeRecord], dict[str, int]]:
    """What the facts not yet reported change, and the article id behind each evidence source.

    One read of the facts serves both folds: the reported ones (before) and all of them (after)."""
    stored = fact_queries.load_facts(session)
    facts = [(s.diffed, fact_from_dict(s.kind, s.data)) for s in stored]
    copies = article_queries.syndicated_copies(session)
    before = fold([fact for diffed, fact in facts if diffed], syndicated=copies)
    after = fold([fact for _, fact in facts], syndicated=copies)
    urls = fact_queries.article_urls(session, {s.article_id for s in stored})
    return diff(before, after), {url: article_id for article_id, url in urls.items()}


def to_new_change(change: ChangeRecord, article_ids: dict[str, int], urgent: bool) -> NewChange:
    event = change.evidence.get("date")
    return NewChange(
        key=change.key,
        kind=change.kind,
        subject_key=change.subject_key,
        subject=change.subject,
        field_name=change.field,
        before=change.before,
        after=change.after,
        evidence=change.evidence,
        article_id=article_ids.get(change.source),
        event_date=datetime.fromisoformat(f"{event}T00:00:00+00:00") if event else None,
        urgent=urgent,
    )
