"""A page as an array of code points with a few classes per character, counted per block at once.

The content classifier needs, for every block, how many words, digits,
punctuation marks and capitalised tokens it holds. Counting them with a
regular expression per block cost about 5 microseconds a block; here the
blocks' texts are classified once (a table lookup per character) and a
block's count is the number of marked characters in its text. The classes
are exactly the ``re`` module's (``\\w`` is ``str.isalnum()`` or "_", ``\\d`` is
``str.isdecimal()``, ``\\s`` is ``str.isspace()``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from numpy.typing import NDArray

from declutter.blocks import SENTENCE_END as _SENTENCE_ENDS

(
    WORD, DIGIT, SPACE, UPPER, PUNCT, SENTENCE_END, BULLET, QUOTE, SEPARATOR, GLUE_LOWER, GLUE_UPPER, COLON, QUESTION,
) = (1 << i for i in range(13))
# Sentence punctuation across scripts (Latin, CJK, Devanagari, Arabic).
_PUNCT_CHARS = ".,;:!?。，、！？।؟"
# List markers that text renderings put in front of menu and list items.
_BULLET_CHARS = "*+-•·–—>»›|#"
_QUOTE_CHARS = "\"“„«'"
# Separators of breadcrumbs and link rows ("Home | News", "A › B") when spaced.
_SEPARATOR_CHARS = "|»›/•·>"
# Each class that is a list of characters, and its characters.
_LISTED = {
    PUNCT: _PUNCT_CHARS, SENTENCE_END: "".join(_SENTENCE_ENDS), BULLET: _BULLET_CHARS, QUOTE: _QUOTE_CHARS, SEPARATOR: _SEPARATOR_CHARS,
    COLON: ":", QUESTION: "?",  # a block's last character (features: ends_colon, question)
}
_BMP = 0x10000
_CHUNK = 1 << 20  # characters classified at once (page_chars)


@lru_cache(maxsize=1)
def _bmp_table() -> NDArray[np.uint16]:
    """The classes of every character of the Basic Multilingual Plane (built once a process)."""
    chars = np.arange(_BMP, dtype=np.uint32).tobytes().decode("utf-32-le", "surrogatepass")  # every code point, in order
    table = np.zeros(_BMP, dtype=np.uint16)
    # re's own \w, \d and \s, found by re in the whole plane at once rather than
    # by a call per character (which only str.isupper, no class of re, still needs).
    for flag, members in ((WORD, r"\w+"), (DIGIT, r"\d+"), (SPACE, r"\s+")):
        table[codes_of("".join(re.findall(members, chars)))] |= flag
    table[np.fromiter(map(str.isupper, chars), dtype=bool, count=_BMP)] |= UPPER
    for flag, members in _LISTED.items():
        table[[ord(c) for c in members]] |= flag
    table[np.r_[ord("a") : ord("z") + 1, 0xE0:0x100]] |= GLUE_LOWER  # [a-zà-ÿ]
    table[np.r_[ord("A") : ord("Z") + 1, 0xC0:0xDF]] |= GLUE_UPPER  # [A-ZÀ-Þ]
    return table


def word_text(chars: PageChars) -> str:
    """The text with every non-word character a space, lower-cased: split, the page's
    words, the same as ``\\w+`` finds in the lower-cased text (features._piece_words)."""
    # Lower-cased a character at a time from a table (str.lower reads a table
    # entry per character too, but slower than numpy does; most pages hold a
    # character beyond ASCII, and str.lower is fast on ASCII alone). A 0 is a
    # character the table does not lower-case as str.lower does, or one beyond
    # the plane: the page goes through str.lower.
    spaced = _bmp_word_lower().take(chars.codes, mode="clip")  # uint32, like the codes
    if spaced.all():
        return spaced.tobytes().decode("utf-32-le", "surrogatepass")
    spaced = np.where(chars.flags & WORD, chars.codes, np.uint32(32))
    return spaced.tobytes().decode("utf-32-le", "surrogatepass").lower()


def codes_of(text: str) -> NDArray[np.uint32]:
    """``text``'s code points."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


@lru_cache(maxsize=1)
def _bmp_word_lower() -> NDArray[np.uint32]:
    """Each word character of the Basic Multilingual Plane lower-cased as ``str.lower``
    does it, every other character a space; 0 for those it lower-cases otherwise than
    alone: "İ" (two characters), "Σ" ("ς" at a word's end), and for the plane's last,
    U+FFFF, where word_text clips the codes beyond it (their classes are not the table's)."""
    plane = np.arange(_BMP, dtype=np.uint32).tobytes().decode("utf-32-le", "surrogatepass")
    dotted = ord("İ")
    lowered = codes_of(plane[:dotted].lower() + "\0" + plane[dotted + 1 :].lower())
    table = np.where(_bmp_table() & WORD, lowered, np.uint32(32))
    table[[ord("Σ"), _BMP - 1]] = 0
    return table


def _flags_of(char: str) -> int:
    """The classes of one character (for those beyond the BMP: emoji, rare CJK)."""
    flags = (WORD if re.match(r"\w", char) else 0) | (DIGIT if char.isdecimal() else 0)
    return flags | (SPACE if char.isspace() else 0) | (UPPER if char.isupper() else 0)


@dataclass(frozen=True)
class BlockCounts:
    """What the content classifier counts in each block."""

    words: NDArray[np.int32]  # ``\w+`` matches
    digits: NDArray[np.int32]
    punct: NDArray[np.int32]
    capitalised: NDArray[np.int32]  # ``str.split()`` tokens that begin with a capital
    separators: NDArray[np.int32]  # spaced separators (" | ", " › ")
    glued: NDArray[np.int32]  # a lower-case letter directly before a capital ("HomeNews")


@dataclass(frozen=True)
class PageChars:
    codes: NDArray[np.uint32]  # code point per character
    flags: NDArray[np.uint16]  # class bits per character

    def joined_counts(self, starts: NDArray[np.intp], ends: NDArray[np.intp]) -> BlockCounts:
        """BlockCounts for texts joined by line breaks, with one after the last
        (blockwords.joined_chars): each text at [start, end), its line break at end.

        Each field has a mark per character where a thing it counts begins; a
        text's count is the sum of the marks from its start to the next text's
        (the line break marks nothing). A separator at a text's first or last
        character is spaced by a line break, not in the text: not marked."""
        flags = self.flags
        space = flags & SPACE != 0

        def summed(mark: NDArray[np.bool_]) -> NDArray[np.int32]:
            # Counts of a line's characters fit int32.
            return np.add.reduceat(mark, starts, dtype=np.int32)

        # Each mark summed as soon as it is made: all of them at once were 10 bytes a character more (150 MB on a 23 MB page).
        word_starts = flags & WORD != 0
        word_starts[1:] &= ~word_starts[:-1]  # (the right side is a new array)
        words = summed(word_starts)
        del word_starts
        capitalised = flags & UPPER != 0  # a capital after a space, or first
        capitalised[1:] &= space[:-1]
        capitals = summed(capitalised)
        del capitalised
        separators = np.zeros(len(flags), dtype=bool)
        separators[1:-1] = (flags[1:-1] & SEPARATOR != 0) & space[:-2] & space[2:]
        separators[starts] = separators[ends - 1] = False
        spaced_separators = summed(separators)
        del separators, space
        glued = np.zeros(len(flags), dtype=bool)
        glued[:-1] = (flags[:-1] & GLUE_LOWER != 0) & (flags[1:] & GLUE_UPPER != 0)
        return BlockCounts(words, summed(flags & DIGIT != 0), summed(flags & PUNCT != 0), capitals, spaced_separators, summed(glued))


def page_chars(page: str) -> PageChars:
    """``page``'s code points and their classes."""
    codes = codes_of(page)
    # Codes beyond the table are clipped to its last entry, then classified one by one below.
    # A chunk at a time: take turns the whole page's codes into intp first (8 bytes a character: 180 MB on a 23 MB page).
    flags = np.empty(len(codes), dtype=np.uint16)
    for at in range(0, len(codes), _CHUNK):
        _bmp_table().take(codes[at : at + _CHUNK], mode="clip", out=flags[at : at + _CHUNK])
    high = codes >= _BMP
    if high.any():
        for code in np.unique(codes[high]).tolist():
            flags[codes == code] = _flags_of(chr(code))
    return PageChars(codes, flags)
