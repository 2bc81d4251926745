"""Where a line stands in a rendering of the page's layout: opening a block after a blank line, or going on with one.

A renderer that lays a page out as text (inscriptis, lynx or w3m -dump,
html2text, a browser's copy) prints a blank line around each block-level
element: a heading, a paragraph, a list. The page's h1 is one of them and
opens its block after a blank line. A line right under a non-blank one goes
on with a larger block: a list's next item (a teaser's title), a table's
row, a caption's or a form's second line. On renderings without the page's
<title> line the weaker title rules (a line over a byline, over the
article, printed twice) took such lines as often as the headline (bench
meta, inscriptis: 11 right, 12 wrong; 5 of the right ones a breadcrumb
trail's last step, which names the page wherever it stands).
"""
from __future__ import annotations

import re

from declutter.blocks import Block
from declutter.document import Document
from declutter.titles.evidence import first_line, headline_text
from declutter.titles.line import page_title_line

# A numbered step of a trail or a list ("3. Headline"), its number read.
_NUMBERED = re.compile(r"(\d{1,2})\.\s")

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


def continues_a_block(source_text: str, block: Block) -> bool:
    """Whether a non-blank line stands right over ``block``'s line: it goes on
    with the block that line opened. A heading opens its block; the lines under
    it may be its own (a byline, a date line printed with it as the article's
    header, as scrapes of one line per element print it)."""
    start = source_text.rfind("\n", 0, block.start)
    return start > 0 and bool(source_text[source_text.rfind("\n", 0, start) + 1 : start].strip())


def set_apart_as_headline(doc: Document, block: Block) -> bool:
    """Whether ``block`` may be the headline by where it stands: always on a page that
    opens with its <title> line (whose agreement decides) or that prints no blank
    lines between its blocks; else only when blank lines set it apart."""
    if page_title_line(doc) is not None or first_line(doc) is not None or breadcrumbs_last_step(doc, block):
        return True
    return not sets_blocks_apart(doc.source_text) or not continues_a_block(doc.source_text, block)


def breadcrumbs_last_step(doc: Document, block: Block) -> bool:
    """Whether ``block`` ends a breadcrumb trail, which names the page it is on: a
    trail printed on one line ("home / IT / Headline"), or a numbered step
    under the step before it ("2. News", "3. Headline"), as a rendering of an
    ordered list prints a trail (bench meta, inscriptis: 5 right titles of 6
    such lines glued to their neighbours)."""
    if headline_text(block.text) != block.text:
        return True
    step = _NUMBERED.match(block.text)
    above = doc.blocks[block.index - 1] if block.index else None
    return step is not None and above is not None and above.text.startswith(f"{int(step.group(1)) - 1}. ")
