"""A page's lines joined into one text, to search all of them at once."""
from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

# Joins a page's lines for one search of all: no line holds it, and
# ``.`` does not match it (a phrase holding one is searched with care, see phrasesearch.py).
JOIN = "\n"
# Lines lowered at once (joined_lines). The lowered pieces are all kept until they
# are joined, and a piece is 4 bytes a character when one of its characters is beyond
# the BMP (an emoji): pieces of 10,000 lines were 184 MB on a 50 MB page of corpus
# text, of 100 lines 93 MB (the lines themselves 105 MB).
_LINES = 100
# Lines of a page matched at once by the phrase books (PhraseBook.kinds_and_sections):
# more than a news page has (the eval corpus' longest has 2,239), and a piece of a
# large page joined and lower-cased is at most a few MB.
PIECE_LINES = 20_000


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
    if lowered:
        # Lower-casing the joined lines is five times faster than one by
        # one, and the same (a final sigma looks no further than a line
        # break) unless a character grows ("İ" is two in lower case).
        # Joined and lowered _LINES at a time: str.lower's scratch space is 12 bytes a
        # character of what it lowers (a whole 23 MB page: 300 MB more at once).
        pieces = []
        for at in range(0, len(lines), _LINES):
            piece = JOIN.join(lines[at : at + _LINES])
            lowered_piece = piece.lower()
            if len(lowered_piece) != len(piece):
                lines = lines[:]  # the caller's list stays as it was
                lines[at : at + _LINES] = [line.lower() for line in lines[at : at + _LINES]]
                lowered_piece = JOIN.join(lines[at : at + _LINES])
            pieces.append(lowered_piece)
        page = JOIN.join(pieces)
    else:
        page = JOIN.join(lines)
    # Each line starts one past the end of the one before (map, not a generator: no Python call per line).
    return page, list(accumulate(map(len(JOIN).__add__, map(len, lines[:-1])), initial=0))
