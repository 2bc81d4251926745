"""Split a page's text into blocks once: one block per non-empty line.

Each block also keeps its text without the marks at its ends (``Block.bare``),
what the phrase books' whole-line rules match.
"""
from __future__ import annotations

from .document import Block

# What surrounds a block's words without changing what it says: bullets,
# separators, closing punctuation, and white space. Stripped before
# whole-line matching, with str.strip (a regex substitution scanning every
# character cost 0.2 ms a page), once per block when the page is split.
_LEADING_MARKS = "•·*|>»›-–—_:#"
_TRAILING_MARKS = "•·*|<«‹-–—_:.!…"


def split_blocks(text: str) -> list[Block]:
    """Blocks for every line that has something besides white space, with exact offsets.

    Lines end at "\\n" only (str.splitlines would also end them at "\\r",
    "\\x0c", "\\u2028"...: other line numbers and offsets).
    """
    blocks: list[Block] = []
    offset = 0
    for number, line in enumerate(text.split("\n"), start=1):
        lead = line.lstrip()  # once: its length gives the start (strip() and lstrip() was two passes)
        if lead:
            stripped = lead.rstrip()
            start = offset + len(line) - len(lead)
            blocks.append(Block(len(blocks), stripped, start, start + len(stripped), number, edge_stripped(stripped)))  # positional: faster
        offset += len(line) + 1
    return blocks


def edge_stripped(text: str) -> str:
    """``text`` without the marks and white space at its start and end."""
    while True:  # marks and white space may alternate ("• - Home")
        stripped = text.lstrip().lstrip(_LEADING_MARKS)
        if len(stripped) == len(text):
            break
        text = stripped
    while True:
        stripped = text.rstrip().rstrip(_TRAILING_MARKS)
        if len(stripped) == len(text):
            return text
        text = stripped
