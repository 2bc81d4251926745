"""Date lines, bylines and a source glued to its date ("Telegraph08-04-2025").

Date lines and bylines are dropped as ``dateline``/``byline``; the dates they
hold are kept as evidence for the ``published`` extractor, the name as ``author``.
"""
from __future__ import annotations

import re

from ..dates import DateMatch, find_dates, strip_dates
from ..document import Block, Document
from ..phrasebook import PhraseBook, edge_stripped
from .common import phrasebook_for, word_count

# What may stand beside a date on a date line besides the date itself:
# separators, "at", "on", "am", "le", "el", "de", "um".
_FILLER = re.compile(r"[\s,;:|/·•–—()\[\]-]+|\b(?:at|on|am|um|le|el|de|del|à|a|the|der|den|il y a)\b", re.I)
# A source glued to its date is a short name: at most this many words.
MAX_SOURCE_WORDS = 5
# Datelines sit in the page's header or right under a teaser title; a date line
# deep in the page is a comment's or a teaser's, still dropped, but it is no
# evidence for the article's own date past this many blocks from the title.
HEADER_BLOCKS = 12


def label_datelines(doc: Document) -> Document:
    book = phrasebook_for(doc)
    candidates = doc.evidence.setdefault("date_candidates", [])
    for block in doc.blocks:
        if not block.kept:
            continue
        dates = find_dates(block.text, book)
        if dates and word_count(block.text) <= 16:
            leftover = _leftover_words(block.text, dates, book)
            if not leftover:
                candidates.append((block.index, dates[0]))
                doc.drop(block, "dateline")
            elif _is_source_name(leftover) and dates[0].start > 0:
                doc.source = doc.source or leftover
                candidates.append((block.index, dates[0]))
                doc.drop(block, "dateline")
        if block.kept:
            _label_byline(doc, block, book)
    return doc


def page_dates(doc: Document, book: PhraseBook) -> list[DateMatch]:
    """Every date printed anywhere on the page (evidence for ambiguous ones)."""
    return [d for b in doc.blocks for d in find_dates(b.text, book)]


def _leftover_words(text: str, dates: list[DateMatch], book: PhraseBook) -> str:
    rest = strip_dates(text, dates)
    words = [w for w in _FILLER.split(rest) if w and w.lower().rstrip(".") not in book.weekdays]
    rest = " ".join(words)
    for label in sorted(book.date_labels, key=len, reverse=True):
        rest = re.sub(rf"^{re.escape(label)}\b[:\s]*", "", rest, flags=re.I)
    return edge_stripped(rest)


def _is_source_name(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= MAX_SOURCE_WORDS and text[:1].isupper() and not text.endswith((".", "?", "!"))


def _label_byline(doc: Document, block: Block, book: PhraseBook) -> None:
    match = book.byline.match(block.text)
    if match and word_count(block.text) <= 12:
        name = match.group("name").strip()
        if name[:1].isupper():
            doc.author = doc.author or name
            doc.drop(block, "byline")
