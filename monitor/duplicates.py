"""Near-duplicate articles: MinHash signatures over word shingles, pure and deterministic.

Syndicated wire copy reaches us through several outlets, each with its own lede and a tail trimmed to fit.
Such a copy shares most of its word 3-grams with the original but not all, and it is shorter, so Jaccard
similarity undersells it. We store the number of shingles beside the MinHash values and estimate
*containment* (the share of the smaller text's shingles found in the larger one) from the Jaccard estimate
and the two sizes. A copy is a duplicate when containment passes `CONTAINMENT_THRESHOLD` and enough MinHash
values agree outright (`MIN_MATCHES`): with very unequal sizes a handful of chance agreements would
otherwise pass as high containment.

The MinHash is computed here in numpy rather than with datasketch: datasketch hashes every shingle with a
Python-level SHA-1 call, which made a signature cost ~270 us for a 1 KB summary, more than the rest of
screening together; hashing each word once (CRC-32, in C) and the shingles and permutations as whole arrays
costs about a third of that (benchmarks/full_cycle.py). Each permutation is multiply-shift hashing
(Dietzfelbinger et al.): the high 32 bits of `a * x + b` modulo 2**64, with odd random 64-bit `a`, a
2-universal family that needs no modulo by a prime.

Signature layout: 1 byte version, 4 bytes shingle count (big-endian), then NUM_PERM little-endian uint32.
A signature of an older version cannot be compared with a new one: the cycle re-signs the stored originals
of its window when it finds one (`is_current`).
"""

from __future__ import annotations

import string
import struct
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

SIGNATURE_VERSION = 2
NUM_PERM = 128
SHINGLE_WORDS = 3
CONTAINMENT_THRESHOLD = 0.5
MIN_MATCHES = 10  # of NUM_PERM: a Jaccard estimate below ~0.08 is noise, whatever the sizes
_HEADER = struct.Struct(">BI")
_SIZE = _HEADER.size + NUM_PERM * 4
_PUNCTUATION_TO_SPACE = str.maketrans(dict.fromkeys(string.punctuation + "“”‘’„«»‹›—–‐…·•\u00a0", " "))
# Drawn once from a fixed seed with numpy's legacy generator, whose stream numpy keeps stable: every
# signature must stay comparable with every stored one.
_DRAW = np.random.RandomState(20260129)
_MULTIPLIERS = _DRAW.randint(0, 2**63, size=NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_OFFSETS = _DRAW.randint(0, 2**63, size=NUM_PERM, dtype=np.uint64)
# Odd constants that spread three word hashes over a shingle hash (golden ratio and a Murmur3 constant).
_MIX_1, _MIX_2 = np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F)
_SHIFT = np.uint64(32)


@dataclass(frozen=True)
class Match:
    article_id: int
    containment: float
    jaccard: float


class _WordHashes(dict[str, int]):
    """CRC-32 of each word seen, kept: news vocabulary repeats, and a dict lookup costs half a CRC call."""

    LIMIT = 200_000  # words; then it starts again, so a long-running service stays bounded

    def __missing__(self, word: str) -> int:
        if len(self) >= self.LIMIT:
            self.clear()
        value = self[word] = zlib.crc32(word.encode("utf-8"))
        return value


_WORD_HASHES = _WordHashes()


def words_of(text: str) -> list[str]:
    """The text's words, lowercased: letters and digits between punctuation and spaces."""
    # str.translate and str.split run in C: four times faster than re.findall(r"\w+") on news text.
    return text.lower().translate(_PUNCTUATION_TO_SPACE).split()


def shingle_hashes(text: str) -> np.ndarray:
    """The distinct 64-bit hashes of the text's word 3-grams, sorted."""
    words = words_of(text)
    if not words:
        return np.empty(0, dtype=np.uint64)
    hashed = np.fromiter(map(_WORD_HASHES.__getitem__, words), dtype=np.uint64, count=len(words))
    if len(words) < SHINGLE_WORDS:
        hashed = np.concatenate([hashed, np.zeros(SHINGLE_WORDS - len(words), dtype=np.uint64)])
    grams = (hashed[:-2] * _MIX_1 + hashed[1:-1]) * _MIX_2 + hashed[2:]
    grams ^= grams >> _SHIFT
    grams.sort()
    # np.unique does the same with twice the overhead on arrays this small.
    return grams[np.concatenate(([True], grams[1:] != grams[:-1]))]


def signature(text: str) -> bytes:
    grams = shingle_hashes(text)
    if len(grams):
        hashed = (grams & np.uint64(0xFFFFFFFF))[:, None] * _MULTIPLIERS
        hashed += _OFFSETS
        # The high half is monotone in the whole value: shifting the minimum equals the minimum shifted,
        # and saves a pass over the (shingles x NUM_PERM) array.
        values = (hashed.min(axis=0) >> _SHIFT).astype("<u4")
    else:
        values = np.full(NUM_PERM, 0xFFFFFFFF, dtype="<u4")
    return _HEADER.pack(SIGNATURE_VERSION, len(grams)) + values.tobytes()


def signature_of(title: str | None, text: str) -> bytes:
    """An article's signature: the title is part of what a copy repeats, and it keeps a title-only entry
    from hashing to nothing."""
    return signature(f"{title}\n{text}" if title else text)


def is_current(sig: bytes | None) -> bool:
    """Whether a stored signature can be compared with new ones (same version and layout)."""
    return sig is not None and len(sig) == _SIZE and sig[0] == SIGNATURE_VERSION


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
        self._matrix = np.empty((64, NUM_PERM), dtype="<u4")
        for article_id, sig in items:
            self.add(article_id, sig)

    def __len__(self) -> int:
        return self._count

    def add(self, article_id: int, sig: bytes | None) -> None:
        """Add a signature; one of another version (or none) is ignored, as it cannot be compared."""
        if sig is None or not is_current(sig):
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

    def rename(self, old: int, new: int) -> None:
        """Give a signature its article's id (stored under a provisional one until its row was inserted)."""
        ids = self._ids[: self._count]
        ids[ids == old] = new

    def best_match(self, candidate: bytes) -> Match | None:
        size, values = _decode(candidate)
        if size == 0 or self._count == 0:
            return None
        ids, sizes = self._ids[: self._count], self._sizes[: self._count]
        # Counted in uint8 (at most NUM_PERM agree): summing booleans into the default int64 costs twice.
        matches = np.add.reduce(self._matrix[: self._count] == values, axis=1, dtype=np.uint8)
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
    if not is_current(sig):
        raise ValueError("not a signature of this version")
    _version, size = _HEADER.unpack_from(sig)
    return size, np.frombuffer(sig, dtype="<u4", offset=_HEADER.size)
