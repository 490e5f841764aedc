"""How long the fold takes over a long history: every diff folds all stored facts, twice (before and after).

The facts are what the extractor reads from every labelled article (dev and holdout: nothing is scored),
in order of publication; `--times N` repeats that history N times, each copy a year later (other sources,
other days), to stand for a story followed for years. Prints the facts folded, the CPU time of one fold
(median of `--runs`) and facts a second.

    .venv/bin/python benchmarks/fold_speed.py [--times 3] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from monitor.extract import extract_article
from monitor.extract.scoring import load_devset
from monitor.facts import ActorFact, PositionFact, RoundFact, StatementFact
from monitor.pack import load_pack
from monitor.state import Fact, fold

DEVSET = Path(__file__).resolve().parent.parent / "tests" / "extract" / "devset"


def history() -> list[Fact]:
    pack = load_pack()
    facts: list[Fact] = []
    for labelled in sorted(load_devset(DEVSET), key=lambda a: (a.published, a.name)):
        found = extract_article(labelled.article(), pack)
        facts += [*found.rounds, *found.statements, *found.positions, *found.actors]
    return facts


def a_year_later(fact: Fact, years: int) -> Fact:
    """The fact as another outlet would report it `years` years on."""
    shift = timedelta(days=365 * years)
    evidence = replace(
        fact.evidence,
        source=f"{fact.evidence.source}#year{years}",
        published=fact.evidence.published + shift if fact.evidence.published else None,
    )
    if isinstance(fact, StatementFact):
        return replace(fact, evidence=evidence, date=fact.date + shift if fact.date else None)
    if isinstance(fact, RoundFact):
        return replace(
            fact,
            evidence=evidence,
            start=fact.start + shift if fact.start else None,
            end=fact.end + shift if fact.end else None,
        )
    assert isinstance(fact, PositionFact | ActorFact)
    return replace(fact, evidence=evidence)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--times", type=int, default=3, help="copies of the labelled history, a year apart")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    one = history()
    facts = [fact if years == 0 else a_year_later(fact, years) for years in range(args.times) for fact in one]
    seconds = []
    for _ in range(args.runs):
        started = time.process_time()
        state = fold(facts)
        seconds.append(time.process_time() - started)
    median = statistics.median(seconds)
    print(f"facts folded:      {len(facts)} ({len(one)} from {args.times} copies of the labelled history)")
    print(f"state:             {len(state.rounds)} rounds, {len(state.statements)} statements")
    each = ", ".join(f"{s:.2f}" for s in seconds)
    print(f"one fold:          {median:.2f} s CPU (median of {args.runs}: {each})")
    print(f"facts/second:      {len(facts) / median:,.0f}")


if __name__ == "__main__":
    main()
