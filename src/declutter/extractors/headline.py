"""Find the headline and drop its printed copies (fuzzy, with rapidfuzz).

Scrapes print the headline twice or more: the page <title> ("Headline | Site"),
the h1, an image caption, a share widget. The headline goes to ``doc.title``
and every copy is dropped as ``duplicate-headline``.
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz, process, utils

from declutter.blocks import SENTENCE_END, Block, at_most_words
from declutter.content.blockwords import block_words
from declutter.document import Document
from declutter.extractor import extractor
from declutter.kinds import Kind, Role
from declutter.phrases import PhraseBook, book_for
from declutter.phrases.dates import find_dates
from declutter.settings import Settings
from declutter.sources.sections import a_menu_section
from declutter.titles.between import deck_under, first_prose_index, name_line, past_the_menu
from declutter.titles.evidence import (
    LIST_MARKS,
    MIN_HEADLINE_PART_WORDS,
    TitleShaped,
    TitleTest,
    first_line,
    headline_shaped,
    headline_text,
    names_a_site,
    title_tests,
)
from declutter.titles.further_down import agreeing_further_down
from declutter.titles.glued import unglued_headline
from declutter.titles.layout import glued_in_layout
from declutter.titles.line import NUMBERS, adds_a_part, category_list, page_title_line, site_of, site_readings, title_separated
from declutter.titles.opening_line import agrees_with_opening_line
from declutter.titles.page_title import BYLINE_KINDS, opens_article, page_title_repeated, same_line, weaker_rules_headline
from declutter.titles.under_copy import headline_under_copy

# How far ahead a repeat of a headline is looked for (the h1 after the <title>
# line, the headline under a logo and a menu of a few lines).
REPEAT_WINDOW = 8
# ... and printed again close by: at most this many lines further down (a
# logo, a kicker, a share row between). A line repeated further away is a
# widget's or a menu's (bench meta: wrong titles).
REPEAT_REACH = 4
_DIGIT = re.compile(r"\d")
# The rules that read the page's title line and its copy: the title they find needs no agreeing with it.
_TITLE_LINE_RULES = ("page-title-printed-again", "under-title-copy")
# ... and the rules whose line keeps its own wording, not the title line's: a line printed twice is the h1 as the
# page prints it, where the <title> is often reworded (bench meta, htmltext: 2 titles wrong made right, none lost).
_OWN_WORDING_RULES = (*_TITLE_LINE_RULES, "printed-twice")
# A feed item's first paragraph, right under its title: a sentence of more words than this.
FEED_LEAD_WORDS = 15
# A meta line under a headline (date, byline, place, reading time) is short.
META_WORDS = 20
# A kicker over a headline ("Lokales", "Energiewende Oberland") has at most
# this many words; a longer headline-shaped line over it is the headline, and
# the line over the byline its deck.
KICKER_WORDS = 4


@extractor("headline", assigns=("blocks", "title", "source"))
def label_headlines(doc: Document, settings: Settings) -> None:
    """The title (the page title's headline printed again, a line printed twice, or over a byline) and its copies, fuzzy."""
    opts = settings.headline
    words = block_words(doc).words
    book = book_for(settings, doc.language)
    # A block's word count is tested before it is looked at (most blocks are longer than a headline).
    fewest, most = opts.min_title_words, opts.max_words
    # The title line's part printed again may be shorter than the lines the weaker rules take.
    copies = [
        b for b, count in zip(doc.blocks, words)
        if opts.min_copy_words <= count <= most and b.kind is None and headline_shaped(b, count, most) and not b.text.startswith(LIST_MARKS)
    ]
    anywhere = [b for b in copies if words[b.index] >= fewest]
    titled = [b for b in anywhere if b.index < opts.search_blocks]
    ok, told, retold, first_titled = title_tests(doc, book, words, most)
    if not doc.title:  # the evidence, strongest first
        printed = page_title_repeated(doc, book, copies, (ok, told), opts.duplicate_threshold)
        found, how = (printed.block if printed else None), "page-title-printed-again"
        if printed and (under := headline_under_copy(doc, printed.block, words, most, told)):  # the copy an SEO title's
            found, how, printed = under, "under-title-copy", None
        # A line printed twice under the article's first paragraph is a teaser's as often as
        # the headline: the rules that look over the article go first (bench styles: aggregators').
        prose = first_prose_index(doc, words)
        repeated = None if printed else _repeated_headline(doc, titled, ok, retold, opts.duplicate_threshold, prose)
        if found is None:
            found, how = _printed_twice(doc, repeated), "printed-twice"
        if found is None:
            # A page that does not open with its <title> line (a rendering of the layout) prints its menu, of any
            # length, over the headline: its headline is looked for past the menu; else further down, told by that line.
            untitled = page_title_line(doc) is None and first_line(doc) is None
            further = [] if untitled else agreeing_further_down(doc, anywhere, opts.search_blocks)
            over = past_the_menu(doc, anywhere, words, opts.search_blocks) if untitled else titled + further
            found, how = _headline_over_byline(doc, book, over, (told, retold), untitled), "over-byline"
        if found is None:
            found, how = _shortened_copy(doc, titled, told), "printed-shortened"
        if found is None:
            found, how = _feed_item_title(doc, titled, told), "opens-the-item"
        if found is None and prose < len(doc.blocks):
            # When none over line ``prose`` was printed again (above; nothing has changed since), they need no comparing again.
            further = titled if repeated else [b for b in titled if b.index >= prose]
            found, how = _printed_twice(doc, _repeated_headline(doc, further, ok, retold, opts.duplicate_threshold)), "printed-twice"
        weaker = how not in _TITLE_LINE_RULES
        if found is not None and weaker:  # a rendering of the layout prints its h1 between blank lines
            agrees = agrees_with_opening_line(doc, found, first_titled) and not glued_in_layout(doc, found)
            found = _without_added_part(doc, found) if agrees else None
        if found is not None:
            reworded = weaker_rules_headline(doc, found, first_titled) if how not in _OWN_WORDING_RULES else None
            text = printed.text if printed else reworded or unglued_headline(doc, found)
            text = text or headline_text(_untruncated(found, anywhere).text)
            doc.assign("title", text, how, found)
            for shortened in _shortened_near(doc, found):
                doc.drop(shortened, Kind.DUPLICATE_HEADLINE, role=Role.TITLE)
    if doc.title:
        for block in _near_copies(doc.blocks, doc.title, opts.duplicate_threshold):
            # The title printed again word for word is its copy whatever its last mark
            # (a headline ending "So Do We.", named by a feed's footer).
            copy = block.text == doc.title or (
                headline_shaped(block, words[block.index], opts.max_words) and same_line(block.text, doc.title, opts.duplicate_threshold)
            )
            if block.kept and copy:
                doc.drop(block, Kind.DUPLICATE_HEADLINE, role=Role.TITLE)


def _near_copies(blocks: list[Block], title: str, threshold: float) -> list[Block]:
    """The blocks whose fuzzy ratio to ``title`` reaches ``threshold``, found in one
    call into rapidfuzz (a Python call per block cost more than the comparing)."""
    if not blocks:
        return []
    # cdist gives float32 scores: a hair under the cut, so no block _same
    # would accept is left out (_same decides, in full precision).
    cutoff = threshold - 0.01
    ratios = process.cdist([title], [b.text for b in blocks], scorer=fuzz.ratio, processor=utils.default_process, score_cutoff=cutoff)
    return [block for block, ratio in zip(blocks, ratios[0]) if ratio >= cutoff]


def _untruncated(found: Block, candidates: list[Block]) -> Block:
    """The whole headline when the one found is a copy cut short ("What is Rust and why…")."""
    if not found.text.endswith(("…", "...")):
        return found
    stem = found.text.rstrip("….").rstrip()
    # Not a line printing the cut copy itself with more after it ("Headline… | Site").
    longer = [b for b in candidates if len(b.text) > len(found.text) and b.text.startswith(stem) and not b.text.startswith(found.text)]
    return longer[0] if longer else found


def _feed_item_title(doc: Document, candidates: list[Block], ok: TitleTest) -> Block | None:
    """A feed item (or a pasted article) opens with its title, then its text:
    the page's first line, when a paragraph of prose follows it at once (or
    under a breadcrumb trail whose last step is that line: "Home > News > Title")."""
    first = candidates[0] if candidates and candidates[0].index == 0 else None
    if first is None or len(doc.blocks) < 2:
        return None
    following = doc.blocks[1]
    if following.text != first.text and headline_text(following.text) == first.text and len(doc.blocks) > 2:
        following = doc.blocks[2]
    lead = following.kind is None and following.text.endswith(SENTENCE_END) and not at_most_words(following.text, FEED_LEAD_WORDS)
    if lead and ok(first):
        return first
    return None


def _printed_twice(doc: Document, found: Block | None) -> Block | None:
    """``found`` (_repeated_headline's), unless the page has a title line ("Headline | Site") no part of
    which is printed again as the h1: its headline is printed once, and a line printed twice is a
    widget's, a section's or the site's (bench meta, text pages: wrong 6 times in 8)."""
    return None if found is not None and page_title_line(doc) not in (None, found) else found


def _repeated_headline(
    doc: Document, candidates: list[Block], ok: TitleShaped, told: TitleTest, threshold: float, until: int | None = None
) -> Block | None:
    """A candidate printed again close by (REPEAT_REACH), the first of the two over line ``until`` if given."""
    # Each candidate is compared with up to REPEAT_WINDOW later ones: its numbers, its text as rapidfuzz's
    # processor leaves it and its "Headline | Site" readings are worked out once, not per pair (processing both
    # texts of every pair was most of the comparing), and only as far as the window reaches: on three pages in
    # four a repeat is found within the first few of some thirty candidates.
    numbers: list[list[str]] = []
    processed: list[str] = []
    for i, block in enumerate(candidates):
        reach = min(i + 1 + REPEAT_WINDOW, len(candidates))
        numbers += [NUMBERS.findall(b.text) for b in candidates[len(numbers) : reach]]
        processed += [utils.default_process(b.text) for b in candidates[len(processed) : reach]]
        if until is not None and block.index >= until:
            break
        readings = site_readings(block.text)
        for j in range(i + 1, reach):
            if candidates[j].index - block.index > REPEAT_REACH:
                break
            if numbers[i] == numbers[j] and fuzz.ratio(processed[i], processed[j]) >= threshold:
                if opens_article(doc, candidates[j]) and ok(block) and told(candidates[j]):
                    return candidates[j]
                continue
            split = site_of(readings, processed[j], numbers[j], threshold) if readings else None
            if split and ok(candidates[j]):
                if names_a_site(split, ok.book) and not a_menu_section(doc, split):
                    doc.assign("source", split, "page-title-site", block)
                doc.drop(block, Kind.DUPLICATE_HEADLINE, role=Role.PAGE_TITLE)
                return candidates[j]
    return None


def _shortened_copy(doc: Document, candidates: list[Block], ok: TitleTest) -> Block | None:
    """A headline printed again cut short beside it ("LVMH mit…" over "LVMH mit ordentlichem Wachstum", as AMP pages
    and teasers print it), its article following: the whole line is the title, the short one its copy."""
    if not candidates or not any(b.kind is None and b.text.endswith(("…", "...")) for b in doc.blocks[: candidates[-1].index + 2]):
        return None  # most pages print no line cut short
    for block in candidates:
        if "…" in block.text or "..." in block.text or "? " in block.text or "! " in block.text:
            continue  # itself cut short, or more than one sentence: a comment's or a paragraph's start
        for other in _shortened_near(doc, block):
            if opens_article(doc, max(block, other, key=lambda b: b.index)) and ok(block):
                return block
    return None


def _without_added_part(doc: Document, found: Block) -> Block:
    """The headline printed close by without the part ``found`` adds after a
    separator ("Headline – live", "Headline | Site" beside "Headline"): the
    headline itself."""
    if len(title_separated(found.text)) < 2:
        return found
    near = doc.blocks[max(0, found.index - REPEAT_REACH) : found.index + 1 + REPEAT_REACH]
    # Its copy may have been read as a byline ("Von Sprachregeln, Gender-Politik und ...").
    return next((b for b in near if b.kind in (None, Kind.BYLINE) and adds_a_part(found.text, b.text)), found)


def _shortened_near(doc: Document, block: Block) -> list[Block]:
    """The kept lines right above or under ``block`` that print it cut short ("LVMH mit…")."""
    found = []
    for other in doc.blocks[max(0, block.index - 1) : block.index + 2]:
        stem = other.text.removesuffix("…").removesuffix("...").rstrip()
        cut = stem != other.text and len(stem.split()) >= 2 and len(stem) < len(block.text)
        if other.kind is None and cut and block.text.startswith(stem):
            found.append(other)
    return found


def _headline_over_byline(
    doc: Document, book: PhraseBook, candidates: list[Block], tests: tuple[TitleTest, TitleTest], untitled: bool
) -> Block | None:
    """A headline printed once sits right over its byline or date line (or a
    short line holding a date: "Published: Jueves, 21 Abril 2022 Escrito por ..."),
    and its article follows: a teaser's title over its date has no article under it.
    A name's line may stand between, and on a page whose first line is not
    its <title> line (indented or a menu's, as a rendering of the layout
    prints it) a deck retelling the headline (bench meta, inscriptis: title
    right 35.2% -> 36.5%, wrong 7.2% -> 7.5%; on htmltext's pages, which open
    with the <title> line, as many such titles were wrong as right).
    ``tests``: the title test right over a byline ("By Jane Doe"), and the
    stricter one over a date or a name's line, which widgets' and teasers' lines sit over too."""
    over_byline, over_other = tests
    for block in candidates:
        # The meta line, or a name's line (the author's, the source's) or a deck and the meta line under it.
        for following in doc.blocks[block.index + 1 : block.index + 3]:
            meta = following.kind in BYLINE_KINDS
            if not meta and following.kind is None and at_most_words(following.text, META_WORDS) and _DIGIT.search(following.text):
                meta = bool(find_dates(following.text, book))
            ok = over_byline if following.kind is Kind.BYLINE and following.index == block.index + 1 else over_other
            if meta and opens_article(doc, following) and ok(block):
                block = _headline_over_deck(doc, block, candidates, over_other)
                doc.drop(block, Kind.HEADLINE, role=Role.TITLE)
                return block
            # A post's category line ("Posted in News"), which the boilerplate step named a menu's, is passed over too.
            passed = name_line(following) or following.kind == Kind.NAVIGATION or (untitled and deck_under(block, following))
            if meta or not passed:
                break
    return None


def _headline_over_deck(doc: Document, found: Block, candidates: list[Block], told: TitleTest) -> Block:
    """The headline right over ``found`` when ``found`` is its deck (a standfirst
    without a full stop, between the headline and the byline: "Headline",
    "Deck", "By Jane Doe"): a line of more than KICKER_WORDS words (a kicker
    over a headline is shorter: "Lokales", "Energiewende Oberland:"),
    headline-shaped and told by its article, neither parted like a title line
    ("Headline | 2020") nor a list of a post's categories, nor a breadcrumb
    trail glued to ``found`` ("Home News Headline"). Not the page's first
    line: a scrape's title line, whose agreement with ``found``
    agrees_with_page_title weighs."""
    above = next((b for b in candidates if b.index == found.index - 1 and b.index > 0), None)
    if above is None or at_most_words(above.text, KICKER_WORDS):
        return found
    parted = _title_line_parted(above.text) or category_list(above.text) or found.text in above.text
    return found if parted or not told(above) else above


def _title_line_parted(text: str) -> bool:
    """Parted like a title line: a part of fewer than MIN_HEADLINE_PART_WORDS
    words, a site's, a section's or a date's ("Headline | 2020", "Kultur –
    Headline"). A headline whose parts are each a clause ("The Captain's Quest
    2017 – Contest auf schwimmender Miniramp", "Delevoye, monsieur retraites :
    Jacques Chirac lui donnait ...") is one headline, its deck under it."""
    parts = title_separated(text)
    return len(parts) > 1 and any(len(part.split()) < MIN_HEADLINE_PART_WORDS for part in parts)
