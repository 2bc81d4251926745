"""Numbered section headings: "1 Introduction", "2 Method", "3 Results".

A paper-like article numbers its sections; the classifier keeps the longer
headings ("2 Advice And Emacs Lisp") and drops the short ones ("1
Introduction", "4 References") as stray fragments, though their numbers place
them in the same run. What tells them apart from a ranking's numbered titles
is the run itself: the same mark after each number, a kept heading numbered
one less above or one more below, and the section's text, kept, right under
the heading. Nothing here knows a site or a language beyond digits.
"""
from __future__ import annotations

import re

from declutter.blocks import SENTENCE_END, Block
from declutter.content.options import ContentSettings

# A section's number, its mark if any ("2 ", "2. ", "2) "), then a word.
_SECTION = re.compile(r"(\d{1,2})([.)]?)\s+(?=[^\W\d_])")


def section_number(text: str, count: int, opts: ContentSettings) -> tuple[int, str] | None:
    """The (number, mark) of a line shaped like a numbered section's heading: at
    most ``inside_heading_words`` words, not ending like a sentence (a
    numbered list's item does) nor with a label's colon (a numbered comment's
    "1. Name says:")."""
    if count > opts.inside_heading_words or text.endswith(SENTENCE_END) or text.endswith(":"):
        return None
    found = _SECTION.match(text)
    return None if found is None else (int(found[1]), found[2])


def with_numbered_sections(
    keep: list[bool], candidates: list[Block], words: list[int], opts: ContentSettings
) -> list[bool]:
    """A dropped numbered heading stays when a kept heading of the same run
    (the same mark, each number said once) is numbered one less above it or
    one more below it, and the block right under it is kept."""
    numbers = {
        i: number for i, (block, count) in enumerate(zip(candidates, words))
        if block.text[:1].isdigit() and (number := section_number(block.text, count, opts)) is not None
    }
    if len(numbers) < 3:
        return keep
    seen: dict[tuple[int, str], int] = {}
    for number in numbers.values():
        seen[number] = seen.get(number, 0) + 1
    kept = {number: i for i, number in numbers.items() if keep[i] and seen[number] == 1}
    keep = list(keep)
    for i, (n, mark) in numbers.items():
        if keep[i] or seen[n, mark] > 1 or i + 1 >= len(keep) or not keep[i + 1]:
            continue
        above, below = kept.get((n - 1, mark)), kept.get((n + 1, mark))
        if (above is not None and above < i) or (below is not None and below > i):
            keep[i] = True
    return keep
