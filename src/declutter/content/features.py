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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from functools import cached_property
from itertools import repeat
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
# The yes-or-no features LocalFeatures keeps as they are; the others are worked
# out from the counts when asked for (_Part).
_MARKS = ("dropped", "repeated", "blank_before", "blank_after", "same_indent_prev", "same_indent_next")
_LEX = ("lex_mean", "lex_min", "lex_max")  # the lexicon's weights of a block's words (LocalFeatures.lex)
_MARK_PLACES, _LEX_PLACES = [LOCAL_NAMES.index(name) for name in _MARKS], [LOCAL_NAMES.index(name) for name in _LEX]
_WORKED_OUT = [(place, name) for place, name in enumerate(LOCAL_NAMES) if name not in _MARKS and name not in _LEX]


@dataclass(frozen=True)
class LocalFeatures:
    """LOCAL_NAMES for every block, kept as what they are worked out from: the blocks'
    counts (those blockwords counted for the page), a few more numbers and the yes-or-no
    features, 62 bytes a block besides the counts. ``rows`` and ``column`` work the
    features out for the blocks asked for (the classifier asks a part at a time). As
    tables of all blocks they were 8 bytes a feature and a block (126 MB on a 50 MB
    page as two, numbers and flags; 273 MB as one)."""

    counts: cc.BlockCounts  # what each block's text holds
    lengths: NDArray[np.intp]  # each block's characters
    first_flags: NDArray[np.uint16]  # the classes of each block's first character
    last_flags: NDArray[np.uint16]  # and of its last
    stopword_counts: NDArray[np.float64]  # each block's function words of the page's language
    lex: NDArray[np.float64]  # lex_mean, lex_min and lex_max, a row each
    marks: NDArray[np.bool_]  # _MARKS, a row each
    groups: NDArray[np.intp]  # the blocks of each block's group between blank lines, at most 20
    indents: NDArray[np.intp]  # how far each block is indented, at most 40 (0 without a layout)

    @property
    def words(self) -> NDArray[np.int32]:
        """Words per block (runs of \\w)."""
        return self.counts.words

    def column(self, name: str, at: NDArray[np.intp] | slice = _ALL) -> NDArray[Any]:
        """The feature ``name`` of each of the blocks ``at`` (all by default): a float, or for a yes-or-no feature a bool, each."""
        return _Part(self, at).feature(name)

    def rows(self, at: NDArray[np.intp] | slice = _ALL) -> NDArray[np.float64]:
        """A row of LOCAL_NAMES, as the model reads them, for each of the blocks ``at`` (all by default)."""
        part = _Part(self, at)
        table = np.empty((len(part.words), len(LOCAL_NAMES)))
        table[:, _MARK_PLACES] = self.marks[:, at].T  # those kept as they are, at once
        table[:, _LEX_PLACES] = self.lex[:, at].T
        for place, name in _WORKED_OUT:
            table[:, place] = part.feature(name)
        return table


class _Part:
    """The features of some of a page's blocks (``at``), each worked out when asked for
    from what LocalFeatures keeps of them, the same numbers as for the whole page at once."""

    def __init__(self, local: LocalFeatures, at: NDArray[np.intp] | slice) -> None:
        self.local, self.at = local, at
        self.words = local.counts.words[at]

    @cached_property
    def n(self) -> NDArray[np.int32]:
        return np.maximum(self.words, 1)

    @cached_property
    def sw(self) -> NDArray[np.float64]:
        """Function words per word."""
        share: NDArray[np.float64] = self.local.stopword_counts[self.at] / self.n
        return share

    @cached_property
    def log_words(self) -> NDArray[np.float64]:
        return np.log1p(self.words)

    @cached_property
    def length(self) -> NDArray[np.float64]:
        return self.local.lengths[self.at].astype(float)

    def count(self, name: str) -> NDArray[np.int32]:
        counted: NDArray[np.int32] = getattr(self.local.counts, name)[self.at]
        return counted

    def feature(self, name: str) -> NDArray[Any]:
        value: NDArray[Any]
        if name in _MARKS:
            value = self.local.marks[_MARKS.index(name)][self.at]
        elif name in _LEX:
            value = self.local.lex[_LEX.index(name)][self.at]
        elif name in _WORD_BINS:
            lo, hi = _WORD_BINS[name]
            value = (lo <= self.words) & (self.words <= hi)
        elif name in _STOP_BINS:
            low, high = _STOP_BINS[name]
            value = (low <= self.sw) & (self.sw < high)
        else:
            value = _NUMBERS[name](self)
        return value


# The other features, from a _Part.
_NUMBERS: dict[str, Callable[[_Part], NDArray[Any]]] = {
    "bias": lambda part: np.ones(len(part.words), dtype=bool),
    "log_words": lambda part: part.log_words,
    "words_le3": lambda part: part.words <= 3,
    "words_le8": lambda part: part.words <= 8,
    "words_gt20": lambda part: part.words > 20,
    "stopwords": lambda part: part.sw,
    "stopwords_x_len": lambda part: part.sw * part.log_words,
    "punct_per_word": lambda part: part.count("punct") / part.n,
    "digits": lambda part: part.count("digits") / part.length,
    "capitalised": lambda part: part.count("capitalised") / part.n,
    "separators": lambda part: part.count("separators") > 0,
    "position": lambda part: np.arange(len(part.local.lengths))[part.at] / max(len(part.local.lengths) - 1, 1),
    "bullet": lambda part: part.local.first_flags[part.at] & cc.BULLET != 0,
    "quote": lambda part: part.local.first_flags[part.at] & cc.QUOTE != 0,
    "sentence_end": lambda part: part.local.last_flags[part.at] & cc.SENTENCE_END != 0,
    "ends_colon": lambda part: part.local.last_flags[part.at] & cc.COLON != 0,
    "question": lambda part: part.local.last_flags[part.at] & cc.QUESTION != 0,
    "glued": lambda part: np.minimum(part.count("glued"), 5) / 5,
    "log_chars_per_word": lambda part: np.log1p(part.length / part.n),
    "no_stopword": lambda part: part.sw == 0.0,
    "log_group": lambda part: np.log1p(part.local.groups[part.at]),
    "log_indent": lambda part: np.log1p(part.local.indents[part.at]),
}


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
        none, counts = np.zeros(0, dtype=np.intp), cc.BlockCounts(*[np.zeros(0, dtype=np.int32)] * len(fields(cc.BlockCounts)))
        flags, marks = np.zeros(0, dtype=np.uint16), np.zeros((len(_MARKS), 0), dtype=bool)
        return LocalFeatures(counts, none, flags, flags, np.zeros(0), np.zeros((len(_LEX), 0)), marks, none, none)
    joined = joined or joined_chars([b.text for b in blocks])
    known = lexicon if isinstance(lexicon, Vocabulary) else vocabulary(lexicon or {})
    stopword_counts, lex = _word_scores(blocks, joined, known, language)
    texts = joined.texts  # the blocks' texts, as joined
    occurrences = Counter(texts)
    marks = np.empty((len(_MARKS), len(blocks)), dtype=bool)
    # Lists made arrays of their type first (np.fromiter: np.array and a list
    # written into a row find each element's type and shape again).
    dropped = [b.kind is not None for b in blocks]  # by a rule before this one
    marks[_MARKS.index("dropped")] = np.fromiter(dropped, dtype=bool, count=len(blocks))
    marks[_MARKS.index("repeated")] = np.fromiter(map(occurrences.__getitem__, texts), dtype=np.intp, count=len(texts)) > 1
    del occurrences
    groups, indents = _layout(blocks, source, marks)
    return LocalFeatures(
        joined.counts, joined.ends - joined.starts, joined.first_flags, joined.last_flags,
        stopword_counts, np.array(lex), marks, groups, indents,
    )


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


def _layout(blocks: list[Block], source: str, marks: NDArray[np.bool_]) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """What the renderer's layout says (blank_before to log_indent): blank lines
    around a block (a menu is one group of many lines, a paragraph a group of
    one) and its indentation (renderers indent by nesting; the article's
    paragraphs share one depth). A renderer without blank lines or indents gives
    the same values everywhere; without ``source`` (the text the blocks' offsets
    point into) there are none. The yes-or-no ones are set in ``marks`` (_MARKS);
    returned: each block's group's size and its indentation, capped as the features read them."""
    count = len(blocks)
    # Where each block starts in ``source`` and its line, read from the page's BlockPlaces at once.
    places, at = blocks[0].places, np.fromiter([b.index for b in blocks], dtype=np.intp, count=count)
    starts, lines = np.frombuffer(places.starts, dtype=np.uint64)[at], np.frombuffer(places.lines, dtype=np.uint64)[at]
    blank_before, blank_after = marks[_MARKS.index("blank_before")], marks[_MARKS.index("blank_after")]  # views
    blank_before[0] = True
    blank_before[1:] = lines[1:] - lines[:-1] > 1
    blank_after[-1] = True
    blank_after[:-1] = blank_before[1:]
    group = blank_before.cumsum()  # numbered from 1: the same sizes
    same_prev, same_next = marks[_MARKS.index("same_indent_prev")], marks[_MARKS.index("same_indent_next")]
    same_prev[0] = same_next[-1] = False
    if source:
        indents = _indents(starts, source)
        same_prev[1:] = indents[1:] == indents[:-1]
        same_next[:-1] = same_prev[1:]
        indents = np.minimum(indents, 40)
    else:
        same_prev[1:] = same_next[:-1] = True
        indents = np.zeros(count, dtype=np.intp)
    return np.minimum(np.bincount(group)[group], 20), indents


def _indents(starts: NDArray[np.uint64], source: str) -> NDArray[np.intp]:
    """How far into its line of ``source`` each block starts (at ``starts``): back to the last line break before it."""
    breaks = np.fromiter(map(source.rfind, repeat("\n"), repeat(0), starts.tolist()), dtype=np.intp, count=len(starts))
    return starts.astype(np.intp) - breaks - 1


def scores(rows: ArrayLike, weights: Sequence[float] | NDArray[np.float64]) -> NDArray[np.float64]:
    """The logistic model's probabilities for many rows (a table) at once (one matrix product)."""
    rows = np.asarray(rows, dtype=float)
    if rows.size == 0:
        return np.zeros(len(rows))
    z = np.clip(rows @ np.asarray(weights, dtype=float), -30.0, 30.0)
    probabilities: NDArray[np.float64] = 1.0 / (1.0 + np.exp(-z))
    return probabilities
