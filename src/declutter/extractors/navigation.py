"""Menus and breadcrumbs: runs of short link-like lines.

A run of at least ``min_run`` lines of at most ``max_item_words`` words, none
ending like a sentence, is a menu. Runs stop at a kept line that reads like
prose. Phrase-book navigation lines ("Skip to content") are the boilerplate
extractor's; this one finds menus whose items are the site's own words.
A stretch of items that begin with amounts ("350 g Zucker") is a list of
ingredients or facts (content.lists), not a menu: it is left to the
content classifier, and the lines around it are judged on their own.
"""
from __future__ import annotations

import re

from declutter.blocks import SENTENCE_END, Block
from declutter.content.blockwords import block_words
from declutter.content.lists import amount_stretch, list_mark, same_list
from declutter.document import Document
from declutter.extractor import extractor
from declutter.kinds import Kind, Role
from declutter.phrases import PhraseBook, book_for
from declutter.settings import NavigationSettings, Settings

# A clock time alone ("12:18", "20:30 BST", "09:22 Uhr"): a live blog's entry
# stamp; with a cut-off text after it ("17:59 Ministers met…"), a key-event link.
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s?(?:[ap]\.?m\.?|[A-Za-z]{1,4}\.?))?")
_CLOCK_LEAD = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d\s")

# Dropped blocks that a menu may hold (its items dropped as such by earlier extractors).
_MENU_KINDS = (Kind.NAVIGATION, Kind.SHARE_PROMPT, Kind.IMAGE_ALT)
# How prose and labels end: never a menu item.
_NOT_MENU_ENDS = SENTENCE_END + (":",)


@extractor("navigation", assigns=("blocks",))
def label_navigation(doc: Document, settings: Settings) -> None:
    """Runs of short menu lines."""
    opts = settings.navigation
    max_words = opts.max_item_words
    # Stamps first: a live blog's subheading between two entries' stamps (and
    # their share links) is no menu. bench styles F1 0.9500 -> 0.9505, corpus the same.
    _drop_stamps(doc, settings)
    run: list[Block] = []
    # Words counted for the page at once (blockwords.py), and the test
    # written out here: a call per block, counting its words with a regex,
    # was most of this step.
    for block, words in zip(doc.blocks, block_words(doc).words):
        kind = block.kind
        if kind is None:  # kept (Block.kept, without a property call per block)
            item = words <= max_words and not block.text.endswith(_NOT_MENU_ENDS)  # prose ends like a sentence
        else:  # a menu may hold items that earlier extractors dropped as such
            item = kind in _MENU_KINDS
        if item:
            run.append(block)
        elif run:
            _drop_menus(doc, run, opts)
            run = []
    _drop_menus(doc, run, opts)


def _drop_stamps(doc: Document, settings: Settings) -> None:
    """A line that is only a time or an age ("12:18", "9 min ago") stamps an
    entry of a live blog or a list, and a time opening a text cut off with an
    ellipsis is a key event's link: neither is the article's text."""
    book = book_for(settings, doc.language)
    # Each short line's age, searched once: a page repeats about a quarter of its
    # short kept lines ("Reply", a menu's items in its header and its footer).
    ages: dict[str, tuple[int, int] | None] = {}
    for block, digits in zip(doc.blocks, block_words(doc).digits):
        text = block.text
        if block.kind is not None or len(text) > 160:
            continue
        # A time has digits (counted for the page: most lines have none) and starts with one.
        if digits and (
            (block.bare[:1].isdecimal() and _CLOCK.fullmatch(block.bare))
            or (text[:1].isdecimal() and text.endswith(("…", "...")) and _CLOCK_LEAD.match(text))
        ):
            doc.drop(block, Kind.DATELINE, Role.STAMP)
        elif len(text) <= 24:
            found = ages[text] if text in ages else ages.setdefault(text, _age_found(book, text))
            if found is not None and _stamp_age(block, found):
                doc.drop(block, Kind.DATELINE, Role.STAMP)


def _age_found(book: PhraseBook, text: str) -> tuple[int, int] | None:
    """Where the first age in ``text`` is (in its lower case when the book has a search for that)."""
    lowered, held = book.age_lowered, book.age_held
    if lowered is None or not text.isascii():
        found = book.age.search(text)
    else:
        text = text.lower()
        # Most short lines hold nothing every age holds: one scan of them tells.
        found = None if held is not None and held.search(text) is None else lowered.search(text)
    return None if found is None else found.span()


def _stamp_age(block: Block, found: tuple[int, int]) -> bool:
    """The age found is most of the line, and whole words: "ayer" (Spanish
    "yesterday") in "Bayern" is no age."""
    text, (start, end) = block.text, found
    inside_word = (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum())
    return end - start >= len(block.bare) - 6 and not inside_word


def _drop_menus(doc: Document, run: list[Block], opts: NavigationSettings) -> None:
    """Drop the run as a menu, or the parts before and after its list of amounts."""
    if len(run) < opts.min_run:
        return  # too short to be a menu, whatever it holds
    # An article's list whose few short items stand next to its longer ones:
    # the items going on with those are no menu's. A longer run is a menu
    # whose items are not all short (a menu's "* Library Submenu Library").
    if len(run) <= opts.list_tail_items:
        run = run[_list_going_on(doc, run) : len(run) - _list_going_before(doc, run)]
    stretch = amount_stretch(run, opts.amount_min_items, opts.amount_share)
    if stretch is None:
        _drop_menu(doc, run, opts.min_run)
    else:
        _drop_menu(doc, run[: stretch[0]], opts.min_run)
        # Right after the amounts, a run of min_run lines is the list's tail
        # (a tool, a tray, the steps' heading: "Frischhaltefolie", "Zubereitung"),
        # not a menu: one more line is needed.
        _drop_menu(doc, run[stretch[1] + 1 :], opts.min_run + 1)


def _list_going_on(doc: Document, run: list[Block]) -> int:
    """How many of the run's first lines go on with the list of a kept line right
    above the run (the same bullet, or the next number: "- Fahrwerk bietet guten
    Gegenhalt und ausreichend Reserven", then "- dünne Karkasse am Hinterrad"):
    an article's list whose last items are short, not a menu."""
    return _items_of_the_list_beside(doc, run[0].index - 1, run, downward=True)


def _list_going_before(doc: Document, run: list[Block]) -> int:
    """How many of the run's last lines open the list of a kept line right
    below the run ("* Chabo: ca. 80 Eier" over "* New Hampshire: ca. 220
    Eier"): an article's list whose first items are short, not a menu."""
    return _items_of_the_list_beside(doc, run[-1].index + 1, run[::-1], downward=False)


def _items_of_the_list_beside(doc: Document, beside: int, items: list[Block], downward: bool) -> int:
    """How many of ``items``, read away from the line at ``beside``, are items of
    that line's list (each the same bullet as, or the number next to, the one
    before it in page order), when that line is a kept one that may be an item."""
    if not 0 <= beside < len(doc.blocks) or not _list_neighbour(doc.blocks[beside]):
        return 0
    mark = list_mark(doc.blocks[beside].text)
    count = 0
    for block in items:
        other = list_mark(block.text)
        in_order = same_list(mark, other) if downward else same_list(other, mark)
        if block.kind is not None or not in_order:
            break
        mark = other
        count += 1
    return count


def _list_neighbour(block: Block) -> bool:
    """A kept line next to a run that may be its list's item: a form's starred
    label ("* Nickname:") is none."""
    return block.kept and not block.text.endswith(":")


def _drop_menu(doc: Document, run: list[Block], min_run: int) -> None:
    if sum(block.kind is None for block in run) >= min_run:  # enough kept items
        for item in run:
            doc.drop(item, Kind.NAVIGATION)
