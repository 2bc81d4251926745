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
# Characters of the page read for words at once (_page_words): most pages are one piece.
_WORDS_PIECE = 1 << 20

# A feature's values, one per block (a number: the same for all).
Column = NDArray[np.float64] | NDArray[np.bool_] | NDArray[np.int32] | float | list[bool]


@dataclass(frozen=True)
class LocalFeatures:
    rows: NDArray[np.float64]  # one row of LOCAL_NAMES per block
    words: NDArray[np.int32]  # words per block (runs of \w)


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
    shown: NDArray[np.bool_] | None = None,
) -> LocalFeatures:
    """LOCAL_NAMES for every block, from the block itself, its layout and the page's counts.

    ``source`` is the text the blocks' offsets point into; without it there
    is no layout. ``lexicon`` is the model's word weights (declutter.content.lexicon),
    or their ``vocabulary`` (building one costs a few milliseconds: pass one
    for many pages); without one the lex_* columns are 0. ``joined`` is the blocks' texts as
    blockwords joins and classifies them, when the caller has them (a page's
    ``BlockWords.joined``): the blocks are counted in their texts, each
    followed by a line break, as they are in the page. ``shown`` says which
    of ``joined``'s texts ``blocks`` are, when they are a page read without
    some of its blocks (all of them when None): the page is not joined again.
    """
    if not blocks:
        return LocalFeatures(np.zeros((0, len(LOCAL_NAMES))), np.zeros(0, dtype=np.int32))
    if joined is None:
        joined, shown = joined_chars([b.text for b in blocks]), None
    known = lexicon if isinstance(lexicon, Vocabulary) else vocabulary(lexicon or {})
    numbers, owned = _page_words(blocks, joined, known, shown)
    chars, starts, ends, counts = joined.chars, joined.starts, joined.ends, joined.counts
    if shown is not None:
        starts, ends, counts = starts[shown], ends[shown], counts.subset(shown)
    words = counts.words
    n = np.maximum(words, 1)
    owner = np.repeat(np.arange(len(blocks)), owned)
    stopwords = known.stopwords.get(language or "", known.stopwords[""])
    sw = np.bincount(owner, weights=stopwords[numbers], minlength=len(blocks)) / n  # stopwords per word
    length = (ends - starts).astype(float)
    first, last = starts, ends - 1
    log_words = np.log1p(words)
    texts = [b.text for b in blocks]
    occurrences = Counter(texts)
    columns: dict[str, Column] = {
        "bias": 1.0,
        "log_words": log_words,
        "words_le3": words <= 3,
        "words_le8": words <= 8,
        "words_gt20": words > 20,
        "stopwords": sw,
        "stopwords_x_len": sw * log_words,
        "sentence_end": chars.flags[last] & cc.SENTENCE_END != 0,
        "punct_per_word": counts.punct / n,
        "digits": counts.digits / length,
        "capitalised": counts.capitalised / n,
        "bullet": chars.flags[first] & cc.BULLET != 0,
        "separators": counts.separators > 0,
        "dropped": [b.kind is not None for b in blocks],  # by a rule before this one
        "repeated": [occurrences[text] > 1 for text in texts],
        "position": np.arange(len(blocks)) / max(len(blocks) - 1, 1),
        "glued": np.minimum(counts.glued, 5) / 5,
        "log_chars_per_word": np.log1p(length / n),
        "ends_colon": chars.codes[last] == ord(":"),
        "no_stopword": sw == 0.0,
        "question": chars.codes[last] == ord("?"),
        "quote": chars.flags[first] & cc.QUOTE != 0,
        **_layout(blocks, source),
        **dict(zip(("lex_mean", "lex_min", "lex_max"), weight_scores(known.weights[numbers], owner, len(blocks)), strict=True)),
    }
    for name, (lo, hi) in _WORD_BINS.items():
        columns[name] = (lo <= words) & (words <= hi)
    for name, (low, high) in _STOP_BINS.items():
        columns[name] = (low <= sw) & (sw < high)
    # A row per block, as the model reads them, filled a feature at a time in place
    # (not filled turned, then copied: 8 bytes a block and feature less, 125 MB on a 23 MB page).
    table = np.empty((len(blocks), len(LOCAL_NAMES)))
    for row, name in enumerate(LOCAL_NAMES):
        table[:, row] = columns[name]
    return LocalFeatures(table, words)


def _page_words(
    blocks: list[Block], joined: JoinedChars, known: Vocabulary, shown: NDArray[np.bool_] | None
) -> tuple[NDArray[np.intp], NDArray[np.int32]]:
    """The numbers in ``known`` of the blocks' words in order, lower-cased, and how many each block owns
    (``blocks``: the texts of ``joined``, or those ``shown``).

    The words are the blocks' texts with every non-word character made a
    space, lower-cased and split (charclass.word_text): the same words as
    ``\\w+`` finds block by block, at 0.11 ms a page instead of 0.29 (mean of
    400 corpus pages on the shared machine)."""
    chars, ends, words = joined.chars, joined.ends, joined.counts.words
    # A piece of the page (ending at a line break) at a time: all the page's words
    # at once were 60 bytes a word in a list and 28 bytes a character in
    # word_text (str.lower's scratch space is 12), 420 MB more on a 23 MB page.
    pieces, start = [], 0
    while start < len(chars.codes):
        after = int(np.searchsorted(ends, start + _WORDS_PIECE))
        end = int(ends[after]) + 1 if after < len(ends) else len(chars.codes)
        piece = cc.PageChars(chars.codes[start:end], chars.flags[start:end])
        pieces.append(known.numbers_of(cc.word_text(piece).split()))
        start = end
    numbers = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.intp)
    if len(numbers) == int(words.sum()):
        if shown is None:
            return numbers, words
        return numbers[np.repeat(shown, words)], words[shown]
    # Lower-casing split a word ("İ" lower-cases to "i" and a combining dot): block by block.
    per_block = [WORD.findall(b.text.lower()) for b in blocks]
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
