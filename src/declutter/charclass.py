"""A page as an array of code points with a few classes per character, counted per block at once.

The content classifier needs, for every block, how many words, digits,
punctuation marks and capitalised tokens it holds. Counting them with a
regular expression per block cost about 5 microseconds a block; here the
blocks' texts are classified once (a table lookup per character) and a
block's count is the number of marked characters in its text. The classes are exactly the
``re`` module's (``\\w`` is ``str.isalnum()`` or "_", ``\\d`` is
``str.isdecimal()``, ``\\s`` is ``str.isspace()``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import lru_cache

import numpy as np

WORD, DIGIT, SPACE, UPPER, PUNCT, SENTENCE_END, BULLET, QUOTE, SEPARATOR, GLUE_LOWER, GLUE_UPPER = (1 << i for i in range(11))
# Sentence punctuation across scripts (Latin, CJK, Devanagari, Arabic).
_PUNCT_CHARS = ".,;:!?。，、！？।؟"
_SENTENCE_END_CHARS = ".!?…。！？।؟\"”’»)"
# List markers that text renderings put in front of menu and list items.
_BULLET_CHARS = "*+-•·–—>»›|#"
_QUOTE_CHARS = "\"“„«'"
# Separators of breadcrumbs and link rows ("Home | News", "A › B") when spaced.
_SEPARATOR_CHARS = "|»›/•·>"
_BMP = 0x10000


@lru_cache(maxsize=1)
def _bmp_table() -> np.ndarray:
    """The classes of every character of the Basic Multilingual Plane (built once, about 20 ms)."""
    chars = "".join(map(chr, range(_BMP)))
    table = np.zeros(_BMP, dtype=np.uint16)
    for flag, unlike in ((WORD, r"\W"), (DIGIT, r"\D"), (SPACE, r"\S")):
        table[_codes(re.sub(unlike, "\x00", chars)) != 0] |= flag
    table[np.fromiter((c.isupper() for c in chars), dtype=bool, count=_BMP)] |= UPPER
    for flag, members in ((PUNCT, _PUNCT_CHARS), (SENTENCE_END, _SENTENCE_END_CHARS), (BULLET, _BULLET_CHARS), (QUOTE, _QUOTE_CHARS), (SEPARATOR, _SEPARATOR_CHARS)):
        table[[ord(c) for c in members]] |= flag
    table[np.r_[ord("a") : ord("z") + 1, 0xE0:0x100]] |= GLUE_LOWER  # [a-zà-ÿ]
    table[np.r_[ord("A") : ord("Z") + 1, 0xC0:0xDF]] |= GLUE_UPPER  # [A-ZÀ-Þ]
    return table


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _flags_of(char: str) -> int:
    """The classes of one character (for those beyond the BMP: emoji, rare CJK)."""
    flags = (WORD if re.match(r"\w", char) else 0) | (DIGIT if char.isdecimal() else 0)
    return flags | (SPACE if char.isspace() else 0) | (UPPER if char.isupper() else 0)


@dataclass(frozen=True)
class BlockCounts:
    """What the content classifier counts in each block."""

    words: np.ndarray  # ``\w+`` matches
    digits: np.ndarray
    punct: np.ndarray
    capitalised: np.ndarray  # ``str.split()`` tokens that begin with a capital
    separators: np.ndarray  # spaced separators (" | ", " › ")
    glued: np.ndarray  # a lower-case letter directly before a capital ("HomeNews")


_SEPARATORS = 4  # its row in PageChars._marks (BlockCounts' field order)


@dataclass(frozen=True)
class PageChars:
    codes: np.ndarray  # code point per character
    flags: np.ndarray  # class bits per character

    def joined_counts(self, starts: np.ndarray, ends: np.ndarray) -> BlockCounts:
        """BlockCounts for texts joined by line breaks, with one after the last
        (blockwords.joined_chars): each text at [start, end), its line break at end.

        Each field has a row of marks, one per counted thing; a text's count
        is the sum of its row from its start to the next text's (the line
        break marks nothing). A separator at a text's first or last character
        is spaced by a line break, not in the text: its mark is taken out
        first. Searching the positions of all marks for each text's ends cost
        twice as much."""
        marks = self._marks()
        marks[_SEPARATORS, starts] = False
        marks[_SEPARATORS, np.maximum(ends - 1, starts)] = False
        # The marks' bytes summed into 32-bit counts (a view: no copy).
        return BlockCounts(*np.add.reduceat(marks.view(np.uint8), starts, axis=1, dtype=np.int32))

    def _marks(self) -> np.ndarray:
        """A row per BlockCounts field, in order: True where a thing it counts begins."""
        flags = self.flags
        marks = np.zeros((len(fields(BlockCounts)), len(flags)), dtype=bool)
        words, digits, punct, capitalised, separators, glued = marks  # views: filling them fills ``marks``
        word, space = flags & WORD != 0, flags & SPACE != 0
        words[:] = word
        words[1:] &= ~word[:-1]
        digits[:] = flags & DIGIT
        punct[:] = flags & PUNCT
        capitalised[:] = ~space
        capitalised[1:] &= space[:-1]
        capitalised &= flags & UPPER != 0
        separators[1:-1] = (flags[1:-1] & SEPARATOR != 0) & space[:-2] & space[2:]
        glued[:-1] = (flags[:-1] & GLUE_LOWER != 0) & (flags[1:] & GLUE_UPPER != 0)
        return marks


def page_chars(page: str) -> PageChars:
    codes = _codes(page)
    # take, not indexing: table[codes] first converts the codes to intp, at three times the cost.
    # Codes beyond the table are clipped to its last entry, then classified one by one below.
    flags = _bmp_table().take(codes, mode="clip")
    high = codes >= _BMP
    if high.any():
        for code in np.unique(codes[high]).tolist():
            flags[codes == code] = _flags_of(chr(code))
    return PageChars(codes, flags)
