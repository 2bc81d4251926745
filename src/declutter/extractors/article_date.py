"""What tells the article's own date among a page's dates, for the ``published`` extractor.

A page prints many dates: its own, a later update, the day's date in the
masthead, its teasers' and comments'. Besides where a date stands (near the
headline, see published.py), the words around it say whose it is: a label
("Published", "Veröffentlicht am", "Mis à jour le"; ``[dates] published`` and
``updated`` in the phrase books), the headline printed again beside it, or
nothing but a weekday before it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from declutter.blocks import Block
from declutter.document import DateLine, Document
from declutter.phrases import PhraseBook
from declutter.phrases.dates import DateMatch, find_dates

# A line opens with its date when the date starts within this many characters
# (a short label or a weekday before it: "red. 27.04.2021", "Mon 20 Jan 2020").
DATE_OPENS_WITHIN = 6
# What may stand between a label and its date besides a weekday: short words
# ("on", "am", "le", "el", "den") and separators, "Published on Monday, 3 May".
LABEL_GAP_WORDS = 3
SHORT_WORD = 4
# A line printing the headline again with a date ("Headline 20.10.2021 - 10:24",
# a list of the site's stories; "Headline - Section - 11/05/2022 - Site", the
# page's <title>) may say this much more; a teaser's standfirst says more.
RETOLD_EXTRA_CHARS = 60
# A headline so short ("News", "Impressum") is printed again by other lines.
RETOLD_MIN_WORDS = 3
_WORD = re.compile(r"[^\W\d_]+")
# A line opening with a label of its own and a colon before its date: "Termin:
# 21.02.2020", "Release: 11.02.2005", "Deadline: 15. März 2020".
_LABEL_COLON = re.compile(r"^\W*([^\W\d_][^:|]{0,30}?)\s*:\s*$")
_HAS_DIGIT = re.compile(r"\d")


def labelled_dates(blocks: Iterable[Block], book: PhraseBook, label: re.Pattern[str]) -> list[DateLine]:
    """The dates ``label`` introduces in ``blocks`` ("Published: 14 March 2024",
    "Veröffentlicht am Mittwoch, 5.3.2024"), in page order."""
    found: list[DateLine] = []
    for block in blocks:
        text = block.text
        if not _HAS_DIGIT.search(text) or not label.search(text):
            continue
        dates = find_dates(text, book)
        found.extend(DateLine(block.index, date) for date in dates if introduced(text, date, label, book))
    return found


def introduced(text: str, date: DateMatch, label: re.Pattern[str], book: PhraseBook) -> bool:
    """Whether ``label`` stands just before ``date`` in ``text``, with at most a
    weekday and LABEL_GAP_WORDS short words between them."""
    for match in label.finditer(text, 0, date.start):
        gap = text[match.end() : date.start]
        words = _WORD.findall(gap)
        if not _HAS_DIGIT.search(gap) and len(words) <= LABEL_GAP_WORDS and all(
            len(w) <= SHORT_WORD or w.lower() in book.weekdays for w in words
        ):
            return True
    return False


def opens_with_date(text: str, date: DateMatch, book: PhraseBook) -> bool:
    """Whether ``date`` opens ``text``: within DATE_OPENS_WITHIN characters, or
    after nothing but a weekday and separators ("Miércoles, 4 de Mayo de 2022")."""
    if date.start <= DATE_OPENS_WITHIN:
        return True
    before = text[: date.start]
    words = _WORD.findall(before)
    return not _HAS_DIGIT.search(before) and len(words) == 1 and words[0].lower() in book.weekdays


def retold_title_date(doc: Document, book: PhraseBook, title_at: int | None) -> DateLine | None:
    """The first date of a line that prints the headline again beside it, other
    than the headline's own line: the site's list of its stories or the page's
    <title> dating the article."""
    title = (doc.title or "").strip()
    if len(title.split()) < RETOLD_MIN_WORDS:
        return None
    pattern = re.compile(re.escape(title), re.I)
    for block in doc.blocks:
        text = block.text
        if block.index == title_at or len(text) > len(title) + RETOLD_EXTRA_CHARS or not _HAS_DIGIT.search(text):
            continue
        retold = pattern.search(text)
        if retold is None:
            continue
        rest = text[: retold.start()] + " " * len(retold.group()) + text[retold.end() :]  # the headline's own digits are no date
        dates = find_dates(rest, book)
        if dates:
            return DateLine(block.index, dates[0])
    return None


def other_event(text: str, date: DateMatch, book: PhraseBook) -> bool:
    """Whether ``date`` is labelled as the date of something else than the text
    ("Termin: 21.02.2020", "Release: 11.02.2005", "Registriert: 18.09.2008"): its
    line opens with a label and a colon, and the label names no date of the
    text ("Veröffentlicht:", "Updated:", "Datum:")."""
    label = _LABEL_COLON.match(text, 0, date.start)
    return label is not None and not any(
        pattern.search(label.group(1)) for pattern in (book.date_label, book.published_label, book.updated_label)
    )


def updated(doc: Document, line: DateLine, book: PhraseBook) -> bool:
    """Whether the date of ``line`` is labelled a change ("Updated", "Aktualisiert am")."""
    return introduced(doc.blocks[line.block].text, line.date, book.updated_label, book)
