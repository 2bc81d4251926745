"""Near-duplicate articles across a batch: MinHash signatures and a banded LSH index.

Workers compute each cleaned article's MinHash signature (word shingles); the
parent, which sees results in input order, asks the LSH index for candidates
and confirms them with the estimated Jaccard similarity. The earliest matching
page in input order is named; a page found to be a copy is not indexed itself,
so every copy points at the first one. No pair of pages is compared unless LSH
puts them in a common bucket.

Both are the textbook constructions (Leskovec, Rajaraman and Ullman, *Mining
of Massive Datasets*, ch. 3), in numpy. datasketch has the same, and this
module used it, but importing datasketch imports scipy: 0.33 s at the start of
every batch, spent before the worker processes can fork (they share what the
parent has loaded), which alone held a 990-page run at -j2 under 1.7 x -j1.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Generic, TypeVar

import numpy as np
import numpy.typing as npt

from declutter.batch.options import DedupSettings
from declutter.blocks import WORD

# A page's MinHash values, one per permutation.
Signature = npt.NDArray[np.uint64]
# What the index names a page by: a page's "input" reference in a batch.
Ref = TypeVar("Ref")

SEED = 1  # fixed: signatures from any process and any run are comparable
# Shingles hashed per numpy step: bounds the (shingles x permutations) table to 4 MB.
_HASH_ROWS = 4096
# Similarity grid for choosing the bands: 0.001 steps are far finer than a
# choice between neighbouring (bands, rows) pairs needs.
_GRID = np.linspace(0.0, 1.0, 1001)


def signature(text: str, settings: DedupSettings) -> Signature | None:
    """The MinHash values of ``text``'s word shingles; None when it is too short to judge."""
    words = WORD.findall(text.lower())
    if len(words) < settings.min_words:
        return None
    n = settings.shingle_words
    # A shingle is its words' UTF-8 joined by spaces (as bytes: each word encoded once,
    # the same bytes as encoding the joined words), hashed to 8 little-endian bytes.
    encoded = [word.encode("utf-8", "surrogatepass") for word in words]
    shingles = set(map(b" ".join, zip(*(encoded[i:] for i in range(n)))))
    digests = b"".join([hashlib.blake2b(shingle, digest_size=8).digest() for shingle in shingles])
    hashes = np.frombuffer(digests, dtype="<u8").astype(np.uint64, copy=False)
    multipliers, offsets = permutations(settings.num_perm)
    lowest = np.full(settings.num_perm, np.iinfo(np.uint64).max, dtype=np.uint64)
    for start in range(0, len(hashes), _HASH_ROWS):
        # a * h + b modulo 2**64 (numpy wraps): with a odd, a permutation of the 64-bit hashes.
        permuted = np.multiply.outer(hashes[start : start + _HASH_ROWS], multipliers) + offsets
        np.minimum(lowest, permuted.min(axis=0), out=lowest)
    return lowest


@lru_cache(maxsize=4)
def permutations(num_perm: int) -> tuple[Signature, Signature]:
    """The (odd multiplier, offset) pairs of the ``num_perm`` hash permutations, the same everywhere."""
    rng = np.random.default_rng(SEED)
    multipliers = rng.integers(0, 2**63, size=num_perm, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    offsets = rng.integers(0, 2**64 - 1, size=num_perm, dtype=np.uint64, endpoint=True)
    return multipliers, offsets


@lru_cache(maxsize=16)
def bands_for(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows per band) whose LSH curve best separates pages above and below ``threshold``.

    Two signatures share a bucket with probability 1 - (1 - s**rows)**bands at
    Jaccard similarity s. The chosen pair minimises the area under that curve
    below the threshold (pairs looked at in vain) plus the area above it under
    one minus the curve (copies missed), weighted equally.
    """
    below, above = _GRID <= threshold, _GRID >= threshold
    best, best_error = (1, num_perm), float("inf")
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            caught = 1.0 - (1.0 - _GRID**rows) ** bands
            error = _area(caught[below], _GRID[below]) + _area(1.0 - caught[above], _GRID[above])
            if error < best_error:
                best, best_error = (bands, rows), error
    return best


def _area(y: npt.NDArray[np.float64], x: npt.NDArray[np.float64]) -> float:
    return float(np.sum((y[1:] + y[:-1]) * np.diff(x)) / 2) if len(x) > 1 else 0.0


class DuplicateIndex(Generic[Ref]):
    """Pages seen so far, by signature; ``check_and_add`` in input order names the first copy."""

    def __init__(self, settings: DedupSettings) -> None:
        self.settings = settings
        bands, rows = bands_for(settings.threshold, settings.num_perm)
        self.band_slices = [slice(b * rows, (b + 1) * rows) for b in range(bands)]
        self.buckets: list[dict[bytes, list[int]]] = [{} for _ in range(bands)]
        self.entries: list[tuple[Signature, Ref]] = []  # key -> (signature, input ref)

    def find(self, values: Signature) -> Ref | None:
        """The input of the earliest indexed page this signature is a near-copy of."""
        candidates: set[int] = set()
        for band, bucket in zip(self.band_slices, self.buckets, strict=True):
            candidates.update(bucket.get(values[band].tobytes(), ()))
        for key in sorted(candidates):
            other, ref = self.entries[key]
            if float(np.mean(other == values)) >= self.settings.threshold:
                return ref
        return None

    def add(self, values: Signature, ref: Ref) -> None:
        key = len(self.entries)
        self.entries.append((values, ref))
        for band, bucket in zip(self.band_slices, self.buckets, strict=True):
            bucket.setdefault(values[band].tobytes(), []).append(key)

    def check_and_add(self, values: Signature | None, ref: Ref) -> Ref | None:
        """The first copy's input for a duplicate (not indexed), else None (indexed)."""
        if values is None:
            return None
        first = self.find(values)
        if first is None:
            self.add(values, ref)
        return first
