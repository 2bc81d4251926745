"""The registry of extractors by name, and running a pipeline of them.

An extractor is a callable ``Document -> Document`` that labels blocks and
fills metadata. The registry is a read-only mapping built here, in one place;
a user's own extractor goes into ``Settings.pipeline`` as a callable.
"""
from __future__ import annotations

from types import MappingProxyType
from typing import Callable, Mapping

from .document import Document
from .errors import UnknownExtractorError
from .extractors import boilerplate, content, dateline, feed_footer, headline, language, navigation, published, related
from .settings import PipelineStep, _step_name

Extractor = Callable[[Document], Document]

EXTRACTORS: Mapping[str, Extractor] = MappingProxyType(
    {
        "language": language.detect_language,
        "feed-footer": feed_footer.label_feed_footer,
        "boilerplate": boilerplate.label_boilerplate,
        "dateline": dateline.label_datelines,
        "headline": headline.label_headlines,
        "related": related.label_related,
        "navigation": navigation.label_navigation,
        "content": content.label_content,
        "published": published.resolve_published,
    }
)


def resolve(step: PipelineStep) -> tuple[str, Extractor]:
    """The name and callable for a pipeline step (a registered name or a callable)."""
    if isinstance(step, str):
        try:
            return step, EXTRACTORS[step]
        except KeyError:
            known = ", ".join(EXTRACTORS)
            raise UnknownExtractorError(f"no extractor named {step!r}; known: {known}") from None
    if not callable(step):
        raise UnknownExtractorError(f"a pipeline step must be a name or a callable, not {step!r}")
    return _step_name(step), step


def run_pipeline(doc: Document) -> Document:
    """Run every extractor of ``doc.settings.pipeline`` over ``doc``, in order."""
    steps = [resolve(step) for step in doc.settings.pipeline]  # fail before any work
    for name, extractor in steps:
        doc.extractor = name
        result = extractor(doc)
        doc = result if result is not None else doc
    doc.extractor = None
    return doc
