"""The story's state: the fold of every fact to date, in the order the articles were published.

Pure logic, no I/O. Rounds are merged by identity (a numbered round, or a meeting of given parties on a
given day); a round named only relatively ("the next round") is resolved against the rounds known when its
article was published. A statement or position reported again by another source is a corroboration: the
count rises and the source is linked, the state does not otherwise change. Facts of the same article keep
the order extraction gave them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from rapidfuzz import fuzz, process

from monitor.facts import ActorFact, Evidence, PositionFact, RoundFact, StatementFact

Fact = RoundFact | StatementFact | PositionFact | ActorFact

# Statuses a round passes through in order; a later article recapping an earlier phase ("the round began
# on Wednesday") must not move a concluded round back.
_PROGRESS = {"announced": 0, "scheduled": 1, "ongoing": 2, "concluded": 3}
_SAME_STATEMENT_SCORE = 88.0
# How long a stance told of a party stays its own: within it, a return to the stance is no news.
RECENT_STANCE_DAYS = 30
# A round's place, days and format that several sources agree on are settled: one source saying otherwise
# (a recap misread, a slip of the pen) is held as disputed until a second source says the same.
SETTLED_FIELDS = ("start", "end", "venue", "format", "heads")
SETTLED_SOURCES = 2
ROUND_FIELDS = ("format", "parties", "start", "end", "venue", "status", "heads", "outcomes")


@dataclass
class Sourcing:
    """The evidence a state item rests on: the first source and every one that corroborated it."""

    evidence: Evidence
    sources: list[str] = field(default_factory=list)

    @property
    def corroborations(self) -> int:
        return max(0, len(self.sources) - 1)

    def corroborate(self, source: str) -> bool:
        if source in self.sources:
            return False
        self.sources.append(source)
        return True

    def to_json(self) -> dict[str, Any]:
        return {
            **self.evidence.to_json(),
            "corroborations": self.corroborations,
            "corroborating_sources": [s for s in self.sources if s != self.evidence.source],
        }


@dataclass
class RoundState:
    identity: str
    number: int | None
    format: str | None = None
    parties: tuple[str, ...] = ()
    start: date | None = None
    end: date | None = None
    venue: str | None = None
    status: str | None = None
    heads: dict[str, str] = field(default_factory=dict)
    outcomes: list[str] = field(default_factory=list)
    sourcing: Sourcing | None = None
    # Per field: the evidence for its latest value (the sentence a change cites) and the sources that agree
    # with that value. A source that only mentions the round does not corroborate its venue.
    field_sourcing: dict[str, Sourcing] = field(default_factory=dict)
    # A value of a settled field that one source contradicts, waiting for a second source (see `_set`).
    disputed: dict[str, tuple[Any, Sourcing]] = field(default_factory=dict)
    # Sources that told of the round as still to come (announced, scheduled or postponed, in any order).
    told_pending: set[str] = field(default_factory=set)

    @property
    def label(self) -> str:
        if self.number is not None:
            return f"Round {self.number}"
        where = f" in {self.venue}" if self.venue else ""
        when = f" on {self.start.isoformat()}" if self.start else ""
        return f"Meeting of {', '.join(self.parties) or 'the parties'}{where}{when}"

    def values(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "format": self.format,
            "parties": sorted(self.parties),
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "venue": self.venue,
            "status": self.status,
            "heads": dict(sorted(self.heads.items())),
            "outcomes": list(self.outcomes),
        }

    def to_json(self) -> dict[str, Any]:
        assert self.sourcing is not None
        disputed = [
            {"field": slot, "value": _json_value(value), "evidence": sourcing.to_json()}
            for slot, (value, sourcing) in sorted(self.disputed.items())
        ]
        return {**self.values(), "evidence": self.sourcing.to_json(), "disputed": disputed}


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


@dataclass
class CitedFact:
    """A statement or an actor as the state holds it: the fact as first read, and who else reported it."""

    fact: StatementFact | ActorFact
    sourcing: Sourcing

    def to_json(self) -> dict[str, Any]:
        return {**self.fact.to_json(), "evidence": self.sourcing.to_json()}


@dataclass
class StatementState(CitedFact):
    fact: StatementFact
    key: str = ""  # the fact's key, computed once: a fold compares each new statement with many


@dataclass
class ActorState(CitedFact):
    fact: ActorFact


@dataclass
class _DisputedStance:
    """A swing one source reported against a settled line, waiting for a second source."""

    evidence_fact: PositionFact
    sourcing: Sourcing


@dataclass
class PositionState:
    """A party's stance on an issue: the latest read, and the last one that was news.

    A party's line on an issue is told in many words at once ("wants a truce", "would accept one if ...",
    "proposes one"), and each article picks one: the latest stance read swings among them from day to day.
    Only a turn is news: a stance the party has not been reported holding for `RECENT_STANCE_DAYS`, or a swing
    between rejecting and not rejecting. `news` is the latest such fact, `news_before` the stance it followed.
    A swing against a line two sources told lately is held as `disputed` until a second source reports it.
    """

    fact: PositionFact
    sourcing: Sourcing
    history: list[str] = field(default_factory=list)  # earlier stances, oldest first
    news: PositionFact | None = None
    news_before: PositionFact | None = None
    news_sourcing: Sourcing | None = None  # when `news` is no longer the latest stance read
    last_seen: dict[str, date | None] = field(default_factory=dict)  # stance -> the latest article telling it
    # (rejects, source) -> the latest day that source told a stance of that side (rejecting or not)
    told: dict[tuple[bool, str], date | None] = field(default_factory=dict)
    disputed: _DisputedStance | None = None

    def to_json(self) -> dict[str, Any]:
        cited = {**self.fact.to_json(), "evidence": self.sourcing.to_json()}
        disputed = None
        if self.disputed is not None:
            disputed = {
                "stance": self.disputed.evidence_fact.stance,
                "summary": self.disputed.evidence_fact.summary,
                "evidence": self.disputed.sourcing.to_json(),
            }
        return {
            **cited,
            "previous_stances": list(self.history),
            "recent_stances": self.recent_stances(),
            "disputed": disputed,
        }

    def recent_stances(self) -> list[str]:
        """The stances told of the party on the issue within `RECENT_STANCE_DAYS` of the latest: its line."""
        latest = self.last_seen.get(self.fact.stance)
        return sorted(
            stance
            for stance, seen in self.last_seen.items()
            if latest is None or seen is None or (latest - seen).days <= RECENT_STANCE_DAYS
        )


@dataclass
class _SpeakerStatements:
    """One speaker's statements in the order told, and by day (the undated apart), as (order, statement)."""

    every: list[tuple[int, StatementState]] = field(default_factory=list)
    by_day: dict[date, list[tuple[int, StatementState]]] = field(default_factory=dict)
    undated: list[tuple[int, StatementState]] = field(default_factory=list)

    def candidates(self, day: date | None) -> list[StatementState]:
        """The statements one told on `day` may repeat, in the order told: those within a day, or undated."""
        if day is None:
            return [told for _, told in self.every]
        near = [*self.undated]
        for offset in (-1, 0, 1):
            near += self.by_day.get(day + timedelta(days=offset), ())
        return [told for _, told in sorted(near, key=lambda pair: pair[0])]

    def add(self, order: int, told: StatementState) -> None:
        self.every.append((order, told))
        day = told.fact.date
        (self.undated if day is None else self.by_day.setdefault(day, [])).append((order, told))


@dataclass
class StoryState:
    rounds: dict[str, RoundState] = field(default_factory=dict)
    statements: list[StatementState] = field(default_factory=list)
    positions: dict[tuple[str, str], PositionState] = field(default_factory=dict)
    actors: dict[str, ActorState] = field(default_factory=dict)
    # the statements again, by speaker and day: only a speaker's own, told within a day, can be the same
    statements_by_speaker: dict[str, _SpeakerStatements] = field(
        default_factory=dict, repr=False, compare=False
    )
    # A numbered round past the next one known, as one article reported it, with that report's sources:
    # taken when a second article names it.
    unconfirmed_rounds: dict[str, tuple[RoundFact, list[str]]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        rounds = sorted(self.rounds.values(), key=_round_order)
        return {
            "rounds": [r.to_json() for r in rounds],
            "unconfirmed_rounds": [fact.to_json() for fact, _ in self.unconfirmed_rounds.values()],
            "statements": [s.to_json() for s in sorted(self.statements, key=_statement_order)],
            "positions": [p.to_json() for _, p in sorted(self.positions.items())],
            "actors": [a.to_json() for _, a in sorted(self.actors.items())],
        }


def fold(facts: Iterable[Fact], syndicated: Mapping[str, Iterable[str]] | None = None) -> StoryState:
    """Fold facts, already in publication order, into a state.

    `syndicated` maps an article's source to the sources of its near-duplicate copies: each copy counts as a
    corroboration of everything the original says.
    """
    state = StoryState()
    fold_into(state, facts, syndicated)
    return state


def fold_into(
    state: StoryState, facts: Iterable[Fact], syndicated: Mapping[str, Iterable[str]] | None = None
) -> None:
    """Fold more facts, published after those already in `state`, into it."""
    copies = {k: list(v) for k, v in (syndicated or {}).items()}
    for fact in facts:
        sourcing_sources = [fact.evidence.source, *copies.get(fact.evidence.source, ())]
        if isinstance(fact, RoundFact):
            _fold_round(state, fact, sourcing_sources)
        elif isinstance(fact, StatementFact):
            _fold_statement(state, fact, sourcing_sources)
        elif isinstance(fact, PositionFact):
            _fold_position(state, fact, sourcing_sources)
        else:
            _fold_actor(state, fact, sourcing_sources)


_PENDING = ("announced", "scheduled", "postponed")


def resolve_round_identity(state: StoryState, fact: RoundFact) -> RoundFact:
    """Give a relatively named round ("the next round", "the last round") the number it has in this state.

    A round whose first day the fact gives is that round, whatever the reference says. Else "last" is the
    latest round held (a recap of it must not fill in a round still to come), and "next" the first round
    still to come, or the one after the latest held when none is pending.
    """
    if fact.number is not None or fact.reference is None:
        return fact
    numbered = sorted((r for r in state.rounds.values() if r.number is not None), key=lambda r: r.number or 0)
    if not numbered:
        return replace(fact, number=1, reference=None)
    same_day = [r for r in numbered if fact.start is not None and r.start == fact.start]
    if len(same_day) == 1:
        return replace(fact, number=same_day[0].number, reference=None)
    held = [r for r in numbered if r.status in ("ongoing", "concluded")]
    if fact.reference == "last":
        latest = held[-1] if held else numbered[-1]
        return replace(fact, number=latest.number, reference=None)
    later = held[-1].number or 0 if held else 0
    # a round to come told as held is a misreading of the tense: its other fields may stand
    status = None if fact.status in ("ongoing", "concluded") else fact.status
    pending = [r for r in numbered if r.status in _PENDING and (r.number or 0) > later]
    if pending:
        return replace(fact, number=pending[0].number, reference=None, status=status)
    return replace(fact, number=later + 1, reference=None, status=status)


def _fold_round(state: StoryState, fact: RoundFact, sources: list[str]) -> None:
    fact = _numbered_round_of(state, resolve_round_identity(state, fact))
    identity = fact.identity()
    current = state.rounds.get(identity)
    if current is None:
        waiting = state.unconfirmed_rounds.get(identity)
        if _skips_ahead(state, fact) and (
            waiting is None or waiting[0].evidence.source == fact.evidence.source
        ):
            # "the eighth round" when four are known: a figure misread more often than rounds missed
            state.unconfirmed_rounds.setdefault(identity, (fact, sources))
            return
        if waiting is not None:
            # a second article names it, or the rounds between are now known: the first report counts
            del state.unconfirmed_rounds[identity]
            _take_round(state, *waiting)
            current = state.rounds[identity]
    _take_round(state, fact, sources, current)


def _skips_ahead(state: StoryState, fact: RoundFact) -> bool:
    """Whether a numbered round leaves out a number after the highest known (the seed's rounds at least)."""
    if fact.number is None:
        return False
    known = [r.number for r in state.rounds.values() if r.number is not None]
    return bool(known) and fact.number > max(known) + 1


def _take_round(
    state: StoryState, fact: RoundFact, sources: list[str], current: RoundState | None = None
) -> None:
    identity = fact.identity()
    if current is None:
        current = RoundState(identity=identity, number=fact.number, sourcing=Sourcing(fact.evidence, []))
        state.rounds[identity] = current
    assert current.sourcing is not None
    for source in sources:
        current.sourcing.corroborate(source)
    ev = fact.evidence
    unlikely = _unlikely(current, fact)  # read against what was known before this fact
    _set(current, "format", fact.format, ev, sources)
    if fact.parties:
        _set(current, "parties", tuple(sorted(set(current.parties) | set(fact.parties))), ev, sources)
    # a round still to come given days ahead of its article is a plan told afresh (a slip is told so): its
    # days and place are taken at once; days gone by for it are a recap of a plan, settled against
    plan = (
        current.status in (*_PENDING, None)
        and fact.start is not None
        and ev.published is not None
        and fact.start >= ev.published
    )
    for name in ("start", "end", "venue"):
        value = getattr(fact, name)
        if value is not None and _settle(
            current, name, getattr(current, name), value, ev, sources, settles=not plan
        ):
            setattr(current, name, value)
    # rounds are held in their order: a later one told as held while an earlier one is to come is a round
    # misnumbered or misread
    out_of_order = fact.status in ("ongoing", "concluded") and _earlier_round_to_come(state, fact)
    if (
        fact.status is not None
        and not out_of_order
        and _status_may_move(current.status, fact.status)
        and _settle(current, "status", current.status, fact.status, ev, sources, settles=unlikely)
    ):
        current.status = fact.status
    if fact.status in _PENDING:
        current.told_pending.add(ev.source)  # a syndicated copy is no other source
    for party, person in fact.heads:
        # a head of a side the round does not have is a host or a mediator misread as one
        if not current.parties or party in current.parties:
            _set_head(current, party, person, ev, sources)
    if fact.outcomes:
        new_outcomes = [o for o in fact.outcomes if o not in current.outcomes]
        _set(current, "outcomes", current.outcomes + new_outcomes, ev, sources)


def _numbered_round_of(state: StoryState, fact: RoundFact) -> RoundFact:
    """A meeting of all the rounds' sides told by its place or days is the numbered round held there then.

    ("the trilateral talks in Abu Dhabi last week"): the rounds are the three-way meetings, so one told
    without its number is the round whose place it names and whose days it does not contradict (the latest
    such round held, where two were held in one place).
    """
    if fact.number is not None or fact.reference is not None or fact.format != "trilateral":
        return fact
    rounds = [r for r in state.rounds.values() if r.number is not None and r.format == "trilateral"]
    if fact.start is not None:
        there = [
            r
            for r in rounds
            if r.start is not None
            and r.start <= fact.start <= (r.end or r.start)
            and (fact.venue is None or r.venue == fact.venue)
        ]
    elif fact.venue is not None:
        day = fact.evidence.published
        there = [
            r
            for r in rounds
            if r.venue == fact.venue
            and r.status in ("ongoing", "concluded")
            and (day is None or r.start is None or r.start <= day)
        ]
    else:
        return fact
    if not there:
        return fact
    latest = max(there, key=lambda r: r.number or 0)
    return replace(fact, number=latest.number)


def _earlier_round_to_come(state: StoryState, fact: RoundFact) -> bool:
    if fact.number is None:
        return False
    return any(
        r.number is not None and r.number < fact.number and r.status in _PENDING
        for r in state.rounds.values()
    )


def _unlikely(current: RoundState, fact: RoundFact) -> bool:
    """Whether a round still to come is told as held against what the story knows of it.

    A round called off, or one whose first day is not yet known to have come, being held all of a sudden
    is settled against as a field is: one source may have read a recap of another round into it.
    """
    if fact.status not in ("ongoing", "concluded") or current.status not in (*_PENDING, "cancelled"):
        return False
    if current.status in ("postponed", "cancelled"):
        return True
    begins, day = current.start, fact.evidence.published
    return begins is None or day is None or begins > day


def _set(current: RoundState, name: str, value: Any, evidence: Evidence, sources: list[str]) -> None:
    """Take a field's new value with its evidence, or count the sources that repeat the current one."""
    if value is not None and _settle(
        current, name, getattr(current, name), value, evidence, sources, settles=name in SETTLED_FIELDS
    ):
        setattr(current, name, value)


def _set_head(current: RoundState, party: str, person: str, evidence: Evidence, sources: list[str]) -> None:
    """A side's delegation head, settled as a field is: its own sources decide, the heads change as one."""
    slot = f"heads:{party}"
    if _settle(current, slot, current.heads.get(party), person, evidence, sources, settles=True):
        current.heads = {**current.heads, party: person}
        current.field_sourcing["heads"] = current.field_sourcing[slot]
    elif current.heads.get(party) == person:
        for source in sources:
            current.field_sourcing["heads"].corroborate(source)


def _settle(
    current: RoundState,
    slot: str,
    held_value: Any,
    value: Any,
    evidence: Evidence,
    sources: list[str],
    *,
    settles: bool,
) -> bool:
    """Whether `value` replaces `held_value` in a slot (a field, or one side's head); keeps the sourcing.

    Where `settles`, a value that several sources agree on is settled: one source saying otherwise is held
    as disputed, and takes the slot only when a second source says the same.
    """
    held = current.field_sourcing.get(slot)
    if held is not None and held_value == value:
        for source in sources:
            held.corroborate(source)
        current.disputed.pop(slot, None)
        return False
    support = len(held.sources) if held is not None else 0
    if slot == "status" and current.status in _PENDING:
        # a round still to come is told so in many words (announced, scheduled, postponed): all of them
        # stand against its being held
        support = max(support, len(current.told_pending))
    if held is not None and settles and support >= SETTLED_SOURCES:
        disputed = current.disputed.get(slot)
        if disputed is None or disputed[0] != value:
            current.disputed[slot] = (value, Sourcing(evidence, list(sources)))
            return False
        for source in sources:
            disputed[1].corroborate(source)
        if evidence.source == disputed[1].evidence.source:
            # the same article again (or its syndicated copies, counted with it): no second source
            return False
        del current.disputed[slot]
        current.field_sourcing[slot] = disputed[1]
        return True
    current.field_sourcing[slot] = Sourcing(evidence, list(sources))
    return True


def _status_may_move(current: str | None, new: str) -> bool:
    if current is None or current == new:
        return True
    if new == "cancelled":
        return current != "concluded"
    if new == "postponed":
        return current in ("announced", "scheduled", "postponed")
    if current in ("postponed", "cancelled"):
        return True
    return _PROGRESS.get(new, 0) > _PROGRESS.get(current, 0)


def _fold_statement(state: StoryState, fact: StatementFact, sources: list[str]) -> None:
    key = fact.key()
    same_speaker = state.statements_by_speaker.setdefault(fact.speaker, _SpeakerStatements())
    existing = _first_same_statement(same_speaker.candidates(fact.date), fact, key)
    if existing is not None:
        for source in sources:
            existing.sourcing.corroborate(source)
        return
    told = StatementState(fact=fact, sourcing=Sourcing(fact.evidence, list(sources)), key=key)
    same_speaker.add(len(state.statements), told)
    state.statements.append(told)


def _first_same_statement(
    candidates: list[StatementState], fact: StatementFact, key: str
) -> StatementState | None:
    """The first statement told that this one repeats: the same key, or the same words in another order.

    The candidates are the speaker's statements within a day of it (or undated); the wording is compared in
    one call over all of them, the statements of a busy day being many.
    """
    same_key = next((i for i, told in enumerate(candidates) if told.key == key), len(candidates))
    matches = process.extract(
        fact.text,
        [told.fact.text for told in candidates[:same_key]],
        scorer=fuzz.token_set_ratio,
        score_cutoff=_SAME_STATEMENT_SCORE,
        limit=None,
    )
    first = min((index for _, _, index in matches), default=same_key)
    return candidates[first] if first < len(candidates) else None


def _fold_position(state: StoryState, fact: PositionFact, sources: list[str]) -> None:
    key = (fact.party, fact.issue)
    current = state.positions.get(key)
    day = fact.evidence.published
    if current is None:
        current = state.positions[key] = PositionState(
            fact=fact, sourcing=Sourcing(fact.evidence, list(sources)), news=fact
        )
    elif _swings(current.fact, fact) and _line_is_settled(current, day):
        disputed = current.disputed
        if (
            disputed is None
            or _swings(disputed.evidence_fact, fact)
            or fact.evidence.source == disputed.evidence_fact.evidence.source
        ):
            current.disputed = _DisputedStance(fact, Sourcing(fact.evidence, list(sources)))
            return
        for source in sources:
            disputed.sourcing.corroborate(source)
        # a second source: the swing is news from its first report on, and the latest stance is this one
        current.news, current.news_before, current.news_sourcing = (
            disputed.evidence_fact,
            current.fact,
            disputed.sourcing,
        )
        _take_stance(current, fact, sources)
    elif current.fact.stance == fact.stance:
        for source in sources:
            current.sourcing.corroborate(source)
    else:
        if _is_turn(current, fact):
            current.news, current.news_before, current.news_sourcing = fact, current.fact, None
        _take_stance(current, fact, sources)
    if not _swings(current.fact, fact):
        current.disputed = None
    current.last_seen[fact.stance] = _later(current.last_seen.get(fact.stance), day)
    side = (fact.stance == "rejects", fact.evidence.source)
    current.told[side] = _later(current.told.get(side), day)


def _take_stance(current: PositionState, fact: PositionFact, sources: list[str]) -> None:
    current.history.append(current.fact.stance)
    current.fact, current.sourcing = fact, Sourcing(fact.evidence, list(sources))


def _swings(held: PositionFact, fact: PositionFact) -> bool:
    """Whether one stance turns from the other: to rejecting, or away from it."""
    return (held.stance == "rejects") != (fact.stance == "rejects")


def _line_is_settled(current: PositionState, day: date | None) -> bool:
    """Whether two sources or more told the latest stance's side (rejecting or not) in the recent window."""
    rejecting, count = current.fact.stance == "rejects", 0
    for (rejects, _), told in current.told.items():
        if rejects == rejecting and (told is None or day is None or (day - told).days <= RECENT_STANCE_DAYS):
            count += 1
            if count >= SETTLED_SOURCES:
                return True
    return False


def _is_turn(current: PositionState, fact: PositionFact) -> bool:
    """Whether a stance other than the latest is news: a swing to or from rejecting, or one untold lately."""
    if _swings(current.fact, fact):
        return True
    if fact.stance not in current.last_seen:
        return True
    seen, day = current.last_seen[fact.stance], fact.evidence.published
    return seen is None or day is None or (day - seen).days > RECENT_STANCE_DAYS


def _later(a: date | None, b: date | None) -> date | None:
    return b if a is None else a if b is None else max(a, b)


def _fold_actor(state: StoryState, fact: ActorFact, sources: list[str]) -> None:
    current = state.actors.get(fact.name)
    if current is None:
        state.actors[fact.name] = ActorState(fact=fact, sourcing=Sourcing(fact.evidence, list(sources)))
        return
    for source in sources:
        current.sourcing.corroborate(source)


def _round_order(r: RoundState) -> tuple[int, int, str]:
    if r.number is not None:
        return (0, r.number, "")
    return (1, 0, (r.start.isoformat() if r.start else "9999") + r.identity)


def _statement_order(s: StatementState) -> tuple[str, str]:
    return ((s.fact.date.isoformat() if s.fact.date else ""), s.fact.speaker)
