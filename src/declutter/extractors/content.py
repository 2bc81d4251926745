"""The main-text classifier: decides the blocks no phrase rule recognised.

Two small logistic models (weights in content/model.json, built by
scripts/train_content.py by distillation from trafilatura) score each block
from general evidence (declutter.content.features): stage 1 from the block alone,
stage 2 adding its neighbours and its distance from the page's densest run of
prose (declutter.content.context); the model's word weights (declutter.content.lexicon) ship
with it. A kept block below the threshold is dropped unless it is a prose
paragraph next to a block that stays (hysteresis); lists the article holds
stay with it (content.lists), and so do its edges outside the densest run (a
standfirst, a deck, a closing sentence: content.edges; paragraphs between
boxes: content.boxes), and its own parts dropped inside it (content.inside,
content.sections); its kind says why in words a reader understands.
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
from declutter.content.boxes import with_paragraphs_past_boxes
from declutter.content.chrome import drop_chrome_fragments, without_repeated_labels
from declutter.content.comments import without_comments
from declutter.content.edges import with_deck, with_last_lines, with_lead, with_opening_heading, with_standfirst
from declutter.content.inside import with_inside, with_markup_headings, with_tail
from declutter.content.lists import (
    enumeration_marker,
    with_amount_lists,
    with_colon_lists,
    with_unmarked_lists,
    with_whole_lists,
)
from declutter.content.model import load_model
from declutter.content.opening import with_opening_list
from declutter.content.options import ContentSettings
from declutter.content.sections import with_numbered_sections
from declutter.content.shapes import prose, unstopped_paragraph
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
    keep = with_opening_list(keep, page, candidates, places, words, opts)
    keep = with_markup_headings(keep, candidates)
    keep = with_inside(keep, scores, page, candidates, places, words, opts)
    # An article ending in a list: bench styles F1 0.9397 -> 0.9439 (held-out
    # 0.9344 -> 0.9398), corpus F1 htmltext 0.9063 both, inscriptis 0.9089 -> 0.9087.
    keep = with_tail(keep, page, candidates, places, words, opts)
    keep = with_last_lines(keep, doc.blocks, candidates, places, words, opts)
    keep = with_paragraphs_past_boxes(keep, doc.blocks, candidates, words, opts)
    paragraphs = [k and prose(block.text, count, opts) for k, block, count in zip(keep, candidates, words)]
    keep = with_whole_lists(
        keep, candidates, places, paragraphs, lambda i: furniture_between(page, places[i - 1], places[i]), opts.list_reach,
    )
    keep = without_comments(with_unmarked_lists(keep, candidates, places, words, paragraphs), doc.blocks, candidates, words)
    keep = with_late_subheadings(keep, scores, page, candidates, places, words, opts)
    keep = with_numbered_sections(keep, candidates, words, opts)  # '1 Introduction' over its kept text
    # corpus htmltext precision (ids 0-7) 0.9340 -> 0.9353 (2 bios), 8-f the same; styles the same.
    keep = without_author_bio(keep, page, candidates, places, doc.author)
    keep = without_repeated_labels(keep, doc.blocks, candidates, words, opts)
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


def _kind(words: int, in_core: bool, fragment_words: int) -> Kind:
    """Why a block goes: a stray fragment, text far from the article, or generic boilerplate."""
    if words <= fragment_words:
        return Kind.SHORT_FRAGMENT
    if not in_core:
        return Kind.OFF_ARTICLE
    return Kind.BOILERPLATE
