"""Patterns ``re`` may take exponential time on: refused in a user's settings file.

``re`` backtracks. A repeat inside a repeat (``(a+)+``, ``(a*)*``) or a
repeated choice whose branches can start alike (``(a|aa)+``) lets it try
exponentially many ways to split a line that fails to match; a settings file
applies its patterns to every line of every page. Read from ``re``'s parse
(regex_internals.py), conservatively: what this reading cannot tell apart
counts as alike.
"""
from __future__ import annotations

import re
from typing import Any

from declutter.phrases.matching import regex_internals as sre
from declutter.phrases.matching.regex_internals import Item, parsed

# A class range wider than this is not spelled out into characters (it counts as "anything").
_MAX_RANGE = 256


def exponential_reason(pattern: str) -> str | None:
    """Why ``pattern`` may take exponential time (a few words), or None when it cannot."""
    try:
        tree = parsed(pattern)
    except re.error:
        return None  # not a pattern at all: re.compile says why
    return _walk(list(tree), repeated=False)


def _walk(items: list[Item], repeated: bool) -> str | None:
    """The first trouble in ``items``; ``repeated``: they sit inside a repeat of more than once."""
    for op, av in items:
        if op in sre.REPEATS:
            many = av[1] > 1
            if many and repeated and _takes_characters(list(av[2])):
                return "a repeat inside a repeat, as in (a+)+"
            found = _walk(list(av[2]), repeated or many)
        elif op is sre.SUBPATTERN:
            found = _walk(list(av[-1]), repeated)
        elif op is sre.BRANCH:
            branches = [list(branch) for branch in av[1]]
            if repeated and _overlap(branches):
                return "a repeated choice whose branches can start alike, as in (a|aa)+"
            found = next((why for why in (_walk(branch, repeated) for branch in branches) if why), None)
        else:
            found = None
        if found:
            return found
    return None


def _takes_characters(items: list[Item]) -> bool:
    """Whether ``items`` may match a character at all (``(?:\\b)*`` takes none)."""
    return any(op is not sre.AT for op, _ in items)


def _overlap(branches: list[list[Item]]) -> bool:
    seen: set[str] = set()
    for branch in branches:
        first = _first_chars(branch)
        if first is None or first & seen:
            return True
        seen |= first
    return False


def _first_chars(items: list[Item]) -> set[str] | None:
    """The lower-cased characters a match of ``items`` can start with; None: any, or unknown."""
    for op, av in items:
        if op is sre.AT:
            continue
        if op is sre.LITERAL:
            return {chr(av).lower()}
        if op is sre.IN:
            return _class_chars(list(av))
        if op is sre.SUBPATTERN:
            return _first_chars(list(av[-1]))
        if op is sre.BRANCH:
            found: set[str] = set()
            for branch in av[1]:
                first = _first_chars(list(branch))
                if first is None:
                    return None
                found |= first
            return found
        if op in sre.REPEATS and av[0] >= 1:
            return _first_chars(list(av[2]))
        return None  # ".", an optional item, a lookaround: anything may come first
    return None  # an empty branch: matches before any character


def _class_chars(members: list[Any]) -> set[str] | None:
    chars: set[str] = set()
    for op, av in members:
        if op is sre.LITERAL:
            chars.add(chr(av).lower())
        elif op is sre.RANGE and av[1] - av[0] <= _MAX_RANGE:
            chars.update(chr(code).lower() for code in range(av[0], av[1] + 1))
        else:  # a category (\w), a negation, a wide range
            return None
    return chars
