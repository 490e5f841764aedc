"""Parley's tables, one SQLModel class each.

Every datetime is timezone-aware UTC (`UTCDateTime` makes SQLite keep that promise). JSON columns hold the
facts' canonical JSON form (`monitor.facts.*.to_json`, evidence included), so the fold can rebuild facts
without knowing the columns. Indexed columns beside the JSON exist for queries only.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.mutable import MutableDict, MutableList
from sqlmodel import Field, SQLModel


class UTCDateTime(sa.TypeDecorator[datetime]):
    """Stores aware datetimes as UTC and hands them back aware, on SQLite too."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: Parley stores aware UTC datetimes only")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _json_type() -> sa.types.TypeEngine[Any]:
    # A fresh type per column: MutableDict/MutableList attach themselves to the type object, so one shared
    # JSON type would make every JSON column a dict (or a list) column.
    return sa.JSON().with_variant(JSONB(), "postgresql")


def utcnow() -> datetime:
    return datetime.now(UTC)


# Column factories use sa_type rather than sa_column: a Column object cannot be shared by the tables that
# inherit one set of fields.
def _when(index: bool = False) -> Any:
    return Field(default=None, sa_type=UTCDateTime, nullable=True, index=index)


def _required_when(index: bool = False, now: bool = False) -> Any:
    if now:
        return Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False, index=index)
    return Field(sa_type=UTCDateTime, nullable=False, index=index)


def _json_dict() -> Any:
    return Field(default_factory=dict, sa_type=MutableDict.as_mutable(_json_type()), nullable=False)


def _json_list() -> Any:
    return Field(default_factory=list, sa_type=MutableList.as_mutable(_json_type()), nullable=False)


class Source(SQLModel, table=True):
    """A feed (or local file) Parley polls, with its validators and health."""

    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(unique=True, index=True)
    title: str | None = None
    origin: str = "pack"  # pack | user
    active: bool = True  # False once removed by a person; kept for history
    full_text: bool = True  # fetch article pages when an entry carries only a summary
    interval_seconds: int | None = None  # adaptive polling interval; None means the configured default
    poll_every_seconds: int | None = (
        None  # configured for this source (pack or `sources add`): never more often
    )
    etag: str | None = None
    last_modified: str | None = None
    last_status: str | None = None  # fetched | not_modified | failed | retired
    last_http_status: int | None = None
    last_checked_at: datetime | None = _when()
    last_success_at: datetime | None = _when()
    last_error: str | None = None
    last_error_at: datetime | None = _when()
    consecutive_failures: int = 0
    next_check_at: datetime | None = _when(index=True)
    disabled_reason: str | None = None  # set when polling stopped until a person resets it
    created_at: datetime = _required_when(now=True)


class ArticleRow(SQLModel, table=True):
    """An ingested article: unique by normalised URL and by (source, feed GUID)."""

    __tablename__ = "article"
    __table_args__ = (sa.UniqueConstraint("source_id", "guid", name="uq_article_source_guid"),)

    id: int | None = Field(default=None, primary_key=True)
    source_id: int | None = Field(default=None, foreign_key="source.id", index=True)
    url: str = Field(unique=True, index=True)
    guid: str | None = None
    content_hash: str = Field(index=True)
    title: str | None = None
    summary: str | None = None
    text: str = ""
    text_origin: str = "feed"  # feed | page | summary | seed
    published_at: datetime = _required_when(index=True)
    fetched_at: datetime = _required_when(now=True)
    status: str = "pending"  # pending | extracted | skipped | duplicate
    relevance: float | None = None
    relevance_reasons: dict[str, Any] = _json_dict()
    duplicate_of_id: int | None = Field(default=None, foreign_key="article.id", index=True)
    minhash: bytes | None = Field(default=None, sa_type=sa.LargeBinary, nullable=True)


class _FactColumns(SQLModel):
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    key: str = Field(index=True)
    data: dict[str, Any] = _json_dict()
    sentence: str = ""
    start: int = 0
    end: int = 0
    published_at: datetime = _required_when(index=True)
    # Set once the differ has folded this fact into the reported state; NULL facts are picked up by the
    # next cycle, which is what lets a killed run be completed later.
    diffed_at: datetime | None = _when(index=True)
    created_at: datetime = _required_when(now=True)


class RoundFactRow(_FactColumns, table=True):
    __tablename__ = "round_fact"
    __table_args__ = (sa.UniqueConstraint("article_id", "key", name="uq_round_fact_article_key"),)

    identity: str = Field(index=True)
    number: int | None = None
    status: str | None = None


class StatementFactRow(_FactColumns, table=True):
    __tablename__ = "statement_fact"
    __table_args__ = (sa.UniqueConstraint("article_id", "key", name="uq_statement_fact_article_key"),)

    speaker: str = Field(index=True)
    party: str | None = None
    direct: bool = False


class PositionFactRow(_FactColumns, table=True):
    __tablename__ = "position_fact"
    __table_args__ = (sa.UniqueConstraint("article_id", "key", name="uq_position_fact_article_key"),)

    party: str = Field(index=True)
    issue: str = Field(index=True)
    stance: str


class ActorFactRow(_FactColumns, table=True):
    __tablename__ = "actor_fact"
    __table_args__ = (sa.UniqueConstraint("article_id", "key", name="uq_actor_fact_article_key"),)

    name: str = Field(index=True)


class Change(SQLModel, table=True):
    """One reported change of the story's state, with the evidence that caused it."""

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)  # hash of kind, subject, field and new value: a change is stored once
    kind: str = Field(index=True)  # round | statement | position | actor
    subject_key: str = Field(index=True)
    subject: str
    field_name: str | None = None
    before: dict[str, Any] = _json_dict()
    after: dict[str, Any] = _json_dict()
    evidence: dict[str, Any] = _json_dict()
    article_id: int | None = Field(default=None, foreign_key="article.id")
    event_date: datetime | None = _when()  # the article's date
    detected_at: datetime = _required_when(index=True, now=True)
    run_id: int | None = Field(default=None, foreign_key="run.id")
    digest_id: int | None = Field(default=None, foreign_key="digest.id", index=True)
    urgent: bool = False


class Digest(SQLModel, table=True):
    """A digest as composed: stored before any delivery, so the outbox can send it after a crash."""

    id: int | None = Field(default=None, primary_key=True)
    kind: str = "digest"  # digest | alert
    created_at: datetime = _required_when(index=True, now=True)
    period_start: datetime | None = _when()
    period_end: datetime = _required_when()
    change_count: int = 0
    title: str = ""
    # Everything the templates need (changes, what was checked), frozen at composition time so that a
    # retry renders exactly what the first attempt did.
    payload: dict[str, Any] = _json_dict()


class Delivery(SQLModel, table=True):
    """One digest to one channel target: the outbox row."""

    __table_args__ = (sa.UniqueConstraint("digest_id", "channel", "target", name="uq_delivery"),)

    id: int | None = Field(default=None, primary_key=True)
    digest_id: int = Field(foreign_key="digest.id", index=True)
    channel: str  # file | email | atom | apprise
    target: str
    status: str = Field(default="pending", index=True)  # pending | sending | sent | failed | dead
    attempts: int = 0
    last_error: str | None = None
    next_attempt_at: datetime | None = _when(index=True)
    sent_at: datetime | None = _when()
    message_id: str | None = None  # stable per delivery, so a resend after a crash can be recognised
    claimed_by: str | None = None  # "host:pid" of the process that took it last: a dead one frees it early
    created_at: datetime = _required_when(now=True)


class Run(SQLModel, table=True):
    """One cycle (init, poll, digest, deliver) with its counts and errors."""

    id: int | None = Field(default=None, primary_key=True)
    kind: str = "poll"
    status: str = "running"  # running | ok | partial | failed | interrupted
    started_at: datetime = _required_when(index=True, now=True)
    finished_at: datetime | None = _when()
    counts: dict[str, Any] = _json_dict()
    errors: list[Any] = _json_list()


class ServiceLock(SQLModel, table=True):
    """Which `parley serve` owns this database; a stale heartbeat frees it."""

    __tablename__ = "service_lock"

    name: str = Field(primary_key=True)
    holder: str  # host:pid
    pid: int
    host: str
    acquired_at: datetime = _required_when()
    heartbeat_at: datetime = _required_when()


class MetaValue(SQLModel, table=True):
    """Small key/value facts about this database (the story pack it tracks, the baseline time)."""

    __tablename__ = "meta"

    key: str = Field(primary_key=True)
    value: dict[str, Any] = _json_dict()
