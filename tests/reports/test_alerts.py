"""Alert rules decide which changes go out at once."""

from __future__ import annotations

import pytest
from reports_samples import actor, position, round_two_status, statement

from reports.alerts import is_urgent, parse_rules, urgent_changes
from reports.errors import SettingsError


def test_a_kind_rule_matches_every_change_of_that_kind() -> None:
    changes = [round_two_status(), statement(), position(), actor(), round_two_status(field_name="venue")]
    assert [(c.kind, c.field_name) for c in urgent_changes(changes, [{"kind": "round"}])] == [
        ("round", "status"),
        ("round", "venue"),
    ]


def test_conditions_of_one_rule_must_all_hold_and_any_rule_may_match() -> None:
    russia_positions = {"kind": "position", "party": "Russia"}
    ukraine = position()
    ukraine.after = {**ukraine.after, "party": "Ukraine"}
    ukraine.before = {**ukraine.before, "party": "Ukraine"}

    assert is_urgent("position", position().after, position().before, [russia_positions])
    assert not is_urgent("position", ukraine.after, ukraine.before, [russia_positions])
    assert not is_urgent("statement", statement().after, {}, [russia_positions])  # Russia, but a statement
    assert is_urgent("statement", statement().after, {}, [russia_positions, {"speaker": "dmitry peskov"}])


def test_round_party_matches_any_party_and_values_may_be_lists() -> None:
    change = round_two_status()
    assert is_urgent("round", change.after, change.before, [{"kind": "round", "party": "United States"}])
    assert is_urgent("round", change.after, change.before, [{"status": ["concluded", "ONGOING"]}])
    assert not is_urgent("round", change.after, change.before, [{"status": ["concluded", "cancelled"]}])


def test_field_and_subject_come_from_the_change() -> None:
    change = round_two_status()
    rule = [{"kind": "round", "field": "status"}]
    assert is_urgent("round", change.after, change.before, rule, field="status", subject="Round 2")
    assert not is_urgent("round", change.after, change.before, rule, field="venue", subject="Round 2")
    assert [c.subject for c in urgent_changes([change, actor()], [{"subject": "Oleksandr Bevz"}])] == [
        "Oleksandr Bevz"
    ]


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ({}, "empty rule"),
        ({"knd": "round"}, "unknown key 'knd'"),
        ({"kind": "rounds"}, "not one of"),
        ({"party": 3}, "expected a name"),
    ],
)
def test_bad_rules_are_refused_with_the_reason(rule: dict, message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        parse_rules([rule])


def test_an_unconfirmed_report_is_alerted_only_by_a_rule_that_asks_for_it() -> None:
    claimed, settled = {"party": "Russia", "stance": "rejects"}, {"party": "Russia", "stance": "accepts"}
    broad = [{"kind": "position", "party": "Russia"}]
    assert not is_urgent("position", claimed, settled, broad, field="disputed")
    assert is_urgent("position", claimed, settled, broad, field="stance")
    assert is_urgent(
        "position", claimed, settled, [{"kind": "position", "field": "disputed"}], field="disputed"
    )
