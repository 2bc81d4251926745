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
from declutter.content.blockwords import block_words
from declutter.document import DateLine, Document
from declutter.phrases import PhraseBook, book_for
from declutter.phrases.dates import DateMatch, find_dates, numeric_dates
from declutter.settings import Settings

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
# A meta line near the title printing a date among other facts is at most this
# long (the longest such line of the eval corpus, "By ... / June 12, 2020 9:49
# am EST / Updated: Aug. 18, 2020 4:17 pm EST", is 17 words; 12 found fewer,
# 30 no more); one ending as a sentence ends is a sentence mentioning a date.
MAX_META_WORDS = 20
_SENTENCE_ENDS = (".", "!", "?")
# A longer line than a meta line (MAX_META_WORDS) labels its date in its
# opening ("Pressemitteilung vom 25. Januar 2022 | Berlin – Die ..."), within
# this many characters; further in, a paragraph mentions a date. With 60 the
# eval corpus' text pages (1,989) date as when the whole line was searched.
LONG_LINE_LABEL_WITHIN = 60
_WORD = re.compile(r"[^\W\d_]+")
# A line opening with a label of its own and a colon before its date: "Termin:
# 21.02.2020", "Release: 11.02.2005", "Deadline: 15. März 2020".
_LABEL_COLON = re.compile(r"^\W*([^\W\d_][^:|]{0,30}?)\s*:\s*$")
_HAS_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\d{4}")


def labelled_dates(doc: Document, blocks: Iterable[Block], book: PhraseBook, label: re.Pattern[str]) -> list[DateLine]:
    """The dates ``label`` introduces in ``blocks`` of ``doc`` ("Published: 14 March 2024",
    "Veröffentlicht am Mittwoch, 5.3.2024"), in page order."""
    counts = block_words(doc)
    found: list[DateLine] = []
    for block in blocks:
        text = block.text
        if not counts.digits[block.index]:
            continue
        # A label search tries its many words at each character: a short line
        # (searched whole) is first asked whether it may hold a date at all,
        # which most lines with a digit do not; a longer one only in its opening.
        short = counts.words[block.index] <= MAX_META_WORDS
        if short and not _may_hold_date(text):
            continue
        if not label.search(text, 0, len(text) if short else LONG_LINE_LABEL_WITHIN):
            continue
        dates = find_dates(text, book)
        found.extend(DateLine(block.index, date) for date in dates if introduced(text, date, label, book))
    return found


def _may_hold_date(text: str) -> bool:
    """False when find_dates finds no date in ``text``: each of its dates is
    numeric ("14.03.2024", "3/14/24") or holds its year in four digits."""
    return _YEAR.search(text) is not None or bool(numeric_dates(text))


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
    than the headline's own line, in any case: the site's list of its stories or
    the page's <title> dating the article."""
    title = (doc.title or "").strip()
    if len(title.split()) < RETOLD_MIN_WORDS:
        return None
    wanted = title.lower()
    digits = block_words(doc).digits
    longest = len(title) + RETOLD_EXTRA_CHARS
    for block in doc.blocks:
        text = block.text
        if not digits[block.index] or len(text) > longest or block.index == title_at:
            continue
        lowered = text.lower()
        at = lowered.find(wanted)
        if at < 0 or len(lowered) != len(text):  # a case mapping that changed lengths: no place to tell
            continue
        rest = text[:at] + " " * len(wanted) + text[at + len(wanted) :]  # the headline's own digits are no date
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


def lines_opening_with_a_date(doc: Document, settings: Settings, blocks: list[Block], max_words: int | None) -> list[DateLine]:
    """Lines that open with a date and say more after it ("19.6.2007 9:40 Uhr
    Christoph Becker 71 Kommentare", "red. 27.04.2021 14:51"): the date lines of a
    page that printed none alone near its title. Asked only then: a page's teasers
    and comments print such lines too, and its own date line, where there is one,
    says less. On the eval corpus' text pages (bench meta) they took right dates
    from 78% to 84% (htmltext) and 75% to 82% (inscriptis), wrong ones from 10.0%
    to 10.2% and 12.5% to 12.5%. Near the title a line of any length counts
    (``max_words`` None): a lede opening with its date ("27.1.2022 - Bei der ...")."""
    book = book_for(settings, doc.language)
    counts = block_words(doc)
    found: list[DateLine] = []
    for block in blocks:
        if counts.digits[block.index] and (max_words is None or counts.words[block.index] <= max_words):
            dates = find_dates(block.text, book)
            if dates and opens_with_date(block.text, dates[0], book):
                found.append(DateLine(block.index, dates[0]))
    return found


def short_dated_lines(doc: Document, settings: Settings, blocks: list[Block]) -> list[DateLine]:
    """Short lines near the title that print a date among other facts, not as a
    sentence ("By Cat Lafuente / June 12, 2020 9:49 am EST / Updated: ...",
    "Posted in News by jdoe on August 3, 2019", "dpa am 25.01.2022"): the
    article's meta line where the page printed no plainer one near its title.
    On the eval corpus' text pages (bench meta) they took right dates from
    87.7% to 88.6% (htmltext) and 84.4% to 84.7% (inscriptis), wrong ones from
    8.3% to 8.2% and 10.6% to 10.6%."""
    book = book_for(settings, doc.language)
    counts = block_words(doc)
    found: list[DateLine] = []
    for block in blocks:
        text = block.text
        if counts.digits[block.index] and counts.words[block.index] <= MAX_META_WORDS and not text.endswith(_SENTENCE_ENDS):
            dates = find_dates(text, book)
            if dates and not other_event(text, dates[0], book):
                found.append(DateLine(block.index, dates[0]))
    return found


def updated(doc: Document, line: DateLine, book: PhraseBook) -> bool:
    """Whether the date of ``line`` is labelled a change ("Updated", "Aktualisiert am")."""
    return introduced(doc.blocks[line.block].text, line.date, book.updated_label, book)
