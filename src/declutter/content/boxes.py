"""The article's last part set between boxes: a paywall's, a newsletter's or
a donation appeal's lines dropped by the rules, the article's paragraphs going
on under each of them.

A page template sets such a box every few paragraphs, so the article's closing
part reads paragraph, box, paragraph, box: the classifier, reading the densest
run of prose, ends the article at the first box. What tells the article's
paragraphs from the page's own prose there is their place (between boxes, a
box or an article's closer after them) and their shape (content.shapes), not
a site's or a language's words.
"""
from __future__ import annotations

from declutter.blocks import Block
from declutter.content.edges import CLOSERS
from declutter.content.options import ContentSettings
from declutter.content.shapes import prose
from declutter.kinds import Kind, Role

# The boxes set inside an article's last part that do not end it (a
# newsletter's, a donation appeal's, a paywall's or a promo's lines, a
# picture's caption, an ad marker): the article's paragraphs go on under them.
BOXES = frozenset({Kind.NEWSLETTER, Kind.DONATION_APPEAL, Kind.PROMO, Kind.IMAGE_CAPTION, Kind.IMAGE_ALT, Kind.ADVERTISEMENT})


def box_run(between: list[Block], fragment_words: int) -> bool:
    """Whether the blocks the rules dropped between two candidates are boxes
    only: the box's lines (BOXES), a single-line teaser set inside the text
    ("Read more: <headline>", Role.TEASER_LINE: one line does not end an
    article, a teaser section does), and under a box's line its buttons,
    whatever kind the rules gave them ("Log in" as a menu's link): lines of at
    most ``fragment_words`` words. A button before any box's line is a menu's."""
    boxed = False
    for block in between:
        if block.kind in BOXES:
            boxed = True
        elif block.role is not Role.TEASER_LINE and not (boxed and len(block.text.split()) <= fragment_words):
            return False
    return True


def with_paragraphs_past_boxes(
    keep: list[bool], blocks: list[Block], candidates: list[Block], words: list[int], opts: ContentSettings
) -> list[bool]:
    """The article's last paragraphs under a box: after the last kept block,
    past the rules' boxes (box_run) and a box's leftover buttons (lines of at
    most ``fragment_words`` words), at most ``past_box_lines`` prose
    paragraphs stay when a box stands before the first of them and the page
    goes on after the last with a closer of the article or another box (an
    article's box stands between its paragraphs; the page's own prose has
    none). ``blocks``: the page's blocks, hidden ones too."""
    if True not in keep:
        return keep
    last = len(keep) - 1 - keep[::-1].index(True)
    taken: list[int] = []
    boxed = False
    previous = candidates[last].index
    for i in range(last + 1, len(keep)):
        between = blocks[previous + 1 : candidates[i].index]
        if not box_run(between, opts.fragment_words):
            break
        boxed = boxed or any(block.kind in BOXES for block in between)  # a teaser's line is passed, not a box
        text = candidates[i].text
        if prose(text, words[i], opts):
            if not boxed or len(taken) == opts.past_box_lines:
                break
            taken.append(i)
        elif words[i] > opts.fragment_words:
            break
        previous = candidates[i].index
    if not taken:
        return keep
    after = candidates[taken[-1]].index + 1
    if after >= len(blocks) or blocks[after].kind not in CLOSERS | BOXES:
        return keep
    if len(taken) == 1 and blocks[candidates[taken[0]].index - 1].kind in BOXES:
        return keep  # one paragraph right under a box's line, over a button: the box's own pitch
    keep = list(keep)
    for i in taken:
        keep[i] = True
    return keep
