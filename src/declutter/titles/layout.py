"""A rendering of the page's layout (inscriptis) indents each line by its
element's nesting and prints a blank line at a block element's margins: the
h1 stands alone between blank lines there, while a line glued to the lines
over or under it is a kicker's, a teaser's, a widget's or a list's. Pages not
laid out so (plain lines, scrapes that print the <title> first, generated
pages that glue a kicker over the headline) say nothing by their blank lines.
"""
from __future__ import annotations

from declutter.blocks import Block
from declutter.document import Document

# A layout's share of indented lines: on the eval corpus' text pages,
# inscriptis indents most lines of a page (its first line alone on 865 pages
# in 990), htmltext none (flush_left's figures); a page of a few indented
# lines (a quote, a code block) is not laid out.
INDENTED_SHARE = 0.5
# ... and its share of lines with a blank line over them: a plain page of
# lines with no blank line between (feeds, generated pages) has none.
PARTED_SHARE = 0.1


def glued_in_layout(doc: Document, block: Block) -> bool:
    """Whether ``block`` has no blank line over it or under it on a page laid
    out with indentation and blank lines: on such pages the weaker title
    rules' line, glued so, was a deck's, a teaser's or a section's more often
    than the headline (bench meta, inscriptis: title right 40.2% -> 39.5%,
    wrong 7.7% -> 6.0%; ids 0-7 right 178 -> 174, wrong 27 -> 21; ids 8-f
    right 178 -> 176, wrong 41 -> 32)."""
    return not stands_alone(doc, block) and laid_out(doc)


def laid_out(doc: Document) -> bool:
    """Whether ``doc`` reads as a rendering of the layout: most lines indented,
    some parted from the line over them by a blank line."""
    blocks, text = doc.blocks, doc.source_text
    if len(blocks) < 2:
        return False
    indented = sum(1 for b in blocks if b.start and text[b.start - 1] in " \t")
    if indented < INDENTED_SHARE * len(blocks):
        return False
    parted = sum(1 for over, under in zip(blocks, blocks[1:]) if under.line - over.line > 1)
    return parted >= PARTED_SHARE * len(blocks)


def stands_alone(doc: Document, block: Block) -> bool:
    """Whether a blank line (or the page's edge) stands over ``block`` and under it."""
    blocks = doc.blocks
    over = blocks[block.index - 1] if block.index else None
    under = blocks[block.index + 1] if block.index + 1 < len(blocks) else None
    return (over is None or block.line - over.line > 1) and (under is None or under.line - block.line > 1)
