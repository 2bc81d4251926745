"""What a block's neighbourhood says about it: the second stage's features (CONTEXT_NAMES).

The first stage scores each block alone (``features.local_features``); this
module describes each block by its neighbours' scores and local features, its
distance from the page's densest run of prose, how much the best run of prose
would lose by stretching to take it in, and page-wide yardsticks. Both the
shipped model and scripts/train_content.py use it.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from operator import attrgetter

import numpy as np

from .document import Block
from .features import LOCAL_NAMES, float_matrix

CONTEXT_NAMES = (
    "p", "p_prev", "p_next", "p_window2", "p_window5", "p_window12", "dropped_window3",
    "in_core", "log_before_core", "log_after_core", "core_share", "core_position",
    "prev_log_words", "next_log_words", "prev_sentence_end", "next_sentence_end",
    "prev_bullet", "next_bullet", "prev_dropped", "next_dropped", "p_x_in_core",
    "p_over_max", "words_over_max", "sw_minus_core", "before_title", "after_section_end", "log_blocks",
    "in_sure_span", "log_sure_distance", "core_indent",
    "run_loss_30", "run_loss_50", "run_loss_70", "log_dropped_between", "none_dropped_between",
)
# A block the first stage is this sure of is article text; the article spans
# from the first such block to the last (a list or a table inside it included).
SURE = 0.7
# Kinds after which the article is over: what follows is the page's furniture.
_SECTION_ENDS = frozenset({"related-teasers", "comments-widget", "feed-footer"})
# The levels of the best runs a block is measured against (run_loss_*): the
# densest run's 0.5, and a looser and a stricter one, so that a block can be
# near the article when short lines around it count a little for or against.
# Three levels beat the one (cross-validated F1 +0.005 on htmltext and inscriptis).
_RUN_LEVELS = (0.3, 0.5, 0.7)
_SW, _INDENT = LOCAL_NAMES.index("stopwords"), LOCAL_NAMES.index("log_indent")
_LOG_WORDS, _SENTENCE, _BULLET, _DROPPED = (LOCAL_NAMES.index(n) for n in ("log_words", "sentence_end", "bullet", "dropped"))
_NEIGHBOUR_COLUMNS = [_LOG_WORDS, _SENTENCE, _BULLET, _DROPPED]
_ROLE, _KIND = attrgetter("role"), attrgetter("kind")


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
    mass = np.log1p(np.where(kept, words, 0))
    start, end = _densest_run(p, mass)
    index = np.arange(n)
    in_core = (start <= index) & (index <= end)
    page = _page_facts(blocks, rows, p, start, end)
    sure = np.flatnonzero((p >= SURE) & kept)
    sure = sure if sure.size else np.array([start])
    shifted = np.zeros((n + 2, 1 + len(_NEIGHBOUR_COLUMNS)))  # p, then _NEIGHBOUR_COLUMNS; beyond the page: nothing
    shifted[1:-1, 0], shifted[1:-1, 1:] = p, rows[:, _NEIGHBOUR_COLUMNS]
    prev, nxt = shifted[:-2], shifted[2:]
    dropped_between = _count_between(~kept, start, end)
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
        *np.log1p(_run_loss(p - np.array(_RUN_LEVELS)[:, None], mass)),
        np.log1p(dropped_between), dropped_between == 0,
    ]
    return float_matrix(n, columns)


def _run_loss(gain: np.ndarray, mass: np.ndarray) -> np.ndarray:
    """How much less than the page's best stretch of ``gain * mass`` the best stretch
    holding each block sums to: 0 inside the best run, small for a block the run would
    take in at little cost (a subhead or a short last paragraph), large for a menu
    far from the article. From running sums: the best stretch holding i starts after
    the lowest sum before i and ends at the highest sum from i on. ``gain`` has a row
    per level, all done at once (at a hundred blocks a page, numpy's cost is per call)."""
    if not gain.shape[-1]:
        return gain
    total = np.zeros((gain.shape[0], gain.shape[1] + 1))
    np.cumsum(gain * mass, axis=1, out=total[:, 1:])
    lowest_before = np.minimum.accumulate(total[:, :-1], axis=1)
    highest_after = np.maximum.accumulate(total[:, :0:-1], axis=1)[:, ::-1]
    best_holding = highest_after - lowest_before
    return np.maximum(best_holding.max(axis=1, keepdims=True) - best_holding, 0.0)


def _count_between(flags: np.ndarray, start: int, end: int) -> np.ndarray:
    """For each block, how many flagged blocks lie between it and the run [start, end]
    (none inside it). A rule's drop between a block and the article (share buttons,
    tags, a related-stories header) says the article ended before the block: after
    the densest run, teacher-kept lines were 45% of those with nothing dropped
    between and 10% of those with three or more (cross-validation error analysis)."""
    n = len(flags)
    total = np.concatenate([[0], np.cumsum(flags)])
    index = np.arange(n)
    after = total[index] - total[min(end + 1, n)]  # flags in (end, i)
    before = total[start] - total[np.minimum(index + 1, n)]  # flags in (i, start)
    return np.where(index > end, np.maximum(after, 0), np.where(index < start, np.maximum(before, 0), 0))


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
    # The blocks' roles and kinds read and looked for in C (a block's index is
    # its place in ``blocks``): a generator over the blocks was a tenth of this step.
    roles = list(map(_ROLE, blocks))
    section_ends = list(map(_SECTION_ENDS.__contains__, map(_KIND, blocks[end + 1 :])))
    return _PageFacts(
        max_p=float(p.max()) or 1.0,
        max_words=float(rows[:, _LOG_WORDS].max()) or 1.0,
        core_sw=float(core[:, _SW].mean()),
        title=roles.index("title") if "title" in roles else -1,
        ends=end + 1 + section_ends.index(True) if True in section_ends else len(blocks),
        core_indent=_heaviest_indent(core),
    )


def _heaviest_indent(core: np.ndarray) -> float:
    """The indentation holding most of the core's words, the shallowest of equals (summed
    in a dict: at a hundred blocks a page, np.unique's sort cost more)."""
    weight: defaultdict[float, float] = defaultdict(float)
    for depth, log_words in zip(core[:, _INDENT].tolist(), core[:, _LOG_WORDS].tolist()):
        weight[depth] += log_words
    return max(sorted(weight), key=weight.__getitem__)


def _densest_run(probs: np.ndarray, mass: np.ndarray) -> tuple[int, int]:
    """Kadane's maximum-sum stretch of (p - 0.5) * mass (mass: log(1 + words)), from
    running sums: the best stretch ending at i starts after the lowest running sum before it."""
    if not len(probs):
        return 0, -1
    total = np.concatenate([[0.0], np.cumsum((probs - 0.5) * mass)])
    before = total[:-1]
    lowest = np.minimum.accumulate(before)
    # Where the lowest sum so far was last reached (a tie restarts the stretch there).
    low_at = np.maximum.accumulate(np.where(before == lowest, np.arange(len(before)), 0))
    gain = total[1:] - lowest
    end = int(np.argmax(gain))  # the first of equal bests
    return (int(low_at[end]), end) if gain[end] > -1.0 else (0, -1)
