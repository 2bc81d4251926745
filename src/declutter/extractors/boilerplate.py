"""Drop blocks whose wording the phrase books know (per kind, per language)."""
from __future__ import annotations

from ..document import Document
from .common import phrasebook_for


def label_boilerplate(doc: Document) -> Document:
    book = phrasebook_for(doc)
    kept = doc.kept_blocks
    for block, kind in zip(kept, book.kinds_of([b.text for b in kept], [b.bare for b in kept])):
        if kind:
            doc.drop(block, kind)
    return doc
