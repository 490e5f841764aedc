"""What `parley state` prints: a value one source disputes is shown beside the settled one, never instead."""

from __future__ import annotations

from datetime import date

import pytest
from rich.console import Console

from monitor import views
from monitor.facts import Evidence, PositionFact, RoundFact
from monitor.state import fold


def _evidence(source: str, day: int) -> Evidence:
    return Evidence(source=source, published=date(2026, 2, day), sentence="A sentence.")


def _round(source: str, day: int, venue: str) -> RoundFact:
    return RoundFact(
        number=2,
        format="trilateral",
        parties=("Russia", "Ukraine", "United States"),
        start=None,
        end=None,
        venue=venue,
        status=None,
        heads=(),
        evidence=_evidence(source, day),
    )


def _stance(source: str, day: int, stance: str) -> PositionFact:
    return PositionFact("Russia", "ceasefire", stance, stance, _evidence(source, day))


def test_disputed_round_fields_and_stances_are_printed_with_their_source(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    console = Console(width=250, record=True, highlight=False)
    monkeypatch.setattr(views, "console", console)
    state = fold(
        [
            _round("wire-a", 4, "Abu Dhabi"),
            _round("wire-b", 5, "Abu Dhabi"),
            _round("blog-c", 9, "Geneva"),
            _stance("wire-a", 4, "accepts"),
            _stance("wire-b", 5, "supports"),
            _stance("blog-c", 9, "rejects"),
        ]
    )
    views.print_state(state)
    out = console.export_text()
    assert "Disputed" in out and "Geneva" in out and "blog-c, 2026-02-09" in out
    assert "rejects: blog-c, 2026-02-09" in out
    assert "supports +accepts" in out  # the latest stance, and the other told lately
    rounds_table = out.split("Disputed")[0]
    assert "Abu Dhabi" in rounds_table and "Geneva" not in rounds_table


def test_the_history_tells_a_disputed_report_apart_from_a_change() -> None:
    venue = {
        "kind": "round",
        "field": "disputed",
        "before": {"venue": "Abu Dhabi"},
        "after": {"venue": "Geneva"},
    }
    stance = {
        "kind": "position",
        "field": "disputed",
        "before": {"stance": "accepts"},
        "after": {"stance": "rejects"},
    }
    assert views.describe_change(venue) == "venue: Abu Dhabi, disputed by one source: Geneva"
    assert views.describe_change(stance) == "accepts, disputed by one source: rejects"
