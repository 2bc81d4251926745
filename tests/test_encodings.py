"""Pages in the encodings scrapes come in decode correctly, in the text and the HTML path."""
from __future__ import annotations

import codecs

import ftfy
import pytest

from declutter import NotTextError, clean
from declutter.reading.decode import decode_page, repair_mojibake

FRENCH = "Café crème à la française : l’été où tout a changé, déjà."
PARAGRAPH = (
    "Le marché couvert de la ville a rouvert ses portes samedi matin après deux années de travaux. "
    "Les commerçants, ravis, ont accueilli des centaines de visiteurs venus goûter les spécialités régionales."
)
JAPANESE = "東京の天気は晴れです。今日は気温が上がり、多くの人が公園で桜を楽しみました。"
JAPANESE_PARAGRAPH = (
    "東京都内では今朝から晴れ間が広がり、気温は二十度を超えました。上野公園や新宿御苑には朝から多くの花見客が訪れ、"
    "満開の桜の下で写真を撮ったり弁当を広げたりする姿が見られました。気象庁によると、この陽気は週末まで続く見込みです。"
)


def html_page(body_text: str, charset: str | None, title: str = "Le marché rouvert") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    paragraphs = "".join(f"<p>{body_text}</p>" for _ in range(3))
    return (
        f"<!DOCTYPE html><html><head>{meta}<title>{title}</title></head><body>"
        f"<nav><a href='/'>Accueil</a></nav><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )


@pytest.mark.parametrize(
    "encoding, charset",
    [("cp1252", "windows-1252"), ("latin-1", "iso-8859-1"), ("utf-8", "utf-8")],
)
def test_declared_single_byte_html(encoding, charset):
    text = FRENCH.replace("’", "'") if encoding == "latin-1" else FRENCH
    page = html_page(f"{text} {PARAGRAPH}", charset).encode(encoding)
    doc = clean(page)
    assert doc.input_format == "html"
    assert text in doc.text
    assert "Ã" not in doc.text


def test_cp1252_without_declaration_is_detected():
    page = html_page(f"{FRENCH} {PARAGRAPH}", None).encode("cp1252")
    assert FRENCH in clean(page).text


def test_utf8_with_bom():
    page = codecs.BOM_UTF8 + html_page(f"{FRENCH} {PARAGRAPH}", "utf-8").encode("utf-8")
    doc = clean(page)
    assert doc.input_format == "html"
    assert FRENCH in doc.text
    assert not decode_page(page).startswith("\ufeff")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_and_without_bom(encoding):
    page = html_page(f"{FRENCH} {PARAGRAPH}", "utf-16").encode(encoding)  # "utf-16" writes a BOM
    doc = clean(page)
    assert doc.input_format == "html"
    assert FRENCH in doc.text


def test_shift_jis_html():
    page = html_page(f"{JAPANESE}{JAPANESE_PARAGRAPH}", "shift_jis", title="東京の桜").encode("shift_jis")
    doc = clean(page)
    assert doc.input_format == "html"
    assert JAPANESE in doc.text
    assert doc.title == "東京の桜"


def test_shift_jis_plain_text_without_declaration():
    page = (JAPANESE + "\n" + JAPANESE_PARAGRAPH + "\n").encode("shift_jis")
    doc = clean(page)
    assert doc.input_format == "text"
    assert JAPANESE in doc.text


def test_plain_text_cp1252():
    doc = clean(f"{FRENCH}\n{PARAGRAPH}\n".encode("cp1252"))
    assert doc.input_format == "text"
    assert FRENCH in doc.text


def test_mojibake_repaired_in_text_path():
    damaged = f"{FRENCH}\n{PARAGRAPH}\n".encode().decode("cp1252")
    assert "CafÃ©" in damaged
    doc = clean(damaged.encode("utf-8"))
    assert FRENCH in doc.text


def test_mojibake_repaired_in_html_path():
    damaged_text = f"{FRENCH} {PARAGRAPH}".encode().decode("cp1252")
    damaged_title = "Le marché rouvert".encode().decode("cp1252")
    page = html_page(damaged_text, "utf-8", title=damaged_title).encode("utf-8")
    doc = clean(page)
    assert doc.input_format == "html"
    assert FRENCH in doc.text
    assert doc.title == "Le marché rouvert"


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_mojibake_repaired_in_markdown_path(encoding):
    page = f"# Le marché rouvert\n\n* [Accueil](/)\n* [Région](/region)\n\n{FRENCH} {PARAGRAPH}\n\n{PARAGRAPH}\n"
    damaged = page.encode().decode(encoding)  # "cafÃ©", and "lâ€™été" (cp1252) or "lâ\x80\x99été" (latin-1)
    assert "CafÃ©" in damaged
    doc = clean(damaged, input_format="markdown")
    assert doc.markdown == page
    assert FRENCH in doc.text


def test_repair_is_ftfy_line_by_line_on_the_lines_it_can_change():
    damaged = FRENCH.encode().decode("cp1252")
    # "Ĝ" read as cp1252 ("Äœ") looks like mojibake to ftfy only before a line break;
    # U+FFFC and U+206B are among the format characters ftfy drops.
    page = (
        f"Plain words\n{damaged}\ntab\there\nbell\x07 and \x1b[1mbold\x1b[0m\n\nA caf\u00e9\n"
        f"Le nom a\u00c4\u0153\nobject \ufffc\na\u206bb\n{damaged}"
    )
    repaired = repair_mojibake(page)
    assert repaired.split("\n")[1] == FRENCH
    assert repaired.split("\n")[6:9] == ["Le nom a\u011c", "object ", "ab"]
    assert repaired == ftfy.fix_text(
        page, normalization=None, unescape_html=False, fix_line_breaks=False,
        uncurl_quotes=False, fix_latin_ligatures=False, fix_character_width=False,
    )


def test_repair_leaves_clean_text_alone():
    assert repair_mojibake(FRENCH) == FRENCH
    assert repair_mojibake("plain ascii") == "plain ascii"


@pytest.mark.parametrize(
    "data",
    [bytes(range(256)) * 40, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, b"%PDF-1.7\n" + b"\x00\x01\x02\x03" * 2000],
)
def test_binary_input_raises_not_text(data):
    with pytest.raises(NotTextError):
        clean(data)
