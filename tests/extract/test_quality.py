"""The extractor's quality on the labelled devset stays above agreed F1 floors, per split and kind.

The figures themselves come from `benchmarks/extraction_quality.py`; this test only keeps them from falling.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from pathlib import Path

import pytest

from monitor.extract.scoring import KINDS, SPLITS, load_devset, score, total
from monitor.facts import Article, ArticleFacts
from monitor.pack import StoryPack, load_pack

# F1 floors per split and kind: the figures `benchmarks/extraction_quality.py` measured, rounded down by
# about 0.02 (dev, 111 articles: rounds 1.000, statements 0.957, positions 0.992; holdout, 38 articles: 0.793,
# 0.910, 0.852). Articles 420-439, from an independent writer, joined both splits: with the rules before the
# second pass on rounds, the 14 new dev articles scored rounds 0.785 (the honest figure of how the rules
# generalise) and the whole holdout 0.769 / 0.910 / 0.846. The pass on positions then took dev positions
# from 0.946 to 0.992 (articles 420-433 alone from 0.789 to 0.976) but moved holdout positions only from
# 0.846 to 0.852 (precision up, recall unchanged at 0.776): dev positions no longer tells how the rules
# generalise either. Dev articles 440-451 (12, the same writer) scored rounds 0.737 with the rules before
# the third pass on rounds and 1.000 after it; dev (123 articles) is now 1.000 / 0.950 / 0.980 and the
# holdout unmoved at 0.793 / 0.910 / 0.852, so the floors stay. A drop below a floor is a regression. The
# issue's targets are 0.90 / 0.90 / 0.85: holdout rounds is still short.
F1_FLOORS: dict[str, dict[str, float]] = {
    "dev": {"rounds": 0.98, "statements": 0.93, "positions": 0.97},
    "holdout": {"rounds": 0.77, "statements": 0.89, "positions": 0.83},
}

DEVSET = Path(__file__).resolve().parent / "devset"


def _extract_article() -> Callable[[Article, StoryPack], ArticleFacts]:
    # Skip only while the extractor package does not exist (a bare folder holding this scorer is no
    # extractor); an extractor that exists but fails to import must fail the test, not skip it.
    spec = importlib.util.find_spec("monitor.extract")
    if spec is None or spec.origin is None:
        pytest.skip("monitor.extract does not exist yet")
    return importlib.import_module("monitor.extract").extract_article


@pytest.mark.parametrize("split", SPLITS)
def test_extraction_f1_stays_above_its_floors(split: str) -> None:
    extract_article = _extract_article()
    pack = load_pack()
    articles = [a for a in load_devset(DEVSET) if a.split == split]
    assert articles, f"no {split} articles in the devset"
    sums = total(score(extract_article(a.article(), pack).to_json(), a.expected) for a in articles)
    reached = {kind: sums.counts[kind].f1 or 0.0 for kind in KINDS}
    below = {
        kind: (reached[kind], F1_FLOORS[split][kind])
        for kind in KINDS
        if reached[kind] < F1_FLOORS[split][kind]
    }
    assert below == {}, f"{split}: F1 below its floor (reached, floor): {below}"
