"""Searching a page for the phrase books' phrases: each phrase only in the lines that may hold it.

Phrases are searched in the page's blocks lower-cased and joined, and only
when the page holds one of the literals every match of the phrase holds
(found for all phrases at once, see literals.py). Looping over all 120
phrases to ask that cost more than the searching on most pages: an index
from each literal to its phrases gives the few to search. A match lies in
a line holding one of its literals; most phrases' matches lie in one line and
depend on nothing past it, and only those lines are searched, each alone:
searching from the first literal's line to the page's end (the footer,
where most literals are) was half the cost of phrases (0.07 ms a page).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from declutter.phrases.matching.joinedlines import JOIN, indexes_holding
from declutter.phrases.matching.literals import LiteralFinder, literal_finder
from declutter.phrases.matching.patternreach import may_match_at_text_end, may_match_line_break


@dataclass(frozen=True)
class Phrase:
    source: str  # the pattern as written, searched in the lower-cased block
    literals: tuple[str, ...]  # every match contains one of these (may be empty: no test)

    # Worked out the first time a page holds one of the phrase's literals (a
    # page searches a few phrases): for all of them, a third of a book's building.
    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self.source)

    @cached_property
    def one_line(self) -> bool:
        """No match holds a line break."""
        return not may_match_line_break(self.source)

    @cached_property
    def by_line(self) -> bool:
        """A line holding a literal may be searched alone, up to its end: no
        match holds a line break or depends on where the text ends ("$")."""
        return self.one_line and bool(self.literals) and not may_match_at_text_end(self.source)

    def compile(self) -> None:
        """Work out now what is otherwise worked out on first use."""
        _ = self.pattern, self.one_line, self.by_line


@dataclass(frozen=True)
class PhraseIndex:
    phrases: tuple[tuple[str, Phrase], ...]  # (kind, phrase) for every phrase of every kind
    by_literal: dict[str, tuple[int, ...]]  # a literal -> the phrases (places in ``phrases``) holding it
    free: tuple[int, ...]  # the phrases without literals: searched in every page
    literals: LiteralFinder

    def hits_in(self, page: str, starts: list[int], possible: list[str] | None = None) -> dict[int, dict[str, int]]:
        """Text index -> kind -> how many distinct phrases of that kind the text holds, for
        the texts joined as ``joined_lines(texts, lowered=True)`` gives them;
        ``possible``: the literals ``page`` may hold, when the caller has them
        (a LiteralFinder's ``possible`` for literals including ``by_literal``'s)."""
        # Where each line starts, and past the last one where a next one would:
        # a line ends len(JOIN) before the next starts.
        bounds = [*starts, len(page) + len(JOIN)]
        found: dict[int, dict[str, int]] = {}
        for number, lines in self._to_search(page, starts, self.literals.possible(page) if possible is None else possible).items():
            kind, phrase = self.phrases[number]
            for index in _lines_matching(phrase, lines, page, bounds):
                per_kind = found.setdefault(index, {})
                per_kind[kind] = per_kind.get(kind, 0) + 1
        return found

    def _to_search(self, page: str, starts: list[int], possible: list[str]) -> dict[int, set[int] | None]:
        """The phrases ``page`` may hold -> the lines holding one of their literals (None: no literals)."""
        lines: dict[int, set[int] | None] = dict.fromkeys(self.free)
        for literal in possible:
            numbers = self.by_literal.get(literal)  # None: another's literal (see hits_in)
            if not numbers:
                continue
            holding = indexes_holding(page, starts, (literal,))
            for number in numbers if holding else ():
                known = lines.get(number)
                lines[number] = holding if known is None else known | holding
        return lines


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


def _lines_matching(phrase: Phrase, lines: set[int] | None, page: str, bounds: list[int]) -> list[int]:
    """The lines of ``page`` holding a match of ``phrase``; ``lines`` are those holding
    one of its literals (None: it has none); ``bounds`` as ``PhraseIndex.hits_in`` gives them."""
    if phrase.by_line and lines is not None:  # (a phrase searched by line has literals)
        search = phrase.pattern.search
        return [index for index in sorted(lines) if search(page, bounds[index], bounds[index + 1] - len(JOIN))]
    # A match holding no line break lies in one line, which holds a literal:
    # none starts before the first such line (see Phrase.by_line for the others).
    matching: list[int] = []
    for match in phrase.pattern.finditer(page, bounds[min(lines)] if phrase.one_line and lines else 0):
        index = bisect_right(bounds, match.start()) - 1  # the last bound is past every match
        if index not in matching and match.end() <= bounds[index + 1] - len(JOIN):
            matching.append(index)
    return matching
