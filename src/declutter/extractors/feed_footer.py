"""Feed footers: "The post X appeared first on Y." names the title and the source."""
from __future__ import annotations

from declutter.blocks import MAX_NAME_WORDS, edge_stripped
from declutter.document import Document
from declutter.extractor import extractor
from declutter.kinds import Kind
from declutter.phrases import book_for
from declutter.settings import Settings

# Footers sit at the end of a feed item; look only at its last blocks.
TAIL_BLOCKS = 5
# A footer is one sentence around a title and a name: a longer block is the
# item's text, not tried against the title-first forms ("X was originally
# published on Y"), which try every length of X.
MAX_FOOTER_CHARS = 400


@extractor("feed-footer", assigns=("blocks", "title", "source"))
def label_feed_footer(doc: Document, settings: Settings) -> None:
    """"The post X appeared first on Y." (and its forms in the other books) gives title and source."""
    book = book_for(settings, doc.language)
    for block in doc.blocks[-TAIL_BLOCKS:]:
        if len(block.text) > MAX_FOOTER_CHARS:
            continue
        for pattern in book.feed_footers_for(block.text):
            match = pattern.fullmatch(block.text)
            source = edge_stripped(match.group("source")) if match else ""
            # A source is a name: "Foreign Policy", not "the list of closures".
            if match and source[:1].isupper() and len(source.split()) <= MAX_NAME_WORDS:
                doc.assign("title", (match.groupdict().get("title") or "").strip(), "feed-footer", block)
                doc.assign("source", source, "feed-footer", block)
                doc.drop(block, Kind.FEED_FOOTER)
                break
