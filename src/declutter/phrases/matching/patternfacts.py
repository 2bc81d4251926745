"""What ``re``'s own parser tells about a pattern before any matching.

The characters a match can start or end with, the longest text it can
match, and strings every match holds: enough to skip most patterns for most
lines and pages (see linematch.py and phrasebook.py). The parser is private
to ``re``; anything this reading does not know gives the answer that skips
nothing.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

try:
    from re import _constants as _sre
    from re import _parser as _sre_parse
    from re._casefix import _EXTRA_CASES as _CASE_FIXES
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]
    from sre_compile import _ignorecase_fixes as _CASE_FIXES  # type: ignore[no-redef]

# Every decimal digit (what ``\d`` matches: ``str.isdecimal``) is looked up
# as this one: ``\d+ comments`` is then dispatched like "comments".
DIGIT_KEY = "0"
_DIGIT_CATEGORIES = (_sre.CATEGORY_DIGIT, _sre.CATEGORY_UNI_DIGIT)
# A character class with more members than this counts as "any character":
# listing it would put the pattern in most buckets anyway.
MAX_CLASS_CHARS = 64


@lru_cache(maxsize=8192)
def parsed(pattern: str):
    """``re``'s parse of ``pattern``, read (never changed) by every question here
    and in patternreach.py.

    Remembered: each pattern is asked about five times, again in each book
    that merges it (a page language's book repeats the default languages').
    """
    return _sre_parse.parse(pattern)


def first_chars(pattern: str, reverse: bool = False) -> frozenset[str] | None:
    """The lower-cased characters a match of ``pattern`` can start with (with
    ``reverse``: end with); None for any."""
    try:
        chars, can_be_empty = _first(list(parsed(pattern)), reverse)
    except Exception:  # a construct this reading does not know: assume any character
        return None
    return None if can_be_empty else chars  # a pattern matching "" has no first character


def last_chars(pattern: str) -> frozenset[str] | None:
    """The lower-cased characters a match of ``pattern`` can end with; None for any."""
    return first_chars(pattern, reverse=True)


def _first(items: list, reverse: bool) -> tuple[frozenset[str] | None, bool]:
    """First (or last) characters of a sequence of parsed items (None: any), and whether it can match ""."""
    found: set[str] = set()
    for op, av in reversed(items) if reverse else items:
        if op is _sre.AT:  # ^, $, \b take no character
            continue
        chars, can_be_empty = _first_of_item(op, av, reverse)
        if chars is None:
            return None, False
        found |= chars
        if not can_be_empty:
            return frozenset(found), False
    return frozenset(found), True


def _first_of_item(op, av, reverse: bool) -> tuple[frozenset[str] | None, bool]:
    if op is _sre.LITERAL:
        return _cased(chr(av)), False
    if op is _sre.IN:
        return _class_chars(av), False
    if op is _sre.SUBPATTERN:
        return _first(list(av[-1]), reverse)
    if op is _sre.BRANCH:
        results = [_first(list(branch), reverse) for branch in av[1]]
        if any(chars is None for chars, _ in results):
            return None, False
        return frozenset().union(*(chars for chars, _ in results)), any(empty for _, empty in results)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        low, _high, item = av
        chars, can_be_empty = _first(list(item), reverse)
        return chars, can_be_empty or low == 0
    return None, False  # ., \w, \s, lookarounds, groups by number...


def second_chars(pattern: str, reverse: bool = False) -> frozenset[str] | None:
    """The lower-cased characters the second character of a match of ``pattern``
    (one of two or more characters) can be (with ``reverse``: the second-last); None for any."""
    found = prefixes(pattern, 2, reverse)
    return None if found is None else frozenset(prefix[1] for prefix in found if len(prefix) == 2)


def prefixes(pattern: str, length: int, reverse: bool = False) -> frozenset[str] | None:
    """The first ``length`` characters of the matches of ``pattern`` (whole matches
    when shorter), each character lower-cased as ``first_chars`` gives it; None when
    unknown. With ``reverse``: the last ``length`` characters, read backwards."""
    try:
        found = _prefixes(list(parsed(pattern)), length, reverse)
    except Exception:  # a construct this reading does not know
        return None
    return None if found is None else frozenset(found)


def _prefixes(items: list, length: int, reverse: bool = False) -> set[str] | None:
    """The first ``length`` characters of the matches of a sequence of parsed items,
    each character as ``_cased`` gives it; whole matches when shorter. None: unknown."""
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


def _item_prefixes(op, av, length: int, reverse: bool) -> set[str] | None:
    if op is _sre.AT:  # ^, $, \b take no character
        return {""}
    if op is _sre.LITERAL:
        return set(_cased(chr(av)))
    if op is _sre.IN:
        chars = _class_chars(av)
        return None if chars is None else set(chars)
    if op is _sre.SUBPATTERN:
        return _prefixes(list(av[-1]), length, reverse)
    if op is _sre.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            starts = _prefixes(list(branch), length, reverse)
            if starts is None:
                return None
            found |= starts
        return found
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
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


def _class_chars(items) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            chars |= _cased(chr(av))
        elif op is _sre.RANGE and av[1] - av[0] < MAX_CLASS_CHARS:
            for code in range(av[0], av[1] + 1):
                chars |= _cased(chr(code))
        elif op is _sre.CATEGORY and av in _DIGIT_CATEGORIES:
            chars.add(DIGIT_KEY)
        else:  # \w, \s, a negated class, a wide range
            return None
    return frozenset(chars) if len(chars) <= MAX_CLASS_CHARS else None


def _cased(char: str) -> frozenset[str]:
    """``char`` as ``fullmatch`` looks it up: the first character of its lower case; a digit as DIGIT_KEY."""
    if char.isdecimal():
        return frozenset(DIGIT_KEY)
    return frozenset({char.lower()[:1], char.upper().lower()[:1]})


def max_width(pattern: str) -> int:
    """The length of the longest text ``pattern`` can match (a huge number when unbounded)."""
    return parsed(pattern).getwidth()[1]


def required_strings(pattern: str, min_length: int = 1, mode: str = "as-written") -> tuple[str, ...]:
    """Strings of which every match of ``pattern`` contains at least one, the most
    telling such choice: "(tu|su) (apoyo|ayuda) (nos )?permite" gives ("permite",),
    "(chip in|give) \\$\\d" gives ("chip in", "give").

    Only strings of at least ``min_length`` characters. ``mode`` says how the
    pattern is matched and the strings looked for: "as-written" (without
    re.I); "uncased" (with re.I; only strings without cased characters, which
    match only themselves); "lower" (with re.I; the strings in lower case, to
    look for in the lower-cased text; only characters that re.I matches just
    with the characters ``lower()`` maps to them: not "i", which "İ" matches,
    nor "s", which "ſ" matches). () when there is no such choice or the
    pattern is beyond this reading.
    """
    try:
        tree = parsed(pattern)
    except Exception:
        return ()
    if tree.state.flags & _sre.SRE_FLAG_IGNORECASE:  # (?i) in the pattern: literals stand for all cases
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
    mode: str

    def char(self, char: str) -> bool:
        if self.mode == "uncased":
            return char.lower() == char == char.upper()
        if self.mode == "lower":  # see required_strings; re's own table of such characters
            lowered = char.lower()
            return len(lowered) == 1 and lowered != "i" and ord(lowered) not in _CASE_FIXES
        return True

    def choice(self, strings: frozenset[str]) -> bool:
        return all(len(s) >= self.min_length and all(map(self.char, s)) for s in strings)


def _choices(items: list, keep: _Keep) -> list[frozenset[str]]:
    """Sets of strings that every match of the sequence ``items`` holds one of."""
    found: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _sre.LITERAL and keep.char(chr(av)):
            run += chr(av)
            continue
        found.append(frozenset({run}))
        run = ""
        found += _item_choices(op, av, keep)
    found.append(frozenset({run}))
    return [choice for choice in found if keep.choice(choice) and "" not in choice]


def _item_choices(op, av, keep: _Keep) -> list[frozenset[str]]:
    if op is _sre.SUBPATTERN:
        add_flags = av[1]
        return [] if add_flags & _sre.SRE_FLAG_IGNORECASE else _choices(list(av[-1]), keep)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
        return _choices(list(av[2]), keep)
    if op is _sre.BRANCH:  # every branch must hold one: the union of each branch's best
        per_branch = [_choices(list(branch), keep) for branch in av[1]]
        if all(per_branch):
            return [frozenset().union(*(max(c, key=_telling) for c in per_branch))]
    if op is _sre.IN and all(member_op is _sre.LITERAL for member_op, _ in av):
        return [frozenset(chr(code) for _, code in av)]
    return []


def _telling(choice: frozenset[str]) -> tuple[int, int]:
    """Longer strings first (rarer: fewer texts pass the test), then fewer of them."""
    return min(map(len, choice)), -len(choice)
