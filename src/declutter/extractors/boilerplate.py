"""Drop blocks whose wording the phrase books know (per kind, per language)."""
from __future__ import annotations

from declutter.document import Document
from declutter.extractor import extractor
from declutter.phrases import book_for
from declutter.settings import Settings


@extractor("boilerplate", assigns=("blocks",))
def label_boilerplate(doc: Document, settings: Settings) -> None:
    """The phrase books: image alt text, promos, appeals, banners, prompts, menus' phrases."""
    book = book_for(settings, doc.language)
    kept = doc.kept_blocks
    kinds = book.kinds_of([b.text for b in kept], [b.bare for b in kept])
    for block, kind in zip(kept, kinds):
        if kind is not None:
            doc.drop(block, kind)
