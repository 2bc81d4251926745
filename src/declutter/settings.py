"""One typed Settings object; each extractor's options are a dataclass of their own.

Every default says where its number came from. Settings are frozen: make a
changed copy with ``dataclasses.replace`` or the helpers below.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Union

from declutter.config.rules import Rules
from declutter.config.typecheck import check_types
from declutter.errors import UnknownExtractorError

if TYPE_CHECKING:
    from declutter.document import Document
    from declutter.extractor import Extractor

# The default pipeline, in order. Earlier extractors win: a block dropped by a
# phrase rule is not looked at again by the content classifier.
DEFAULT_PIPELINE: tuple[str, ...] = (
    "language",  # first: phrase books and stopwords depend on it
    "feed-footer",  # "The post X appeared first on Y." gives title and source
    "boilerplate",  # phrase books: image alt text, promos, appeals, banners...
    "dateline",  # "Telegraph08-04-2025", bylines, date lines
    "headline",  # the title (repeated, or over a byline/dateline) and its copies
    "publisher",  # the source: the page title's site part printed again on its own
    "related",  # "Related Articles" sections become teasers
    "navigation",  # runs of short menu lines, breadcrumbs
    "content",  # the main-text classifier decides what is left
    "article-headline",  # the title, when none was found: the headline over the article kept
    "published",  # resolves the publication date from the evidence gathered
)

# A registered extractor's name, an Extractor, or a callable (doc, settings) -> None.
PipelineStep = Union[str, "Extractor", Callable[["Document", "Settings"], None]]

# The rapidfuzz ratio (0-100) at which two lines are the same text printed
# twice: a headline and its copy, a teaser title and its repeat. 90 accepts
# the usual variations (a trailing " - Site", changed quotes, a dropped word
# in a 12-word headline) while two different headlines of one story rarely
# reach 80 (checked on samples/ and the user's pages).
SAME_TEXT_RATIO = 90.0


class _Checked:
    """Options whose values are checked against their types when made."""

    def __post_init__(self) -> None:
        check_types(self)


@dataclass(frozen=True)
class HeadlineSettings(_Checked):
    # rapidfuzz ratio (0-100) at which two lines count as the same headline.
    duplicate_threshold: float = SAME_TEXT_RATIO
    # A title has at least this many words: two-word lines printed twice or
    # over a date are menu items and labels ("Foto/Video", "Beitrag laden",
    # "Navigation überspringen") far more often than headlines. On the eval
    # corpus' text pages (bench meta) 3, with the other title rules of
    # extractors/headline.py, took wrong titles from 54% to 21% (htmltext).
    min_title_words: int = 3
    # ... but a part of the page's title line printed again as a line of its own
    # is the title from two words ("Soziale Energie", "Need for Speed"): on the
    # eval corpus' htmltext pages (bench meta) 2 made 10 missing titles right and
    # 3 wrong; the weaker rules' two-word lines stayed wrong as often as right.
    min_copy_words: int = 2
    # A headline is short: titles in the eval corpus are 2-25 words; a line
    # longer than this is never taken for one.
    max_words: int = 30
    # How far into the page the title is looked for, in blocks: menus before
    # it run to 60 lines and more on news sites.
    search_blocks: int = 80


@dataclass(frozen=True)
class DateSettings(_Checked):
    # Used only when the page gives no evidence for an ambiguous date such as
    # 08-04-2025. Day-first is the order of most of the world's writers; a
    # US-centred corpus should pass --monthfirst.
    dayfirst: bool = True


@dataclass(frozen=True)
class RelatedSettings(_Checked):
    # A teaser title is a headline: at most this many words (news headlines
    # rarely pass 25 words; 30 leaves room for long German ones).
    max_title_words: int = 30


@dataclass(frozen=True)
class NavigationSettings(_Checked):
    # A run of at least this many short link-like lines is a menu. Three: two
    # short lines in a row are common in articles (a subhead and a one-liner).
    min_run: int = 3
    # A menu item has at most this many words ("Schleswig-Holstein", "Terms of use").
    max_item_words: int = 4
    # A run of menu-shaped lines is a list of amounts, not a menu, where from
    # its first to its last item beginning with an amount ("350 g Zucker",
    # "8 g Eiweiß") at least amount_min_items such items make at least
    # amount_share of the lines (content.lists): ingredient and nutrition
    # lists hold a "Salt" or "Cling film" between amounts. The same numbers as
    # the content classifier's list_min_items and list_amount_share; leaving
    # such runs to it raised F1 by 0.0011 / 0.0012 (htmltext / inscriptis).
    amount_min_items: int = 3
    amount_share: float = 0.5
    # A run of at most this many items with the bullet (or the next number) of
    # a kept item right above or below it goes on with that item's list, not
    # a menu's ("- thin casing" under "- the fork holds up well on rough
    # ground"; navigation._list_going_on). Without the cap, menus of bulleted
    # plain text whose longer items were kept went too (6,162 menu lines on
    # 364 corpus pages, the classifier dropping nearly all of them; with it
    # 1,183 on 164, corpus F1 inscriptis 0.9244). Asking the kept item for
    # twice max_item_words words too (317 on 44) lost 0.0016 of it: the
    # classifier read those pages better with their menus' lines before it.
    # The styles pages' lists are 3 items.
    list_tail_items: int = 4


@dataclass(frozen=True)
class ContentSettings(_Checked):
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
    # Inside the article (content._with_inside): between two kept blocks, with
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
    # The article's last paragraphs under a box (a newsletter's, a donation
    # appeal's, a paywall's: content.edges.with_paragraphs_past_boxes): at most
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


@dataclass(frozen=True)
class MarkdownSettings(_Checked):
    """What the markdown-structure extractor reads from a markdown page's markup."""

    # A run of at least this many link-only lines (list items or lines of
    # links) is a menu: three, as NavigationSettings.min_run, not swept.
    nav_min_run: int = 3
    # A line whose link text is at least this share of its plain text is a
    # link line in such a run (an item with a link and a few words beside it).
    # 0.8 is a judgement, not swept. The extractor as a whole (image-only
    # lines, link runs), pages 300-600 of the eval corpus, content cut 0.45,
    # F1 html2text / markdownify: 0.8898 / 0.9043 without it, 0.8909 /
    # 0.9019 with it (precision +0.006 / +0.004, recall -0.003 / -0.009).
    nav_link_density: float = 0.8
    # Where the markdown steps go in the pipeline: before this extractor (at
    # the end when it is not there). Before "navigation", after "related": a
    # "Related" heading's link list becomes teasers, not a menu. Pages
    # 300-600 of the eval corpus, F1 html2text / markdownify: right after
    # "language" 0.8893 / 0.9012, before "navigation" 0.8909 / 0.9019.
    steps_before: str = "navigation"
    # The content classifier's cut on markdown pages, where the menus are
    # already gone by their links (None: the model's own, 0.55). On the
    # first 300 pages of the eval corpus, F1 html2text / markdownify:
    # model's 0.8762 / 0.9019, 0.45 0.8834 / 0.9082, 0.35 0.8793 / 0.9080,
    # 0.25 0.8790 / 0.9055.
    content_threshold: float | None = 0.45


@dataclass(frozen=True)
class Settings(_Checked):
    pipeline: tuple[PipelineStep, ...] = DEFAULT_PIPELINE
    # Extractors left out for HTML input, where trafilatura has already chosen
    # the main content: on the eval corpus the text classifier and the menu
    # finder cut recall there (F1 0.926 without them, 0.901 with; see api.py).
    # Set to () to run the whole pipeline on HTML too.
    html_skip: tuple[str, ...] = ("content", "navigation")
    # Extractors added for markdown input, right after "language": they read
    # the markup's evidence (image-only lines, link lists) that plain text
    # loses. Set to () to clean markdown with the text pipeline alone.
    markdown_steps: tuple[str, ...] = ("markdown-structure",)
    # Languages whose phrase books are always applied, whatever the detected
    # language: pages mix languages in their chrome (English share buttons on
    # a German page).
    phrase_languages: tuple[str, ...] = ("en", "de", "fr", "es")
    headline: HeadlineSettings = field(default_factory=HeadlineSettings)
    dates: DateSettings = field(default_factory=DateSettings)
    related: RelatedSettings = field(default_factory=RelatedSettings)
    navigation: NavigationSettings = field(default_factory=NavigationSettings)
    content: ContentSettings = field(default_factory=ContentSettings)
    markdown: MarkdownSettings = field(default_factory=MarkdownSettings)
    # A settings file's line rules (declutter.config): none by default. When
    # there are any, the "site-rules" extractor runs before every extractor
    # that drops blocks (api.pipeline_for puts it there).
    rules: Rules = field(default_factory=Rules)

    # -- pipeline edits, returning new Settings ---------------------------------
    def step_names(self) -> list[str]:
        return [step_name(s) for s in self.pipeline]

    def without(self, *names: str) -> Settings:
        """The same settings with the named extractors taken out (each must be in the pipeline)."""
        present = self.step_names()
        missing = [name for name in names if name not in present]
        if missing:
            raise UnknownExtractorError(f"no extractor named {missing[0]!r} in the pipeline; it has: {', '.join(present)}")
        return replace(self, pipeline=tuple(s for s in self.pipeline if step_name(s) not in names))

    def with_extractor(self, step: PipelineStep, *, before: str | None = None, after: str | None = None) -> Settings:
        """Insert an extractor (a registered name, an Extractor or a callable) before or after another, or at the end."""
        names = self.step_names()
        steps = list(self.pipeline)
        anchor = before or after
        if anchor is None:
            steps.append(step)
        else:
            if anchor not in names:
                raise UnknownExtractorError(f"no extractor named {anchor!r} in the pipeline; it has: {', '.join(names)}")
            steps.insert(names.index(anchor) + (1 if after else 0), step)
        return replace(self, pipeline=tuple(steps))


def step_name(step: PipelineStep) -> str:
    """A pipeline step's name: the registered name, an Extractor's name, or a callable's ``__name__``."""
    if isinstance(step, str):
        return step
    name = getattr(step, "name", None)
    return name if isinstance(name, str) else getattr(step, "__name__", repr(step))
