"""What ``re``'s parser tells about a pattern before any matching.

The characters a match can start with, the longest text it can match, and
strings every match holds: enough to skip most patterns for most lines and
pages (see linematch.py and phrasesearch.py). Anything this reading does not
know gives the answer that skips nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from declutter.phrases.matching import regex_internals as sre
from declutter.phrases.matching.regex_internals import Item, parsed

# Every decimal digit (what ``\d`` matches: ``str.isdecimal``) is looked up
# as this one: ``\d+ comments`` is then dispatched like "comments".
DIGIT_KEY = "0"
# A character class with more members than this counts as "any character":
# listing it would put the pattern in most buckets anyway.
MAX_CLASS_CHARS = 64

Mode = Literal["as-written", "uncased", "lower"]


def prefixes(pattern: str, length: int, reverse: bool = False) -> frozenset[str] | None:
    """The first ``length`` characters of the matches of ``pattern`` (whole matches
    when shorter), each character as ``_cased`` gives it; None when this reading
    cannot tell (".", "\\w", lookarounds...). With ``reverse``: the last ``length``
    characters, read backwards."""
    try:
        found = _prefixes(list(parsed(pattern)), length, reverse)
    except re.error:
        return None
    return None if found is None else frozenset(found)


def _prefixes(items: list[Item], length: int, reverse: bool) -> set[str] | None:
    """``prefixes`` of a sequence of parsed items."""
    done: set[str] = set()
    partial = {""}
    for op, av in reversed(items) if reverse else items:
        # Only as many characters as the shortest prefix so far lacks: the
        # rest would be cut off (the sets grow as products otherwise).
        starts = _item_prefixes(op, av, length - min(map(len, partial)), reverse)
        if starts is None:
            return None
        grown = {prefix + start for prefix in partial for start in starts}
        done |= {prefix[:length] for prefix in grown if len(prefix) >= length}
        partial = {prefix for prefix in grown if len(prefix) < length}
        if not partial:
            break
    return done | partial


def _item_prefixes(op: Any, av: Any, length: int, reverse: bool) -> set[str] | None:
    if op is sre.AT:  # ^, $, \b take no character
        return {""}
    if op is sre.LITERAL:
        return set(_cased(chr(av)))
    if op is sre.IN:
        chars = _class_chars(av)
        return None if chars is None else set(chars)
    if op is sre.SUBPATTERN:
        return _prefixes(list(av[-1]), length, reverse)
    if op is sre.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            starts = _prefixes(list(branch), length, reverse)
            if starts is None:
                return None
            found |= starts
        return found
    if op in sre.REPEATS:
        # More than ``length`` repeats start as ``length`` of them do (an
        # empty repeat pads fewer): counts up to ``length`` tell all.
        low, high, item = av
        found = set()
        for count in range(min(low, length), min(high, length) + 1):
            starts = _prefixes(list(item) * count, length, reverse)
            if starts is None:
                return None
            found |= starts
        return found
    return None  # ., \w, \s, lookarounds, groups by number...


def _class_chars(items: list[Item]) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars |= _cased(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < MAX_CLASS_CHARS:
            for code in range(av[0], av[1] + 1):
                chars |= _cased(chr(code))
        elif op is sre.CATEGORY and av in sre.DIGIT_CATEGORIES:
            chars.add(DIGIT_KEY)
        else:  # \w, \s, a negated class, a wide range
            return None
    return frozenset(chars) if len(chars) <= MAX_CLASS_CHARS else None


def _cased(char: str) -> frozenset[str]:
    """The characters a line's ``char`` (when ``case_folds_plainly``) is looked up as, lower-cased,
    if ``re.I`` matches it to this one: the first character of its lower case and of its
    upper case's lower case; a digit as DIGIT_KEY."""
    if char.isdecimal():
        return frozenset(DIGIT_KEY)
    return frozenset({char.lower()[:1], char.upper().lower()[:1]})


def max_width(pattern: str) -> int:
    """The length of the longest text ``pattern`` can match (a huge number when unbounded)."""
    return sre.longest_match(parsed(pattern))


def lower_invariant(pattern: str) -> bool:
    """Whether ``pattern`` compiled without ``re.I`` finds in an ASCII text lower-cased
    just what it finds with ``re.I`` in the text (the same spans): every character it
    names is its own lower case, folds plainly (case_folds_plainly), and so is every
    character of its ranges, and no group of it sets flags of its own. False when
    this reading cannot tell."""
    try:
        return _lower_invariant(list(parsed(pattern)))
    except re.error:
        return False


def _lower_invariant(items: list[Item]) -> bool:
    for op, av in items:
        if op in (sre.LITERAL, sre.NOT_LITERAL):
            ok = _own_lower(chr(av))
        elif op is sre.IN:
            ok = all(_member_lower(member_op, member) for member_op, member in av)
        elif op is sre.SUBPATTERN:
            ok = not av[1] and not av[2] and _lower_invariant(list(av[-1]))
        elif op is sre.BRANCH:
            ok = all(_lower_invariant(list(branch)) for branch in av[1])
        elif op in sre.REPEATS or op in sre.ASSERTS:
            ok = _lower_invariant(list(av[-1]))
        else:
            ok = op is sre.AT or op is sre.ANY  # \b, ^, $, "."; anything else unknown
        if not ok:
            return False
    return True


def _member_lower(op: Any, av: Any) -> bool:
    """``_lower_invariant`` of a class's member (\\d, \\w, \\s and "^" are the same in any case)."""
    if op is sre.LITERAL:
        return _own_lower(chr(av))
    if op is sre.RANGE:
        return all(map(_own_lower, map(chr, range(av[0], av[1] + 1))))
    return op is sre.CATEGORY or op is sre.NEGATE


def _own_lower(char: str) -> bool:
    return char.lower() == char and sre.case_folds_plainly(char)


def required_strings(pattern: str, min_length: int = 1, mode: Mode = "as-written") -> tuple[str, ...]:
    """Strings of which every match of ``pattern`` contains at least one, the most
    telling such choice: "(tu|su) (apoyo|ayuda) (nos )?permite" gives ("permite",),
    "(chip in|give) \\$\\d" gives ("chip in", "give").

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
    choices = _choices(list(tree), _Keep(min_length, mode))
    if not choices:
        return ()
    best = max(choices, key=_telling)
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

    def choice(self, strings: frozenset[str]) -> bool:
        return all(len(s) >= self.min_length and all(map(self.char, s)) and not (self.mode == "uncased" and s.isspace()) for s in strings)


def _choices(items: list[Item], keep: _Keep) -> list[frozenset[str]]:
    """Sets of strings that every match of the sequence ``items`` holds one of."""
    found: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is sre.LITERAL and keep.char(chr(av)):
            run += chr(av)
            continue
        found.append(frozenset({run}))
        run = ""
        found += _item_choices(op, av, keep)
    found.append(frozenset({run}))
    return [choice for choice in found if keep.choice(choice) and "" not in choice]


def _item_choices(op: Any, av: Any, keep: _Keep) -> list[frozenset[str]]:
    if op is sre.SUBPATTERN:
        add_flags = av[1]
        return [] if add_flags & sre.IGNORECASE else _choices(list(av[-1]), keep)
    if op in sre.REPEATS and av[0] >= 1:
        return _choices(list(av[2]), keep)
    if op is sre.BRANCH:  # every branch must hold one: the union of each branch's best
        per_branch = [_choices(list(branch), keep) for branch in av[1]]
        if all(per_branch):
            return [frozenset().union(*(max(c, key=_telling) for c in per_branch))]
    if op is sre.IN and all(member_op is sre.LITERAL for member_op, _ in av):
        return [frozenset(chr(code) for _, code in av)]
    return []


def _telling(choice: frozenset[str]) -> tuple[int, int]:
    """Longer strings first (rarer: fewer texts pass the test), then fewer of them."""
    return min(map(len, choice)), -len(choice)


# What a pattern opening with any characters ("." a number of times) is written as.
_LEADING_ANY = re.compile(r"\.\{(\d*),(\d+)\}")


def leading_any(pattern: str) -> tuple[int, int, str] | None:
    """``(low, high, rest)`` when ``pattern`` is ``.{low,high}`` (greedy) followed by
    ``rest`` (as written), so that it matches a whole line when ``rest`` matches
    the line's end from one of its first ``high`` characters on, but not before
    the ``low``-th; None for any other pattern."""
    written = _LEADING_ANY.match(pattern)
    if written is None:
        return None
    try:
        tree = parsed(pattern)
    except re.error:
        return None
    low, high = int(written.group(1) or 0), int(written.group(2))
    # The written opening is the pattern's first item (not the first branch
    # of an alternation, nor repeated again, nor lazy), and "." is no line break.
    opening = (sre.MAX_REPEAT, (low, high, [(sre.ANY, None)]))
    if not tree or sre.pattern_flags(tree) & sre.DOTALL or _item(tree[0]) != opening:
        return None
    return low, high, pattern[written.end() :]


def _item(item: Item) -> Item:
    op, av = item
    return (op, (av[0], av[1], list(av[2]))) if op in sre.REPEATS else item
