"""Detect the page's language (py3langid) from its longest lines."""
from __future__ import annotations

from ..document import Document

# Enough text for a stable guess (a few long paragraphs); more only costs
# time: py3langid is linear. On the corpus' 990 htmltext pages, 800
# characters give the same language as 1500 on 99.1% of pages (1000: 99.4%,
# 500: 99.0%) at two thirds of the time.
SAMPLE_CHARS = 800
# Below this much text a guess is noise ("logo", a date): leave the language unset.
MIN_CHARS = 20


def detect_language(doc: Document) -> Document:
    if doc.language:
        return doc
    sample, size = [], 0
    for text in sorted((b.text for b in doc.blocks), key=len, reverse=True):
        sample.append(text)
        size += len(text)
        if size >= SAMPLE_CHARS:
            break
    if size >= MIN_CHARS:
        from py3langid.langid import classify

        doc.language = classify(" ".join(sample))[0]
    return doc
