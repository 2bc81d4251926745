"""The article's edges: what stays just above and just below the blocks the
content classifier kept.

The model reads a page's densest run of prose; the article's first and last
lines are often outside it: a standfirst under the headline past a paywall
box, a deck without a full stop, a closing sentence before the byline. These
rules take them back by their place relative to the article's headline, its
meta and the rules' drops, and by their shape (content.shapes).
"""
from __future__ import annotations

import re
from bisect import bisect_right

from declutter.blocks import Block
from declutter.content.lists import enumeration_marker
from declutter.content.options import ContentSettings
from declutter.content.shapes import deck, heading, prose, prose_part, unstopped_paragraph
from declutter.kinds import Kind, Role

# What the rules drop that closes an article, not a page (a footer's links, a
# copyright line and a newsletter box close pages as often). A promo's line (a
# paywall's "2 free articles left", a sponsor's note) too: styles F1 0.9556 ->
# 0.9558 (two closing sentences), corpus the same.
CLOSERS = frozenset({Kind.BYLINE, Kind.DATELINE, Kind.SHARE_PROMPT, Kind.COMMENTS_WIDGET, Kind.RELATED_TEASERS, Kind.PROMO})
# What the rules drop as the article's meta: above it stands the headline.
_META_KINDS = frozenset({Kind.BYLINE, Kind.DATELINE, Kind.HEADLINE, Kind.DUPLICATE_HEADLINE})


def with_lead(
    keep: list[bool], page: list[Block], blocks: list[Block], places: list[int], words: list[int], opts: ContentSettings
) -> list[bool]:
    """Keep the prose paragraphs right above the first kept block (the lead,
    printed between the headline and the body with share buttons, a byline or
    a caption in between), skipping at most ``lead_gap`` short lines between
    two of them: each paragraph found starts the count again, as a standfirst
    and an introduction may each have their own line of chrome above them.
    Below the article's meta (a byline, a date, the headline's copies: what
    the rules dropped as such) a standfirst may lack its full stop when it is
    longer than the lines the walk passes; above it such a line is the
    headline the rules missed.
    ``places`` are the blocks' places in ``page``."""
    if True not in keep:
        return keep
    keep = list(keep)
    skipped = 0
    first = keep.index(True)
    below_meta = True  # no byline, date or headline between the block and the article yet
    for i in range(first - 1, -1, -1):
        block = blocks[i]
        count = words[i]
        below_meta = below_meta and not any(b.kind in _META_KINDS for b in page[places[i] + 1 : places[i + 1]])
        if prose(block.text, count, opts) or (below_meta and unstopped_paragraph(block.text, count, opts)):
            keep[i] = True
            skipped = 0
        elif count <= opts.lead_gap_words and skipped < opts.lead_gap:
            skipped += 1
        else:
            break
    return keep


def with_standfirst(
    keep: list[bool], page: list[Block], candidates: list[Block], places: list[int], words: list[int], opts: ContentSettings
) -> list[bool]:
    """The standfirst: the first prose paragraph under the article's headline
    (``Role.TITLE``) stays when the article's first kept block is further
    down, past a paywall box or an author's contact form. Between the headline
    and it only short lines (a byline, a date, a kicker: ``lead_gap`` of at
    most ``lead_gap_words`` words) may stand. The paragraphs right under it
    stay with it (_with_body)."""
    if True not in keep:
        return keep
    title = _last_title(page, places[keep.index(True)])
    if title is None:
        return keep
    at = bisect_right(places, title)
    keep = list(keep)
    for i in range(at, min(at + opts.lead_gap + 1, len(candidates))):
        if keep[i]:
            break
        if prose(candidates[i].text, words[i], opts) or unstopped_paragraph(candidates[i].text, words[i], opts):
            keep[i] = True
            return _with_body(keep, i, page, candidates, places, words, opts)
    return keep


def _last_title(page: list[Block], place: int) -> int | None:
    """Where the last headline (``Role.TITLE``) above place ``place`` of ``page`` is, if
    any: looked for upwards from there, the headline stands a few lines above the
    article, under the page's header and menus."""
    title = Role.TITLE
    for i in range(place - 1, -1, -1):
        if page[i].role is title:
            return i
    return None


# What the rules drop inside an article's body without ending it: a picture's
# caption and its text, an ad marker.
_BODY_FURNITURE = frozenset({Kind.IMAGE_CAPTION, Kind.IMAGE_ALT, Kind.ADVERTISEMENT})
# A paragraph's sentence may be followed by its link in brackets ("... in May. [ read more ]").
_TRAILING_LINK = re.compile(r"\s*\[\s*\w+(?:\s+\w+){0,2}\s*\]\s*$")


def _with_body(
    keep: list[bool], standfirst: int, page: list[Block], candidates: list[Block], places: list[int], words: list[int],
    opts: ContentSettings,
) -> list[bool]:
    """The body under a standfirst the classifier missed (a language its
    words weigh little in): the paragraphs right under it stay, down to the
    first block that is not one (a list, a tweet, a teaser's title) or a drop
    of the rules' other than a picture's caption or an ad marker. ``keep`` is
    the caller's copy."""
    for i in range(standfirst + 1, len(candidates)):
        if keep[i] or not prose(_TRAILING_LINK.sub("", candidates[i].text), words[i], opts):
            break
        if any(block.kind not in _BODY_FURNITURE for block in page[places[i - 1] + 1 : places[i]]):
            break
        keep[i] = True
    return keep


def with_deck(
    keep: list[bool], page: list[Block], candidates: list[Block], places: list[int], words: list[int], opts: ContentSettings,
    byline: re.Pattern[str],
) -> list[bool]:
    """The deck: between the article's headline (``Role.TITLE``) and its first
    kept block, when at most ``deck_lines`` lines the rules left stand there,
    those of at least ``deck_words`` words are the subtitle under the
    headline, written without a full stop ("Axel Hellmann takes over
    marketing"); shorter ones are a kicker, a name, a link, and a line
    opening like a byline (``byline``, the phrase books') is one."""
    if True not in keep:
        return keep
    first = keep.index(True)
    title = _last_title(page, places[first])
    if title is None:
        return keep
    at = bisect_right(places, title)
    if not 0 < first - at <= opts.deck_lines:
        return keep
    keep = list(keep)
    for i in range(at, first):
        text = candidates[i].text
        if deck(text, words[i], opts) and byline.match(text) is None:
            keep[i] = True
    return keep


# What stands between an article's meta and its first line: a picture with its
# caption, a promo's line ("Watch live"), an ad marker.
_OPENING_FURNITURE = _BODY_FURNITURE | {Kind.PROMO}
# The meta right above an article's first line: its byline and its date.
_OPENING_META = frozenset({Kind.BYLINE, Kind.DATELINE})


def with_opening_heading(
    keep: list[bool], scores: list[float], page: list[Block], candidates: list[Block], places: list[int], words: list[int],
    opts: ContentSettings,
) -> list[bool]:
    """The article's first subheading: a line shaped like a heading right
    above the first kept block stays when the article's byline or date (what
    the rules dropped as such) stands right above it, past a picture or a
    promo's line only. A kicker stands above the headline or the byline, not
    between the date and the text. ``places`` are the candidates' places in ``page``."""
    if True not in keep:
        return keep
    first = keep.index(True)
    at = first - 1
    if at < 0 or scores[at] < opts.opening_heading_score or not heading(candidates[at].text, words[at], opts):
        return keep
    if any(block.kind not in _OPENING_FURNITURE for block in page[places[at] + 1 : places[first]]):
        return keep
    above = places[at] - 1
    while above >= 0 and page[above].kind in _OPENING_FURNITURE:
        above -= 1
    if above < 0 or page[above].kind not in _OPENING_META:
        return keep
    keep = list(keep)
    keep[at] = True
    return keep


def with_last_lines(
    keep: list[bool], blocks: list[Block], candidates: list[Block], places: list[int], words: list[int], opts: ContentSettings
) -> list[bool]:
    """The article's last lines: at most ``last_lines`` paragraphs right after
    the last kept block, nothing between, stay when the line right after them
    on the page is the article's own furniture the rules dropped (CLOSERS: a
    byline, share links, a comments header, teasers): the article's closing
    sentence, not the page's (``blocks``: the page's blocks, hidden ones too).
    A numbered step's number on a line of its own ("7.") is passed over, not
    kept: the step's text follows it (corpus htmltext +1 snippet, styles the same).
    The last paragraph's picture (its caption, its credit) or an ad's marker
    may stand between it and the closer: bench styles F1 0.9639 -> 0.9640
    (3 embedded posts), corpus the same (a closing line on 1 of 1,980 pages)."""
    if True not in keep:
        return keep
    last = len(keep) - 1 - keep[::-1].index(True)
    taken: list[int] = []
    i = last + 1
    while i < len(keep) and len(taken) < opts.last_lines and places[i] == places[i - 1] + 1:
        text = candidates[i].text
        if enumeration_marker(text):  # a numbered step's number on its own line: the step follows
            i += 1
            continue
        if not prose_part(text, words[i], opts):
            break
        taken.append(i)
        i += 1
    if not taken:
        return keep
    after = candidates[taken[-1]].index + 1
    while after < len(blocks) and blocks[after].kind in _BODY_FURNITURE:
        after += 1  # the last paragraph's picture, its caption or credit, stands between it and the closer
    if after >= len(blocks) or blocks[after].kind not in CLOSERS:
        return keep
    keep = list(keep)
    for i in taken:
        keep[i] = True
    return keep
