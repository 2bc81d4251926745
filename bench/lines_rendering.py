"""A third plain-text rendering of the corpus, built here from each page's HTML.

The corpus ships two renderings (htmltext, inscriptis); scrapers in the wild
write others. This one is made the crude way many do: one line per block
element, each image's alt text as a line of its own, inline elements glued
exactly as the HTML writes them (no space added between ``<a>Home</a><a>News</a>``),
white space collapsed. declutter was never tuned on it, and its content model
is not trained on it: its score says how the rules and the model carry over to
a rendering they have not seen.
"""
from __future__ import annotations

import re

import lxml.html
from lxml import etree

NAME = "lines (bench-built)"
_BLOCK_TAGS = frozenset(
    "address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol option p pre section select summary "
    "table tbody td tfoot th thead tr ul".split()
)
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head"})
_SPACE = re.compile(r"\s+")


def render_lines(html: bytes) -> str:
    """The page's text as a line-per-block scrape, "" when the HTML cannot be parsed."""
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    pieces: list[str] = []
    title = root.findtext("head/title")
    if title:
        pieces.append(title + "\n")  # scrapers print the page title first
    _walk(root, pieces)
    lines = (_SPACE.sub(" ", line).strip() for line in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line)


def _walk(element, pieces: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""  # comments and processing instructions
    if tag in _SKIPPED_TAGS or not tag:
        pieces.append(element.tail or "")
        return
    block = tag in _BLOCK_TAGS
    if block:
        pieces.append("\n")
    if tag == "img" and element.get("alt"):
        pieces.append("\n" + element.get("alt") + "\n")
    pieces.append(element.text or "")
    for child in element:
        _walk(child, pieces)
    if block:
        pieces.append("\n")
    pieces.append(element.tail or "")
