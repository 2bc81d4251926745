"""declutter: scraped news pages in, clean article text and metadata out.

    >>> from declutter import clean
    >>> doc = clean(open("page.txt", "rb").read())
    >>> doc.title, doc.published, doc.text
"""
from declutter.api import clean
from declutter.blocks import Block
from declutter.document import Document, Related
from declutter.errors import ConfigError, DeclutterError, InputError, NotTextError, UnknownExtractorError
from declutter.extractor import Extractor, extractor
from declutter.extractors import EXTRACTORS
from declutter.kinds import Kind
from declutter.settings import DEFAULT_PIPELINE, Settings

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_PIPELINE", "EXTRACTORS", "Block", "ConfigError", "DeclutterError", "Document", "Extractor",
    "InputError", "Kind", "NotTextError", "Related", "Settings", "UnknownExtractorError", "__version__",
    "clean", "extractor",
]
