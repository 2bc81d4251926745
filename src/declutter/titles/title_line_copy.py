"""The page's title line ("Headline | Site", htmltext prints the <title> first)
printed again anywhere on the page: the headline the site gave the page,
where the headline extractor's rules, made for lines close by, found none.
The article-headline step asks it on pages with a title line and no title.

A copy of the whole line or of a reading of it (title_parts) is the title
unless another part is printed as close to the article. Where no such copy
is printed, a line printing a part of the title line that no reading names
(a part between marks the readings do not split at, a middle part, a part
shorter than a long site's name), the title line cut short ("Headline...")
in full, or the title line with a kicker glued before it ("Immobilienkrise
Headline"), when that line opens its article and its article is about it
(bench meta, htmltext: title right 68.1% -> 71.4%, wrong 7.7% -> 8.3%, the
wrong ones mostly references naming a page other than its headline).
"""
from __future__ import annotations

from rapidfuzz import utils

from declutter.blocks import Block, at_most_words, edge_stripped
from declutter.document import Document
from declutter.titles.evidence import MIN_HEADLINE_PART_WORDS, TitleTest
from declutter.titles.line import title_parts, title_separated
from declutter.titles.loose_copy import loose_copy
from declutter.titles.opening_part import opening_part_copy
from declutter.titles.page_title import opens_article

# Brackets open a part of the headline itself, never a separator ("Der historische Purzelbaum (2021/5)").
_OPENING = "([{"
# How a <title> line cut short ends.
_CUT_MARKS = ("...", "…")
# A kicker glued before the headline in its h1 ("Immobilienkrise Rene Benko-Firma ...")
# has at most this many words (as the headline extractor's KICKER_WORDS).
GLUED_KICKER_WORDS = 4


def title_line_copy(doc: Document, first: Block, article_index: int, titled: TitleTest) -> tuple[str, Block] | None:
    """The headline of the page's title line ``first`` printed again anywhere as a
    line of its own (a menu's item, a breadcrumb's last step, an h1 the
    headline rules' tests turned down): the title line itself or its longer
    part ("Headline | Site"), the copy closest to the article's first
    paragraph (``article_index``) if more than one. None when another part
    is printed as close to it or closer: the site's and the section's names
    are printed as logos and menu items, and which part is the headline is
    then not known. On the eval corpus' htmltext pages (bench meta) these
    copies gave 56 titles right and 5 wrong; without the test for the other
    parts 57 and 13, with other parts printed anywhere turning it down 35 and 3.
    Without such a copy, a part's copy (_part_copy) that ``titled`` takes; without
    that, or where another part is closer, the opening part's copy when that part
    is the shorter (opening_part_copy)."""
    readings = (first.text, *(head for head, _ in title_parts(first.text)))
    heads = {edge_stripped(text).casefold(): text.strip() for text in readings if edge_stripped(text)}
    later = [(block, block.bare.casefold()) for block in doc.blocks[first.index + 1 :]]
    # A copy of a part shorter than a headline's (MIN_HEADLINE_PART_WORDS) opens the line: a site's name ends it.
    opening = first.text.casefold().lstrip()
    copies = [
        (block, folded) for block, folded in later
        if folded in heads and (not at_most_words(folded, MIN_HEADLINE_PART_WORDS - 1) or opening.startswith(folded))
    ]
    if not copies:  # a part's copy, else the opening part's when shorter than the rest (opening_part_copy)
        part = _part_copy(doc, first, later, article_index, titled) or opening_part_copy(doc, first, article_index, titled)
        return part or loose_copy(doc, first, article_index, titled)
    copy, copied = min(copies, key=lambda found: abs(article_index - found[0].index))
    others = {edge_stripped(part).casefold() for part in title_separated(first.text) if edge_stripped(part)} - {copied}
    if _other_part_closer(later, others, article_index, copy):
        return opening_part_copy(doc, first, article_index, titled)
    return heads[copied], copy


def _other_part_closer(later: list[tuple[Block, str]], others: set[str], article_index: int, copy: Block) -> bool:
    """Whether one of the title line's ``others`` parts is printed as close to the article as ``copy`` or closer."""
    distance = abs(article_index - copy.index)
    return any(folded in others and abs(article_index - block.index) <= distance for block, folded in later)


def _part_copy(
    doc: Document, first: Block, later: list[tuple[Block, str]], article_index: int, titled: TitleTest
) -> tuple[str, Block] | None:
    """A line that prints a part of the title line ``first`` no reading names
    (_longest_part: "Kicker: Headline / Section / Site", "Headline « Site",
    "Kicker: Headline - Section - Site"), the line cut short in full, or the
    line's headline with a kicker glued before it; of the lines ``later`` (each with its
    ``bare`` text folded) that open their article and that ``titled`` takes
    (what its article is about: a site's, a section's name printed as a
    logo or a menu item is not), the closest to the article's first
    paragraph (``article_index``). A part's copy is none when another part
    of the title line is printed as close to it or closer."""
    line = first.text.casefold()
    stem = next((line.removesuffix(mark).rstrip() for mark in _CUT_MARKS if line.endswith(mark)), None)
    # The line and its readings' headlines, as rapidfuzz's processor leaves them (dashes and quotes aside).
    heads = [
        (utils.default_process(head), head.strip()) for head, _ in ((first.text, None), *title_parts(first.text))
        if not at_most_words(head, MIN_HEADLINE_PART_WORDS - 1)
    ]
    found: list[tuple[Block, str, str | None]] = []  # a copy, its folded text, the title it gives (None: its own)
    for block, folded in later:
        if not block.bare or at_most_words(folded, MIN_HEADLINE_PART_WORDS - 1):
            continue
        if len(folded) < len(line) and _longest_part(line, folded):
            found.append((block, folded, None))
        elif stem is not None and len(folded) > len(stem) and folded.startswith(stem):
            found.append((block, folded, None))
        else:
            glued = next((head for whole, head in heads if _glued_kicker(folded, whole)), None)
            if glued is not None:
                found.append((block, folded, glued))
    copies = [match for match in found if opens_article(doc, match[0]) and titled(match[0])]
    if not copies:
        return None
    copy, copied, title = min(copies, key=lambda match: abs(article_index - match[0].index))
    if title is not None:
        return title, copy
    at = _bounded_part(line, copied)
    if at is not None:
        rest = (line[:at], line[at + len(copied) :])
        others = {edge_stripped(part) for piece in rest for part in title_separated(edge_stripped(piece))} - {"", copied}
        if _other_part_closer(later, others, article_index, copy):
            return None
    return copy.bare, copy


def _glued_kicker(folded: str, whole: str) -> bool:
    """Whether ``folded`` (a line, case-folded) is the title line's headline
    (``whole``, as rapidfuzz's processor leaves it: dashes and quotes aside)
    with a kicker of at most GLUED_KICKER_WORDS words glued before it, a space
    between (not a compound's first half: "Fairtrade-Stadt Stuttgart")."""
    # Most lines do not end as the headline does: not split nor processed.
    if len(folded) <= len(whole) or whole.rpartition(" ")[2] not in folded[-len(whole) // 2 :]:
        return False
    words = folded.split()
    return any(utils.default_process(" ".join(words[cut:])) == whole for cut in range(1, min(GLUED_KICKER_WORDS, len(words) - 1) + 1))


def _bounded_part(line: str, part: str) -> int | None:
    """Where ``line`` holds ``part`` with a mark (not a letter, a digit or a
    space alone) between it and the rest of the line at each end it does not
    end: a part of a title line, not words within one of its parts. Not
    before a bracket: what a bracket holds is the headline's."""
    at = line.find(part)
    while at >= 0:
        before, after = line[:at].rstrip(), line[at + len(part) :].lstrip()
        starts = not before or not before[-1].isalnum()
        ends = not after or (not after[0].isalnum() and after[0] not in _OPENING)
        if starts and ends and (before or after):
            return at
        at = line.find(part, at + 1)
    return None


def _longest_part(line: str, part: str) -> bool:
    """Whether ``line`` holds ``part`` as a part (_bounded_part) longer than each
    other part of it: a headline is said in more words than a site's, a
    section's or a kicker's name; a part shorter than another is such a name
    itself, or a kicker over a headline ("Siemens und die Kohlemine Adani:
    Kaeser verarscht Neubauer"), or a paper's title over its subtitle."""
    at = _bounded_part(line, part)
    if at is None:
        return False
    rest = (edge_stripped(piece) for piece in (line[:at], line[at + len(part) :]))
    return all(len(edge_stripped(other)) < len(part) for piece in rest if piece for other in title_separated(piece))
