"""Bylines printed over two lines, the opener on one and the name on the next
("By" / "Jacob Wade", "Von" / "Patrick Czerny"), as pages that set the name
as a link print them in plain text."""
from __future__ import annotations

from declutter.authors.names import MIN_NAME_WORDS, opener_alone, person_name, without_role
from declutter.blocks import Block
from declutter.content.blockwords import BlockWords
from declutter.document import Document
from declutter.kinds import Kind
from declutter.language.stopwords import stopwords_for
from declutter.phrases import PhraseBook

# A byline's opener alone on its line has this many words at most: "By", "Written by", "Propos recueillis par".
MAX_OPENER_WORDS = 3


def label_split_byline(doc: Document, block: Block, book: PhraseBook, counts: BlockWords) -> bool:
    """A byline's opener alone on its line and a person's name on the next: both
    lines are the byline, the name the author. Returns whether it was one."""
    below_at = block.index + 1
    # The name has two words at least and no digit: the page's ``counts`` tell,
    # before the opener's pattern is tried, for half the short lines.
    if below_at >= len(doc.blocks) or counts.words[below_at] < MIN_NAME_WORDS or counts.digits[below_at]:
        return False
    if not opener_alone(block.bare, book):
        return False
    below = doc.blocks[block.index + 1]
    name = below.kind is None and person_name(below.bare, book, stopwords_for(doc.language))
    if not name:
        return False
    doc.assign("author", without_role(name, book), "byline", below)
    doc.drop(block, Kind.BYLINE)
    doc.drop(below, Kind.BYLINE)
    return True
