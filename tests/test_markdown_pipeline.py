"""Markdown pages through the pipeline: detection, the plain text the extractors
see, the markdown the kept blocks render to, front matter and the markup's evidence."""
from __future__ import annotations

import re

import pytest

from declutter import Settings, clean
from declutter.api import pipeline_for
from declutter.errors import ConfigError
from declutter.render import render, to_markdown

from .conftest import SAMPLES

SAMPLE = SAMPLES / "harbour-markdown.md"
MENU = ("Home", "Business", "Weather", "About us", "Privacy policy")


@pytest.fixture(scope="module")
def doc():
    return clean(SAMPLE.read_bytes())


def test_markdown_is_detected_and_forced(doc):
    assert doc.input_format == "markdown"
    assert clean("Just a line of text.\nAnother one.").input_format == "text"
    forced = clean("Just a line of *text*.\nAnother one.", input_format="markdown")
    assert forced.input_format == "markdown" and forced.text == "Just a line of text.\nAnother one."
    with pytest.raises(ConfigError):
        clean("x", input_format="rst")


def test_blocks_are_plain_text_with_a_span_each(doc):
    assert len(doc.markdown_spans) == len(doc.blocks)
    for block, span in zip(doc.blocks, doc.markdown_spans):
        assert doc.source_text[block.start : block.end] == block.text
        own = doc.markdown[span.start : span.end]
        assert own.strip()
    # the markdown span of the subheading is its own line, hashes and all
    heading = next(b for b in doc.blocks if b.text == "What the plan includes")
    assert doc.markdown[doc.markdown_spans[heading.index].start : doc.markdown_spans[heading.index].end] == "## What the plan includes"


def test_text_has_no_markdown_syntax_left(doc):
    assert "northern sea wall" in doc.text and "council's planning report recommended" in doc.text
    for mark in ("](", "![", "**"):
        assert mark not in doc.text, mark
    assert not any(line.lstrip().startswith("#") for line in doc.text.splitlines())


def test_markdown_output_is_the_articles_own_markdown(doc):
    out = render(doc, "markdown")
    assert out == to_markdown(doc)
    article, _, related = out.partition("\n## Related\n")  # the teasers, as data, come after the article
    assert "Lifeboat crew rescues two from stranded yacht" in related
    lines = article.splitlines()
    assert "## What the plan includes" in lines  # the subheading, as a heading
    assert sum(1 for line in lines if re.match(r"- \S", line)) == 3  # the list, as a list
    assert "**northern sea wall**" in out and "*Helen Markey*" in out  # emphasis kept
    assert "[council's planning report](https://www.portelling.example/planning/sea-wall-report.pdf)" in out
    assert "![" not in out and "logo.png" not in out  # the logo and the photo's alt are not the article
    for item in MENU:
        assert f"[{item}]" not in out, item
    assert "cookies" not in out and "Share on" not in out and "©" not in out


def test_front_matter_fills_metadata_before_the_pipeline():
    page = (
        "---\ntitle: \"Sea wall to be rebuilt\"\ndate: 2024-03-12T09:30:00Z\nauthor: Marta Lindqvist\n"
        "site_name: Coastal Courier\nurl: https://www.coastalcourier.example/news/sea-wall\nlang: en\n---\n\n"
        "The town council voted on Tuesday evening to rebuild the northern sea wall after the storms.\n\n"
        "Work is due to start in May and to last about eighteen months, the council said.\n"
    )
    doc = clean(page)
    assert doc.input_format == "markdown"
    assert (doc.title, doc.published) == ("Sea wall to be rebuilt", "2024-03-12")
    assert (doc.author, doc.source) == ("Marta Lindqvist", "Coastal Courier")
    assert doc.url == "https://www.coastalcourier.example/news/sea-wall" and doc.language == "en"
    assert "title:" not in doc.text and doc.text.startswith("The town council voted")


def test_image_lines_and_link_lists_are_dropped_by_the_markup(doc):
    by_text = {b.text: b for b in doc.blocks}
    assert by_text["Coastal Courier"].kind == "image-alt"
    assert by_text["Waves breaking over the old sea wall in January"].kind == "image-alt"
    for item in MENU:
        assert by_text[item].kind is not None, item  # "Privacy policy" may go by the phrase books first
    for item in ("Home", "Business", "Weather"):
        assert (by_text[item].kind, by_text[item].by) == ("navigation", "markdown-structure"), item


def test_a_heading_between_kept_paragraphs_stays():
    paragraph = "The council said on Tuesday that the work on the new wall would start in the spring and last a year or more."
    lines = [f"[Link {i}](https://ex.com/{i}) and more words around it here" for i in range(12)]
    before = [paragraph.replace("council", f"council {i}") for i in range(6)]
    after = [paragraph.replace("council", f"board {i}") for i in range(6)]
    body = "\n\n".join([*before, "## Costs", *after])
    doc = clean("\n\n".join(lines[:6] + [body] + lines[6:]))
    assert doc.input_format == "markdown"
    assert "Costs" in doc.text.splitlines()


def test_markdown_steps_only_for_markdown_pages():
    settings = Settings()
    assert "markdown-structure" not in settings.step_names()
    assert "markdown-structure" not in pipeline_for(settings, "text").step_names()
    assert "markdown-structure" in pipeline_for(settings, "markdown").step_names()
    assert "markdown-structure" not in pipeline_for(Settings(markdown_steps=()), "markdown").step_names()
