"""Whole-line matching of many patterns at once, dispatched on the line's first or last character.

The phrase books hold about two hundred whole-line patterns ("logo",
"comments (12)", "all rights reserved"). One alternation of all of them tries
every branch at the start of every line, which cost about 3 ms a page (a
quarter of ``clean()`` on the corpus' text pages). Most patterns can only
start with a few characters, which ``re``'s own parser tells; a line is
matched only against the patterns that can start with its first two
characters (``re`` tries a bucket's branches one by one, and a
first-character bucket held up to 48 of them). Every digit counts as one
character, so ``\\d+ comments`` is dispatched like the others.

The patterns that can start with anything (``.{0,300}[(\\[]photo...[)\\]]``)
were tried on every line, and scanning a paragraph back and forth for each
was most of the remaining cost (about 1 ms a page). Most of them can only end
with a few characters: they are dispatched on the line's last character the
same way. The few left are tried only on lines no longer than their longest
match and holding a string every match holds (see patternfacts.py), found
for all lines of a page at once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import repeat
from operator import itemgetter

from .joinedlines import lines_holding
from .patternfacts import DIGIT_KEY, first_chars, last_chars, max_width, required_strings, second_chars

# A line's buckets depend on its first two characters and on its last one.
# For those in printable ASCII (most lines') they are looked up in tables
# built with the matcher: a page's keys are then read in C (map over the
# lines), not worked out a line at a time in Python.
_TABLE_CHARS = tuple(map(chr, range(0x20, 0x7F)))
_FIRST_TWO = itemgetter(slice(0, 2))
_LAST = itemgetter(slice(-1, None))
_NOT_IN_TABLE = object()


@dataclass(frozen=True)
class Patterns:
    """Patterns in one regex, tried only on lines that could hold a match of one of them."""

    pattern: re.Pattern
    max_length: int  # the longest line any of them can match
    # A line with a match holds one of ``needs`` (strings without cased
    # characters) and, lower-cased, one of ``lower_needs``. () when nothing is known.
    needs: tuple[str, ...] = ()
    lower_needs: tuple[str, ...] = ()

    def fullmatch(self, text: str) -> bool:
        if len(text) > self.max_length or ((self.needs or self.lower_needs) and not self.may_be_in(text)):
            return False
        return self.pattern.fullmatch(text) is not None

    def candidates(self, lines: list[str]) -> list[str]:
        """The ``lines`` that may hold a match: all but those too long or lacking what a match needs."""
        lines = [line for line in lines if len(line) <= self.max_length]  # most paragraphs are longer
        # Lower-casing a page cost as much as the searches: the strings
        # looked for as written are used unless one is white space, which
        # almost every line holds.
        if self.needs and not any(need.isspace() for need in self.needs):
            return lines_holding(lines, self.needs)
        if self.lower_needs:
            return lines_holding(lines, self.lower_needs, lowered=True)
        return lines

    def holds_needs(self, text: str) -> bool:
        """Whether ``text`` holds one of ``needs`` (when there are any)."""
        return not self.needs or any(need in text for need in self.needs)

    def may_be_in(self, text: str, lowered: bool = False) -> bool:
        """Whether ``text`` (with ``lowered``: already lower-cased) holds what a
        match needs (it may still hold no match)."""
        # ``needs`` have no cased characters: lower-casing leaves them as they are.
        if self.needs and not any(s in text for s in self.needs):
            return False
        if self.lower_needs:
            lowered_text = text if lowered else text.lower()
            return any(s in lowered_text for s in self.lower_needs)
        return True


@dataclass(frozen=True)
class LineMatcher:
    """``fullmatch(text)``: does any of the patterns match the whole of ``text``?"""

    by_first: dict[str, Patterns]  # a first character -> the patterns that can start with it
    # The first and second characters -> the patterns of ``by_first`` that can
    # start with both; a first character -> those whose second one is not known.
    by_two: dict[str, Patterns]
    by_first_any_second: dict[str, Patterns]
    # A last character -> the others that can end with it, in groups: those
    # needing a character of their own (":" in "Foto: X / Reuters") apart.
    by_last: dict[str, tuple[Patterns, ...]]
    any_last: tuple[Patterns, ...]  # all of ``by_last``, for a last character that cannot be looked up
    anywhere: tuple[Patterns, ...]  # the patterns that can start and end with any character
    # _first_group for every text of at most two printable ASCII characters,
    # _last_groups for every printable ASCII character (filled by line_matcher).
    first_table: dict[str, Patterns | None] = field(default_factory=dict, repr=False)
    last_table: dict[str, tuple[Patterns, ...]] = field(default_factory=dict, repr=False)

    def fullmatch(self, text: str) -> bool:
        if self._dispatched_match(text):
            return True
        for patterns in self.anywhere:  # a loop, not any(): most matchers have none
            if patterns.fullmatch(text):
                return True
        return False

    def fullmatches(self, texts: list[str], within: str | None = None) -> list[bool]:
        """``fullmatch`` for every text of a page at once. ``within``, when
        given, is a lower-cased text holding every one of ``texts`` lower-cased
        (the page, as the phrase search lowers it)."""
        # A page repeats about one line in six (menus, "Reply" under every comment).
        unique = list(dict.fromkeys(texts))
        # Each line's buckets from the tables, looked up in C; _NOT_IN_TABLE
        # for the few lines whose characters are not in them. This and the
        # loop written out (no call per line) took matching the boilerplate
        # extractor's lines from 0.24 to 0.20 ms a page.
        firsts = map(self.first_table.get, map(_FIRST_TWO, unique), repeat(_NOT_IN_TABLE))
        lasts = map(self.last_table.get, map(_LAST, unique), repeat(_NOT_IN_TABLE))
        matched = set()
        for text, first, lasts_ in zip(unique, firsts, lasts):
            if first is _NOT_IN_TABLE:
                first = self._first_group(text)
            if first is not None and len(text) <= first.max_length and first.pattern.fullmatch(text) is not None:
                matched.add(text)
                continue
            if lasts_ is _NOT_IN_TABLE:
                lasts_ = self._last_groups(text)
            for patterns in lasts_:
                needs = patterns.needs
                if len(text) <= patterns.max_length and (not needs or any(map(text.__contains__, needs))) and patterns.pattern.fullmatch(text) is not None:
                    matched.add(text)
                    break
        # The patterns that can start and end anywhere cost the most a line
        # (0.2 ms a page, most of it calls on lines lacking what they need):
        # the lines holding one of the strings a group needs are found with
        # one search of the page per string, and only those are tried. Most
        # pages hold none of them at all, which ``within`` tells without
        # joining the lines again (0.022 ms a page less on the corpus).
        rest = [text for text in unique if text not in matched]
        for patterns in self.anywhere:
            if within is None or patterns.may_be_in(within, lowered=True):
                matched.update(text for text in patterns.candidates(rest) if patterns.fullmatch(text))
        return [text in matched for text in texts]

    def _dispatched_match(self, text: str) -> bool:
        """Whether a pattern of the buckets of ``text``'s first two or last characters matches it."""
        first = self.first_table.get(text[:2], _NOT_IN_TABLE)
        if first is _NOT_IN_TABLE:
            first = self._first_group(text)
        if first is not None and len(text) <= first.max_length and first.pattern.fullmatch(text) is not None:
            return True
        lasts = self.last_table.get(text[-1:], _NOT_IN_TABLE)
        for patterns in self._last_groups(text) if lasts is _NOT_IN_TABLE else lasts:
            if len(text) <= patterns.max_length and patterns.holds_needs(text) and patterns.pattern.fullmatch(text) is not None:
                return True
        return False

    def _first_group(self, text: str) -> Patterns | None:
        """The patterns that can start with ``text``'s first two characters (None: no pattern)."""
        key = text[:1].lower()
        if key.isdecimal():
            key = DIGIT_KEY
        second = _plain_key(text[1:2]) if len(text) > 1 else None
        if second is None:
            return self.by_first.get(key)
        # A first character's bucket holds up to 48 patterns, one of its two-character buckets a few.
        return self.by_two.get(key + second) or self.by_first_any_second.get(key)

    def _last_groups(self, text: str) -> tuple[Patterns, ...]:
        """The groups of ``by_last`` that can end with ``text``'s last character."""
        if not self.by_last:
            return ()
        last = _plain_key(text[-1:])
        return self.by_last.get(last, ()) if last is not None else self.any_last

    def _fill_tables(self) -> None:
        """Fill ``first_table`` and ``last_table`` (once, when the matcher is built)."""
        for first in ("", *_TABLE_CHARS):
            if not first or first.lower() in self.by_first or first.isdecimal():
                starts = [first] if not first else [first, *(first + second for second in _TABLE_CHARS)]
                self.first_table.update((start, self._first_group(start)) for start in starts)
            else:  # no pattern starts with it, whatever follows
                self.first_table.update(dict.fromkeys([first, *(first + second for second in _TABLE_CHARS)]))
        self.last_table.update((last, self._last_groups(last)) for last in ("", *_TABLE_CHARS))


@dataclass(frozen=True)
class EitherMatcher:
    """A line matches when it matches either matcher: a book's lines and one
    more language's, without building the two as one."""

    first: LineMatcher | EitherMatcher
    second: LineMatcher | EitherMatcher

    def fullmatch(self, text: str) -> bool:
        return self.first.fullmatch(text) or self.second.fullmatch(text)

    def fullmatches(self, texts: list[str], within: str | None = None) -> list[bool]:
        return [a or b for a, b in zip(self.first.fullmatches(texts, within), self.second.fullmatches(texts, within))]


def line_matcher(patterns: list[str], flags: int = re.I) -> LineMatcher:
    """A LineMatcher for ``patterns`` (regular expressions matched case-insensitively)."""
    firsts = {p: first_chars(p) for p in patterns}
    wild = [p for p in patterns if firsts[p] is None]
    lasts = {p: last_chars(p) for p in wild}
    widths = {p: max_width(p) for p in patterns}

    def group(found: list[str], needs: tuple[str, ...] = (), lower_needs: tuple[str, ...] = ()) -> Patterns:
        return Patterns(alternation(found, flags), max((widths[p] for p in found), default=0), needs, lower_needs)

    gated = _gated([p for p in wild if lasts[p] is None], flags)
    by_first = _buckets(patterns, firsts)
    any_second = {char: [p for p in found if second_chars(p) is None] for char, found in by_first.items()}
    matcher = LineMatcher(
        by_first={char: group(found) for char, found in by_first.items()},
        by_two={pair: group(found) for pair, found in _pair_buckets(by_first).items()},
        by_first_any_second={char: group(found) for char, found in any_second.items() if found},
        by_last={char: _needing_groups(found, group) for char, found in _buckets(wild, lasts).items()},
        any_last=_needing_groups([p for p in wild if lasts[p] is not None], group),
        anywhere=tuple(group(found, needs, lower_needs) for (needs, lower_needs), found in gated.items()),
    )
    matcher._fill_tables()
    return matcher


def _buckets(patterns: list[str], chars: dict[str, frozenset[str] | None]) -> dict[str, list[str]]:
    buckets: dict[str, list[str]] = {}
    for pattern in patterns:
        for char in chars[pattern] or ():
            buckets.setdefault(char, []).append(pattern)
    return buckets


def _needing_groups(patterns: list[str], group) -> tuple[Patterns, ...]:
    """``patterns`` grouped by the strings (without cased characters) a match holds.

    Most lines ending in "e" lack the ":" of a picture credit, and ``in``
    settles that before the costly ``.{0,300}`` tries every position. A
    string of white space is in almost every line: those patterns are one
    group without a test.
    """
    needing: dict[tuple[str, ...], list[str]] = {}
    for pattern in patterns:
        needs = required_strings(pattern, mode="uncased")
        needing.setdefault(() if any(need.isspace() for need in needs) else needs, []).append(pattern)
    return tuple(group(found, needs) for needs, found in needing.items())


def _pair_buckets(by_first: dict[str, list[str]]) -> dict[str, list[str]]:
    """First and second character -> the patterns of ``by_first`` that can start with both
    (those whose second character is not known in every bucket of their first)."""
    seconds = {p: second_chars(p) for found in by_first.values() for p in found}
    pairs: dict[str, list[str]] = {}
    for first, found in by_first.items():
        known = set().union(*(seconds[p] for p in found if seconds[p] is not None))
        for second in sorted(known):
            pairs[first + second] = [p for p in found if seconds[p] is None or second in seconds[p]]
    return pairs


def _plain_key(char: str) -> str | None:
    """``char`` as the second- and last-character buckets hold it; None when that is not sure.

    ``re.I`` matches a character by its simple case mappings, which ``lower()``
    gives for ASCII and for characters without case; for other letters
    ("İ", "ſ") the whole first-character bucket, or all of ``by_last``, is tried.
    """
    if char.isdecimal():
        return DIGIT_KEY
    if char.isascii() or char.lower() == char == char.upper():
        return char.lower()
    return None


def _gated(patterns: list[str], flags: int) -> dict[tuple[tuple[str, ...], tuple[str, ...]], list[str]]:
    """The patterns grouped by the strings a line must hold: (needs, lower_needs) -> patterns."""
    # Under re.I a letter also matches its other cases (and "ſ" an "s"), so
    # only strings without cased characters are looked for as they are;
    # others in the lower-cased line (see ``required_strings``).
    ignorecase = bool(flags & re.I)
    groups: dict[tuple[str, ...], list[str]] = {}
    for pattern in patterns:
        groups.setdefault(required_strings(pattern, mode="uncased" if ignorecase else "as-written"), []).append(pattern)
    gated = {}
    for needs, group in groups.items():
        lowered = [required_strings(p, mode="lower") for p in group] if ignorecase else [()]
        gated[needs, tuple(sorted(set().union(*lowered))) if all(lowered) else ()] = group
    return gated


def alternation(patterns: list[str], flags: int = re.I) -> re.Pattern:
    """One pattern matching any of ``patterns`` (one that never matches when there are none)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", flags)
