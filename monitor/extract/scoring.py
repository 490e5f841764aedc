"""Score extracted facts against the labelled development set (`tests/extract/devset/`, see its LABELS.md).

The devset holds one JSON label per article: its date, URL, title, split (`dev` or `holdout`) and the facts
it should yield. `load_devset` reads the labels and the article texts; `score` compares what the extractor
found in one article (`ArticleFacts.to_json()`) with what its label expects; `KindScores` add up over a set.

Matching is one-to-one and greedy, best pair first, separately for each kind:

- statements pair on speaker (exact) and `direct`; among several statements by one speaker, a pair whose
  extracted text contains the label's `quote_contains` (case-insensitive) comes first. A pair is a hit.
- rounds pair on identity: `number`, else `reference`, else format + parties + start (a meeting the text
  does not number). A pair is a hit only when start, end, venue and status are all equal.
- positions pair on party and issue. A pair is a hit only when the stance is equal.

A pair that agrees on identity but not on the rest is a wrong fact about a real one: it counts as one
false positive and one false negative, and is reported with the fields that differ.

`check_labels` reads a label against the story pack and its text, so that a typo in a label cannot make
the scores lie.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from monitor.errors import ParleyError
from monitor.facts import ROUND_STATUSES, STANCES, UNNAMED_SOURCE, Article
from monitor.pack import StoryPack

KINDS: tuple[str, ...] = ("rounds", "statements", "positions")
SPLITS: tuple[str, ...] = ("dev", "holdout")
ROUND_FIELDS: tuple[str, ...] = ("start", "end", "venue", "status")
SPEAKER_KINDS: tuple[str, ...] = ("person", "institution", "anonymous")
ROUND_FORMATS: tuple[str | None, ...] = (None, "trilateral", "bilateral", "multilateral")

Fact = Mapping[str, Any]


class DevsetError(ParleyError):
    """A label file that cannot be read or lacks a required key (names the file and the key)."""

    def __init__(self, path: object, key: str, message: str) -> None:
        self.path = str(path)
        self.key = key
        super().__init__(f"{path}: {key}: {message}")


@dataclass(frozen=True)
class LabelledArticle:
    """One article of the devset with the facts it should yield."""

    name: str  # the label's file stem, e.g. "001-znpp-us-control"
    label_path: Path
    text: str
    published: date
    url: str
    title: str
    split: str
    note: str
    expected: Mapping[str, Sequence[Fact]]
    text_is_own_file: bool = True  # False when the label points at a text elsewhere (the seed)

    def article(self) -> Article:
        """The article as the pipeline would hand it to extraction: published at midnight UTC, full text."""
        published = datetime.combine(self.published, time.min, UTC)
        return Article(source=self.url, published=published, title=self.title, text=self.text)


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives of one kind; rates are None when undefined."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        # 2TP / (2TP + FP + FN) equals the harmonic mean where both rates exist, and is 0 when nothing hit.
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None


@dataclass(frozen=True)
class Mismatch:
    """One scoring error: a miss (`extracted` is None), a false positive (`expected` is None), or a pair
    that agrees on identity but differs in `fields`."""

    kind: str
    expected: Fact | None
    extracted: Fact | None
    fields: tuple[str, ...] = ()

    def describe(self) -> str:
        if self.extracted is None:
            return f"miss  {self.kind}: {_summary(self.kind, self.expected or {})}"
        if self.expected is None:
            return f"extra {self.kind}: {_summary(self.kind, self.extracted)}"
        diffs = ", ".join(
            f"{name} expected {self.expected.get(name)!r} got {self.extracted.get(name)!r}"
            for name in self.fields
        )
        return f"wrong {self.kind}: {_summary(self.kind, self.expected)}: {diffs}"


@dataclass(frozen=True)
class KindScores:
    """Counts per kind, and every mismatch behind them; adding two sums both."""

    counts: Mapping[str, Counts] = field(default_factory=lambda: {kind: Counts() for kind in KINDS})
    mismatches: tuple[Mismatch, ...] = ()

    def __add__(self, other: KindScores) -> KindScores:
        return KindScores(
            counts={kind: self.counts[kind] + other.counts[kind] for kind in KINDS},
            mismatches=self.mismatches + other.mismatches,
        )


def total(scores: Iterable[KindScores]) -> KindScores:
    return sum(scores, KindScores())


def score(extracted: Mapping[str, Sequence[Fact]], expected: Mapping[str, Sequence[Fact]]) -> KindScores:
    """Compare one article's extracted facts (`ArticleFacts.to_json()`) with its label's `expected`."""
    counts: dict[str, Counts] = {}
    mismatches: list[Mismatch] = []
    for kind in KINDS:
        kind_counts, kind_mismatches = _score_kind(
            kind, list(extracted.get(kind, ())), list(expected.get(kind, ()))
        )
        counts[kind] = kind_counts
        mismatches.extend(kind_mismatches)
    return KindScores(counts=counts, mismatches=tuple(mismatches))


def _score_kind(kind: str, extracted: list[Fact], expected: list[Fact]) -> tuple[Counts, list[Mismatch]]:
    pairs = _pairs(kind, extracted, expected)
    used_expected: set[int] = set()
    used_extracted: set[int] = set()
    tp = 0
    mismatches: list[Mismatch] = []
    for _, e, x in pairs:
        if e in used_expected or x in used_extracted:
            continue
        used_expected.add(e)
        used_extracted.add(x)
        differing = _differing(kind, expected[e], extracted[x])
        if differing:
            mismatches.append(Mismatch(kind, expected[e], extracted[x], differing))
        else:
            tp += 1
    wrong = len(mismatches)
    mismatches += [Mismatch(kind, fact, None) for i, fact in enumerate(expected) if i not in used_expected]
    mismatches += [Mismatch(kind, None, fact) for i, fact in enumerate(extracted) if i not in used_extracted]
    fn = len(expected) - len(used_expected) + wrong
    fp = len(extracted) - len(used_extracted) + wrong
    return Counts(tp, fp, fn), mismatches


def _pairs(kind: str, extracted: list[Fact], expected: list[Fact]) -> list[tuple[int, int, int]]:
    """Every (rank, expected index, extracted index) that may pair, best first; ties keep text order."""
    candidates: list[tuple[int, int, int]] = []
    for e, want in enumerate(expected):
        for x, got in enumerate(extracted):
            rank = _rank(kind, want, got)
            if rank is not None:
                candidates.append((rank, e, x))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    return candidates


def _rank(kind: str, want: Fact, got: Fact) -> int | None:
    """How well two facts pair (higher is better), or None when they cannot pair at all."""
    if kind == "statements":
        if got.get("speaker") != want["speaker"] or bool(got.get("direct")) != bool(want["direct"]):
            return None
        return 1 if _fold(want.get("quote_contains", "")) in _fold(got.get("text") or "") else 0
    if kind == "rounds":
        if round_identity(got) != round_identity(want):
            return None
        return sum(got.get(name) == want.get(name) for name in ROUND_FIELDS)
    if (got.get("party"), got.get("issue")) != (want["party"], want["issue"]):
        return None
    return 1 if got.get("stance") == want["stance"] else 0


def _differing(kind: str, want: Fact, got: Fact) -> tuple[str, ...]:
    if kind == "rounds":
        return tuple(name for name in ROUND_FIELDS if got.get(name) != want.get(name))
    if kind == "positions" and got.get("stance") != want["stance"]:
        return ("stance",)
    return ()


def round_identity(fact: Fact) -> tuple[Any, ...]:
    """Which round a round fact is about, as the scorer pairs them (mirrors `RoundFact.identity`)."""
    if fact.get("number") is not None:
        return ("number", fact["number"])
    if fact.get("reference") is not None:
        return ("reference", fact["reference"])
    return ("meeting", fact.get("format"), tuple(sorted(fact.get("parties") or ())), fact.get("start"))


def _fold(text: str) -> str:
    """Lower case, straight quotes and single spaces, so a label's quote_contains survives typography."""
    for curly, straight in (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'")):
        text = text.replace(curly, straight)
    return " ".join(text.lower().split())


def _summary(kind: str, fact: Fact) -> str:
    if kind == "statements":
        words = "direct" if fact.get("direct") else "paraphrase"
        hint = fact.get("quote_contains") or (fact.get("text") or "")[:70]
        return f"{fact.get('speaker')} ({words}) {hint!r}"
    if kind == "rounds":
        ident = " ".join(str(part) for part in round_identity(fact))
        return (
            f"[{ident}] {fact.get('start')}..{fact.get('end')} venue={fact.get('venue')} "
            f"status={fact.get('status')}"
        )
    return f"{fact.get('party')} {fact.get('issue')} {fact.get('stance')}"


# ----------------------------------------------------------------------------------------------------------
# Loading the devset


def load_devset(folder: Path | str) -> list[LabelledArticle]:
    """Every labelled article in `folder`, in file-name order."""
    folder = Path(folder)
    labels = sorted(folder.glob("*.json"))
    if not labels:
        raise DevsetError(folder, "(folder)", "no *.json labels")
    return [_load_label(path) for path in labels]


def _load_label(path: Path) -> LabelledArticle:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DevsetError(path, "(file)", str(exc)) from exc
    if not isinstance(data, dict):
        raise DevsetError(path, "(root)", "not a JSON object")
    for key in ("published", "url", "title", "split", "expected"):
        if key not in data:
            raise DevsetError(path, key, "missing")
    if data["split"] not in SPLITS:
        raise DevsetError(path, "split", f"{data['split']!r} is not one of {', '.join(SPLITS)}")
    try:
        published = date.fromisoformat(data["published"])
    except (TypeError, ValueError) as exc:
        raise DevsetError(path, "published", f"not an ISO date: {data['published']!r}") from exc
    expected = data["expected"]
    if not isinstance(expected, dict):
        raise DevsetError(path, "expected", "not a JSON object")
    for kind in (*KINDS, "actors"):
        if not isinstance(expected.get(kind), list):
            raise DevsetError(path, f"expected.{kind}", "missing or not a list")
    own_text = "text_file" not in data
    text_path = path.with_suffix(".txt") if own_text else path.parent / data["text_file"]
    try:
        text = text_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DevsetError(path, "text_file" if not own_text else "(text)", f"{text_path}: {exc}") from exc
    return LabelledArticle(
        name=path.stem,
        label_path=path,
        text=text,
        published=published,
        url=data["url"],
        title=data["title"],
        split=data["split"],
        note=data.get("note", ""),
        expected=expected,
        text_is_own_file=own_text,
    )


# ----------------------------------------------------------------------------------------------------------
# Checking labels against the pack and the text


def check_labels(article: LabelledArticle, pack: StoryPack) -> list[str]:
    """What in one label breaks LABELS.md or the pack (empty when the label is sound)."""
    problems: list[str] = []
    if article.text_is_own_file and article.text.split("\n", 1)[0].strip() != article.title.strip():
        problems.append("title is not the text's first line")
    problems += _check_statements(article, pack)
    problems += _check_rounds(article.expected["rounds"], pack)
    problems += _check_positions(article.expected["positions"], pack)
    return problems


def _check_statements(article: LabelledArticle, pack: StoryPack) -> list[str]:
    problems: list[str] = []
    parties = {p.name for p in pack.parties}
    institutions = {i.name: i.party for i in pack.institutions}
    actors = {a.get("name") for a in article.expected["actors"]}
    text = _fold(article.text)
    seen: set[tuple[object, bool, str]] = set()
    for i, st in enumerate(article.expected["statements"]):
        where = f"statements[{i}]"
        speaker, kind, party = st.get("speaker"), st.get("speaker_kind"), st.get("party")
        quote = st.get("quote_contains") or ""
        if kind not in SPEAKER_KINDS:
            problems.append(f"{where}: speaker_kind {kind!r}")
        if party is not None and party not in parties:
            problems.append(f"{where}: unknown party {party!r}")
        if not isinstance(st.get("direct"), bool):
            problems.append(f"{where}: direct must be true or false")
        if not quote or _fold(quote) not in text:
            problems.append(f"{where}: quote_contains {quote!r} is not in the text")
        key = (speaker, bool(st.get("direct")), _fold(quote))
        if key in seen:
            problems.append(f"{where}: same speaker, direct and quote_contains as an earlier statement")
        seen.add(key)
        person = pack.person(speaker) if isinstance(speaker, str) else None
        if person is not None:
            if kind != "person" or party != person.party:
                problems.append(f"{where}: {speaker} is a person of {person.party}")
        elif speaker == UNNAMED_SOURCE:
            if kind != "anonymous":
                problems.append(f"{where}: an unnamed source is anonymous")
        elif speaker in parties or speaker in institutions:
            owner = speaker if speaker in parties else institutions[speaker]
            if kind != "institution" or party != owner:
                problems.append(f"{where}: {speaker} speaks as an institution of {owner}")
        elif kind == "person" and speaker not in actors:
            problems.append(f"{where}: {speaker!r} is not in the pack and not listed under actors")
    return problems


def _check_rounds(rounds: Sequence[Fact], pack: StoryPack) -> list[str]:
    problems: list[str] = []
    parties = {p.name for p in pack.parties}
    identities: set[tuple[Any, ...]] = set()
    for i, rd in enumerate(rounds):
        where = f"rounds[{i}]"
        if rd.get("status") not in ROUND_STATUSES:
            problems.append(f"{where}: status {rd.get('status')!r}")
        if rd.get("format") not in ROUND_FORMATS:
            problems.append(f"{where}: format {rd.get('format')!r}")
        if rd.get("reference") not in (None, "next", "last"):
            problems.append(f"{where}: reference {rd.get('reference')!r}")
        listed = list(rd.get("parties") or ())
        if listed != sorted(listed) or not set(listed) <= parties:
            problems.append(f"{where}: parties must be sorted pack party names")
        if not set(rd.get("heads") or {}) <= parties:
            problems.append(f"{where}: heads must be keyed by pack party names")
        days = []
        for name in ("start", "end"):
            value = rd.get(name)
            try:
                days.append(date.fromisoformat(value) if value is not None else None)
            except (TypeError, ValueError):
                problems.append(f"{where}: {name} is not an ISO date")
        if len(days) == 2 and days[0] and days[1] and days[1] < days[0]:
            problems.append(f"{where}: ends before it starts")
        identity = round_identity(rd)
        if identity in identities:
            problems.append(f"{where}: a second round with identity {identity}")
        identities.add(identity)
    return problems


def _check_positions(positions: Sequence[Fact], pack: StoryPack) -> list[str]:
    problems: list[str] = []
    parties = {p.name for p in pack.parties}
    issues = {issue.id for issue in pack.issues}
    pairs: set[tuple[Any, Any]] = set()
    for i, pos in enumerate(positions):
        where = f"positions[{i}]"
        if pos.get("party") not in parties:
            problems.append(f"{where}: unknown party {pos.get('party')!r}")
        if pos.get("issue") not in issues:
            problems.append(f"{where}: unknown issue {pos.get('issue')!r}")
        if pos.get("stance") not in STANCES:
            problems.append(f"{where}: stance {pos.get('stance')!r}")
        pair = (pos.get("party"), pos.get("issue"))
        if pair in pairs:
            problems.append(f"{where}: a second position for {pair} (label the last one stated)")
        pairs.add(pair)
    return problems


__all__ = [
    "KINDS",
    "SPLITS",
    "Counts",
    "DevsetError",
    "KindScores",
    "LabelledArticle",
    "Mismatch",
    "check_labels",
    "load_devset",
    "round_identity",
    "score",
    "total",
]
