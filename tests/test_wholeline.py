"""A pattern opening with ".{low,high}" is searched for its rest at the line's end: the same answers as fullmatch."""
from __future__ import annotations

import random
import re

import pytest

from declutter.phrases.matching.patternfacts import leading_any
from declutter.phrases.matching.wholeline import whole_lines

PATTERNS = [
    ".{0,30}[(\\[](photo|foto):? [^()\\[\\]]{2,20}[)\\]]",
    ".{2,5}(ab|b)",
    ".{1,8}© ?[^©]{2,6}",
    ".{3,4}",
    "(site )?logo",
]


@pytest.mark.parametrize(
    ("pattern", "split"),
    [
        (".{0,300}[(]x[)]", (0, 300, "[(]x[)]")),
        (".{,3}ab", (0, 3, "ab")),
        (".{1,30} logo", (1, 30, " logo")),
        (".{0,3}", (0, 3, "")),
        (".{0,3}a|b", None),  # the opening is the first branch's only
        (".{0,3}?a", None),  # lazy
        (".{0,3}{2}", None),  # not a pattern
        ("(?s).{0,3}a", None),  # "." takes line breaks
        (".{0,3}+a", None),  # possessive
        ("x.{0,3}", None),
        (".*a", None),
    ],
)
def test_leading_any(pattern, split):
    assert leading_any(pattern) == split


def test_the_same_answers_as_one_alternation():
    rnd = random.Random(4)
    pieces = ["(", ")", "[", "]", "photo", "FOTO", ": ", "Jane", "©", " ", "x", "ab", "b", "Logo", "site ", "\n", "ſ", "é"]
    for patterns in (PATTERNS, PATTERNS[:1], PATTERNS[1:3], PATTERNS[3:]):
        one = re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
        lines = whole_lines(tuple(patterns))
        for _ in range(3000):
            text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 12)))
            assert lines.fullmatch(text) == (one.fullmatch(text) is not None), (patterns, text)
