"""Tell markup from plain text by the page's content, never by its file name.

Scraped text can hold a stray "<" or even a quoted tag ("the <br> element"), so
one tag is no proof. A page is HTML when it opens like a document (a doctype,
<html>, <head>, <body>, an XML declaration or a comment before one of those),
or when known tags are dense in its first part: real markup has a tag on
nearly every line, text that mentions tags has a few in thousands of words.
"""
from __future__ import annotations

import re

# How much of the page is looked at: the markup's opening always shows here,
# and counting tags in more than this only costs time on big pages.
SAMPLE_CHARS = 20_000
# Tags that are HTML's own. A generic "<word>" would count "<sic>" or "<3".
_KNOWN_TAG = re.compile(
    r"</?(?:html|head|body|meta|link|title|script|style|div|span|p|a|br|hr|img|ul|ol|li|h[1-6]|"
    r"table|thead|tbody|tr|td|th|section|article|header|footer|nav|aside|main|figure|figcaption|"
    r"form|input|button|iframe|noscript|strong|em|b|i|blockquote|pre|code|time|picture|source|svg)"
    r"\b[^<>]{0,2000}>",
    re.I,
)
# The first thing a document can open with (leading comments are skipped).
_DOCUMENT_START = re.compile(r"(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|\?xml[^>]*>\s*(?:<!doctype\s+html|<html))", re.I | re.S)
# Without a document opening: at least this many known tags, and at least one
# for every few lines of the sample. Ten tags and one per three lines separate
# fragments such as "<div><p>...</p><p>...</p></div>" (many tags per line) from
# prose that quotes markup (a few tags in a long article).
MIN_TAGS = 10
MAX_LINES_PER_TAG = 3
# Markup closes what it opens; prose that names tags ("the <div> tag") rarely
# writes closing ones.
MIN_CLOSING = 3


def looks_like_html(text: str) -> bool:
    """Whether ``text`` (a decoded page) is markup rather than plain text."""
    sample = text[:SAMPLE_CHARS].lstrip("\ufeff \t\r\n")
    if not sample.startswith("<") and "<" not in sample[:2000] and sample.count("<") < MIN_TAGS:
        return False  # the common plain-text case, decided without a regex scan
    if _DOCUMENT_START.match(sample):
        return True
    # A tag with backslash-escaped quotes (<a href=\"...\">) is quoted inside a string
    # (a script's, a markdown link title's), not markup of the page.
    tags = [tag for tag in _KNOWN_TAG.findall(sample) if '\\"' not in tag]
    closing = sum(1 for tag in tags if tag.startswith("</"))
    lines = sample.count("\n") + 1
    return len(tags) >= MIN_TAGS and closing >= MIN_CLOSING and len(tags) * MAX_LINES_PER_TAG >= lines


def input_kind(text: str, forced: str | None = None) -> str:
    """"html", "markdown" or "text": ``forced`` when given, else what the content
    looks like. HTML is looked for first: markup may hold markdown-like text,
    never the other way round."""
    if forced is not None:
        return forced
    if text[:8].lstrip("\ufeff").startswith("---"):
        # Front matter opens markdown sources and some converters' renderings, never a
        # document; its values may quote markup (a description, a title with tags).
        from declutter.reading.markdown_front import front_matter

        if front_matter(text)[0] is not None:  # bounded by its line count, not by a sample
            return "markdown"
    if looks_like_html(text):
        return "html"
    from declutter.reading.markdown_detect import looks_like_markdown  # not loaded for an HTML page

    return "markdown" if looks_like_markdown(text) else "text"
