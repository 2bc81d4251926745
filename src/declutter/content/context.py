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
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from declutter.blocks import Block
from declutter.content.features import LOCAL_NAMES, LocalFeatures

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
_HALF = _RUN_LEVELS.index(0.5)  # the densest run's level
# The local features whose neighbours' values are context (prev_*, next_*).
_NEIGHBOURS = ("log_words", "sentence_end", "bullet", "dropped")
# The windows p is averaged over (p_window*), in blocks either side.
_P_WINDOWS = (2, 5, 12)


def context_features(blocks: list[Block], local: LocalFeatures, probs: ArrayLike) -> NDArray[np.float64]:
    """What the neighbours and the densest run of prose say about each block (CONTEXT_NAMES):
    a row per block."""
    return page_context(blocks, local, probs).rows(np.arange(len(blocks)))


@dataclass(frozen=True)
class PageContext:
    """What the second stage reads of a page, kept per block where it sums or runs
    over the page; ``rows`` works out CONTEXT_NAMES for any of its blocks. A table
    of all blocks at once was 280 bytes a block (245 MB on a 50 MB page), and the
    classifier reads its candidates' rows a part at a time."""

    local: LocalFeatures  # the first stage's features
    p: NDArray[np.float64]  # the first stage's probabilities
    start: int  # the densest run of prose, [start, end]
    end: int
    page: _PageFacts
    core_share: float
    sure: NDArray[np.intp]  # the blocks the first stage is sure of (at least one)
    # The running sums of p and of the dropped blocks (_prefix_sums), for the means
    # around the blocks asked for (p_window*, dropped_window3) and the dropped blocks
    # between them and the run: the means of every block at once were 28 MB on a 50 MB
    # page, and 28 MB more while worked out (the distances to the run and to the
    # nearest sure block, 14 MB).
    p_sums: NDArray[np.float64]
    dropped_sums: NDArray[np.float64]
    losses: NDArray[np.float64]  # run_loss_*, a row per _RUN_LEVELS level
    # The local rows of all blocks, when the caller worked them out (a page of one
    # part): the local features read here are taken from them, not worked out again.
    local_rows: NDArray[np.float64] | None = None

    def in_core(self, index: int) -> bool:
        return self.start <= index <= self.end

    def rows(self, at: NDArray[np.intp]) -> NDArray[np.float64]:
        """CONTEXT_NAMES for the blocks ``at``, a row each."""
        n, start, end, page = len(self.p), self.start, self.end, self.page
        index, p = at, self.p[at]
        local = self.local
        in_core = (start <= index) & (index <= end)
        # The previous (next) block's p and _NEIGHBOURS local features at each block, 0 beyond the page.
        before, after = np.zeros((len(at), 1 + len(_NEIGHBOURS))), np.zeros((len(at), 1 + len(_NEIGHBOURS)))
        for shifted, step, inside in ((before, -1, index > 0), (after, 1, index < n - 1)):
            other = index[inside] + step
            shifted[inside, 0] = self.p[other]
            for place, name in enumerate(_NEIGHBOURS, start=1):
                shifted[inside, place] = _column(local, self.local_rows, name, other)
        # A row per block, as the model reads them, filled a feature at a time in place.
        table = np.empty((len(at), len(CONTEXT_NAMES)))
        column = dict(zip(CONTEXT_NAMES, table.T, strict=True))  # each a view of the table
        column["p"][:] = p
        column["in_core"][:] = in_core
        column["log_before_core"][:] = np.log1p(np.maximum(start - index, 0.0))
        column["log_after_core"][:] = np.log1p(np.maximum(index - end, 0.0))
        column["core_share"][:] = self.core_share
        column["core_position"][:] = np.where(in_core, (index - start) / max(end - start + 1, 1), 0.0)
        column["p_x_in_core"][:] = p * in_core
        column["p_over_max"][:] = p / page.max_p
        column["words_over_max"][:] = _column(local, self.local_rows, "log_words", at) / page.max_words
        column["sw_minus_core"][:] = _column(local, self.local_rows, "stopwords", at) - page.core_sw
        column["before_title"][:] = index < page.title
        column["after_section_end"][:] = index > page.ends
        column["log_blocks"][:] = float(np.log1p(n))
        column["in_sure_span"][:] = (self.sure[0] <= index) & (index <= self.sure[-1])
        column["log_sure_distance"][:] = np.log1p(_nearest_distances(self.sure, at, n))
        column["core_indent"][:] = _column(local, self.local_rows, "log_indent", at) == page.core_indent
        between = _count_between(self.dropped_sums, start, end, at)
        column["log_dropped_between"][:] = np.log1p(between)
        column["none_dropped_between"][:] = between == 0
        neighbour_names = [("p_prev", "p_next")] + [(f"prev_{name}", f"next_{name}") for name in _NEIGHBOURS]
        for place, (prev_name, next_name) in enumerate(neighbour_names):
            column[prev_name][:], column[next_name][:] = before[:, place], after[:, place]
        for radius in _P_WINDOWS:
            column[f"p_window{radius}"][:] = _window_means(self.p_sums, radius, at)
        column["dropped_window3"][:] = _window_means(self.dropped_sums, 3, at)
        for level, losses in zip(_RUN_LEVELS, self.losses, strict=True):
            column[f"run_loss_{round(level * 100)}"][:] = np.log1p(losses[at])
        return table


def page_context(
    blocks: list[Block], local: LocalFeatures, probs: ArrayLike, local_rows: NDArray[np.float64] | None = None
) -> PageContext:
    """The PageContext of a page's blocks, from their local features (``local``, and
    ``local.rows()`` when the caller has them: ``local_rows``) and
    the first stage's per-block probabilities of being article text (``probs``);
    the densest run is the stretch of blocks with the largest sum of (p - 0.5)
    weighted by length, like jusText's context-sensitive pass."""
    n = len(blocks)
    p, words = np.asarray(probs, dtype=float), local.words
    kept = _column(local, local_rows, "dropped") == 0.0
    # Blocks the rules dropped weigh nothing: an in-article newsletter box or
    # share bar must not split the article's run in two.
    mass = np.log1p(np.where(kept, words, 0))
    # A level at a time: the running sums of all levels at once, and what _run_loss
    # works out from them, were 50 MB more at once on a 50 MB page.
    losses, start, end = np.empty((len(_RUN_LEVELS), n)), 0, -1
    for row, level in enumerate(_RUN_LEVELS):
        total, lowest_before = _running_sums(((p - level) * mass)[None])
        if row == _HALF:
            start, end = _densest_run(total[0], lowest_before[0])
        losses[row] = _run_loss(total, lowest_before)[0]
    del total, lowest_before  # not kept while the rest is worked out
    sure = ((p >= SURE) & kept).nonzero()[0]
    sure = sure if sure.size else np.array([start])
    dropped_sums = _prefix_sums(~kept)
    return PageContext(
        local=local,
        p=p,
        start=start,
        end=end,
        page=_page_facts(blocks, local, local_rows, p, start, end),
        core_share=(words[start : end + 1].sum() or 1) / (words.sum() or 1),
        sure=sure,
        p_sums=_prefix_sums(p),
        dropped_sums=dropped_sums,
        losses=losses,
        local_rows=local_rows,
    )


def _column(
    local: LocalFeatures, local_rows: NDArray[np.float64] | None, name: str, at: NDArray[np.intp] | slice = slice(None)
) -> NDArray[Any]:
    """``local.column(name, at)``, read from ``local_rows`` (``local.rows()``) when given: the same numbers."""
    return local.column(name, at) if local_rows is None else local_rows[at, LOCAL_NAMES.index(name)]


def _running_sums(gain: NDArray[np.float64]) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """The running sums of each row of ``gain``, from 0 before the first block, and the
    lowest of them before each block: what both _densest_run and _run_loss read."""
    total = np.zeros((len(gain), gain.shape[1] + 1))
    np.cumsum(gain, axis=1, out=total[:, 1:])  # summed in place: a copy was 21 MB more on a 50 MB page
    return total, np.minimum.accumulate(total[:, :-1], axis=1)


def _run_loss(total: NDArray[np.float64], lowest_before: NDArray[np.float64]) -> NDArray[np.float64]:
    """How much less than the page's best stretch of gain the best stretch holding
    each block sums to, from the running sums of a row of gains each (_running_sums):
    0 inside the best run, small for a block the run would take in at little cost (a
    subhead or a short last paragraph), large for a menu far from the article. The
    best stretch holding i starts after the lowest sum before i and ends at the
    highest sum from i on."""
    if not lowest_before.shape[1]:
        return lowest_before
    # In place where it can be: each step's array of all levels is 21 MB on a 50 MB page
    # (875,000 blocks), and six of them at a time were the page's peak.
    best_holding = np.maximum.accumulate(total[:, :0:-1], axis=1)[:, ::-1]  # the highest sum after each block
    best_holding -= lowest_before
    loss: NDArray[np.float64] = best_holding.max(axis=1, keepdims=True) - best_holding
    return np.maximum(loss, 0.0, out=loss)


def _count_between(total: NDArray[np.float64], start: int, end: int, at: NDArray[np.intp]) -> NDArray[np.float64]:
    """For each of the blocks ``at``, how many flagged blocks lie between it and the run
    [start, end] (none inside it), from the flags' running sums (``_prefix_sums``: n + 1, from 0).
    A rule's drop between a block and the article (share buttons, tags, a
    related-stories header) says the article ended before the block: after the
    densest run, teacher-kept lines were 45% of those with nothing dropped between
    and 10% of those with three or more (cross-validation error analysis)."""
    # Beyond the run: flags in (end, i); before it: flags in (i, start); each negative elsewhere.
    after = np.maximum(total[at] - total[end + 1], 0)
    before = np.maximum(total[start] - total[at + 1], 0)
    between: NDArray[np.float64] = after + before
    return between


def _prefix_sums(values: NDArray[np.float64] | NDArray[np.bool_]) -> NDArray[np.float64]:
    """The running sums of ``values``, from 0 before the first block (n + 1, float)."""
    return np.concatenate(([0.0], np.cumsum(values, dtype=float)))


def _window_means(prefix: NDArray[np.float64], radius: int, at: NDArray[np.intp]) -> NDArray[np.float64]:
    """The mean of a series over the window of ``radius`` blocks either side of each of
    the blocks ``at``, from the series' running sums (``_prefix_sums``)."""
    n = len(prefix) - 1
    lo, hi = np.maximum(0, at - radius), np.minimum(n, at + radius + 1)
    # In place where it can be, as _run_loss.
    means: NDArray[np.float64] = prefix[hi]
    means -= prefix[lo]
    hi -= lo
    means /= hi
    return means


def _nearest_distances(marks: NDArray[np.intp], index: NDArray[np.intp], n: int) -> NDArray[np.intp]:
    """For each of the ``index``es (of n), the distance in blocks to the nearest marked index
    (``marks`` sorted, at least one). Padded with marks beyond both ends (farther than any
    of the n), every index has a mark on either side."""
    padded = np.concatenate(([-n], marks, [2 * n]))
    after = np.searchsorted(padded, index)  # the first mark at or after the index
    distances: NDArray[np.intp] = np.minimum(padded[after] - index, index - padded[after - 1])
    return distances


@dataclass(frozen=True)
class _PageFacts:
    """Page-wide yardsticks: a block is judged against its own page's best prose."""

    max_p: float
    max_words: float
    core_sw: float
    title: int  # index of the title block, or -1
    ends: int  # index of the first block ending the article's section, or len(blocks)
    core_indent: float  # the indentation that holds most of the core's words


def _page_facts(
    blocks: list[Block], local: LocalFeatures, local_rows: NDArray[np.float64] | None, p: NDArray[np.float64], start: int, end: int
) -> _PageFacts:
    core = slice(start, end + 1) if end >= start else slice(None)
    log_words, indents = _column(local, local_rows, "log_words"), _column(local, local_rows, "log_indent")
    return _PageFacts(
        max_p=float(p.max()) or 1.0,
        max_words=float(log_words.max()) or 1.0,
        core_sw=float(_column(local, local_rows, "stopwords", core).mean()),
        title=_first([b.role == "title" for b in blocks], -1),
        ends=end + 1 + _first([b.kind in _SECTION_ENDS for b in blocks[end + 1 :]], len(blocks) - end - 1),
        core_indent=_heaviest_indent(indents[core], log_words[core]),
    )


def _first(found: list[bool], missing: int) -> int:
    """Where the first True of ``found`` is, or ``missing``."""
    return found.index(True) if True in found else missing


def _heaviest_indent(indents: NDArray[np.float64], log_words: NDArray[np.float64]) -> float:
    """The indentation holding most of the core's words (``log_words`` at each of
    ``indents``), the shallowest of equals."""
    weight: defaultdict[float, float] = defaultdict(float)
    for depth, words in zip(indents.tolist(), log_words.tolist(), strict=True):
        weight[depth] += words
    return max(sorted(weight), key=weight.__getitem__)


def _densest_run(total: NDArray[np.float64], lowest: NDArray[np.float64]) -> tuple[int, int]:
    """Kadane's maximum-sum stretch of (p - 0.5) * mass (mass: log(1 + words)), from its
    running sums and their lowest before each block (_running_sums): the best
    stretch ending at i starts after the lowest running sum before it."""
    if not len(lowest):
        return 0, -1
    gain = total[1:] - lowest
    end = int(gain.argmax())  # the first of equal bests
    if not gain[end] > -1.0:
        return 0, -1
    # Where the lowest sum before the end was last reached (a tie restarts the stretch there).
    return end - int((total[end::-1] == lowest[end]).argmax()), end
