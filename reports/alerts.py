"""Alert rules: which changes are urgent enough to be sent at once, in an alert digest.

A rule is a small table of conditions that must all hold, e.g. `{"kind": "round"}` (any change to a round)
or `{"kind": "position", "party": "Russia"}`. A change is urgent when any rule matches it.

Keys: `kind`, `field` and `subject` are read from the change itself; `party`, `issue`, `stance`, `speaker`,
`status` and `venue` from the state after the change (before it, for a key the state after lacks); a
round's `party` matches any of its parties. A value may be a list, meaning any of them. Comparison ignores
case. Unknown keys are refused (`parse_rules` at config load), so a typo cannot turn a rule into one that
never fires. A report one source made against a settled value (field `disputed`) matches only a rule that
names a `field`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from reports.errors import SettingsError

CHANGE_KEYS = ("kind", "field", "subject")
STATE_KEYS = ("party", "issue", "stance", "speaker", "status", "venue")
KINDS = ("round", "statement", "position", "actor")
_DISPUTED = "disputed"  # the field of a report one source made against a settled value


class AlertableChange(Protocol):
    kind: str
    subject: str
    field_name: str | None
    before: dict[str, Any]
    after: dict[str, Any]


C = TypeVar("C", bound=AlertableChange)


@dataclass(frozen=True)
class AlertRule:
    conditions: tuple[tuple[str, tuple[str, ...]], ...]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AlertRule:
        if not data:
            raise SettingsError(
                "alerts.rules", "an empty rule would match every change; name at least a kind"
            )
        conditions = []
        for key, raw in data.items():
            if key not in CHANGE_KEYS and key not in STATE_KEYS:
                known = ", ".join([*CHANGE_KEYS, *STATE_KEYS])
                raise SettingsError("alerts.rules", f"unknown key {key!r} (known: {known})")
            values = (raw,) if isinstance(raw, str) else tuple(raw) if isinstance(raw, list | tuple) else ()
            if not values or not all(isinstance(v, str) and v for v in values):
                raise SettingsError("alerts.rules", f"{key}: expected a name or a list of names, got {raw!r}")
            if key == "kind" and any(v not in KINDS for v in values):
                raise SettingsError("alerts.rules", f"kind: {raw!r} is not one of {', '.join(KINDS)}")
            conditions.append((key, tuple(v.casefold() for v in values)))
        return cls(tuple(conditions))

    def matches(
        self,
        kind: str,
        after: Mapping[str, Any],
        before: Mapping[str, Any],
        field: str | None = None,
        subject: str | None = None,
    ) -> bool:
        own = {"kind": kind, "field": field, "subject": subject}
        if field == _DISPUTED and not any(key == "field" for key, _ in self.conditions):
            # an unconfirmed report is alerted only by a rule that asks for it: `field = "disputed"`
            return False
        for key, wanted in self.conditions:
            if key in own:
                actual: Any = own[key]
            else:
                state_key = "parties" if key == "party" and kind == "round" else key
                actual = after.get(state_key) if state_key in after else before.get(state_key)
            values = actual if isinstance(actual, list | tuple) else [actual]
            if not any(isinstance(v, str) and v.casefold() in wanted for v in values):
                return False
        return True


def parse_rules(rules: Iterable[Mapping[str, Any] | AlertRule]) -> tuple[AlertRule, ...]:
    return tuple(r if isinstance(r, AlertRule) else AlertRule.from_dict(r) for r in rules)


def is_urgent(
    kind: str,
    after: Mapping[str, Any] | None,
    before: Mapping[str, Any] | None,
    rules: Iterable[Mapping[str, Any] | AlertRule],
    *,
    field: str | None = None,
    subject: str | None = None,
) -> bool:
    """Does any rule match this change? Rules may be parsed or raw config tables (parsed here)."""
    return any(rule.matches(kind, after or {}, before or {}, field, subject) for rule in parse_rules(rules))


def urgent_changes(changes: Iterable[C], rules: Iterable[Mapping[str, Any] | AlertRule]) -> list[C]:
    parsed = parse_rules(rules)
    return [
        c
        for c in changes
        if is_urgent(c.kind, c.after, c.before, parsed, field=c.field_name, subject=c.subject)
    ]
