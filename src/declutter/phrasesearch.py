"""Searching a page for the phrase books' phrases: each phrase once, in the whole page.

Phrases are searched in the page's blocks lower-cased and joined, and only
when the page holds one of the literals every match of the phrase holds
(found for all phrases at once, see literals.py). Looping over all 120
phrases to ask that cost more than the searching on most pages: an index
from each literal to its phrases gives the few to search.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .joinedlines import JOIN, joined_lines
from .literals import LiteralFinder, literal_finder


@dataclass(frozen=True)
class Phrase:
    pattern: re.Pattern  # searched in the lower-cased block
    literals: tuple[str, ...]  # every match contains one of these (may be empty: no test)
    one_line: bool = False  # no match holds a line break


@dataclass(frozen=True)
class PhraseIndex:
    phrases: tuple[tuple[str, Phrase], ...]  # (kind, phrase) for every phrase of every kind
    by_literal: dict[str, tuple[int, ...]]  # a literal -> the phrases (places in ``phrases``) holding it
    free: tuple[int, ...]  # the phrases without literals: searched in every page
    literals: LiteralFinder

    def hits(self, texts: list[str]) -> dict[int, dict[str, int]]:
        """Text index -> kind -> how many distinct phrases of that kind the text holds."""
        return self.hits_in(*joined_lines(texts, lowered=True))

    def hits_in(self, page: str, starts: list[int]) -> dict[int, dict[str, int]]:
        """``hits`` for the texts joined as ``joined_lines(texts, lowered=True)`` gives them."""
        ends = [start - len(JOIN) for start in starts[1:]] + [len(page)]
        found: dict[int, dict[str, int]] = {}
        for number, first_literal in self._to_search(page).items():
            kind, phrase = self.phrases[number]
            seen: set[int] = set()
            for match in phrase.pattern.finditer(page, _search_start(phrase, first_literal, page)):
                index = bisect_right(starts, match.start()) - 1
                if index not in seen and match.end() <= ends[index]:
                    seen.add(index)
                    per_kind = found.setdefault(index, {})
                    per_kind[kind] = per_kind.get(kind, 0) + 1
        return found

    def _to_search(self, page: str) -> dict[int, int | None]:
        """The phrases ``page`` may hold -> where the first of their literals is in it (None: no literals)."""
        first_literal: dict[int, int | None] = dict.fromkeys(self.free)
        for literal, position in self.literals.first_found(page).items():
            for number in self.by_literal[literal]:
                earlier = first_literal.get(number)
                first_literal[number] = position if earlier is None else min(earlier, position)
        return first_literal


def phrase_index(kind_phrases: list[tuple[str, Phrase]]) -> PhraseIndex:
    by_literal: dict[str, list[int]] = {}
    for number, (_kind, phrase) in enumerate(kind_phrases):
        for literal in phrase.literals:
            by_literal.setdefault(literal, []).append(number)
    return PhraseIndex(
        phrases=tuple(kind_phrases),
        by_literal={literal: tuple(numbers) for literal, numbers in by_literal.items()},
        free=tuple(number for number, (_kind, phrase) in enumerate(kind_phrases) if not phrase.literals),
        literals=literal_finder(by_literal),
    )


def _search_start(phrase: Phrase, first_literal: int | None, page: str) -> int:
    """Where the search of ``phrase`` in ``page`` may start: the line of its first literal.

    Searching the whole page was most of the cost of phrases (0.2 ms a
    page), though their literals are mostly in the footer. A match holds a
    literal and, holding no line break, lies in one line: none starts before
    the first literal's line, and the search reaches that line's start as
    from there. A phrase that may match a line break is searched from the start.
    """
    if not phrase.one_line or first_literal is None:
        return 0
    return page.rfind(JOIN, 0, first_literal) + 1
