"""HTML pages: trafilatura's main text and metadata, then the same block labelling."""
from __future__ import annotations

import gzip
from pathlib import Path

from declutter import Settings, clean
from declutter.api import pipeline_for
from declutter.html.extract import extract_html, html_to_lines, readability_text

FIXTURES = Path(__file__).parent / "fixtures" / "html"
ARTICLE = (FIXTURES / "article.html").read_bytes()
FIRST_PARAGRAPH = "Residents of the small harbour town voted on Tuesday to restore the lighthouse"


def test_metadata_comes_from_the_markup():
    doc = clean(ARTICLE)
    assert doc.input_format == "html"
    assert doc.title == "Harbour town votes to restore its lighthouse"
    assert doc.author == "Mary Fisher"
    assert doc.published == "2024-05-14"
    assert doc.source == "The Coastal Courier"
    assert doc.url == "https://news.example.org/2024/05/harbour-lighthouse"
    assert doc.description.startswith("Residents backed a plan")
    assert doc.image == "https://news.example.org/img/lighthouse.jpg"
    assert doc.language == "en"
    assert "Heritage" in doc.tags


def test_text_is_the_article_one_paragraph_per_line():
    doc = clean(ARTICLE)
    lines = doc.text.split("\n")
    assert lines[0].startswith(FIRST_PARAGRAPH)
    assert len(lines) == 5
    for chrome in ("Home", "Most read", "Fishing fleet returns early", "All rights reserved", "Privacy"):
        assert chrome not in doc.text


def test_same_labelling_removes_what_trafilatura_leaves():
    doc = clean(ARTICLE)
    kinds = {r["kind"] for r in doc.removed}
    assert {"duplicate-headline", "donation-appeal", "newsletter"} <= kinds
    assert "Make a donation" not in doc.text and "newsletter" not in doc.text


def test_blocks_point_into_the_extracted_text():
    doc = clean(ARTICLE)
    assert doc.html is not None and "<article>" in doc.html
    assert "<p>" not in doc.source_text
    for block in doc.blocks:
        assert doc.source_text[block.start : block.end] == block.text


def test_given_url_wins_and_gzip_is_not_our_business():
    doc = clean(ARTICLE, url="https://mirror.example.net/story")
    assert doc.url == "https://mirror.example.net/story"
    assert clean(gzip.decompress(gzip.compress(ARTICLE))).title == doc.title


def test_html_metadata_beats_text_guesses():
    # The page prints another byline and date in the text; the markup's own win.
    page = ARTICLE.replace(b"<p class=\"byline\">By Mary Fisher</p>", b"<p>By John Other</p><p>03-02-2019</p>")
    doc = clean(page)
    assert doc.author == "Mary Fisher"
    assert doc.published == "2024-05-14"


def test_html_pipeline_skips_the_plain_text_classifiers():
    for name in Settings().html_skip:
        assert name not in pipeline_for(Settings(), "html").step_names()
    assert "content" in pipeline_for(Settings(), "text").step_names()  # the text path keeps them
    assert "content" in pipeline_for(Settings(html_skip=()), "html").step_names()


def test_text_extractors_fill_what_the_markup_lacks():
    page = (
        b"<html><head><title>Storm closes the coast road</title></head><body><article>"
        b"<h1>Storm closes the coast road</h1>"
        + b"<p>High waves washed stones and sand over the coast road on Sunday night, "
        b"and the police closed it to all traffic until further notice.</p>" * 3
        + b"</article></body></html>"
    )
    doc = clean(page)
    assert doc.title == "Storm closes the coast road"
    assert doc.language == "en"  # from the text: the markup declares none
    assert "Storm closes the coast road" not in doc.text


def test_readability_second_opinion_reads_the_article():
    from lxml import html

    text = readability_text(html.document_fromstring(ARTICLE))
    assert FIRST_PARAGRAPH in text
    assert "Fishing fleet returns early" not in text
    assert extract_html(ARTICLE.decode("utf-8")).warnings == []  # trafilatura's text was enough


def test_empty_and_textless_pages_warn_instead_of_failing():
    assert clean(b"<html><head><title>t</title></head><body></body></html>").warnings
    assert clean(b"", input_format="html").warnings


def test_html_to_lines_one_block_per_line():
    from lxml import html

    fragment = html.fragment_fromstring(
        "<div><h2>Head <b>bold</b></h2><p>One\x01 two<br>three</p><script>no</script>tail<!-- c -->end"
        "<ul><li>a</li><li>b</li></ul></div>"
    )
    assert html_to_lines(fragment) == "Head bold\nOne\x01 two\nthree\ntailend\na\nb"


def test_fragments_and_forced_text_parse_as_html():
    sentence = "The ferry to the island runs twice a day in summer and once a day in winter, weather permitting. "
    fragment = f"<div><h2>Ferry times</h2><p>{sentence * 3}</p><p>{sentence * 2}</p><ul><li>a</li><li>b</li></ul></div>"
    doc = clean(fragment)
    assert doc.input_format == "html"
    assert sentence.strip() in doc.text
    forced = clean("Just a line of plain text.", input_format="html")
    assert forced.input_format == "html"
