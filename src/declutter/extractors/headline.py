"""Find the headline and drop its printed copies (fuzzy, with rapidfuzz).

Scrapes print the headline twice or more: the page <title> ("Headline | Site"),
the h1, an image caption, a share widget. The headline goes to ``doc.title``
and every copy is dropped as ``duplicate-headline``.
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz, process, utils

from declutter.blocks import Block
from declutter.content.blockwords import block_words
from declutter.document import Document
from declutter.extractor import extractor
from declutter.kinds import Kind, Role
from declutter.settings import Settings

# "Headline | Site", "Headline - Site", "Site: Headline" as in <title> lines.
_SEPARATOR_CHARS = "[|–—·:•»-]"
_TITLE_SEPARATORS = re.compile(rf"\s+{_SEPARATOR_CHARS}{{1,2}}\s+|\s*::\s*")
# A line without any of the characters: no split to try (one scan of it, not the split's at every space).
_ANY_SEPARATOR = re.compile(_SEPARATOR_CHARS)
# How a headline never ends: a sentence's or a label's last marks.
HEADLINE_NEVER_ENDS = (".", ":", ";", ",")
# How far ahead a repeat of a headline is looked for (the h1 after the <title>
# line, the headline under a logo and a menu of a few lines).
REPEAT_WINDOW = 8
_NUMBERS = re.compile(r"\d+")
# Kinds the dateline extractor gives to the lines that follow a headline.
BYLINE_KINDS = (Kind.BYLINE, Kind.DATELINE)
# A site name in a <title> line is short ("The Telegraph", "Die PARTEI Lübeck").
MAX_SITE_WORDS = 6


@extractor("headline", assigns=("blocks", "title", "source"))
def label_headlines(doc: Document, settings: Settings) -> None:
    """The title (printed twice, `Headline | Site`, or over a byline) and its copies, fuzzy (rapidfuzz)."""
    opts = settings.headline
    words = block_words(doc).words  # counted for the page at once (blockwords.py)
    # _headline_like written out for the first blocks, not called for each.
    candidates = [
        b for b, count in zip(doc.blocks[: opts.search_blocks], words)
        if b.kind is None and 1 < count <= opts.max_words and not b.text.endswith(HEADLINE_NEVER_ENDS)
    ]
    if not doc.title:
        doc.title = _repeated_headline(doc, candidates, opts.duplicate_threshold)
    if not doc.title:
        doc.title = _headline_over_byline(doc, candidates)
    if doc.title:
        for block in _near_copies(doc.blocks, doc.title, opts.duplicate_threshold):
            copy = _headline_like(block, words[block.index], opts.max_words) and _same(block.text, doc.title, opts.duplicate_threshold)
            if block.kept and copy:
                doc.drop(block, Kind.DUPLICATE_HEADLINE, role=Role.TITLE)


def _headline_like(block: Block, words: int, max_words: int) -> bool:
    """Two to ``max_words`` words (``words``, counted for the page at once), and not a
    sentence or a label by its last mark: the shape of a headline."""
    return 1 < words <= max_words and not block.text.endswith(HEADLINE_NEVER_ENDS)


def _near_copies(blocks: list[Block], title: str, threshold: float) -> list[Block]:
    """The blocks whose fuzzy ratio to ``title`` reaches ``threshold``, found in one
    call into rapidfuzz (a Python call per block cost more than the comparing)."""
    if not blocks:
        return []
    # cdist gives float32 scores: a hair under the cut, so no block _same
    # would accept is left out (_same decides, in full precision).
    cutoff = threshold - 0.01
    ratios = process.cdist([title], [b.text for b in blocks], scorer=fuzz.ratio, processor=utils.default_process, score_cutoff=cutoff)
    return [block for block, ratio in zip(blocks, ratios[0]) if ratio >= cutoff]


def _repeated_headline(doc: Document, candidates: list[Block], threshold: float) -> str | None:
    # Each candidate is compared with up to REPEAT_WINDOW later ones: its
    # numbers, its text as rapidfuzz's processor leaves it and its
    # "Headline | Site" readings are worked out once, not per pair (processing
    # both texts of every pair was most of the comparing), and only as far as
    # the window reaches: on three pages in four a repeat is found within
    # the first few of some thirty candidates.
    numbers: list[list[str]] = []
    processed: list[str] = []
    for i, block in enumerate(candidates):
        reach = min(i + 1 + REPEAT_WINDOW, len(candidates))
        numbers += [_NUMBERS.findall(b.text) for b in candidates[len(numbers) : reach]]
        processed += [utils.default_process(b.text) for b in candidates[len(processed) : reach]]
        readings = _site_readings(block.text)
        for j in range(i + 1, reach):
            if numbers[i] == numbers[j] and fuzz.ratio(processed[i], processed[j]) >= threshold:
                return candidates[j].text
            split = _site_of(readings, processed[j], numbers[j], threshold) if readings else None
            if split:
                doc.source = doc.source or split
                doc.drop(block, Kind.DUPLICATE_HEADLINE, role=Role.PAGE_TITLE)
                return candidates[j].text
    return None


def _headline_over_byline(doc: Document, candidates: list[Block]) -> str | None:
    """A headline printed once sits right over its byline or date line."""
    for block in candidates:
        following = doc.blocks[block.index + 1] if block.index + 1 < len(doc.blocks) else None
        if following is not None and following.kind in BYLINE_KINDS:
            doc.drop(block, Kind.HEADLINE, role=Role.TITLE)
            return block.text
    return None


def _site_readings(page_title: str) -> list[tuple[str, list[str], str]]:
    """For "Headline | Site": (headline as processed for rapidfuzz, its numbers, site)
    for each end the site may be at."""
    if not _ANY_SEPARATOR.search(page_title):
        return []
    parts = _TITLE_SEPARATORS.split(page_title)
    if len(parts) < 2:
        return []
    return [
        (utils.default_process(head), _NUMBERS.findall(head), site.strip())
        for head, site in ((" - ".join(parts[:-1]), parts[-1]), (" - ".join(parts[1:]), parts[0]))
        if len(site.split()) <= MAX_SITE_WORDS
    ]


def _site_of(readings: list[tuple[str, list[str], str]], processed_headline: str, numbers: list[str], threshold: float) -> str | None:
    """For "Headline | Site" followed by "Headline": the site's name (the first reading that fits)."""
    for processed_head, head_numbers, site in readings:
        if head_numbers == numbers and fuzz.ratio(processed_head, processed_headline) >= threshold:
            return site
    return None


def _same(a: str, b: str, threshold: float) -> bool:
    # Numbers must agree: "3 hours ago" and "5 hours ago" are not one line printed twice.
    if _NUMBERS.findall(a) != _NUMBERS.findall(b):
        return False
    return _ratio(a, b) >= threshold


def _ratio(a: str, b: str) -> float:
    return fuzz.ratio(a, b, processor=utils.default_process)
