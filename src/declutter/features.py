"""General evidence about each block, for the content classifier.

Nothing here knows a site: a block is described by its length and shape, its
stopword density in the page's language, its punctuation, whether it looks
like a list item or a link, whether it repeats in the page, where it sits, and
(in ``context_features``) what its neighbours and the page's densest run of
prose say about it. Both the shipped model and scripts/train_content.py use
these functions, so training and run time see the same numbers.
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources

from .document import Block

_WORD = re.compile(r"\w+")
# List markers that text renderings put in front of menu and list items.
_BULLETS = frozenset("*+-•·–—>»›|#")
# Separators of breadcrumbs and link rows ("Home | News", "A › B").
_SEPARATORS = re.compile(r"\s[|»›/•·]\s|\s>\s")
# Sentence punctuation across scripts (Latin, CJK, Devanagari, Arabic).
_PUNCT = re.compile(r"[.,;:!?。，、！？।؟]")
_SENTENCE_END = (".", "!", "?", "…", "。", "！", "？", "।", "؟", '"', "”", "’", "»", ")")
# Two words glued by a scraper that dropped the space between inline
# elements ("HomeNewsSport"): a lower-case letter directly before a capital.
_GLUED = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]")

LOCAL_NAMES = (
    "bias", "log_words", "words_le3", "words_le8", "words_gt20", "stopwords", "stopwords_x_len",
    "sentence_end", "punct_per_word", "digits", "capitalised", "bullet", "separators",
    "dropped", "repeated", "position", "glued", "log_chars_per_word", "ends_colon", "no_stopword",
)


@lru_cache(maxsize=1)
def _stopword_table() -> dict[str, frozenset[str]]:
    path = resources.files("declutter") / "models" / "stopwords.json"
    table = json.loads(path.read_text(encoding="utf-8"))
    merged = frozenset(w for words in table.values() for w in words)
    out = {lang: frozenset(words) for lang, words in table.items()}
    out[""] = merged  # language unknown or without a list: any language's function words
    return out


def stopwords_for(language: str | None) -> frozenset[str]:
    table = _stopword_table()
    return table.get(language or "", table[""])


def local_features(blocks: list[Block], language: str | None) -> list[list[float]]:
    """One row of LOCAL_NAMES per block, from the block itself and the page's counts."""
    stop = stopwords_for(language)
    counts: dict[str, int] = {}
    for block in blocks:
        counts[block.text] = counts.get(block.text, 0) + 1
    last = max(len(blocks) - 1, 1)
    return [_local(b, stop, counts[b.text] > 1, b.index / last) for b in blocks]


def _local(block: Block, stop: frozenset[str], repeated: bool, position: float) -> list[float]:
    text = block.text
    words = _WORD.findall(text.lower())
    n = len(words) or 1
    sw = sum(1 for w in words if w in stop) / n
    chars = len(text)
    return [
        1.0,
        math.log1p(len(words)),
        float(len(words) <= 3),
        float(len(words) <= 8),
        float(len(words) > 20),
        sw,
        sw * math.log1p(len(words)),
        float(text.endswith(_SENTENCE_END)),
        len(_PUNCT.findall(text)) / n,
        sum(c.isdigit() for c in text) / chars,
        sum(1 for w in text.split() if w[:1].isupper()) / n,
        float(text[0] in _BULLETS),
        float(_SEPARATORS.search(text) is not None),
        float(not block.kept),
        float(repeated),
        position,
        min(len(_GLUED.findall(text)), 5) / 5,
        math.log1p(chars / n),
        float(text.endswith(":")),
        float(sw == 0.0),
    ]


CONTEXT_NAMES = (
    "p", "p_prev", "p_next", "p_window2", "p_window5", "dropped_window3",
    "in_core", "log_core_distance", "core_share",
)


def context_features(blocks: list[Block], probs: list[float], words: list[int]) -> list[list[float]]:
    """What the neighbours and the densest run of prose say about each block.

    ``probs`` are the first stage's per-block probabilities of being article
    text; the densest run is the stretch of blocks with the largest sum of
    (p - 0.5) weighted by length, like jusText's context-sensitive pass.
    """
    n = len(blocks)
    start, end = _densest_run(probs, words)
    core_words = sum(words[start : end + 1]) or 1
    total_words = sum(words) or 1
    prefix = [0.0]
    dropped = [0.0]
    for p, b in zip(probs, blocks):
        prefix.append(prefix[-1] + p)
        dropped.append(dropped[-1] + (not b.kept))
    rows = []
    for i in range(n):
        distance = start - i if i < start else (i - end if i > end else 0)
        rows.append([
            probs[i],
            probs[i - 1] if i else 0.0,
            probs[i + 1] if i + 1 < n else 0.0,
            _window_mean(prefix, i, 2, n),
            _window_mean(prefix, i, 5, n),
            _window_mean(dropped, i, 3, n),
            float(distance == 0),
            math.log1p(distance),
            core_words / total_words,
        ])
    return rows


def _window_mean(prefix: list[float], i: int, radius: int, n: int) -> float:
    lo, hi = max(0, i - radius), min(n, i + radius + 1)
    return (prefix[hi] - prefix[lo]) / (hi - lo)


def _densest_run(probs: list[float], words: list[int]) -> tuple[int, int]:
    """Kadane's maximum-sum stretch of (p - 0.5) * log(1 + words)."""
    best, best_span = -1.0, (0, -1)
    run, run_start = 0.0, 0
    for i, (p, w) in enumerate(zip(probs, words)):
        if run <= 0:
            run, run_start = 0.0, i
        run += (p - 0.5) * math.log1p(w)
        if run > best:
            best, best_span = run, (run_start, i)
    return best_span


def word_counts(blocks: list[Block]) -> list[int]:
    return [len(_WORD.findall(b.text)) for b in blocks]


def score(row: list[float], weights: list[float]) -> float:
    """The logistic model's probability for one feature row."""
    z = sum(x * w for x, w in zip(row, weights))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
