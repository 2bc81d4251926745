"""Split a page's text into blocks once: one block per non-empty line."""
from __future__ import annotations

import re

from .document import Block

_LINE = re.compile(r"[^\n]*\n?")


def split_blocks(text: str) -> list[Block]:
    """Blocks for every line that has something besides white space, with exact offsets."""
    blocks: list[Block] = []
    offset = 0
    for number, match in enumerate(_LINE.finditer(text), start=1):
        raw = match.group()
        if not raw:
            break
        stripped = raw.strip()
        if stripped:
            start = offset + (len(raw) - len(raw.lstrip()))
            blocks.append(Block(index=len(blocks), text=stripped, start=start, end=start + len(stripped), line=number))
        offset += len(raw)
    return blocks
