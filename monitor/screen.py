"""Screening a new article before extraction: is it a copy of one we have, and is it about the story?

Pure, no I/O. A near-duplicate of an article in the recent window (monitor/duplicates.py) is "duplicate",
linked to the original, whatever its relevance; otherwise the relevance score (monitor/relevance.py)
decides between "relevant" and "skipped". The reasons say what matched and why, for `parley run --explain`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from monitor.duplicates import SignatureIndex, best_match, signature
from monitor.pack import StoryPack
from monitor.relevance import relevance

DEFAULT_THRESHOLD = 0.35


@dataclass(frozen=True)
class Screening:
    status: str  # "relevant" | "skipped" | "duplicate"
    relevance: float
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
    # The title is part of what a copy repeats; it also keeps a title-only entry from hashing to nothing.
    sig = signature(f"{title}\n{text}" if title else text)
    scored = relevance(title, text, pack)
    reasons: dict[str, Any] = {**scored.reasons, "threshold": threshold}
    match = best_match(sig, recent)
    if match is not None:
        reasons["duplicate"] = {
            "of": match.article_id,
            "containment": match.containment,
            "jaccard": match.jaccard,
        }
        return Screening("duplicate", scored.score, reasons, match.article_id, sig)
    status = "relevant" if scored.score >= threshold else "skipped"
    return Screening(status, scored.score, reasons, None, sig)
