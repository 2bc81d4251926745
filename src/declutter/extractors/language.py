"""The page's language, from its longest lines (declutter.language)."""
from __future__ import annotations

from declutter.document import Document
from declutter.extractor import extractor
from declutter.language.detect import detect
from declutter.settings import Settings


@extractor("language", assigns=("language",))
def detect_language(doc: Document, settings: Settings) -> None:
    """Detects the page's language: a vote of function words when it is clear, py3langid otherwise."""
    if not doc.language:
        doc.language = detect([b.text for b in doc.blocks])
