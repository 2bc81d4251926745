"""Lists inside an article: ingredient and spec lists, numbered steps, lists after a colon.

A list's items are short lines that end like no sentence, the same shape as
a menu's, so the menu finder and the content classifier both take them for
chrome. What tells them apart is general evidence about the list itself:

- a run whose items mostly begin with an amount ("350 g Zucker", "2 tbsp
  oil", "½ cup milk", "8 g Eiweiß") lists quantities: ingredients, nutrition
  facts, specifications. A menu item names a place ("News", "1. Home");
- a line of the article ending in a colon announces what follows it;
- a numbered step's number on a line of its own ("4.") stands between two
  steps: it must not end the article there (see content._with_rescued).

Nothing here knows a site or a language beyond digits and punctuation.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import cache

from declutter.blocks import Block, at_most_words
from declutter.content.options import ContentSettings

# An amount: a number (also 1.5, 1,5, 1/2) or a vulgar fraction, then at
# once or after spaces a letter: a unit or the thing counted. "1. Home" and
# "2019" are no amounts (a full stop or nothing follows the number).
_FRACTIONS = "½¼¾⅓⅔⅛"
_AMOUNT = re.compile(rf"(?:\d+(?:[.,/]\d+)?|[{_FRACTIONS}])\s*[^\W\d_]")
# A list marker alone on its line: "4", "4.", "4)", "(4)", "iv.", "b)". A
# letter or a roman numeral needs its mark: "I" or "A" alone is a word.
_MARKER = re.compile(r"\(?(?:\d{1,3}[.):]?|(?:[ivxlIVXL]{1,4}|[a-zA-Z])[.)])")
_FAR = 1 << 30  # no kept block on that side
# How a list item may not end: a sentence is prose, not an item.
_SENTENCE_STOPS = (".", "!", "?", "…", "。", "！", "？")
# How a clause of an enumeration inside a sentence ends (content.lists._continues).
_CLAUSE_ENDS = (",", ";")


def amount_item(block: Block) -> bool:
    """The item begins with an amount (after any bullet: ``Block.bare``)."""
    # Most lines begin with a letter: no regex for them.
    return _amount_lead(block.bare[:1]) and _AMOUNT.match(block.bare) is not None


def _amount_lead(first: str) -> bool:
    """``first``, a line's first character, may begin an amount."""
    return first.isdecimal() or (first != "" and first in _FRACTIONS)


def enumeration_marker(text: str) -> bool:
    """The line is only a list marker ("4.", "b)")."""
    return len(text) <= 6 and _MARKER.fullmatch(text) is not None


def list_item(block: Block, max_words: int) -> bool:
    """Short and not a sentence: the shape of a list item (and of a menu item)."""
    return not block.text.endswith(_SENTENCE_STOPS) and at_most_words(block.text, max_words)


def amount_stretch(items: Sequence[Block], min_items: int, share: float) -> tuple[int, int] | None:
    """The stretch of ``items`` from the first to the last amount item, as (start, end)
    inclusive, when it holds at least ``min_items`` amounts making at least ``share``
    of it ("Salt" and "Cling film" sit between amounts in an ingredient list)."""
    at = [i for i, item in enumerate(items) if amount_item(item)]
    if len(at) < min_items or len(at) < share * (at[-1] - at[0] + 1):
        return None
    return at[0], at[-1]


def with_colon_lists(keep: list[bool], blocks: list[Block], places: Sequence[int], opts: ContentSettings) -> list[bool]:
    """Keep the list a kept line ending in a colon announces: the short lines right
    after it, up to ``list_max_items``, until a longer line, a new colon line or
    a line an earlier extractor dropped (``places``: the blocks' line numbers on
    the page read, in order). A short line the classifier kept, with no mark and
    no sentence's or colon's end, is an item too: the list goes on under it.
    Here a short sentence may be an item ("Drei Eier."): the colon already said
    a list follows."""
    keep = list(keep)
    for i, block in enumerate(blocks):
        if not (keep[i] and block.text.endswith(":")):
            continue
        j = i + 1
        while j < len(blocks) and j - i <= opts.list_max_items and _continues(blocks, places, j, keep, opts.list_item_words):
            keep[j] = True
            j += 1
    return keep


def _continues(blocks: list[Block], places: Sequence[int], j: int, keep: list[bool], max_words: int) -> bool:
    block = blocks[j]
    adjacent = places[j] == places[j - 1] + 1  # no dropped line between
    # An item ending in a comma or a semicolon is a clause of the sentence the
    # colon opened ("... zum 1. Januar 2022,"), however long: no menu's line.
    short = at_most_words(block.text, max_words) or block.text.endswith(_CLAUSE_ENDS)
    if keep[j]:  # a kept line the list goes on under: an unmarked item's, no sentence
        return adjacent and _item_end(block.text, 2) == "" and at_most_words(block.text, max_words)
    return adjacent and not block.text.endswith(":") and short


def with_amount_lists(keep: list[bool], blocks: list[Block], places: Sequence[int], opts: ContentSettings) -> list[bool]:
    """Keep a list of amounts (see ``amount_stretch``) standing within
    ``list_distance`` lines of a kept block: an ingredient list between the
    recipe's introduction and its steps, the nutrition facts after them
    (``places``: the blocks' line numbers on the page read, in order)."""
    seeds = [j for j, (block, kept) in enumerate(zip(blocks, keep, strict=True)) if not kept and _amount_lead(block.bare[:1])]
    if len(seeds) < opts.list_min_items or True not in keep:
        return keep  # most pages: no list of amounts to look for
    keep = list(keep)
    kept_at = [place for place, kept in zip(places, keep, strict=True) if kept]
    for run in _item_runs(keep, blocks, places, seeds, opts.list_item_words):
        stretch = amount_stretch([blocks[j] for j in run], opts.list_min_items, opts.list_amount_share)
        if stretch is None:
            continue
        first, last = run[stretch[0]], run[stretch[1]]
        if _distance(kept_at, places[first], places[last]) <= opts.list_distance:
            for j in range(first, last + 1):
                keep[j] = True
    return keep


def _item_runs(keep: list[bool], blocks: list[Block], places: Sequence[int], seeds: list[int], max_words: int) -> list[range]:
    """The runs of adjacent dropped blocks shaped like list items that hold a seed
    (a line that may begin with an amount), as ranges of positions in ``blocks``:
    grown from the seeds only, a page's other lines are never looked at."""
    def item(j: int) -> bool:
        return 0 <= j < len(blocks) and not keep[j] and list_item(blocks[j], max_words)

    def adjacent(j: int, k: int) -> bool:  # no line an earlier extractor dropped between
        return places[k] == places[j] + 1

    runs: list[range] = []
    end = -1
    for seed in seeds:
        if seed <= end or not item(seed):
            continue  # inside the last run, or no item itself
        start = seed
        while item(start - 1) and adjacent(start - 1, start):
            start -= 1
        end = seed
        while item(end + 1) and adjacent(end, end + 1):
            end += 1
        runs.append(range(start, end + 1))
    return runs


def _distance(kept_at: list[int], first: int, last: int) -> int:
    """Lines from the stretch [first, last] to the nearest kept block (sorted ``kept_at``)."""
    at = bisect_left(kept_at, first)
    after = kept_at[at] - last if at < len(kept_at) else _FAR
    before = first - kept_at[at - 1] if at > 0 else _FAR
    return min(after, before)


# A list item's mark: a bullet, or a number with its full stop or bracket ("3.", "3)").
_BULLET_MARK = re.compile(r"([-•·*–—▪►✓])\s")
# "3-assurer ..." and "4- activer ..." too: a number's dash, with or without a space.
_NUMBER_MARK = re.compile(r"\(?(\d{1,2})(?:([.)])\s|(-)\s?(?=[^\W\d_]))")
_MARK_LEADS = frozenset("-•·*–—▪►✓(0123456789")


def list_mark(text: str) -> tuple[str, int] | None:
    """A marked item's mark: its bullet (number 0), or its number's stop and the number."""
    if text[:1] not in _MARK_LEADS:  # most lines: no regex for them
        return None
    bullet = _BULLET_MARK.match(text)
    if bullet is not None:
        return bullet.group(1), 0
    number = _NUMBER_MARK.match(text)
    return None if number is None else (number.group(2) or number.group(3), int(number.group(1)))


def same_list(above: tuple[str, int] | None, below: tuple[str, int] | None) -> bool:
    """Whether two marks next to each other are one list's: the same bullet, or the next number."""
    if above is None or below is None or above[0] != below[0]:
        return False
    return above[1] == below[1] == 0 or (above[1] > 0 and below[1] == above[1] + 1)


def with_whole_lists(
    keep: list[bool], blocks: list[Block], places: Sequence[int], near_prose: Sequence[bool], furnished: Callable[[int], bool],
    reach: int, held_items: int = 3,
) -> list[bool]:
    """A marked list is kept whole: the items next to a kept one, nothing
    between them on the page, stay when they carry the same bullet or the
    next number (a match's facts above its report, a recipe's steps), and the
    list stands within ``reach`` lines of a kept paragraph (``near_prose``: the
    blocks' kept paragraphs). A list of links at the page's top, a line of
    which the classifier kept, stands far from the article's paragraphs; a
    menu's items were dropped by the rules before and break the run. The next
    number goes on with its list past a picture's caption or an ad the rules
    dropped (``furnished(i)``: only such furniture stands between block ``i``
    and the one before it); a bullet, more common, needs nothing between,
    but under a run of ``held_items`` items the classifier kept, nothing
    between them, the list is the article's: it goes on past such furniture
    however far from a paragraph (a calendar's days under a picture). Bench
    styles F1 0.9632 -> 0.9637 (9 items), corpus the same (0 of 1,980 pages change).
    ``places``: the blocks' line numbers on the page read, in order."""
    marks = [list_mark(block.text) for block in blocks]
    seeds = [i for i, (kept, mark) in enumerate(zip(keep, marks)) if kept and mark is not None]
    if not seeds:
        return keep
    keep = list(keep)
    paragraphs = [place for place, paragraph in zip(places, near_prose) if paragraph]

    def goes_on(above: int, below: int, held: bool = False) -> bool:  # one list's marks, nothing between but furniture after a number
        mark = marks[above]
        past = mark is not None and (mark[1] > 0 or held) and furnished(below)
        return (places[below] == places[above] + 1 or past) and same_list(mark, marks[below])

    def held(seed: int) -> bool:  # ``held_items`` kept items of one list end at the seed, nothing between them
        top = seed
        while seed - top + 1 < held_items and top > 0 and keep[top - 1] and goes_on(top - 1, top):
            top -= 1
        return seed - top + 1 >= held_items

    for seed in seeds:
        first = last = seed
        while first > 0 and not keep[first - 1] and goes_on(first - 1, first):
            first -= 1
        while last + 1 < len(blocks) and not keep[last + 1] and goes_on(last, last + 1):
            last += 1
        if last + 1 < len(blocks) and not keep[last + 1] and goes_on(last, last + 1, True) and held(seed):
            # A bullet list the classifier kept a run of goes on past a picture or an ad, however far from a paragraph.
            while last + 1 < len(blocks) and not keep[last + 1] and goes_on(last, last + 1, True):
                last += 1
            keep[first : last + 1] = [True] * (last + 1 - first)
            continue
        if (first < seed or last > seed) and _distance(paragraphs, places[first], places[last]) <= reach:
            for j in range(first, last + 1):
                keep[j] = True
    return keep


def with_unmarked_lists(
    keep: list[bool], blocks: list[Block], places: Sequence[int], words: Sequence[int], paragraphs: Sequence[bool]
) -> list[bool]:
    """A list without marks (a rendering that dropped its bullets) is kept whole:
    where two kept items stand on consecutive lines of the page under a kept
    paragraph (``paragraphs``: the blocks' kept prose paragraphs; other
    stories' headlines above the article are such lines too), the items
    going on from them, each on the next line (no blank line, no dropped line
    between), stay while they end as those two do (with nothing or the same
    question mark: no sentence, no colon) and hold two words or more. A menu's
    items the classifier kept two of stand far from kept items, or were
    dropped by the rules before and break the run. ``places``: the blocks'
    places on the page read, in order; ``words``: their word counts."""
    if True not in paragraphs:
        return keep
    # How each line ends, asked only of the lines next to two kept ones (most lines are not).
    @cache
    def end(i: int) -> str | None:
        return _item_end(blocks[i].text, words[i])

    keep = list(keep)
    i = paragraphs.index(True) + 2
    while i < len(blocks):
        if not (keep[i - 1] and keep[i] and end(i) is not None and end(i) == end(i - 1) and _next_line(blocks, places, i)):
            i += 1
            continue
        first, last = i - 1, i
        while first > 0 and end(first - 1) == end(i) and _next_line(blocks, places, first):
            first -= 1
        while last + 1 < len(blocks) and end(last + 1) == end(i) and _next_line(blocks, places, last + 1):
            last += 1
        # The list hangs under a kept line (its introduction, the paragraph
        # above it), nothing dropped between: other stories' headlines after
        # the article stand under a dropped heading.
        if first > 0 and keep[first - 1] and places[first] == places[first - 1] + 1:
            keep[first : last + 1] = [True] * (last + 1 - first)
        i = last + 2
    return keep


def _item_end(text: str, count: int) -> str | None:
    """How an unmarked item ends ("" or "?"), or None when the line is no such item."""
    if count < 2 or list_mark(text) is not None or text.endswith(":"):
        return None
    if text.endswith("?"):
        return "?"
    return None if text.endswith(_SENTENCE_STOPS) else ""


def _next_line(blocks: list[Block], places: Sequence[int], i: int) -> bool:
    """Whether block ``i`` stands on the line right under block ``i - 1``, nothing dropped between."""
    return places[i] == places[i - 1] + 1 and blocks[i].line == blocks[i - 1].line + 1
