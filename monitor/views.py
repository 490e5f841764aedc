"""How the CLI shows results: rich tables on a terminal, plain text through a pipe, JSON on request.

Article text is untrusted: it goes into `rich.text.Text` cells, never through rich's markup parser, so a
headline containing "[bold]" or "[link=...]" stays text.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from monitor.differ import DISPUTED
from monitor.facts import ArticleFacts
from monitor.state import StoryState

console = Console(highlight=False, soft_wrap=False)


def _json(data: Any) -> None:
    # print(), not console.print(): JSON must reach a pipe byte for byte, unwrapped.
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def _table(title: str, columns: Iterable[str], rows: Iterable[Iterable[Any]]) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(Text("" if cell is None else str(cell)) for cell in row))
    return table


def print_init(report: Any, database_url: str) -> None:
    from storage.db import describe

    console.print(Text(f"Story: {report.story}"))
    console.print(Text(f"Database: {describe(database_url)}"))
    console.print(Text(f"Seed articles added: {report.seeds_added}; baseline facts: {report.facts_added}"))
    console.print(Text(f"Sources to poll: {report.sources}"))


def print_cycle(report: Any, explain: bool = False, as_json: bool = False) -> None:
    if as_json:
        _json({"run": report.run_id, **report.counts(), "errors": report.errors})
        return
    counts = report.counts()
    console.print(_table(f"Run {report.run_id}", ("figure", "value"), sorted(counts.items())))
    for error in report.errors:
        console.print(Text(f"failed: {error['source']}: {error['error']}"))
    if explain:
        rows = [(e.get("status"), e.get("score"), e.get("title"), _reasons(e)) for e in report.explanations]
        console.print(
            _table("Why articles were kept or skipped", ("status", "score", "title", "reasons"), rows)
        )


def _reasons(entry: dict[str, Any]) -> str:
    skip = {"url", "title", "status", "score"}
    return "; ".join(f"{k}: {v}" for k, v in entry.items() if k not in skip)


def print_digest(outcome: Any, as_json: bool = False) -> None:
    if as_json:
        _json(outcome.to_json())
        return
    console.print(Text(outcome.summary()))


def print_delivery(report: Any) -> None:
    console.print(
        Text(f"Deliveries attempted: {report.attempted}; sent: {report.sent}; failed: {report.failed}")
    )
    for error in report.errors:
        console.print(Text(f"  error: {error}"))


def print_state(state: StoryState, as_json: bool = False) -> None:
    data = state.to_json()
    if as_json:
        _json(data)
        return
    console.print(
        _table(
            "Rounds",
            ("#", "format", "dates", "venue", "status", "heads", "source"),
            (
                (
                    r["number"] or "-",
                    r["format"],
                    _dates(r["start"], r["end"]),
                    r["venue"] or "not named",
                    r["status"],
                    ", ".join(f"{p}: {h}" for p, h in r["heads"].items()),
                    _cite(r["evidence"]),
                )
                for r in data["rounds"]
            ),
        )
    )
    disputed = [(r, d) for r in data["rounds"] for d in r["disputed"]]
    disputed += [
        (r, {"field": "(the round)", "value": "reported", "evidence": r["evidence"]})
        for r in data["unconfirmed_rounds"]
    ]
    if disputed:
        console.print(
            _table(
                "Disputed (one source against a settled value; taken when a second source agrees)",
                ("#", "field", "reported", "source"),
                (
                    (r["number"] or "-", d["field"], _value(d["value"]), _cite(d["evidence"]))
                    for r, d in disputed
                ),
            )
        )
    console.print(
        _table(
            "Statements",
            ("date", "speaker", "role", "quote", "text", "source"),
            (
                (
                    s["date"],
                    s["speaker"],
                    s["role"],
                    "direct" if s["direct"] else "paraphrase",
                    _clip(s["text"]),
                    _cite(s["evidence"]),
                )
                for s in data["statements"]
            ),
        )
    )
    console.print(
        _table(
            "Positions",
            ("party", "issue", "stance (+ also told lately)", "summary", "source", "disputed by"),
            (
                (
                    p["party"],
                    p["issue"],
                    " ".join([p["stance"], *(f"+{o}" for o in p["recent_stances"] if o != p["stance"])]),
                    _clip(p["summary"]),
                    _cite(p["evidence"]),
                    f"{p['disputed']['stance']}: {_cite(p['disputed']['evidence'])}" if p["disputed"] else "",
                )
                for p in data["positions"]
            ),
        )
    )
    if data["actors"]:
        console.print(
            _table(
                "New actors",
                ("name", "party", "role", "source"),
                ((a["name"], a["party"], a["role"], _cite(a["evidence"])) for a in data["actors"]),
            )
        )


def print_history(changes: list[dict[str, Any]], as_json: bool = False) -> None:
    if as_json:
        _json(changes)
        return
    if not changes:
        console.print(Text("No change recorded yet."))
        return
    console.print(
        _table(
            "Changes",
            ("date", "kind", "subject", "change", "evidence"),
            (
                (
                    c["event_date"][:10] if c["event_date"] else "",
                    c["kind"],
                    c["subject"],
                    describe_change(c),
                    _clip(c["evidence"].get("sentence", ""), 120),
                )
                for c in changes
            ),
        )
    )


def describe_change(change: dict[str, Any]) -> str:
    """One line in plain words: "status: ongoing -> concluded", "new statement (direct)"."""
    field, before, after = change["field"], change["before"], change["after"]
    if field == DISPUTED:
        if change["kind"] == "round" and not before:
            return "new round reported by one source only (unconfirmed)"
        if change["kind"] == "position":
            return f"{before.get('stance')}, disputed by one source: {after.get('stance')}"
        slot = next(iter(after), "")
        return f"{slot}: {_value(before.get(slot))}, disputed by one source: {_value(after.get(slot))}"
    if change["kind"] == "position":
        old = before.get("stance") if before else None
        return f"{old or 'no stance'} -> {after.get('stance')}"
    if field == "new":
        return f"new {change['kind']}"
    return f"{field}: {_value(before.get(field))} -> {_value(after.get(field))}"


def _value(value: Any) -> str:
    if value is None or value == [] or value == {}:
        return "none"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def print_facts(facts: ArticleFacts, as_json: bool = False) -> None:
    if as_json:
        _json(facts.to_json())
        return
    data = facts.to_json()
    for kind in ("rounds", "statements", "positions", "actors"):
        console.print(Text(f"{kind}: {len(data[kind])}"))
        for item in data[kind]:
            fields = {k: v for k, v in item.items() if k != "evidence"}
            console.print(Text(f"  {json.dumps(fields, ensure_ascii=False)}"))


def print_sources(sources: list[dict[str, Any]], as_json: bool = False) -> None:
    if as_json:
        _json(sources)
        return
    console.print(
        _table(
            "Sources",
            ("url", "status", "last success", "failures", "next check", "last error"),
            (
                (
                    s["url"],
                    s.get("last_status") or "never polled",
                    s.get("last_success_at"),
                    s.get("consecutive_failures"),
                    s.get("next_check_at"),
                    s.get("disabled_reason") or s.get("last_error"),
                )
                for s in sources
            ),
        )
    )


def print_status(status: dict[str, Any], as_json: bool = False) -> None:
    if as_json:
        _json(status)
        return
    service = status.get("service", {})
    if service.get("running"):
        console.print(
            Text(f"Service: running as pid {service['pid']} on {service['host']} since {service['since']}")
        )
    elif service.get("stale"):
        console.print(Text(f"Service: not running (stale lock of pid {service['pid']} on {service['host']})"))
    else:
        console.print(Text("Service: not running"))
    sections: list[tuple[str, Callable[[dict[str, Any]], None]]] = [
        ("jobs", _print_jobs),
        ("runs", _print_runs),
        ("outbox", _print_outbox),
    ]
    for key, printer in sections:
        if key in status:
            printer(status)
    if "sources" in status:
        print_sources(status["sources"])


def _print_jobs(status: dict[str, Any]) -> None:
    rows = (
        (j.get("id"), j.get("trigger"), _when(j.get("next_run_time")) or "paused") for j in status["jobs"]
    )
    console.print(_table("Scheduled jobs", ("job", "trigger", "next run"), rows))


def _print_runs(status: dict[str, Any]) -> None:
    rows = (
        (r["id"], r["kind"], r["status"], _when(r["started_at"]), _counts(r["counts"]), len(r["errors"]))
        for r in status["runs"]
    )
    console.print(_table("Recent runs", ("run", "kind", "status", "started", "counts", "errors"), rows))


def _print_outbox(status: dict[str, Any]) -> None:
    outbox = status["outbox"]
    rows = sorted((k, v) for k, v in outbox.items() if not isinstance(v, (dict, list)))
    console.print(_table("Outbox", ("item", "value"), rows))


def _when(value: Any) -> str | None:
    """An ISO timestamp as a table shows it: to the minute, with its UTC offset."""
    if not value:
        return None
    try:
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return moment.strftime("%Y-%m-%d %H:%M%z")


def _counts(counts: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in counts.items() if v)


def _dates(start: str | None, end: str | None) -> str:
    if start and end and start != end:
        return f"{start} to {end}"
    return start or end or "not given"


def _cite(evidence: dict[str, Any]) -> str:
    extra = evidence.get("corroborations") or 0
    more = f" (+{extra})" if extra else ""
    return f"{evidence.get('source')}, {evidence.get('date')}{more}"


def _clip(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
