"""The changes a reader is told of as the labelled articles arrive a day at a time (labels, no extraction).

The labels are right by construction, so what the fold makes of them is what a perfect extractor would
report: a stream where every second change undid the one before would be noise however good the extractor.
`benchmarks/story_quality.py` prints the same streams beside the extractor's.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from monitor.extract.scoring import load_devset

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def story_quality() -> ModuleType:
    spec = importlib.util.spec_from_file_location("story_quality", ROOT / "benchmarks" / "story_quality.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def label_stream(story_quality: ModuleType, split: str) -> object:
    articles = [a for a in load_devset(ROOT / "tests" / "extract" / "devset") if a.split == split]
    stream = story_quality.Stream()
    days: dict[object, list] = {}
    for article in sorted(articles, key=lambda a: (a.published, a.name)):
        days.setdefault(article.published, []).extend(story_quality.label_facts(article))
    for facts in days.values():
        stream.take(facts)
    return stream


@pytest.mark.parametrize("split", ["dev", "holdout"])
def test_few_changes_a_perfect_reading_reports_are_undone_later(
    story_quality: ModuleType, split: str
) -> None:
    stream = label_stream(story_quality, split)
    # reporting every swing of stance gave about 40% on both splits (dev 233 of 562)
    assert len(stream.reversals) < len(stream.changes) / 4, (len(stream.reversals), len(stream.changes))


def test_each_stance_a_party_takes_is_reported_once_while_it_holds_it(story_quality: ModuleType) -> None:
    stream = label_stream(story_quality, "dev")
    stances = [c for c in stream.changes if not str(c[0]).startswith(("round:", "meeting:"))]
    taken = set(stances)
    # the dev labels hold ~100 distinct (party, issue, stance); each returns only after a month untold or
    # as a swing to or from rejecting
    assert len(taken) <= len(stances) < 3 * len(taken), (len(stances), len(taken))


@pytest.mark.parametrize("split", ["dev", "holdout"])
def test_the_labelled_story_has_the_four_rounds_the_talks_had(story_quality: ModuleType, split: str) -> None:
    # "the next round" and "the last round" resolve against the state: a recap of a round held must not
    # fill in the round to come, or every later "next round" opens one more
    stream = label_stream(story_quality, split)
    numbers = sorted(r.number for r in stream.state.rounds.values() if r.number is not None)
    assert numbers == [1, 2, 3, 4]


# The extractor's stream against the labels' (both a day at a time): at most this many false alarms, the
# figures `benchmarks/story_quality.py` measured (88 dev, 138 held out) with a little room.
FALSE_ALARM_CEILINGS = {"dev": 95, "holdout": 150}


@pytest.mark.parametrize("split", ["dev", "holdout"])
def test_the_extractor_s_daily_changes_hold_few_false_alarms(story_quality: ModuleType, split: str) -> None:
    articles = [a for a in load_devset(ROOT / "tests" / "extract" / "devset") if a.split == split]
    figures = story_quality.compare(*story_quality.streams(articles))
    assert figures["false alarms"] <= FALSE_ALARM_CEILINGS[split], figures
    assert figures["matched"] >= 0.75 * figures["label changes"], figures
