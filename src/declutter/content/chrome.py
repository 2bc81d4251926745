"""Short lines inside the page's chrome: a box's button, a consent dialog's.

The rules drop a donation box's or a newsletter box's sentences, a cookie
notice, a menu, a teaser section; a button of such a box
("Don mensuel", "Abonnieren", "Aceptar y cerrar") is left over, and on a
short page the content classifier, which does not run there, never sees it.
A line of a few words whose neighbours on both sides are such chrome is the
chrome's: looked for after the classifier (which reads the page as the rules
left it: dropping such lines first moved its article's edges on corpus
pages) and on short pages. A picture's caption and an ad marker are left
out, and so are a live blog's stamps and share links: a subheading stands
between them and the article's paragraphs.
"""
from __future__ import annotations

from declutter.content.blockwords import block_words
from declutter.document import Document
from declutter.kinds import Kind

# What the rules drop that is the page's chrome, around the article or inside it.
_CHROME = frozenset({
    Kind.NAVIGATION, Kind.NEWSLETTER, Kind.DONATION_APPEAL, Kind.PROMO,
    Kind.RELATED_TEASERS, Kind.COMMENTS_WIDGET, Kind.COOKIE_NOTICE, Kind.APP_BANNER, Kind.COPYRIGHT,
})


def drop_chrome_fragments(doc: Document, max_words: int) -> None:
    """Drop the kept lines of at most ``max_words`` words standing between two of the rules' chrome drops."""
    blocks = doc.blocks
    inside = [
        block for before, block, after, words in zip(blocks, blocks[1:], blocks[2:], block_words(doc).words[1:])
        if block.kind is None and words <= max_words and before.kind in _CHROME and after.kind in _CHROME
    ]
    for block in inside:
        doc.drop(block, Kind.SHORT_FRAGMENT)
