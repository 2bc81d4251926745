"""Near-duplicate articles across a batch: MinHash signatures and an LSH index.

Workers compute each cleaned article's MinHash signature (word shingles); the
parent, which sees results in input order, asks the LSH index for candidates
and confirms them with the estimated Jaccard similarity. The earliest matching
page in input order is named; a page found to be a copy is not indexed itself,
so every copy points at the first one. No pair of pages is compared unless LSH
puts them in a common bucket.
"""
from __future__ import annotations

import re

import numpy as np

from .options import DedupSettings

_WORD = re.compile(r"\w+")
SEED = 1  # fixed: signatures from any process and any run are comparable


def signature(text: str, settings: DedupSettings) -> np.ndarray | None:
    """The MinHash values of ``text``'s word shingles; None when it is too short to judge."""
    from datasketch import MinHash

    words = _WORD.findall(text.lower())
    if len(words) < settings.min_words:
        return None
    n = settings.shingle_words
    shingles = {" ".join(words[i : i + n]).encode("utf-8") for i in range(len(words) - n + 1)}
    minhash = MinHash(num_perm=settings.num_perm, seed=SEED)
    minhash.update_batch(sorted(shingles))
    return minhash.hashvalues.copy()


class DuplicateIndex:
    """Pages seen so far, by signature; ``check_and_add`` in input order names the first copy."""

    def __init__(self, settings: DedupSettings) -> None:
        from datasketch import MinHash, MinHashLSH

        self.settings = settings
        self.lsh = MinHashLSH(threshold=settings.threshold, num_perm=settings.num_perm)
        self.scheme = getattr(MinHash(num_perm=settings.num_perm, seed=SEED), "scheme", None)
        self.entries: list[tuple[np.ndarray, object]] = []  # key -> (signature, input ref)

    def find(self, values: np.ndarray) -> object | None:
        """The input of the earliest indexed page this signature is a near-copy of."""
        for key in sorted(self.lsh.query(self._minhash(values))):
            other, ref = self.entries[key]
            if float(np.mean(other == values)) >= self.settings.threshold:
                return ref
        return None

    def add(self, values: np.ndarray, ref: object) -> None:
        key = len(self.entries)
        self.entries.append((values, ref))
        self.lsh.insert(key, self._minhash(values), check_duplication=False)

    def check_and_add(self, values: np.ndarray | None, ref: object) -> object | None:
        """The first copy's input for a duplicate (not indexed), else None (indexed)."""
        if values is None:
            return None
        first = self.find(values)
        if first is None:
            self.add(values, ref)
        return first

    def _minhash(self, values: np.ndarray):
        from datasketch import LeanMinHash

        if self.scheme is None:  # datasketch < 2 has one hashing scheme and no parameter
            return LeanMinHash(seed=SEED, hashvalues=values)
        return LeanMinHash(seed=SEED, hashvalues=values, scheme=self.scheme)
