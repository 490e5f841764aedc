"""`parley demo` end to end: the bundled sample news, served from loopback, gives the expected changes.

The expectations are data beside the samples (`seeds/samples/expected.toml`): for each simulated day, the
changes that day's digest must contain, the off-topic items that must yield nothing, and the syndicated copy
that must be recognised as such.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from monitor.demo import SAMPLES, load_samples, run_demo
from storage.db import open_database, transaction
from storage.models import ArticleRow, Change, Digest


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("demo")
    lines: list[str] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("PARLEY_DB", raising=False)
        patch.chdir(out)
        run_demo(out, echo=lines.append)
    engine = open_database(f"sqlite:///{out / 'parley-demo.db'}")
    with transaction(engine) as session:
        digests = list(session.execute(select(Digest).order_by(Digest.id)).scalars())
        changes = list(session.execute(select(Change)).scalars())
        articles = list(session.execute(select(ArticleRow)).scalars())
    engine.dispose()
    return {"out": out, "lines": lines, "digests": digests, "changes": changes, "articles": articles}


EXPECTED = tomllib.loads((SAMPLES / "expected.toml").read_text(encoding="utf-8"))


def test_one_digest_per_simulated_day_in_every_format(demo: dict[str, Any]) -> None:
    _, days = load_samples()
    periodic = [d for d in demo["digests"] if d.kind == "digest"]
    assert [d.period_end.date() for d in periodic] == [day.day for day in days]
    for digest in periodic:
        stem = f"digest-{digest.period_end.date().isoformat()}-{digest.id:05d}"
        for extension in ("md", "html", "txt", "json"):
            path = demo["out"] / "digests" / f"{stem}.{extension}"
            assert path.is_file() and path.stat().st_size > 0, path
    assert any(line.startswith("Database: ") for line in demo["lines"])
    assert any(line.startswith("Digests: ") for line in demo["lines"])


def _by_guid(demo: dict[str, Any], guid: str) -> ArticleRow:
    return next(a for a in demo["articles"] if a.guid == guid)


def test_off_topic_items_yield_nothing_and_copies_are_linked_to_their_original(demo: dict[str, Any]) -> None:
    for day in EXPECTED["day"]:
        for guid in day.get("off_topic", []):
            article = _by_guid(demo, guid)
            assert article.status == "skipped", (guid, article.relevance, article.relevance_reasons)
            assert not [c for c in demo["changes"] if c.article_id == article.id]
        for copy_guid, original_guid in day.get("syndicated", []):
            copy, original = _by_guid(demo, copy_guid), _by_guid(demo, original_guid)
            assert copy.status == "duplicate" and copy.duplicate_of_id == original.id


def _matches(change: Change, expected: dict[str, Any]) -> bool:
    kind, subject = expected["kind"], expected["subject"]
    if change.kind != kind:
        return False
    if kind in ("statement", "actor"):
        return change.subject == subject
    if kind == "position":
        party, issue = subject.split(" / ")
        if (
            change.subject_key != f"position:{party}:{issue}"
            or change.after.get("stance") != expected["after"]
        ):
            return False
        return "before" not in expected or change.before.get("stance") == expected["before"]
    number = int(subject.split()[-1])
    field = expected["field"]
    # A round that first appears is one "new" change carrying all its fields: it answers for each of them.
    if change.subject_key != f"round:{number}" or change.field_name not in (field, "new"):
        return False
    if field == "new":
        return True
    after = change.after.get(field)
    if field == "heads":
        return all(after.get(party) == person for party, person in expected["after"].items())
    if field == "outcomes":
        return all(any(word.lower() in o.lower() for o in after) for word in expected["after"])
    if "before" in expected and (
        change.field_name == "new" or change.before.get(field) != expected["before"]
    ):
        return False
    return after == expected["after"]


@pytest.mark.parametrize("day", EXPECTED["day"], ids=lambda d: d["date"])
def test_each_day_reports_the_expected_changes(demo: dict[str, Any], day: dict[str, Any]) -> None:
    digest = next(
        d for d in demo["digests"] if d.kind == "digest" and d.period_end.date().isoformat() == day["date"]
    )
    reported = [c for c in demo["changes"] if c.digest_id == digest.id]
    missing = [e for e in day["change"] if not any(_matches(c, e) for c in reported)]
    assert not missing, json.dumps(missing, indent=1, default=str)


def test_the_final_state_has_the_third_round_in_geneva(demo: dict[str, Any]) -> None:
    from monitor.app import state_as_of

    engine = open_database(f"sqlite:///{demo['out'] / 'parley-demo.db'}")
    state = state_as_of(engine).to_json()
    engine.dispose()
    third = next(r for r in state["rounds"] if r["number"] == 3)
    assert (third["venue"], third["start"], third["end"], third["status"]) == (
        "Geneva",
        "2026-02-17",
        "2026-02-18",
        "concluded",
    )
    assert third["heads"].get("Russia") == "Vladimir Medinsky"


def test_running_the_demo_again_starts_afresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PARLEY_DB", raising=False)
    first: list[str] = []
    second: list[str] = []
    run_demo(tmp_path, days=1, echo=first.append)
    run_demo(tmp_path, days=1, echo=second.append)
    assert [line for line in first if "==" in line] == [line for line in second if "==" in line]
