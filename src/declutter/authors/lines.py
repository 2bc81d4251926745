"""Bylines printed over two lines, the opener on one and the name on the next
("By" / "Jacob Wade", "Von" / "Patrick Czerny"), as pages that set the name
as a link print them in plain text."""
from __future__ import annotations

from declutter.authors.names import opener_alone, person_name, without_role
from declutter.blocks import Block
from declutter.document import Document
from declutter.kinds import Kind
from declutter.language.stopwords import stopwords_for
from declutter.phrases import PhraseBook


def label_split_byline(doc: Document, block: Block, book: PhraseBook) -> bool:
    """A byline's opener alone on its line and a person's name on the next: both
    lines are the byline, the name the author. Returns whether it was one."""
    if block.index + 1 >= len(doc.blocks) or not opener_alone(block.bare, book):
        return False
    below = doc.blocks[block.index + 1]
    name = below.kind is None and person_name(below.bare, book, stopwords_for(doc.language))
    if not name:
        return False
    doc.assign("author", without_role(name, book), "byline", below)
    doc.drop(block, Kind.BYLINE)
    doc.drop(below, Kind.BYLINE)
    return True
