"""What tells a headline from the other short lines of a page.

Its shape (TitleShaped): not printed more than a few times, no date or age, no
label, not a breadcrumb trail, a link, code or two sentences; and whether the
article under a line is about what the line says: a headline's words come back
in its article's text, a caption's, a widget's or a menu's line's do not.

The headline extractor's weaker rules (a line printed twice, a line over a
byline or a date) take widget lines ("Du kommentierst mit Deinem
Twitter-Konto"), labels ("Learn about our editorial policies") and other
stories' titles as often as the headline on renderings without the page's
<title> line (inscriptis). On the eval corpus' text pages (bench meta) a title
those rules found that shares fewer than a third of its words with the prose
below it was wrong 100 times in 120.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import NamedTuple

from rapidfuzz import fuzz, utils

from declutter.blocks import SENTENCE_END, Block
from declutter.content.blockwords import block_words
from declutter.document import Document
from declutter.phrases import PhraseBook
from declutter.phrases.dates import find_dates

# The page's title line is found in titles/line.py; the publisher extractor asks for it here.
from declutter.titles.line import flush_left, folded_lines, page_title_line, title_separated
from declutter.titles.not_prose import one_sentence

_DIGIT = re.compile(r"\d")
# A part in brackets: a headline may name its event's date there ("Konzert im Dom
# (26. 2. 2015, Eichstätt)"); a teaser's or a comment's date stands on its own.
_BRACKETED = re.compile(r"\([^()]*\)")
# A list item is a menu's or a list's, never the headline (inscriptis prints
# nested items with "+", "o", "*" and "-").
LIST_MARKS = ("+ ", "o ", "* ", "- ", "• ", "· ")
# How a headline never ends: a sentence's or a label's last marks.
HEADLINE_NEVER_ENDS = (".", ":", ";", ",")
# A part of the page's title line that may be its headline has this many
# words at least: a site's or a section's name ("Strategie", "Innovation") has fewer.
MIN_HEADLINE_PART_WORDS = 3
# How much of a title found elsewhere the page's title line must share
# (rapidfuzz token_set_ratio): a shortened or reworded headline still does.
PAGE_TITLE_AGREEMENT = 70
# A headline is printed two or three times (<title>, h1, a share widget); a
# line printed more often is a widget's ("Reply", "Du kommentierst mit ...").
MAX_PRINTS = 3
# A breadcrumb trail's steps ("Home / News / Headline", "Startseite » Rezepte
# » Kuchen"): a page's trail ends in its own title.
_CRUMB_MARKS = "/»›>"
_CRUMB = re.compile(rf"\s[{_CRUMB_MARKS}]{{1,2}}\s")
# Links printed in a row, a space before each comma ("Bildung , Schule , Add
# comments": a rendering that spaces inline links prints a post's tags and
# categories so): a list, never a headline (bench meta: such titles wrong 4 times in 4).
_LINK_LIST = " , "
# An e-mail address: a contact line's, never a headline's (not even a page title's copy).
_MAIL = re.compile(r"\w@[\w-]+\.\w")

# A word that says what a line is about: four letters or more ("the", "und",
# "des" and most other function words are shorter).
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
# A word's first letters, as its article may inflect it ("Expeditionen" in
# the headline, "Expedition" in the text; "returns", "returned").
STEM = 6
# The article's prose: lines ending as sentences end, of more than this many
# words (menus, labels and credits are shorter), ...
PROSE_WORDS = 8
# ... among this many lines under the headline (its first paragraphs; a long
# page's comments and teasers further down say other things).
ARTICLE_LINES = 60
# The share of a headline's content words the prose under it must print. A
# third: a headline says in few words what the article says in many, but a
# kicker, a pun or a question may miss its article's wording.
MIN_SHARED = 1 / 3
# A line printed twice (not as the page's title line) is the headline only
# if the article under it prints half its content words, two at least: a
# widget's line printed twice ("Hinterlasse einen Kommentar") shares a
# common word or two with any article.
REPEAT_SHARED = 0.5
REPEAT_FEWEST = 2


class TitleShaped:
    """Whether a headline-shaped line may be the title: not printed more than
    MAX_PRINTS times, no age or date, no label, no list of links, no e-mail address. Asked only of the lines a rule
    would take (these tests on every line of a page cost more than the rules)."""

    def __init__(self, doc: Document, book: PhraseBook) -> None:
        self.doc, self.book = doc, book
        # The page's lines folded (folded_lines) as far as a line asked about
        # reaches, counted: folded once a page, not once a line asked about.
        self._folded: Counter[str] = Counter()
        self._folded_up_to = -1

    def __call__(self, block: Block) -> bool:
        line = block.bare.casefold()
        return (
            self._prints(line) <= MAX_PRINTS and not _dated(block.text, self.book)
            and not _labelled(block, self.book) and not _bare_trail(block.text) and _LINK_LIST not in block.text
            and _MAIL.search(block.text) is None
        )

    def _prints(self, line: str) -> int:
        """How many of the page's lines fold to ``line`` (a longer one never does: folded_lines)."""
        if len(line) > self._folded_up_to:
            self._folded.update(folded_lines(self.doc.blocks, len(line), beyond=self._folded_up_to))
            self._folded_up_to = len(line)
        return self._folded[line]


def _labelled(block: Block, book: PhraseBook) -> bool:
    """A section's heading ("Most read"), a byline ("Article by Jane Okafor") or a
    date label's line ("Published in News"): labels, not headlines."""
    return (
        book.section_of(block.text) is not None
        or book.byline.search(block.text) is not None
        or book.date_label.match(block.bare) is not None
    )


def _dated(text: str, book: PhraseBook) -> bool:
    """An age ("3 hours ago", "vor 11 Minuten") or a date outside brackets: a teaser's
    or a comment's line, not a headline."""
    if book.age.search(text) is not None:
        return True
    if _DIGIT.search(text) is None:
        return False
    unbracketed = _BRACKETED.sub(" ", text) if "(" in text else text
    return _DIGIT.search(unbracketed) is not None and bool(find_dates(unbracketed, book))


def headline_text(text: str) -> str:
    """The headline a line prints: the last step of a breadcrumb trail ("home / IT /
    Cyber-Angriffe: 20 Prozent ..."), else the line itself."""
    steps = _CRUMB.split(text)
    return steps[-1].strip() if len(steps) > 2 else text


def _bare_trail(text: str) -> bool:
    """A breadcrumb trail whose last step is a word, a section's name ("Home ›› Politik ›› Politik")."""
    if not any(mark in text for mark in _CRUMB_MARKS):  # most lines: no split to try
        return False
    steps = _CRUMB.split(text)
    return len(steps) > 2 and len(steps[-1].split()) < 2


def content_words(text: str) -> set[str]:
    """The words of ``text`` that say what it is about, cut to their stems."""
    return {w.casefold()[:STEM] for w in _CONTENT_WORD.findall(text)}


def told_by_article(doc: Document, block: Block, share: float = MIN_SHARED, fewest: int = 1) -> bool:
    """Whether the prose under ``block`` prints at least ``share`` of its content
    words, and at least ``fewest`` of them."""
    words = content_words(block.text)
    if not words:
        return False
    fewest = min(fewest, len(words))  # a headline of one content word needs that one
    missing = set(words)
    counts = block_words(doc).words  # counted once for the page
    for following in doc.blocks[block.index + 1 : block.index + 1 + ARTICLE_LINES]:
        text = following.text
        if counts[following.index] > PROSE_WORDS and text.endswith(SENTENCE_END):
            folded = text.casefold()
            missing = {w for w in missing if w not in folded}
            if len(missing) <= len(words) * (1 - share) and len(words) - len(missing) >= fewest:
                return True
    return False


def headline_shaped(block: Block, words: int, max_words: int) -> bool:
    """Two to ``max_words`` words (``words``, counted for the page at once), and not a
    sentence or a label by its last mark: the shape of a headline."""
    return 1 < words <= max_words and not block.text.endswith(HEADLINE_NEVER_ENDS)


def page_titles_headline(first: Block, found: Block) -> str | None:
    """The part of the page's title line ("Headline | Site") closest to ``found`` (the line a weaker rule took), when that
    part agrees with it and is one sentence: a page's h1 is often its
    <title>'s headline reworded or with a kicker added ("DB Lounge: Kein
    Zugang mehr ..." under "DB Lounge: Kein Zutritt mehr ... | Site"), and
    the <title> is the headline the site gave the page."""
    parts = title_separated(first.text)
    heads = [part for part in parts if len(part.split()) >= MIN_HEADLINE_PART_WORDS] if len(parts) > 1 else []
    best = max(heads, key=lambda head: fuzz.ratio(head, found.text, processor=utils.default_process), default=None)
    agrees = best is not None and fuzz.token_set_ratio(best, found.text, processor=utils.default_process) >= PAGE_TITLE_AGREEMENT
    # A title line printing ``found`` whole splits its headline ("Kicker – Headline | Site").
    within = utils.default_process(found.text) in utils.default_process(first.text)
    return best if agrees and not within and best is not None and one_sentence(best) else None


def agrees_with_page_title(doc: Document, found: Block, titled: TitleTest) -> bool:
    """Whether a title found in the page's text fits the page's own title line
    ("Headline | Site" first, as scrapers print the <title>), when there is one:
    a line printed twice or over a date that shares no words with it is a
    widget's, a teaser's or a comment's (on the eval corpus' text pages such
    lines were wrong titles four times in five). A page's first line without
    a site part is its title line too when ``titled`` takes it (headline-shaped,
    flush left, and what the article under it is about; a menu's, a logo's,
    a cookie banner's or a skip link's first line is not: asking less of it
    turned down right titles on the page-styles bench, whose pages open with
    such lines). On the eval corpus' text pages (bench meta) the titles such
    a first line turned down were wrong 6 times in 13: a wrong title is worse
    than none (issue 15)."""
    first = page_title_line(doc) or headline_first_line(doc, titled)
    if first is None or first is found:
        return True
    return fuzz.token_set_ratio(found.text, first.text, processor=utils.default_process) >= PAGE_TITLE_AGREEMENT


def first_line(doc: Document) -> Block | None:
    """The page's first line when it may be its title line: kept, no list's
    item, and flush left (a rendering that indents prints its logo's and
    menu's lines so, never the <title>)."""
    first = doc.blocks[0] if doc.blocks else None
    if first is None or first.kind is not None or first.text.startswith(LIST_MARKS) or not flush_left(doc.source_text, doc.blocks, first):
        return None
    return first


def headline_first_line(doc: Document, titled: Callable[[Block], bool]) -> Block | None:
    """The page's first line when it reads as a headline (``titled`` takes it)."""
    first = first_line(doc)
    return first if first is not None and titled(first) else None


def names_a_site(name: str, book: PhraseBook) -> bool:
    """Whether an outer part of a page's title line may be the site's name:
    not a live page's label ("latest updates"), an age ("vor 5 Tagen"), a
    line the phrase book names (a menu's "Impressum") or a label ("Sie sind
    hier: Home"), a byline ("By Jane Doe") or a date ("31.10.2023, 10.19 Uhr"):
    the part of the title line an author's or a date's field gives."""
    bare = name.strip()
    return (
        book.title_label.fullmatch(bare) is None and not _dated(bare, book)
        and book.line_kind(bare) is None and ": " not in bare and book.byline.search(bare) is None
        and not (bare[:1].islower() and book.byline_for.match(" " + bare))  # "für FinanceScout24.de": a name opens with its own word
    )


def said_once(name: str) -> str:
    """A site part that says its name of several words twice ("Netz Für Alle
    Netz Für Alle": a template printing the logo's text and the name) said
    once. A word said twice is as often a name's own ("Bora Bora")."""
    words = name.split()
    half = len(words) // 2
    return " ".join(words[:half]) if half > 1 and len(words) == 2 * half and words[:half] == words[half:] else name


# Whether a line may be the title (a TitleShaped, or stricter).
TitleTest = Callable[[Block], bool]


class TitleTests(NamedTuple):
    """The title tests the headline rules ask, weakest first: ``ok`` (TitleShaped),
    ``told`` (one sentence, and its article prints its words), ``retold`` (half
    of them), ``first_titled`` (a first line without a site part that reads as
    a headline: the page's title line)."""

    ok: TitleShaped
    told: TitleTest
    retold: TitleTest
    first_titled: TitleTest


def title_tests(doc: Document, book: PhraseBook, words: list[int], most: int) -> TitleTests:
    """The title tests for ``doc`` (``words``: each block's word count, ``most``: a headline's most words)."""
    ok = TitleShaped(doc, book)
    # The weaker rules' lines must also be what the article under them is about.
    told: TitleTest = lambda block: ok(block) and one_sentence(block.text) and told_by_article(doc, block)  # noqa: E731
    retold: TitleTest = lambda block: told(block) and told_by_article(doc, block, REPEAT_SHARED, REPEAT_FEWEST)  # noqa: E731
    # A first line without a site part is a title line when shaped as a headline and told by its article.
    first_titled: TitleTest = lambda block: (  # noqa: E731
        words[block.index] >= MIN_HEADLINE_PART_WORDS and headline_shaped(block, words[block.index], most)
        and book.line_kind(block.bare) is None and retold(block)
    )
    return TitleTests(ok, told, retold, first_titled)
