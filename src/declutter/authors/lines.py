"""Bylines printed over two lines, the opener on one and the name on the next
("By" / "Jacob Wade", "Von" / "Patrick Czerny"), as pages that set the name
as a link print them in plain text; and bylines printed on a date line
("By Jane Doe | 4 May 2020", "12. Mai 2022 von Erika Muster")."""
from __future__ import annotations

import itertools
import re

from declutter.authors.names import MIN_NAME_WORDS, opener_alone, person_name, without_role
from declutter.blocks import Block, edge_stripped
from declutter.content.blockwords import BlockWords
from declutter.document import Document
from declutter.kinds import Kind
from declutter.language.stopwords import stopwords_for
from declutter.phrases import PhraseBook
from declutter.phrases.bylines import byline_names
from declutter.phrases.dates import DateMatch

# A byline's opener alone on its line has this many words at most: "By", "Written by", "Propos recueillis par".
MAX_OPENER_WORDS = 3
# Where a word starts: a byline's words may follow a date or a label on its line.
_WORD_START = re.compile(r"(?<!\w)(?=[^\W\d_])")


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


def label_dated_byline(doc: Document, block: Block, dates: list[DateMatch], book: PhraseBook) -> bool:
    """Take the author of a byline printed with its date, before it ("By Jane Doe
    | 4 May 2020", "ABO+ Par Jean Dupont 19.11.2019") or after it ("12. Mai 2022
    von Erika Muster", "July 24, 2019 by Jane Doe 5 Comments"): the byline's
    words start a word of the line before its first date or after its last
    (the words glued to them are the line's other parts). Returns whether a
    byline was found."""
    text = block.text
    before, after = text[: dates[0].start], text[dates[-1].end :]
    # Before the date the byline opens the line ("Christoph von Ritter 24. April
    # 2020" names no "Ritter"); after it, a time's word may come first ("11:30 Uhr von ...").
    starts = [m.start() for m in itertools.islice(_WORD_START.finditer(after), 2)]
    for part, at in ((edge_stripped(before), 0), *((after, start) for start in starts)):
        match = book.byline.match(part[at:])
        if match:
            named = byline_names(match, book, stopwords_for(doc.language), dated=True)
            if named is not None:
                doc.assign("author", without_role(named[0], book), "byline", block)
            return True
    return False
