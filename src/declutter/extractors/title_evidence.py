"""Whether the article under a line is about what the line says: a headline's
words come back in its article's text, a caption's, a widget's or a menu's
line's do not.

The headline extractor's weaker rules (a line printed twice, a line over a
byline or a date) take widget lines ("Du kommentierst mit Deinem
Twitter-Konto"), labels ("Learn about our editorial policies") and other
stories' titles as often as the headline on renderings without the page's
<title> line (inscriptis). On the eval corpus' text pages (bench meta) a title
those rules found that shares fewer than a third of its words with the prose
below it was wrong 100 times in 120.
"""
from __future__ import annotations

import re

from declutter.blocks import SENTENCE_END, Block, at_most_words
from declutter.document import Document

# A word that says what a line is about: four letters or more ("the", "und",
# "des" and most other function words are shorter).
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
# The article's prose: lines ending as sentences end, of more than this many
# words (menus, labels and credits are shorter), ...
PROSE_WORDS = 8
# ... among this many lines under the headline (its first paragraphs; a long
# page's comments and teasers further down say other things).
ARTICLE_LINES = 60
# The share of a headline's content words the prose under it must print. A
# third: a headline says in few words what the article says in many, but a
# kicker, a pun or a question may miss its article's wording.
MIN_SHARED = 1 / 3


def told_by_article(doc: Document, block: Block) -> bool:
    """Whether the prose under ``block`` prints at least MIN_SHARED of its content words."""
    words = {w.casefold() for w in _CONTENT_WORD.findall(block.text)}
    if not words:
        return False
    missing = set(words)
    for following in doc.blocks[block.index + 1 : block.index + 1 + ARTICLE_LINES]:
        text = following.text
        if text.endswith(SENTENCE_END) and not at_most_words(text, PROSE_WORDS):
            folded = text.casefold()
            missing = {w for w in missing if w not in folded}
            if len(missing) <= len(words) * (1 - MIN_SHARED):
                return True
    return False
