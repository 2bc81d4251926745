"""A title line whose headline is its shorter part: "Need for Speed –
Insubordinantes Denken", "OUTDOOR LOVERS | iloveponysmag.com", "Johannes |
ohneQ Podcast". Blogs and small sites title a page "Headline | Site Name"
with a site's name longer than the post's headline, which the title line's
readings (titles/line.py's title_parts: the headline is the longer part) do
not name. Its copy tells it: the opening part printed again as a line of its
own that opens its article (a date line, a byline or prose under it), which
its article is about.
"""
from __future__ import annotations

from rapidfuzz import utils

from declutter.blocks import MAX_NAME_WORDS, Block, edge_stripped
from declutter.document import Document
from declutter.titles.evidence import TitleTest
from declutter.titles.line import title_separated
from declutter.titles.page_title import opens_article


def opening_part_copy(doc: Document, first: Block, article_index: int, titled: TitleTest) -> tuple[str, Block] | None:
    """The opening part of the title line ``first``, no longer than the rest of it
    (a site's name of at most MAX_NAME_WORDS words),
    printed again as a line that opens its article and that ``titled`` takes,
    over the article's first paragraph (``article_index``; under it, it is a
    teaser's, a shop's or a footer's line), when no other part of the line is
    printed again as a line (a logo's: which part is the headline is then not
    known). Bench meta, htmltext: copies anywhere gave 16 titles right and 7
    wrong, over the article's first paragraph 14 and 3, with no other part
    printed again 12 and 2."""
    parts = [edge_stripped(part) for part in title_separated(first.text)]
    rest = " - ".join(parts[1:])
    # A rest of more words than a site's name goes on with the headline: the opening part is its kicker.
    if len(parts) < 2 or not parts[0] or len(parts[0]) > len(rest) or len(rest.split()) > MAX_NAME_WORDS:
        return None
    opening = utils.default_process(parts[0])
    others = {utils.default_process(part) for part in parts[1:] if part} - {opening}
    copy: Block | None = None
    other_printed = False
    longest = 2 * max(len(part) for part in parts) + 2  # a line printing a part with marks around it
    for block in doc.blocks[first.index + 1 :]:
        if len(block.bare) > longest:
            continue  # most lines: longer than any part, no processing
        processed = utils.default_process(block.bare)
        if processed in others:
            other_printed = True
        elif processed == opening and block.index < article_index and opens_article(doc, block) and titled(block):
            if copy is None or abs(article_index - block.index) < abs(article_index - copy.index):
                copy = block
    if copy is None or other_printed:
        return None
    return copy.bare, copy
