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

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import repeat
from operator import sub
from typing import Mapping

import numpy as np

from declutter.content import charclass as cc
from declutter.content.blockwords import JoinedChars, joined_chars
from declutter.blocks import Block
from declutter.content.lexicon import Vocabulary, build_vocabulary, weight_scores
from declutter.language.stopwords import stopword_table, stopwords_for

_WORD = re.compile(r"\w+")

LOCAL_NAMES = (
    "bias", "log_words", "words_le3", "words_le8", "words_gt20", "stopwords", "stopwords_x_len",
    "sentence_end", "punct_per_word", "digits", "capitalised", "bullet", "separators",
    "dropped", "repeated", "position", "glued", "log_chars_per_word", "ends_colon", "no_stopword",
    "words_1", "words_2", "words_4to6", "words_11to40", "sw_lt10", "sw_10to20", "sw_20to30", "sw_gt40",
    "question", "quote",
    "blank_before", "blank_after", "log_group", "same_indent_prev", "same_indent_next", "log_indent",
    "lex_mean", "lex_min", "lex_max",
)
# Bins of the two strongest signals, so a linear model can bend with them.
_WORD_BINS = ((1, 1), (2, 2), (4, 6), (11, 40))
_STOP_BINS = ((0.0, 0.1), (0.1, 0.2), (0.2, 0.3), (0.4, 1.01))
_ROW = {name: i for i, name in enumerate(LOCAL_NAMES)}
# Every column that says whether a block's word count lies in a range, as the rows
# of its ranges, inclusive: all are one comparison against these (numpy's cost is per call).
_WORD_RANGES = (("words_le3", 0, 3), ("words_le8", 0, 8), ("words_gt20", 21, np.iinfo(np.int32).max)) + tuple(
    (f"words_{name}", lo, hi) for name, (lo, hi) in zip(("1", "2", "4to6", "11to40"), _WORD_BINS)
)
_WORD_ROWS = [_ROW[name] for name, _, _ in _WORD_RANGES]
# int32, the counts' own type (charclass.BlockCounts): compared without a cast, 0.001 ms a page less.
_WORD_LO, _WORD_HI = (np.array([[r[i]] for r in _WORD_RANGES], dtype=np.int32) for i in (1, 2))
# The same for the stopword share, in [lo, hi): "no stopword" is [0, the smallest float above 0).
_STOP_RANGES = (("no_stopword", 0.0, float(np.nextafter(0.0, 1.0))),) + tuple(
    (f"sw_{name}", lo, hi) for name, (lo, hi) in zip(("lt10", "10to20", "20to30", "gt40"), _STOP_BINS)
)
_STOP_ROWS = [_ROW[name] for name, _, _ in _STOP_RANGES]
_STOP_LO, _STOP_HI = (np.array([[r[i]] for r in _STOP_RANGES]) for i in (1, 2))
_FIRST_MARKS = np.array([[cc.BULLET], [cc.QUOTE]], dtype=np.uint16)  # bullet, quote: marks of a block's first character
_FIRST_ROWS = [_ROW["bullet"], _ROW["quote"]]
_LAST_CODES = np.array([[ord(":")], [ord("?")]], dtype=np.uint32)  # ends_colon, question
_LAST_ROWS = [_ROW["ends_colon"], _ROW["question"]]


@dataclass(frozen=True)
class LocalFeatures:
    rows: np.ndarray  # one row of LOCAL_NAMES per block
    words: np.ndarray  # words per block (runs of \w)


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
        return LocalFeatures(np.zeros((0, len(LOCAL_NAMES))), np.zeros(0, dtype=int))
    joined = joined or joined_chars([b.text for b in blocks])
    chars, starts, ends, counts = joined.chars, joined.starts, joined.ends, joined.counts
    words = counts.words
    n = np.maximum(words, 1)
    found, owned = _page_words(blocks, chars, words)
    owner = np.repeat(indices(len(blocks)), owned)
    known = lexicon if isinstance(lexicon, Vocabulary) else vocabulary(lexicon or {})
    numbers = known.numbers_of(found)
    stopwords = known.stopwords.get(language or "", known.stopwords[""])
    sw = np.bincount(owner, weights=stopwords[numbers], minlength=len(blocks)) / n  # stopwords per word
    length = (ends - starts).astype(float)
    last = ends - 1
    log_words = np.log1p(words)
    texts = [b.text for b in blocks]
    occurrences = Counter(texts)
    # A row per feature (LOCAL_NAMES), filled in place and turned once at the end; the
    # ranges and marks are each one broadcast comparison for several rows: at a hundred
    # blocks a page, numpy's cost is per call, not per number.
    table = np.empty((len(LOCAL_NAMES), len(blocks)))
    table[_ROW["bias"]] = 1.0
    table[_ROW["log_words"]] = log_words
    table[_WORD_ROWS] = (_WORD_LO <= words) & (words <= _WORD_HI)
    table[_ROW["stopwords"]] = sw
    table[_ROW["stopwords_x_len"]] = sw * log_words
    table[_ROW["sentence_end"]] = (chars.flags[last] & cc.SENTENCE_END) > 0
    table[_ROW["punct_per_word"]] = counts.punct / n
    table[_ROW["digits"]] = counts.digits / length
    table[_ROW["capitalised"]] = counts.capitalised / n
    table[_FIRST_ROWS] = (chars.flags[starts] & _FIRST_MARKS) > 0
    table[_ROW["separators"]] = counts.separators > 0
    # Dropped by a rule (Block.kept, inlined: a hot loop) and repeated: each made an array
    # first, not a list numpy converts (0.005 ms a page less for the two).
    table[_ROW["dropped"]] = np.array([b.kind is not None for b in blocks], dtype=bool)
    table[_ROW["repeated"]] = np.fromiter(map(occurrences.__getitem__, texts), dtype=np.intp, count=len(texts)) > 1
    table[_ROW["position"]] = _positions(len(blocks))
    table[_ROW["glued"]] = np.minimum(counts.glued, 5) / 5
    table[_ROW["log_chars_per_word"]] = np.log1p(length / n)
    table[_LAST_ROWS] = chars.codes[last] == _LAST_CODES
    table[_STOP_ROWS] = (_STOP_LO <= sw) & (sw < _STOP_HI)
    _layout(blocks, source, table[_ROW["blank_before"] : _ROW["log_indent"] + 1])
    table[_ROW["lex_mean"] :] = weight_scores(known.weights[numbers], owner, len(blocks))
    return LocalFeatures(table.T.copy(), words)


@lru_cache(maxsize=256)
def indices(n: int) -> np.ndarray:
    """0 to n - 1, read-only: made once per page length (features and context use it often)."""
    index = np.arange(n)
    index.flags.writeable = False
    return index


@lru_cache(maxsize=256)
def _positions(n: int) -> np.ndarray:
    """Where each of n blocks sits, from 0 (first) to 1 (last)."""
    position = indices(n) / max(n - 1, 1)
    position.flags.writeable = False
    return position


def _page_words(blocks: list[Block], chars: cc.PageChars, words: np.ndarray) -> tuple[list[str], np.ndarray]:
    """The blocks' words in order, lower-cased, and how many each block owns.

    The words are the blocks' texts with every non-word character made a
    space, lower-cased and split (charclass.word_text): the same words as
    ``\\w+``, at a third of its cost."""
    found = cc.word_text(chars).split()
    if len(found) == int(words.sum()):
        return found, words
    # Lower-casing split a word (no such character is known): block by block.
    per_block = [_WORD.findall(b.text.lower()) for b in blocks]
    return [w for block in per_block for w in block], np.array([len(block) for block in per_block], dtype=int)


def _layout(blocks: list[Block], source: str, out: np.ndarray) -> None:
    """What the renderer's layout says, written into ``out``'s six rows (blank_before to
    log_indent): blank lines around a block (a menu is one group of many lines, a
    paragraph a group of one) and its indentation (renderers indent by nesting; the
    article's paragraphs share one depth). A renderer without blank lines or indents
    gives the same values everywhere; without ``source`` (the text the blocks' offsets
    point into) there are none."""
    blank_before, blank_after, log_group, same_prev, same_next, log_indent = out  # views: filling them fills ``out``
    lines = np.array([b.line for b in blocks])
    gap_before = np.empty(len(blocks), dtype=bool)  # not np.ones: its wrapper cost more than the filling
    gap_before[0], gap_before[1:] = True, lines[1:] - lines[:-1] > 1
    blank_before[:] = gap_before
    blank_after[:-1], blank_after[-1] = gap_before[1:], 1.0
    group = gap_before.cumsum()  # numbered from 1, not 0: no subtraction, the same sizes
    log_group[:] = np.log1p(np.minimum(np.bincount(group)[group], 20))
    if not source:
        same_prev[0], same_prev[1:], same_next[:-1], same_next[-1], log_indent[:] = 0.0, 1.0, 1.0, 0.0, 0.0
        return
    indents = _indents(blocks, source)
    same_prev[0], same_prev[1:] = 0.0, indents[1:] == indents[:-1]
    same_next[:-1], same_next[-1] = same_prev[1:], 0.0
    log_indent[:] = np.log1p(np.minimum(indents, 40))


def _indents(blocks: list[Block], source: str) -> np.ndarray:
    """How far into its line of ``source`` each block starts: from its start back
    to the last line break before it (found in C, a map of ``rfind``: classifying
    the whole source to find its line breaks cost more)."""
    starts = [b.start for b in blocks]
    breaks = map(source.rfind, repeat("\n"), repeat(0), starts)
    return np.fromiter(map(sub, starts, breaks), dtype=np.int64, count=len(starts)) - 1


def scores(rows, weights) -> np.ndarray:
    """The logistic model's probabilities for many rows (a table) at once (one matrix product)."""
    rows = np.asarray(rows, dtype=float)
    if rows.size == 0:
        return np.zeros(len(rows))
    z = rows @ (_weight_array(weights) if isinstance(weights, tuple) else np.asarray(weights, dtype=float))
    # maximum and minimum: np.clip's Python wrapper cost more than both, for the same numbers;
    # each step in place, no new array for each (0.001 ms a call).
    np.minimum(np.maximum(z, -30.0, out=z), 30.0, out=z)
    np.exp(np.negative(z, out=z), out=z)
    z += 1.0
    return np.divide(1.0, z, out=z)


@lru_cache(maxsize=8)
def _weight_array(weights: tuple[float, ...]) -> np.ndarray:
    """A model's weights as an array, made once (a tuple of floats converted per call cost more)."""
    array = np.array(weights, dtype=float)
    array.flags.writeable = False
    return array
