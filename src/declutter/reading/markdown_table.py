"""Markdown table rows (GitHub's pipe tables) read for markdown.py: where a table
starts, and one row's cells as one line of plain text with their evidence."""
from __future__ import annotations

import re

from .markdown_evidence import Inline, with_links
from .markdown_inline import Inlines

_TABLE_SEPARATOR = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")


def opens_table(lines: list[tuple[int, str]], i: int) -> bool:
    """Whether line ``i``, one holding "|", is a table's header: a row with a separator row under it."""
    return _TABLE_SEPARATOR.fullmatch(lines[i][1]) is None and i + 1 < len(lines) and bool(_TABLE_SEPARATOR.fullmatch(lines[i + 1][1]))


def table_row(raw: str, inlines: Inlines) -> Inline:
    """A row's cells apart by a tab (a separator row has none): the boundary survives,
    and white-space-normalised matching still finds text that runs across cells."""
    if _TABLE_SEPARATOR.fullmatch(raw):
        return Inline("", 0, 0, 0)
    cells = [cell.strip() for cell in _CELL_SPLIT.split(raw.strip())]
    if cells and not cells[0]:
        cells = cells[1:]
    if cells and not cells[-1]:
        cells = cells[:-1]
    parts = [inlines[cell] for cell in cells]
    plain = "\t".join(part.plain for part in parts if part.plain)
    return with_links(plain, sum(p.link_chars for p in parts), sum(p.links for p in parts), sum(p.images for p in parts))
