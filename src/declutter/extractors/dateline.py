"""Date lines, bylines and a source glued to its date ("Telegraph08-04-2025").

Date lines and bylines are dropped as ``dateline``/``byline``; the dates they
hold are kept as evidence for the ``published`` extractor, the name as ``author``.
"""
from __future__ import annotations

import re

from declutter.authors.beside import DatedNames
from declutter.authors.lines import MAX_OPENER_WORDS, label_dated_byline, label_split_byline
from declutter.authors.names import without_role
from declutter.blocks import MAX_NAME_WORDS, Block, edge_stripped
from declutter.content.blockwords import block_words
from declutter.document import DateLine, Document, SourceLine
from declutter.extractor import extractor
from declutter.kinds import Kind
from declutter.language.stopwords import stopwords_for
from declutter.phrases import PhraseBook, book_for
from declutter.phrases.bylines import byline_names
from declutter.phrases.dates import DateMatch, find_dates, strip_dates
from declutter.settings import Settings
from declutter.sources.names import COPYRIGHT_SIGNS

# What may stand beside a date on a date line besides the date itself:
# separators, "at", "on", "am", "le", "el", "de", "um".
_FILLER = re.compile(r"[\s,;:|/·•–—()\[\]-]+|\b(?:at|on|am|um|le|el|de|del|à|a|der|den|il y a)\b", re.I)
# Reading time printed beside the date ("3 min read", "5 Min. Lesezeit").
_READING_TIME = re.compile(r"\b\d+\s*(?:min(?:ute)?s?\.?|minutes?)\s*(?:read|lesezeit|de lecture|de lectura)\b", re.I)
# A wire story's own dateline: "WASHINGTON, March 14 (Reuters) -" names the
# agency, "MÜNCHEN (epd) -" a lower-case one.
_WIRE_DATELINE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý .'/-]{1,40}(?:,[^()]{1,30})?\s*\((?P<agency>[^\W\d_][\w .&-]{1,30})\)\s*[-–—]")
# The wire dateline opens the article: look only at its first blocks.
WIRE_DATELINE_BLOCKS = 40
# A date line is short: a block of more words is a sentence mentioning a date.
MAX_DATELINE_WORDS = 16
# What follows a teaser's source on its line: a separator and an age ("· 2 hours ago").
MAX_AGE_CHARS = 24
# How syndicated pages part a source from its date: "The Associated Press · June 7, 2023".
SOURCE_DATE_MARKS = ("·", "|", "•", "–", "—")
# A byline names one or two people and maybe a place.
MAX_BYLINE_WORDS = 12
# How the parts of a meta line are set apart: "04.02.2022 | 15:33 Uhr | Dennis Steimels".
META_SEPARATORS = ("|", "•", "⋅", "·")
# The lines that name the publisher as such: its copyright line, its logo's alt text.
PUBLISHER_KINDS = (Kind.COPYRIGHT, Kind.IMAGE_ALT)
_SPACED_SEPARATOR = re.compile(r"\s+[|•⋅·–—]\s+")


@extractor("dateline", assigns=("blocks", "author", "evidence.date_lines", "evidence.source_lines", "evidence.dated_names"))
def label_datelines(doc: Document, settings: Settings) -> None:
    """Date lines, bylines, a source glued to its date, a wire story's agency."""
    book = book_for(settings, doc.language)
    candidates: list[DateLine] = []
    doc.evidence.date_lines = candidates
    doc.evidence.source_lines = []
    counts = block_words(doc)
    printed = _PrintedNames(doc, book)
    named = DatedNames(doc, book)
    for block, words, digits in zip(doc.blocks, counts.words, counts.digits):
        if block.kind is not None:  # dropped (Block.kept, without a property call per block)
            continue
        # Every date has digits, and a date line is short: test both before
        # the date patterns, which are the costly part (one in ten blocks
        # passes). Counted for the page at once (blockwords.py): a regex per
        # block counting its first 17 words was 0.08 ms a page.
        if words <= MAX_DATELINE_WORDS and digits:
            _label_dates(doc, block, book, candidates, printed, named)
        # A byline is short: a longer block is not matched at all (the
        # pattern was tried on every block).
        byline = book.byline.match(block.text) if words <= MAX_BYLINE_WORDS and block.kind is None else None
        if byline:  # here, not in _label_byline: a call per block cost more than the match
            _label_byline(doc, block, byline, book)
        elif words <= MAX_OPENER_WORDS and not digits and block.kind is None:
            label_split_byline(doc, block, book, counts)
        if block.kind is None and block.index < WIRE_DATELINE_BLOCKS and not doc.source:
            wire = _WIRE_DATELINE.match(block.text)
            if wire:
                _offer_source(doc, wire.group("agency").strip(), "wire-dateline", block)


def _label_dates(
    doc: Document, block: Block, book: PhraseBook, candidates: list[DateLine], printed: _PrintedNames, named: DatedNames
) -> None:
    text = block.text
    dates = find_dates(text, book)
    if not dates:
        return
    if _SPACED_SEPARATOR.search(text) and _parted_meta_line(doc, block, book, candidates, printed, named):
        return
    leftover = _leftover_words(text, dates, book)
    if not leftover:
        candidates.append(DateLine(block.index, dates[0]))
        doc.drop(block, Kind.DATELINE)
    elif _is_source_name(leftover) and dates[0].start > 0:
        name = _with_article(text, leftover)
        if not label_dated_byline(doc, block, dates, book):
            if _names_publisher(text, dates[0], name, book, printed):
                if not doc.source:
                    _offer_source(doc, name, "beside-date", block)
            else:
                named.on_line(block, dates, leftover)
        candidates.append(DateLine(block.index, dates[0]))
        doc.drop(block, Kind.DATELINE)
    elif dates[0].start == 0 and (named.on_line(block, dates, leftover) or named.after_opener(block, leftover)):
        candidates.append(DateLine(block.index, dates[0]))
        doc.drop(block, Kind.DATELINE)
    elif _meta_line(text, leftover, book):
        label_dated_byline(doc, block, dates, book)
        candidates.append(DateLine(block.index, dates[0]))  # evidence, but the line stays: it says more than a date


def _parted_meta_line(
    doc: Document, block: Block, book: PhraseBook, candidates: list[DateLine], printed: _PrintedNames, named: DatedNames
) -> bool:
    """A meta line in parts set apart by separators, "By Jane Doe | Reuters |
    14 March 2024" or "6 novembre 2019 | Nice-Matin": each part is a date, a
    byline, a reading time or a name; one name among them is the source. The
    line is dropped when every part is one of these; returns whether it was."""
    dates: list[DateMatch] = []
    names: list[str] = []
    author = None
    for part in _SPACED_SEPARATOR.split(block.text):
        part = edge_stripped(part)
        found = find_dates(part, book) if any(c.isdigit() for c in part) else []
        byline = book.byline.match(part)
        if found and not _leftover_words(part, found, book):
            dates.extend(found)
        elif byline and byline.group("name")[:1].isupper():
            author = author or without_role(byline.group("name").strip(), book)
        elif _READING_TIME.fullmatch(part) or book.age.fullmatch(part):
            continue
        elif (_is_source_name(part) or printed.lower_case_apart(part)) and not book.date_label.search(part):
            names.append(part)
        else:
            return False
    if not dates:
        return False
    candidates.append(DateLine(block.index, dates[0]))
    doc.assign("author", author, "byline", block)
    name = names[0] if len(names) == 1 else ""
    publisher = name and (
        _publisher_shaped(name, stopwords_for(doc.language)) or printed.apart(name) or printed.as_teaser_source(name)
        or printed.lower_case_apart(name)
    )
    if publisher:
        _offer_source(doc, name, "meta-line", block)
    elif author is None and len(names) == 1:
        named.on_line(block, None, names[0])
    doc.drop(block, Kind.DATELINE)
    return True


def _meta_line(text: str, leftover: str, book: PhraseBook) -> bool:
    """A date with a byline ("par Didier Roy, 21 juin 2018") or with other facts
    set apart by separators ("February 4, 2020 • words by Kanae Nakamine"): the
    article's meta line, whose date is the article's."""
    return book.byline.match(leftover) is not None or any(mark in text for mark in META_SEPARATORS)


def _names_publisher(text: str, date: DateMatch, name: str, book: PhraseBook, printed: _PrintedNames) -> bool:
    """Whether the words before a date name the publisher, not a label ("Updated",
    "Erscheinungsdatum"), an author ("Von Felix Eisenreich", "Malte Welding") or a
    section: only when it is printed the way aggregators and syndication print
    sources, glued to the date ("Telegraph08-04-2025") or set off by a separator
    ("The Associated Press · June 7, 2023"). A name merely printed before a date
    was an author or a label on 75 of 79 eval corpus pages (bench meta)."""
    if book.byline.match(name + " X") or book.date_label.search(name):
        return False
    end = text.find(name) + len(name)
    # Glued to the date or to its time: "Telegraph08-04-2025", "The Telegraph18:35 BST, 10 May 2022".
    glued = end < len(text) and text[end].isdigit() and text[end - 1].isalpha()
    marked = any(mark in text[end : date.start] for mark in SOURCE_DATE_MARKS)
    return glued or marked or printed.as_teaser_source(name)


def _publisher_shaped(name: str, stopwords: frozenset[str]) -> bool:
    """Whether a name in a meta line is shaped as a publication's ("The Associated
    Press", "FIT FOR FUN", "StarsInsider", "Nice-Matin"), not a person's ("Malte
    Welding": two or three capitalised words and no article), a section's (one
    plain word: "Kultur", "Kommentare") or a label's ("Tags: Weihnachtsmarkt",
    "Filed under ...": a colon or a long lower-case word; a list's comma). On the eval corpus'
    text pages (bench meta) meta-line names were right 4 times in 55; these
    shapes keep the 4 and drop 45 wrong ones."""
    words = name.split()
    # A comma lists a post's categories ("HVW-Verband , Presse , Allgemein").
    if ":" in name or "@" in name or "," in name or any(w[:1].islower() and len(w) > 3 for w in words):
        return False
    branded = any(c.isupper() or c.isdigit() or c == "." for w in words for c in w[1:])
    if len(words) == 1 or branded:
        return branded
    return len(words) > 3 or any(w.casefold() in stopwords for w in words)


def _leftover_words(text: str, dates: list[DateMatch], book: PhraseBook) -> str:
    rest = book.age.sub(" ", _READING_TIME.sub(" ", strip_dates(text, dates)))
    rest = book.date_label.sub(" ", rest)
    words = [w for w in _FILLER.split(rest) if w and w.lower().rstrip(".") not in book.weekdays]
    return edge_stripped(" ".join(words))


def _with_article(text: str, name: str) -> str:
    """``name`` with the capitalised article the filler words took from its
    start ("Der Spiegel22.10.2019", "Le Monde · 3 mai 2021"): the name's own."""
    start = text.find(name)
    words = text[:start].split()
    if start > 0 and len(words) == 1 and words[0][:1].isupper() and _FILLER.fullmatch(words[0]) and text[:start].endswith(" "):
        return text[:start].strip() + " " + name
    return name


def _is_source_name(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= MAX_NAME_WORDS and text[:1].isupper() and not text.endswith((".", "?", "!"))


def _label_byline(doc: Document, block: Block, match: re.Match[str], book: PhraseBook) -> None:
    """Take the name of a byline (a block of at most MAX_BYLINE_WORDS words)."""
    named = byline_names(match, book, stopwords_for(doc.language), dated=False)
    if named is not None:
        name, outlet = named
        doc.assign("author", without_role(name, book), "byline", block)
        if _is_source_name(outlet):
            _offer_source(doc, outlet, "byline-for", block)
        doc.drop(block, Kind.BYLINE)


def _offer_source(doc: Document, name: str, how: str, block: Block) -> None:
    """A name for the source, left to the publisher extractor: such a line is
    as often a teaser's or a syndicated story's as the page's own (on the
    eval corpus' text pages, bench meta, meta-line names taken at once were
    right 4 times in 17), so it counts only near the title, after the title
    line's site part and the header's logo."""
    if doc.evidence.source_lines is not None and name:
        doc.evidence.source_lines.append(SourceLine(name, how, block.index))


class _PrintedNames:
    """Where else the page prints a name a date line gives, asked of many names on
    a page of many teasers: the lines that could answer are picked out once, when
    first needed (a scan of every line for every name took minutes on a 50 MB
    page of news pages run together)."""

    def __init__(self, doc: Document, book: PhraseBook) -> None:
        self._doc = doc
        self._book = book
        self._publisher_lines: list[str] | None = None
        self._short_lines: dict[str, list[str]] | None = None

    def apart(self, name: str) -> bool:
        """Whether the page prints ``name`` in its copyright line or a logo's alt
        text ("© Yorkshire Post 2018", "Yorkshire Post homepage"), as the
        boilerplate extractor labelled them: a publication's name, where a
        commenter's, an author's or a section's is printed in meta lines and menus."""
        if self._publisher_lines is None:  # this step labels neither kind: the list stays right
            self._publisher_lines = [b.text for b in self._doc.blocks if b.kind in PUBLISHER_KINDS]
        return any(name in text for text in self._publisher_lines)

    def lower_case_apart(self, part: str) -> bool:
        """Whether a meta line's part is one lower-case word the page's copyright
        line or a logo prints as a word ("Von Jane Doe | dpa | 04.02.2022" and
        "© 2022 dpa"): an agency's or a brand's name, where a lower-case word
        alone is a label's or a sentence's as often."""
        if not (part.isalpha() and part.islower()):
            return False
        # Any line opening with a copyright sign: "© 2022 dpa" alone is read as a photo's credit too.
        lines = [b.text for b in self._doc.blocks if b.kind in PUBLISHER_KINDS or b.bare.startswith(COPYRIGHT_SIGNS)]
        return any(re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text) for text in lines)

    def as_teaser_source(self, name: str) -> bool:
        """Whether the page prints ``name`` before an age elsewhere, as an aggregator
        prints its teasers' sources ("Evening Post · 2 hours ago"): a publisher's
        name, not an author's (an author's box prints no age)."""
        if len(name) < _KEY_CHARS or len(name) + MAX_AGE_CHARS > _SHORT_LINE_CHARS:
            lines: list[str] = [b.text for b in self._doc.blocks]
        else:
            lines = self._by_start().get(name[:_KEY_CHARS], [])
        age, width = self._book.age, len(name)
        return any(
            text.startswith(name) and len(text) - width <= MAX_AGE_CHARS and age.search(text, width) is not None for text in lines
        )

    def _by_start(self) -> dict[str, list[str]]:
        """The page's lines of at most _SHORT_LINE_CHARS, by their first _KEY_CHARS characters."""
        if self._short_lines is None:
            self._short_lines = {}
            for block in self._doc.blocks:
                if len(block.text) <= _SHORT_LINE_CHARS:
                    self._short_lines.setdefault(block.text[:_KEY_CHARS], []).append(block.text)
        return self._short_lines


# A teaser's source line is its name and an age: the lines looked up by their
# start are this short (a name of more than 76 characters is looked for in every line).
_SHORT_LINE_CHARS = 100
_KEY_CHARS = 3
