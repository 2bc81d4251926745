"""A headline printed past the headline rules' reach (HeadlineSettings.search_blocks):
under a menu of a hundred lines and more, on a page that opens with its <title>.

Further down the page a line over a date is a teaser's or a comment's as
often as the headline; the page's first line (its <title>, as scrapers print
it first) tells the headline there: the line must say what it says (bench
meta, htmltext: title right 73.4% -> 74.2%, wrong 7.6% -> 7.9%; ids 0-7 right
358 -> 362, wrong 30 -> 32; ids 8-f 346 -> 350, 43 -> 44; taken without the
agreeing, 8-f wrong 45).
"""
from __future__ import annotations

from rapidfuzz import fuzz, process, utils

from declutter.blocks import Block
from declutter.document import Document
from declutter.titles.evidence import PAGE_TITLE_AGREEMENT, first_line


def agreeing_further_down(doc: Document, candidates: list[Block], search_blocks: int) -> list[Block]:
    """The ``candidates`` at index ``search_blocks`` or further that agree with the
    page's first line (rapidfuzz token_set_ratio at PAGE_TITLE_AGREEMENT at least)."""
    first = first_line(doc)
    further = [b for b in candidates if b.index >= search_blocks]
    if first is None or not further:
        return []
    # One call into rapidfuzz for them all (float32 scores: a hair under the cut, the exact ratio decides).
    scores = process.cdist([first.text], [b.text for b in further], scorer=fuzz.token_set_ratio, processor=utils.default_process)[0]
    return [
        b for b, score in zip(further, scores)
        if score >= PAGE_TITLE_AGREEMENT - 0.01
        and fuzz.token_set_ratio(b.text, first.text, processor=utils.default_process) >= PAGE_TITLE_AGREEMENT
    ]
