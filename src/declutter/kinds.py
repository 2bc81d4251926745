"""Why a block was dropped, and what a block is: every name, said once.

``Kind`` values are what the JSON's ``removed[].kind`` and ``declutter explain``
show. The phrase books name their kinds with the same strings (a book naming
an unknown kind fails to load). A user's own extractor may drop with a kind of
its own: ``Block.kind`` is any string, these are the ones declutter gives.
"""
from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    # The phrase books' kinds (phrases/<lang>.toml, [kinds.NAME]).
    IMAGE_ALT = "image-alt"
    IMAGE_CAPTION = "image-caption"
    PROMO = "promo"
    COMMENTS_WIDGET = "comments-widget"
    DONATION_APPEAL = "donation-appeal"
    APP_BANNER = "app-banner"
    FEED_FOOTER = "feed-footer"
    NEWSLETTER = "newsletter"
    SHARE_PROMPT = "share-prompt"
    COOKIE_NOTICE = "cookie-notice"
    ADVERTISEMENT = "advertisement"
    COPYRIGHT = "copyright"
    NAVIGATION = "navigation"
    # The headline, date and teaser extractors.
    DUPLICATE_HEADLINE = "duplicate-headline"
    HEADLINE = "headline"
    DATELINE = "dateline"
    BYLINE = "byline"
    RELATED_TEASERS = "related-teasers"
    # Batch runs: lines repeated across many pages of one site.
    SITE_TEMPLATE = "site-template"
    # The content classifier's own.
    SHORT_FRAGMENT = "short-fragment"
    OFF_ARTICLE = "off-article"
    BOILERPLATE = "boilerplate"


class Role(StrEnum):
    """What a block is, kept or dropped, when an extractor knows (``Block.role``)."""

    TITLE = "title"
    PAGE_TITLE = "page-title"  # "Headline | Site"
    RELATED_HEADING = "related-heading"
    HEADING = "heading"  # a heading of the page's markup (markdown's "#" lines)
    STAMP = "stamp"  # only a time or an age ("12:18", "5 min ago"): a live blog entry's stamp
    TEASER_LINE = "teaser-line"  # "Read more: Another headline" on one line, inside a text or not


class Section(StrEnum):
    """Sections a heading line opens (phrases/<lang>.toml, [sections.NAME])."""

    RELATED = "related"
    COMMENTS = "comments"
