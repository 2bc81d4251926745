"""The headline over the article the content step kept, on pages whose other
title evidence is missing.

A scrape that does not print the page's <title> line (inscriptis does not)
prints the headline once, as the h1 right over the article's first paragraph
(a byline, a date line, an image's credit or a share row between), and the
headline extractor finds nothing printed twice to go by. Where the article
starts is known only once the content step has kept it: this step runs after
it, looks only at the lines right over the article's first paragraph, and
takes the closest headline-shaped one (or the one over it, a deck's
headline) when its page prints it again (a breadcrumb trail's last step,
"4. Headline", a teaser's "* Headline") and its article prints half its
words. It assigns the title and changes no block:
the article's text stays what the content step kept.

On the eval corpus' text pages (bench meta), inscriptis: title right 18.9% ->
25.9%, wrong 6.5% -> 7.8%; htmltext the same (61.0%, 8.2%). Taking the line
over the article without a copy of it elsewhere made as many titles wrong
as right there (inscriptis: 108 and 108; 88 and 66 once the page's first
line had to be flush left to be its title line).

A rendering that prints a menu's items with their marks ("* Kontakt")
prints the h1 after the menu's last item, and the navigation step may take
it into the menu's run: a headline-shaped line without a mark of its own,
right under a marked item and over the article's first paragraph (a date
line or a byline between), that its article retells, is the title too
("under-menu"; inscriptis: title right 34.2% -> 34.6%, wrong 7.2% the same).

On a rendering of the layout the h1 printed once, alone between blank lines
under the menu or a meta line, a breadcrumb trail's last step glued to a
kicker, or a lone question mistaken for the first paragraph is taken too
(titles/lead_layout.py; bench meta, inscriptis: title right 40.1% -> 48.0%,
wrong 6.1% -> 7.8%; ids 0-7 39.9/5.0 -> 49.0/5.7, ids 8-f 40.3/7.2 ->
47.1/9.9).

A scrape that prints the page's <title> line first (htmltext) names the
headline there: on such a page this step takes no h1, but the title line's
headline printed again anywhere as a line of its own (a menu's current
item, a breadcrumb's last step far down the page), which the headline
extractor's tests, made for lines close by, turned down (title_line_copy;
htmltext: title right 61.0% -> 66.7%, wrong 8.2% -> 8.7%).
"""
from __future__ import annotations

import re

from declutter.blocks import SENTENCE_END, Block
from declutter.content.blockwords import block_words
from declutter.document import Document
from declutter.extractor import extractor
from declutter.kinds import Kind
from declutter.phrases import book_for
from declutter.settings import HeadlineSettings, Settings
from declutter.titles.between import under_second_header
from declutter.titles.evidence import (
    LIST_MARKS,
    PROSE_WORDS,
    TitleTests,
    content_words,
    headline_shaped,
    title_tests,
)
from declutter.titles.glued import unglued_headline
from declutter.titles.layout import glued_in_layout
from declutter.titles.lead_layout import article_start, item_text, lone_in_layout, meta_line, past_lone_question, trail_step_ending
from declutter.titles.line import flush_left, page_title_line
from declutter.titles.opening_line import agrees_with_opening_line
from declutter.titles.page_title import weaker_rules_headline
from declutter.titles.title_line_copy import title_line_copy

# How far over the article's first paragraph its headline is looked for, in
# lines: a byline, a date line, a credit and a share row of a few lines
# between (bench meta, inscriptis title right: 6 lines 25.5%, 8 25.8%, 10
# 25.9%, wrong 7.8% for each).
HEADLINE_REACH = 10
# How many headline-shaped lines turned down over the article's first paragraph
# the headline is looked for over (a share row's, a credit's, a deck's line
# under it).
FURTHER_CANDIDATES = 1
# A menu's run of lines may end in the page's headline (no list mark of its
# own, printed after the menu's last item): taken when at most this many lines
# (a date line, a byline) stand between it and the article's first paragraph.
MENU_CLOSER_REACH = 3
# ... and says at least this many things (content words): "Neu bei Amnesty"
# under a login form's "* Pflichtfelder" is a form's heading.
MENU_CLOSER_WORDS = 2
# A menu's item whose link is an icon prints its mark alone ("*").
LIST_MARKS_ALONE = frozenset(mark.strip() for mark in LIST_MARKS)
# A numbered item's mark ("2. Kontakt"): a menu's or a breadcrumb trail's.
_NUMBERED = re.compile(r"\d{1,2}\.\s")
# What the headline may have been labelled: the content step leaves it out
# of the article (off-article, or a short fragment), or keeps it; the headline
# step may have taken it for one without the evidence to make it the title.
_MAY_BE_HEADLINE = frozenset({None, Kind.OFF_ARTICLE, Kind.SHORT_FRAGMENT, Kind.HEADLINE, Kind.DUPLICATE_HEADLINE})
# What is printed between a headline and its article's first paragraph (a
# line of another kind, a newsletter's or a teaser's, ends the search).
_BETWEEN = frozenset({
    None, Kind.OFF_ARTICLE, Kind.SHORT_FRAGMENT, Kind.BYLINE, Kind.DATELINE, Kind.IMAGE_CAPTION, Kind.IMAGE_ALT,
    Kind.COPYRIGHT, Kind.SHARE_PROMPT, Kind.ADVERTISEMENT, Kind.NAVIGATION, Kind.COMMENTS_WIDGET, Kind.PROMO, Kind.DONATION_APPEAL,
})
# What a headline printed once is printed under (the menu, a date line), and
# what the content step labelled it: left out of the article, not kept.
_OVER_HEADLINE = frozenset({Kind.NAVIGATION, Kind.DATELINE})
_LEFT_OUT = frozenset({Kind.OFF_ARTICLE, Kind.SHORT_FRAGMENT})

# The marks a quote of the headline closes with ("Kommentare zu „Headline“").
_CLOSING_QUOTES = "\"'“”„«»‘’ "


@extractor("article-headline", assigns=("title",))
def find_article_headline(doc: Document, settings: Settings) -> None:
    """The title, when no other evidence gave one: the headline over the article's first paragraph, printed again."""
    if doc.title or not doc.blocks:
        return
    opts = settings.headline
    words = block_words(doc).words
    paragraph = next((b for b in doc.blocks if b.kind is None and words[b.index] > PROSE_WORDS and b.text.endswith(SENTENCE_END)), None)
    # The first line when it is one: a second line parted like one is then a kicker's or a section's ("Thema – Corona").
    title_line = _opening_title_line(doc, words[0], opts) or page_title_line(doc)
    if title_line is not None:
        # The page's <title> says what its headline is: its copy, or none (not the h1 over the article).
        tests = title_tests(doc, book_for(settings, doc.language), words, opts.max_words)
        copy = title_line_copy(doc, title_line, paragraph.index if paragraph else len(doc.blocks), tests.told)
        if copy is not None:
            doc.assign("title", copy[0], "title-line-printed-anywhere", copy[1])
        return
    if paragraph is not None:
        paragraph = past_lone_question(doc, paragraph, words, PROSE_WORDS)
    if paragraph is None:
        return
    kept = article_start(doc, paragraph)
    book = book_for(settings, doc.language)
    tests = title_tests(doc, book, words, opts.max_words)
    found = _over_paragraph(doc, (kept, paragraph), tests, words, opts)
    if found is not None:
        doc.assign("title", found[0], found[2], found[1])


def _over_paragraph(
    doc: Document, article: tuple[Block, Block], tests: TitleTests, words: list[int], opts: HeadlineSettings
) -> tuple[str, Block, str] | None:
    """The title over ``article``'s first paragraph (``article``: its first kept line, its first paragraph),
    the line it comes from and how it was found."""
    paragraph = article[1]
    for block in reversed(doc.blocks[max(0, paragraph.index - HEADLINE_REACH) : paragraph.index]):
        closes_menu = paragraph.index - block.index <= MENU_CLOSER_REACH and _closes_menu(doc, block, words[block.index], opts)
        if closes_menu or (_may_be_headline(block, words[block.index], opts) and not meta_line(block, tests.ok)):
            found = _headline_evidence(doc, block, closes_menu, article, tests, words, opts)
            if found is not None:
                return found[0], found[1], "under-menu" if closes_menu else "over-article"
            # A line its article does not retell (a share row's, a credit's, a count's) stands under the
            # headline as often; a line it retells is the headline or its deck, and the line over it a
            # kicker's or a teaser's as often as the headline (bench meta, inscriptis: passed over so,
            # 13 titles right and 8 wrong; only lines not retold: ids 0-7 7 right, ids 8-f 2, none wrong).
            if tests.told(block):
                return None
        if block.kind not in _BETWEEN:
            return None
    return None


def _headline_evidence(
    doc: Document, headline: Block, closes_menu: bool, article: tuple[Block, Block], tests: TitleTests, words: list[int],
    opts: HeadlineSettings,
) -> tuple[str, Block] | None:
    """The title ``headline`` (a line over the article's first paragraph) gives and the line it comes from, when
    the page says it is the headline: printed again, closing the menu, alone under the menu (lone_in_layout) or
    a breadcrumb trail's last step, and retold by the article (``article``: its first kept line, its first paragraph)."""
    kept, paragraph = article
    # What the article under it must retell: half its words, or a third under the menu or a meta line (lone_in_layout).
    told = tests.retold
    if not closes_menu and not _printed_again(doc, headline):
        # A deck (a standfirst without a full stop) under the headline is printed once: the line over it may be the headline.
        above = doc.blocks[headline.index - 1] if headline.index else None
        if above is not None and _may_be_headline(above, words[above.index], opts) and _printed_again(doc, above):
            headline = above
        elif lone_in_layout(doc, headline, words[headline.index]):
            told = tests.told
        elif not _under_menu(doc, headline, paragraph) and trail_step_ending(doc, headline) is None:
            return None
    # A breadcrumb trail's last step close over it, printed again as the line (a kicker glued on or not): its headline.
    step = trail_step_ending(doc, headline)
    # Over the article the content step kept: a line under its first kept one is a subheading.
    if headline.index > kept.index or under_second_header(doc, headline, paragraph):
        return None
    # A line glued to others is a deck's or a teaser's as often, unless a breadcrumb trail's last step prints it.
    alone = step is not None or not glued_in_layout(doc, headline)
    if told(headline) and agrees_with_opening_line(doc, headline, tests.first_titled) and alone:
        text = step or weaker_rules_headline(doc, headline, tests.first_titled) or unglued_headline(doc, headline)
        return text or item_text(doc, headline), headline
    return None


def _may_be_headline(block: Block, words: int, opts: HeadlineSettings) -> bool:
    """A headline-shaped line (``words`` of it) that no rule took for something else."""
    shaped = opts.min_title_words <= words and headline_shaped(block, words, opts.max_words) and not block.text.startswith(LIST_MARKS)
    return shaped and block.kind in _MAY_BE_HEADLINE


def _opening_title_line(doc: Document, words: int, opts: HeadlineSettings) -> Block | None:
    """The page's first line (``words`` of it) when it is its own title line without
    a site part, as scrapes that print the <title> print it (htmltext): a
    headline-shaped line, flush left, that is no menu's or skip link's (left
    out of the article, not labelled). The headline step found no copy of it
    close by, so the page's h1 says something else, and the title the site
    gave the page is that line, not the h1 (on the eval corpus' htmltext
    pages, bench meta: the h1 this step took there was wrong 8 times in 15)."""
    first = doc.blocks[0]
    # Its last mark aside: a title line may end in an abbreviation's ("... Religion e.V.").
    shaped = opts.min_title_words <= words <= opts.max_words and not first.text.startswith(LIST_MARKS)
    return first if shaped and first.kind in (None, Kind.OFF_ARTICLE) and flush_left(doc.source_text, doc.blocks, first) else None


def _under_menu(doc: Document, headline: Block, paragraph: Block) -> bool:
    """Whether ``headline``, printed once, sits between the page's menu (or a date
    line) and its article's first paragraph, left out of the article: where a
    page prints its h1. A line the content step kept, or one with more lines
    between it and the paragraph, is a subheading's, a deck's or a widget's
    as often as the headline (bench meta, inscriptis, pages without other
    title evidence: taken without these tests 101 titles right and 70 wrong,
    with them 39 and 10)."""
    above = doc.blocks[headline.index - 1] if headline.index else None
    return (
        above is not None and above.kind in _OVER_HEADLINE and headline.kind in _LEFT_OUT
        and headline.index + 1 == paragraph.index
    )


def _printed_again(doc: Document, headline: Block) -> bool:
    """Whether another line of the page prints ``headline``, whole or as its last
    words: a teaser's or a list's copy, a breadcrumb trail's last step, a
    comment count's quote of it ("5 Gedanken zu „Headline“"); not a sentence
    ending in it ("Zuletzt fehlen 4 Eier (Größe M) ."): a recipe's ingredient
    or a list's item retold by the text."""
    line = headline.bare.casefold()
    for block in doc.blocks:
        if block is headline or len(block.bare) < len(line):
            continue
        folded = block.bare.casefold().rstrip(_CLOSING_QUOTES)
        if folded == line or (folded.endswith(line) and not folded[-len(line) - 1].isalnum() and not block.text.endswith(".")):
            return True
    return False


def _closes_menu(doc: Document, block: Block, words: int, opts: HeadlineSettings) -> bool:
    """Whether ``block`` (``words`` of it) is a headline-shaped line the navigation
    step took into the menu over it: labelled a menu's, right under a menu's
    item (a list mark or a number: "* Kontakt", "2. Aktuelle Meldungen"), and
    no item itself, saying two things at least (content words). Under a
    line without a mark it is as often a section's subheading, that line
    the page's title (bench meta: 5 titles wrong in 14 so)."""
    above = doc.blocks[block.index - 1] if block.index else None
    return (
        block.kind is Kind.NAVIGATION and above is not None and above.kind is Kind.NAVIGATION and _menu_item(above.text)
        and not _menu_item(block.text) and opts.min_title_words <= words and headline_shaped(block, words, opts.max_words)
        and len(content_words(block.text)) >= MENU_CLOSER_WORDS
    )


def _menu_item(text: str) -> bool:
    """A list's or a menu's item by its mark ("* Kontakt", "2. Aktuelle Meldungen")."""
    return text.startswith(LIST_MARKS) or text.rstrip() in LIST_MARKS_ALONE or _NUMBERED.match(text) is not None
