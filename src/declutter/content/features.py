"""General evidence about each block, for the content classifier.

Nothing here knows a site: a block is described by its length and shape, its
stopword density in the page's language, its punctuation, whether it looks
like a list item or a link, whether it repeats in the page, where it sits, and
how much of its vocabulary is the web's furniture (``lexicon``). What its
neighbours and the page's densest run of prose say about it is in
``declutter.content.context``. Both the shipped model and scripts/train_content.py use
these functions, so training and run time see the same numbers.

The page is read once, as an array of code points (``charclass``): a block's
counts are the marked characters between its offsets. Computing the same
numbers block by block in Python was a third of ``clean()`` on the corpus'
text pages.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from declutter.blocks import WORD, Block
from declutter.content import charclass as cc
from declutter.content.blockwords import JoinedChars, joined_chars
from declutter.content.lexicon import Vocabulary, build_vocabulary, weight_scores
from declutter.language.stopwords import stopword_table

LOCAL_NAMES = (
    "bias", "log_words", "words_le3", "words_le8", "words_gt20", "stopwords", "stopwords_x_len",
    "sentence_end", "punct_per_word", "digits", "capitalised", "bullet", "separators",
    "dropped", "repeated", "position", "glued", "log_chars_per_word", "ends_colon", "no_stopword",
    "words_1", "words_2", "words_4to6", "words_11to40", "sw_lt10", "sw_10to20", "sw_20to30", "sw_gt40",
    "question", "quote",
    "blank_before", "blank_after", "log_group", "same_indent_prev", "same_indent_next", "log_indent",
    "lex_mean", "lex_min", "lex_max",
)
# Bins of the two strongest signals, so a linear model can bend with them:
# words inclusive, the stopword share in [lo, hi).
_WORD_BINS = {"words_1": (1, 1), "words_2": (2, 2), "words_4to6": (4, 6), "words_11to40": (11, 40)}
_STOP_BINS = {"sw_lt10": (0.0, 0.1), "sw_10to20": (0.1, 0.2), "sw_20to30": (0.2, 0.3), "sw_gt40": (0.4, 1.01)}
_ALL = slice(None)

# The yes-or-no features (the others are numbers): kept as 1 byte a block, not 8
# (LocalFeatures). The bias is 1 for every block.
_FLAGS = frozenset({
    "bias", "words_le3", "words_le8", "words_gt20", "sentence_end", "bullet", "separators", "dropped",
    "repeated", "ends_colon", "no_stopword", "question", "quote", "blank_before", "blank_after",
    "same_indent_prev", "same_indent_next", *_WORD_BINS, *_STOP_BINS,
})
_NUMBERS = tuple(name for name in LOCAL_NAMES if name not in _FLAGS)
_FLAG_NAMES = tuple(name for name in LOCAL_NAMES if name in _FLAGS)
_NUMBER_PLACES = [LOCAL_NAMES.index(name) for name in _NUMBERS]
_FLAG_PLACES = [LOCAL_NAMES.index(name) for name in _FLAG_NAMES]


@dataclass(frozen=True)
class LocalFeatures:
    """LOCAL_NAMES for every block, in two tables: the numbers, and the yes-or-no
    features. One table of all blocks was 8 bytes a feature and a block (273 MB on a
    50 MB page, 126 MB as two); the classifier builds the rows it reads a part at a
    time (``rows``)."""

    numbers: NDArray[np.float64]  # a row of _NUMBERS per block
    flags: NDArray[np.bool_]  # a row of _FLAG_NAMES per block
    words: NDArray[np.int32]  # words per block (runs of \w)

    def column(self, name: str) -> NDArray[Any]:
        """The feature ``name`` of every block (a float, or for a yes-or-no feature a bool, each)."""
        if name in _FLAGS:
            return self.flags[:, _FLAG_NAMES.index(name)]
        return self.numbers[:, _NUMBERS.index(name)]

    def rows(self, at: NDArray[np.intp] | slice = _ALL) -> NDArray[np.float64]:
        """A row of LOCAL_NAMES, as the model reads them, for each of the blocks ``at`` (all by default)."""
        numbers = self.numbers[at]
        table = np.empty((len(numbers), len(LOCAL_NAMES)))
        table[:, _NUMBER_PLACES] = numbers
        table[:, _FLAG_PLACES] = self.flags[at]
        return table


def vocabulary(lexicon: Mapping[str, float]) -> Vocabulary:
    """``lexicon``'s words and the function words of every language, numbered
    (declutter.content.lexicon): built once, for every page's ``local_features``."""
    return build_vocabulary(lexicon, stopword_table())


def local_features(
    blocks: list[Block],
    language: str | None,
    source: str = "",
    lexicon: Mapping[str, float] | Vocabulary | None = None,
    joined: JoinedChars | None = None,
) -> LocalFeatures:
    """LOCAL_NAMES for every block, from the block itself, its layout and the page's counts.

    ``source`` is the text the blocks' offsets point into; without it there
    is no layout. ``lexicon`` is the model's word weights (declutter.content.lexicon),
    or their ``vocabulary`` (building one costs a few milliseconds: pass one
    for many pages); without one the lex_* columns are 0. ``joined`` is the blocks' texts as
    blockwords joins and classifies them, when the caller has them (a page's
    ``BlockWords.joined``): the blocks are counted in their texts, each
    followed by a line break, as they are in the page.
    """
    if not blocks:
        return LocalFeatures(np.zeros((0, len(_NUMBERS))), np.zeros((0, len(_FLAG_NAMES)), dtype=bool), np.zeros(0, dtype=np.int32))
    joined = joined or joined_chars([b.text for b in blocks])
    starts, ends, counts = joined.starts, joined.ends, joined.counts
    words = counts.words
    n = np.maximum(words, 1)
    known = lexicon if isinstance(lexicon, Vocabulary) else vocabulary(lexicon or {})
    stopword_counts, lex = _word_scores(blocks, joined, known, language)
    sw = stopword_counts / n  # stopwords per word
    length = (ends - starts).astype(float)
    first_flags, last_flags = joined.first_flags, joined.last_flags
    log_words = np.log1p(words)
    texts = [b.text for b in blocks]
    occurrences = Counter(texts)
    # The tables filled a feature at a time in place as each is worked out (not all
    # features, then the tables: twice their size at once, 270 MB more on a 50 MB page).
    numbers, flags = np.empty((len(blocks), len(_NUMBERS))), np.empty((len(blocks), len(_FLAG_NAMES)), dtype=bool)
    column = {**dict(zip(_NUMBERS, numbers.T, strict=True)), **dict(zip(_FLAG_NAMES, flags.T, strict=True))}  # views
    column["bias"][:] = True
    column["log_words"][:] = log_words
    column["words_le3"][:] = words <= 3
    column["words_le8"][:] = words <= 8
    column["words_gt20"][:] = words > 20
    column["stopwords"][:] = sw
    column["stopwords_x_len"][:] = sw * log_words
    column["sentence_end"][:] = last_flags & cc.SENTENCE_END != 0
    column["punct_per_word"][:] = counts.punct / n
    column["digits"][:] = counts.digits / length
    column["capitalised"][:] = counts.capitalised / n
    column["bullet"][:] = first_flags & cc.BULLET != 0
    column["separators"][:] = counts.separators > 0
    # Lists made arrays of their type first: a list written into a column is
    # converted element by element, its type found again for each.
    column["dropped"][:] = np.array([b.kind is not None for b in blocks], dtype=bool)  # by a rule before this one
    column["repeated"][:] = np.fromiter(map(occurrences.__getitem__, texts), dtype=np.intp, count=len(texts)) > 1
    column["position"][:] = np.arange(len(blocks)) / max(len(blocks) - 1, 1)
    column["glued"][:] = np.minimum(counts.glued, 5) / 5
    column["log_chars_per_word"][:] = np.log1p(length / n)
    column["ends_colon"][:] = last_flags & cc.COLON != 0
    column["no_stopword"][:] = sw == 0.0
    column["question"][:] = last_flags & cc.QUESTION != 0
    column["quote"][:] = first_flags & cc.QUOTE != 0
    for name, values in _layout(blocks, source).items():
        column[name][:] = values
    for name, values in zip(("lex_mean", "lex_min", "lex_max"), lex, strict=True):
        column[name][:] = values
    for name, (lo, hi) in _WORD_BINS.items():
        column[name][:] = (lo <= words) & (words <= hi)
    for name, (low, high) in _STOP_BINS.items():
        column[name][:] = (low <= sw) & (sw < high)
    return LocalFeatures(numbers, flags, words)


def _word_scores(
    blocks: list[Block], joined: JoinedChars, known: Vocabulary, language: str | None
) -> tuple[NDArray[np.float64], tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]]:
    """How many of each block's words are function words of ``language``, and the mean,
    lowest and highest lexicon weight of its words (lexicon.weight_scores).

    A piece of the page at a time (JoinedChars.pieces): a number, an owner and a
    weight for every word of the page at once were 24 bytes a word (200 MB on a
    50 MB page), and all its words in a list 60 more."""
    stopwords = known.stopwords.get(language or "", known.stopwords[""])
    count = len(blocks)
    stopword_counts, mean, lowest, highest = np.zeros(count), np.zeros(count), np.zeros(count), np.zeros(count)
    for first, last in joined.pieces():
        numbers, owned = _piece_words(blocks, joined, known, first, last)
        owner = np.repeat(np.arange(last - first), owned)
        stopword_counts[first:last] = np.bincount(owner, weights=stopwords[numbers], minlength=last - first)
        mean[first:last], lowest[first:last], highest[first:last] = weight_scores(known.weights[numbers], owner, last - first)
    return stopword_counts, (mean, lowest, highest)


def _piece_words(
    blocks: list[Block], joined: JoinedChars, known: Vocabulary, first: int, last: int
) -> tuple[NDArray[np.intp], NDArray[np.int32]]:
    """The numbers in ``known`` of the words of blocks ``first`` to ``last - 1`` in order,
    lower-cased, and how many each block owns.

    The words are the blocks' texts with every non-word character made a
    space, lower-cased and split (charclass.word_text): the same words as
    ``\\w+`` finds block by block, at 0.11 ms a page instead of 0.29 (mean of
    400 corpus pages on the shared machine)."""
    words = joined.counts.words[first:last]
    numbers = known.numbers_of(cc.word_text(joined.piece_chars(first, last)).split())
    if len(numbers) == int(words.sum()):
        return numbers, words
    # Lower-casing split a word ("İ" lower-cases to "i" and a combining dot): block by block.
    per_block = [WORD.findall(b.text.lower()) for b in blocks[first:last]]
    found = [w for block in per_block for w in block]
    return known.numbers_of(found), np.array([len(block) for block in per_block], dtype=np.int32)


def _layout(blocks: list[Block], source: str) -> dict[str, NDArray[np.float64] | NDArray[np.bool_]]:
    """What the renderer's layout says (blank_before to log_indent): blank lines
    around a block (a menu is one group of many lines, a paragraph a group of
    one) and its indentation (renderers indent by nesting; the article's
    paragraphs share one depth). A renderer without blank lines or indents gives
    the same values everywhere; without ``source`` (the text the blocks' offsets
    point into) there are none."""
    count = len(blocks)
    lines = np.array([b.line for b in blocks])
    blank_before = np.ones(count, dtype=bool)
    blank_before[1:] = lines[1:] - lines[:-1] > 1
    blank_after = np.ones(count, dtype=bool)
    blank_after[:-1] = blank_before[1:]
    group = blank_before.cumsum()  # numbered from 1: the same sizes
    same_prev, same_next = np.zeros(count, dtype=bool), np.zeros(count, dtype=bool)
    if source:
        indents = _indents(blocks, source)
        same_prev[1:] = indents[1:] == indents[:-1]
        same_next[:-1] = same_prev[1:]
        log_indent = np.log1p(np.minimum(indents, 40))
    else:
        same_prev[1:] = same_next[:-1] = True
        log_indent = np.zeros(count)
    return {
        "blank_before": blank_before,
        "blank_after": blank_after,
        "log_group": np.log1p(np.minimum(np.bincount(group)[group], 20)),
        "same_indent_prev": same_prev,
        "same_indent_next": same_next,
        "log_indent": log_indent,
    }


def _indents(blocks: list[Block], source: str) -> NDArray[np.intp]:
    """How far into its line of ``source`` each block starts: from its start back to the last line break before it."""
    return np.array([b.start - source.rfind("\n", 0, b.start) - 1 for b in blocks], dtype=np.intp)


def scores(rows: ArrayLike, weights: Sequence[float] | NDArray[np.float64]) -> NDArray[np.float64]:
    """The logistic model's probabilities for many rows (a table) at once (one matrix product)."""
    rows = np.asarray(rows, dtype=float)
    if rows.size == 0:
        return np.zeros(len(rows))
    z = np.clip(rows @ np.asarray(weights, dtype=float), -30.0, 30.0)
    probabilities: NDArray[np.float64] = 1.0 / (1.0 + np.exp(-z))
    return probabilities
