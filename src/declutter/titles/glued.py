"""A headline printed with its kicker glued on, without the mark between them.

A rendering that joins an h1's inline parts with a space prints the kicker
(Dachzeile, a section's or a place's name) and the headline as one line:
"Deutschlandtakt Flixbus attackiert Deutsche Bahn", "Lokales Lübeck So lief
die Auktion ...". The page often prints the headline again with its parts
marked (a teaser's "Deutschlandtakt: Flixbus attackiert Deutsche Bahn", a
breadcrumb's "Headline - Kicker") or alone close by (the headline under its
picture): that line, not the glued one, is the title.
"""
from __future__ import annotations

from declutter.blocks import Block
from declutter.document import Document
from declutter.titles.evidence import LIST_MARKS, MIN_HEADLINE_PART_WORDS
from declutter.titles.line import title_separated

# How far from the glued line the headline alone is looked for (a picture's
# credit and caption between): its own lines, not a teaser's further down.
ALONE_REACH = 4


def unglued_headline(doc: Document, found: Block) -> str | None:
    """The headline ``found`` prints with a kicker glued on, when the page prints it
    with its parts marked, or alone close by; None when it does not."""
    text = found.text
    if len(title_separated(text)) > 1 or ": " in text:
        return None  # its parts are marked already
    words = text.split()
    for block in doc.blocks:
        if block is found or len(block.text) < len(text):
            continue
        line = block.text[2:] if block.text.startswith(LIST_MARKS) else block.text
        # A kicker's colon ("Kicker: Headline") is no title line's separator (those are spaced on both sides).
        parts = title_separated(line) if ": " not in line else tuple(line.split(": ", 1))
        if len(parts) == 2 and _glued(words, parts):
            return line
    near = doc.blocks[max(0, found.index - ALONE_REACH) : found.index + 1 + ALONE_REACH]
    for block in near:
        alone = block.text.split()
        kicker = len(words) - len(alone)
        if block is not found and 0 < kicker < len(alone) and len(alone) >= MIN_HEADLINE_PART_WORDS and words[kicker:] == alone:
            return block.text
    return None


def _glued(words: list[str], parts: tuple[str, ...]) -> bool:
    """Whether ``words`` are the two ``parts`` glued, in either order ("K: H" or "H - K" printed as "K H")."""
    first, second = (part.split() for part in parts)
    return words in (first + second, second + first)
