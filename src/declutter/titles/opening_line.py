"""The page's first line as its <title> line when nothing else says so: a line
the page prints again within another (the site's name in its logo or footer:
"Soziale Energie", "Filmbüro Göttingen"), with which a title a weaker rule
found (a line over a byline, a line printed twice, the line over the article)
must agree.

A scrape that prints the <title> first (htmltext) prints a site's or a
section's name there when the page has no headline of its own, and the
weaker rules then take a teaser's or a widget's line. A page's top line in
general is no title line: generated pages open with menus, logos, skip links
and labels ("Press Release", "Zur Startseite von ..."); taking any flush-left
first line of two words or more for the title line turned half the right
titles of the page-styles bench down (95.3% -> 46.9%). Such lines are not
printed again within another line of the page; a site's name is, and a
"Site: Headline" line holds its headline's line (bench meta, htmltext:
title wrong 8.3% -> 7.8%, right 71.4% -> 71.5%, 5 pages changed; inscriptis
and the page-styles bench's 616 titles the same).
"""
from __future__ import annotations

from rapidfuzz import fuzz, utils

from declutter.blocks import Block
from declutter.document import Document
from declutter.kinds import Kind
from declutter.titles.evidence import LIST_MARKS, MIN_HEADLINE_PART_WORDS, PAGE_TITLE_AGREEMENT, TitleTest, agrees_with_page_title
from declutter.titles.line import flush_left

# What the content and dateline steps may have labelled a <title> line the page
# prints again: left out of the article, a fragment, or a date line ("Wochenbericht
# 14. - 20. Januar 2022 - SLF"); a menu's, an image's or a banner's line is not one.
_TITLE_LINE_KINDS = frozenset({None, Kind.OFF_ARTICLE, Kind.SHORT_FRAGMENT, Kind.DATELINE})


def agrees_with_opening_line(doc: Document, found: Block, titled: TitleTest) -> bool:
    """Whether a title a weaker rule found fits the page's title line
    (agrees_with_page_title), and the page's first line when that line is
    printed again within a later one (named_first_line)."""
    if not agrees_with_page_title(doc, found, titled):
        return False
    first = named_first_line(doc)
    if first is None or first is found:
        return True
    return fuzz.token_set_ratio(found.text, first.text, processor=utils.default_process) >= PAGE_TITLE_AGREEMENT


def named_first_line(doc: Document) -> Block | None:
    """The page's first line when it may be its <title> line by what the page
    prints: flush left, two words at least, no list's item, not labelled a
    menu's, an image's or a banner's, and printed again within a later line."""
    first = doc.blocks[0] if doc.blocks else None
    if first is None or first.kind not in _TITLE_LINE_KINDS or first.text.startswith(LIST_MARKS) or len(first.bare.split()) < 2:
        return None
    if not flush_left(doc.source_text, doc.blocks, first):
        return None
    line = first.bare.casefold()
    for block in doc.blocks[1:]:
        later = block.bare.casefold()
        if len(block.bare) >= len(line):
            if line in later:  # printed in full within a later line: the site's name in a logo, a copyright or a footer line
                return first
        elif later in line and len(block.bare.split()) >= MIN_HEADLINE_PART_WORDS:
            return first  # holds a later line of a headline's words ("Site: Headline" whose headline is the h1)
    return None
