"""How many words and digits each block of a page holds, counted for the whole page at once.

The dateline, headline and navigation extractors each ask of most blocks
whether they are short ("at most 16 words and a digit", "2 to 30 words", "at
most 4 words"), and the content classifier counts more things in every block.
The blocks' texts are classified once, a character at a time (charclass.py:
the ``re`` module's own ``\\w`` and ``\\d``), and a block's count is the number
of word starts, or digits, between its ends. Counting a page costs 0.13 ms
(median of 800 corpus text pages, on the shared machine where clean() took
4.1 ms): the first extractor that asks keeps the counts in
``Document.evidence.block_words`` for the other three, 0.39 ms a page less
than each counting its own.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields
from itertools import compress

import numpy as np
from numpy.typing import NDArray

from declutter.content import charclass as cc
from declutter.document import Document

# Characters of the joined texts classified and counted at once (joined_chars),
# and read for words at once (features._word_scores): a piece as a str, as
# UTF-32 codes and as classes is about 10 bytes a character, the whole of a
# 50 MB page at once was 500 MB. Most pages are one piece.
PIECE_CHARS = 1 << 20


@dataclass(frozen=True)
class JoinedChars:
    """Texts joined by line breaks, with one more after the last, classified (charclass.page_chars).

    A line break is neither ``\\w`` nor ``\\d``: no word runs from one text into
    the next, and every text owns the span from its start to the next one's.
    What is kept is per text: on a page of several pieces the classes of
    every character (2 bytes a character, 100 MB on a 50 MB page) are worked
    out again a piece at a time when asked for (``piece_chars``)."""

    texts: list[str]
    starts: NDArray[np.intp]  # where each text starts
    ends: NDArray[np.intp]  # where each text ends (its line break)
    counts: cc.BlockCounts  # what the content classifier counts in each text (words and digits too)
    first_flags: NDArray[np.uint16]  # the classes of each text's first character
    last_flags: NDArray[np.uint16]  # and of its last
    # The classes of every character, kept when the texts are one piece (most
    # pages): read again for the page's words (features), not classified twice.
    one_piece: cc.PageChars | None = None

    def subset(self, kept: NDArray[np.bool_]) -> JoinedChars:
        """The JoinedChars of the ``kept`` texts alone, taken from these: the
        same as joining them again (a text's counts end at its line break),
        without classifying the page again."""
        lengths = (self.ends - self.starts)[kept]
        ends = np.cumsum(lengths + 1) - 1
        counts = cc.BlockCounts(*(getattr(self.counts, f.name)[kept] for f in fields(cc.BlockCounts)))
        texts = list(compress(self.texts, kept.tolist()))
        one_piece = None
        if self.one_piece is not None:
            # The stretches between the texts left out (each text's characters and its line
            # break), copied whole: a page leaves out a few lines, not every other character.
            gone = (~kept).nonzero()[0]
            stretches = list(zip([0, *(self.ends[gone] + 1).tolist()], [*self.starts[gone].tolist(), len(self.one_piece.codes)]))
            codes, flags = (np.concatenate([chars[a:b] for a, b in stretches]) for chars in (self.one_piece.codes, self.one_piece.flags))
            one_piece = cc.PageChars(codes, flags)
        return JoinedChars(texts, ends - lengths, ends, counts, self.first_flags[kept], self.last_flags[kept], one_piece)

    def pieces(self) -> Iterator[tuple[int, int]]:
        """The texts in pieces of about PIECE_CHARS characters: ranges [first, last) of their indexes."""
        return _pieces(self.ends)

    def piece_chars(self, first: int, last: int) -> cc.PageChars:
        """The PageChars of texts ``first`` to ``last - 1``, each with its line break."""
        if self.one_piece is not None and (first, last) == (0, len(self.texts)):
            return self.one_piece
        return cc.page_chars("\n".join([*self.texts[first:last], ""]))


def _pieces(ends: NDArray[np.intp]) -> Iterator[tuple[int, int]]:
    """Ranges [first, last) of the texts ending at ``ends``, each of at least one text
    and of about PIECE_CHARS characters."""
    first = 0
    while first < len(ends):
        start = int(ends[first - 1]) + 1 if first else 0
        last = max(first + 1, int(np.searchsorted(ends, start + PIECE_CHARS)))
        yield first, last
        first = last


@dataclass(frozen=True)
class BlockWords:
    words: list[int]  # ``\w+`` runs in each block's text (blocks.word_count), by block index
    digits: list[int]  # ``\d`` characters in each block's text
    joined: JoinedChars | None = None  # the texts as counted (None when there are none)


def block_words(doc: Document) -> BlockWords:
    """BlockWords for ``doc.blocks``, counted once per page."""
    kept = doc.evidence.block_words
    if kept is not None and len(kept.words) == len(doc.blocks):
        return kept
    counts = count_words([block.text for block in doc.blocks])
    doc.evidence.block_words = counts
    return counts


def joined_chars(texts: list[str]) -> JoinedChars:
    """JoinedChars for ``texts`` (lines without line breaks; at least one), classified
    and counted a piece at a time: a text's counts end at its line break."""
    lengths = np.fromiter(map(len, texts), dtype=np.intp, count=len(texts))
    ends = np.cumsum(lengths + 1) - 1
    starts = ends - lengths
    counted: list[cc.BlockCounts] = []
    first_flags: list[NDArray[np.uint16]] = []
    last_flags: list[NDArray[np.uint16]] = []
    for first, last in _pieces(ends):
        start = int(starts[first])
        chars = cc.page_chars("\n".join([*texts[first:last], ""]))  # the last line break joined in
        piece_starts, piece_ends = starts[first:last] - start, ends[first:last] - start
        counted.append(chars.joined_counts(piece_starts, piece_ends))
        first_flags.append(chars.flags[piece_starts])
        last_flags.append(chars.flags[piece_ends - 1])
    counts = counted[0] if len(counted) == 1 else cc.BlockCounts(
        *(np.concatenate([getattr(part, f.name) for part in counted]) for f in fields(cc.BlockCounts))
    )
    one_piece = chars if len(counted) == 1 else None
    return JoinedChars(texts, starts, ends, counts, np.concatenate(first_flags), np.concatenate(last_flags), one_piece)


def count_words(texts: list[str]) -> BlockWords:
    """BlockWords for ``texts`` (lines without line breaks), with all that the content classifier counts."""
    if not texts:
        return BlockWords([], [])
    joined = joined_chars(texts)
    return BlockWords(words=joined.counts.words.tolist(), digits=joined.counts.digits.tolist(), joined=joined)
