"""Menus and breadcrumbs: runs of short link-like lines.

A run of at least ``min_run`` lines of at most ``max_item_words`` words, none
ending like a sentence, is a menu. Runs stop at a kept line that reads like
prose. Phrase-book navigation lines ("Skip to content") are the boilerplate
extractor's; this one finds menus whose items are the site's own words.
"""
from __future__ import annotations

from ..document import Block, Document
from .common import SENTENCE_END, word_count


def label_navigation(doc: Document) -> Document:
    opts = doc.settings.navigation
    run: list[Block] = []
    for block in doc.blocks + [None]:
        if block is not None and _menu_item(block, opts.max_item_words):
            run.append(block)
            continue
        if len([b for b in run if b.kept]) >= opts.min_run:
            for item in run:
                doc.drop(item, "navigation")
        run = []
    return doc


def _menu_item(block: Block, max_words: int) -> bool:
    if not block.kept:
        return block.kind in ("navigation", "share-prompt", "image-alt")
    text = block.text
    # Counting words is the costly test: done last (prose ends like a sentence).
    return not text.endswith(SENTENCE_END) and not text.endswith(":") and word_count(text) <= max_words
