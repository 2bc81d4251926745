"""The page as blocks: one per non-empty line, with its position, split once.

Also the shape of a block's text that several parts of declutter ask about,
defined here once: what a word is, how a sentence ends, the marks around a
line's words.
"""
from __future__ import annotations

import hashlib
import re
from array import array
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from declutter.config.rules import RuleOrigin

# A word: a run of ``\w`` (letters, digits, underscore in any script).
WORD = re.compile(r"\w+")
# A publisher's or a site's name is short: "The Telegraph", "Die PARTEI
# Lübeck", "Apuntes de Tecnología"; six words cover the publishers' names on
# the eval corpus' pages (bench meta) and longer "names" were sentences.
MAX_NAME_WORDS = 6
# Sentence-final punctuation across scripts (Latin, CJK, Devanagari, Arabic),
# and the closing quotes and brackets a sentence may end inside.
SENTENCE_END = (".", "!", "?", "…", "。", "！", "？", "।", "؟", '"', "”", "’", "»", ")")

# What surrounds a block's words without changing what it says: bullets,
# separators, closing punctuation. Stripped before whole-line matching.
_LEADING_MARKS = "•·*|>»›-–—_:#"
_TRAILING_MARKS = "•·*|<«‹-–—_:.!…"
# Every character ``str.isspace`` accepts (what ``str.strip()`` removes; a
# test checks the list): with the marks, one ``strip`` per side removes
# alternating white space and marks ("• - Home").
WHITE_SPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_LEADING = WHITE_SPACE + _LEADING_MARKS
_TRAILING = WHITE_SPACE + _TRAILING_MARKS


@dataclass(frozen=True, eq=False)
class BlockPlaces:
    """Where each of a page's blocks is in ``Document.source_text``, by block index:
    one per page, shared by its blocks. As two fields of each block they were two
    int objects a block (above 255, an int is an object of 32 bytes): 300 MB on a
    50 MB page of short lines, now 16 bytes a block."""

    # Unsigned: an array of signed ints reads each number appended through a slower
    # conversion (the split appends one to each array a block).
    starts: array[int] = field(default_factory=lambda: array("Q"))  # the character offset of each block's text
    lines: array[int] = field(default_factory=lambda: array("Q"))  # the 1-based line number of each


@dataclass(slots=True)  # a page has hundreds: slots make them smaller and faster to read
class Block:
    """One line of the page: where it is, and what was decided about it."""

    index: int
    text: str  # the line without its surrounding white space
    # ``text`` without the bullets, separators and closing marks at its ends
    # (``edge_stripped``): what whole-line rules match.
    bare: str
    places: BlockPlaces = field(repr=False)  # the page's, where ``start`` and ``line`` are read
    kind: str | None = None  # why it was dropped (a ``kinds.Kind``); None while it is kept
    by: str | None = None  # the extractor that decided, recorded by the pipeline
    role: str | None = None  # what a kept or dropped block is (a ``kinds.Role``)
    # The settings file's rule that decided the block (declutter.config), if
    # one did; a block kept by a rule is never dropped (Document.drop).
    rule: RuleOrigin | None = None

    @property
    def kept(self) -> bool:
        return self.kind is None

    @property
    def start(self) -> int:
        """The character offset of ``text`` in ``Document.source_text``."""
        return self.places.starts[self.index]

    @property
    def line(self) -> int:
        """The 1-based line number of ``text`` in ``Document.source_text``."""
        return self.places.lines[self.index]

    @property
    def end(self) -> int:
        """Where ``text`` ends in ``Document.source_text``."""
        return self.places.starts[self.index] + len(self.text)


def split_blocks(text: str) -> list[Block]:
    """Blocks for every line that has something besides white space, with exact offsets.

    Lines end at "\\n" only (str.splitlines would also end them at "\\r",
    "\\x0c", "\\u2028"...: other line numbers and offsets).
    """
    blocks: list[Block] = []
    places = BlockPlaces()
    # The appends looked up once, not once a line.
    add_block, add_start, add_line = blocks.append, places.starts.append, places.lines.append
    end = -1  # where the line ends (its "\n"), counted before the line is read
    for number, line in enumerate(text.split("\n"), start=1):
        end += len(line) + 1
        lead = line.lstrip()
        if lead:
            stripped = lead.rstrip()
            bare = stripped.lstrip(_LEADING).rstrip(_TRAILING)  # edge_stripped, without a call per line
            add_block(Block(len(blocks), stripped, bare, places))
            add_start(end - len(lead))
            add_line(number)
    return blocks


def block_at_line(blocks: Sequence[Block], line: int) -> Block | None:
    """The block on ``line`` of the page, if one is there (``blocks`` in page order)."""
    at = bisect_left(blocks, line, key=_line)
    return blocks[at] if at < len(blocks) and blocks[at].line == line else None


def _line(block: Block) -> int:
    return block.line


def edge_stripped(text: str) -> str:
    """``text`` without the marks and white space at its start and end."""
    return text.lstrip(_LEADING).rstrip(_TRAILING)


def word_count(text: str) -> int:
    return len(WORD.findall(text))


def at_most_words(text: str, limit: int) -> bool:
    """``word_count(text) <= limit``, without counting a paragraph's hundreds of words."""
    if len(text) <= 2 * limit:  # words are apart by at least one character
        return True
    return _more_words_than(limit).match(text) is None


@lru_cache(maxsize=16)  # one pattern per limit asked for
def _more_words_than(limit: int) -> re.Pattern[str]:
    # A word follows each of ``limit`` words and what parts them: there are
    # more than ``limit``. Anchored at the start, a shorter text fails after one pass.
    return re.compile(rf"\W*(?:\w+\W+){{{limit}}}\w")


def line_hash(text: str) -> int:
    """A line's stable 64-bit hash, case and white space normalised (the same in every
    process): what site templates are made of. The batch's counting pass hashes every
    line of a page with it (batch/templates.py), the site-template extractor the lines
    of the page being cleaned; here, not in the extractor, so that the counting pass's
    workers import neither the extractors nor what they need."""
    normal = " ".join(text.split()).lower()  # str.split splits where re's \s matches: same as collapsing runs
    return int.from_bytes(hashlib.blake2b(normal.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")
