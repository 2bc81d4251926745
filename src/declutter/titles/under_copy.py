"""The h1 printed right under the title line's copy.

Templates print the page's SEO title (the <title>'s headline, og:title) over
the story's own headline, which says it in other words and stands over the
byline ("Bergisch Gladbach: die Stadt verklagt die Baufirma ..." over
"Pflaster-Desaster: Gladbacher Fußgängerzone in schlechtem Zustand", "Von",
the author's name). The title line's copy is found first (titles/page_title.py);
the line under it, over the byline or date line, is the headline.
"""
from __future__ import annotations

from rapidfuzz import fuzz, utils

from declutter.blocks import Block, at_most_words
from declutter.document import Document
from declutter.kinds import Kind
from declutter.titles.evidence import MIN_HEADLINE_PART_WORDS, TitleTest, content_words, headline_shaped
from declutter.titles.page_title import BYLINE_KINDS

# What may stand between the h1 and its byline: an image's caption or credit,
# a kicker's or a section's word ("Promis").
_BETWEEN = frozenset({Kind.IMAGE_CAPTION, Kind.IMAGE_ALT, Kind.COPYRIGHT})
# A section's or a kicker's line between the copy and the h1 has at most this many words.
KICKER_WORDS = 2
# The content words (evidence.content_words' stems) the h1 shares with the copy at
# least: it tells the same story ("Oberliga", "Jansen", "Trochowski").
SHARED_WORDS = 2
# A headline reworded has about the copy's words; a deck (standfirst) under the
# headline has many more: more than this many beyond the copy's (bench meta,
# htmltext: decks of 20 and 30 words under copies of 6 to 10, h1s 10 to 13 under 8 to 12).
MORE_WORDS = 4
# A longer line that holds the copy at this rapidfuzz partial ratio is the copy
# with a kicker glued before it, a word or two changed at most (the duplicate
# threshold of HeadlineSettings; bench meta, htmltext: such lines 92 and 100,
# reworded h1s 59 to 86).
GLUED_RATIO = 90


def headline_under_copy(doc: Document, copy: Block, words: list[int], most: int, told: TitleTest) -> Block | None:
    """The headline-shaped line right under ``copy`` (a kicker's line between at
    most) that shares SHARED_WORDS content words with it and stands over a
    byline or a date line, and says no more than a headline does (a deck says
    more), nor the copy itself with a kicker glued before it: the page's h1,
    the copy its SEO title's."""
    blocks = doc.blocks
    at = copy.index + 1
    if at < len(blocks) and blocks[at].kind is None and at_most_words(blocks[at].text, KICKER_WORDS):
        at += 1  # a section's word between ("Promis")
    if at >= len(blocks):
        return None
    h1 = blocks[at]
    if h1.kind not in (None, Kind.DUPLICATE_HEADLINE) or h1.bare == copy.bare:
        return None
    if words[at] < MIN_HEADLINE_PART_WORDS or not headline_shaped(h1, words[at], most):
        return None
    if len(content_words(h1.text) & content_words(copy.text)) < SHARED_WORDS or words[at] > words[copy.index] + MORE_WORDS:
        return None
    longer = len(h1.text) > len(copy.text)
    if longer and fuzz.partial_ratio(copy.text, h1.text, processor=utils.default_process) >= GLUED_RATIO:
        return None  # the copy with a kicker glued before it ("Auftragshoch bei FACC: Headline")
    meta = next((b for b in blocks[at + 1 : at + 4] if b.kind not in _BETWEEN), None)
    if meta is None or meta.kind not in BYLINE_KINDS:
        return None
    return h1 if told(h1) else None
