"""The page's <title> line, which scrapers print first ("Headline | Site"):
its parts, its (headline, site) readings, and the page's lines a part of it
may be printed again as. The headline and publisher extractors read it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, utils

from declutter.blocks import MAX_NAME_WORDS, SENTENCE_END, Block, at_most_words
from declutter.document import Document
from declutter.kinds import Kind

# "Headline | Site", "Headline - Site", "Site: Headline" as in <title> lines;
# "›", "⋆", "~" and "│" ("Headline › site.at") part them as "|" does, and a
# single ">" ("Headline > site.de"): ">>" is a shell's redirect in a blog's
# motto as often (markdown renderings: "cat /dev/brain/ideas >> blog").
_SEPARATOR_CHARS = "|–—·:•»›‹⋆~│-"
_TITLE_SEPARATORS = re.compile(rf"\s+[{_SEPARATOR_CHARS}]{{1,2}}\s+|\s*::\s*|\s+>\s+")
# A line without any of the characters: no split to try (one scan of it, not the split's at every space).
_ANY_SEPARATOR = re.compile(rf"[>{_SEPARATOR_CHARS}]")
# Scrapes that print the page's <title> print it first (after a blank or a
# skip link at most).
PAGE_TITLE_BLOCKS = 2
NUMBERS = re.compile(r"\d+")
# A <title> line holds a headline (eval corpus: 2-25 words) and a site's
# name: a sentence of more words is a paragraph (bench styles: a feed item's
# lead of 46 words, parted by a dash, taken for its title line).
TITLE_LINE_WORDS = 35
# A category's or a tag's name in a post's list of them ("Politik, Essen und Trinken,
# Gesellschaft") has at most this many words.
CATEGORY_WORDS = 3
# Kinds of the page's first lines that are not its <title> line though parted like one.
_NOT_TITLE_LINES = (Kind.IMAGE_ALT, Kind.DATELINE, Kind.BYLINE)


def flush_left(source_text: str, blocks: list[Block], block: Block) -> bool:
    """Whether ``block``'s line, and the next one, start at the line's first
    column, as scrapers print the page's <title> and what follows it. A
    rendering that indents the page's nesting (inscriptis) indents its
    logo's and menu's first lines, or prints one flush left over indented
    ones (on the eval corpus' inscriptis pages: 865 first lines in 990
    indented, 116 of the others followed by an indented one; htmltext's never)."""
    following = blocks[block.index + 1] if block.index + 1 < len(blocks) else None
    return all(b.start == 0 or source_text[b.start - 1] == "\n" for b in (block, following) if b is not None)


@lru_cache(maxsize=16)  # a page's first lines are asked about by the headline and publisher extractors, up to three times each
def title_separated(page_title: str) -> tuple[str, ...]:
    """A <title> line's parts between its separators ("Headline | Site" -> two)."""
    return tuple(_TITLE_SEPARATORS.split(page_title)) if _ANY_SEPARATOR.search(page_title) else (page_title,)


def adds_a_part(text: str, head: str) -> bool:
    """Whether ``text`` is ``head`` with a shorter part added after a separator
    ("Headline – live", "Headline: Kicker | Site"), ``head`` itself may hold separators."""
    rest = text[len(head) :] if text.startswith(head) else ""
    cut = _TITLE_SEPARATORS.match(rest)
    return cut is not None and 0 < len(rest) - cut.end() < len(head)


def title_parts(page_title: str) -> list[tuple[str, str | None]]:
    """The (headline, site) readings of a <title> line such as "Headline - Section -
    Site": the headline is the longer part, at either end; the site is named only
    when it is one short part ("Headline | Site")."""
    parts = title_separated(page_title)
    readings: list[tuple[str, str | None]] = []
    for cut in range(1, len(parts)):
        for head, rest in ((parts[:cut], parts[cut:]), (parts[cut:], parts[:cut])):
            head_text, rest_text = " - ".join(head), " - ".join(rest)
            if len(rest_text) < len(head_text) and len(rest_text.split()) <= MAX_NAME_WORDS:
                readings.append((head_text, rest_text.strip() if len(rest) == 1 else None))
    return readings


def site_readings(page_title: str) -> list[tuple[str, list[str], str]]:
    """For "Headline | Site": (headline as processed for rapidfuzz, its numbers, site)
    for each end the site may be at. The site is the shorter part: in
    "15 Years of example.net — example.net" the headline is not "example.net"."""
    if not _ANY_SEPARATOR.search(page_title):
        return []
    parts = _TITLE_SEPARATORS.split(page_title)
    if len(parts) < 2:
        return []
    return [
        (utils.default_process(head), NUMBERS.findall(head), site.strip())
        for head, site in ((" - ".join(parts[:-1]), parts[-1]), (" - ".join(parts[1:]), parts[0]))
        if len(site.split()) <= MAX_NAME_WORDS and len(site) < len(head)
    ]


def site_of(readings: list[tuple[str, list[str], str]], processed_headline: str, numbers: list[str], threshold: float) -> str | None:
    """For "Headline | Site" followed by "Headline": the site's name (the first reading that fits)."""
    for processed_head, head_numbers, site in readings:
        if head_numbers == numbers and fuzz.ratio(processed_head, processed_headline) >= threshold:
            return site
    return None


def folded_lines(blocks: list[Block], longest: int, beyond: int = -1) -> list[str]:
    """The ``bare`` text, case-folded, of each block that may fold to at most
    ``longest`` characters: the lines that may print a text of that length
    again, case aside. Every character folds to one or more (a test checks
    them all), so a longer line never does, and the page's paragraphs are not
    folded (folding every line cost more than the rest of the headline step).
    Only the lines longer than ``beyond`` (a caller that has the shorter ones)."""
    return [b.bare.casefold() for b in blocks if beyond < len(b.bare) <= longest]


def page_title_line(doc: Document) -> Block | None:
    """The page's own title line ("Headline | Site", printed first as scrapers print the <title>), if any."""
    # An image's alt text ("Libération - logo") or a meta line ("Site | 29.07.2006") is not the <title> line,
    # nor a paragraph whose dash or colon parts its clauses (a feed item's lead under its title).
    return next(
        (b for b in doc.blocks[:PAGE_TITLE_BLOCKS]
         if b.kind not in _NOT_TITLE_LINES and len(title_separated(b.text)) > 1 and not _paragraph(b.text)
         and flush_left(doc.source_text, doc.blocks, b)),
        None,
    )


def _paragraph(text: str) -> bool:
    """A sentence of more words than a title line holds (a headline and a site's name)."""
    return text.endswith(SENTENCE_END) and not at_most_words(text, TITLE_LINE_WORDS)


def category_list(text: str) -> bool:
    """A post's categories or tags ("Politik, Wirtschaft, Kultur"): parts of a
    few words between commas, where a headline's commas part clauses."""
    parts = text.split(", ")
    return len(parts) > 1 and all(len(part.split()) <= CATEGORY_WORDS for part in parts)
