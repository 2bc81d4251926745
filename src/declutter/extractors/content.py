"""The main-text classifier: decides the blocks no phrase rule recognised.

Two small logistic models (weights in content/model.json, built by
scripts/train_content.py by distillation from trafilatura) score each block
from general evidence (declutter.content.features): stage 1 from the block alone,
stage 2 adding its neighbours and its distance from the page's densest run of
prose (declutter.content.context); the model's word weights (declutter.content.lexicon) ship
with it. A kept block below the threshold is dropped unless it is a prose
paragraph next to a block that stays (hysteresis); lists the article holds
stay with it (content.lists), and so do its edges outside the densest run (a
standfirst, a deck, a closing sentence: content.edges); its kind says why in
words a reader understands.
"""
from __future__ import annotations

from dataclasses import replace
from itertools import compress
from operator import not_

import numpy as np
from numpy.typing import NDArray

from declutter.blocks import Block
from declutter.content import context, features
from declutter.content.bios import without_author_bio
from declutter.content.blockwords import block_words
from declutter.content.chrome import drop_chrome_fragments
from declutter.content.comments import without_comments
from declutter.content.edges import (
    with_deck,
    with_last_lines,
    with_lead,
    with_opening_heading,
    with_paragraphs_past_boxes,
    with_standfirst,
)
from declutter.content.lists import (
    enumeration_marker,
    with_amount_lists,
    with_colon_lists,
    with_unmarked_lists,
    with_whole_lists,
)
from declutter.content.model import load_model
from declutter.content.options import ContentSettings
from declutter.content.shapes import (
    article_part,
    between_paragraphs,
    heading,
    heading_over_part,
    list_item,
    prose,
    unstopped_paragraph,
)
from declutter.content.steps import with_numbered_steps
from declutter.content.subheadings import furniture_between, with_late_subheadings
from declutter.document import Document
from declutter.extractor import extractor
from declutter.kinds import Kind, Role
from declutter.phrases import book_for
from declutter.settings import Settings

# What the rules drop inside an article without ending it: the classifier reads
# the page without them (ContentSettings.hide_interruptions).
# Ad markers and share links: hiding newsletter, donation and caption boxes too
# gained 0.002 styles F1 for 0.0007 corpus F1 lost (htmltext).
# A live blog's entry stamps (Role.STAMP) too: bench styles F1 0.9415 -> 0.9459
# (dev 0.9437 -> 0.9485), corpus F1 htmltext 0.9062 -> 0.9060, inscriptis
# 0.9086 -> 0.9085.
_INTERRUPTIONS = frozenset({Kind.ADVERTISEMENT, Kind.SHARE_PROMPT})
# A one-line teaser ("Read more: <headline>") too: a teaser section ends the
# article, a single line inside it does not. bench styles F1 0.9471 -> 0.9500,
# corpus F1 htmltext 0.9067 -> 0.9068, inscriptis 0.9101 -> 0.9103.
_INTERRUPTING_ROLES = frozenset({Role.STAMP, Role.TEASER_LINE})
# Blocks scored by a stage at once (label_content): more than a news page has.
# A part's rows, local and context side by side (and each before they are
# joined), are 1,200 bytes a block: 77 MB for 1 << 16 blocks at the peak of a
# 50 MB page, 19 MB for 1 << 14.
_ROWS = 1 << 14


@extractor("content", assigns=("blocks",))
def label_content(doc: Document, settings: Settings) -> None:
    """The main-text classifier for whatever is still undecided."""
    opts = settings.content
    page, joined = doc.blocks, block_words(doc).joined
    # The texts as joined are this classifier's alone (no other step reads them): the
    # page's evidence lets go of them, freed once the features are read from them.
    # Kept there to the end, with the copy of the shown blocks' beside them, they were
    # 190 MB of a 50 MB page's peak (short lines, bench memory).
    doc.evidence.block_words = replace(block_words(doc), joined=None)
    shown = [b.kind not in _INTERRUPTIONS and b.role not in _INTERRUPTING_ROLES for b in page]
    if opts.hide_interruptions and not all(shown):
        # The rules' interruptions (ad markers, share links, entry stamps) are
        # not looked at: the paragraphs on both sides of one are neighbours,
        # as a reader sees them.
        page = list(compress(page, shown))
        joined = joined.subset(np.fromiter(shown, dtype=bool, count=len(shown))) if joined is not None else None
    # The undecided blocks and their places in ``page`` (a block's index is its
    # place in the whole page, hidden blocks counted).
    places = [i for i, b in enumerate(page) if b.kind is None]  # the kept ones (Block.kept, inlined)
    if len(places) < opts.min_blocks:
        drop_chrome_fragments(doc, opts.fragment_words)
        return  # a short page is all article but its chrome's leftovers: nothing to tell chrome from text by
    candidates = [page[i] for i in places]
    model = load_model()
    threshold = model.threshold if opts.threshold is None else opts.threshold
    local = features.local_features(page, doc.language, doc.source_text, model.vocabulary or model.lexicon, joined)
    # What the features were read from is not kept while the page is scored: the
    # shown blocks' texts and offsets, when some are hidden, were 28 MB on a 50 MB page.
    del shown, joined
    # _ROWS blocks at a time (a page of fewer is one product), their rows worked out for
    # them alone: the rows of all blocks at once were a table of 8 bytes a feature and a
    # block (273 MB of local rows on a 50 MB page; with the context rows beside them, 400
    # MB on a 23 MB page). A page of one part (most) has its local rows worked out once,
    # for both stages: working them out is most of the first stage.
    whole = local.rows() if len(page) <= _ROWS else None
    probs = np.concatenate([
        features.scores(local.rows(part) if whole is None else whole[part], model.stage1) for part in _parts(np.arange(len(page)))
    ])
    around = context.page_context(page, local, probs, whole)
    at = np.fromiter(places, dtype=np.intp, count=len(places))
    scores: list[float] = []
    for part in _parts(at):
        # Each candidate's local row beside its context row.
        local_rows = local.rows(part) if whole is None else whole[part]
        scores += features.scores(np.concatenate([local_rows, around.rows(part)], axis=1), model.stage2).tolist()
    words = local.words.take(at).tolist()  # each candidate's
    keep = _with_rescued([p >= threshold for p in scores], scores, candidates, words, opts)
    keep = with_amount_lists(with_colon_lists(keep, candidates, places, opts), candidates, places, opts)
    keep = with_numbered_steps(keep, candidates, words, opts)  # a recipe's steps: corpus F1 ids 0-7 +0.0017/+0.0019
    keep = with_lead(keep, page, candidates, places, words, opts)  # after the lists: a recipe's intro sits above its ingredients
    # corpus F1 htmltext 0.9068 -> 0.9091, inscriptis 0.9103 -> 0.9120; styles the same.
    keep = with_standfirst(keep, page, candidates, places, words, opts)
    keep = with_deck(keep, page, candidates, places, words, opts, book_for(settings, doc.language).byline)
    keep = with_opening_heading(keep, scores, page, candidates, places, words, opts)
    keep = _with_headings(keep, candidates)
    keep = _with_inside(keep, scores, page, candidates, places, words, opts)
    # An article ending in a list: bench styles F1 0.9397 -> 0.9439 (held-out
    # 0.9344 -> 0.9398), corpus F1 htmltext 0.9063 both, inscriptis 0.9089 -> 0.9087.
    keep = _with_tail(keep, page, candidates, places, words, opts)
    keep = with_last_lines(keep, doc.blocks, candidates, places, words, opts)
    keep = with_paragraphs_past_boxes(keep, doc.blocks, candidates, words, opts)
    paragraphs = [k and prose(block.text, count, opts) for k, block, count in zip(keep, candidates, words)]
    keep = with_whole_lists(
        keep, candidates, places, paragraphs, lambda i: furniture_between(page, places[i - 1], places[i]), opts.list_reach,
    )
    keep = without_comments(with_unmarked_lists(keep, candidates, places, words, paragraphs), doc.blocks, candidates, words)
    keep = with_late_subheadings(keep, scores, page, candidates, places, words, opts)
    # corpus htmltext precision (ids 0-7) 0.9340 -> 0.9353 (2 bios), 8-f the same; styles the same.
    keep = without_author_bio(keep, page, candidates, places, doc.author)
    for i in compress(range(len(candidates)), map(not_, keep)):  # the dropped ones, picked in C
        doc.drop(candidates[i], _kind(words[i], around.in_core(places[i]), opts.fragment_words))
    drop_chrome_fragments(doc, opts.fragment_words)  # after the classifier, which reads the page as the rules left it


def _parts(at: NDArray[np.intp]) -> list[NDArray[np.intp]]:
    """``at`` in parts of _ROWS."""
    return [at[i : i + _ROWS] for i in range(0, len(at), _ROWS)]


def _with_rescued(keep: list[bool], scores: list[float], blocks: list[Block], words: list[int], opts: ContentSettings) -> list[bool]:
    """Hysteresis: a paragraph (prose, or _unstopped_paragraph: styles F1
    0.9509 -> 0.9525, corpus F1 the same) scored a little under the cut stays when
    the block the rules left next to it stays. An advertisement or a "story
    continues" line between two paragraphs must not end the article there,
    and neither must a numbered step's number on a line of its own ("4."):
    the neighbour is looked for past such markers."""
    keep = list(keep)
    # The blocks that may be rescued, found once and then looked at alone, and the
    # markers only when there are any (most pages have none).
    waiting = [
        i for i, block in enumerate(blocks)
        if not keep[i] and not scores[i] < opts.rescue_threshold
        and (prose(block.text, words[i], opts) or unstopped_paragraph(block.text, words[i], opts))
    ]
    if not waiting:
        return keep
    # Only a dropped block is looked at as a marker, and no kept block is dropped here.
    markers = [not kept and enumeration_marker(block.text) for block, kept in zip(blocks, keep)]
    changed = True
    while changed:
        changed = False
        for i in waiting:
            if not keep[i] and (_kept_beyond(keep, markers, i, -1) or _kept_beyond(keep, markers, i, 1)):
                keep[i] = changed = True
    return keep


def _kept_beyond(keep: list[bool], markers: list[bool], i: int, step: int) -> bool:
    """Whether the first block from ``i`` in direction ``step`` that is not a dropped
    list marker is kept."""
    j = i + step
    while 0 <= j < len(keep) and not keep[j] and markers[j]:
        j += step
    return 0 <= j < len(keep) and keep[j]


def _with_headings(keep: list[bool], blocks: list[Block]) -> list[bool]:
    """A heading of the page's markup (``Role.HEADING``: markdown pages) stays
    when the blocks on both sides of it stay, past other dropped headings: a
    subheading between two kept paragraphs is the article's. Plain text has
    no such role and is not looked at twice."""
    heading = Role.HEADING  # an enum member looked up once, not per block
    headings = [i for i, block in enumerate(blocks) if block.role is heading and not keep[i]]
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
_ARTICLE_ENDS = frozenset({Kind.RELATED_TEASERS, Kind.COMMENTS_WIDGET, Kind.FEED_FOOTER, Kind.COPYRIGHT})


def _with_inside(
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
        if any(block.kind in _ARTICLE_ENDS for block in page[places[a] + 1 : places[b]]):
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


def _with_tail(
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
        if any(b.kind in _ARTICLE_ENDS for b in page[places[i - 1] + 1 : places[i]]):
            break
        if not (article_part(candidates[i].text, words[i], opts) or heading_over_part(i, candidates, places, words, opts)):
            return keep
        tail.append(i)
    else:
        if not any(b.kind in _ARTICLE_ENDS for b in page[places[-1] + 1 :]):
            return keep
    if not any(list_item(candidates[i].text, words[i]) for i in tail):
        return keep
    keep = list(keep)
    for i in tail:
        keep[i] = True
    return keep


def _kind(words: int, in_core: bool, fragment_words: int) -> Kind:
    """Why a block goes: a stray fragment, text far from the article, or generic boilerplate."""
    if words <= fragment_words:
        return Kind.SHORT_FRAGMENT
    if not in_core:
        return Kind.OFF_ARTICLE
    return Kind.BOILERPLATE
