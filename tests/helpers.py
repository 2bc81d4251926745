"""Building Documents for unit tests of single extractors."""
from __future__ import annotations

from declutter.blocks import split_blocks
from declutter.document import Document
from declutter.settings import Settings


def make_doc(text: str, settings: Settings | None = None, **fields) -> Document:
    doc = Document(source_text=text, settings=settings or Settings(), **fields)
    doc.blocks = split_blocks(text)
    return doc


def run(extractor, doc: Document, name: str = "test") -> Document:
    doc.extractor = name
    return extractor(doc) or doc


def kinds(doc: Document) -> list[str | None]:
    return [b.kind for b in doc.blocks]
