"""Whole-line matching of many patterns at once, dispatched on the line's first character.

The phrase books hold about two hundred whole-line patterns ("logo",
"comments (12)", "all rights reserved"). One alternation of all of them tries
every branch at the start of every line, which cost about 3 ms a page (a
quarter of ``clean()`` on the corpus' text pages). Most patterns can only
start with a few characters, which ``re``'s own parser tells; a line is
matched only against the patterns that can start with its first character,
plus those that can start with anything (``.{1,30} logo``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

try:  # the parser of the ``re`` module; private, so anything unexpected means "any character"
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

# A character class with more members than this counts as "any character":
# listing it would put the pattern in most buckets anyway.
MAX_CLASS_CHARS = 64


@dataclass(frozen=True)
class LineMatcher:
    """``fullmatch(text)``: does any of the patterns match the whole of ``text``?"""

    by_first: dict[str, re.Pattern]  # a first character -> the patterns that can start with it
    anywhere: re.Pattern  # the patterns that can start with any character

    def fullmatch(self, text: str) -> bool:
        pattern = self.by_first.get(text[:1].lower(), self.anywhere)
        return pattern.fullmatch(text) is not None


def line_matcher(patterns: list[str], flags: int = re.I) -> LineMatcher:
    """A LineMatcher for ``patterns`` (regular expressions matched case-insensitively)."""
    starts = [first_chars(p) for p in patterns]
    wild = [p for p, chars in zip(patterns, starts) if chars is None]
    buckets: dict[str, list[str]] = {}
    for pattern, chars in zip(patterns, starts):
        for char in chars or ():
            buckets.setdefault(char, []).append(pattern)
    # Keep the book's order inside a bucket (the first listed pattern wins in
    # an alternation), with the any-character ones in their places too.
    order = {p: i for i, p in enumerate(patterns)}
    by_first = {
        char: alternation(sorted(set(found) | set(wild), key=order.__getitem__), flags)
        for char, found in buckets.items()
    }
    return LineMatcher(by_first=by_first, anywhere=alternation(wild, flags))


def first_chars(pattern: str) -> frozenset[str] | None:
    """The lower-cased characters a match of ``pattern`` can start with; None for any."""
    try:
        chars, can_be_empty = _first(list(_sre_parse.parse(pattern)))
    except Exception:  # a construct this reading does not know: assume any character
        return None
    return None if can_be_empty else chars  # a pattern matching "" has no first character


def _first(items: list) -> tuple[frozenset[str] | None, bool]:
    """First characters of a sequence of parsed items (None: any), and whether it can match ""."""
    found: set[str] = set()
    for op, av in items:
        if op is _sre.AT:  # ^, $, \b take no character
            continue
        chars, can_be_empty = _first_of_item(op, av)
        if chars is None:
            return None, False
        found |= chars
        if not can_be_empty:
            return frozenset(found), False
    return frozenset(found), True


def _first_of_item(op, av) -> tuple[frozenset[str] | None, bool]:
    if op is _sre.LITERAL:
        return _cased(chr(av)), False
    if op is _sre.IN:
        return _class_chars(av), False
    if op is _sre.SUBPATTERN:
        return _first(list(av[-1]))
    if op is _sre.BRANCH:
        results = [_first(list(branch)) for branch in av[1]]
        if any(chars is None for chars, _ in results):
            return None, False
        return frozenset().union(*(chars for chars, _ in results)), any(empty for _, empty in results)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        low, _high, item = av
        chars, can_be_empty = _first(list(item))
        return chars, can_be_empty or low == 0
    return None, False  # ., \w, \d, lookarounds, groups by number...


def _class_chars(items) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            chars |= _cased(chr(av))
        elif op is _sre.RANGE and av[1] - av[0] < MAX_CLASS_CHARS:
            for code in range(av[0], av[1] + 1):
                chars |= _cased(chr(code))
        else:  # \w, \d, a negated class, a wide range
            return None
    return frozenset(chars) if len(chars) <= MAX_CLASS_CHARS else None


def _cased(char: str) -> frozenset[str]:
    """``char`` as ``fullmatch`` looks it up: the first character of its lower case."""
    return frozenset({char.lower()[:1], char.upper().lower()[:1]})


def alternation(patterns: list[str], flags: int = re.I) -> re.Pattern:
    """One pattern matching any of ``patterns`` (one that never matches when there are none)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", flags)


def required_literal(pattern: str) -> str:
    """The longest run of literal characters that every match of ``pattern`` contains
    ("" when there is none or the pattern is beyond this reading)."""
    try:
        return _required(list(_sre_parse.parse(pattern)))
    except Exception:
        return ""


def _required(items: list) -> str:
    best, run = "", ""
    for op, av in items:
        if op is _sre.LITERAL:
            run += chr(av)
            continue
        best, run = max(best, run, key=len), ""
        if op is _sre.SUBPATTERN:  # a group is mandatory unless a repeat wraps it
            best = max(best, _required(list(av[-1])), key=len)
    return max(best, run, key=len)
