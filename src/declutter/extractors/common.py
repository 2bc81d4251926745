"""Small helpers the extractors share."""
from __future__ import annotations

import re

from ..document import Block, Document
from ..phrasebook import PhraseBook, load_phrasebook

_WORD = re.compile(r"\w+")
# Sentence-final punctuation across scripts (Latin, CJK, Devanagari, Arabic).
SENTENCE_END = (".", "!", "?", "…", "。", "！", "？", "।", "؟", '"', "”", "’", "»", ")")


def phrasebook_for(doc: Document) -> PhraseBook:
    """The phrase books of the configured languages plus the page's own."""
    languages = tuple(doc.settings.phrase_languages)
    if doc.language and doc.language not in languages:
        languages += (doc.language,)
    return load_phrasebook(languages)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def looks_like_headline(block: Block, max_words: int) -> bool:
    """Short, and not a sentence that ends a paragraph with a full stop."""
    if block.text.endswith((".", ":", ";", ",")):  # before the costlier word count
        return False
    return 2 <= word_count(block.text) <= max_words
