"""What a block's neighbourhood says about it: the second stage's features (CONTEXT_NAMES).

The first stage scores each block alone (``features.local_features``); this
module describes each block by its neighbours' scores and local features, its
distance from the page's densest run of prose, how much the best run of prose
would lose by stretching to take it in, and page-wide yardsticks. Both the
shipped model and scripts/train_content.py use it.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from operator import attrgetter, indexOf

import numpy as np

from declutter.blocks import Block
from declutter.content.features import LOCAL_NAMES, indices

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
_RUN_LEVELS_COLUMN = np.array(_RUN_LEVELS)[:, None]
_RUN_LEVELS_COLUMN.flags.writeable = False
_HALF = _RUN_LEVELS.index(0.5)  # the densest run's level
_SW, _INDENT = LOCAL_NAMES.index("stopwords"), LOCAL_NAMES.index("log_indent")
_LOG_WORDS, _SENTENCE, _BULLET, _DROPPED = (LOCAL_NAMES.index(n) for n in ("log_words", "sentence_end", "bullet", "dropped"))
_NEIGHBOUR_COLUMNS = [_LOG_WORDS, _SENTENCE, _BULLET, _DROPPED]
_ROLE, _KIND = attrgetter("role"), attrgetter("kind")
_ROW = {name: i for i, name in enumerate(CONTEXT_NAMES)}
# The windows averaged over (p_window*, dropped_window3): (row of the series, radius).
_WINDOWS = ((0, 2), (0, 5), (0, 12), (1, 3))


def context_features(blocks: list[Block], rows: np.ndarray, probs, words) -> np.ndarray:
    """What the neighbours and the densest run of prose say about each block (CONTEXT_NAMES).

    ``probs`` are the first stage's per-block probabilities of being article
    text; the densest run is the stretch of blocks with the largest sum of
    (p - 0.5) weighted by length, like jusText's context-sensitive pass.
    """
    n = len(blocks)
    p, words = np.asarray(probs, dtype=float), np.asarray(words)
    kept = rows[:, _DROPPED] == 0.0
    dropped = ~kept
    # Blocks the rules dropped weigh nothing: an in-article newsletter box or
    # share bar must not split the article's run in two.
    mass = np.log1p(np.where(kept, words, 0))
    run_sums = _running_sums(p - _RUN_LEVELS_COLUMN, mass)
    start, end = _densest_run(run_sums[0][_HALF], run_sums[1][_HALF])
    index = indices(n)
    in_core = (start <= index) & (index <= end)
    page = _page_facts(blocks, rows, p, start, end)
    sure = ((p >= SURE) & kept).nonzero()[0]
    sure = sure if sure.size else np.array([start])
    sums = _prefix_sums((p, dropped))
    dropped_between = _count_between(sums[1], start, end)
    # A row per feature (CONTEXT_NAMES), filled in place and turned once at the end:
    # at a hundred blocks a page, numpy's cost is per call, not per number.
    table = np.empty((len(CONTEXT_NAMES), n))
    table[_ROW["p"]] = p
    _neighbours(p, rows, table)
    table[_ROW["p_window2"] : _ROW["dropped_window3"] + 1] = _window_means(sums, _WINDOWS)
    table[_ROW["in_core"]] = in_core
    table[_ROW["log_before_core"]] = start - index  # their logs below, with the other counts'
    table[_ROW["log_after_core"]] = index - end
    table[_ROW["core_share"]] = (words[start : end + 1].sum() or 1) / (words.sum() or 1)
    table[_ROW["core_position"]] = np.where(in_core, (index - start) / max(end - start + 1, 1), 0.0)
    table[_ROW["p_x_in_core"]] = p * in_core
    table[_ROW["p_over_max"]] = p / page.max_p
    table[_ROW["words_over_max"]] = rows[:, _LOG_WORDS] / page.max_words
    table[_ROW["sw_minus_core"]] = rows[:, _SW] - page.core_sw
    table[_ROW["before_title"]] = index < page.title
    table[_ROW["after_section_end"]] = index > page.ends
    table[_ROW["log_blocks"]] = np.log1p(n)
    table[_ROW["in_sure_span"]] = (sure[0] <= index) & (index <= sure[-1])
    table[_ROW["log_sure_distance"]] = np.log1p(_nearest_distances(sure, n))
    table[_ROW["core_indent"]] = rows[:, _INDENT] == page.core_indent
    table[_ROW["run_loss_30"] : _ROW["run_loss_70"] + 1] = _run_loss(*run_sums)
    table[_ROW["log_dropped_between"]] = dropped_between
    table[_ROW["none_dropped_between"]] = dropped_between == 0
    # The logs of neighbouring rows in one call each (in place: the same numbers as one per row).
    around_core = table[_ROW["log_before_core"] : _ROW["log_after_core"] + 1]
    np.maximum(around_core, 0.0, out=around_core)
    np.log1p(around_core, out=around_core)
    losses = table[_ROW["run_loss_30"] : _ROW["log_dropped_between"] + 1]
    np.log1p(losses, out=losses)
    return table.T.copy()


def _neighbours(p: np.ndarray, rows: np.ndarray, table: np.ndarray) -> None:
    """The previous and next block's p and _NEIGHBOUR_COLUMNS, written into ``table``'s
    rows (p_prev, p_next, then prev_* and next_* alternating); beyond the page: 0."""
    table[_ROW["p_prev"], 0], table[_ROW["p_prev"], 1:] = 0.0, p[:-1]
    table[_ROW["p_next"], -1], table[_ROW["p_next"], :-1] = 0.0, p[1:]
    local = rows[:, _NEIGHBOUR_COLUMNS].T  # a row per column, a block per column of the row
    first = _ROW["prev_log_words"]
    prev, nxt = table[first : first + 2 * len(_NEIGHBOUR_COLUMNS) : 2], table[first + 1 : first + 2 * len(_NEIGHBOUR_COLUMNS) : 2]
    prev[:, 0], prev[:, 1:] = 0.0, local[:, :-1]
    nxt[:, -1], nxt[:, :-1] = 0.0, local[:, 1:]


def _running_sums(gain: np.ndarray, mass: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The running sums of ``gain * mass``, from 0 before the first block, and the lowest of
    them before each block: a row per row of ``gain`` (a level), all done at once (at a
    hundred blocks a page, numpy's cost is per call). Both _densest_run (on one level's
    rows) and _run_loss read them: summed once for both, 0.006 ms a page."""
    total = np.zeros((gain.shape[0], gain.shape[1] + 1))
    (gain * mass).cumsum(axis=1, out=total[:, 1:])
    return total, np.minimum.accumulate(total[:, :-1], axis=1)


def _run_loss(total: np.ndarray, lowest_before: np.ndarray) -> np.ndarray:
    """How much less than the page's best stretch of ``gain * mass`` the best stretch
    holding each block sums to: 0 inside the best run, small for a block the run would
    take in at little cost (a subhead or a short last paragraph), large for a menu
    far from the article. From running sums (_running_sums, a row per level): the best
    stretch holding i starts after the lowest sum before i and ends at the highest sum
    from i on."""
    if not lowest_before.shape[-1]:
        return lowest_before
    highest_after = np.maximum.accumulate(total[:, :0:-1], axis=1)[:, ::-1]
    best_holding = highest_after - lowest_before
    return np.maximum(best_holding.max(axis=1, keepdims=True) - best_holding, 0.0)


def _count_between(total: np.ndarray, start: int, end: int) -> np.ndarray:
    """For each block, how many flagged blocks lie between it and the run [start, end]
    (none inside it), from the flags' running sums (``_prefix_sums``: n + 1, from 0).
    A rule's drop between a block and the article (share buttons, tags, a
    related-stories header) says the article ended before the block: after the
    densest run, teacher-kept lines were 45% of those with nothing dropped between
    and 10% of those with three or more (cross-validation error analysis)."""
    # Beyond the run: flags in (end, i); before it: flags in (i, start); each negative elsewhere.
    after = np.maximum(total[:-1] - total[end + 1], 0)
    before = np.maximum(total[start] - total[1:], 0)
    return after + before


def _prefix_sums(series: tuple[np.ndarray, ...]) -> np.ndarray:
    """A row per series: its running sums, from 0 before the first block (n + 1, float)."""
    prefix = np.zeros((len(series), len(series[0]) + 1))
    for total, values in zip(prefix, series):
        values.cumsum(dtype=float, out=total[1:])  # the method: np.cumsum's wrapper cost more
    return prefix


def _window_means(prefix: np.ndarray, windows: tuple[tuple[int, int], ...]) -> np.ndarray:
    """The mean of a series over each block's window of ``radius`` blocks either side, a row
    per (series, radius) of ``windows``, from the series' running sums (``_prefix_sums``) and
    one gather for all windows (at a hundred blocks a page, numpy's cost is per call)."""
    n = prefix.shape[1] - 1
    lo, hi, width = _window_bounds(n, windows)
    flat = prefix.ravel()
    return (flat[hi] - flat[lo]) / width


@lru_cache(maxsize=256)
def _window_bounds(n: int, windows: tuple[tuple[int, int], ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Where each block's windows start and end in the running sums (flattened, n + 1 per
    series), and how many blocks each holds: the same for every page of n blocks."""
    index, row, reach = np.arange(n), np.array([[w[0]] for w in windows]), np.array([[w[1]] for w in windows])
    lo, hi = np.maximum(0, index - reach), np.minimum(n, index + reach + 1)
    bounds = (lo + row * (n + 1), hi + row * (n + 1), hi - lo)
    for array in bounds:
        array.flags.writeable = False
    return bounds


def _nearest_distances(marks: np.ndarray, n: int) -> np.ndarray:
    """For each of n indices, the distance in blocks to the nearest marked index (``marks``
    sorted, at least one). Between marks beyond both ends (farther than any of the n), every
    index has a mark on either side: no clipping or absolute values (0.003 ms a page)."""
    index = indices(n)
    padded = np.concatenate(([-n], marks, [2 * n]))
    after = np.searchsorted(padded, index)  # the first mark at or after the index
    return np.minimum(padded[after] - index, index - padded[after - 1])


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
    # The blocks' roles and kinds read and looked for in C, up to the first found (a
    # block's index is its place in ``blocks``): a generator over the blocks was a tenth
    # of this step, and a list of them all 0.005 ms a page more.
    section_ends = map(_SECTION_ENDS.__contains__, map(_KIND, islice(blocks, end + 1, None)))
    return _PageFacts(
        # ndarray.max's wrapper and np.mean's, left out: the same reductions
        max_p=float(np.maximum.reduce(p)) or 1.0,
        max_words=float(np.maximum.reduce(rows[:, _LOG_WORDS])) or 1.0,
        core_sw=float(np.add.reduce(core[:, _SW]) / len(core)),
        title=_first_at(map(_ROLE, blocks), "title", -1),
        ends=end + 1 + _first_at(section_ends, True, len(blocks) - end - 1),
        core_indent=_heaviest_indent(core),
    )


def _first_at(items: Iterable, value: object, missing: int) -> int:
    """Where ``value`` first is in ``items``, or ``missing``."""
    try:
        return indexOf(items, value)
    except ValueError:
        return missing


def _heaviest_indent(core: np.ndarray) -> float:
    """The indentation holding most of the core's words, the shallowest of equals (summed
    in a dict: at a hundred blocks a page, np.unique's sort cost more)."""
    depths = core[:, _INDENT].tolist()
    if depths.count(depths[0]) == len(depths):
        return depths[0]  # one indentation (most pages): nothing to weigh, 0.004 ms a page
    weight: defaultdict[float, float] = defaultdict(float)
    for depth, log_words in zip(depths, core[:, _LOG_WORDS].tolist()):
        weight[depth] += log_words
    return max(sorted(weight), key=weight.__getitem__)


def _densest_run(total: np.ndarray, lowest: np.ndarray) -> tuple[int, int]:
    """Kadane's maximum-sum stretch of (p - 0.5) * mass (mass: log(1 + words)), from its
    running sums and their lowest before each block (one row of _running_sums): the best
    stretch ending at i starts after the lowest running sum before it."""
    if not len(lowest):
        return 0, -1
    gain = total[1:] - lowest
    end = int(gain.argmax())  # the first of equal bests
    if not gain[end] > -1.0:
        return 0, -1
    # Where the lowest sum before the end was last reached (a tie restarts the stretch there).
    return end - int((total[end::-1] == lowest[end]).argmax()), end
