"""Whole-line matching of many patterns at once, dispatched on the line's first or last characters.

The phrase books hold about two hundred whole-line patterns ("logo",
"comments (12)", "all rights reserved"). One alternation of all of them tries
every branch at the start of every line, which cost about 3 ms a page (a
quarter of ``clean()`` on the corpus' text pages). Most patterns can only
start with a few characters, which ``re``'s own parser tells; a line is
matched only against the patterns that can start with its first three
characters (``re`` tries a bucket's branches one by one, and a
first-character bucket held up to 48 of them; see linekeys.py). Every digit
counts as one character, so ``\\d+ comments`` is dispatched like the others.

The patterns that can start with anything (``.{0,300}[(\\[]photo...[)\\]]``)
were tried on every line, and scanning a paragraph back and forth for each
was most of the remaining cost (about 1 ms a page). Most of them can only end
with a few characters: they are dispatched on the line's last two characters
the same way. The few left are tried only on lines no longer than their longest
match and holding a string every match holds (see patternfacts.py), found
for all lines of a page at once.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from operator import itemgetter

from declutter.phrases.matching.joinedlines import joined_lines
from declutter.phrases.matching.linekeys import Patterns, ThirdChars, buckets, first_key, gated, needing_groups, pair_buckets, plain_key, third_buckets
from declutter.phrases.matching.patternfacts import first_chars, last_chars, max_width, second_chars

# A line's buckets depend on its first three characters and on its last two.
# For those in printable ASCII (most lines') they are looked up in tables
# built with the matcher: a page's keys are then read in C (map over the
# lines), not worked out a line at a time in Python.
_TABLE_CHARS = tuple(map(chr, range(0x20, 0x7F)))
_FIRST_TWO = itemgetter(slice(0, 2))
_THIRD = itemgetter(slice(2, 3))
_LAST_TWO = itemgetter(slice(-2, None))
_NOT_IN_TABLE = object()
# Keys remembered beyond the tables, per matcher: a page has about eight, mostly letters of a few alphabets.
KEY_CACHE = 4096


@dataclass(frozen=True)
class LineMatcher:
    """``fullmatch(text)``: does any of the patterns match the whole of ``text``?"""

    by_first: dict[str, Patterns]  # a first character -> the patterns that can start with it
    # A first character -> the patterns of ``by_first`` whose second one is not
    # known; the first and second characters -> the patterns that can start
    # with both, by the third (see linekeys.py).
    by_first_any_second: dict[str, Patterns]
    by_three: dict[str, ThirdChars[Patterns]]
    # A last character -> the others that can end with it, in groups: those
    # needing a character of their own (":" in "Foto: X / Reuters") apart.
    # The last and second-last characters -> those that can end with both; a
    # last character -> those whose second-last one is not known.
    by_last: dict[str, tuple[Patterns, ...]]
    by_last_two: dict[str, tuple[Patterns, ...]]
    by_last_any_second: dict[str, tuple[Patterns, ...]]
    any_last: tuple[Patterns, ...]  # all of ``by_last``, for a last character that cannot be looked up
    anywhere: tuple[Patterns, ...]  # the patterns that can start and end with any character
    # The first two characters of a text (all of a shorter one) -> its third
    # one ("" for none) -> _first_group, for printable ASCII; the last two
    # characters (all of a shorter text) -> _last_groups, for printable ASCII
    # (filled by line_matcher). ``no_table``: an empty table, for first
    # characters these tables do not hold.
    first_table: dict[str, dict[str, Patterns | None]] = field(default_factory=dict, repr=False)
    last_table: dict[str, tuple[Patterns, ...]] = field(default_factory=dict, repr=False)
    no_table: dict[str, Patterns | None] = field(default_factory=dict, repr=False)
    # _first_group of a text's first three characters and _last_groups of its
    # last two, for the keys the tables do not hold ("Über", "“Quote”": eight
    # lines a page), remembered per key (set by _fill_tables): working them
    # out line by line was 0.01 ms a page.
    first_of: Callable[[str], Patterns | None] = field(default=None, compare=False, repr=False)
    last_of: Callable[[str], tuple[Patterns, ...]] = field(default=None, compare=False, repr=False)

    def fullmatch(self, text: str) -> bool:
        if self._dispatched_match(text):
            return True
        for patterns in self.anywhere:  # a loop, not any(): most matchers have none
            if patterns.fullmatch(text):
                return True
        return False

    def fullmatches(self, texts: list[str], joined: tuple[str, list[int]] | None = None, maybe: Collection[str] | None = None) -> list[bool]:
        """``fullmatch`` for every text of a page at once. ``joined``, when given,
        is what ``joined_lines(holders, lowered=True)`` gives for texts each
        holding the one of ``texts`` at its place (a page's blocks' texts, for
        their edge-stripped ones): the page is then not joined again. ``maybe``
        (with ``joined``): every string of ``search_strings`` the joined page
        holds, and perhaps others (see Patterns.candidates)."""
        # A page repeats about one line in six (menus, "Reply" under every comment).
        unique = list(dict.fromkeys(texts))
        # Each line's buckets from the tables, looked up in C; _NOT_IN_TABLE
        # for the few lines whose characters are not in them. This and the
        # loop written out (no call per line) took matching the boilerplate
        # extractor's lines from 0.24 to 0.20 ms a page.
        thirds = map(self.first_table.get, map(_FIRST_TWO, unique), repeat(self.no_table))
        firsts = map(dict.get, thirds, map(_THIRD, unique), repeat(_NOT_IN_TABLE))
        lasts = map(self.last_table.get, map(_LAST_TWO, unique), repeat(_NOT_IN_TABLE))
        matched = set()
        for text, first, lasts_ in zip(unique, firsts, lasts):
            if first is _NOT_IN_TABLE:
                first = self.first_of(text[:3])
            if first is not None and len(text) <= first.max_length and first.pattern.fullmatch(text) is not None:
                matched.add(text)
                continue
            if lasts_ is _NOT_IN_TABLE:
                lasts_ = self.last_of(text[-2:])
            for patterns in lasts_:
                needs = patterns.needs
                if len(text) <= patterns.max_length and (not needs or any(map(text.__contains__, needs))) and patterns.pattern.fullmatch(text) is not None:
                    matched.add(text)
                    break
        if self.anywhere:
            self._match_anywhere(texts, unique, matched, joined, maybe)
        return list(map(matched.__contains__, texts))  # no Python loop: 0.005 ms a page

    def search_strings(self) -> tuple[str, ...]:
        """The strings ``fullmatches`` may look for in a page joined (for its ``maybe``)."""
        return tuple(s for patterns in self.anywhere for s in (*patterns.needs, *patterns.lower_needs))

    def _match_anywhere(self, texts: list[str], unique: list[str], matched: set[str], joined: tuple[str, list[int]] | None, maybe: Collection[str] | None) -> None:
        """Add to ``matched`` the ``texts`` that ``anywhere``'s patterns match (see ``fullmatches``).

        These patterns cost the most a line (0.2 ms a page, most of it calls
        on lines lacking what they need): the lines holding one of the strings
        a group needs are found with one search of the joined lines per
        string, and only those are tried. The page joined for the phrase
        search serves: joining the lines again cost 0.04 ms a page.
        """
        if joined is None:
            longest = max(patterns.max_length for patterns in self.anywhere)
            texts = [text for text in unique if len(text) <= longest and text not in matched]
            joined, maybe = joined_lines(texts, lowered=True), None
        for patterns in self.anywhere:
            matched.update(text for text in patterns.candidates(texts, *joined, maybe) if text not in matched and patterns.fullmatch(text))

    def _dispatched_match(self, text: str) -> bool:
        """Whether a pattern of the buckets of ``text``'s first three or last two characters matches it."""
        first = self.first_table.get(text[:2], self.no_table).get(text[2:3], _NOT_IN_TABLE)
        if first is _NOT_IN_TABLE:
            first = self.first_of(text[:3])
        if first is not None and len(text) <= first.max_length and first.pattern.fullmatch(text) is not None:
            return True
        lasts = self.last_table.get(text[-2:], _NOT_IN_TABLE)
        for patterns in self.last_of(text[-2:]) if lasts is _NOT_IN_TABLE else lasts:
            if len(text) <= patterns.max_length and patterns.holds_needs(text) and patterns.pattern.fullmatch(text) is not None:
                return True
        return False

    def _first_group(self, text: str) -> Patterns | None:
        """The patterns that can start with ``text``'s first three characters (None: no pattern)."""
        key = first_key(text)
        second = plain_key(text[1:2]) if len(text) > 1 else None
        if second is None:
            return self.by_first.get(key)
        # A first character's bucket holds up to 48 patterns, one of its
        # two-character buckets a dozen, a three-character one mostly none.
        by_third = self.by_three.get(key + second)
        third = plain_key(text[2:3]) if len(text) > 2 else ""
        if by_third is None:
            return self.by_first_any_second.get(key)
        # A third character whose case re.I may read otherwise ("İ"): the
        # first character's bucket, not one built for this uncommon case.
        return self.by_first.get(key) if third is None else by_third.groups.get(third, by_third.others)

    def _last_groups(self, text: str) -> tuple[Patterns, ...]:
        """The groups of ``by_last`` that can end with ``text``'s last two characters."""
        if not self.by_last:
            return ()
        last = plain_key(text[-1:])
        if last is None:
            return self.any_last
        second = plain_key(text[-2:-1]) if len(text) > 1 else None
        if second is None:
            return self.by_last.get(last, ())
        # Most lines end in a letter that a picture credit's pattern can end
        # with, and a few in what it can end with ("es" of "Getty Images").
        return self.by_last_two.get(last + second) or self.by_last_any_second.get(last, ())

    def _fill_tables(self) -> None:
        """Fill ``first_table`` and ``last_table``, and set ``first_of`` and ``last_of`` (once, when the matcher is built)."""
        # Each depends on the characters it is given alone: the first three and the last two.
        object.__setattr__(self, "first_of", lru_cache(maxsize=KEY_CACHE)(self._first_group))
        object.__setattr__(self, "last_of", lru_cache(maxsize=KEY_CACHE)(self._last_groups))
        thirds = ("", *_TABLE_CHARS)
        # A table per pair the third character matters for, one per group for the others (shared).
        by_pair: dict[str, dict[str, Patterns | None]] = {}
        by_group: dict[int, dict[str, Patterns | None]] = {}
        for start in ("", *_TABLE_CHARS, *(first + second for first in _TABLE_CHARS for second in _TABLE_CHARS)):
            if len(start) < 2:
                self.first_table[start] = {"": self._first_group(start)}
                continue
            pair = first_key(start) + plain_key(start[1])
            if pair in self.by_three:
                table = by_pair.get(pair) or by_pair.setdefault(pair, {third: self._first_group(start + third) for third in thirds})
            else:  # the third character changes nothing
                group = self._first_group(start)
                table = by_group.get(id(group)) or by_group.setdefault(id(group), dict.fromkeys(thirds, group))
            self.first_table[start] = table
        self.last_table.update((end, self._last_groups(end)) for end in ("", *_TABLE_CHARS, *(a + b for a in _TABLE_CHARS for b in _TABLE_CHARS)))


@dataclass(frozen=True)
class EitherMatcher:
    """A line matches when it matches either matcher: a book's lines and one
    more language's, without building the two as one."""

    first: LineMatcher | EitherMatcher
    second: LineMatcher | EitherMatcher

    def fullmatch(self, text: str) -> bool:
        return self.first.fullmatch(text) or self.second.fullmatch(text)

    def fullmatches(self, texts: list[str], joined: tuple[str, list[int]] | None = None, maybe: Collection[str] | None = None) -> list[bool]:
        return [a or b for a, b in zip(self.first.fullmatches(texts, joined, maybe), self.second.fullmatches(texts, joined, maybe))]

    def search_strings(self) -> tuple[str, ...]:
        return (*self.first.search_strings(), *self.second.search_strings())


def line_matcher(patterns: list[str], flags: int = re.I) -> LineMatcher:
    """A LineMatcher for ``patterns`` (regular expressions matched case-insensitively)."""
    firsts = {p: first_chars(p) for p in patterns}
    wild = [p for p in patterns if firsts[p] is None]
    lasts = {p: last_chars(p) for p in wild}
    widths = {p: max_width(p) for p in patterns}

    built: dict[tuple, Patterns] = {}  # many buckets hold the same patterns: each set is compiled once

    def group(found: list[str], needs: tuple[str, ...] = (), lower_needs: tuple[str, ...] = ()) -> Patterns:
        key = (tuple(found), needs, lower_needs)
        if key not in built:
            built[key] = Patterns(alternation(found, flags), max((widths[p] for p in found), default=0), needs, lower_needs)
        return built[key]

    needing = gated([p for p in wild if lasts[p] is None], flags)
    by_first = buckets(patterns, firsts)
    any_second = {char: [p for p in found if second_chars(p) is None] for char, found in by_first.items()}
    by_last = buckets(wild, lasts)
    last_any_second = {char: [p for p in found if second_chars(p, reverse=True) is None] for char, found in by_last.items()}
    matcher = LineMatcher(
        by_first={char: group(found) for char, found in by_first.items()},
        by_first_any_second={char: group(found) for char, found in any_second.items() if found},
        by_three={
            pair: ThirdChars({third: group(found) if found else None for third, found in by_third.groups.items()}, group(by_third.others) if by_third.others else None)
            for pair, by_third in third_buckets(pair_buckets(by_first)).items()
        },
        by_last={char: needing_groups(found, group) for char, found in by_last.items()},
        by_last_two={pair: needing_groups(found, group) for pair, found in pair_buckets(by_last, reverse=True).items()},
        by_last_any_second={char: needing_groups(found, group) for char, found in last_any_second.items() if found},
        any_last=needing_groups([p for p in wild if lasts[p] is not None], group),
        anywhere=tuple(group(found, needs, lower_needs) for (needs, lower_needs), found in needing.items()),
    )
    matcher._fill_tables()
    return matcher


def alternation(patterns: list[str], flags: int = re.I) -> re.Pattern:
    """One pattern matching any of ``patterns`` (one that never matches when there are none)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", flags)
