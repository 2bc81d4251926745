"""charclass: per-block counts from one pass over the page equal the regular expressions' own."""
import re
from dataclasses import asdict

import numpy as np
import pytest

from declutter.blocks import split_blocks
from declutter.content import charclass as cc
from declutter.content.blockwords import joined_chars

PAGE = "\n".join([
    "Home | News › Sport / Weather",
    "  HomeNewsSport  ÉtéÀ la une",
    "Grüße aus Köln: 12 Äpfel, ３ Birnen; 2,5 kg? Ja!",
    "emoji 😀 then 𝐁old and 𝟗 and snake_case words",
    "a > b and c>d",
    "日本語のテキスト。数字１２３",
    "“Quoted” — end.",
])


def test_counts_match_the_regular_expressions_block_by_block():
    blocks = split_blocks(PAGE)
    expected = {
        "words": [len(re.findall(r"\w+", b.text)) for b in blocks],
        "digits": [len(re.findall(r"\d", b.text)) for b in blocks],
        "punct": [len(re.findall(r"[.,;:!?。，、！？।؟]", b.text)) for b in blocks],
        "capitalised": [sum(w[:1].isupper() for w in b.text.split()) for b in blocks],
        "separators": [len(re.findall(r"(?<=\s)[|»›/•·>](?=\s)", b.text)) for b in blocks],
        "glued": [len(re.findall(r"[a-zà-ÿ][A-ZÀ-Þ]", b.text)) for b in blocks],
    }
    found = asdict(joined_chars([b.text for b in blocks]).counts)
    for name, values in expected.items():
        assert found[name].tolist() == values, name


def test_characters_beyond_the_basic_plane_get_their_own_classes():
    chars = cc.page_chars("𝐁😀𝟗")
    assert chars.flags[0] & cc.WORD and chars.flags[0] & cc.UPPER
    assert not chars.flags[1] & cc.WORD
    assert chars.flags[2] & cc.DIGIT


def _spaced_lower(page: str) -> str:
    return re.sub(r"\W", " ", page).lower()


def test_word_text_is_the_page_with_non_word_characters_spaced_lower_cased():
    for page in (PAGE, "ΟΔΟΣ Σ ΣΑ İstanbul", "Grüße ÄÖÜ ß", "emoji 😀 𐐀DESERET 𝐁old\n"):
        assert cc.word_text(cc.page_chars(page)) == _spaced_lower(page), page


def test_word_text_lower_cases_every_character_of_the_basic_plane_as_str_lower():
    page = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)
    assert cc.word_text(cc.page_chars(page)) == _spaced_lower(page)


def test_every_character_of_the_basic_plane_has_the_classes_of_its_str_tests():
    page = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)
    flags = cc.page_chars(page).flags.tolist()
    for char, flag in zip(page, flags, strict=True):
        assert bool(flag & cc.WORD) == (char.isalnum() or char == "_"), hex(ord(char))
        assert bool(flag & cc.DIGIT) == char.isdecimal(), hex(ord(char))
        assert bool(flag & cc.SPACE) == char.isspace(), hex(ord(char))
        assert bool(flag & cc.UPPER) == char.isupper(), hex(ord(char))


@pytest.mark.parametrize("left_out", [(), (0,), (4,), (1, 2), (0, 2, 4), (0, 1, 2, 3, 4)])
def test_a_subset_of_joined_texts_is_those_texts_joined_again(left_out: tuple[int, ...]) -> None:
    texts = ["Home | News", "Ölpreis steigt, 12 %", "x", "Das ist ein Satz.", "ᾼ end"]
    kept = np.array([i not in left_out for i in range(len(texts))])
    subset = joined_chars(texts).subset(kept)
    again = [t for t, k in zip(texts, kept, strict=True) if k]
    assert subset.texts == again
    assert subset.one_piece is not None
    if again:
        whole = joined_chars(again)
        assert whole.one_piece is not None
        assert subset.one_piece.codes.tolist() == whole.one_piece.codes.tolist()
        assert subset.one_piece.flags.tolist() == whole.one_piece.flags.tolist()
        assert (subset.starts.tolist(), subset.ends.tolist()) == (whole.starts.tolist(), whole.ends.tolist())
        assert {k: v.tolist() for k, v in asdict(subset.counts).items()} == {k: v.tolist() for k, v in asdict(whole.counts).items()}
    else:
        assert len(subset.one_piece.codes) == 0
