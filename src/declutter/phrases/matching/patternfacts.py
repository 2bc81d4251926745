"""What ``re``'s parser tells about a pattern before any matching.

The characters a match can start with and the longest text it can match
(with requiredstrings.py, the strings every match holds): enough to skip
most patterns for most lines and pages (see linematch.py and phrasesearch.py). Anything this reading does not
know gives the answer that skips nothing.
"""
from __future__ import annotations

import re
from typing import Any

from declutter.phrases.matching import regex_internals as sre
from declutter.phrases.matching.regex_internals import Item, parsed

# Every decimal digit (what ``\d`` matches: ``str.isdecimal``) is looked up
# as this one: ``\d+ comments`` is then dispatched like "comments".
DIGIT_KEY = "0"
# A character class with more members than this counts as "any character":
# listing it would put the pattern in most buckets anyway.
MAX_CLASS_CHARS = 64


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
