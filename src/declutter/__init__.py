"""declutter: scraped news pages in, clean article text and metadata out.

    >>> from declutter import clean
    >>> doc = clean(open("page.txt", "rb").read())
    >>> doc.title, doc.published, doc.text
"""
from .api import clean
from .document import Block, Document, Related
from .errors import ConfigError, DeclutterError, InputError, NotTextError, UnknownExtractorError
from .pipeline import EXTRACTORS
from .settings import DEFAULT_PIPELINE, Settings

__version__ = "0.1.0"

__all__ = [
    "Block", "ConfigError", "DEFAULT_PIPELINE", "DeclutterError", "Document", "EXTRACTORS",
    "InputError", "NotTextError", "Related", "Settings", "UnknownExtractorError", "clean", "__version__",
]
