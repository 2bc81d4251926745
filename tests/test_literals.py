"""Finding many literals at once gives the same answers as testing each with ``in``."""
from __future__ import annotations

import random

from declutter.phrases.matching.literals import literal_finder


def found_in(finder, text):
    return {literal for literal in finder.possible(text) if literal in text}


LITERALS = ["your support ", "cookies", "jetzt spenden", "déjà abonné", "¿ya eres ", "abc", "x", "all rights reserved"]


def test_same_answers_as_in():
    finder = literal_finder(LITERALS)
    rnd = random.Random(7)
    pieces = LITERALS + ["your", "support", "cook", "ies", " ", "\n", "é", "ab", "c", "\ud800", "日本"]
    for _ in range(2000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 8)))
        assert found_in(finder, text) == {literal for literal in LITERALS if literal in text}, repr(text)


def test_short_texts_and_no_literals():
    assert found_in(literal_finder(LITERALS), "") == set()
    assert found_in(literal_finder(LITERALS), "abc") == {"abc"}
    assert found_in(literal_finder([]), "anything") == set()
