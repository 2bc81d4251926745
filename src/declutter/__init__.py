"""declutter: scraped news pages in, clean article text and metadata out.

    >>> from declutter import clean
    >>> doc = clean(open("page.txt", "rb").read())
    >>> doc.title, doc.published, doc.text

The names below are imported when first used (module ``__getattr__``): a
bare ``import declutter`` (and ``declutter --help``) does not load numpy,
rapidfuzz, trafilatura or the extractors, which only cleaning a page needs.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

# Bound here, not lazily: ``extractor`` is also the name of a submodule, which
# the import system would bind in its place once anything imports it.
from declutter.errors import ConfigError, DeclutterError, InputError, NotTextError, UnknownExtractorError
from declutter.extractor import Extractor, extractor
from declutter.lazy import lazy_names

__version__ = "0.1.0"

# Public name -> the module that defines it.
_LAZY = {
    "clean": "declutter.api",
    "read_page": "declutter.reading.files",
    "Block": "declutter.blocks",
    "Document": "declutter.document",
    "Related": "declutter.document",
    "EXTRACTORS": "declutter.extractors",
    "Kind": "declutter.kinds",
    "DEFAULT_PIPELINE": "declutter.settings",
    "Settings": "declutter.settings",
}

__all__ = [
    "DEFAULT_PIPELINE", "EXTRACTORS", "Block", "ConfigError", "DeclutterError", "Document", "Extractor",
    "InputError", "Kind", "NotTextError", "Related", "Settings", "UnknownExtractorError", "__version__",
    "clean", "extractor", "read_page",
]

if TYPE_CHECKING:
    from declutter.api import clean
    from declutter.blocks import Block
    from declutter.document import Document, Related
    from declutter.extractors import EXTRACTORS
    from declutter.kinds import Kind
    from declutter.reading.files import read_page
    from declutter.settings import DEFAULT_PIPELINE, Settings


__getattr__ = lazy_names(__name__, _LAZY)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
