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
_UNSURE = 0xFFFF  # a noncharacter: word_text's mark for "lower-case this one with str.lower"


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


@lru_cache(maxsize=1)
def _lower_words_table() -> np.ndarray:
    """Every BMP character as ``word_text`` writes it: lower-cased if it is a word character,
    else a space; _UNSURE where its own lower case is not one character whatever its
    neighbours (İ lower-cases to two, Σ to σ or ς) and at U+FFFF, where take(mode="clip")
    puts every character beyond the BMP. Built once (about 5 ms): all other characters
    lower-case one by one, so the lower case of them all is theirs in order."""
    table = np.full(_BMP, 32, dtype=np.uint16)
    word = (_bmp_table() & WORD).nonzero()[0]
    unsure = np.isin(word, [0x130, 0x3A3])
    table[word[unsure]] = _UNSURE
    word = word[~unsure]
    table[word] = _codes("".join(map(chr, word.tolist())).lower())
    table[_BMP - 1] = _UNSURE
    return table


def word_text(chars: PageChars) -> str:
    """The text with every non-word character a space, lower-cased (``str.lower``): split,
    the page's words (features._page_words). One table lookup a character (one
    ``take``): making the spaces, decoding the code points and lower-casing the string cost
    half as much again on the corpus' text pages (0.03 ms a page). Characters beyond the BMP,
    İ and Σ take the long way."""
    text = _lower_words_table().take(chars.codes, mode="clip").tobytes().decode("utf-16-le")
    if chr(_UNSURE) not in text:
        return text
    spaced = np.where(chars.flags & WORD, chars.codes, np.uint32(32))  # uint32, like the codes
    return spaced.tobytes().decode("utf-32-le", "surrogatepass").lower()


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
# The classes PageChars._marks starts from: BlockCounts' fields in order (words, digits,
# punct, capitalised, separators, glued), then what narrows them (space, glue_upper).
_MARK_CLASSES = np.array([[WORD], [DIGIT], [PUNCT], [UPPER], [SEPARATOR], [GLUE_LOWER], [SPACE], [GLUE_UPPER]], dtype=np.uint16)


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
        # Every class read in one broadcast comparison, a row each (_MARK_CLASSES), then
        # narrowed in place: half the cost of a comparison per class (0.013 ms a page).
        found = self.flags & _MARK_CLASSES != 0
        words, _digits, _punct, capitalised, separators, glued, space, glue_upper = found  # views: digits and punct as found
        np.greater(words[1:], words[:-1], out=words[1:])  # a word character after none (overlapping: numpy works as on a copy)
        capitalised[1:] &= space[:-1]  # a capital is never a space: after one, or first
        separators[1:-1] &= space[:-2]
        separators[1:-1] &= space[2:]
        separators[:1] = separators[-1:] = False
        glued[:-1] &= glue_upper[1:]
        glued[-1:] = False
        return found[: len(fields(BlockCounts))]


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
