"""A page's comment section under the article: its entries read as prose, as the article does.

The rules find a comment section's furniture ("Reply", "12 comments", "Load
more comments": Kind.COMMENTS_WIDGET) but not the entries between, which the
classifier keeps as paragraphs. Where such furniture stands after the bulk of
the article's kept text, what the classifier kept under it is the comments'.
"""
from __future__ import annotations

from declutter.blocks import Block
from declutter.kinds import Kind


def without_comments(keep: list[bool], page: list[Block], candidates: list[Block], words: list[int]) -> list[bool]:
    """Drop the kept candidates under the first comment furniture (``page``: all
    the page's blocks) above which at least as many kept words stand as below
    it: the article is above it, the entries below. Furniture above most of the
    article (a "12 comments" link by its byline) ends nothing."""
    widgets = [block.index for block in page if block.kind == Kind.COMMENTS_WIDGET]
    if not widgets or True not in keep:
        return keep
    kept = [(block.index, count) for block, count, k in zip(candidates, words, keep, strict=True) if k]
    total = sum(count for _, count in kept)
    for widget in widgets:
        above = sum(count for index, count in kept if index < widget)
        if above == total:
            return keep  # nothing kept under it, nor under any later one
        if above >= total - above:
            return [k and block.index < widget for k, block in zip(keep, candidates, strict=True)]
    return keep
