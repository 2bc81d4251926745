"""One typed Settings object; each extractor's options are a dataclass of their own.

Every default says where its number came from. Settings are frozen: make a
changed copy with ``dataclasses.replace`` or the helpers below.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Union

from declutter.config.rules import Rules
from declutter.config.typecheck import Checked
from declutter.content.options import ContentSettings
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
    "dated-author",  # the author as a name beside the date by the headline (after "headline": it needs its place)
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


@dataclass(frozen=True)
class HeadlineSettings(Checked):
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
    # Such a short copy must open the title line (titles/page_title.py): a
    # site's name ends it and is printed alone as its logo ("What we do -
    # Creative Commons"): htmltext source wrong 10.1% -> 9.7%, title right 72.7% -> 71.9%.
    min_copy_words: int = 2
    # A headline is short: titles in the eval corpus are 2-25 words; a line
    # longer than this is never taken for one.
    max_words: int = 30
    # How far into the page the title is looked for, in blocks: menus before
    # it run to 60 lines and more on news sites.
    search_blocks: int = 80


@dataclass(frozen=True)
class DateSettings(Checked):
    # Used only when the page gives no evidence for an ambiguous date such as
    # 08-04-2025. Day-first is the order of most of the world's writers; a
    # US-centred corpus should pass --monthfirst.
    dayfirst: bool = True


@dataclass(frozen=True)
class RelatedSettings(Checked):
    # A teaser title is a headline: at most this many words (news headlines
    # rarely pass 25 words; 30 leaves room for long German ones).
    max_title_words: int = 30


@dataclass(frozen=True)
class NavigationSettings(Checked):
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
class MarkdownSettings(Checked):
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
class Settings(Checked):
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
