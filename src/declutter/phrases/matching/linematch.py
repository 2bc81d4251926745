"""Whole-line matching of many patterns at once.

The phrase books hold about 270 whole-line patterns ("logo", "comments (12)",
"all rights reserved"). One alternation of all of them tries every branch at
the start of every line: about 3 ms a page. Instead, what ``re``'s parser
tells of each pattern (patternfacts.py) sends a line to the few that can
match it:

- most patterns can only start in a few ways: a line is tried against those
  that can start with its first three characters (with the first alone, a
  line starting with "s" was tried against 52 patterns: 0.5 ms a page more);
- most others (picture credits: ``.{0,300}[(\\[]photo...[)\\]]``) can only end
  with a few characters: a line is tried against those that can end with its
  last two (or its last one, when a pattern's two are not known), when it holds
  what they need (0.4 ms a page more when every line holding "(" was tried; with
  the last one alone, most lines ending in "e" or "s" tried a picture credit's);
- the few left are tried on the lines no longer than their longest match and
  holding a string every match holds, found in the page's lines joined.
"""
from __future__ import annotations

import re
import string
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import cached_property, lru_cache
from operator import itemgetter
from typing import TYPE_CHECKING

from declutter.phrases.matching.joinedlines import indexes_holding, joined_lines
from declutter.phrases.matching.patternfacts import DIGIT_KEY, lower_invariant, max_width, prefixes
from declutter.phrases.matching.regex_internals import case_folds_plainly
from declutter.phrases.matching.requiredstrings import required_strings
from declutter.phrases.matching.wholeline import WholeLines, alternation, alternation_source, whole_lines

if TYPE_CHECKING:
    from declutter.phrases.matching.factcache import PatternFacts

Joined = tuple[str, list[int]]  # lines joined by joined_lines(lines, lowered=True), and where each starts
START = 3  # the characters a line's start is looked up by
END = 2  # the characters a line's end is looked up by (read backwards)
MAX_STARTS = 512  # a pattern that can start in more ways ("[a-z]{3}...") is filed under its first characters
# Distinct line starts and ends remembered per matcher (a page has a few hundred lines; most starts recur).
KEY_CACHE = 8192
_HEAD, _TAIL = itemgetter(slice(START)), itemgetter(slice(-END, None))  # a line's start and end, as looked up
_ASCII_DIGITS = str.maketrans("123456789", DIGIT_KEY * 9)
# ``held_search`` looks for a string every match holds when it is this long at
# least: a shorter one ("h", "m" of "\d+ ?(h|m)") is in most lines.
MIN_HELD = 3


@dataclass(frozen=True)
class Patterns:
    """Patterns in one regex, with what a line must be and hold for one of them to match."""

    sources: tuple[str, ...]  # the patterns, as written
    max_length: int  # the longest line any of them can match
    needs: tuple[str, ...] = ()  # a matching line holds one of these (see LineMatcher); () when none is known

    @cached_property
    def pattern(self) -> WholeLines:
        """The patterns' whole-line test (wholeline.py), compiled the first time a line is tried against them:
        compiling every bucket was most of a phrase book's building time (0.2 s), and
        one page tries a fraction of them (``LineMatcher.compile_all`` compiles the rest)."""
        return whole_lines(self.sources)

    def fullmatch(self, text: str, holds: str) -> bool:
        """Whether one of the patterns matches ``text``, whose ``holds`` is tested for ``needs``."""
        if len(text) > self.max_length or (self.needs and not any(map(holds.__contains__, self.needs))):
            return False
        return self.pattern.fullmatch(text)


@dataclass(frozen=True)
class LineMatcher:
    """``fullmatch(text)``: does any of the patterns match the whole of ``text``?"""

    by_start: dict[str, Patterns]  # a line's start_key -> the patterns that can start so
    by_first: dict[str, Patterns]  # a first character -> the patterns whose first START characters are not known
    any_start: Patterns  # all the patterns of ``by_start`` and ``by_first``: for a line without a start_key
    # The last END characters, read backwards ("se" for "...Getty Images"), or the last one when
    # those are not known -> the patterns that can start with anything and end so, in groups by
    # the strings without cased characters a match holds ("/" of "Foto: X / Reuters").
    by_last: dict[str, tuple[Patterns, ...]]
    any_last: tuple[Patterns, ...]  # all of ``by_last``: for a line's end without a start_key
    # The patterns that can start and end with anything, in groups by the strings a match
    # holds lower-cased (tested in the lower-cased line).
    anywhere: tuple[Patterns, ...]

    def __post_init__(self) -> None:
        # Remembered per key: working out a line's key and bucket was half of the matching time.
        object.__setattr__(self, "_start_patterns", lru_cache(maxsize=KEY_CACHE)(self._start_patterns))
        object.__setattr__(self, "_end_patterns", lru_cache(maxsize=KEY_CACHE)(self._end_patterns))

    def compile_all(self) -> None:
        """Compile every bucket now (a batch does, before it forks its workers)."""
        buckets = [*self.by_start.values(), *self.by_first.values(), self.any_start, *self.any_last, *self.anywhere]
        for patterns in buckets + [patterns for group in self.by_last.values() for patterns in group]:
            _ = patterns.pattern  # compiled on first use

    def fullmatch(self, text: str) -> bool:
        if self._ends_match(text):
            return True
        lowered = text.lower()
        return any(patterns.fullmatch(text, lowered) for patterns in self.anywhere)

    def fullmatches(self, texts: list[str], joined: Joined | None = None, possible: Collection[str] | None = None) -> list[bool]:
        """``fullmatch`` for every text of a page at once. ``joined``, when given, is
        ``joined_lines(holders, lowered=True)`` for texts each holding the one of
        ``texts`` at its place (a page's blocks' texts, for their edge-stripped ones);
        ``possible`` (with ``joined``): the strings of ``search_strings`` the joined
        page may hold (a LiteralFinder's ``possible``), the others not looked for."""
        # A page repeats about one line in six (menus, "Reply" under every comment): each is matched once.
        unique = list(dict.fromkeys(texts))
        # Each line's patterns by its start and by its end, looked up in C (map): two lines
        # in three have neither, and are not visited in Python.
        by_start = map(self._start_patterns, map(_HEAD, unique))
        by_end = map(self._end_patterns, map(_TAIL, unique))
        hits = {text for text, start, ends in zip(unique, by_start, by_end) if (start or ends) and _matches_at_ends(text, start, ends)}
        matched = list(map(hits.__contains__, texts))
        if self.anywhere:
            page, starts = joined if joined is not None else joined_lines(texts, lowered=True)
            for patterns in self.anywhere:
                # The lines holding what a match needs, from one search of the page per string.
                needs = patterns.needs if possible is None else tuple(filter(possible.__contains__, patterns.needs))
                candidates = indexes_holding(page, starts, needs) if patterns.needs else range(len(texts))
                for index in candidates:
                    if not matched[index] and len(texts[index]) <= patterns.max_length and patterns.pattern.fullmatch(texts[index]):
                        matched[index] = True
        return matched

    def search_strings(self) -> tuple[str, ...]:
        """The strings ``fullmatches`` looks for in a joined page (see its ``possible``)."""
        return tuple(need for patterns in self.anywhere for need in patterns.needs)

    def _ends_match(self, text: str) -> bool:
        """Whether a pattern that can start with ``text``'s start, or end with its end, matches it."""
        return _matches_at_ends(text, self._start_patterns(text[:START]), self._end_patterns(text[-END:]))

    def _start_patterns(self, head: str) -> Patterns | None:
        key = start_key(head)
        return self.any_start if key is None else self.by_start.get(key) or self.by_first.get(key[:1])

    def _end_patterns(self, tail: str) -> tuple[Patterns, ...]:
        key = start_key(tail[::-1])
        if key is None:
            return self.any_last
        return self.by_last.get(key, ()) + (self.by_last.get(key[:1], ()) if len(key) > 1 else ())


def _matches_at_ends(text: str, start: Patterns | None, ends: tuple[Patterns, ...]) -> bool:
    """Whether one of ``start``, the patterns that can start with ``text``'s start, or of
    ``ends``, those that can end with its end, matches it."""
    if start is not None and len(text) <= start.max_length and start.pattern.fullmatch(text):
        return True
    for patterns in ends:  # a loop, not any(): most lines' ends have none
        if patterns.fullmatch(text, text):
            return True
    return False


def start_key(head: str) -> str | None:
    """``head`` as ``prefixes`` gives a pattern's characters: lower-cased, a digit as
    DIGIT_KEY; None when ``re.I`` may match a character of it otherwise ("İ", "ſ")."""
    if head.isascii():
        return head.lower().translate(_ASCII_DIGITS)
    key = ""
    for char in head:
        if char.isdecimal():
            key += DIGIT_KEY
        elif case_folds_plainly(char):
            key += char.lower()
        else:
            return None
    return key


def line_matcher(patterns: list[str], facts: PatternFacts | None = None) -> LineMatcher:
    """A LineMatcher for ``patterns`` (regular expressions matched case-insensitively);
    ``facts``: what is known of them from earlier processes (factcache.py)."""
    width: Callable[[str], int] = facts.max_width if facts is not None else max_width
    by_start: dict[str, list[str]] = {}
    by_first: dict[str, list[str]] = {}
    by_last: dict[str, dict[tuple[str, ...], list[str]]] = {}
    anywhere: dict[tuple[str, ...], list[str]] = {}
    started, ended = [], []
    for pattern in patterns:
        place, keys, needs = facts.placement(pattern, _placement) if facts is not None else _placement(pattern)
        if place == "end":
            ended.append(pattern)
            for key in keys:
                by_last.setdefault(key, {}).setdefault(needs, []).append(pattern)
        elif place == "anywhere":
            anywhere.setdefault(needs, []).append(pattern)
        else:
            started.append(pattern)
            for key in keys:
                (by_start if place == "start" else by_first).setdefault(key, []).append(pattern)
    for key, found in by_start.items():  # a start's bucket also holds those known by its first character alone
        found += by_first.get(key[:1], [])
    return LineMatcher(
        by_start={key: _patterns(found, width) for key, found in by_start.items()},
        by_first={key: _patterns(found, width) for key, found in by_first.items()},
        any_start=_patterns(started, width),
        by_last={key: tuple(_patterns(found, width, needs) for needs, found in groups.items()) for key, groups in by_last.items()},
        any_last=(_patterns(ended, width),) if ended else (),
        anywhere=tuple(_patterns(found, width, needs) for needs, found in anywhere.items()),
    )


Placement = tuple[str, frozenset[str], tuple[str, ...]]  # where a pattern is filed, under which keys, and what a line needs


@lru_cache(maxsize=4096)
def _placement(pattern: str) -> Placement:
    """Where ``line_matcher`` files ``pattern``: by the START characters its matches start with
    ("start"), or by the first (when the START are not known or too many: "first"); else by the
    last END (or the last one), with the strings without cased characters a match holds ("end"); else "anywhere",
    with the strings a match holds lower-cased. Remembered: a pattern is in several matchers
    (a heading is in its section's, in every section's and in the kinds')."""
    # ("": it matches an empty line; then it does whatever the length asked)
    starts = prefixes(pattern, START)
    if starts is not None and "" not in starts and len(starts) <= MAX_STARTS:
        return "start", starts, ()
    firsts = prefixes(pattern, 1)
    if firsts is not None and "" not in firsts:
        return "first", firsts, ()
    lasts = prefixes(pattern, END, reverse=True)
    if lasts is None or "" in lasts or len(lasts) > MAX_STARTS:
        lasts = prefixes(pattern, 1, reverse=True)
    if lasts is not None and "" not in lasts:
        return "end", lasts, required_strings(pattern, mode="uncased")
    return "anywhere", frozenset(), required_strings(pattern, mode="lower")


def _patterns(patterns: list[str], width: Callable[[str], int], needs: tuple[str, ...] = ()) -> Patterns:
    return Patterns(tuple(patterns), max(map(width, patterns), default=0), needs)


def can_start_with(pattern: str, key: str) -> bool:
    """Whether a match of ``pattern`` may start with the character whose ``start_key`` is ``key``
    (or be empty); True when ``prefixes`` cannot tell."""
    firsts = prefixes(pattern, 1)
    return firsts is None or key in firsts or "" in firsts


def search_alternation(patterns: list[str], flags: int = re.I) -> re.Pattern[str]:
    """``alternation(patterns)``, led by a look-ahead for the characters a match can
    start with when every pattern's are known (``prefixes``): searching, ``re`` tries
    every pattern at every position of a text, and most positions fail the look-ahead."""
    chars: set[str] = set()
    for pattern in patterns:
        firsts = prefixes(pattern, 1)
        if firsts is None or "" in firsts:
            return alternation(patterns, flags)
        chars |= firsts
    if not chars:
        return alternation(patterns, flags)
    ahead = "".join(r"\d" if char == DIGIT_KEY else re.escape(char) for char in sorted(chars))  # DIGIT_KEY: any digit
    return re.compile(f"(?=[{ahead}])(?:{alternation_source(patterns)})", flags)


def lowered_search(patterns: list[str]) -> re.Pattern[str] | None:
    """``search_alternation(patterns)`` without ``re.I``, to search an ASCII text lower-cased
    (the same spans: ``lower_invariant``), or None when a pattern may differ so. Most
    positions of a text are tried, and ``re.I`` lower-cases each character again at each
    pattern tried there."""
    return search_alternation(patterns, flags=0) if all(map(lower_invariant, patterns)) else None


def held_search(patterns: list[str]) -> re.Pattern[str] | None:
    """A search for strings of which every match of ``patterns`` holds one, in an ASCII
    text lower-cased (as ``lowered_search``'s are): for each pattern the strings of
    MIN_HELD characters or more one of which all its matches hold (``required_strings``),
    else the characters they start with (``prefixes``; any digit for a ``\\d``). A text
    in which it finds none holds no match. ``re`` looks for such strings' first
    characters in one scan of the text, where ``lowered_search`` tries its patterns
    at each character (they are more than literals). None when a pattern's matches
    hold neither, or when ``lowered_search(patterns)`` is None."""
    if not all(map(lower_invariant, patterns)):
        return None
    held: set[str] = set()
    for pattern in patterns:
        strings = required_strings(pattern, MIN_HELD) or prefixes(pattern, 1)
        if not strings or "" in strings:
            return None
        held.update(strings)
    if DIGIT_KEY in held:  # any digit (the text is ASCII)
        held |= set(string.digits)
    return re.compile("|".join(map(re.escape, sorted(held))))
