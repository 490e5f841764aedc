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
# 0.01 to 0.02. A drop below a floor is a regression. Third session: five batches of 16 fresh articles from
# independent writers joined the set (500-515, 520-535, 540-555, 560-575, 580-595: 10 dev and 6 holdout
# each). Scored on arrival, before any rule was written for them, their dev parts read rounds 0.70 / 0.33
# / 0.67 / 0.75 / 0.69 (the second is timelines, factboxes, bulletins and agency copy), statements 0.92 /
# 0.87 / 0.93 / 0.92 / 0.79, positions 0.83 / 0.76 / 0.88 / 0.83 / 0.74. After the passes on them: dev (173
# articles) 0.968 / 0.960 / 0.960; holdout (68 articles, never tuned on) 0.733 / 0.931 / 0.833, and on the
# 38 holdout articles of the session before 0.810 / 0.923 / 0.871 (was 0.793 / 0.910 / 0.852). Fourth
# session: batches 600-615 and 620-635 (rounds-heavy; 10 dev + 6 holdout each) read, on arrival, rounds
# 0.49 / 0.67, statements 0.90 / 0.94, positions 0.83 / 0.80 on their dev parts; batch 640-655 (16
# articles, all holdout, an ordinary day's feed) was scored by the session's first and last rules alike:
# rounds 0.61 / 0.61, statements 0.89 / 0.89, positions 0.79 / 0.83. After the session: dev (193 articles)
# 0.958 / 0.959 / 0.954; holdout (96 articles) 0.670 / 0.930 / 0.838 (0.670 / 0.923 / 0.814 with the
# session's first rules). Fifth session: six batches from writers who never read the rules: 660-675
# (positions), 680-695 (meetings), 740-755 (rounds told the hard ways), 760-775 (transcripts, readouts,
# briefings) of 12 dev + 4 holdout each, and 700-715, 720-735 (16 holdout each). Their 48 holdout articles,
# with the session's first and last rules: rounds 0.667 / 0.695, statements 0.843 / 0.872, positions
# 0.779 / 0.800; batch 720 alone (written last): 0.642 / 0.642, 0.854 / 0.862, 0.791 / 0.791. After the
# session: dev (241 articles) 0.922 / 0.959 / 0.943; holdout (144 articles) 0.687 / 0.914 / 0.827; the 96
# holdout articles of the session before 0.682 / 0.934 / 0.845 (were 0.670 / 0.930 / 0.838). Sixth
# session: five batches of 12 dev + 4 holdout (780 meetings, 800 briefs and slips, 820 background and
# analysis, 860 meetings dated and placed the hard ways, 880 statements and positions) and a blind batch
# 840-855 (16 holdout, described to no one). The 60 new dev articles on arrival and after: rounds 0.536 /
# 0.683, statements 0.881 / 0.911, positions 0.821 / 0.858; the 36 new holdout articles 0.578 / 0.620,
# 0.891 / 0.896, 0.904 / 0.904; the blind batch alone 0.619 / 0.627, 0.878 / 0.886, 0.911 / 0.911. After
# the session: dev (301 articles) 0.866 / 0.948 / 0.925 (the 241 of before 0.930 / 0.960 / 0.945);
# holdout (180 articles) 0.684 / 0.912 / 0.849; the 144 holdout articles of before 0.703 / 0.918 / 0.827.
# The new batches are harder than the old: the floors are set by the whole set as it now stands. Seventh
# session: helpers each took one kind of round error (status, dates, venues, missed meetings), statements
# and a rounds-heavy dev batch 940-955 (16); two blind holdout batches, 900-915 and 920-935 (the harder
# forms). On arrival and after: 900 rounds 0.909 / 0.909, statements 0.894 / 0.919, positions 0.894 /
# 0.920; 920 0.762 / 0.825, 0.805 / 0.827, 0.800 / 0.800; 940 (dev) 0.574 / 0.818, 0.976 / 0.988, 0.764 /
# 0.847. After the session: dev (317 articles) 0.952 / 0.971 / 0.935 (the 301 of before 0.962 / 0.970 /
# 0.938); holdout (212 articles) 0.728 / 0.916 / 0.860 (the 180 of before 0.707 / 0.924 / 0.861).
# The targets, 0.90 / 0.90 / 0.85, are met on the dev set; held out, rounds are short.
# Eighth session: two rounds-heavy dev batches written blind, 960-975 and 976-991, scored on arrival with
# the session's first rules (rounds 0.680 and 0.748, statements 0.922 / 0.931, positions 0.887 / 0.835)
# and after (rounds 0.902 and 0.852, the rest unchanged); rounds rules only. After the session: dev (349)
# 0.956 / 0.966 / 0.927 (the 317 of before 0.968 / 0.971 / 0.935); holdout (212) 0.742 / 0.916 / 0.860 (the
# 180 of the sessions before 0.724, was 0.707).
# Ninth session: a mixed dev batch 992-1007 written blind (on arrival 0.667 / 0.872 / 0.837; after 0.667 /
# 0.969 / 0.828) and a blind holdout batch 1008-1023 (the session's first rules 0.773 / 0.862 / 0.833, its
# last 0.763 / 0.935 / 0.841); statements and positions rules, rounds rules from the older dev errors.
# After the session: dev (365) 0.955 / 0.968 / 0.947; holdout (228) 0.745 / 0.921 / 0.875 (the 212 of
# before 0.742 / 0.916 / 0.860 -> 0.744 / 0.920 / 0.878).
# Tenth session: a dev batch 1024-1039 leaning on rounds, written blind (on arrival 0.634 / 0.907 / 0.870;
# after 0.832 / 0.954 / 0.878) and a blind holdout batch 1040-1055 (first rules 0.703 / 0.921 / 0.839, last
# 0.740 / 0.933 / 0.839). After the session: dev (381) 0.952 / 0.967 / 0.942; holdout (244) 0.745 / 0.923 /
# 0.872 (the 228 of before 0.745 / 0.921 / 0.875 -> 0.745 / 0.922 / 0.875).
# Eleventh session: two dev batches written blind, 1056-1071 (meetings told in passing, sentences with two
# attributions; on arrival 0.636 / 0.926 / 0.893, after 0.785 / 0.946 / 0.922) and 1088-1103 (mixed; on
# arrival 0.692 / 0.896 / 0.892, after 0.917 / 0.949 / 0.907), and a blind holdout batch 1072-1087 (first
# rules 0.732 / 0.865 / 0.899, last 0.732 / 0.882 / 0.919). After the session: dev (413) 0.945 / 0.967 /
# 0.941 (first rules 0.936 / 0.965 / 0.940); holdout (260) 0.750 / 0.924 / 0.878 (first 0.744 / 0.919 /
# 0.874; the 244 of before 0.745 / 0.923 / 0.872 -> 0.751 / 0.927 / 0.875).
# Twelfth session: four dev batches written blind, 1104-1119 (rounds in ordinary copy; on arrival 0.733 /
# 0.992 / 0.955), 1120-1135 (the talks as one part of a wider day; off-topic passages' quotes relabelled as
# noise; 0.776 / 0.862 / 0.765), 1152-1167 (positions; 0.921 / 0.960 / 0.808), 1184-1199 (the quiet weeks;
# 0.844 / 0.915 / 0.903), and three blind holdout batches, 1136-1151, 1168-1183, 1200-1215, which the
# session's first and last rules score alike (48 articles: 0.901 / 0.914 / 0.900 -> 0.901 / 0.914 / 0.903).
# After the session: dev (477) 0.941 / 0.963 / 0.931 (first rules 0.928 / 0.961 / 0.925); holdout (308)
# 0.776 / 0.923 / 0.884 (first 0.772 / 0.922 / 0.882; the 260 of before 0.749 / 0.924 / 0.878 -> 0.754 /
# 0.926 / 0.879).
# Thirteenth session: seven dev batches written blind, 1216-1231 (explainers with headed sections, Q&A,
# profiles; with the session's first rules 0.750 / 0.815 / 0.612), 1232-1247 (round-ups; 0.571 / 0.688 /
# 0.731), 1264-1279 (rounds told the hard ways; 0.821 / 0.974 / 0.920), 1280-1295 (British, Irish,
# Australian, Indian and translated copy; 0.759 / 0.824 / 0.826), 1312-1327 (rounds in passing in other
# stories; 0.509 / 0.868 / 0.847), 1344-1359 (everyday wire; 0.909 / 0.968 / 0.973), 1360-1375 (three or
# more meetings an article; 0.631 / 0.937 / 0.897), and four blind holdout batches, 1248-1263, 1296-1311,
# 1328-1343, 1376-1391 (64 articles: 0.802 / 0.933 / 0.919 -> 0.823 / 0.964 / 0.927). The Coordination
# Headquarters for the Treatment of Prisoners of War joined the pack and 14 labels (dev and holdout) took
# its canonical name. After the session: dev (589) 0.907 / 0.958 / 0.926 (first rules 0.891 / 0.944 /
# 0.914); holdout (372) 0.781 / 0.938 / 0.894 (first 0.780 / 0.924 / 0.890); the 308 of before 0.776 /
# 0.922 / 0.884 -> 0.773 / 0.932 / 0.887.
# Fourteenth session: five dev batches written blind, 1392-1407 (the talks told across sentences; with the
# session's first rules 0.649 / 0.972 / 0.860, after 0.889 / 0.972 / 0.904), 1440-1455 (positions and
# statements; 0.857 / 0.974 / 0.828 -> 0.857 / 0.977 / 0.865), 1488-1503 and 1504-1519 (trackers, diaries,
# lists of meetings; 0.455 -> 0.672 and 0.409 -> 0.667 for rounds), and five blind holdout batches, 1408,
# 1424, 1456, 1472 (written beside the dev batches; 1472 the same theme as 1488 and 1504: 0.437 -> 0.528
# for rounds) and 1520 (written after the rules: 0.671 -> 0.675). After the session: dev (653) 0.898 /
# 0.959 / 0.927 (first rules 0.865 / 0.958 / 0.922); holdout (452) 0.763 / 0.937 / 0.895 (first 0.755 /
# 0.936 / 0.892); the 372 of before 0.781 / 0.938 / 0.894 -> 0.785 / 0.938 / 0.897. The floors fell with the
# harder batches, not with any rule.
# Fifteenth and sixteenth sessions, measured on the set as it now stands (dev 701, holdout 484): the
# fifteenth's first rules 0.885 / 0.956 / 0.921 and 0.765 / 0.938 / 0.896; the sixteenth's first 0.896 /
# 0.958 / 0.923 and 0.767 / 0.940 / 0.897; after it 0.902 / 0.962 / 0.933 and 0.768 / 0.943 / 0.903. Blind
# holdout batches written after the rules: 1536-1551 rounds 0.828 throughout, statements 0.948 -> 0.956;
# 1584-1599 0.733 / 0.966 / 0.902 (fifteenth's first) -> 0.752 / 0.970 / 0.913. Rounds rules from the dev
# errors barely move held-out rounds; statements and positions rules do, by a point or less.
# Seventeenth session: three dev batches written blind (1616 the calendar, 1648 live blogs and diaries, 1664
# meetings told across sentences; rounds 0.69 / 0.54 / 0.57 -> 0.88 / 0.85 / 0.72) and two holdout batches
# (1632, the calendar, written beside 1616: rounds 0.62 throughout; 1680, a mixed feed: 0.69 throughout).
# After the session: dev (749) 0.899 / 0.963 / 0.932 (first rules 0.876 / 0.962 / 0.931); holdout (516)
# 0.763 / 0.944 / 0.906 (first 0.759 / 0.944 / 0.905; the 484 of before 0.768 -> 0.772 for rounds).
# Eighteenth session: two pairs of blind batches, each a dev batch and a holdout twin written from the same
# brief: agency and broadcast copy (1696 dev 0.744 / 0.895 / 0.898 -> 0.846 / 0.981 / 0.909; 1712 holdout
# 0.946 / 0.915 / 0.820 -> 0.946 / 0.932 / 0.832) and news the talks run through (1728 dev 0.865 / 0.895 /
# 0.821 -> 0.960 / 0.983 / 0.889; 1744 holdout 0.796 / 0.905 / 0.878 -> 0.809 / 0.917 / 0.878). After the
# session: dev (781) 0.904 / 0.965 / 0.934 (first rules 0.896 / 0.959 / 0.930); holdout (548) 0.770 /
# 0.944 / 0.904 (first 0.769 / 0.942 / 0.903; the 516 of before 0.763 / 0.944 / 0.906 -> 0.764 / 0.946 /
# 0.907).
# Nineteenth session: paradigms (one fact told in many grammatical forms) instead of article-by-article
# errors, and one blind pair on the talks told through time (1760 dev 0.559 / 0.956 / 0.914 -> 0.694 /
# 0.963 / 0.914; 1776 holdout 0.566 / 0.969 / 0.981, unchanged). After the session: dev (797) 0.909 /
# 0.967 / 0.934 (first rules 0.895 / 0.965 / 0.934); holdout (564) 0.766 / 0.946 / 0.908 (first 0.763 /
# 0.945 / 0.906; the 548 of before 0.770 / 0.944 / 0.904 -> 0.774 / 0.945 / 0.906).
# Twentieth session: article-level reading (people, days and places followed across sentences) and a blind
# pair on profiles and recaps (1792 dev 0.655 / 0.870 / 0.857 -> 0.874 / 0.918 / 0.903; 1808 holdout 0.660
# / 0.858 / 0.927, unchanged). After the session: dev (813) 0.911 / 0.966 / 0.934 (first rules 0.903 /
# 0.965 / 0.933); holdout (580) 0.764 / 0.944 / 0.908 (first 0.762 / 0.944 / 0.908; the 564 of before 0.766
# / 0.946 / 0.908 -> 0.768 / 0.947 / 0.908).
F1_FLOORS: dict[str, dict[str, float]] = {
    "dev": {"rounds": 0.89, "statements": 0.95, "positions": 0.92},
    "holdout": {"rounds": 0.75, "statements": 0.93, "positions": 0.89},
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
