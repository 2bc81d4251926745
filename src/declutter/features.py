"""General evidence about each block, for the content classifier.

Nothing here knows a site: a block is described by its length and shape, its
stopword density in the page's language, its punctuation, whether it looks
like a list item or a link, whether it repeats in the page, where it sits, and
how much of its vocabulary is the web's furniture (``lexicon``). What its
neighbours and the page's densest run of prose say about it is in
``declutter.context``. Both the shipped model and scripts/train_content.py use
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

from . import charclass as cc
from .blockwords import JoinedChars, joined_chars
from .document import Block
from .lexicon import Vocabulary, build_vocabulary, weight_scores

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


def vocabulary(lexicon: Mapping[str, float]) -> Vocabulary:
    """``lexicon``'s words and the function words of every language, numbered
    (declutter.lexicon): built once, for every page's ``local_features``."""
    return build_vocabulary(lexicon, _stopword_table())


def local_features(
    blocks: list[Block],
    language: str | None,
    source: str = "",
    lexicon: Mapping[str, float] | Vocabulary | None = None,
    joined: JoinedChars | None = None,
) -> LocalFeatures:
    """LOCAL_NAMES for every block, from the block itself, its layout and the page's counts.

    ``source`` is the text the blocks' offsets point into; without it there
    is no layout. ``lexicon`` is the model's word weights (declutter.lexicon),
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
    owner = np.repeat(np.arange(len(blocks)), owned)
    known = lexicon if isinstance(lexicon, Vocabulary) else vocabulary(lexicon or {})
    numbers = known.numbers_of(found)
    stopwords = known.stopwords.get(language or "", known.stopwords[""])
    sw = np.bincount(owner, weights=stopwords[numbers], minlength=len(blocks)) / n  # stopwords per word
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
        *_layout(blocks, source),
        *weight_scores(known.weights[numbers], owner, len(blocks)),
    ]
    return LocalFeatures(float_matrix(len(blocks), columns), words)


def float_matrix(n: int, columns: list) -> np.ndarray:
    """The columns (arrays, lists or one value for all rows) side by side as floats, written
    in place: a float array per column, then np.column_stack, was 7% of the content step."""
    matrix = np.empty((n, len(columns)))
    for i, column in enumerate(columns):
        matrix[:, i] = column
    return matrix


def _page_words(blocks: list[Block], chars: cc.PageChars, words: np.ndarray) -> tuple[list[str], np.ndarray]:
    """The blocks' words in order, lower-cased, and how many each block owns.

    The words are the blocks' texts with every non-word character made a
    space, split: the same words as ``\\w+``, at a third of its cost."""
    spaced = np.where(chars.flags & cc.WORD != 0, chars.codes, 32).astype(np.uint32)
    found = spaced.tobytes().decode("utf-32-le", "surrogatepass").lower().split()
    if len(found) == int(words.sum()):
        return found, words
    # Lower-casing split a word (no such character is known): block by block.
    per_block = [_WORD.findall(b.text.lower()) for b in blocks]
    return [w for block in per_block for w in block], np.array([len(block) for block in per_block], dtype=int)


def _layout(blocks: list[Block], source: str) -> list[np.ndarray]:
    """What the renderer's layout says: blank lines around a block (a menu is
    one group of many lines, a paragraph a group of one) and its indentation
    (renderers indent by nesting; the article's paragraphs share one depth).
    A renderer without blank lines or indents gives the same values everywhere;
    without ``source`` (the text the blocks' offsets point into) there are none."""
    n = len(blocks)
    lines = np.array([b.line for b in blocks])
    gap_before = np.ones(n, dtype=bool)
    gap_before[1:] = np.diff(lines) > 1
    gap_after = np.ones(n, dtype=bool)
    gap_after[:-1] = gap_before[1:]
    group = np.cumsum(gap_before) - 1
    group_size = np.bincount(group)[group]
    indents = _indents(blocks, source) if source else np.zeros(n, dtype=int)
    same_prev = np.zeros(n, dtype=bool)
    same_prev[1:] = indents[1:] == indents[:-1]
    same_next = np.zeros(n, dtype=bool)
    same_next[:-1] = same_prev[1:]
    return [gap_before, gap_after, np.log1p(np.minimum(group_size, 20)), same_prev, same_next, np.log1p(np.minimum(indents, 40))]


def _indents(blocks: list[Block], source: str) -> np.ndarray:
    """How far into its line of ``source`` each block starts: from its start back
    to the last line break before it (found in C, a map of ``rfind``: classifying
    the whole source to find its line breaks cost more)."""
    starts = [b.start for b in blocks]
    breaks = map(source.rfind, repeat("\n"), repeat(0), starts)
    return np.fromiter(map(sub, starts, breaks), dtype=np.int64, count=len(starts)) - 1


def word_counts(blocks: list[Block]) -> list[int]:
    return [len(_WORD.findall(b.text)) for b in blocks]


def scores(rows, weights) -> np.ndarray:
    """The logistic model's probabilities for many rows at once (one matrix product)."""
    rows = np.asarray(rows, dtype=float)
    if rows.size == 0:
        return np.zeros(len(rows))
    z = rows @ np.asarray(weights, dtype=float)
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))


def __getattr__(name: str):
    """The second stage's names, moved to declutter.context, still read here (scripts and tools use them)."""
    if name in ("CONTEXT_NAMES", "context_features"):
        from . import context

        return getattr(context, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
