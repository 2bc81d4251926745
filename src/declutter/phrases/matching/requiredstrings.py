"""Strings every match of a pattern holds: a text holding none of them holds
no match, and most texts are told so by a search for the strings alone (see
linematch.py and phrasesearch.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import groupby
from typing import Any, Literal

from declutter.phrases.matching import regex_internals as sre
from declutter.phrases.matching.regex_internals import Item, parsed

# The texts an item or a run of items matches are listed (required_strings) when they
# are at most this many ("[.!?] (photo|image|picture)s?" are 18), an item repeated at
# most this often: more are a long list of strings to look for.
MAX_EXACT = 64
MAX_EXACT_REPEATS = 3
# Strings this long are about as rare as longer ones: past it, fewer strings tell more.
TELLING_LENGTH = 6

Mode = Literal["as-written", "uncased", "lower"]


def required_strings(pattern: str, min_length: int = 1, mode: Mode = "as-written") -> tuple[str, ...]:
    """Strings of which every match of ``pattern`` contains at least one, the most
    telling such choice: "(tu|su) (apoyo|ayuda) (nos )?permite" gives (" permite",),
    "(chip in|give) \\$\\d" gives ("chip in $", "give $").

    Only strings of at least ``min_length`` characters. ``mode`` says how the
    pattern is matched and the strings looked for: "as-written" (without
    re.I); "uncased" (with re.I; only strings without cased characters, which
    match only themselves, and not only white space, which almost every line holds); "lower" (with re.I; the strings in lower case, to
    look for in the lower-cased text; only characters that re.I matches just
    with the characters ``lower()`` maps to them: not "i", which "İ" matches,
    nor "s", which "ſ" matches). () when there is no such choice or the
    pattern is beyond this reading.
    """
    try:
        tree = parsed(pattern)
    except re.error:
        return ()
    if sre.pattern_flags(tree) & sre.IGNORECASE:  # (?i) in the pattern: literals stand for all cases
        return ()
    keep = _Keep(min_length, mode)
    choices = _choices(list(tree), keep)
    if not choices:
        return ()
    best = max(choices, key=keep.telling)
    return tuple(sorted({s.lower() for s in best} if mode == "lower" else best))


@dataclass(frozen=True)
class _Keep:
    """Which strings ``required_strings`` may offer."""

    min_length: int
    mode: Mode

    def char(self, char: str) -> bool:
        if self.mode == "uncased":
            return char.lower() == char == char.upper()
        if self.mode == "lower":  # see required_strings; re's own table of such characters
            lowered = char.lower()
            return len(lowered) == 1 and lowered != "i" and ord(lowered) not in sre.CASE_FIXES
        return True

    def telling(self, choice: frozenset[str]) -> tuple[int, int, int]:
        """Longer strings first (rarer: fewer texts pass the test), up to TELLING_LENGTH, then
        fewer of them, then longer. Strings without cased characters ("uncased") are
        punctuation, whose length tells little (". " is in most sentences, "/" in few): fewer first."""
        count, shortest = len(choice), min(map(len, choice))
        if self.mode == "uncased":
            return -count, shortest, 0
        return min(TELLING_LENGTH, shortest), -count, shortest

    def choice(self, strings: frozenset[str]) -> bool:
        return all(len(s) >= self.min_length and all(map(self.char, s)) and not (self.mode == "uncased" and s.isspace()) for s in strings)


def _choices(items: list[Item], keep: _Keep) -> list[frozenset[str]]:
    """Sets of strings that every match of the sequence ``items`` holds one of."""
    found: list[frozenset[str]] = []
    # The texts matched from each of the last items on, while they are ``_exact``
    # ("[.!?] (foto|bild)": ". foto", ". bild", ...; a stretch of literals as one item):
    # a string across several items is rarer than each item's own ("ld" of "bild",
    # where "i" may not be kept, is in most pages).
    runs: list[set[str]] = []
    last_op = None
    for op, av in items:
        if op is not sre.LITERAL:  # what the runs hold before this item may tell more ("all r" of "all rights reserved\.?")
            found += [_held(run, keep) for run in runs]
        exact = _exact(op, av)
        if exact is None:
            found += _item_choices(op, av, keep)
            runs = []
        else:
            runs = [{before + text for before in run for text in exact} for run in runs if len(run) * len(exact) <= MAX_EXACT]
            if not (op is sre.LITERAL and last_op is sre.LITERAL):
                runs.append(set(exact))
        last_op = op
    found += [_held(run, keep) for run in runs]
    return [choice for choice in found if keep.choice(choice) and "" not in choice]


def _held(texts: set[str], keep: _Keep) -> frozenset[str]:
    """For each of ``texts``, the longest part of it ``keep`` may offer ("" when none),
    but for those holding another's (a text holding ". foto: " holds ". foto")."""
    held = {max((part for part in _parts(text, keep) if keep.choice(frozenset({part}))), key=len, default="") for text in texts}
    return frozenset(text for text in held if not any(other in text for other in held if other != text))


def _parts(text: str, keep: _Keep) -> list[str]:
    """The runs of ``text``'s characters that ``keep`` may offer."""
    return ["".join(chars) for kept, chars in groupby(text, keep.char) if kept]


def _exact(op: Any, av: Any) -> frozenset[str] | None:
    """The texts a parsed item matches, when they are few (at most MAX_EXACT); else None."""
    texts: frozenset[str] | None = None
    if op is sre.AT:
        texts = frozenset({""})
    elif op is sre.LITERAL:
        texts = frozenset(chr(av))
    elif op is sre.IN and all(member_op is sre.LITERAL for member_op, _ in av):
        texts = frozenset(chr(code) for _, code in av)
    elif op is sre.SUBPATTERN and not av[1] and not av[2]:
        texts = _exact_sequence(list(av[-1]))
    elif op is sre.BRANCH:
        branches = [_exact_sequence(list(branch)) for branch in av[1]]
        texts = None if None in branches else frozenset().union(*(b for b in branches if b is not None))
    elif op in sre.REPEATS and av[1] <= MAX_EXACT_REPEATS:
        counts = [_exact_sequence(list(av[2]) * count) for count in range(av[0], av[1] + 1)]
        texts = None if None in counts else frozenset().union(*(c for c in counts if c is not None))
    return texts if texts is not None and len(texts) <= MAX_EXACT else None


def _exact_sequence(items: list[Item]) -> frozenset[str] | None:
    texts = {""}
    for op, av in items:
        exact = _exact(op, av)
        if exact is None or len(texts) * len(exact) > MAX_EXACT:
            return None
        texts = {before + text for before in texts for text in exact}
    return frozenset(texts)


def _item_choices(op: Any, av: Any, keep: _Keep) -> list[frozenset[str]]:
    if op is sre.SUBPATTERN:
        add_flags = av[1]
        return [] if add_flags & sre.IGNORECASE else _choices(list(av[-1]), keep)
    if op in sre.REPEATS and av[0] >= 1:
        return _choices(list(av[2]), keep)
    if op is sre.BRANCH:  # every branch must hold one: the union of each branch's best
        per_branch = [_choices(list(branch), keep) for branch in av[1]]
        if all(per_branch):
            return [frozenset().union(*(max(c, key=keep.telling) for c in per_branch))]
    if op is sre.IN and all(member_op is sre.LITERAL for member_op, _ in av):
        return [frozenset(chr(code) for _, code in av)]
    return []

