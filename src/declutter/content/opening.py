"""The article's opening list: a match's facts, a product's specifications, the
key points, printed as a marked list between the article's meta and its
first paragraph.

The classifier reads a page's densest run of prose; a list of short items
above it ("- Kick-off: 17:00", "- Referee: C. Turpin") scores as chrome and
goes, item by item, though its place says whose it is: the article's byline or
date right above it (what the rules dropped as such), the article's first kept
block right under it. Its marks tell it from a menu: one bullet, or numbers
counting up, on every item. Nothing here knows a site or a language.
"""
from __future__ import annotations

from bisect import bisect_left

from declutter.blocks import Block
from declutter.content.boxes import BOXES
from declutter.content.lists import list_mark, same_list
from declutter.content.options import ContentSettings
from declutter.content.shapes import heading
from declutter.kinds import Kind

# The article's meta the rules dropped: right above its opening list (or the
# list's title) stands one of them.
_META = frozenset({Kind.BYLINE, Kind.DATELINE, Kind.HEADLINE, Kind.DUPLICATE_HEADLINE})
# What may stand between two of the list's items, or between the list and the
# article's first kept block: a box set into the article (a newsletter's, a
# picture's caption, an ad), an app's banner.
_BETWEEN = BOXES | {Kind.APP_BANNER}


def with_opening_list(
    keep: list[bool], page: list[Block], candidates: list[Block], places: list[int], words: list[int], opts: ContentSettings
) -> list[bool]:
    """A run of at least ``opening_list_items`` items of one list (the rules'
    items too: a match's date taken as a dateline) right above the article's
    first kept block, past at most ``lead_gap`` short lines (of at most
    ``lead_gap_words`` words) and the boxes set into an article (_BETWEEN),
    stays when the article's meta (_META) stands right above it, past a line
    shaped like the list's title, which stays too. Not a list the classifier
    kept whole (its title is the headline's copy as often), nor one of
    buttons, each item shorter than ``inside_min_words`` words. ``places``
    are the candidates' places in ``page``."""
    if True not in keep:
        return keep
    i = keep.index(True)  # walking up from the article's first kept block to the list's last item
    skipped = 0
    while list_mark(candidates[i].text) is None:
        if i == 0 or not _furnished(page, places[i - 1], places[i]):
            return keep
        i -= 1
        if list_mark(candidates[i].text) is not None:
            break
        if words[i] > opts.lead_gap_words or skipped == opts.lead_gap:
            return keep
        skipped += 1
    bottom = i
    top, items = _run_up(page, places[bottom])
    run = [i for i in range(bottom, -1, -1) if places[i] >= top and list_mark(candidates[i].text) is not None]
    if items < opts.opening_list_items or all(keep[i] for i in run):
        return keep
    if max(words[i] for i in run) < opts.inside_min_words:
        return keep  # a row of buttons ("* Share It!", "* Pin It!"): no item says anything
    title = None
    above = top - 1  # the page's block over the list's first item
    at = _candidate_at(places, above)
    if at is not None and not keep[at] and heading(candidates[at].text, words[at], opts):
        title, above = at, above - 1
        if any(candidates[at].text in block.text for block in page if block is not candidates[at]):
            return keep  # a line said twice on the page over the list: the headline's copy, not the list's title
    if above < 0 or page[above].kind not in _META:
        return keep
    keep = list(keep)
    for i in run:
        keep[i] = True
    if title is not None:
        keep[title] = True
    return keep


def _run_up(page: list[Block], place: int) -> tuple[int, int]:
    """The place in ``page`` of the first item of the list whose last item is
    at ``place``, walking up past the boxes between its items (a box's
    heading the rules left too), and how many items it has (the rules' items
    counted)."""
    mark = list_mark(page[place].text)
    top, items = place, 1
    j = place - 1
    while j >= 0:
        above = list_mark(page[j].text)
        if above is not None and same_list(above, mark):
            top, mark, items = j, above, items + 1
        elif page[j].kind not in _BETWEEN and not (page[j].kind is None and page[j + 1].kind in _BETWEEN):
            break  # neither a box nor a line the rules left right over one (its heading: "Get our alerts")
        j -= 1
    return top, items


def _furnished(page: list[Block], above: int, below: int) -> bool:
    """Whether only boxes set into an article stand between places ``above`` and ``below``."""
    return all(block.kind in _BETWEEN for block in page[above + 1 : below])


def _candidate_at(places: list[int], place: int) -> int | None:
    """The candidate at ``place`` of the page, if one is there."""
    at = bisect_left(places, place)
    return at if at < len(places) and places[at] == place else None
