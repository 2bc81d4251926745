"""How many words and digits each block of a page holds, counted for the whole page at once.

The dateline, headline and navigation extractors each ask of most blocks
whether they are short ("at most 16 words and a digit", "2 to 30 words", "at
most 4 words"): a regular expression per block and question, counting words
up to the limit, was about 0.15 ms a page on the corpus' text pages. Here the
blocks' texts are classified once, a character at a time (charclass.py: the
``re`` module's own ``\\w`` and ``\\d``), and a block's count is the number of
word starts, or digits, between its ends. The counts are worked out when an
extractor first asks and kept in ``Document.evidence`` for the others.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import charclass as cc
from .document import Document

_EVIDENCE = "block_words"


@dataclass(frozen=True)
class BlockWords:
    words: list[int]  # ``\w+`` runs in each block's text (common.word_count), by block index
    digits: list[int]  # ``\d`` characters in each block's text


def block_words(doc: Document) -> BlockWords:
    """BlockWords for ``doc.blocks``, counted once per page."""
    kept = doc.evidence.get(_EVIDENCE)
    if kept is not None and kept[0] is doc.blocks and len(kept[1].words) == len(doc.blocks):
        return kept[1]
    counts = count_words([block.text for block in doc.blocks])
    doc.evidence[_EVIDENCE] = (doc.blocks, counts)
    return counts


def count_words(texts: list[str]) -> BlockWords:
    """BlockWords for ``texts`` (lines without line breaks)."""
    if not texts:
        return BlockWords([], [])
    # The texts joined by line breaks (neither \w nor \d: no word runs from
    # one text into the next), and one more after the last, so that every
    # text owns the span from its start to the next one's.
    flags = cc.page_chars("\n".join(texts) + "\n").flags
    # A mark per word start in the low 32 bits and per digit in the high 32:
    # one sum per text counts both (a search for each text's ends in the
    # positions of each was a third slower).
    word = flags & cc.WORD
    marks = np.empty(len(flags), dtype=np.int64)
    marks[0] = word[0]
    np.greater(word[1:], word[:-1], out=marks[1:])
    digits = (flags & cc.DIGIT).astype(np.int64)
    digits <<= 33 - cc.DIGIT.bit_length()  # the DIGIT bit moved to bit 32
    marks += digits
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    sums = np.add.reduceat(marks, np.cumsum(lengths + 1) - lengths - 1)
    return BlockWords(words=(sums & 0xFFFFFFFF).tolist(), digits=(sums >> 32).tolist())
