"""The short-line page of bench memory (bench/memory.py) is made the same way every time."""
from __future__ import annotations

from bench.memory import short_lines


def test_short_lines_take_one_to_three_words_in_order_up_to_the_size():
    texts = ["Berne interdit désormais le chlorothalonil.", "Suisse: 12 mai 2020, tdg.ch"]
    lines = list(short_lines(iter(texts), 1000))
    assert lines == ["Berne\n", "interdit désormais\n", "le chlorothalonil\n", "Suisse\n", "12 mai\n", "2020 tdg ch\n"]
    assert list(short_lines(iter(texts), 1000)) == lines
    # Cut before the line that would go past the size (in UTF-8 bytes: "é" is two).
    assert list(short_lines(iter(texts), len("Berne\ninterdit désormais\n".encode()))) == lines[:2]
    assert list(short_lines(iter(texts), len("Berne\ninterdit désormais\n".encode()) - 1)) == lines[:1]
