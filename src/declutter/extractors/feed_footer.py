"""Feed footers: "The post X appeared first on Y." names the title and the source."""
from __future__ import annotations

from ..document import Document
from .common import phrasebook_for

# Footers sit at the end of a feed item; look only at its last blocks.
TAIL_BLOCKS = 5


def label_feed_footer(doc: Document) -> Document:
    book = phrasebook_for(doc)
    for block in doc.blocks[-TAIL_BLOCKS:]:
        for pattern in book.feed_footers:
            match = pattern.fullmatch(block.text)
            # A source is a name: "Foreign Policy", not "the list of closures".
            if match and not match.group("source")[:1].islower():
                doc.title = doc.title or match.group("title").strip()
                doc.source = doc.source or match.group("source").strip()
                doc.drop(block, "feed-footer")
                break
    return doc
