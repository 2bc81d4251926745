"""MinHash signatures and the banded LSH index of batch/dedup.py."""
from __future__ import annotations

import random
import subprocess
import sys

import numpy as np

from declutter.batch.dedup import DuplicateIndex, signature
from declutter.batch.options import DedupSettings

SETTINGS = DedupSettings()


def words(seed: int, n: int = 400) -> list[str]:
    rng = random.Random(seed)
    return [f"w{rng.randint(0, 10_000)}" for _ in range(n)]


def shingles(text: str, n: int = SETTINGS.shingle_words) -> set[str]:
    w = text.split()
    return {" ".join(w[i : i + n]) for i in range(len(w) - n + 1)}


def edited(base: list[str], changes: int, seed: int) -> str:
    rng = random.Random(seed)
    out = list(base)
    for i in rng.sample(range(len(out)), changes):
        out[i] = f"x{i}"
    return " ".join(out)


def test_signatures_estimate_jaccard_similarity_without_bias():
    errors = []
    for seed in range(40):
        base = words(seed)
        a, b = " ".join(base), edited(base, 25, seed)
        exact = len(shingles(a) & shingles(b)) / len(shingles(a) | shingles(b))
        estimate = float(np.mean(signature(a, SETTINGS) == signature(b, SETTINGS)))
        errors.append(estimate - exact)
    # 128 permutations: one estimate's standard error is at most 0.044.
    assert abs(np.mean(errors)) < 0.02
    assert np.std(errors) < 0.06


def test_short_texts_have_no_signature():
    assert signature(" ".join(words(1, SETTINGS.min_words - 1)), SETTINGS) is None
    assert signature(" ".join(words(1, SETTINGS.min_words)), SETTINGS) is not None


def test_signatures_are_the_same_in_another_process():
    text = " ".join(words(3))
    code = (
        "import sys; from declutter.batch.dedup import signature; from declutter.batch.options import DedupSettings;"
        "print(signature(sys.stdin.read(), DedupSettings()).tolist())"
    )
    other = subprocess.run([sys.executable, "-c", code], input=text, capture_output=True, text=True, check=True)
    assert other.stdout.strip() == str(signature(text, SETTINGS).tolist())


def test_copies_well_above_the_threshold_are_found_and_pages_well_below_are_not():
    index = DuplicateIndex(SETTINGS)
    bases = [words(100 + seed) for seed in range(30)]
    for seed, base in enumerate(bases):
        assert index.check_and_add(signature(" ".join(base), SETTINGS), seed) is None
    # 2 of 400 words changed: Jaccard about 0.95; 40 changed: about 0.4.
    near = [index.check_and_add(signature(edited(base, 2, seed), SETTINGS), f"near {seed}") for seed, base in enumerate(bases)]
    far = [index.check_and_add(signature(edited(base, 40, seed), SETTINGS), f"far {seed}") for seed, base in enumerate(bases)]
    assert near == list(range(len(bases)))
    assert far == [None] * len(bases)


def test_index_names_the_first_copy_and_keeps_distinct_pages_apart():
    index = DuplicateIndex(SETTINGS)
    base = words(7)
    first = signature(" ".join(base), SETTINGS)
    copy = signature(edited(base, 3, 1), SETTINGS)
    other = signature(" ".join(words(8)), SETTINGS)
    assert index.check_and_add(first, "a") is None
    assert index.check_and_add(other, "b") is None
    assert index.check_and_add(copy, "c") == "a"
    assert index.check_and_add(signature(edited(base, 2, 2), SETTINGS), "d") == "a"  # a copy is not indexed itself
    assert index.check_and_add(None, "e") is None
