"""Composing a digest: the period's changes and what was checked, frozen into one JSON-able payload.

Composition is pure (no I/O, no clock): the cycle reads the changes and the runs, calls `compose_digest`,
and stores the payload with `reports.outbox.publish`. Every later rendering, including a retry after a
crash, renders that stored payload, so all channels and all attempts show the same digest.

Payload shape (version 1), all strings cleaned by `reports.text.clean`:

    version, kind ("digest" | "alert"), story, title, status ("changes" | "no_change" | "no_data"),
    period {start, end}, change_count,
    groups: [{kind, heading, changes: [item, ...]}, ...]   one group per kind, empty groups included
    item:   {id, kind, subject, field, label, before, after, before_text, after_text, date, detected_at,
             source, source_title, link, sentence, corroborations, corroborating_links, urgent, alerted}
    checked: {runs, sources_polled, fetched, not_modified, failed_count, failed: [{source, error, at}],
              articles_read, new_articles, skipped, duplicates}

"no_change" means sources were read and nothing changed; "no_data" means nothing could be read (no run, or
every poll failed), so silence is never mistaken for calm.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

from reports.text import clean, clean_tree, display_source, host_of, safe_link

PAYLOAD_VERSION = 1
DigestPayload = dict[str, Any]

GROUPS: tuple[tuple[str, str], ...] = (
    ("round", "Rounds of talks"),
    ("statement", "Statements"),
    ("position", "Positions"),
    ("actor", "New people in the story"),
)
_GROUP_ORDER = {kind: i for i, (kind, _) in enumerate(GROUPS)}
_COUNT_KEYS = (
    "sources_polled",
    "sources_fetched",
    "sources_not_modified",
    "sources_failed",
    "entries_seen",
    "articles_new",
    "articles_skipped",
    "articles_duplicate",
)
_TITLE_LIMIT = 200
_SENTENCE_LIMIT = 1000
# A change's field for a report one source made against a settled value (`monitor.differ.DISPUTED`; reports
# does not import monitor).
_DISPUTED = "disputed"


class ChangeLike(Protocol):
    """What composition reads from a change: `storage.models.Change` fits, and so does a test double."""

    id: int | None
    kind: str
    subject: str
    field_name: str | None
    before: dict[str, Any]
    after: dict[str, Any]
    evidence: dict[str, Any]
    event_date: datetime | None
    detected_at: datetime
    urgent: bool


@dataclass(frozen=True)
class FailedSource:
    source: str
    error: str
    at: datetime | None = None


@dataclass(frozen=True)
class Checked:
    """What the period's runs did. Counts add up over runs; a source that failed in several runs is listed
    once, with its last error. `fetched` None means "polled minus not modified minus failed"."""

    runs: int = 0
    sources_polled: int = 0
    not_modified: int = 0
    failed_count: int = 0
    articles_read: int = 0
    new_articles: int = 0
    skipped: int = 0
    duplicates: int = 0
    failed: tuple[FailedSource, ...] = field(default_factory=tuple)
    fetched: int | None = None

    @property
    def fetched_count(self) -> int:
        if self.fetched is not None:
            return self.fetched
        return max(self.sources_polled - self.not_modified - self.failed_count, 0)

    @property
    def has_data(self) -> bool:
        return self.runs > 0 and self.fetched_count + self.not_modified > 0

    @classmethod
    def from_runs(cls, runs: Iterable[Mapping[str, Any]]) -> Checked:
        """Sum the runs' counts and gather their source errors (`storage.runs.runs_between`, oldest first).

        Counts keys read (the cycle's `CycleReport.counts()`): sources_polled, sources_fetched,
        sources_not_modified, sources_failed, entries_seen (articles read), articles_new,
        articles_skipped, articles_duplicate. Error items read: {"source": url, "error": message, "at":
        optional ISO time}; an error without a source (a run-level error) is not a source failure.
        """
        totals = dict.fromkeys(_COUNT_KEYS, 0)
        last_error: dict[str, FailedSource] = {}
        count = 0
        for run in runs:
            count += 1
            counts = run.get("counts") or {}
            for key in totals:
                value = counts.get(key, 0)
                totals[key] += value if isinstance(value, int) else 0
            for error in run.get("errors") or []:
                if isinstance(error, Mapping) and error.get("source"):
                    at = _parse_time(error.get("at")) or _parse_time(run.get("started_at"))
                    # Runs come oldest first: a later error for the same source replaces an earlier one.
                    last_error[str(error["source"])] = FailedSource(
                        str(error["source"]), str(error.get("error", "")), at
                    )
        return cls(
            runs=count,
            sources_polled=totals["sources_polled"],
            fetched=totals["sources_fetched"],
            not_modified=totals["sources_not_modified"],
            failed_count=totals["sources_failed"],
            articles_read=totals["entries_seen"],
            new_articles=totals["articles_new"],
            skipped=totals["articles_skipped"],
            duplicates=totals["articles_duplicate"],
            failed=tuple(sorted(last_error.values(), key=lambda f: f.source)),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "runs": self.runs,
            "sources_polled": self.sources_polled,
            "fetched": self.fetched_count,
            "not_modified": self.not_modified,
            "failed_count": self.failed_count,
            "failed": [
                {"source": display_source(f.source), "error": clean(f.error, 300), "at": _iso(f.at)}
                for f in self.failed
            ],
            "articles_read": self.articles_read,
            "new_articles": self.new_articles,
            "skipped": self.skipped,
            "duplicates": self.duplicates,
        }


def compose_digest(
    changes: Sequence[ChangeLike],
    checked: Checked,
    period_start: datetime | None,
    period_end: datetime,
    story_title: str,
    *,
    kind: str = "digest",
    alerted: Sequence[ChangeLike] = (),
) -> DigestPayload:
    """The digest of `changes` for the period. `alerted` are changes already sent in an alert digest during
    the period: they are shown again, marked, so the periodic digest tells the whole period."""
    items = [_item(c, alerted=False) for c in changes] + [_item(c, alerted=True) for c in alerted]
    items.sort(
        key=lambda i: (_GROUP_ORDER.get(i["kind"], len(GROUPS)), i["date"] or "", i["subject"], i["id"] or 0)
    )
    change_count = len(items)
    items = _one_item_per_report(items)
    groups = [
        {"kind": k, "heading": heading, "changes": [i for i in items if i["kind"] == k]}
        for k, heading in GROUPS
    ]
    others = [i for i in items if i["kind"] not in _GROUP_ORDER]
    if others:
        groups.append({"kind": "other", "heading": "Other changes", "changes": others})
    story = clean(story_title, _TITLE_LIMIT) or "Parley"
    status = "changes" if items else ("no_change" if checked.has_data else "no_data")
    return {
        "version": PAYLOAD_VERSION,
        "kind": kind,
        "story": story,
        "title": digest_title(story, kind, period_end),
        "status": status,
        "period": {"start": _iso(period_start), "end": _iso(period_end)},
        "change_count": change_count,
        "groups": groups,
        "checked": checked.to_json(),
    }


def _one_item_per_report(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A round's fields changed by one sentence of one article are one item: "start, end, venue changed".

    An article that first gives a round's days, place and state would otherwise fill the digest with one
    item a field, each repeating the same evidence.
    """
    merged: list[dict[str, Any]] = []
    for item in items:
        last = merged[-1] if merged else None
        if (
            last is not None
            and item["kind"] == "round"
            and last["kind"] == "round"
            and item["field"] not in (None, "new", _DISPUTED)
            and last["field"] not in (None, "new", _DISPUTED)
            and (item["subject"], item["date"], item["source"], item["sentence"], item["alerted"])
            == (last["subject"], last["date"], last["source"], last["sentence"], last["alerted"])
        ):
            if len(last["fields"]) == 1:
                last = {
                    **last,
                    "before_text": f"{last['field']}: {last['before_text']}",
                    "after_text": f"{last['field']}: {last['after_text']}",
                }
            fields = [*last["fields"], item["field"]]
            merged[-1] = {
                **last,
                "field": ", ".join(fields),
                "fields": fields,
                "label": f"{', '.join(fields)} changed",
                "before": {**last["before"], **item["before"]},
                "after": {**last["after"], **item["after"]},
                "before_text": f"{last['before_text']}; {item['field']}: {item['before_text']}",
                "after_text": f"{last['after_text']}; {item['field']}: {item['after_text']}",
                "urgent": last["urgent"] or item["urgent"],
            }
            continue
        merged.append({**item, "fields": [item["field"]]} if item["kind"] == "round" else item)
    return merged


def digest_title(story: str, kind: str, period_end: datetime) -> str:
    if kind == "alert":
        return f"{story}: alert, {period_end:%Y-%m-%d %H:%M} UTC"
    return f"{story}: digest of {period_end:%Y-%m-%d}"


def _item(change: ChangeLike, *, alerted: bool) -> dict[str, Any]:
    evidence = change.evidence or {}
    before, after = change.before or {}, change.after or {}
    source = evidence.get("source")
    link = safe_link(source)
    before_text, after_text = _describe(change.kind, change.field_name, before, after)
    return {
        "id": change.id,
        "kind": clean(change.kind),
        "subject": clean(change.subject, _TITLE_LIMIT),
        "field": clean(change.field_name) or None,
        "label": _label(change.kind, change.field_name, before),
        "before": clean_tree(before),
        "after": clean_tree(after),
        "before_text": clean(before_text, _SENTENCE_LIMIT),
        "after_text": clean(after_text, _SENTENCE_LIMIT),
        "date": _iso_date(change.event_date) or clean(evidence.get("date")) or None,
        "detected_at": _iso(change.detected_at),
        "source": display_source(source) or None,
        "source_title": clean(evidence.get("title"), _TITLE_LIMIT) or host_of(link) or None,
        "link": link,
        "sentence": clean(evidence.get("sentence"), _SENTENCE_LIMIT),
        "corroborations": _int(evidence.get("corroborations")),
        "corroborating_links": [
            u for u in (safe_link(s) for s in evidence.get("corroborating_sources") or []) if u is not None
        ],
        "urgent": bool(change.urgent),
        "alerted": alerted,
    }


def _label(kind: str, field_name: str | None, before: Mapping[str, Any] | None = None) -> str:
    if field_name == _DISPUTED and kind == "round" and not before:
        return "new round reported by one source only (unconfirmed)"
    if field_name == _DISPUTED:
        return "reported by one source against what others agree on (unconfirmed)"
    if field_name in (None, "new"):
        return {"round": "new round", "statement": "new statement", "actor": "new person"}.get(kind, "new")
    if kind == "position":
        return "stance changed" if field_name == "stance" else f"{field_name} changed"
    return f"{field_name} changed"


def _describe(
    kind: str, field_name: str | None, before: Mapping[str, Any], after: Mapping[str, Any]
) -> tuple[str, str]:
    """Before and after in our words, one line each; "" where there was nothing before."""
    if kind == "round" and field_name == _DISPUTED and not before:
        return "", _round_summary(after)
    if kind == "round" and field_name == _DISPUTED:
        slot = next(iter(after), "")
        what = slot.replace("heads:", "head of delegation, ")
        return f"{what}: {_value(before.get(slot))}", f"{what}: {_value(after.get(slot))}"
    if kind == "round":
        if field_name in (None, "new"):
            return "", _round_summary(after)
        return _value(before.get(field_name)), _value(after.get(field_name))
    if kind == "statement":
        return (_statement(before) if before else ""), _statement(after)
    if kind == "position":
        return (_position(before) if before else ""), _position(after)
    if kind == "actor":
        return (_actor(before) if before else ""), _actor(after)
    return _value(dict(before)) if before else "", _value(dict(after))


def _round_summary(r: Mapping[str, Any]) -> str:
    parts = []
    if r.get("format"):
        parts.append(str(r["format"]))
    if r.get("venue"):
        parts.append(f"in {r['venue']}")
    if r.get("start"):
        span = r["start"] if not r.get("end") or r["end"] == r["start"] else f"{r['start']} to {r['end']}"
        parts.append(span)
    if r.get("status"):
        parts.append(f"status {r['status']}")
    text = ", ".join(parts) or "details not given"
    if r.get("parties"):
        text += f"; parties: {_value(r['parties'])}"
    if r.get("heads"):
        text += f"; heads of delegation: {_value(r['heads'])}"
    if r.get("outcomes"):
        text += f"; outcomes: {_value(r['outcomes'])}"
    return text


def _statement(s: Mapping[str, Any]) -> str:
    who = str(s.get("speaker") or "someone")
    about = ", ".join(str(x) for x in (s.get("role"), s.get("party")) if x)
    if about:
        who += f" ({about})"
    said = f"“{s.get('text', '')}”" if s.get("direct") else f"{s.get('text', '')} (paraphrased)"
    when = f" on {s['date']}" if s.get("date") else ""
    return f"{who}{when}: {said}"


def _position(p: Mapping[str, Any]) -> str:
    text = f"{p.get('party', '?')} {p.get('stance', '?')} ({p.get('issue', '?')})"
    return f"{text}: {p['summary']}" if p.get("summary") else text


def _actor(a: Mapping[str, Any]) -> str:
    about = ", ".join(str(x) for x in (a.get("role"), a.get("party")) if x)
    return f"{a.get('name', '?')} ({about})" if about else str(a.get("name", "?"))


def _value(value: Any) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return "not given"
    if isinstance(value, Mapping):
        return ", ".join(f"{k}: {_value(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(_value(v) for v in value)
    return str(value)


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _iso_date(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    return (value.date() if isinstance(value, datetime) else value).isoformat()


def _parse_time(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None
