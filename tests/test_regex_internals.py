"""The shapes of ``re``'s private parse that phrases/matching/regex_internals.py relies on.

If one of these fails, a Python release changed ``re._parser``/``re._constants``/
``re._casefix``: the phrase matching engine (patternfacts.py, patternreach.py)
reads them and must be brought in line before its answers can be trusted.
"""
from __future__ import annotations

import re

from declutter.phrases.matching import regex_internals as sre

CHANGED = "re's private parser changed shape ({}): update phrases/matching/regex_internals.py and the walkers in patternfacts.py/patternreach.py"


def ops(items) -> list:
    return [op for op, _ in items]


def test_a_literal_sequence_parses_to_literal_items_with_code_points():
    tree = list(sre.parsed("ab"))
    assert tree == [(sre.LITERAL, ord("a")), (sre.LITERAL, ord("b"))], CHANGED.format("LITERAL items")


def test_groups_branches_repeats_and_classes_have_the_arguments_read():
    (op, av), = sre.parsed("(x|yz)")
    assert op is sre.SUBPATTERN and len(av) == 4 and av[0] == 1, CHANGED.format("SUBPATTERN (group, add, del, items)")
    (branch_op, branch_av), = av[-1]
    assert branch_op is sre.BRANCH and [ops(b) for b in branch_av[1]] == [[sre.LITERAL], [sre.LITERAL, sre.LITERAL]], CHANGED.format("BRANCH (None, branches)")
    (op, av), = sre.parsed("a{2,5}")
    assert op in sre.REPEATS and av[:2] == (2, 5) and ops(av[2]) == [sre.LITERAL], CHANGED.format("REPEAT (low, high, items)")
    (op, av), = sre.parsed("[a-c\\d]")
    assert op is sre.IN and av[0] == (sre.RANGE, (ord("a"), ord("c"))), CHANGED.format("IN with RANGE (low, high)")
    assert av[1][0] is sre.CATEGORY and av[1][1] in sre.DIGIT_CATEGORIES, CHANGED.format("CATEGORY for \\d")


def test_anchors_any_and_flags():
    assert ops(sre.parsed("^a$")) == [sre.AT, sre.LITERAL, sre.AT], CHANGED.format("AT")
    assert list(sre.parsed("a$"))[-1][1] in sre.TEXT_ENDS and list(sre.parsed("a\\Z"))[-1][1] in sre.TEXT_ENDS, CHANGED.format("AT_END codes")
    assert ops(sre.parsed(".")) == [sre.ANY] and ops(sre.parsed("[^a]")) == [sre.NOT_LITERAL], CHANGED.format("ANY, NOT_LITERAL")
    assert sre.pattern_flags(sre.parsed("(?i)a")) & sre.IGNORECASE and sre.pattern_flags(sre.parsed("(?s)a")) & sre.DOTALL, CHANGED.format("flags")
    (op, av), = sre.parsed("(?i:a)")
    assert op is sre.SUBPATTERN and av[1] & sre.IGNORECASE, CHANGED.format("a group's added flags")
    assert [op for op, _ in sre.parsed("(?=a)(?<!b)")] == [sre.ASSERTS[0], sre.ASSERTS[1]], CHANGED.format("ASSERT, ASSERT_NOT")
    assert list(list(sre.parsed("(?=a)"))[0][1][1]) == [(sre.LITERAL, ord("a"))], CHANGED.format("ASSERT (direction, items)")
    assert list(sre.parsed("[^ab]"))[0][1][0] == (sre.NEGATE, None), CHANGED.format("NEGATE")
    assert sre.longest_match(sre.parsed("ab?")) == 2 and sre.longest_match(sre.parsed("a+")) > 10**6, CHANGED.format("getwidth")


def test_case_fixes_are_re_s_own_table():
    assert sre.CASE_FIXES[ord("s")] == (ord("ſ"),) and sre.CASE_FIXES[ord("i")] == (ord("ı"),), CHANGED.format("_casefix._EXTRA_CASES")
    for char in "aZé7 ΔK":
        assert sre.case_folds_plainly(char)
    for char in "ſİıσ":
        assert not sre.case_folds_plainly(char)
        assert re.fullmatch(char, char.upper(), re.I) or re.fullmatch(char, "s", re.I) or char in "İıσ"


def test_a_bad_pattern_raises_re_error():
    try:
        sre.parsed("(")
    except re.error:
        return
    raise AssertionError(CHANGED.format("parse errors are re.error"))
