"""The lines that stand between a headline and its byline or date line: a
name's line (the author's, the source's) and a deck (standfirst). The
headline extractor looks past them for the meta line under a headline.
"""
from __future__ import annotations

import re

from declutter.blocks import SENTENCE_END, Block, at_most_words
from declutter.titles.evidence import content_words

_DIGIT = re.compile(r"\d")
# A line of a name between a headline and its date line: an author's, a
# source's ("Anna Hoffmann", "Tagesspiegel", "The Daily Courier"), whose
# lower-case words are particles ("de", "von") of at most NAME_PARTICLE_CHARS.
NAME_LINE_WORDS = 3
NAME_PARTICLE_CHARS = 3
# A deck (standfirst) between a headline and its date line is a sentence of
# more than DECK_FEWEST_WORDS words (a caption's credit or a label is
# shorter) and at most DECK_MOST_WORDS (the article's paragraphs run longer).
DECK_FEWEST_WORDS = 8
DECK_MOST_WORDS = 60


def name_line(block: Block) -> bool:
    """A line of a name alone ("Anna Hoffmann", "Tagesspiegel"): a few capitalised
    words (a particle aside), no digit, no sentence's or label's mark. A longer
    line or one of lower-case words is another headline ("Netzpolitik als
    US-Wahlkampfthema"), whose own meta line this is."""
    text = block.text
    return (
        block.kind is None and text[:1].isupper() and at_most_words(text, NAME_LINE_WORDS)
        and not text.endswith(SENTENCE_END) and ":" not in text and not _DIGIT.search(text)
        and all(w[:1].isupper() or len(w) <= NAME_PARTICLE_CHARS for w in text.split())
    )


def deck_under(headline: Block, block: Block) -> bool:
    """A standfirst under ``headline``: a sentence of prose that prints one of its
    content words at least (a deck retells its headline; a teaser list's
    summary under another line need not)."""
    if block.kind is not None or not block.text.endswith(SENTENCE_END):
        return False
    if at_most_words(block.text, DECK_FEWEST_WORDS) or not at_most_words(block.text, DECK_MOST_WORDS):
        return False
    folded = block.text.casefold()
    return any(word in folded for word in content_words(headline.text))
