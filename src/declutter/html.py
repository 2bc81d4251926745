"""HTML pages: the main text and the metadata, by trafilatura with readability's second opinion.

The markup is parsed once (trafilatura's loader, which repairs broken pages);
trafilatura works on a copy of that tree and readability is handed the tree
itself afterwards, and only when trafilatura's text is empty, short or looks
doubtful. The result is plain text, one paragraph per line, which then goes
through the same block labelling as a plain-text page. trafilatura and
readability are imported inside the functions so ``import declutter`` stays fast.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .errors import InputError

# Block-level elements: each starts a new line in readability's summary.
_BLOCK_TAGS = frozenset((
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "td", "th",
    "dd", "dt", "figcaption", "section", "article", "header", "footer", "ul", "ol", "table", "br",
))
# Elements whose text is never shown (and comments, whose tag is not a string).
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template"})
_SPACE = re.compile(r"[^\S\n]+")
# trafilatura's text is doubtful below this many characters: a teaser, a
# caption or a cookie banner rather than an article (most articles in the eval
# corpus have well over 1000 characters; its shortest real ones have ~250).
SHORT_TEXT = 250
# readability's text replaces trafilatura's when it is this many times longer
# and trafilatura's is short: readability then found the article trafilatura
# missed. Below that, the two mostly agree and trafilatura is the more precise.
LONGER_FACTOR = 2.0


@dataclass
class Extraction:
    """What the HTML path found: the article's text and the page's metadata."""

    text: str
    metadata: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def extract_html(markup: str, url: str | None = None) -> Extraction:
    """The main text (one paragraph per line) and the metadata of an HTML page."""
    tree = _parse(markup)
    result = _trafilatura(tree, url)
    text = result.text if result is not None else ""
    metadata = _metadata(result) if result is not None else {}
    warnings: list[str] = []
    if len(text) < SHORT_TEXT:
        # readability is asked only now: it costs about as much as trafilatura.
        second = readability_text(tree, url)
        if len(second) >= max(LONGER_FACTOR * len(text), 1):
            text = second
            warnings.append("trafilatura found little text; used readability's extraction")
    if not metadata.get("title"):
        metadata["title"] = _page_title(tree)
    return Extraction(text=text, metadata=metadata, warnings=warnings)


def _parse(markup: str):
    from trafilatura.utils import load_html

    tree = load_html(markup)
    if tree is None:
        raise InputError("not an HTML page: the markup cannot be parsed")
    return tree


def _trafilatura(tree, url: str | None):
    """trafilatura's document (text and metadata), or None when it found nothing.

    Comments are left out (they are not the article); tables are kept (data
    tables are part of many articles).
    """
    from trafilatura import bare_extraction

    return bare_extraction(tree, url=url, with_metadata=True, include_comments=False, include_tables=True)


def _metadata(result) -> dict[str, Any]:
    """trafilatura's metadata under declutter's names (ISO dates, lists for tags)."""
    tags = list(dict.fromkeys([*(result.categories or []), *(result.tags or [])]))
    return {
        "title": result.title,
        "author": result.author,
        "published": result.date,
        "source": result.sitename or result.hostname,
        "url": result.url,
        "description": result.description,
        "language": result.language,
        "image": result.image,
        "tags": [t for t in tags if t],
    }


def readability_text(tree, url: str | None = None) -> str:
    """readability-lxml's main content as text, one block per line.

    readability drops hidden elements from the tree it is given, so it must
    come after trafilatura (which worked on its own copy).
    """
    from lxml import html as lxml_html
    from readability import Document as Readability

    try:
        summary = Readability(tree, url=url).summary(html_partial=True)
    except Exception:  # readability raises its own Unparseable and lxml errors on odd pages
        return ""
    return html_to_lines(lxml_html.fragment_fromstring(summary, create_parent="div")) if summary.strip() else ""


def html_to_lines(element) -> str:
    """The text of an element, one line per block-level element, spaces normalised.

    Reads the tree instead of editing it (lxml refuses to write back text with
    the control characters some pages carry), with a stack instead of
    recursion (pages nest deeper than Python's recursion limit).
    """
    pieces: list[str] = []
    stack: list = [("node", element, False)]
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


def _page_title(tree) -> str | None:
    titles = tree.xpath("//title/text()")
    title = _SPACE.sub(" ", titles[0]).strip() if titles else ""
    return title or None
