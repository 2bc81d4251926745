"""Small helpers the extractors share."""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document
from ..phrasebook import PhraseBook, load_phrasebook

_WORD = re.compile(r"\w+")
# Sentence-final punctuation across scripts (Latin, CJK, Devanagari, Arabic).
SENTENCE_END = (".", "!", "?", "…", "。", "！", "？", "।", "؟", '"', "”", "’", "»", ")")


def phrasebook_for(doc: Document) -> PhraseBook:
    """The phrase books of the configured languages plus the page's own."""
    return load_phrasebook(tuple(doc.settings.phrase_languages), doc.language)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def at_most_words(text: str, limit: int) -> bool:
    """``word_count(text) <= limit``, without counting a paragraph's hundreds of words."""
    if len(text) <= 2 * limit:  # words are apart by at least one character
        return True
    return _more_words_than(limit).match(text) is None


@lru_cache(maxsize=16)  # one pattern per limit the extractors use
def _more_words_than(limit: int) -> re.Pattern:
    # A word (a run of \w) follows each of ``limit`` words and what parts
    # them: there are more than ``limit``. Anchored at the start, a text
    # with fewer fails after one pass.
    return re.compile(rf"\W*(?:\w+\W+){{{limit}}}\w")

