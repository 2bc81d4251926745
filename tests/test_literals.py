"""Finding many literals at once gives the same answers as testing each with ``in``."""
from __future__ import annotations

import random

from declutter.phrases.matching.literals import literal_finder

LITERALS = ["your support ", "cookies", "jetzt spenden", "déjà abonné", "¿ya eres ", "abc", "x", "all rights reserved"]


def test_same_answers_as_in():
    finder = literal_finder(LITERALS)
    rnd = random.Random(7)
    pieces = LITERALS + ["your", "support", "cook", "ies", " ", "\n", "é", "ab", "c", "\ud800", "日本"]
    for _ in range(2000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 8)))
        assert finder.found_in(text) == {literal for literal in LITERALS if literal in text}, repr(text)


def test_short_texts_and_no_literals():
    assert literal_finder(LITERALS).found_in("") == set()
    assert literal_finder(LITERALS).found_in("abc") == {"abc"}
    assert literal_finder([]).found_in("anything") == set()


def test_where_each_found_literal_first_is():
    finder = literal_finder(LITERALS)
    rnd = random.Random(8)
    pieces = LITERALS + ["your", "cook", "ies", " ", "\n", "é", "ab", "c"]
    for _ in range(2000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 8)))
        assert finder.first_found(text) == {literal: text.find(literal) for literal in LITERALS if literal in text}, repr(text)
