"""A page as an array of code points with a few classes per character, counted per block at once.

The content classifier needs, for every block, how many words, digits,
punctuation marks and capitalised tokens it holds. Counting them with a
regular expression per block cost about 5 microseconds a block; here the page
is classified once (a table lookup per character) and a block's count is the
difference of two running sums at its offsets. The classes are exactly the
``re`` module's (``\\w`` is ``str.isalnum()`` or "_", ``\\d`` is
``str.isdecimal()``, ``\\s`` is ``str.isspace()``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
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
class PageChars:
    codes: np.ndarray  # code point per character
    flags: np.ndarray  # class bits per character

    def count(self, flag: int, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
        """Characters of class ``flag`` in each [start, end)."""
        return _between(self.flags & flag != 0, starts, ends)

    def runs(self, flag: int, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
        """Maximal runs of class ``flag`` (``\\w+`` matches for WORD) in each block.

        Blocks are stripped lines, so no run crosses a block's edge."""
        member = self.flags & flag != 0
        first = member.copy()
        first[1:] &= ~member[:-1]
        return _between(first, starts, ends)

    def token_starts(self, flag: int, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
        """``str.split()`` tokens whose first character is of class ``flag``, per block."""
        space = self.flags & SPACE != 0
        first = ~space
        first[1:] &= space[:-1]
        return _between(first & (self.flags & flag != 0), starts, ends)

    def separators(self, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
        """Spaced separators (" | ", " › ") inside each block."""
        space = self.flags & SPACE != 0
        found = np.zeros(len(self.flags), dtype=bool)
        found[1:-1] = (self.flags[1:-1] & SEPARATOR != 0) & space[:-2] & space[2:]
        return _between(found, starts + 1, np.maximum(ends - 1, starts + 1))

    def glued(self, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
        """A lower-case letter directly before a capital ("HomeNews"), per block."""
        found = np.zeros(len(self.flags), dtype=bool)
        found[:-1] = (self.flags[:-1] & GLUE_LOWER != 0) & (self.flags[1:] & GLUE_UPPER != 0)
        return _between(found, starts, np.maximum(ends - 1, starts))


def _between(marks: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    total = np.concatenate([[0], np.cumsum(marks, dtype=np.int64)])
    return total[ends] - total[starts]


def page_chars(page: str) -> PageChars:
    codes = _codes(page)
    high = codes >= _BMP
    flags = _bmp_table()[np.where(high, 0, codes)]
    if high.any():
        for code in np.unique(codes[high]).tolist():
            flags[codes == code] = _flags_of(chr(code))
    return PageChars(codes, flags)
