"""Dispatching whole-line patterns on the first or last character gives the same answers as one alternation."""
from __future__ import annotations

import re

import pytest

from declutter.linematch import line_matcher
from declutter.patternfacts import first_chars, last_chars, required_strings
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
    # Can start anywhere: dispatched on the last character, or gated.
    ".{1,20} link",
    ".{0,40}[(\\[](photo|foto):? [^()\\[\\]]{2,20}[)\\]]",
    ".{0,20}all rights reserved.{0,10}",
    ".{3,30}© ?[^©]{2,20}",
]
LINES = [
    "logo", "Site Logo", "The Times logo", "12 comments", "1 comment", "photo.JPG", "© 2024 Example Ltd",
    "Copyright 2023", "Share on Facebook", "teilen auf twitter", "Bx", "dx", "Reply", "Replying", "",
    "A paragraph that is none of these things.", "Éditorial", "(c) someone",
    "Read the link", "Read the linK", "Flooded street (Photo: Jane Doe)", "Flooded street [FOTO: dpa]",
    "Flooded street (photo: Jane Doe) and more", "© Example 2024. ALL RIGHTS RESERVED", "All rights reſerved",
    "alL rıghts reserved 2024", "Picture by Example © AFP 2024", "x" * 60 + " © AFP", "12 commentſ",
]


@pytest.mark.parametrize("line", LINES)
def test_same_answer_as_one_alternation(line):
    one = re.compile("|".join(f"(?:{p})" for p in PATTERNS), re.I)
    matcher = line_matcher(PATTERNS)
    assert matcher.fullmatch(line) == (one.fullmatch(line) is not None)
    assert matcher.fullmatches([line, "nothing here"]) == [one.fullmatch(line) is not None, False]


def test_a_page_without_what_a_gated_pattern_needs_skips_it_for_every_line():
    matcher = line_matcher(PATTERNS)
    lines = ["Some article text.", "Example © AFP 2024", "all rights reserved"]
    assert matcher.fullmatches(lines) == [matcher.fullmatch(line) for line in lines] == [False, True, True]


def test_the_shipped_phrase_books_dispatch_most_lines_to_a_few_patterns():
    matcher = load_phrasebook(("en", "de", "fr", "es")).any_line
    assert len(matcher.by_first) > 20  # most patterns start with a known character
    assert len(matcher.by_last) > 5  # most of the others end with one
    assert len(matcher.anywhere) <= 3  # and few are tried on every line


def test_first_and_last_chars():
    assert first_chars("(site |)logo") == frozenset("sl")
    assert first_chars("[A-C]x") == frozenset("abc")
    assert first_chars(".{1,30} logo") is None
    assert first_chars("(a)?") is None  # can match the empty line
    assert last_chars(".{1,30} logo") == frozenset("o")
    assert last_chars("\\d+ comments?") == frozenset("ts")
    assert last_chars("[\\w./-]+\\.(jpe?g|GIF)") == frozenset("gf")
    assert last_chars("logo.{0,3}") is None


def test_required_strings():
    assert required_strings("(make|consider making) a (donation|contribution)", 3) == ("contribution", "donation")
    assert required_strings("your support (makes|helps)") == ("your support ",)
    assert required_strings("(tu|su) (apoyo|ayuda) (nos )?permite") == ("permite",)
    assert required_strings("(chip in|give) (as little as )?\\$\\d", 3) == ("chip in", "give")
    assert required_strings("\\d+") == ()
    assert required_strings("x(?i:abc)y", 3) == ()  # case-insensitive inside: "abc" stands for "ABC" too
    assert required_strings(".{0,300}[(\\[]photo", mode="uncased") == ("(", "[")
    assert required_strings("all rights reserved", mode="uncased") == (" ",)
    # re.I matches "ſ" to "s" and "İ" to "i", which lower() does not: no string holds them.
    assert required_strings("All Rights", mode="lower") == ("all r",)
    assert required_strings("ſite", mode="lower") == ("te",)


@pytest.mark.parametrize("pattern", PATTERNS + ["(make|consider making) a (donation|contribution)", "limited[- ]time offer"])
def test_every_match_holds_one_of_the_required_strings(pattern):
    texts = LINES + ["make a donation", "Consider making a contribution", "LIMITED-TIME OFFER", "lımıted tıme offer"]
    for text in texts:
        if re.search(pattern, text):
            assert any(s in text for s in required_strings(pattern) or [""])
        if re.search(pattern, text, re.I):
            assert any(s in text for s in required_strings(pattern, mode="uncased") or [""])
            assert any(s in text.lower() for s in required_strings(pattern, mode="lower") or [""])

