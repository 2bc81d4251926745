"""The library's front door: ``clean(page) -> Document``."""
from __future__ import annotations

from .blocks import split_blocks
from .decode import decode_page
from .document import Document
from .errors import ConfigError
from .pipeline import run_pipeline
from .settings import Settings
from .sniff import input_kind

INPUT_FORMATS = ("html", "text")
# Metadata fields the HTML's own markup fills before the text extractors run.
_HTML_FIELDS = ("title", "author", "published", "source", "url", "description", "language", "image")
# For HTML, trafilatura has already chosen the main content; the plain-text
# content classifier (built for raw scrapes full of menus and teasers) only
# second-guesses it there, so the HTML path runs the pipeline without it.
HTML_SKIPS = ("content",)


def clean(
    page: str | bytes,
    *,
    url: str | None = None,
    settings: Settings | None = None,
    input_format: str | None = None,
) -> Document:
    """Clean one scraped page (plain text or HTML; bytes are decoded) into a Document.

    ``input_format`` forces "text" or "html"; by default it is detected from the content.
    """
    if input_format is not None and input_format not in INPUT_FORMATS:
        raise ConfigError(f"unknown input format {input_format!r}; choose html or text")
    settings = settings or Settings()
    text = decode_page(page)
    if input_kind(text, input_format) == "html":
        doc = _html_document(text, url, settings)
    else:
        doc = Document(source_text=text, settings=settings, url=url)
    if not doc.source_text.strip():
        doc.warnings.append("the page is empty" if not text.strip() else "no article text found in the page")
    doc.blocks = split_blocks(doc.source_text)
    return run_pipeline(doc)


def _html_document(markup: str, url: str | None, settings: Settings) -> Document:
    """A Document over the text extracted from ``markup``, its metadata already set.

    Metadata from the markup is set before the pipeline so that the text
    extractors, which only fill empty fields, keep it over their guesses.
    """
    from .html import extract_html

    extraction = extract_html(markup, url) if markup.strip() else None
    text = extraction.text if extraction else ""
    doc = Document(source_text=text, settings=settings.without(*HTML_SKIPS), input_format="html", html=markup, url=url)
    if extraction is None:
        return doc
    for name in _HTML_FIELDS:
        value = extraction.metadata.get(name)
        if value and not getattr(doc, name):
            setattr(doc, name, value)
    doc.tags = list(extraction.metadata.get("tags") or [])
    doc.warnings.extend(extraction.warnings)
    return doc

