"""Whether any of several patterns (``re.I``) matches a whole line.

A pattern opening with any characters, ``.{0,300}[(\\[](photo|image)...[)\\]]``
(a picture's credit after its caption), is tried by ``fullmatch`` from the
line's start: ``re`` takes the most characters the opening allows and backs off
one at a time, trying the rest after each, and does so for each such pattern
of an alternation. Its rest is searched instead, anchored at the line's end:
the search skips the places the rest cannot start (the matchers' whole-line
tests of the eval corpus' text pages took a seventh fewer instructions).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from declutter.phrases.matching.patternfacts import leading_any


@dataclass(frozen=True)
class WholeLines:
    plain: re.Pattern[str] | None  # the patterns without such an opening, in one alternation
    # (low, high, rests): the rests of the patterns opening with ".{low,high}",
    # in one alternation that must end where the text does.
    tails: tuple[tuple[int, int, re.Pattern[str]], ...]

    def fullmatch(self, text: str) -> bool:
        """Whether one of the patterns matches the whole of ``text``."""
        if self.plain is not None and self.plain.fullmatch(text) is not None:
            return True
        for low, high, rests in self.tails:
            # The leftmost start from the low-th character on (a later one is no nearer;
            # a text shorter than ``low`` is searched from its end).
            found = rests.search(text, low)
            if found is not None and low <= found.start() <= high and text.find("\n", 0, found.start()) < 0:  # "." is no line break
                return True
        return False


@lru_cache(maxsize=4096)
def whole_lines(patterns: tuple[str, ...]) -> WholeLines:
    """``patterns`` compiled for ``WholeLines.fullmatch``. Remembered: many of
    linematch's buckets hold the same patterns, and each set is compiled once."""
    plain: list[str] = []
    tails: dict[tuple[int, int], list[str]] = {}
    for pattern in patterns:
        split = leading_any(pattern)
        if split is None:
            plain.append(pattern)
        else:
            tails.setdefault(split[:2], []).append(split[2])
    return WholeLines(
        alternation(plain) if plain else None,
        tuple((low, high, re.compile(rf"(?:{alternation_source(rests)})\Z", re.I)) for (low, high), rests in tails.items()),
    )


def alternation(patterns: list[str], flags: int = re.I) -> re.Pattern[str]:
    """One pattern matching any of ``patterns`` (one that never matches when there are none)."""
    return re.compile(alternation_source(patterns), flags)


def alternation_source(patterns: list[str]) -> str:
    """``alternation(patterns)`` as written, for a pattern that holds it."""
    return "|".join(f"(?:{p})" for p in patterns) or "(?!)"
