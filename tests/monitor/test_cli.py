"""The command line: the baseline acceptance after `parley init`, and errors that name their culprit."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import main

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "000_0ea1466f19386afb.txt"


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRunner:
    monkeypatch.chdir(tmp_path)
    for name in ("PARLEY_DB", "PARLEY_CONFIG", "PARLEY_PACK", "PARLEY_DATA"):
        monkeypatch.delenv(name, raising=False)
    return CliRunner()


def _state_after_init(runner: CliRunner, db: str) -> dict:
    result = runner.invoke(main, ["--db", db, "init"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["--db", db, "state", "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_init_sets_the_seed_baseline_exactly(runner: CliRunner, tmp_path: Path) -> None:
    state = _state_after_init(runner, str(tmp_path / "p.db"))
    assert set(state) >= {"rounds", "statements", "positions"}
    rounds = {r["number"]: r for r in state["rounds"]}
    assert rounds[1]["format"] == "trilateral"
    assert rounds[1]["parties"] == ["Russia", "Ukraine", "United States"]
    assert (rounds[1]["start"], rounds[1]["end"], rounds[1]["status"]) == (
        "2026-01-23",
        "2026-01-24",
        "concluded",
    )
    assert rounds[1]["heads"] == {"Russia": "Igor Kostyukov", "Ukraine": "Rustem Umerov"}
    assert rounds[2]["format"] == "trilateral"
    assert (rounds[2]["start"], rounds[2]["end"], rounds[2]["status"]) == (
        "2026-02-04",
        "2026-02-05",
        "ongoing",
    )
    assert rounds[2]["venue"] is None, "the seed names no venue: nothing is invented"

    speakers = {(s["speaker"], s["direct"]) for s in state["statements"]}
    assert ("Volodymyr Zelensky", False) in speakers
    assert ("Rustem Umerov", True) in speakers
    assert ("Dmitry Peskov", True) in speakers
    assert all(s["speaker"] != "Donald Trump" for s in state["statements"])

    positions = {(p["party"], p["issue"]): p["stance"] for p in state["positions"]}
    assert positions[("Russia", "territory")] == "demands"
    assert positions[("Ukraine", "territory")] == "rejects"
    assert positions[("Ukraine", "front_line_freeze")] == "demands"

    for item in state["rounds"] + state["statements"] + state["positions"]:
        assert item["evidence"]["source"].endswith("000_0ea1466f19386afb.txt")
        assert item["evidence"]["sentence"] and item["evidence"]["sentence"] in SEED.read_text(
            encoding="utf-8"
        )
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", item["evidence"]["date"])


def test_init_twice_adds_nothing_and_reports_no_change(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "p.db")
    first = _state_after_init(runner, db)
    second = _state_after_init(runner, db)
    assert first == second
    history = runner.invoke(main, ["--db", db, "history", "--json"])
    assert history.exit_code == 0 and json.loads(history.output) == []


def test_extract_prints_facts_without_a_database(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["extract", str(SEED), "--published", "2026-02-04", "--json"])
    assert result.exit_code == 0, result.output
    facts = json.loads(result.output)
    assert {r["number"] for r in facts["rounds"]} == {1, 2}
    assert not list(tmp_path.glob("**/*.db"))


def test_a_malformed_pack_is_named_with_its_key(runner: CliRunner, tmp_path: Path) -> None:
    pack = tmp_path / "story.toml"
    text = (REPO / "seeds" / "story.toml").read_text(encoding="utf-8")
    pack.write_text(
        text.replace('party = "Russia"\nrole = "Kremlin spokesman"', 'party = "Rusia"\nrole = "x"', 1)
    )
    (tmp_path / "000_0ea1466f19386afb.txt").write_text("seed", encoding="utf-8")
    result = runner.invoke(main, ["--pack", str(pack), "--db", str(tmp_path / "p.db"), "init"])
    assert result.exit_code == 2
    assert f"{pack}" in result.output and "people" in result.output and "Rusia" in result.output


def test_a_bad_date_option_is_refused_clearly(runner: CliRunner) -> None:
    result = runner.invoke(main, ["state", "--as-of", "yesterday"])
    assert result.exit_code == 2 and "ISO date" in result.output


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    names = [name for name in main.commands if name != "sources"]
    names += [f"sources {sub}" for sub in main.commands["sources"].commands]  # type: ignore[attr-defined]
    missing = [name for name in names if f"parley {name}" not in readme]
    assert not missing, f"commands not in README.md: {missing}"


def test_the_readme_demo_command_runs_and_prints_where_it_wrote(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["demo", "--days", "1", "--out", str(tmp_path / "demo")])
    assert result.exit_code == 0, result.output
    assert f"Database: sqlite:///{tmp_path / 'demo' / 'parley-demo.db'}" in result.output
    assert f"Digests:  {tmp_path / 'demo' / 'digests'}" in result.output
    assert len(list((tmp_path / "demo" / "digests").glob("digest-*.md"))) == 1
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "make demo" in readme and "$(VENV)/bin/parley demo" in makefile


def test_the_read_commands_work_on_a_demo_database(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "demo"
    assert runner.invoke(main, ["demo", "--days", "2", "--out", str(out)]).exit_code == 0
    db = str(out / "parley-demo.db")
    history = runner.invoke(main, ["--db", db, "history", "--since", "2026-02-05", "--kind", "round"])
    assert history.exit_code == 0 and "Round 2" in history.output and "concluded" in history.output
    as_json = json.loads(runner.invoke(main, ["--db", db, "history", "--json"]).output)
    assert {c["kind"] for c in as_json} >= {"round", "statement", "position"}
    assert all(c["evidence"]["sentence"] for c in as_json)
    earlier = json.loads(runner.invoke(main, ["--db", db, "state", "--as-of", "2026-02-04", "--json"]).output)
    later = json.loads(runner.invoke(main, ["--db", db, "state", "--json"]).output)
    round_two = [r for r in earlier["rounds"] if r["number"] == 2][0]
    assert round_two["status"] == "ongoing"
    assert [r for r in later["rounds"] if r["number"] == 2][0]["status"] == "concluded"
    for command in (["state"], ["sources"], ["status"], ["sources", "--json"], ["status", "--json"]):
        result = runner.invoke(main, ["--db", db, *command])
        assert result.exit_code == 0, (command, result.output)


def test_article_text_is_never_read_as_terminal_markup(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from rich.console import Console

    from monitor import views

    monkeypatch.setattr(views, "console", Console(width=400, highlight=False))

    change = {
        "kind": "statement",
        "subject": "[bold red]Peskov[/bold red]",
        "field": "new",
        "before": {},
        "after": {},
        "evidence": {"sentence": "[link=https://evil.example]click[/link]"},
        "event_date": "2026-02-05T00:00:00+00:00",
    }
    views.print_history([change])
    printed = capsys.readouterr().out
    assert "[bold red]Peskov[/bold red]" in printed and "[link=https://evil.example]" in printed


def test_deliver_revives_a_delivery_that_gave_up(runner: CliRunner, tmp_path: Path) -> None:
    from sqlalchemy import select, update

    from storage.db import open_database, transaction
    from storage.models import Delivery

    out = tmp_path / "demo"
    assert runner.invoke(main, ["demo", "--days", "1", "--out", str(out)]).exit_code == 0
    db = out / "parley-demo.db"
    engine = open_database(f"sqlite:///{db}")
    with transaction(engine) as session:
        session.execute(update(Delivery).values(status="dead"))
    plain = runner.invoke(main, ["--db", str(db), "deliver"])
    assert plain.exit_code == 0 and "attempted: 0" in plain.output
    revived = runner.invoke(main, ["--db", str(db), "deliver", "--revive-dead"])
    assert revived.exit_code == 0 and "sent: 2" in revived.output, revived.output
    with transaction(engine) as session:
        assert {d.status for d in session.execute(select(Delivery)).scalars()} == {"sent"}
    engine.dispose()
