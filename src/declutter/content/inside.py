"""What stays inside the article and at its end by its shape: the blocks the
content classifier dropped between two kept ones (a subheading, a list
item, a quote, a paragraph), a markup heading between kept blocks, and a
list closing the article before a section's end the rules found.

The classifier reads a page's densest run of prose; these rules take back
the article's own parts it dropped there, by their place relative to the kept
blocks and the rules' drops and by their shape (content.shapes).
"""
from __future__ import annotations

from declutter.blocks import Block
from declutter.content.options import ContentSettings
from declutter.content.shapes import article_part, between_paragraphs, heading, heading_over_part, list_item, prose
from declutter.content.subheadings import furniture_between
from declutter.kinds import Kind, Role


def with_markup_headings(keep: list[bool], blocks: list[Block]) -> list[bool]:
    """A heading of the page's markup (``Role.HEADING``: markdown pages) stays
    when the blocks on both sides of it stay, past other dropped headings: a
    subheading between two kept paragraphs is the article's. Plain text has
    no such role and is not looked at twice."""
    markup = Role.HEADING  # an enum member looked up once, not per block
    headings = [i for i, block in enumerate(blocks) if block.role is markup and not keep[i]]
    if not headings:
        return keep
    keep = list(keep)
    dropped = set(headings)
    for i in headings:
        before, after = i - 1, i + 1
        while before in dropped:
            before -= 1
        while after in dropped:
            after += 1
        if before >= 0 and after < len(keep) and keep[before] and keep[after]:
            keep[i] = True
    return keep


# Kinds a rule drops that end the article: no block past one is the article's
# because a kept block follows (a teaser's body, a comment).
ARTICLE_ENDS = frozenset({Kind.RELATED_TEASERS, Kind.COMMENTS_WIDGET, Kind.FEED_FOOTER, Kind.COPYRIGHT})


def with_inside(
    keep: list[bool], scores: list[float], page: list[Block], candidates: list[Block], places: list[int], words: list[int],
    opts: ContentSettings,
) -> list[bool]:
    """Inside the article, what the classifier dropped between two kept blocks
    stays when it is shaped like the article's own parts: a subheading, a list
    item, a quote or a paragraph. Interruptions (ad markers, newsletter boxes,
    "Read more:" lines) are the rules' to drop, before this step; a stretch
    holding a section's end (teasers, comments, a copyright line) is not
    bridged, nor one longer than ``inside_max_run`` blocks. ``places`` are the
    candidates' places in ``page``."""
    kept_at = [i for i, k in enumerate(keep) if k]
    if len(kept_at) < 2:
        return keep
    keep = list(keep)
    for a, b in zip(kept_at, kept_at[1:]):
        if b - a < 2 or b - a - 1 > opts.inside_max_run:
            continue
        if any(block.kind in ARTICLE_ENDS for block in page[places[a] + 1 : places[b]]):
            continue
        for i in range(b - 1, a, -1):  # from the end: a subheading stands over a kept paragraph
            text, count = candidates[i].text, words[i]
            if article_part(text, count, opts):
                keep[i] = True
            elif (
                scores[i] >= opts.inside_heading_score and heading(text, count, opts)
                and keep[i + 1] and furniture_between(page, places[i], places[i + 1])
            ):
                # over a paragraph or a list's first item: styles F1 0.9462 -> 0.9465, corpus the same
                under, under_count = candidates[i + 1].text, words[i + 1]
                keep[i] = prose(under, under_count, opts) or list_item(under, under_count)
            elif (
                scores[i] >= opts.inside_between_score and heading(text, count, opts)
                and between_paragraphs(i, keep, candidates, places, words, opts)
            ):
                # styles F1 0.9553 -> 0.9556 (7 subheadings), corpus htmltext +1 snippet, inscriptis +1 false positive
                keep[i] = True
    return keep


def with_tail(
    keep: list[bool], page: list[Block], candidates: list[Block], places: list[int], words: list[int], opts: ContentSettings
) -> list[bool]:
    """An article ending in a list: after the last kept block, the blocks
    shaped like the article's own parts (list items, quotes, paragraphs, a
    subheading over one), at least one of them a list item, stay when nothing
    else stands between them and a section's end the rules found (teasers,
    comments, a copyright line). Prose alone there is a page's closing appeals
    and notes as often as the article's. ``places`` are the candidates' places in ``page``."""
    if True not in keep:
        return keep
    last = len(keep) - 1 - keep[::-1].index(True)
    tail = []
    for i in range(last + 1, len(keep)):
        if any(b.kind in ARTICLE_ENDS for b in page[places[i - 1] + 1 : places[i]]):
            break
        if not (article_part(candidates[i].text, words[i], opts) or heading_over_part(i, candidates, places, words, opts)):
            return keep
        tail.append(i)
    else:
        if not any(b.kind in ARTICLE_ENDS for b in page[places[-1] + 1 :]):
            return keep
    if not any(list_item(candidates[i].text, words[i]) for i in tail):
        return keep
    keep = list(keep)
    for i in tail:
        keep[i] = True
    return keep
