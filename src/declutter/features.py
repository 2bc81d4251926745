"""General evidence about each block, for the content classifier.

Nothing here knows a site: a block is described by its length and shape, its
stopword density in the page's language, its punctuation, whether it looks
like a list item or a link, whether it repeats in the page, where it sits, and
(in ``context_features``) what its neighbours and the page's densest run of
prose say about it. Both the shipped model and scripts/train_content.py use
these functions, so training and run time see the same numbers.

The page is read once, as an array of code points (``charclass``): a block's
counts are the marked characters between its offsets. Computing the same
numbers block by block in Python was a third of ``clean()`` on the corpus'
text pages.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from . import charclass as cc
from .document import Block

_WORD = re.compile(r"\w+")

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


@dataclass(frozen=True)
class LocalFeatures:
    rows: np.ndarray  # one row of LOCAL_NAMES per block
    words: np.ndarray  # words per block (runs of \w)


@lru_cache(maxsize=1)
def _stopword_table() -> dict[str, frozenset[str]]:
    path = resources.files("declutter") / "models" / "stopwords.json"
    table = json.loads(path.read_text(encoding="utf-8"))
    merged = frozenset(w for words in table.values() for w in words)
    out = {lang: frozenset(words) for lang, words in table.items()}
    out[""] = merged  # language unknown or without a list: any language's function words
    return out


def stopword_lists() -> dict[str, frozenset[str]]:
    """Each language's function words (models/stopwords.json)."""
    return {language: words for language, words in _stopword_table().items() if language}


def stopwords_for(language: str | None) -> frozenset[str]:
    table = _stopword_table()
    return table.get(language or "", table[""])


def local_features(blocks: list[Block], language: str | None, source: str = "") -> LocalFeatures:
    """LOCAL_NAMES for every block, from the block itself, its layout and the page's counts.

    ``source`` is the text the blocks' offsets point into; without it the
    blocks are read one per line, with no layout.
    """
    if not blocks:
        return LocalFeatures(np.zeros((0, len(LOCAL_NAMES))), np.zeros(0, dtype=int))
    page, starts, ends = _page_and_offsets(blocks, source)
    chars = cc.page_chars(page)
    counts = chars.block_counts(starts, ends)
    words = counts.words
    n = np.maximum(words, 1)
    sw = _stopword_counts(page, chars, starts, ends, words, stopwords_for(language)) / n
    length = (ends - starts).astype(float)
    first, last = chars.flags[starts], chars.flags[ends - 1]
    log_words = np.log1p(words)
    texts = [b.text for b in blocks]
    occurrences = Counter(texts)
    columns = [
        1.0, log_words, words <= 3, words <= 8, words > 20, sw, sw * log_words,
        (last & cc.SENTENCE_END) > 0,
        counts.punct / n,
        counts.digits / length,
        counts.capitalised / n,
        (first & cc.BULLET) > 0,
        counts.separators > 0,
        [b.kind is not None for b in blocks],  # dropped by a rule (Block.kept, inlined: a hot loop)
        [occurrences[t] > 1 for t in texts],
        np.arange(len(blocks)) / max(len(blocks) - 1, 1),
        np.minimum(counts.glued, 5) / 5,
        np.log1p(length / n),
        chars.codes[ends - 1] == ord(":"),
        sw == 0.0,
        *((lo <= words) & (words <= hi) for lo, hi in _WORD_BINS),
        *((lo <= sw) & (sw < hi) for lo, hi in _STOP_BINS),
        chars.codes[ends - 1] == ord("?"),
        (first & cc.QUOTE) > 0,
        *_layout(blocks, chars, starts, bool(source)),
    ]
    return LocalFeatures(_float_matrix(len(blocks), columns), words)


def _float_matrix(n: int, columns: list) -> np.ndarray:
    """The columns (arrays, lists or one value for all rows) side by side as floats, written
    in place: a float array per column, then np.column_stack, was 7% of the content step."""
    matrix = np.empty((n, len(columns)))
    for i, column in enumerate(columns):
        matrix[:, i] = column
    return matrix


def _page_and_offsets(blocks: list[Block], source: str) -> tuple[str, np.ndarray, np.ndarray]:
    if source:
        return source, np.array([b.start for b in blocks]), np.array([b.end for b in blocks])
    lengths = np.array([len(b.text) for b in blocks])
    starts = np.concatenate([[0], np.cumsum(lengths + 1)[:-1]])
    return "\n".join(b.text for b in blocks), starts, starts + lengths


def _stopword_counts(page: str, chars: cc.PageChars, starts: np.ndarray, ends: np.ndarray, words: np.ndarray, stop: frozenset[str]) -> np.ndarray:
    """Stopwords per block: the page's words in order, each block owning the next ``words[i]``.

    The words are the page with every non-word character made a space, split:
    the same words as ``\\w+``, at a third of its cost."""
    spaced = np.where(chars.flags & cc.WORD != 0, chars.codes, 32).astype(np.uint32)
    found = spaced.tobytes().decode("utf-32-le", "surrogatepass").lower().split()
    if len(found) != int(words.sum()):  # words outside the blocks (a caller's own offsets): per block
        spans = zip(starts.tolist(), ends.tolist())
        return np.array([sum(map(stop.__contains__, _WORD.findall(page[s:e].lower()))) for s, e in spans], dtype=float)
    # Through a bytearray: np.fromiter takes half again as long per word.
    hits = np.frombuffer(bytearray(map(stop.__contains__, found)), dtype=bool)
    owner = np.repeat(np.arange(len(words)), words)
    return np.bincount(owner, weights=hits, minlength=len(words))


def _layout(blocks: list[Block], chars: cc.PageChars, starts: np.ndarray, has_layout: bool) -> list[np.ndarray]:
    """What the renderer's layout says: blank lines around a block (a menu is
    one group of many lines, a paragraph a group of one) and its indentation
    (renderers indent by nesting; the article's paragraphs share one depth).
    A renderer without blank lines or indents gives the same values everywhere."""
    n = len(blocks)
    lines = np.array([b.line for b in blocks])
    gap_before = np.ones(n, dtype=bool)
    gap_before[1:] = np.diff(lines) > 1
    gap_after = np.ones(n, dtype=bool)
    gap_after[:-1] = gap_before[1:]
    group = np.cumsum(gap_before) - 1
    group_size = np.bincount(group)[group]
    indents = starts - _line_starts(np.flatnonzero(chars.codes == 10), starts) if has_layout else np.zeros(n, dtype=int)
    same_prev = np.zeros(n, dtype=bool)
    same_prev[1:] = indents[1:] == indents[:-1]
    same_next = np.zeros(n, dtype=bool)
    same_next[:-1] = same_prev[1:]
    return [gap_before, gap_after, np.log1p(np.minimum(group_size, 20)), same_prev, same_next, np.log1p(np.minimum(indents, 40))]


def _line_starts(newlines: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """The offset where each block's line begins (just after the last newline before it)."""
    before = np.searchsorted(newlines, starts) - 1
    if newlines.size == 0:
        return np.zeros(len(starts), dtype=int)
    return np.where(before >= 0, newlines[np.maximum(before, 0)] + 1, 0)


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
_NEIGHBOUR_COLUMNS = [_LOG_WORDS, _SENTENCE, _BULLET, _DROPPED]


def context_features(blocks: list[Block], rows: np.ndarray, probs, words) -> np.ndarray:
    """What the neighbours and the densest run of prose say about each block (CONTEXT_NAMES).

    ``probs`` are the first stage's per-block probabilities of being article
    text; the densest run is the stretch of blocks with the largest sum of
    (p - 0.5) weighted by length, like jusText's context-sensitive pass.
    """
    n = len(blocks)
    p, words = np.asarray(probs, dtype=float), np.asarray(words)
    kept = rows[:, _DROPPED] == 0.0
    # Blocks the rules dropped weigh nothing: an in-article newsletter box or
    # share bar must not split the article's run in two.
    start, end = _densest_run(p, np.where(kept, words, 0))
    index = np.arange(n)
    in_core = (start <= index) & (index <= end)
    page = _page_facts(blocks, rows, p, start, end)
    sure = np.flatnonzero((p >= SURE) & kept)
    sure = sure if sure.size else np.array([start])
    shifted = np.zeros((n + 2, 1 + len(_NEIGHBOUR_COLUMNS)))  # p, then _NEIGHBOUR_COLUMNS; beyond the page: nothing
    shifted[1:-1, 0], shifted[1:-1, 1:] = p, rows[:, _NEIGHBOUR_COLUMNS]
    prev, nxt = shifted[:-2], shifted[2:]
    columns = [
        p, prev[:, 0], nxt[:, 0],
        *_window_means(p, (2, 5, 12)), *_window_means(~kept, (3,)),
        in_core,
        np.log1p(np.maximum(0, start - index)), np.log1p(np.maximum(0, index - end)),
        (words[start : end + 1].sum() or 1) / (words.sum() or 1),
        np.where(in_core, (index - start) / max(end - start + 1, 1), 0.0),
        prev[:, 1], nxt[:, 1], prev[:, 2], nxt[:, 2], prev[:, 3], nxt[:, 3], prev[:, 4], nxt[:, 4],
        p * in_core, p / page.max_p, rows[:, _LOG_WORDS] / page.max_words, rows[:, _SW] - page.core_sw,
        index < page.title, index > page.ends, np.log1p(n),
        (sure[0] <= index) & (index <= sure[-1]),
        np.log1p(_nearest_distances(sure, n)),
        rows[:, _INDENT] == page.core_indent,
    ]
    return _float_matrix(n, columns)


def _window_means(values: np.ndarray, radii: tuple[int, ...]) -> np.ndarray:
    """The mean of ``values`` over each block's window of ``radius`` blocks either side, a row
    per radius, from one running sum (at a hundred blocks a page, numpy's cost is per call)."""
    n = len(values)
    prefix = np.zeros(n + 1)
    np.cumsum(values, dtype=float, out=prefix[1:])
    index, reach = np.arange(n), np.array(radii)[:, None]
    lo, hi = np.maximum(0, index - reach), np.minimum(n, index + reach + 1)
    return (prefix[hi] - prefix[lo]) / (hi - lo)


def _nearest_distances(marks: np.ndarray, n: int) -> np.ndarray:
    """For each index, the distance in blocks to the nearest marked index (``marks`` sorted)."""
    index = np.arange(n)
    after = np.minimum(np.searchsorted(marks, index), len(marks) - 1)
    before = np.maximum(after - 1, 0)
    return np.minimum(np.abs(marks[after] - index), np.abs(marks[before] - index))


@dataclass(frozen=True)
class _PageFacts:
    """Page-wide yardsticks: a block is judged against its own page's best prose."""

    max_p: float
    max_words: float
    core_sw: float
    title: int  # index of the title block, or -1
    ends: int  # index of the first block ending the article's section, or len(blocks)
    core_indent: float  # the indentation that holds most of the core's words


def _page_facts(blocks: list[Block], rows: np.ndarray, p: np.ndarray, start: int, end: int) -> _PageFacts:
    core = rows[start : end + 1] if end >= start else rows
    return _PageFacts(
        max_p=float(p.max()) or 1.0,
        max_words=float(rows[:, _LOG_WORDS].max()) or 1.0,
        core_sw=float(core[:, _SW].mean()),
        title=next((b.index for b in blocks if b.role == "title"), -1),
        ends=next((b.index for b in blocks if b.kind in _SECTION_ENDS and b.index > end), len(blocks)),
        core_indent=_heaviest_indent(core),
    )


def _heaviest_indent(core: np.ndarray) -> float:
    """The indentation holding most of the core's words, the shallowest of equals (summed
    in a dict: at a hundred blocks a page, np.unique's sort cost more)."""
    weight: defaultdict[float, float] = defaultdict(float)
    for depth, log_words in zip(core[:, _INDENT].tolist(), core[:, _LOG_WORDS].tolist()):
        weight[depth] += log_words
    return max(sorted(weight), key=weight.__getitem__)


def _densest_run(probs: np.ndarray, words: np.ndarray) -> tuple[int, int]:
    """Kadane's maximum-sum stretch of (p - 0.5) * log(1 + words), from running sums:
    the best stretch ending at i starts after the lowest running sum before it."""
    if not len(probs):
        return 0, -1
    total = np.concatenate([[0.0], np.cumsum((probs - 0.5) * np.log1p(words))])
    before = total[:-1]
    lowest = np.minimum.accumulate(before)
    # Where the lowest sum so far was last reached (a tie restarts the stretch there).
    low_at = np.maximum.accumulate(np.where(before == lowest, np.arange(len(before)), 0))
    gain = total[1:] - lowest
    end = int(np.argmax(gain))  # the first of equal bests
    return (int(low_at[end]), end) if gain[end] > -1.0 else (0, -1)


def word_counts(blocks: list[Block]) -> list[int]:
    return [len(_WORD.findall(b.text)) for b in blocks]


def scores(rows, weights) -> np.ndarray:
    """The logistic model's probabilities for many rows at once (one matrix product)."""
    rows = np.asarray(rows, dtype=float)
    if rows.size == 0:
        return np.zeros(len(rows))
    z = rows @ np.asarray(weights, dtype=float)
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))
