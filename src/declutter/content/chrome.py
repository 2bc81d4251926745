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

A template's label or button printed more than once on the page ("Subscribe
for unlimited access" under each paywall box, "Watch: the moment it
happened" over each video) is chrome too, wherever it stands: an article says
a line once, and a line said twice without a sentence's end is not a quote.
"""
from __future__ import annotations

from declutter.blocks import SENTENCE_END, Block
from declutter.content.blockwords import block_words
from declutter.content.lists import amount_item, list_mark
from declutter.content.options import ContentSettings
from declutter.document import Document
from declutter.kinds import Kind

# What the rules drop that is the page's chrome, around the article or inside it.
_CHROME = frozenset({
    Kind.NAVIGATION, Kind.NEWSLETTER, Kind.DONATION_APPEAL, Kind.PROMO,
    Kind.RELATED_TEASERS, Kind.COMMENTS_WIDGET, Kind.COOKIE_NOTICE, Kind.APP_BANNER, Kind.COPYRIGHT,
})
# A label's line does not end like a sentence, nor like a heading over its steps.
_LABEL_ENDS = (*SENTENCE_END, ":")


def drop_chrome_fragments(doc: Document, max_words: int) -> None:
    """Drop the kept lines of at most ``max_words`` words standing between two of the rules' chrome drops."""
    blocks = doc.blocks
    inside = [
        block for before, block, after, words in zip(blocks, blocks[1:], blocks[2:], block_words(doc).words[1:])
        if block.kind is None and words <= max_words and before.kind in _CHROME and after.kind in _CHROME
    ]
    for block in inside:
        doc.drop(block, Kind.SHORT_FRAGMENT)


def without_repeated_labels(
    keep: list[bool], blocks: list[Block], candidates: list[Block], words: list[int], opts: ContentSettings
) -> list[bool]:
    """Drop the kept lines of at most ``label_words`` words, not ending like a
    sentence or a heading over its steps ("On Windows 8:"), nor marked as a
    list's item or an amount (an ingredient), said more than once on the page
    (``blocks``: the page's blocks, the rules' drops too), each time right
    beside a line the rules dropped (a box's, a player's). A page printing its
    article twice (a recipe and its print version) repeats its ingredients and
    steps next to each other, not beside the rules' drops."""
    labels = [
        i for i, (kept, block, count) in enumerate(zip(keep, candidates, words))
        if kept and count <= opts.label_words and not block.text.endswith(_LABEL_ENDS)
        and list_mark(block.text) is None and not amount_item(block)
    ]
    if not labels:
        return keep
    said: dict[str, list[int]] = {candidates[i].text: [] for i in labels}  # where each label stands on the page
    # Only the page's lines as long as a label can be one: most are longer paragraphs.
    lengths = {len(text) for text in said}
    for at, block in enumerate(blocks):
        if len(block.text) in lengths and block.text in said:
            said[block.text].append(at)
    keep = list(keep)
    for i in labels:
        places = said[candidates[i].text]
        if len(places) > 1 and all(_beside_chrome(blocks, at) for at in places):
            keep[i] = False
    return keep


def _beside_chrome(blocks: list[Block], at: int) -> bool:
    """Whether block ``at`` is a rule's drop or stands right beside one."""
    return any(blocks[j].kind is not None for j in (at - 1, at, at + 1) if 0 <= j < len(blocks))
