"""Drop blocks whose wording the phrase books know (per kind, per language)."""
from __future__ import annotations

from ..document import Document
from .common import phrasebook_for


def label_boilerplate(doc: Document) -> Document:
    book = phrasebook_for(doc)
    for block in doc.blocks:
        if block.kept:
            kind = book.kind_of(block.text)
            if kind:
                doc.drop(block, kind)
    return doc
