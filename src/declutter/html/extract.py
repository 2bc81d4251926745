"""HTML pages: the main text and the metadata, by trafilatura with readability's second opinion.

The markup is parsed once (trafilatura's loader, which repairs broken pages).
The metadata is read from that tree first; trafilatura works on a copy of it;
trafilatura's body is then corrected by body_filter (the article's lead put
back, link-only teasers and trailing headings out), with the page's tree as
evidence. readability is handed the tree itself afterwards (it edits it), and
only when trafilatura's text is empty or short. The result is plain text, one paragraph
per line, which then goes through the same block labelling as a plain-text
page. trafilatura and readability are imported inside the functions so
``import declutter`` stays fast.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from declutter.errors import InputError
from declutter.html.metadata import page_metadata

if TYPE_CHECKING:
    from lxml.etree import _Element as Element
    from lxml.html import HtmlElement
    from trafilatura.settings import Document as Extracted

# Block-level elements: each starts a new line in readability's summary.
_BLOCK_TAGS = frozenset((
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "td", "th",
    "dd", "dt", "figcaption", "section", "article", "header", "footer", "ul", "ol", "table", "br",
))
# Elements whose text is never shown (and comments, whose tag is not a string).
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template"})
_SPACE = re.compile(r"[^\S\n]+")
# trafilatura runs in its fast mode, which skips its own comparison with a
# readability port on every page (about 6 ms a page, more than everything
# else declutter adds). Instead readability-lxml is asked only when
# trafilatura's text is doubtful, shorter than this: most articles in the eval
# corpus have well over 1000 characters, teasers and cookie banners fewer.
DOUBTFUL_TEXT = 1000
# ... and its text replaces trafilatura's only when it is this many times
# longer: readability then found an article trafilatura missed. With less, the
# two mostly found the same thing and trafilatura's is the more precise.
# Measured on the eval corpus (F1): fast alone 0.919; with this fallback 0.924
# (it runs on 12% of pages); the default slow mode 0.925.
LONGER_FACTOR = 3.0


@dataclass
class Extraction:
    """What the HTML path found: the article's text and the page's metadata."""

    text: str
    metadata: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def extract_html(markup: str, url: str | None = None) -> Extraction:
    """The main text (one paragraph per line) and the metadata of an HTML page."""
    tree = _parse(markup)
    metadata = page_metadata(tree, url)  # before readability, which edits the tree
    result = _trafilatura(tree, url)
    text = _refined_text(result, tree) if result is not None else ""
    warnings: list[str] = []
    if len(text) < DOUBTFUL_TEXT:
        second = readability_text(tree, url)
        if len(second) >= max(LONGER_FACTOR * len(text), 1):
            text = second
            warnings.append("trafilatura found little text; used readability's extraction")
    return Extraction(text=text, metadata=metadata, warnings=warnings)


def _parse(markup: str) -> HtmlElement:
    """The page's tree. trafilatura's loader refuses fragments ("<div>...</div>"
    without <html>), which lxml wraps in a document of their own."""
    from lxml import etree
    from lxml.html import document_fromstring
    from trafilatura.utils import load_html

    tree = load_html(markup)
    if tree is not None:
        return tree
    try:
        return document_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"not an HTML page: the markup cannot be parsed ({exc})") from None


def _trafilatura(tree: HtmlElement, url: str | None) -> Extracted | dict[str, Any] | None:
    """trafilatura's document (text and metadata), or None when it found nothing.

    Fast mode: see DOUBTFUL_TEXT. Comments are left out (they are not the
    article; on the eval corpus this also scores better); tables are kept
    (data tables are part of many articles). Metadata is read separately
    (metadata.py), more cheaply.
    """
    from trafilatura import bare_extraction

    # output_format="xml": the body tree only, not also rendered as text
    # (body_filter may change the body; _refined_text renders it once).
    return bare_extraction(tree, url=url, fast=True, include_comments=False, include_tables=True, output_format="xml")


def _refined_text(result: Extracted | dict[str, Any], tree: HtmlElement) -> str:
    """trafilatura's text after body_filter's second thoughts on its body (lead put
    back, link-only teasers and trailing headings out), one paragraph per line."""
    from trafilatura.xml import xmltotxt

    from declutter.html.body_filter import refine_body

    body = getattr(result, "body", None)
    if body is None:
        return ""
    refine_body(body, tree)
    return xmltotxt(body, False)


def readability_text(tree: HtmlElement, url: str | None = None) -> str:
    """readability-lxml's main content as text, one block per line.

    readability drops hidden elements from the tree it is given, so it must
    come after trafilatura (which worked on its own copy).
    """
    from lxml import html as lxml_html
    from readability import Document as Readability

    try:
        summary = Readability(tree, url=url).summary(html_partial=True)
        if not summary.strip():
            return ""
        # lxml asserts on a summary without a body ("<html></html>" from a page of only "<html>").
        fragment = lxml_html.fragment_fromstring(summary, create_parent="div")
    except Exception:  # readability raises its own Unparseable and lxml errors (and assertions) on odd pages
        return ""
    return html_to_lines(fragment)


def html_to_lines(element: Element) -> str:
    """The text of an element, one line per block-level element, spaces normalised.

    Reads the tree instead of editing it (lxml refuses to write back text with
    the control characters some pages carry), with a stack instead of
    recursion (pages nest deeper than Python's recursion limit).
    """
    pieces: list[str] = []
    stack: list[tuple[str, Any, bool]] = [("node", element, False)]  # (what, a node or a text, with its tail)
    while stack:
        what, item, with_tail = stack.pop()
        if what == "text":
            pieces.append(item)
            continue
        shown = isinstance(item.tag, str) and item.tag not in _SKIP_TAGS
        newline = "\n" if shown and item.tag in _BLOCK_TAGS else ""
        stack.append(("text", (item.tail or "") if with_tail else "", False))
        stack.append(("text", newline, False))
        if shown:
            stack.extend(("node", child, True) for child in reversed(item))
            stack.append(("text", newline + (item.text or ""), False))
    lines = (_SPACE.sub(" ", line).strip() for line in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line)
