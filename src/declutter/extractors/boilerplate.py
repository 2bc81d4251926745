"""Drop blocks whose wording the phrase books know (per kind, per language)."""
from __future__ import annotations

from itertools import compress

from ..document import Document
from .common import phrasebook_for

# doc.evidence key: block index -> the section it is the heading of (or None),
# for the blocks this step read; the related extractor reads it instead of
# matching every line against the headings again (phrasebook.kinds_and_sections).
SECTIONS = "sections"


def label_boilerplate(doc: Document) -> Document:
    book = phrasebook_for(doc)
    kept = doc.kept_blocks
    kinds, sections = book.kinds_and_sections([b.text for b in kept], [b.bare for b in kept])
    doc.evidence[SECTIONS] = dict(zip([b.index for b in kept], sections))
    for block, kind in zip(compress(kept, kinds), filter(None, kinds)):  # the few with a kind, picked out in C
        doc.drop(block, kind)
    return doc
