"""The headline a rendering of the layout (inscriptis) prints once, over its article.

A rendering that prints no <title> line prints the page's h1 once, between
blank lines (the layout's margins), under the menu or a meta line (a date, a
byline) and over the article's first paragraph. Such a line is taken as the
title when no line prints it again, if what stands over it is a menu's item, a
meta line, a widget's line or a line glued to another: a lone line of another
kind over it is the page's own heading (the line under it a subheading or a
deck) as often as a kicker.

Its kicker may be glued on ("Holocaust-Gedenktag Erinnerung an die ...", an h1's
inline parts joined by a space): a breadcrumb trail close over it whose last
step ("5. Erinnerung an die ...", "home / News / Erinnerung an die ...") the
line ends with gives the headline without it.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from declutter.blocks import SENTENCE_END, Block
from declutter.document import Document
from declutter.kinds import Kind
from declutter.titles.evidence import LIST_MARKS, MIN_HEADLINE_PART_WORDS, headline_text
from declutter.titles.layout import laid_out, stands_alone

# What a page's h1 is printed under: its menu, a meta line, a widget's line.
_UNDER_HEADLINE = frozenset({
    Kind.NAVIGATION, Kind.DATELINE, Kind.BYLINE, Kind.SHARE_PROMPT, Kind.COPYRIGHT, Kind.IMAGE_ALT, Kind.IMAGE_CAPTION,
    Kind.NEWSLETTER, Kind.ADVERTISEMENT, Kind.COOKIE_NOTICE,
})
# What a line the labelling steps did not name is labelled.
_UNNAMED = frozenset({None, Kind.OFF_ARTICLE, Kind.SHORT_FRAGMENT})
# A lone line of more words is a deck's or a lead's as often as the headline
# (bench meta, inscriptis, ids 0-7: the lone lines taken of 15 words or more
# were wrong once, right never; ids 8-f: 4 wrong, 2 right).
LONE_WORDS = 14
# How many lines left out (a caption, a credit) may stand between two of the
# article's kept lines: kept lines further over are a widget's, a cookie
# banner's (bench meta, inscriptis, title right on ids 0-7 / 8-f: any kept line
# 210/205, gap 10 213/206, 3 215/208, 2 216/208, 1 216/209, 0 217/209; wrong
# 25/43 -> 25/44 for each).
ARTICLE_GAP = 1
# How a headline that is a sentence may end (a question, an exclamation), where a paragraph ends with a full stop.
_HEADLINE_MARKS = ("?", "!", "?“", "!“", '?"', '!"')
# A list's or a breadcrumb trail's item mark: "* ", "+ ", a number ("5. ").
_ITEM_MARK = re.compile(r"(?:[*+o\-•·]|\d{1,2}\.)\s+")
# A numbered item's mark.
_NUMBER = re.compile(r"(\d{1,2})\.\s")
# Soft hyphens a rendering keeps in one copy of a line and not in another.
_SOFT_HYPHEN = "\xad"
# How far over the headline its breadcrumb trail's last step is looked for
# (the trail, a date line and a share row between).
TRAIL_REACH = 4


def lone_in_layout(doc: Document, headline: Block, words: int) -> bool:
    """Whether ``headline`` (``words`` of it) stands between blank lines on a page laid out so,
    under a line a page's h1 is printed under (_UNDER_HEADLINE, a list's item). Under a line
    glued to others (a menu's, a meta line's, a kicker's, a form's or a job ad's) it was
    right twice as often as wrong, too often for a wrong share under 8% (bench meta, inscriptis:
    ids 0-7 5 titles right, 1 wrong; ids 8-f 6 and 4)."""
    if words > LONE_WORDS or not (stands_alone(doc, headline) and laid_out(doc)):
        return False
    above = doc.blocks[headline.index - 1] if headline.index else None
    return above is None or above.kind in _UNDER_HEADLINE or _item(doc, above)


def meta_line(block: Block, titled: Callable[[Block], bool]) -> bool:
    """Whether ``block``, a line the labelling steps left unnamed, is a meta line a headline stands over (a
    date's, a byline's, a label's: ``titled`` turns it down), where the headline is looked for over it."""
    return block.kind in _UNNAMED and not titled(block)


def past_lone_question(doc: Document, paragraph: Block, words: list[int], prose_words: int) -> Block | None:
    """The article's first paragraph when ``paragraph`` (the first kept line of more than ``prose_words``
    words ending as a sentence) is a headline asking or exclaiming ("Auto leasen oder kaufen: Für wen lohnt sich
    was?"): a lone line of at most LONE_WORDS words ending in "?" or "!" on a page laid out so."""
    if not paragraph.text.endswith(_HEADLINE_MARKS) or words[paragraph.index] > LONE_WORDS or not stands_alone(doc, paragraph):
        return paragraph
    if not laid_out(doc):
        return paragraph
    later = doc.blocks[paragraph.index + 1 :]
    return next((b for b in later if b.kind is None and words[b.index] > prose_words and b.text.endswith(SENTENCE_END)), None)


def article_start(doc: Document, paragraph: Block) -> Block:
    """The first line the content step kept of the run of lines ending in ``paragraph``: kept lines over more
    than ARTICLE_GAP lines it left out (a cookie banner's, a print widget's) are no part of the article."""
    start, gap = paragraph, 0
    for block in reversed(doc.blocks[: paragraph.index]):
        if block.kind is None:
            start, gap = block, 0
        else:
            gap += 1
            if gap > ARTICLE_GAP:
                break
    return start


def item_text(doc: Document, headline: Block) -> str:
    """``headline``'s text without its mark when it is a list's item (a breadcrumb trail's last step, "4. Headline"),
    and a breadcrumb trail's last step."""
    text = _ITEM_MARK.sub("", headline.text, count=1) if _item(doc, headline) else headline.text
    return headline_text(text)


def _step_text(text: str) -> str:
    """A line without its list mark and soft hyphens, and a breadcrumb trail's last step."""
    return headline_text(_ITEM_MARK.sub("", text, count=1).replace(_SOFT_HYPHEN, ""))


def trail_step_ending(doc: Document, headline: Block) -> str | None:
    """The last step of a breadcrumb trail close over ``headline`` (or a list's
    item) when ``headline`` ends with it after a kicker glued on: the headline."""
    line = headline.text.replace(_SOFT_HYPHEN, "")
    for block in reversed(doc.blocks[max(0, headline.index - TRAIL_REACH) : headline.index]):
        step = _step_text(block.text)
        printed = line == step or (line.endswith(step) and line[: len(line) - len(step)].endswith(" "))
        if printed and step != block.text and len(step.split()) >= MIN_HEADLINE_PART_WORDS:
            return step
    return None


def _item(doc: Document, block: Block) -> bool:
    """Whether ``block`` is a list's item: marked ("* Kontakt"), or numbered under the
    item numbered one less ("3. News" under "2. Politik"; "17. Februar 2020" alone is a date)."""
    if block.text.startswith(LIST_MARKS):
        return True
    number = _NUMBER.match(block.text)
    previous = _NUMBER.match(doc.blocks[block.index - 1].text) if number and block.index else None
    return number is not None and previous is not None and int(previous.group(1)) + 1 == int(number.group(1))
