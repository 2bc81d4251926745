"""The title line's headline printed again with its marks changed: typographic
quotes for straight ones, a dash for a hyphen, other case ("Warum ich lieber
"Bauchgeburt" statt Kaiserschnitt sage." under "Warum ich lieber „Bauchgeburt“
statt Kaiserschnitt sage. - Site"), in a line an earlier step labelled (a
widget's, the boilerplate's), which the headline extractor's candidates leave out.
"""
from __future__ import annotations

from rapidfuzz import utils

from declutter.blocks import Block, at_most_words
from declutter.document import Document
from declutter.titles.evidence import MIN_HEADLINE_PART_WORDS, TitleTest
from declutter.titles.line import title_parts
from declutter.titles.page_title import opens_article


def loose_copy(doc: Document, first: Block, article_index: int, titled: TitleTest) -> tuple[str, Block] | None:
    """The line over the article's first paragraph (``article_index``) that prints the title
    line ``first`` or a reading's headline, marks and case aside (as rapidfuzz's processor
    leaves them), of MIN_HEADLINE_PART_WORDS words at least, opening its article and taken
    by ``titled``: its own text is the title (bench meta, htmltext: 1 title right, none wrong)."""
    heads = {utils.default_process(head) for head, _ in ((first.text, None), *title_parts(first.text))}
    heads = {head for head in heads if not at_most_words(head, MIN_HEADLINE_PART_WORDS - 1)}
    if not heads:
        return None
    longest = max(len(head) for head in heads) + len(heads)  # a processed line is no longer than its text
    for block in doc.blocks[first.index + 1 : article_index]:
        if len(block.bare) > 2 * longest or utils.default_process(block.bare) not in heads:
            continue
        if opens_article(doc, block) and titled(block):
            return block.text.strip(), block
    return None
