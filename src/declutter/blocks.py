"""Split a page's text into blocks once: one block per non-empty line."""
from __future__ import annotations

from .document import Block


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
            blocks.append(Block(len(blocks), stripped, start, start + len(stripped), number))  # positional: faster
        offset += len(line) + 1
    return blocks
