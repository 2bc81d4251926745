"""Whole-line matching of many patterns at once, dispatched on the line's first or last character.

The phrase books hold about two hundred whole-line patterns ("logo",
"comments (12)", "all rights reserved"). One alternation of all of them tries
every branch at the start of every line, which cost about 3 ms a page (a
quarter of ``clean()`` on the corpus' text pages). Most patterns can only
start with a few characters, which ``re``'s own parser tells; a line is
matched only against the patterns that can start with its first character.

The patterns that can start with anything (``.{0,300}[(\\[]photo...[)\\]]``)
were tried on every line, and scanning a paragraph back and forth for each
was most of the remaining cost (about 1 ms a page). Most of them can only end
with a few characters: they are dispatched on the line's last character the
same way. The few left are tried only on lines no longer than their longest
match and holding a string every match holds (see patternfacts.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .patternfacts import first_chars, last_chars, max_width, required_strings


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

    def may_be_in(self, text: str) -> bool:
        """Whether ``text`` holds what a match needs (it may still hold no match)."""
        if self.needs and not any(s in text for s in self.needs):
            return False
        if self.lower_needs:
            lowered = text.lower()
            return any(s in lowered for s in self.lower_needs)
        return True


@dataclass(frozen=True)
class LineMatcher:
    """``fullmatch(text)``: does any of the patterns match the whole of ``text``?"""

    by_first: dict[str, Patterns]  # a first character -> the patterns that can start with it
    by_last: dict[str, Patterns]  # a last character -> the others that can end with it
    any_last: Patterns  # all of ``by_last``, for a last character that cannot be looked up
    anywhere: tuple[Patterns, ...]  # the patterns that can start and end with any character

    def fullmatch(self, text: str) -> bool:
        return self._fullmatch(text, self.anywhere)

    def fullmatches(self, texts: list[str]) -> list[bool]:
        """``fullmatch`` for every text of a page at once."""
        # The patterns that can start and end anywhere cost the most a line
        # (0.2 ms a page); most need a string ("©", "all rights") that the
        # whole page lacks, which one test settles for all of its lines.
        page = "\n".join(texts)
        anywhere = tuple(patterns for patterns in self.anywhere if patterns.may_be_in(page))
        # A page repeats about one line in six (menus, "Reply" under every comment).
        answers = {text: self._fullmatch(text, anywhere) for text in set(texts)}
        return [answers[text] for text in texts]

    def _fullmatch(self, text: str, anywhere: tuple[Patterns, ...]) -> bool:
        first = self.by_first.get(text[:1].lower())
        if first is not None and first.fullmatch(text):
            return True
        if self.by_last:
            key = _last_key(text[-1:])
            last = self.by_last.get(key) if key is not None else self.any_last
            if last is not None and last.fullmatch(text):
                return True
        for patterns in anywhere:  # a loop, not any(): most matchers have none
            if patterns.fullmatch(text):
                return True
        return False


def line_matcher(patterns: list[str], flags: int = re.I) -> LineMatcher:
    """A LineMatcher for ``patterns`` (regular expressions matched case-insensitively)."""
    firsts = {p: first_chars(p) for p in patterns}
    wild = [p for p in patterns if firsts[p] is None]
    lasts = {p: last_chars(p) for p in wild}
    widths = {p: max_width(p) for p in patterns}

    def group(found: list[str], needs: tuple[str, ...] = (), lower_needs: tuple[str, ...] = ()) -> Patterns:
        return Patterns(alternation(found, flags), max((widths[p] for p in found), default=0), needs, lower_needs)

    gated = _gated([p for p in wild if lasts[p] is None], flags)
    return LineMatcher(
        by_first={char: group(found) for char, found in _buckets(patterns, firsts).items()},
        by_last={char: group(found) for char, found in _buckets(wild, lasts).items()},
        any_last=group([p for p in wild if lasts[p] is not None]),
        anywhere=tuple(group(found, needs, lower_needs) for (needs, lower_needs), found in gated.items()),
    )


def _buckets(patterns: list[str], chars: dict[str, frozenset[str] | None]) -> dict[str, list[str]]:
    buckets: dict[str, list[str]] = {}
    for pattern in patterns:
        for char in chars[pattern] or ():
            buckets.setdefault(char, []).append(pattern)
    return buckets


def _last_key(char: str) -> str | None:
    """``char`` as the last-character buckets hold it; None when that is not sure.

    ``re.I`` matches a character by its simple case mappings, which ``lower()``
    gives for ASCII and for characters without case; for other letters
    ("İ", "ſ") the whole of ``by_last`` is tried.
    """
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
