"""Building Documents for unit tests of single extractors."""
from __future__ import annotations

from typing import Any

from declutter.blocks import split_blocks
from declutter.document import Document
from declutter.extractor import Extractor
from declutter.pipeline import run_pipeline
from declutter.settings import Settings


def make_doc(text: str, **fields: Any) -> Document:
    doc = Document(source_text=text, **fields)
    doc.blocks = split_blocks(text)
    return doc


def run(extractor: Extractor, doc: Document, settings: Settings | None = None) -> Document:
    """Run one extractor as the pipeline would (recording it as the decider)."""
    return run_pipeline(doc, settings or Settings(), [extractor])


def kinds(doc: Document) -> list[str | None]:
    return [b.kind for b in doc.blocks]
