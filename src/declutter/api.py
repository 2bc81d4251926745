"""The library's front door: ``clean(page) -> Document``."""
from __future__ import annotations

from .blocks import split_blocks
from .decode import decode_page
from .document import Document
from .pipeline import run_pipeline
from .settings import Settings


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
    settings = settings or Settings()
    text = decode_page(page)
    doc = Document(source_text=text, settings=settings, url=url)
    if not text.strip():
        doc.warnings.append("the page is empty")
    doc.blocks = split_blocks(text)
    return run_pipeline(doc)
