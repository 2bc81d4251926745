"""The content classifier's options (``Settings.content``): its cut, the
neighbours and runs it weighs, and the rules that keep an article's lists,
steps and subheadings whole. Every default says where its number came from."""
from __future__ import annotations

from dataclasses import dataclass

from declutter.config.typecheck import Checked


@dataclass(frozen=True)
class ContentSettings(Checked):
    # The probability below which the classifier drops a block. None: the cut
    # shipped with the model (content/model.json), chosen by
    # scripts/train_content.py as the best agreement with trafilatura's labels.
    threshold: float | None = None
    # A dropped block of at most this many words is reported as a
    # "short-fragment" (a label, a button, a stray link), not "boilerplate":
    # three words is the longest common button text ("Sign up now").
    fragment_words: int = 3
    # Pages with fewer blocks left than this after the rules are left alone: a
    # feed item or a pasted article of a few paragraphs has no chrome around
    # it, and the classifier's page context (densest run, neighbours) needs a
    # page. Eight is a judgement, not a fit: a handful of paragraphs with a
    # stray line or two between them is a pasted article, not a page.
    min_blocks: int = 8
    # Hysteresis: a paragraph (at least rescue_min_words words, ending like a
    # sentence) scored at least rescue_threshold stays when its neighbour
    # stays. 0.4 and 8 words: on the even half of the eval corpus this traded
    # 0.008 precision for 0.023 recall (htmltext; 0.3 gained 0.003 more recall
    # for 0.001 more precision lost, 0.5 less of both). Lines under 8 words
    # are captions and teasers as often as text; without the prose test the
    # same rescue cost 0.02-0.05 precision.
    rescue_threshold: float = 0.4
    rescue_min_words: int = 8
    # The lead: prose paragraphs just above the first kept block, separated
    # from it only by short lines (share buttons, an author's title, a reading
    # time, a caption), are the article's standfirst. At most lead_gap such
    # lines of at most lead_gap_words words may stand between. Measured on the
    # eval corpus (F1, even / odd pages): htmltext 0.853/0.868 with no gap,
    # 0.860/0.874 with 6 and 15; inscriptis 0.848/0.867 -> 0.859/0.880. 10
    # lines or 8 words changed F1 by under 0.002. The same walk after the
    # last kept block took in comments: precision -0.01 for no F1. The count
    # starts again at each paragraph kept (a standfirst, then an intro, each
    # with its own chrome above): with the list rules below, F1 htmltext
    # 0.8763 -> 0.8785, inscriptis 0.8777 -> 0.8801, precision -0.0008.
    # A line longer than lead_gap_words, without separators, under the
    # article's meta (byline, date, headline copies) is a standfirst without
    # its full stop: corpus F1 htmltext 0.9157 -> 0.9176, inscriptis 0.9175
    # -> 0.9192, styles 0.9502 -> 0.9509; above the meta such a line was a
    # headline the rules missed (styles headline leaked 26 -> 37 lines).
    lead_gap: int = 6
    lead_gap_words: int = 15
    # Lists inside the article (content.lists): items are lines of at most
    # list_item_words words. A kept line ending in a colon keeps up to
    # list_max_items such lines after it; a stretch of at least
    # list_min_items items beginning with an amount, making at least
    # list_amount_share of its lines, stays when it is at most list_distance
    # lines from a kept block. Measured on the eval corpus with the shipped
    # model (F1 htmltext / inscriptis / bare htmltext): 0.8780 / 0.8809 /
    # 0.8740; without the colon rule 0.8768 / 0.8794 / 0.8733, without the
    # amount rule 0.8765 / 0.8791 / 0.8724. 8 words: -0.0004 / -0.0003;
    # distance 20: +0.0003 / +0.0006 (kept at 10, the nearer reach); 15 items
    # or share 0.6 changed nothing measurable.
    list_item_words: int = 12
    list_max_items: int = 30
    list_min_items: int = 3
    list_amount_share: float = 0.5
    list_distance: int = 10
    # A marked list next to a kept item is kept whole when it stands within
    # list_reach lines of a kept paragraph (content.lists.with_whole_lists): a
    # match's facts stand a line ("Live") above its report. Without the reach,
    # lists of links at pages' tops a line of which was kept came in whole
    # (corpus inscriptis 6 boilerplate snippets more); with 3, 3 more and 4
    # article snippets; styles F1 0.9587 -> 0.9592. Only the article's
    # densest run of prose as the place (content.context) lost the styles
    # pages' lists (their facts stand over the report).
    list_reach: int = 3
    # Inside the article (content.inside.with_inside): between two kept blocks, with
    # no section's end (teasers, comments, copyright) between, at most
    # inside_max_run dropped ones stay when shaped like a list item, a quote or
    # a paragraph (at least inside_min_words words ending like a sentence), or
    # like a subheading (at most inside_heading_words words, scored at least
    # inside_heading_score) right over a kept paragraph or list item. Measured on bench
    # styles (dev half) and the corpus: the heading rule without its score cut
    # leaked a live blog's buttons (styles leaked 4.2% -> 6.1%); 0.3 sits under
    # the median score of real subheadings (0.64) and over a live blog's
    # chrome (0.29). 8 words for a paragraph instead of 5: same F1. A run of
    # 16 instead of 12: corpus F1 htmltext 0.9130 -> 0.9138 (even pages
    # 0.9084 -> 0.9103, odd 0.9176 -> 0.9173), inscriptis 0.9144 -> 0.9154;
    # 20, 30 and 50 let more chrome in (precision -0.001 to -0.002); styles the same.
    inside_max_run: int = 16
    inside_heading_words: int = 14
    inside_min_words: int = 5
    inside_heading_score: float = 0.3
    # A subheading right between two kept prose paragraphs, nothing between
    # (content.shapes.between_paragraphs, and content.subheadings.with_late_subheadings
    # past a picture), needs a score of only 0.2: the styles
    # pages' such subheadings scored 0.23-0.30; the corpus lines that would come
    # in below 0.2 were an embed's consent label and a newsletter box's heading
    # (0.06-0.16). Styles F1 0.9553 -> 0.9556; corpus F1 htmltext 0.9207 ->
    # 0.9209, inscriptis 0.9225 -> 0.9224 (a heading holding a snippet word).
    inside_between_score: float = 0.2
    # The article's first subheading, right under its byline or date
    # (content.edges.with_opening_heading), needs a score of 0.4: the styles
    # pages' such lines above it were real subheadings and a few media labels;
    # the lines scored 0.2 to 0.4 there were bylines ("Texte : ...", "Bericht von ..."), a live
    # blog's pinned-post labels and media labels. Bench styles F1 0.9601 ->
    # 0.9604; corpus F1 htmltext 0.9210 -> 0.9212, inscriptis 0.9244 the same.
    opening_heading_score: float = 0.4
    # The article's last lines (content._with_last_lines): at most last_lines
    # sentences right after the last kept block, before a byline, share links,
    # a comments header or teasers. 2: styles F1 0.9505 -> 0.9512, corpus F1
    # htmltext 0.9091 -> 0.9093, inscriptis 0.9120 -> 0.9124; 1 kept styles at
    # 0.9506 (htmltext 0.9095), 3 the same as 2. A subheading over such a line,
    # or a footer's links after it, let a site's closing notes in (htmltext
    # precision -0.004).
    last_lines: int = 2
    # The article's opening list (content.opening.with_opening_list): a run of
    # at least opening_list_items marked items between the article's meta and
    # its first kept block. 3, the fewest a list's marks tell from two lines
    # that happen to open alike (a judgement, not a fit).
    opening_list_items: int = 3
    # A template's label said more than once on the page, each time beside the
    # rules' drops (content.chrome.without_repeated_labels): at most
    # label_words words. The styles pages' labels have 2 to 8 ("Subscribe for
    # unlimited access"); at 15 a deck printed twice went (corpus htmltext
    # -1 snippet), at 10 no corpus snippet is lost.
    label_words: int = 10
    # The article's last paragraphs under a box (a newsletter's, a donation
    # appeal's, a paywall's: content.boxes.with_paragraphs_past_boxes): at most
    # past_box_lines of them, as many as an article's closing part holds
    # between such boxes on the styles pages (a judgement, not a fit). Styles
    # F1 0.9558 -> 0.9561 (7 paragraphs, no leak); corpus the same (without
    # the guard against a box's own pitch, inscriptis +1 false positive).
    past_box_lines: int = 4
    # A how-to's numbered steps (content.steps.with_numbered_steps): a run of
    # at least min_steps step numbers counting up from 1, the next number within
    # step_reach blocks of a step's text (a picture's button may stand between).
    # 3: two numbered lines are a pair, not a procedure; 2: a step's text and one
    # picture button, as the corpus' recipe pages print them (a judgement).
    # Corpus F1 (ids 0-7) htmltext 0.9310 -> 0.9327, inscriptis 0.9300 -> 0.9319;
    # 8-f 0.9149 -> 0.9156, 0.9216 -> 0.9223 (8 pages, none worse); styles the same.
    min_steps: int = 3
    step_reach: int = 2
    # The deck (content._with_deck): between the headline and the first kept
    # block, when at most deck_lines undecided lines stand there, those of at
    # least deck_words words shaped like a subtitle stay. Styles F1 0.9512 ->
    # 0.9519, corpus F1 htmltext 0.9093 -> 0.9102, inscriptis 0.9124 ->
    # 0.9123. Without the meta-line test (dates, times, separators, tag
    # lists) htmltext precision fell 0.004.
    deck_lines: int = 3
    deck_words: int = 6
    # The classifier reads the page without the ad markers and share links the
    # rules dropped (content._INTERRUPTIONS): the paragraphs on both sides are
    # neighbours. bench styles F1 0.921 -> 0.932 (a live blog's entries),
    # corpus F1 htmltext 0.9071 -> 0.9065, inscriptis 0.9092 -> 0.9098.
    hide_interruptions: bool = True
