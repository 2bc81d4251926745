"""Where a line stands in a rendering of the page's layout: set apart by blank lines or glued to its neighbours.

A renderer that lays a page out as text (inscriptis, lynx or w3m -dump,
html2text, a browser's copy) prints a blank line around each block-level
element: a heading, a paragraph, a list. The page's h1 is one of them and
stands between blank lines. A line with a non-blank line right over or under
it is a piece of a larger block: a teaser's title over its summary in a
list, a table's row, a caption's or a form's line, a menu's item. On
renderings without the page's <title> line the weaker title rules (a line
over a byline, over the article, printed twice) took such lines as often as
the headline (bench meta, inscriptis: 12 right, 17 wrong).
"""
from __future__ import annotations

from declutter.blocks import Block
from declutter.document import Document
from declutter.titles.evidence import first_line
from declutter.titles.line import page_title_line

# A page sets its blocks apart with blank lines when at least this share of
# its line breaks open a blank line (eval corpus: htmltext and inscriptis
# renderings about a quarter; a scrape of one line per block has none, and
# there every line has neighbours, which says nothing).
BLANK_LINE_SHARE = 0.1


def sets_blocks_apart(source_text: str) -> bool:
    """Whether the page prints blank lines between its blocks (BLANK_LINE_SHARE of its line breaks)."""
    lines = source_text.strip("\n").split("\n")
    blank = sum(1 for line in lines if not line.strip())
    return len(lines) > 1 and blank >= BLANK_LINE_SHARE * (len(lines) - 1)


def glued_to_neighbours(source_text: str, block: Block) -> bool:
    """Whether ``block``'s line has a non-blank line right over or under it (a
    page's first and last lines have none beyond the text's ends)."""
    start = source_text.rfind("\n", 0, block.start)
    if start > 0 and source_text[source_text.rfind("\n", 0, start) + 1 : start].strip():
        return True
    end = source_text.find("\n", block.end)
    if end < 0:
        return False
    following = source_text.find("\n", end + 1)
    return bool(source_text[end + 1 : following if following >= 0 else len(source_text)].strip())



def set_apart_as_headline(doc: Document, block: Block) -> bool:
    """Whether ``block`` may be the headline by where it stands: always on a page that
    opens with its <title> line (whose agreement decides) or that prints no blank
    lines between its blocks; else only when blank lines set it apart."""
    if page_title_line(doc) is not None or first_line(doc) is not None:
        return True
    return not sets_blocks_apart(doc.source_text) or not glued_to_neighbours(doc.source_text, block)
