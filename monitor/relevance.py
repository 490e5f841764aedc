"""How much an article is about the story pack's negotiation: a score in [0, 1] with its reasons.

Two questions, each answered by evidence that saturates (1 - e^-weight, so the tenth mention adds little):

- *who*: the pack's parties (by name, metonym, adjective, or through a person or institution of theirs),
  people and institutions. A negotiation has at least two sides: with fewer than two parties this evidence
  counts far less, which keeps out a story about one country's economy that names its president.
- *what*: the story's keywords ("peace talks", "ceasefire"), the issues' cue phrases and the venues. Cues
  and venues are ordinary words and places ("freeze", "vote", "Geneva"): without a keyword they count half.

The score is the geometric mean of the two, so an article needs both: the parties without the talks (a
football match between their teams) or the talks without the parties (another negotiation altogether)
score low. Whatever matches in the title counts half as much again. Names and cues come from the
extractor's matcher (monitor/extract/names.py), so relevance and extraction read the pack the same way.
The weights were set on tests/ingest/relevance/ (off-topic stories that name the pack's people and places)
against the labelled stories in tests/ingest/dupes/: with the default threshold of 0.35 they all fall on
the right side.
"""

from __future__ import annotations

import math
import re
import weakref
from dataclasses import dataclass
from typing import Any

from monitor.extract.names import Matcher, matcher_for, trie_pattern
from monitor.pack import StoryPack

WEIGHTS = {
    "parties": 0.3,
    "people": 0.3,
    "institutions": 0.15,
    "keywords": 0.5,
    "issues": 0.15,
    "venues": 0.1,
}
WHO = ("parties", "people", "institutions")
WHAT = ("keywords", "issues", "venues")
ONE_SIDED_FACTOR = 0.1
NO_KEYWORD_FACTOR = 0.5
TITLE_FACTOR = 1.5


@dataclass(frozen=True)
class Relevance:
    score: float
    reasons: dict[str, Any]


def relevance(title: str | None, text: str, pack: StoryPack) -> Relevance:
    matcher = matcher_for(pack)
    keywords = _keywords_for(pack)
    body = _evidence(text, matcher, keywords)
    head = _evidence(title or "", matcher, keywords)
    weights = {
        name: WEIGHTS[name] * (len(body[name] | head[name]) + (TITLE_FACTOR - 1) * len(head[name]))
        for name in WEIGHTS
    }
    parties = body["parties"] | head["parties"]
    who_weight = sum(weights[name] for name in WHO)
    if len(parties) < 2:
        who_weight *= ONE_SIDED_FACTOR
    what_weight = sum(weights[name] for name in WHAT)
    if not (body["keywords"] or head["keywords"]):
        what_weight *= NO_KEYWORD_FACTOR
    who = 1.0 - math.exp(-who_weight)
    what = 1.0 - math.exp(-what_weight)
    score = math.sqrt(who * what)
    matched = {name: sorted(body[name] | head[name]) for name in WEIGHTS if body[name] | head[name]}
    reasons = {
        "relevance": round(score, 3),
        "who": round(who, 3),
        "what": round(what, 3),
        "matched": matched,
        "in_title": {name: sorted(head[name]) for name in WEIGHTS if head[name]},
    }
    return Relevance(round(score, 4), reasons)


def _evidence(text: str, matcher: Matcher, keywords: re.Pattern[str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {name: set() for name in WEIGHTS}
    if not text:
        return found
    for mention in matcher.mentions(text):
        for entity in mention.entities:
            if entity.kind == "person":
                found["people"].add(entity.name)
            elif entity.kind == "institution":
                found["institutions"].add(entity.name)
            elif entity.kind == "venue":
                found["venues"].add(entity.name)
            if entity.kind != "venue" and entity.party is not None:
                found["parties"].add(entity.party)
    for cue in matcher.cues_in(text):
        found["issues"].update(cue.issues)
    found["keywords"].update(m.group().lower() for m in keywords.finditer(text))
    return found


_KEYWORDS: dict[int, tuple[weakref.ref[StoryPack], re.Pattern[str]]] = {}


def _keywords_for(pack: StoryPack) -> re.Pattern[str]:
    cached = _KEYWORDS.get(id(pack))
    if cached is not None and cached[0]() is pack:
        return cached[1]
    words = {k.lower() for k in pack.story.keywords}
    # An empty alternation would match everywhere; a pack without keywords matches none.
    pattern = re.compile(
        r"(?<!\w)(?:" + trie_pattern(words) + r")(?!\w)" if words else r"(?!)", re.IGNORECASE
    )
    key = id(pack)
    _KEYWORDS[key] = (weakref.ref(pack, lambda _ref: _KEYWORDS.pop(key, None)), pattern)
    return pattern
