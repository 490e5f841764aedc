"""Near-duplicate detection quality on our labelled set (tests/ingest/dupes/).

Three figures, each as precision and recall of "this pair is a duplicate":

- labelled: the pairs listed in labels.toml (copies with new ledes and trimmed tails; same-topic stories);
- all pairs: every text against every other (copies/NN against stories/NN are the only duplicates), which
  puts each detector decision against a few hundred same-topic non-duplicates;
- window: every original and other story stored first, then each copy screened against that window as the
  cycle does; a hit counts only when it names the right original.

Targets: precision >= 0.95, recall >= 0.90. Texts are signed as `monitor.screen` signs them (headline and
body). Then speed: signing a text, and comparing one against windows of 1,000 to 20,000 distinct originals
(made by shuffling the labelled stories' sentences).
Run: .venv/bin/python benchmarks/duplicates.py [--window 20000]
"""

from __future__ import annotations

import argparse
import itertools
import random
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

from monitor.duplicates import SignatureIndex, best_match, signature

ROOT = Path(__file__).resolve().parent.parent
DUPES = ROOT / "tests" / "ingest" / "dupes"


@dataclass(frozen=True)
class Scores:
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        real = self.true_positives + self.false_negatives
        return self.true_positives / real if real else 1.0


def signed(name: str) -> bytes:
    title, _, body = (DUPES / name).read_text(encoding="utf-8").partition("\n")
    return signature(f"{title.strip()}\n{body.strip()}")


def is_duplicate(a: bytes, b: bytes) -> bool:
    return best_match(b, [(1, a)]) is not None


def score(decisions: list[tuple[bool, bool]]) -> Scores:
    """From (predicted, actual) pairs."""
    return Scores(
        true_positives=sum(p and a for p, a in decisions),
        false_positives=sum(p and not a for p, a in decisions),
        false_negatives=sum(a and not p for p, a in decisions),
    )


def labelled() -> Scores:
    pairs = tomllib.loads((DUPES / "labels.toml").read_text(encoding="utf-8"))["pair"]
    return score([(is_duplicate(signed(p["a"]), signed(p["b"])), bool(p["duplicate"])) for p in pairs])


def names() -> list[str]:
    return sorted(str(p.relative_to(DUPES)) for p in DUPES.glob("*/*.txt"))


def truly_duplicates(a: str, b: str) -> bool:
    return {a.split("/")[0], b.split("/")[0]} == {"stories", "copies"} and Path(a).name == Path(b).name


def all_pairs() -> Scores:
    signatures = {name: signed(name) for name in names()}
    return score(
        [
            (is_duplicate(signatures[a], signatures[b]), truly_duplicates(a, b))
            for a, b in itertools.combinations(signatures, 2)
        ]
    )


def window() -> Scores:
    stored = [name for name in names() if not name.startswith("copies/")]
    recent = [(i, signed(name)) for i, name in enumerate(stored)]
    decisions = []
    for copy in (name for name in names() if name.startswith("copies/")):
        match = best_match(signed(copy), recent)
        right = match is not None and stored[match.article_id] == f"stories/{Path(copy).name}"
        decisions.append((match is not None and right, True))
        if match is not None and not right:
            decisions.append((True, False))  # a wrong original is a false positive as well as a miss
    return score(decisions)


def speed(largest: int) -> None:
    sentences = [
        s.strip() for p in sorted((DUPES / "stories").glob("*.txt")) for s in p.read_text("utf-8").split(". ")
    ]
    shuffle = random.Random(7)
    texts = [". ".join(shuffle.sample(sentences, 8)) + f". Report {n}." for n in range(largest + 200)]
    started = time.perf_counter()
    signed = [signature(t) for t in texts]
    print(f"signature:      {(time.perf_counter() - started) / len(texts) * 1e6:6.0f} us a text")
    probes = signed[largest:]
    for size in sorted({1000, 5000, largest}):
        index = SignatureIndex(enumerate(signed[:size]))
        started = time.perf_counter()
        for probe in probes:
            index.best_match(probe)
        took = (time.perf_counter() - started) / len(probes) * 1e6
        print(f"compare against {size:6d} originals: {took:8.0f} us an article")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--window", type=int, default=20_000, help="largest window of originals to time")
    args = parser.parse_args()
    started = time.perf_counter()
    rows = [("labelled pairs", labelled()), ("all pairs", all_pairs()), ("window", window())]
    for name, scores in rows:
        print(
            f"{name:15s} precision {scores.precision:.3f}  recall {scores.recall:.3f}  "
            f"(tp {scores.true_positives}, fp {scores.false_positives}, fn {scores.false_negatives})"
        )
    print(f"texts: {len(names())}; targets: precision >= 0.95, recall >= 0.90")
    print(f"took {time.perf_counter() - started:.2f}s")
    speed(args.window)


if __name__ == "__main__":
    main()
