"""The built-in extractors, one per module, and the registry that names them.

Each module holds one extractor, made with ``declutter.extractor.extractor``:
a function ``(doc, settings) -> None`` that labels blocks or fills fields and
declares what it requires and assigns. ``EXTRACTORS`` is the read-only
registry by name, in the default pipeline's order, then the ones added for
one input format (``Settings.markdown_steps``) or for a settings file's rules
(``Settings.rules``).
"""
from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from declutter.extractor import Extractor
from declutter.extractors.article_headline import find_article_headline
from declutter.extractors.boilerplate import label_boilerplate
from declutter.extractors.content import label_content
from declutter.extractors.dated_author import find_dated_author
from declutter.extractors.dateline import label_datelines
from declutter.extractors.feed_footer import label_feed_footer
from declutter.extractors.headline import label_headlines
from declutter.extractors.language import detect_language
from declutter.extractors.markdown_structure import label_markdown_structure
from declutter.extractors.navigation import label_navigation
from declutter.extractors.published import resolve_published
from declutter.extractors.publisher import find_publisher
from declutter.extractors.related import label_related
from declutter.extractors.site_rules import apply_site_rules, apply_source_rules

EXTRACTORS: Mapping[str, Extractor] = MappingProxyType(
    {
        step.name: step
        for step in (
            detect_language,
            label_feed_footer,
            label_boilerplate,
            label_datelines,
            label_headlines,
            find_dated_author,
            find_publisher,
            label_related,
            label_navigation,
            label_content,
            find_article_headline,
            resolve_published,
            label_markdown_structure,  # only for markdown pages: Settings.markdown_steps
            apply_site_rules,  # only with a settings file's rules (Settings.rules): api.pipeline_for
            apply_source_rules,  # ...and its [sites] named by source
        )
    }
)
