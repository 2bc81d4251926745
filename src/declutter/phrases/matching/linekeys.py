"""The keys a line is dispatched on, and which patterns each key leads to (see linematch.py).

A line is matched only against the patterns that can start with its first
characters: its first character's bucket, narrowed by its second and third
characters where those are known. A bucket of the first two characters still
held a dozen patterns for many lines ("(site |company |)logo" can start with
"co" and "lo", and with "li" and "so" as far as the first and second
characters alone tell); with the third, two lines in three are left with no
pattern at all, and are never matched. The patterns that can start with any
character are dispatched the same way on the line's last two characters, in
groups by the strings a line must hold for a match (``needing_groups``,
``gated``). A key leads to ``Patterns``: one regex for the patterns of a
bucket, with what a line must be or hold for one of them to match.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Generic, TypeVar

from declutter.phrases.matching.joinedlines import indexes_holding
from declutter.phrases.matching.patternfacts import DIGIT_KEY, prefixes, required_strings, second_chars

Group = TypeVar("Group")


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

    def candidates(self, lines: list[str], lowered: str, starts: list[int], maybe: Collection[str] | None = None) -> list[str]:
        """The ``lines`` that may hold a match: all but those too long or lacking
        what a match needs. ``lowered`` and ``starts`` are the lines as
        ``joined_lines(lines, lowered=True)`` gives them; ``maybe``, when given,
        holds every string of ``search_strings`` that ``lowered`` holds (and may hold others)."""
        needs, lower_needs = self.needs, self.lower_needs
        if maybe is not None:
            # A string the page cannot hold is not searched for (a search of
            # the page each: 0.04 ms a page), and with none of a set left no line can match.
            needs, lower_needs = tuple(s for s in needs if s in maybe), tuple(s for s in lower_needs if s in maybe)
            if (self.needs and not needs) or (self.lower_needs and not lower_needs):
                return []
        # ``needs`` have no cased characters: the lower-cased lines hold them
        # where the lines do. ``lower_needs`` (longer, in fewer lines: ", " or
        # "photo") are looked for when there are any; ``needs`` unless one is
        # white space, which almost every line holds.
        if not lower_needs and any(need.isspace() for need in needs):
            needs = ()
        at = sorted(indexes_holding(lowered, starts, lower_needs or needs)) if lower_needs or needs else range(len(lines))
        return [lines[index] for index in at if len(lines[index]) <= self.max_length]  # most paragraphs are longer

    def holds_needs(self, text: str) -> bool:
        """Whether ``text`` holds one of ``needs`` (when there are any)."""
        return not self.needs or any(need in text for need in self.needs)

    def may_be_in(self, text: str) -> bool:
        """Whether ``text`` holds what a match needs (it may still hold no match)."""
        if self.needs and not any(s in text for s in self.needs):
            return False
        if self.lower_needs:
            lowered = text.lower()
            return any(s in lowered for s in self.lower_needs)
        return True


@dataclass(frozen=True)
class ThirdChars(Generic[Group]):
    """The patterns of a first-two-character bucket, by the line's third character."""

    groups: dict[str, Group | None]  # a third character -> the patterns that can start with all three; "" -> those matching two
    others: Group | None  # for any other third character: the patterns whose third one is not known


def first_key(text: str) -> str:
    """The key of ``text``'s first character (its first-character bucket)."""
    key = text[:1].lower()
    return DIGIT_KEY if key.isdecimal() else key


def plain_key(char: str) -> str | None:
    """``char`` as the second-, third- and last-character buckets hold it; None when that is not sure.

    ``re.I`` matches a character by its simple case mappings, which ``lower()``
    gives for ASCII and for characters without case; for other letters
    ("İ", "ſ") the wider bucket is tried.
    """
    if char.isdecimal():
        return DIGIT_KEY
    if char.isascii() or char.lower() == char == char.upper():
        return char.lower()
    return None


def buckets(patterns: list[str], chars: dict[str, frozenset[str] | None]) -> dict[str, list[str]]:
    """A character -> the ``patterns`` whose ``chars`` hold it."""
    found: dict[str, list[str]] = {}
    for pattern in patterns:
        for char in chars[pattern] or ():
            found.setdefault(char, []).append(pattern)
    return found


def pair_buckets(by_first: dict[str, list[str]], reverse: bool = False) -> dict[str, list[str]]:
    """First and second character -> the patterns of ``by_first`` that can start with both
    (those whose second character is not known in every bucket of their first). With
    ``reverse``, ``by_first`` is by last character: last and second-last -> those that can end so."""
    seconds = {p: second_chars(p, reverse) for found in by_first.values() for p in found}
    pairs: dict[str, list[str]] = {}
    for first, found in by_first.items():
        known = set().union(*(seconds[p] for p in found if seconds[p] is not None))
        for second in sorted(known):
            pairs[first + second] = [p for p in found if seconds[p] is None or second in seconds[p]]
    return pairs


def third_buckets(pairs: dict[str, list[str]]) -> dict[str, ThirdChars[list[str]]]:
    """For each bucket of ``pairs``, its patterns by the third character (see ThirdChars).

    A pattern is left out for a third character only when no match of it
    can start with the three (``prefixes``); one whose first three
    characters are not known stays in every group of its pair.
    """
    threes = {p: prefixes(p, 3) for found in pairs.values() for p in found}
    out = {}
    for pair, found in pairs.items():
        thirds = {start[2] for p in found if threes[p] is not None for start in threes[p] if len(start) == 3 and start[:2] == pair}
        groups = {third: [p for p in found if threes[p] is None or pair + third in threes[p]] for third in sorted(thirds)}
        groups[""] = [p for p in found if threes[p] is None or pair in threes[p]]  # a line of two characters
        out[pair] = ThirdChars(groups, [p for p in found if threes[p] is None])
    return out


def needing_groups(patterns: list[str], group: Callable[[list[str], tuple[str, ...]], Group]) -> tuple[Group, ...]:
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


def gated(patterns: list[str], flags: int) -> dict[tuple[tuple[str, ...], tuple[str, ...]], list[str]]:
    """The patterns grouped by the strings a line must hold: (needs, lower_needs) -> patterns."""
    # Under re.I a letter also matches its other cases (and "ſ" an "s"), so
    # only strings without cased characters are looked for as they are;
    # others in the lower-cased line (see ``required_strings``).
    ignorecase = bool(flags & re.I)
    groups: dict[tuple[str, ...], list[str]] = {}
    for pattern in patterns:
        groups.setdefault(required_strings(pattern, mode="uncased" if ignorecase else "as-written"), []).append(pattern)
    found = {}
    for needs, group in groups.items():
        lowered = [required_strings(p, mode="lower") for p in group] if ignorecase else [()]
        found[needs, tuple(sorted(set().union(*lowered))) if all(lowered) else ()] = group
    return found
