"""What an analyst following the story hears: the changes the differ reports as the labelled articles arrive.

`extraction_quality.py` scores each article on its own. A user never sees one article's facts: the fold
merges them into the story's state, and the differ reports what moved. A wrong field there is a false
alarm, and a recap misread after a correct report is two (the wrong value, then the right one again). This
benchmark feeds the articles of a split, a day at a time in order of publication (a daily digest's
cycle), through the fold twice, once with the labels' facts and once with the extractor's, and compares the
two streams of changes (rounds and positions; a statement is always a new fact, scored per article already;
outcomes are not labelled):

- changes: every round that appears, every field of a round that takes a new value, every stance that
  appears or changes, as `(round, field, value)` or `(party, issue, stance)`;
- matched: changes of the extractor's stream that the labels' stream holds too (as multisets); false alarms
  are the rest of the extractor's, missed changes the rest of the labels';
- reversals: changes back to a value the field held before (a flip-flop a reader sees as noise);
- final state: how many fields of the rounds both streams know end with the same value.

    .venv/bin/python benchmarks/story_quality.py [--split dev|holdout|all] [--cycle day|article] [--verbose]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from monitor.extract import extract_article
from monitor.extract.scoring import SPLITS, LabelledArticle, load_devset
from monitor.facts import PositionFact, RoundFact, fact_from_dict
from monitor.pack import load_pack
from monitor.state import ROUND_FIELDS, StoryState, fold_into

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "extract" / "devset"

Change = tuple[Any, ...]
# the labels give no outcomes: a round's outcomes are scored nowhere
COMPARED_FIELDS = tuple(name for name in ROUND_FIELDS if name != "outcomes")


@dataclass
class Stream:
    """The changes one reading of the articles makes the differ report, in order."""

    changes: list[Change] = field(default_factory=list)
    reversals: list[Change] = field(default_factory=list)
    state: StoryState = field(default_factory=StoryState)
    # every value a field has held, to tell a reversal
    held: dict[tuple[str, str], list[Any]] = field(default_factory=dict)

    def take(self, facts: Sequence[RoundFact | PositionFact]) -> None:
        before_rounds = {k: r.values() for k, r in self.state.rounds.items()}
        before_news = {k: p.news for k, p in self.state.positions.items()}
        fold_into(self.state, facts)
        for identity, current in sorted(self.state.rounds.items()):
            values = current.values()
            old = before_rounds.get(identity)
            if old is None:
                self.changes.append((identity, "new"))
                for name in ROUND_FIELDS:
                    self._held(identity, name, values[name])
                continue
            for name in COMPARED_FIELDS:
                if values[name] != old[name]:
                    self._note((identity, name, _hashable(values[name])), (identity, name), values[name])
        for key, position in sorted(self.state.positions.items()):
            if position.news is not None and position.news is not before_news.get(key):
                stance = position.news.stance
                self._note((*key, stance), ("position:" + ":".join(key), "stance"), stance)

    def _note(self, change: Change, slot: tuple[str, str], value: Any) -> None:
        self.changes.append(change)
        if value in self.held.get(slot, []):
            self.reversals.append(change)
        self._held(*slot, value)

    def _held(self, subject: str, name: str, value: Any) -> None:
        self.held.setdefault((subject, name), []).append(value)


def _hashable(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple(sorted(value.items()))
    if isinstance(value, list):
        return tuple(value)
    return value


def label_facts(labelled: LabelledArticle) -> list[RoundFact | PositionFact]:
    """The facts the article's label says it holds, as the fold takes them."""
    evidence = {"source": labelled.url, "date": labelled.published.isoformat(), "sentence": ""}
    facts: list[RoundFact | PositionFact] = []
    for data in labelled.expected["rounds"]:
        round_data = {"outcomes": [], "reference": None, "heads": {}, **data, "evidence": evidence}
        facts.append(fact_from_dict("round", round_data))
    for data in labelled.expected["positions"]:
        facts.append(fact_from_dict("position", {"summary": "", **data, "evidence": evidence}))
    return facts


def extracted_facts(labelled: LabelledArticle, pack: Any) -> list[RoundFact | PositionFact]:
    found = extract_article(labelled.article(), pack)
    return [*found.rounds, *found.positions]


def compare(labels: Stream, extracted: Stream) -> dict[str, int]:
    want, got = Counter(labels.changes), Counter(extracted.changes)
    matched = sum((want & got).values())
    final_same = final_fields = 0
    for identity, truth in labels.state.rounds.items():
        read = extracted.state.rounds.get(identity)
        if read is None:
            continue
        truth_values, read_values = truth.values(), read.values()
        for name in ("start", "end", "venue", "status"):
            final_fields += 1
            final_same += truth_values[name] == read_values[name]
    return {
        "label changes": sum(want.values()),
        "extracted changes": sum(got.values()),
        "matched": matched,
        "false alarms": sum(got.values()) - matched,
        "missed": sum(want.values()) - matched,
        "label reversals": len(labels.reversals),
        "extracted reversals": len(extracted.reversals),
        "rounds (labels)": len(labels.state.rounds),
        "rounds (extracted)": len(extracted.state.rounds),
        "final fields same": final_same,
        "final fields compared": final_fields,
    }


def streams(articles: Iterable[LabelledArticle], cycle: str = "day") -> tuple[Stream, Stream]:
    """The two streams, one fold and diff a day (a daily digest) or an article (a cycle per article)."""
    pack = load_pack()
    labels, extracted = Stream(), Stream()
    batches: dict[Any, list[LabelledArticle]] = {}
    for labelled in sorted(articles, key=lambda a: (a.published, a.name)):
        batches.setdefault(labelled.published if cycle == "day" else labelled.name, []).append(labelled)
    for day_articles in batches.values():
        labels.take([fact for a in day_articles for fact in label_facts(a)])
        extracted.take([fact for a in day_articles for fact in extracted_facts(a, pack)])
    return labels, extracted


def report(split: str, figures: Mapping[str, int]) -> str:
    precision = figures["matched"] / max(1, figures["extracted changes"])
    recall = figures["matched"] / max(1, figures["label changes"])
    lines = [f"{split}: changes P {precision:.3f} R {recall:.3f}"]
    lines += [f"  {name:<22}{value:>6}" for name, value in figures.items()]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--devset", type=Path, default=DEVSET)
    parser.add_argument("--verbose", action="store_true", help="list the dev split's false alarms")
    parser.add_argument(
        "--cycle", choices=("day", "article"), default="day", help="what one diff covers (default: a day)"
    )
    args = parser.parse_args(argv)
    articles = load_devset(args.devset)
    for split in SPLITS if args.split == "all" else (args.split,):
        labels, extracted = streams((a for a in articles if a.split == split), args.cycle)
        print(report(split, compare(labels, extracted)))
        if args.verbose and split == "dev":
            for change in sorted((Counter(extracted.changes) - Counter(labels.changes)).elements(), key=str):
                print("  false alarm:", change)


if __name__ == "__main__":
    sys.exit(main())
