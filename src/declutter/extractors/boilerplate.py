"""Drop blocks whose wording the phrase books know (per kind, per language)."""
from __future__ import annotations

import re

from declutter.blocks import at_most_words
from declutter.document import Document, Headings
from declutter.extractor import extractor
from declutter.kinds import Kind
from declutter.phrases import book_for
from declutter.settings import Settings


@extractor("boilerplate", assigns=("blocks", "evidence.headings"))
def label_boilerplate(doc: Document, settings: Settings) -> None:
    """The phrase books: image alt text, promos, appeals, banners, prompts, menus' phrases."""
    book = book_for(settings, doc.language)
    kept = doc.kept_blocks
    kinds, sections = book.kinds_and_sections([b.text for b in kept], [b.bare for b in kept])
    doc.evidence.headings = Headings(
        {block.index: section for block, section in zip(kept, sections) if section is not None},
        tuple(block.index for block in doc.blocks if block.kind is not None),  # not kept when it began
    )
    for block, kind in zip(kept, kinds):
        if kind is not None:
            doc.drop(block, kind)
    _drop_captions_over_credits(doc)


# A sentence ends inside a line: the credit line is more than a credit.
_INNER_END = re.compile(r"[.!?…]\s")
# A credit's marks: "Name / Agency", "© Agency" (an image's text with neither is
# a logo or a file name, and the line above it no caption).
_CREDIT_MARK = re.compile(r"\S ?/ ?\S|©")


def _drop_captions_over_credits(doc: Document) -> None:
    """A credit alone on its line ("Photo: Jane Doe/AFP", dropped as a caption,
    or as an image's text when it names no agency the books know: "Foto: Ana
    Ruiz / Europa Press") credits the picture whose caption is the short line
    right above it."""
    blocks = doc.blocks
    caption, alt = Kind.IMAGE_CAPTION, Kind.IMAGE_ALT  # looked up once: reading an enum's member runs Python code
    for block in blocks[1:]:
        kind = block.kind
        if kind is None:  # most blocks: kept
            continue
        credit = kind == caption or (kind == alt and _CREDIT_MARK.search(block.text) is not None)
        if not credit or not at_most_words(block.text, 8) or _INNER_END.search(block.text):
            continue
        above = blocks[block.index - 1]
        # A line ending in a colon introduces what follows ("We draw the chart as
        # follows:"): the article's sentence over its figure, not a caption.
        if above.kept and above.line == block.line - 1 and at_most_words(above.text, 20) and not above.text.endswith(":"):
            doc.drop(above, Kind.IMAGE_CAPTION)
