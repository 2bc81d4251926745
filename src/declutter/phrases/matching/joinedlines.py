"""A page's lines joined into one text, to search all of them at once."""
from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

# Joins a page's lines for one search of all: no line holds it, and
# ``.`` does not match it (a phrase holding one is searched with care, see phrasesearch.py).
JOIN = "\n"


def indexes_holding(page: str, starts: list[int], strings: tuple[str, ...]) -> set[int]:
    """Where in ``starts`` the lines of ``page`` (lines joined as ``joined_lines``
    gives them) holding one of ``strings`` start. One search of the joined lines
    per string instead of a test per line and string; a string with a line
    break may also pick a line that does not hold it: the caller tests again."""
    holding: set[int] = set()
    for string in strings:
        position = page.find(string)
        while position >= 0:
            index = bisect_right(starts, position) - 1
            holding.add(index)
            if index + 1 == len(starts):
                break
            position = page.find(string, starts[index + 1])  # the rest of this line need not be searched
    return holding


def joined_lines(lines: list[str], lowered: bool = False) -> tuple[str, list[int]]:
    """``lines`` joined by line breaks (with ``lowered``: lower-cased), and where each starts."""
    page = JOIN.join(lines)
    if lowered:
        # Lower-casing the joined lines is five times faster than one by
        # one, and the same (a final sigma looks no further than a line
        # break) unless a character grows ("İ" is two in lower case).
        lowered_page = page.lower()
        if len(lowered_page) != len(page):
            lines = [line.lower() for line in lines]
            lowered_page = JOIN.join(lines)
        page = lowered_page
    # Each line starts one past the end of the one before (map, not a generator: no Python call per line).
    return page, list(accumulate(map(len(JOIN).__add__, map(len, lines[:-1])), initial=0))
