"""How well the rule-based extractor reads the labelled development set: precision, recall and F1 per kind.

Runs `monitor.extract.extract_article` over every labelled article in `tests/extract/devset/` and prints
one table per split (dev, holdout). With `--verbose`, lists each miss, false positive and wrong field of
the dev split with its article file, to debug rules on; holdout errors stay hidden unless `--show-holdout`
is given too, because rules must never be tuned on the holdout.

    .venv/bin/python benchmarks/extraction_quality.py [--verbose [--show-holdout]] [--devset FOLDER]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from pathlib import Path

from monitor.extract import extract_article
from monitor.extract.scoring import KINDS, SPLITS, KindScores, LabelledArticle, load_devset, score, total
from monitor.pack import load_pack

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "extract" / "devset"


def run(articles: Sequence[LabelledArticle]) -> list[tuple[LabelledArticle, KindScores]]:
    pack = load_pack()
    results = []
    for labelled in articles:
        extracted = extract_article(labelled.article(), pack).to_json()
        results.append((labelled, score(extracted, labelled.expected)))
    return results


def table(split: str, results: list[tuple[LabelledArticle, KindScores]]) -> str:
    sums = total(scores for _, scores in results)
    lines = [
        f"{split} ({len(results)} articles)",
        f"  {'kind':<11}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}",
    ]
    for kind in KINDS:
        c = sums.counts[kind]
        rates = f"{_rate(c.precision):>7}{_rate(c.recall):>7}{_rate(c.f1):>7}"
        lines.append(f"  {kind:<11}{rates}{c.tp:>6}{c.fp:>6}{c.fn:>6}")
    return "\n".join(lines)


def errors(results: list[tuple[LabelledArticle, KindScores]]) -> list[str]:
    return [
        f"  {labelled.label_path.name}: {mismatch.describe()}"
        for labelled, scores in results
        for mismatch in scores.mismatches
    ]


def _rate(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=DEVSET, help="folder of labelled articles")
    parser.add_argument("--verbose", action="store_true", help="list every error of the dev split")
    parser.add_argument("--show-holdout", action="store_true", help="with --verbose, list holdout errors too")
    args = parser.parse_args()
    articles = load_devset(args.devset)
    started = time.perf_counter()
    results = run(articles)
    elapsed = time.perf_counter() - started
    for split in SPLITS:
        in_split = [(a, s) for a, s in results if a.split == split]
        print(table(split, in_split))
        if args.verbose and (split == "dev" or args.show_holdout):
            print("\n".join(errors(in_split)) or "  no errors")
        elif args.verbose:
            print(f"  ({len(errors(in_split))} holdout errors hidden; --show-holdout lists them)")
        print()
    print(f"{len(articles)} articles extracted and scored in {elapsed:.2f} s")


if __name__ == "__main__":
    main()
