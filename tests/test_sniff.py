"""Markup or plain text is decided from the content, never from a file name."""
from __future__ import annotations

from pathlib import Path

import pytest

from declutter import ConfigError, clean
from declutter.reading.sniff import input_kind, looks_like_html

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

PROSE = (
    "The council met on Tuesday to discuss the new budget for the coming year.\n"
    "Members argued about the cost of repairing the old bridge over the river.\n"
)


@pytest.mark.parametrize(
    "page",
    [
        "<!DOCTYPE html><html><head><title>x</title></head><body><p>Hi</p></body></html>",
        "  \n<!doctype HTML>\n<html lang='en'>\n<body>\n<p>Hello</p>\n</body>\n</html>",
        "\ufeff<html><body><p>With a BOM left in the string</p></body></html>",
        "<!-- saved by a crawler -->\n<html><body><p>Hi</p></body></html>",
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>',
        "<head><meta charset='utf-8'><title>No html tag</title></head><body><p>x</p></body>",
        # A fragment without a document opening: many tags, few lines.
        "<div class='story'><h1>Title</h1><p>One.</p><p>Two.</p><p>Three.</p><ul><li>a</li><li>b</li></ul></div>",
    ],
)
def test_markup_is_html(page):
    assert looks_like_html(page)


@pytest.mark.parametrize(
    "page",
    [
        PROSE * 20,
        "",
        "Use the <br> element for a line break, and <p> for a paragraph.\n" + PROSE * 10,
        "Scores: 3 < 5 and 7 > 2.\n" + PROSE * 5,
        # Prose that quotes a dozen tags over many lines stays text.
        "\n".join(f"Line {i} mentions the <div> tag in a tutorial about layout." for i in range(60)),
        "<3 love this\n" + PROSE,
    ],
)
def test_prose_is_text(page):
    assert not looks_like_html(page)


def test_forced_kind_wins():
    assert input_kind(PROSE, "html") == "html"
    assert input_kind("<html><body>x</body></html>", "text") == "text"
    assert input_kind(PROSE) == "text"


@pytest.mark.skipif(not SEEDS.exists(), reason="the shared seed pages are not here")
def test_seed_scrapes_are_text():
    for path in SEEDS.glob("*.txt"):
        assert not looks_like_html(path.read_text(encoding="utf-8")), path.name


def test_clean_forces_and_rejects_formats():
    page = "<html><body><article><p>" + "A sentence of the article. " * 30 + "</p></article></body></html>"
    assert clean(page).input_format == "html"
    forced = clean(page, input_format="text")
    assert forced.input_format == "text" and "<p>" in forced.text
    assert clean(PROSE, input_format="text").input_format == "text"
    with pytest.raises(ConfigError):
        clean(PROSE, input_format="pdf")


def test_front_matter_is_markdown_even_when_its_values_quote_markup():
    tags = "".join(f'<a href="https://example.com/{n}">photo {n}</a> ' for n in range(12))
    assert input_kind(f"---\ndescription: {tags}\ntitle: A page\n---\n\nThe article.\n") == "markdown"
    assert input_kind(f"<div>{tags}</div>\n" * 3) == "html"


def test_tags_quoted_with_escaped_quotes_are_no_markup():
    quoted = "".join(f'[![photo](/t{n}.jpg "by <a rel=\\"x\\" href=\\"/u{n}\\">someone</a>")](/p{n})\n' for n in range(12))
    assert not looks_like_html(quoted + "Some prose under the gallery.\n" * 30)
