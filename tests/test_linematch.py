"""Dispatching whole-line patterns on the first character gives the same answers as one alternation."""
from __future__ import annotations

import re

import pytest

from declutter.linematch import first_chars, line_matcher, required_literal
from declutter.phrasebook import load_phrasebook

PATTERNS = [
    "(site |company |brand |)logo( image| icon)?",
    ".{1,30} logo",
    "\\d+ comments?",
    "[\\w./-]+\\.(jpe?g|png)",
    "(©|\\(c\\)|copyright\\s*\\d{4}).{0,40}",
    "(share|teilen)( on| auf)? (facebook|twitter)",
    "[a-c]x",
    "reply",
]
LINES = [
    "logo", "Site Logo", "The Times logo", "12 comments", "1 comment", "photo.JPG", "© 2024 Example Ltd",
    "Copyright 2023", "Share on Facebook", "teilen auf twitter", "Bx", "dx", "Reply", "Replying", "",
    "A paragraph that is none of these things.", "Éditorial", "(c) someone",
]


@pytest.mark.parametrize("line", LINES)
def test_same_answer_as_one_alternation(line):
    one = re.compile("|".join(f"(?:{p})" for p in PATTERNS), re.I)
    assert line_matcher(PATTERNS).fullmatch(line) == (one.fullmatch(line) is not None)


def test_the_shipped_phrase_books_dispatch_most_lines_to_a_few_patterns():
    matcher = load_phrasebook(("en", "de", "fr", "es")).any_line
    assert len(matcher.by_first) > 20  # most patterns start with a known character
    assert matcher.anywhere.pattern.count("(?:") < 30  # and few with any character


def test_first_chars_and_required_literal():
    assert first_chars("(site |)logo") == frozenset("sl")
    assert first_chars("[A-C]x") == frozenset("abc")
    assert first_chars(".{1,30} logo") is None
    assert first_chars("(a)?") is None  # can match the empty line
    assert required_literal("(make|consider making) a donation") == " a donation"
    assert required_literal("your support (makes|helps)") == "your support "
    assert required_literal("\\d+") == ""
