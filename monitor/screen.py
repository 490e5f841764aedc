"""Screening a new article before extraction: is it a copy of one we have, and is it about the story?

Pure, no I/O. A near-duplicate of an article in the recent window (monitor/duplicates.py) is "duplicate",
linked to the original, whatever its relevance; otherwise the relevance score (monitor/relevance.py)
decides between "relevant" and "skipped". The reasons say what matched and why, for `parley run --explain`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from monitor.duplicates import SignatureIndex, best_match, signature_of
from monitor.pack import StoryPack
from monitor.relevance import relevance

DEFAULT_THRESHOLD = 0.35


@dataclass(frozen=True)
class Screening:
    status: str  # "relevant" | "skipped" | "duplicate"
    relevance: float | None  # None for a duplicate: a copy is never extracted, so it is not scored
    reasons: dict[str, Any]  # what matched and why (for `parley run --explain`)
    duplicate_of: int | None  # article id of the original
    signature: bytes  # MinHash signature to store on the article row


def screen(
    title: str | None,
    text: str,
    pack: StoryPack,
    recent: Sequence[tuple[int, bytes]] | SignatureIndex,
    threshold: float,
) -> Screening:
    """Screen one article against the pack and the recent window of (article id, signature)."""
    sig = signature_of(title, text)
    match = best_match(sig, recent)
    if match is None:
        return judge(title, text, pack, threshold, sig)
    # Copies are most of what a wide set of feeds brings in: they skip the relevance score, the costlier
    # half of screening, because a copy's facts are its original's.
    duplicate = {"of": match.article_id, "containment": match.containment, "jaccard": match.jaccard}
    return Screening("duplicate", None, {"duplicate": duplicate}, match.article_id, sig)


def judge(
    title: str | None, text: str, pack: StoryPack, threshold: float, sig: bytes | None = None
) -> Screening:
    """An article that copies none in the window: relevant or skipped, by its score against the pack."""
    scored = relevance(title, text, pack)
    reasons: dict[str, Any] = {**scored.reasons, "threshold": threshold}
    status = "relevant" if scored.score >= threshold else "skipped"
    return Screening(
        status, scored.score, reasons, None, sig if sig is not None else signature_of(title, text)
    )
