"""The phrase books: boilerplate phrasings per kind and per language, as data.

``<lang>.toml`` holds a language's phrasings (see README.md beside it);
``book.py`` compiles them into a PhraseBook, the questions extractors ask of
a line ("which kind of boilerplate is this?", "is this a related heading?");
``dates.py`` finds dates with the books' month names. ``field_patterns.py``
builds the patterns of bylines, named dates and copyright lines from the
books' words. The fast matching
machinery behind the books is private to this package (``matching/``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from declutter.phrases.book import PhraseBook, load_phrasebook
from declutter.phrases.matching.backtracking import exponential_reason

if TYPE_CHECKING:
    from declutter.settings import Settings

__all__ = ["PhraseBook", "book_for", "exponential_reason", "load_phrasebook"]


def book_for(settings: Settings, language: str | None) -> PhraseBook:
    """The phrase books of the configured languages plus the page's own."""
    return load_phrasebook(tuple(settings.phrase_languages), language)
