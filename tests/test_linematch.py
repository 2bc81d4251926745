"""Dispatching whole-line patterns on the first or last character gives the same answers as one alternation."""
from __future__ import annotations

import random
import re

import pytest

from declutter.phrases.book import load_phrasebook
from declutter.phrases.matching.linematch import alternation, held_search, line_matcher, lowered_search, search_alternation
from declutter.phrases.matching.patternfacts import DIGIT_KEY, lower_invariant, prefixes
from declutter.phrases.matching.requiredstrings import required_strings

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
    "ſite logo", "ſhare on facebook", "Reply ", "٣ comments", "(PHOTO: ſomeone)", "Δ logo",
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


def test_first_and_last_chars():
    assert prefixes("(site |)logo", 1) == frozenset("sl")
    assert prefixes("[A-C]x", 1) == frozenset("abc")
    assert prefixes(".{1,30} logo", 1) is None
    assert "" in prefixes("(a)?", 1)  # can match the empty line
    assert prefixes(".{1,30} logo", 1, reverse=True) == frozenset("o")
    assert prefixes("\\d+ comments?", 1, reverse=True) == frozenset("ts")
    assert prefixes("[\\w./-]+\\.(jpe?g|GIF)", 1, reverse=True) == frozenset("gf")
    assert prefixes("logo.{0,3}", 1, reverse=True) is None


def test_required_strings():
    assert required_strings("(make|consider making) a (donation|contribution)", 3) == (" a contribution", " a donation")
    assert required_strings("your support (makes|helps)") == ("your support ",)
    assert required_strings("(tu|su) (apoyo|ayuda) (nos )?permite") == (" permite",)
    assert required_strings("(chip in|give) \\$\\d", 3) == ("chip in $", "give $")  # across items: rarer than each item's
    assert required_strings("\\d+") == ()
    assert required_strings("x(?i:abc)y", 3) == ()  # case-insensitive inside: "abc" stands for "ABC" too
    assert required_strings(".{0,300}[(\\[]photo", mode="uncased") == ("(", "[")
    assert required_strings("all rights reserved", mode="uncased") == ()  # white space: in almost every line
    # Without cased characters, fewer strings first: not (". ", "! ", "? "), in most sentences.
    assert required_strings(".{1,300}[.!?] [^.!?/]{2,60}/ ?(afp|ap)", mode="uncased") == ("/",)
    # re.I matches "ſ" to "s" and "İ" to "i", which lower() does not: no string holds them.
    assert required_strings("All Rights", mode="lower") == ("all r",)
    assert required_strings("ſite", mode="lower") == ("te",)
    # Each text of the items' product, the part without "i" or "s": not "ld" of "bild", in most pages.
    assert required_strings(".{1,300}[.!?] (foto|bild)s?:", mode="lower") == ("! b", "! foto", ". b", ". foto", "? b", "? foto")


@pytest.mark.parametrize(
    "pattern",
    PATTERNS + ["(make|consider making) a (donation|contribution)", "limited[- ]time offer", ".{1,300}[.!?] (foto|bild)s?: ?[^!?]{2,50}"],
)
def test_every_match_holds_one_of_the_required_strings(pattern):
    texts = LINES + ["make a donation", "Consider making a contribution", "LIMITED-TIME OFFER", "lımıted tıme offer"]
    texts += ["Ein Satz! BİLDS: dpa", "Ein Satz. Foto: X / Y", "Ein Satz? bılder: X"]
    for text in texts:
        if re.search(pattern, text):
            assert any(s in text for s in required_strings(pattern) or [""])
        if re.search(pattern, text, re.I):
            assert any(s in text for s in required_strings(pattern, mode="uncased") or [""])
            assert any(s in text.lower() for s in required_strings(pattern, mode="lower") or [""])


def test_prefixes():
    assert prefixes("(site |company |)logo( image| icon)?", 2) == frozenset({"si", "co", "lo"})
    assert prefixes("x*y", 2) == frozenset({"xy", "xx", "y"})  # "y" alone is a whole match
    assert prefixes("(ab)*c", 3) == frozenset({"c", "abc", "aba"})
    assert prefixes("a.", 2) is None


def test_digits_are_dispatched_as_one():
    assert prefixes("\\d+ comments?", 1) == frozenset(DIGIT_KEY)
    assert prefixes("7 days", 1) == prefixes("[0-9]x", 1) == frozenset(DIGIT_KEY)
    matcher = line_matcher(["\\d+ comments?", "7 days"])
    assert matcher.fullmatches(["12 comments", "٣ comments", "7 days", "8 days", "x comments"]) == [True, True, True, False, False]


def test_may_match_line_break():
    from declutter.phrases.matching.patternreach import may_match_line_break

    for pattern in ("abc", "a.b", "[a-z]+", "\\d+ x", "\\w+", "a\\bb", "\\$\\d", "[\\d.]"):
        assert not may_match_line_break(pattern), pattern
    for pattern in ("a\\sb", "(?s)a.b", "a(?s:.)b", "[^a]", "\\W", "\\D", "a\\nb", "[\\x00-\\x20]", "x(?=\\s)", "(a)\\1"):
        assert may_match_line_break(pattern), pattern


def test_may_match_at_text_end():
    from declutter.phrases.matching.patternreach import may_match_at_text_end

    for pattern in ("abc", "a\\bb", "^abc", "(x|y)+z", "[$]", "\\$\\d"):
        assert not may_match_at_text_end(pattern), pattern
    # Lookarounds and groups by number are not read: they may.
    for pattern in ("abc$", "a(b|c$)", "x\\Z", "(?m)a$", "a(?=b)", "(?<=a)b", "(a)\\1"):
        assert may_match_at_text_end(pattern), pattern


def test_lines_holding_as_testing_each_line():
    from declutter.phrases.matching.joinedlines import indexes_holding, joined_lines

    def lines_holding(lines, strings, lowered):
        return [lines[i] for i in sorted(indexes_holding(*joined_lines(lines, lowered), strings))] if lines else []

    rnd = random.Random(9)
    pieces = ["all r", "All R", "ALL RIGHTS", "İ", "x", " ", "©", "pon", "\n"]
    for _ in range(2000):
        lines = ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 5))) for _ in range(rnd.randrange(0, 6))]
        for strings, lowered in ((("all r", "pon"), True), (("©",), False), (("",), False)):
            want = [line for line in lines if any(s in (line.lower() if lowered else line) for s in strings)]
            got = lines_holding(lines, strings, lowered)
            # a string may be found across a line break inside a line: the caller tests again
            assert set(want) <= set(got) <= set(lines), (lines, strings)
            assert got == [line for line in lines if line in set(got)]


def test_the_shipped_books_dispatch_as_one_alternation():
    # Lines dispatched on their first three and last two characters match as
    # trying every pattern would (the phrase books' own wordings, cut and joined).
    from declutter.phrases.book_files import kind_patterns, read_book, section_patterns

    books = [read_book(lang) for lang in ("en", "de", "fr", "es")]
    headings = [p for lines in section_patterns(books).values() for p in lines]
    patterns = [p for rules in kind_patterns(books).values() for p in rules["line"]] + headings  # any_line holds both
    one = re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
    matcher = load_phrasebook(("en", "de", "fr", "es")).any_line
    rnd = random.Random(8)
    pieces = ["Logo", "logo", "site ", "Reply", "12", " Kommentare", "©", "2024", "All rights reserved", "Foto: dpa", "photo", ".jpg",
              "(Photo: Jane Doe / Reuters)", "Getty Images", "Newsletter", " sign up", "Share", " on Facebook", "x", " ", "é", "İ", "ſ", "K",
              "Related", " Articles", "Lesen Sie auch", "Most read"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 4)))
        assert matcher.fullmatch(text) == (one.fullmatch(text) is not None), text


def test_a_page_at_once_as_line_by_line():
    book = load_phrasebook(("en", "de", "fr", "es"))
    rnd = random.Random(6)
    pieces = ["Logo", "logo", "Reply", "12 Kommentare", "©", "2024", "All rights reserved", "Foto: dpa", "photo.jpg", " ", "x", "ſhare",
              "İmpressum", "Teilen", "(Photo: Jane Doe / Reuters)", "Über uns", "Newsletter", ".", "é", "Kontakt"]
    for _ in range(500):
        texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 4))) for _ in range(rnd.randrange(1, 8))]
        holders = [f"• {text} |" for text in texts]  # what a block's text holds around its stripped one
        joined = "\n".join(holders).lower(), [sum(len(h) + 1 for h in holders[:i]) for i in range(len(holders))]
        for matcher in (book.any_line, book.any_section):
            want = [matcher.fullmatch(text) for text in texts]
            assert matcher.fullmatches(texts) == want, texts
            assert matcher.fullmatches(texts, joined) == want, texts


def test_search_alternation_finds_what_the_alternation_finds():
    ages = ["(\\d+|an?) (min|hours?) ago", "yesterday", "(^|[|·•] ?)\\d{1,2}h$", "hier"]
    guarded = search_alternation(ages)
    assert guarded.pattern.startswith("(?=[")  # every age's first characters are known
    plain = alternation(ages)
    texts = ["Home", "3 hours ago", "Posted YESTERDAY", "• 4h", "12h", "an hour ago", "Hier", "İhier", "Nachrichten ١٢ min ago", ""]
    for text in texts:
        for start in range(len(text) + 1):
            want, got = plain.search(text, start), guarded.search(text, start)
            assert (want and want.span()) == (got and got.span()), (text, start)
        assert bool(plain.fullmatch(text)) == bool(guarded.fullmatch(text))
        assert plain.sub(" ", text) == guarded.sub(" ", text)
    assert search_alternation([".{1,20} ago", "yesterday"]).pattern == alternation([".{1,20} ago", "yesterday"]).pattern  # "." starts anything


def test_the_lowered_search_finds_in_ascii_text_lower_cased_what_the_search_finds_case_aside():
    books = [load_phrasebook(("en", "de", "fr", "es"), language) for language in ("en", "de", "pt", "it")]
    ascii_texts = ["Home", "3 HOURS AGO", "Posted Yesterday", "• 4H", "Vor 5 Minuten", "IL Y A 2 heures", "Hace 3 Dias", "Bayern", "STAND 12:00"]
    for book in books:
        assert book.age_lowered is not None  # the shipped ages are all written so
        for text in ascii_texts:
            want, got = book.age.search(text), book.age_lowered.search(text.lower())
            assert (want and want.span()) == (got and got.span()), text


def test_every_age_the_lowered_search_finds_holds_what_the_held_search_finds():
    books = [load_phrasebook(("en", "de", "fr", "es"), language) for language in ("en", "de", "pt", "it", "pl", "nl")]
    ascii_texts = [
        "Home", "Reply", "Share this", "3 HOURS AGO", "an hour ago", "Posted Yesterday", "• 4H", "8h", "| 12 min", "Vor 5 Minuten",
        "vor einer Stunde", "IL Y A 2 heures", "Hace 3 Dias", "hace una semana", "Bayern", "STAND 12:00", "ieri", "2 uur geleden",
        "5 minut temu", "Wczoraj", "ha 3 dias", "ontem", "just now",
    ]
    for book in books:
        assert book.age_lowered is not None and book.age_held is not None  # the shipped ages are all written so
        for text in ascii_texts:
            lowered = text.lower()
            if book.age_lowered.search(lowered) is not None:
                assert book.age_held.search(lowered) is not None, text
    # Lines without a digit or an age's word hold nothing it looks for (Portuguese "há" is looked for as its "h").
    assert [text for text in ("Home", "Reply", "Share this") if books[0].age_held.search(text.lower())] == []
    assert held_search(["\\d+ ?(?:h|m)", "yesterday"]).pattern == "0|1|2|3|4|5|6|7|8|9|yesterday"
    assert held_search(["(?:ago)?", "yesterday"]) is None  # an empty match holds nothing
    assert held_search(["[A-Z]x"]) is None  # as lowered_search


@pytest.mark.parametrize(
    ("pattern", "invariant"),
    [
        ("vor\\s+\\d+\\s*min(?:uten)?\\b", True),
        ("[a-z]\\S+(?=x)(?<!y)[^b-d].$", True),
        ("días?", True),  # its "í" only ever matches a non-ASCII character
        ("[A-Z]x", False),  # "a" matches [A-Z] case aside, not as written
        ("[@-_]", False),  # a range holding upper-case letters
        ("(?-i:ab)", False),  # a group matching by case
        ("(?i:ab)", False),
        ("ſ", False),  # matches "s" case aside
        ("K", False),
        ("a(?>b)", False),  # unknown to this reading
    ],
)
def test_lower_invariant(pattern, invariant):
    assert lower_invariant(pattern) is invariant
    if invariant:
        for text in ("A", "a", "s", "X", "VOR 5 MIN", "Vor 12 minuten", "Zxa.", "dIAS", "DÍAS"):
            if text.isascii():
                want, got = re.search(pattern, text, re.I), re.search(pattern, text.lower())
                assert (want and want.span()) == (got and got.span()), text
    else:
        assert lowered_search([pattern, "yesterday"]) is None


def test_patterns_that_can_start_anywhere_are_looked_up_by_the_last_two_characters():
    matcher = line_matcher([".{1,40} (getty images|afp)", ".{0,20}[(](foto|photo)[^()]{1,20}[)]"])
    assert set(matcher.by_last) == {"se", "pf", ")"}  # read backwards; ")" alone: its second-last is not known
    lines = ["Photo: Getty IMAGES", "Bild: AFP", "Paris (Foto: Jane)", "Getty Images", "Bild: dpa", "three imagez"]
    assert matcher.fullmatches(lines) == [True, True, True, False, False, False]
    assert [matcher.fullmatch(line) for line in lines] == [True, True, True, False, False, False]
