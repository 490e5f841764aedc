"""Near-duplicate articles: MinHash signatures over word shingles (datasketch), pure and deterministic.

Syndicated wire copy reaches us through several outlets, each with its own lede and a tail trimmed to fit.
Such a copy shares most of its word 3-grams with the original but not all, and it is shorter, so Jaccard
similarity undersells it. We store the number of shingles beside the MinHash values and estimate
*containment* (the share of the smaller text's shingles found in the larger one) from the Jaccard estimate
and the two sizes. A copy is a duplicate when containment passes `CONTAINMENT_THRESHOLD` and enough MinHash
values agree outright (`MIN_MATCHES`): with very unequal sizes a handful of chance agreements would
otherwise pass as high containment.

Signature layout: 1 byte version, 4 bytes shingle count (big-endian), then NUM_PERM little-endian uint64.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

SIGNATURE_VERSION = 1
NUM_PERM = 128
SHINGLE_WORDS = 3
CONTAINMENT_THRESHOLD = 0.5
MIN_MATCHES = 10  # of NUM_PERM: a Jaccard estimate below ~0.08 is noise, whatever the sizes
_HEADER = struct.Struct(">BI")
_WORD = re.compile(r"\w+", re.UNICODE)
# The hashing scheme and seed are fixed, and the permutations drawn once: every signature must stay
# comparable with every stored one, whatever datasketch's defaults become.
_SCHEME = "affine32"
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=1, scheme=_SCHEME)


@dataclass(frozen=True)
class Match:
    article_id: int
    containment: float
    jaccard: float


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {
        " ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8") for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def signature(text: str) -> bytes:
    grams = shingles(text)
    minhash = MinHash(num_perm=NUM_PERM, seed=1, permutations=_TEMPLATE.permutations, scheme=_SCHEME)
    if grams:
        minhash.update_batch(list(grams))
    values = np.asarray(minhash.hashvalues, dtype="<u8")
    return _HEADER.pack(SIGNATURE_VERSION, len(grams)) + values.tobytes()


def best_match(candidate: bytes, recent: Sequence[tuple[int, bytes]] | SignatureIndex) -> Match | None:
    """The stored article this one most likely copies (highest containment, then oldest id), or None."""
    index = recent if isinstance(recent, SignatureIndex) else SignatureIndex(recent)
    return index.best_match(candidate)


class SignatureIndex:
    """The recent originals' signatures as one matrix, grown in place.

    A cycle screens thousands of articles against the same window: building the matrix once and adding a
    row per new original makes each comparison one vectorised pass, instead of re-decoding every stored
    signature for every article.
    """

    def __init__(self, items: Iterable[tuple[int, bytes]] = ()) -> None:
        self._count = 0
        self._ids = np.empty(64, dtype=np.int64)
        self._sizes = np.empty(64, dtype=np.float64)
        self._matrix = np.empty((64, NUM_PERM), dtype="<u8")
        for article_id, sig in items:
            self.add(article_id, sig)

    def __len__(self) -> int:
        return self._count

    def add(self, article_id: int, sig: bytes | None) -> None:
        """Add a signature; one of another version (or none) is ignored, as it cannot be compared."""
        if sig is None or not _readable(sig):
            return
        if self._count == len(self._ids):
            capacity = 2 * len(self._ids)
            self._ids = np.resize(self._ids, capacity)
            self._sizes = np.resize(self._sizes, capacity)
            self._matrix = np.resize(self._matrix, (capacity, NUM_PERM))
        size, values = _decode(sig)
        self._ids[self._count] = article_id
        self._sizes[self._count] = size
        self._matrix[self._count] = values
        self._count += 1

    def remove(self, article_id: int) -> None:
        keep = self._ids[: self._count] != article_id
        kept = int(keep.sum())
        self._ids[:kept] = self._ids[: self._count][keep]
        self._sizes[:kept] = self._sizes[: self._count][keep]
        self._matrix[:kept] = self._matrix[: self._count][keep]
        self._count = kept

    def best_match(self, candidate: bytes) -> Match | None:
        size, values = _decode(candidate)
        if size == 0 or self._count == 0:
            return None
        ids, sizes = self._ids[: self._count], self._sizes[: self._count]
        matches = (self._matrix[: self._count] == values).sum(axis=1)
        jaccard = matches / NUM_PERM
        # |A ∩ B| = J (|A| + |B|) / (1 + J); containment divides it by the smaller set.
        intersection = jaccard * (size + sizes) / (1.0 + jaccard)
        smaller = np.minimum(size, np.maximum(sizes, 1.0))
        containment = np.minimum(1.0, intersection / smaller)
        eligible = (matches >= MIN_MATCHES) & (containment >= CONTAINMENT_THRESHOLD)
        if not eligible.any():
            return None
        # Highest containment wins; among equals, the oldest article (smallest id) is the original.
        order = np.lexsort((ids, -containment))
        best = next(i for i in order if eligible[i])
        return Match(int(ids[best]), round(float(containment[best]), 3), round(float(jaccard[best]), 3))


def _decode(sig: bytes) -> tuple[int, np.ndarray]:
    if not _readable(sig):
        raise ValueError("not a signature of this version")
    _version, size = _HEADER.unpack_from(sig)
    return size, np.frombuffer(sig, dtype="<u8", offset=_HEADER.size)


def _readable(sig: bytes | None) -> bool:
    return sig is not None and len(sig) == _HEADER.size + NUM_PERM * 8 and sig[0] == SIGNATURE_VERSION
