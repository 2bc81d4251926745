"""html.body_filter: the lead put back, link-only teasers and trailing headings taken out."""
from __future__ import annotations

from lxml import etree
from lxml.html import document_fromstring

from declutter.html.body_filter import refine_body
from declutter.html.extract import extract_html

PROSE = (
    "The council met on Tuesday evening and agreed after a long debate to repair the old harbour wall "
    "before the winter storms arrive, at a cost of two million euros."
)
LEAD = "The harbour wall will be repaired before winter, the council decided on Tuesday."


def _body(xml: str):
    return etree.fromstring(f"<body>{xml}</body>")


def _texts(body) -> list[str]:
    return [" ".join("".join(e.itertext()).split()) for e in body]


def _page(inner: str):
    return document_fromstring(f"<html><body>{inner}</body></html>")


def test_lead_named_like_one_is_put_back_before_the_first_paragraph():
    tree = _page(f'<div class="article-teaser-text"><p>{LEAD}</p></div><div><p>{PROSE}</p></div>')
    body = _body(f"<head>Harbour wall</head><p>{PROSE}</p>")
    assert refine_body(body, tree)
    assert _texts(body) == ["Harbour wall", LEAD, PROSE]


def test_no_lead_from_chrome_links_or_after_the_article():
    # A site tagline, a linked teaser and a "summary" after the first paragraph are not leads.
    tree = _page(
        f'<p class="site-description">{LEAD}</p>'
        f'<div class="intro"><a href="/other">{LEAD.replace("Tuesday", "Monday")}</a></div>'
        f'<p>{PROSE}</p><div class="summary">{LEAD.replace("winter", "spring")}</div>'
    )
    body = _body(f"<p>{PROSE}</p>")
    assert not refine_body(body, tree)
    assert _texts(body) == [PROSE]


def test_lead_already_in_the_text_is_not_repeated():
    tree = _page(f'<p class="lead">{LEAD}</p><p>{PROSE}</p>')
    body = _body(f"<p>{LEAD}</p><p>{PROSE}</p>")
    refine_body(body, tree)
    assert _texts(body) == [LEAD, PROSE]


def test_link_only_lines_go_but_addresses_and_section_titles_stay():
    tree = _page(
        f"<article><p>{PROSE}</p>"
        '<p>Read also: <a href="/a">Storm damage closes the ferry port</a></p>'
        '<a href="/n">Sign up for our newsletter</a>'
        '<h3><a href="/p">Lighthouse lamp, restored</a></h3>'
        '<a href="https://www.example.org/petition">https://www.example.org/petition</a>'
        "</article>"
    )
    body = _body(
        f"<p>{PROSE}</p><p>Read also: Storm damage closes the ferry port</p>"
        "<p>Sign up for our newsletter</p>"
        f"<head>Lighthouse lamp, restored</head><p>{PROSE} {PROSE}</p>"
        "<p>https://www.example.org/petition</p>"
    )
    assert refine_body(body, tree)
    assert _texts(body) == [PROSE, "Lighthouse lamp, restored", f"{PROSE} {PROSE}", "https://www.example.org/petition"]


def test_a_list_of_links_goes_a_list_of_text_stays():
    tree = _page(f'<p>{PROSE}</p><ul><li><a href="/1">Ferry news</a></li><li><a href="/2">Port news</a></li></ul>')
    body = _body(
        f"<p>{PROSE}</p><list><item>Ferry news</item><item>Port news</item></list>"
        f"<list><item>Two million euros</item><item>Before winter</item></list><p>{PROSE}</p>"
    )
    refine_body(body, tree)
    assert [e.tag for e in body] == ["p", "list", "p"]
    assert _texts(body)[1] == "Two million eurosBefore winter"  # itertext joins items without a space


def test_headings_after_the_last_paragraph_of_prose_go():
    tree = _page(f"<p>{PROSE}</p>")
    body = _body(f"<head>Harbour wall</head><p>{PROSE}</p><head>More stories</head><p>Short teaser line</p>")
    assert refine_body(body, tree)
    assert _texts(body) == ["Harbour wall", PROSE, "Short teaser line"]


def test_extract_html_uses_the_filter():
    markup = (
        "<html><head><title>Harbour wall</title></head><body><article>"
        f'<div class="teaser"><p>{LEAD}</p></div>'
        + "".join(f"<p>{PROSE} ({n})</p>" for n in range(4))
        + "<h2>More from the coast</h2>"
        '<p>Read also: <a href="/a">Storm damage closes the ferry port</a></p>'
        "</article></body></html>"
    )
    text = extract_html(markup).text
    assert text.split("\n")[0] == LEAD
    assert "More from the coast" not in text
    assert "Storm damage" not in text
    assert f"{PROSE} (3)" in text
