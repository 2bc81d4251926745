"""The one place that reads ``re``'s private parser (``re._parser``, ``re._constants``, ``re._casefix``).

patternfacts.py and patternreach.py walk the parse trees given here to learn
what a pattern's matches start with, hold and reach. These modules are
private to ``re`` and may change in any Python release:
tests/test_regex_internals.py pins the shapes relied on, and fails with a
clear message when they change. Read, never changed.
"""
from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Any

# Loaded by name: typeshed describes none of them (they are no API).
_parser: Any = importlib.import_module("re._parser")
_constants: Any = importlib.import_module("re._constants")
_casefix: Any = importlib.import_module("re._casefix")

# One parsed item: (opcode, argument); a parse is a sequence of them.
Item = tuple[Any, Any]

# The opcodes the walkers read (``re._constants``); any other is treated as unknown.
ANY = _constants.ANY  # "."
ASSERTS = (_constants.ASSERT, _constants.ASSERT_NOT)  # (?=x), (?<=x), (?!x), (?<!x): argument (direction, items)
AT = _constants.AT  # ^, $, \b, \A, \Z: argument one of the AT_* codes
BRANCH = _constants.BRANCH  # a|b: argument (None, [branch items, ...])
CATEGORY = _constants.CATEGORY  # \d, \w, \s inside a class: argument a CATEGORY_* code
IN = _constants.IN  # [...]: argument the class's members as items
LITERAL = _constants.LITERAL  # one character: argument its code point
NOT_LITERAL = _constants.NOT_LITERAL  # [^x]
NEGATE = _constants.NEGATE  # the "^" opening a negated class's members
RANGE = _constants.RANGE  # a-z in a class: argument (low, high) code points
MAX_REPEAT = _constants.MAX_REPEAT  # x{m,n}, greedy: argument (m, n, items)
REPEATS = (MAX_REPEAT, _constants.MIN_REPEAT)  # x{m,n}, x{m,n}?: argument (m, n, items)
SUBPATTERN = _constants.SUBPATTERN  # (...): argument (group, add_flags, del_flags, items)

IGNORECASE = _constants.SRE_FLAG_IGNORECASE
DOTALL = _constants.SRE_FLAG_DOTALL
DIGIT_CATEGORIES = frozenset((_constants.CATEGORY_DIGIT, _constants.CATEGORY_UNI_DIGIT))  # \d
# Categories without a line break in them (\d, \w); all others (\s, \D, \W...) may hold one.
NO_BREAK_CATEGORIES = DIGIT_CATEGORIES | {
    _constants.CATEGORY_WORD,
    _constants.CATEGORY_UNI_WORD,
    _constants.CATEGORY_LOC_WORD,
}
TEXT_ENDS = frozenset((_constants.AT_END, _constants.AT_END_LINE, _constants.AT_END_STRING))  # $, \Z

# Lower-case characters that ``re.I`` also matches with a character ``lower()``
# does not map to them ("s" and "ſ", "i" and "ı"): code point -> the others.
CASE_FIXES: dict[int, tuple[int, ...]] = _casefix._EXTRA_CASES


@lru_cache(maxsize=8192)
def parsed(pattern: str) -> Any:
    """``re``'s parse of ``pattern`` (a ``re._parser.SubPattern``: a sequence of Items,
    with ``.state.flags`` and ``.getwidth()``); raises ``re.error`` as ``re.compile`` does.

    Remembered: each pattern is asked about several times, and again in each
    book that merges it.
    """
    return _parser.parse(pattern)


def pattern_flags(tree: Any) -> int:
    """The flags a parse's pattern sets for itself ("(?i)", "(?s)")."""
    return int(tree.state.flags)


def longest_match(tree: Any) -> int:
    """The length of the longest text a parsed pattern can match (``re``'s MAXREPEAT when unbounded)."""
    return int(tree.getwidth()[1])


def case_folds_plainly(char: str) -> bool:
    """Whether ``re.I`` matches ``char`` exactly with the characters whose ``lower()`` is its
    ``lower()`` (true of ASCII and of most letters; not of "ſ", "İ", "ı", Greek "σ")."""
    if char.isascii():
        return True
    lowered = char.lower()
    return len(lowered) == 1 and ord(lowered) not in CASE_FIXES and ord(char) not in CASE_FIXES
