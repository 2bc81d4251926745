"""Phrase-book helpers: edge stripping, and a page's kinds at once as one by one."""
from __future__ import annotations

import random
import re

from declutter.phrasebook import edge_stripped, load_phrasebook

# The edges as first written, one regex substitution.
EDGES = re.compile(r"^[\s•·*|>»›\-–—_:#]+|[\s•·*|<«‹\-–—_:.!…]+$")


def test_edge_stripped_as_the_regex():
    rnd = random.Random(3)
    alphabet = "ab •·*|>»›-–—_:#<«‹.!…\t\xa0\u2003\x1c\x85"
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 9)))
        assert edge_stripped(text) == EDGES.sub("", text), repr(text)


def test_kinds_of_a_page_as_of_each_line():
    book = load_phrasebook(("en", "de", "fr", "es"))
    lines = [
        "Skip to content", "• Logo", "Flooded street (Photo: Jane Doe / Reuters)", "© 2024 Example Ltd. All rights reserved.",
        "Your email address will not be published. Required fields are marked *", "The council met on Tuesday.",
        "Alle Rechte vorbehalten", "12 Kommentare", "Already a subscriber? Log in", "Share on Facebook",
    ]
    assert book.kinds_of(lines) == [book.kind_of(line) for line in lines]
    assert book.kinds_of(lines[5:6] + lines[:2]) == [None] + [book.kind_of(line) for line in lines[:2]]
