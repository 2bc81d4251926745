"""The lines that stand between a headline and its byline or date line: a
name's line (the author's, the source's) and a deck (standfirst); and the
menu over a headline. The headline extractor looks past them.
"""
from __future__ import annotations

import re

from declutter.blocks import SENTENCE_END, Block, at_most_words
from declutter.document import Document
from declutter.kinds import Kind
from declutter.titles.evidence import LIST_MARKS, PROSE_WORDS, content_words

_DIGIT = re.compile(r"\d")
# A line of a name between a headline and its date line: an author's, a
# source's ("Anna Hoffmann", "Tagesspiegel", "The Daily Courier"), whose
# lower-case words are particles ("de", "von") of at most NAME_PARTICLE_CHARS.
NAME_LINE_WORDS = 3
NAME_PARTICLE_CHARS = 3
# A deck (standfirst) between a headline and its date line is a sentence of
# more than DECK_FEWEST_WORDS words (a caption's credit or a label is
# shorter) and at most DECK_MOST_WORDS (the article's paragraphs run longer).
DECK_FEWEST_WORDS = 8
DECK_MOST_WORDS = 60
# A menu's label has at most this many words ("Olympia", "Meldungen aus dem DWI").
MENU_LABEL_WORDS = 4


def name_line(block: Block) -> bool:
    """A line of a name alone ("Anna Hoffmann", "Tagesspiegel"): a few capitalised
    words (a particle aside), no digit, no sentence's or label's mark. A longer
    line or one of lower-case words is another headline ("Netzpolitik als
    US-Wahlkampfthema"), whose own meta line this is."""
    text = block.text
    return (
        block.kind is None and text[:1].isupper() and at_most_words(text, NAME_LINE_WORDS)
        and not text.endswith(SENTENCE_END) and ":" not in text and not _DIGIT.search(text)
        and all(w[:1].isupper() or len(w) <= NAME_PARTICLE_CHARS for w in text.split())
    )


def deck_under(headline: Block, block: Block) -> bool:
    """A standfirst under ``headline``: a sentence of prose that prints one of its
    content words at least (a deck retells its headline; a teaser list's
    summary under another line need not)."""
    if block.kind is not None or not block.text.endswith(SENTENCE_END):
        return False
    if at_most_words(block.text, DECK_FEWEST_WORDS) or not at_most_words(block.text, DECK_MOST_WORDS):
        return False
    folded = block.text.casefold()
    return any(word in folded for word in content_words(headline.text))


def past_the_menu(doc: Document, candidates: list[Block], words: list[int], search_blocks: int) -> list[Block]:
    """The candidates within ``search_blocks``, and further down those under a
    menu's line (menu_line) over which the page prints no prose yet: a
    rendering of the layout prints menus of a hundred lines and more over the
    headline (bench meta, inscriptis: title right 36.5% -> 39.0%, wrong 7.5%
    -> 7.9%; past search_blocks without these tests 10.1% wrong)."""
    first_prose = first_prose_index(doc, words, labelled=True)
    return [
        b for b in candidates
        if b.index < search_blocks or (b.index < first_prose and menu_line(doc.blocks[b.index - 1], words[b.index - 1]))
    ]


def menu_line(block: Block, words: int) -> bool:
    """Whether ``block`` (``words`` of it) is a menu's line: an item ("* Kontakt"),
    or a label of a few words ("Olympia", "Meldungen aus dem DWI") without a
    headline's "Kicker: " part. A longer line is another headline or a
    paragraph, and the line under it its deck or subheading."""
    return block.text.startswith(LIST_MARKS) or (words <= MENU_LABEL_WORDS and ": " not in block.text)


def first_prose_index(doc: Document, words: list[int], labelled: bool = False) -> int:
    """The index of the page's first line of prose (a sentence of more than
    PROSE_WORDS words: ``words`` counts each block's), of those no earlier
    step labelled unless ``labelled``; past the last block if none."""
    return next(
        (
            b.index for b in doc.blocks
            if (labelled or b.kind is None) and words[b.index] > PROSE_WORDS and b.text.endswith(SENTENCE_END)
        ),
        len(doc.blocks),
    )


def under_second_header(doc: Document, headline: Block, paragraph: Block) -> bool:
    """Whether the byline or date line between ``headline`` and the article's
    first paragraph is a second copy of one printed above, under another line
    than ``headline``: a page that prints its header twice (one layout's and
    another's) may print the headline over the first copy only and a photo's
    caption over the second ("Texas State Capitol" / "by: Jane Doe"). The
    line over the second copy is then no headline (a page printing its whole
    header twice prints the headline over both copies)."""
    meta = next((b for b in doc.blocks[headline.index + 1 : paragraph.index] if b.kind in _META_KINDS), None)
    if meta is None:
        return False
    first = next((b for b in doc.blocks[: headline.index] if b.kind in _META_KINDS and b.bare == meta.bare), None)
    if first is None:
        return False
    # The first copy's run of meta lines (a byline, a date line) starts under its headline.
    top = first.index
    while top > 0 and doc.blocks[top - 1].kind in _META_KINDS:
        top -= 1
    return top == 0 or doc.blocks[top - 1].bare != headline.bare


# The meta lines printed under a headline, both copies of a header's labelled alike.
_META_KINDS = (Kind.BYLINE, Kind.DATELINE)
