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
_DIGITS = re.compile(r"\d")  # counted by the regex engine: a Python loop per character was the slowest feature
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
    "words_1", "words_2", "words_4to6", "words_11to40", "sw_lt10", "sw_10to20", "sw_20to30", "sw_gt40",
    "question", "quote",
    "blank_before", "blank_after", "log_group", "same_indent_prev", "same_indent_next", "log_indent",
)
# Bins of the two strongest signals, so a linear model can bend with them.
_WORD_BINS = ((1, 1), (2, 2), (4, 6), (11, 40))
_STOP_BINS = ((0.0, 0.1), (0.1, 0.2), (0.2, 0.3), (0.4, 1.01))


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


def local_features(blocks: list[Block], language: str | None, source: str = "") -> list[list[float]]:
    """One row of LOCAL_NAMES per block, from the block itself, its layout and the page's counts."""
    stop = stopwords_for(language)
    counts: dict[str, int] = {}
    for block in blocks:
        counts[block.text] = counts.get(block.text, 0) + 1
    last = max(len(blocks) - 1, 1)
    layout = _layout(blocks, source)
    return [_local(b, stop, counts[b.text] > 1, b.index / last) + lay for b, lay in zip(blocks, layout)]


def _layout(blocks: list[Block], source: str) -> list[list[float]]:
    """What the renderer's layout says: blank lines around a block (a menu is
    one group of many lines, a paragraph a group of one) and its indentation
    (renderers indent by nesting; the article's paragraphs share one depth).
    A renderer without blank lines or indents gives the same values everywhere."""
    n = len(blocks)
    indents = [b.start - (source.rfind("\n", 0, b.start) + 1) for b in blocks] if source else [0] * n
    gap_before = [i == 0 or blocks[i].line - blocks[i - 1].line > 1 for i in range(n)]
    group_size, rows, start = [0] * n, [], 0
    for i in range(1, n + 1):
        if i == n or gap_before[i]:
            group_size[start:i] = [i - start] * (i - start)
            start = i
    for i in range(n):
        rows.append([
            float(gap_before[i]),
            float(i + 1 == n or gap_before[i + 1]),
            math.log1p(min(group_size[i], 20)),
            float(i > 0 and indents[i] == indents[i - 1]),
            float(i + 1 < n and indents[i] == indents[i + 1]),
            math.log1p(min(indents[i], 40)),
        ])
    return rows


def _local(block: Block, stop: frozenset[str], repeated: bool, position: float) -> list[float]:
    text = block.text
    words = _WORD.findall(text.lower())
    n = len(words) or 1
    sw = sum(map(stop.__contains__, words)) / n
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
        len(_DIGITS.findall(text)) / chars,
        sum([w[:1].isupper() for w in text.split()]) / n,
        float(text[0] in _BULLETS),
        float(_SEPARATORS.search(text) is not None),
        float(not block.kept),
        float(repeated),
        position,
        min(len(_GLUED.findall(text)), 5) / 5,
        math.log1p(chars / n),
        float(text.endswith(":")),
        float(sw == 0.0),
        *(float(lo <= len(words) <= hi) for lo, hi in _WORD_BINS),
        *(float(lo <= sw < hi) for lo, hi in _STOP_BINS),
        float(text.endswith("?")),
        float(text[:1] in "\"“„«'"),
    ]


CONTEXT_NAMES = (
    "p", "p_prev", "p_next", "p_window2", "p_window5", "p_window12", "dropped_window3",
    "in_core", "log_before_core", "log_after_core", "core_share", "core_position",
    "prev_log_words", "next_log_words", "prev_sentence_end", "next_sentence_end",
    "prev_bullet", "next_bullet", "prev_dropped", "next_dropped", "p_x_in_core",
    "p_over_max", "words_over_max", "sw_minus_core", "before_title", "after_section_end", "log_blocks",
    "in_sure_span", "log_sure_distance", "core_indent",
)
# A block the first stage is this sure of is article text; the article spans
# from the first such block to the last (a list or a table inside it included).
SURE = 0.7
# Kinds after which the article is over: what follows is the page's furniture.
_SECTION_ENDS = frozenset({"related-teasers", "comments-widget", "feed-footer"})
_SW, _INDENT = LOCAL_NAMES.index("stopwords"), LOCAL_NAMES.index("log_indent")
_LOG_WORDS, _SENTENCE, _BULLET, _DROPPED = (LOCAL_NAMES.index(n) for n in ("log_words", "sentence_end", "bullet", "dropped"))


def context_features(blocks: list[Block], rows: list[list[float]], probs: list[float], words: list[int]) -> list[list[float]]:
    """What the neighbours and the densest run of prose say about each block.

    ``probs`` are the first stage's per-block probabilities of being article
    text; the densest run is the stretch of blocks with the largest sum of
    (p - 0.5) weighted by length, like jusText's context-sensitive pass.
    """
    n = len(blocks)
    # Blocks the rules dropped weigh nothing: an in-article newsletter box or
    # share bar must not split the article's run in two.
    start, end = _densest_run(probs, [w if b.kept else 0 for b, w in zip(blocks, words)])
    core_words = sum(words[start : end + 1]) or 1
    total_words = sum(words) or 1
    prefix = [0.0]
    dropped = [0.0]
    for p, b in zip(probs, blocks):
        prefix.append(prefix[-1] + p)
        dropped.append(dropped[-1] + (not b.kept))
    edge = [0.0] * len(LOCAL_NAMES)  # beyond the page: nothing
    page = _page_facts(blocks, rows, probs, start, end)
    sure = [i for i, p in enumerate(probs) if p >= SURE and blocks[i].kept] or [start]
    nearest = _nearest_distances(sure, n)
    out = []
    for i in range(n):
        prev, nxt = rows[i - 1] if i else edge, rows[i + 1] if i + 1 < n else edge
        in_core = float(start <= i <= end)
        out.append([
            probs[i],
            probs[i - 1] if i else 0.0,
            probs[i + 1] if i + 1 < n else 0.0,
            _window_mean(prefix, i, 2, n),
            _window_mean(prefix, i, 5, n),
            _window_mean(prefix, i, 12, n),
            _window_mean(dropped, i, 3, n),
            in_core,
            math.log1p(max(0, start - i)),
            math.log1p(max(0, i - end)),
            core_words / total_words,
            (i - start) / (end - start + 1) if in_core else 0.0,
            prev[_LOG_WORDS], nxt[_LOG_WORDS], prev[_SENTENCE], nxt[_SENTENCE],
            prev[_BULLET], nxt[_BULLET], prev[_DROPPED], nxt[_DROPPED],
            probs[i] * in_core,
            probs[i] / page[0],
            rows[i][_LOG_WORDS] / page[1],
            rows[i][_SW] - page[2],
            float(i < page[3]),
            float(i > page[4]),
            page[5],
            float(sure[0] <= i <= sure[-1]),
            math.log1p(nearest[i]),
            float(rows[i][_INDENT] == page[6]),
        ])
    return out


def _nearest_distances(marks: list[int], n: int) -> list[int]:
    """For each index, the distance in blocks to the nearest marked index."""
    out, k = [], 0
    for i in range(n):
        while k + 1 < len(marks) and abs(marks[k + 1] - i) <= abs(marks[k] - i):
            k += 1
        out.append(abs(marks[k] - i))
    return out


def _page_facts(blocks: list[Block], rows: list[list[float]], probs: list[float], start: int, end: int) -> tuple:
    """Page-wide yardsticks: a block is judged against its own page's best prose."""
    max_p = max(probs) or 1.0
    max_words = max(r[_LOG_WORDS] for r in rows) or 1.0
    core = rows[start : end + 1] or rows
    core_sw = sum(r[_SW] for r in core) / len(core)
    title = next((b.index for b in blocks if b.role == "title"), -1)
    ends = next((b.index for b in blocks if b.kind in _SECTION_ENDS and b.index > end), len(blocks))
    depth: dict[float, float] = {}  # the indentation that holds most of the core's words
    for r in core:
        depth[r[_INDENT]] = depth.get(r[_INDENT], 0.0) + r[_LOG_WORDS]
    core_indent = max(depth, key=depth.get)
    return max_p, max_words, core_sw, title, ends, math.log1p(len(blocks)), core_indent


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


def scores(rows: list[list[float]], weights) -> list[float]:
    """The logistic model's probabilities for many rows at once (one matrix product:
    a Python sum per row was a tenth of ``clean()``)."""
    import numpy as np

    if not rows:
        return []
    z = np.asarray(rows, dtype=float) @ np.asarray(weights, dtype=float)
    return (1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))).tolist()
