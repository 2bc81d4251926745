"""The strongest title evidence: the page's own <title> line ("Headline | Site",
printed first by scrapers) whose headline part the page prints again as a
line of its own (the h1). Which part is the headline, which the site, and
what of the copy is the headline, are this module's questions.
"""
from __future__ import annotations

from typing import NamedTuple

from rapidfuzz import fuzz, process, utils

from declutter.blocks import SENTENCE_END, Block, at_most_words, edge_stripped
from declutter.document import Document
from declutter.kinds import Kind, Role
from declutter.phrases import PhraseBook
from declutter.sources.sections import a_menu_section
from declutter.titles.evidence import (
    MIN_HEADLINE_PART_WORDS,
    PAGE_TITLE_AGREEMENT,
    TitleTest,
    headline_first_line,
    headline_text,
    names_a_site,
    page_titles_headline,
    said_once,
)
from declutter.titles.line import NUMBERS, PAGE_TITLE_BLOCKS, flush_left, page_title_line, title_parts
from declutter.titles.not_prose import one_sentence

# Kinds the dateline extractor gives to the lines that follow a headline.
BYLINE_KINDS = (Kind.BYLINE, Kind.DATELINE)
# A line opens its article when prose (a sentence of more than PROSE_WORDS
# words), a byline or a date line follows within ARTICLE_REACH blocks (a
# caption, a share row or a standfirst's label between).
ARTICLE_REACH = 6
PROSE_WORDS = 8
# A logo's text is printed at the page's top: at most this many blocks under
# the title line (a skip link between); an h1 follows a menu.
LOGO_REACH = 3
# A title line's longer part of more than this many times the words of its
# shorter is its headline (bench meta, htmltext: reading such parts the other
# way round made 3 right titles wrong, none right).
SITE_WORDS_RATIO = 2


class PageTitleMatch(NamedTuple):
    """The headline's copy found, and the headline as the title line prints it
    when the copy has more words glued before it (else None: the copy's own text)."""

    block: Block
    text: str | None


def opens_article(doc: Document, block: Block) -> bool:
    """Whether a paragraph of prose, a byline or a date line follows ``block``
    closely: a headline opens its article, a menu item or a logo is followed by more menu.
    The lines an earlier step labelled (a video's "Duration 2:31", a share row)
    count for half when prose is looked for: a player's or a widget's lines
    print more of them (a date line further down is a sidebar's or a teaser's)."""
    reach: float = ARTICLE_REACH
    for seen, following in enumerate(doc.blocks[block.index + 1 : block.index + 1 + 2 * ARTICLE_REACH]):
        if following.kind in BYLINE_KINDS and seen < ARTICLE_REACH:
            return True
        if following.text.endswith(SENTENCE_END) and not at_most_words(following.text, PROSE_WORDS):
            return True
        reach -= 1 if following.kind is None else 0.5
        if reach <= 0:
            break
    return False


def same_line(a: str, b: str, threshold: float) -> bool:
    """One line printed twice: numbers equal ("3 hours ago" is not "5 hours ago"), text fuzzily so."""
    if NUMBERS.findall(a) != NUMBERS.findall(b):
        return False
    return fuzz.ratio(a, b, processor=utils.default_process) >= threshold


def page_title_repeated(
    doc: Document, book: PhraseBook, titled: list[Block], tests: tuple[TitleTest, TitleTest], threshold: float
) -> PageTitleMatch | None:
    """The page's own title line whose headline part is printed again below,
    as the h1: that copy is the title, and the rest of the title line the
    site's name. ``tests``: (ok, told), the weaker and the stronger title test."""
    ok, told = tests
    title_line = page_title_line(doc)
    for first in doc.blocks[:PAGE_TITLE_BLOCKS]:
        if title_line is not None and first.index > title_line.index:
            # The line under the page's title line ("Headline - Site") is a section's or a menu's, printed again
            # in the menu or over the section's teasers (bench meta, htmltext: 2 titles wrong, none right).
            break
        later = [b for b in titled if b.index > first.index]
        if first.kind is not None or not later or not flush_left(doc.source_text, doc.blocks, first):
            continue
        readings = [(first.text, None), *title_parts(first.text)]
        # Every reading against every later line in one call into rapidfuzz
        # (cdist's float32 scores: a hair under the cut, same_line decides).
        ratios = process.cdist(
            [head for head, _ in readings], [b.text for b in later],
            scorer=fuzz.ratio, processor=utils.default_process, score_cutoff=threshold - 0.01,
        )
        rows, columns = ratios.nonzero()
        # The first line printed again first; of the readings it prints, the closest first.
        pairs = sorted(zip(columns.tolist(), rows.tolist()), key=lambda pair: (pair[0], -ratios[pair[1], pair[0]]))
        matches = [
            (readings[row][1], later[column], row)
            for column, row in pairs
            if same_line(readings[row][0], later[column].text, threshold)
        ]
        # A first line without a site part is any line printed twice (a logo's, a menu's).
        # A part that is a page's label ("Últimas noticias", "Startseite") names a section's or a live page, no headline.
        # A copy shorter than a headline part's words (HeadlineSettings.min_copy_words) is the
        # headline where the line opens with it, not its last part, where site names stand ("What
        # we do - Creative Commons" prints "Creative Commons" as its logo).
        opening = utils.default_process(first.text)
        passing = [
            match for match in matches
            if (ok(match[1]) if match[2] else told(match[1])) and book.title_label.fullmatch(match[1].bare) is None
            and (not at_most_words(match[1].text, MIN_HEADLINE_PART_WORDS - 1) or opening.startswith(utils.default_process(match[1].text)))
        ]
        if not passing:
            continue
        chosen = passing[0]
        # "Headline - Site Name" whose shorter part is the headline prints
        # the site's name again as a logo above the h1: the copy the article
        # is about wins.
        if len(matches) > 1 and not told(chosen[1]):
            chosen = next((match for match in passing[1:] if told(match[1])), chosen)
        site, block, row = chosen
        head = readings[row][0]
        # The copy printed as the reading is (a breadcrumb glued before one, "Home News Headline", is not).
        exact = utils.default_process(head)
        block = next((m[1] for m in passing if m[2] == row and utils.default_process(m[1].text) == exact), block)
        logo = block.index - first.index <= LOGO_REACH and not opens_article(doc, block)
        swapped = None
        if logo:
            swapped = _site_is_the_headline(doc, block, site, ok)
        elif _alike_in_length(head, site) and not opens_article(doc, block):
            # A copy of a part no longer than the other with no article under it (a
            # footer's, a teaser's): the other part's line told by the article under it is the headline.
            swapped = _site_is_the_headline(doc, first, site, told)
        if swapped is not None:
            # The long part names the site when its copy is the page's logo.
            site, block, head = (head if logo else None), swapped, swapped.text
        if site and logo and swapped is None and first.text.startswith(site):
            # "Section | Site Name" whose trailing part's copy is a logo's (the
            # page's top, no article under it): that part names the site.
            site = head
        if site and names_a_site(site, book) and not a_menu_section(doc, said_once(site)):  # "Headline | Politik"
            doc.assign("source", said_once(site), "page-title-site", first)
        doc.drop(first, Kind.DUPLICATE_HEADLINE, role=Role.PAGE_TITLE)
        # A copy with more words glued before the headline (a breadcrumb
        # trail's steps, "Start Archiv Headline") is the headline the title line prints.
        glued = len(block.text) > len(head) and block.text.endswith(head)
        return PageTitleMatch(block, head if glued else None)
    return None


def _alike_in_length(head: str, site: str | None) -> bool:
    """Whether the title line's longer part has at most SITE_WORDS_RATIO times the
    words of its shorter one: a headline is said in many more words than a
    site's name, else the parts' lengths do not tell which is which
    ("Ein Albtraum - DER SPIEGEL 52/2018")."""
    return site is not None and len(head.split()) <= SITE_WORDS_RATIO * len(site.split())


def _site_is_the_headline(doc: Document, after: Block, site: str | None, titled: TitleTest) -> Block | None:
    """For "Short Headline | Longer Site Name" read the other way round: the
    line after ``after`` printing the short part alone, when the short part's
    line opens the article and ``titled`` takes it. Blogs title their pages
    so ("Nebelsuppe. | Das Leben, der Meister und ich"), printing the long
    part as a logo's (at the page's top, a menu under it), or in a footer."""
    if site is None:
        return None
    folded = edge_stripped(site).casefold()
    printed = (b for b in doc.blocks[after.index + 1 :] if b.kind is None and b.bare.casefold() == folded)
    return next((b for b in printed if opens_article(doc, b) and titled(b)), None)


def weaker_rules_headline(doc: Document, found: Block, titled: TitleTest) -> str | None:
    """The title a line a weaker rule found (not the title line's copy) gives, when
    the page's title line says it otherwise: the title line's part that agrees
    with it (page_titles_headline), or the page's first line (_first_lines_headline)
    when it has no site part. None: ``found``'s own text."""
    first = page_title_line(doc)
    if first is None:
        return _first_lines_headline(doc, found, titled)
    return page_titles_headline(first, found) if first is not found else None


def _first_lines_headline(doc: Document, found: Block, titled: TitleTest) -> str | None:
    """The page's first line, when it reads as a headline (``titled``, no site part)
    and says what ``found`` says in other words: the page's <title>, the
    headline the site gave the page, where ``found`` is its h1 reworded (on the
    eval corpus' text pages, bench meta: 6 wrong titles made right, 3 right ones wrong)."""
    first = headline_first_line(doc, titled)
    # A breadcrumb trail ("Home > News > Headline") is a menu's line, not the <title>.
    if first is None or first is found or not one_sentence(first.text) or headline_text(first.text) != first.text:
        return None
    agrees = fuzz.token_set_ratio(first.text, found.text, processor=utils.default_process) >= PAGE_TITLE_AGREEMENT
    return first.text if agrees else None

