"""A word alternation written as a trie matches what the longest-first flat one matches."""
from __future__ import annotations

import random
import re

from declutter.phrases.book import load_phrasebook
from declutter.phrases.matching.wordtrie import word_alternation

WORDS = ["jan", "januar", "january", "janvier", "jun", "june", "junio", "juni", "mai", "may", "mar", "march", "mär", "märz", "sept", "sept.", "september", "de", "del", "a.m"]


def _flat(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def test_same_matches_as_the_flat_alternation():
    rnd = random.Random(11)
    pieces = WORDS + ["JUNE", "Sept", " ", "  ", "3", "14", "2024", ",", ".", "x", "ber", "uary", "İ", "ſ"]
    for around in ("({})", r"\b({})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})", r"(\d{{1,2}})\.?\s*(?:de\s+)?({})\.?,?\s*(\d{{4}})"):
        flat = re.compile(around.format(_flat(WORDS)), re.I)
        trie = re.compile(around.format(word_alternation(WORDS, re.I)), re.I)
        for _ in range(3000):
            text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 9)))
            want = [(m.span(), m.groups()) for m in flat.finditer(text)]
            assert [(m.span(), m.groups()) for m in trie.finditer(text)] == want, (around, text)


def test_the_shipped_month_names_are_a_trie():
    book = load_phrasebook(("en", "de", "fr", "es"))
    assert "(?:" in book.month_day_year.pattern and "|december|" not in book.month_day_year.pattern
    assert book.month_day_year.search("Updated March 14, 2024 at 10:00").group(1, 2, 3) == ("March", "14", "2024")
    assert book.day_month_year.search("le 8 septembre 2025").group(1, 2, 3) == ("8", "septembre", "2025")


def test_characters_that_match_one_another_give_the_flat_alternation():
    assert word_alternation(["aix", "aıy"], re.I) == _flat(["aix", "aıy"])  # re.I matches "ı" to "i"
    assert word_alternation(["aix", "aıy"]) == "a(?:ix|ıy)"
    assert word_alternation([]) == "(?!)"
