"""The shapes of an article's parts, by their text alone: a paragraph, a list
item, a quote, a subheading, a deck.

The content classifier's rules (extractors/content.py, content.edges) ask
these of the blocks the model dropped near the article: punctuation, word
counts and a line's marks, nothing of a site or a language.
"""
from __future__ import annotations

import re

from declutter.blocks import SENTENCE_END, Block
from declutter.content.options import ContentSettings

# A line of meta or a menu: a separator, a date or a time ("January 13, 2020 at
# 08:45 AM | categories: Python"); a menu flattened into one line has separators.
_SEPARATOR = re.compile(r"[|·•]")
_META_LINE = re.compile(r"\d[:.]\d\d|\b(?:1[89]|20)\d\d\b|[|·•]")
_LIST_LEAD = re.compile(r"(?:[-•·*–—▪►✓]\s|\(?\d{1,2}[.)]\s)")
_QUOTE_LEAD = tuple("\"“„«‘‚'")
# An embedded post's last line: its text, then "— Name (@handle) May 5, 2022"
# (how a social network's embed prints its author and date). It ends with a
# year, not like a sentence, and is the article's quote all the same.
_EMBED_SIGNATURE = re.compile(r"\(@\w{1,30}\)\s+[^()]{3,30}\d{4}$")


def prose(text: str, count: int, opts: ContentSettings) -> bool:
    """A paragraph: ``rescue_min_words`` words or more, ending like a sentence."""
    return count >= opts.rescue_min_words and text.endswith(SENTENCE_END)


def prose_part(text: str, count: int, opts: ContentSettings) -> bool:
    """A short paragraph: ``inside_min_words`` words or more, ending like a
    sentence or an embedded post's signature."""
    return count >= opts.inside_min_words and (text.endswith(SENTENCE_END) or embedded_post(text))


def embedded_post(text: str) -> bool:
    """An embedded post's text with its signature ("... — Name (@handle) May 5, 2022")."""
    return text[-1:].isdigit() and _EMBED_SIGNATURE.search(text) is not None


def unstopped_paragraph(text: str, count: int, opts: ContentSettings) -> bool:
    """A paragraph written without its full stop (a standfirst, a teaser-like
    intro): longer than the short lines the lead walks past, without
    separators (a menu flattened into one line)."""
    return count > opts.lead_gap_words and _SEPARATOR.search(text) is None


def article_part(text: str, count: int, opts: ContentSettings) -> bool:
    """A list item, a quote or a paragraph by its shape alone."""
    if count < 2:
        return False
    if text.endswith(SENTENCE_END):
        return count >= opts.inside_min_words or text.startswith(_QUOTE_LEAD)
    return list_item(text, count) or (count >= opts.inside_min_words and embedded_post(text))


def list_item(text: str, count: int) -> bool:
    """A list's item: a bullet or a number with its mark, and three words or more."""
    return _LIST_LEAD.match(text) is not None and count >= 3


def heading(text: str, count: int, opts: ContentSettings) -> bool:
    """A subheading's shape: a few words opening with a capital, no label's colon
    (opening with a digit, at least four: "16:35" and "7 min ago" are a live blog's times)."""
    if not (2 <= count <= opts.inside_heading_words) or text.endswith(":"):
        return False
    first = text[:1]
    return first.isupper() or (first.isdigit() and count >= 4)


def heading_over_part(i: int, candidates: list[Block], places: list[int], words: list[int], opts: ContentSettings) -> bool:
    """Whether candidate ``i`` is shaped like a subheading with an article part right under it."""
    if not heading(candidates[i].text, words[i], opts) or i + 1 >= len(candidates):
        return False
    return places[i + 1] == places[i] + 1 and article_part(candidates[i + 1].text, words[i + 1], opts)


def between_paragraphs(
    i: int, keep: list[bool], candidates: list[Block], places: list[int], words: list[int], opts: ContentSettings
) -> bool:
    """Whether candidate ``i`` stands right between two kept prose paragraphs,
    nothing between on the page: the place of a subheading, which then needs
    less of the model's score (``inside_between_score``) than one over a
    paragraph only."""
    if not (0 < i < len(keep) - 1 and keep[i - 1] and keep[i + 1]):
        return False
    if places[i - 1] != places[i] - 1 or places[i + 1] != places[i] + 1:
        return False
    return prose(candidates[i - 1].text, words[i - 1], opts) and prose(candidates[i + 1].text, words[i + 1], opts)


def deck(text: str, count: int, opts: ContentSettings) -> bool:
    """A subtitle's shape: a capital, enough words, no label's colon, no date,
    time or separator (a line of meta), not a list of tags (commas)."""
    return (
        count >= opts.deck_words and text[:1].isupper() and not text.endswith(":")
        and text.count(",") < 2 and _META_LINE.search(text) is None
    )
