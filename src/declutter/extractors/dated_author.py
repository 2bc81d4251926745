"""The author printed without a byline phrase, beside the article's date by
the headline ("Martina Berg 19. Juni 2019", "Edward Russell" over "Oct 13,
2020"): after the headline extractor, which says where the headline is.
The rules are authors/beside.py's."""
from __future__ import annotations

from declutter.authors.beside import assign_dated_author
from declutter.document import Document
from declutter.extractor import extractor
from declutter.phrases import book_for
from declutter.settings import Settings


@extractor("dated-author", requires=("evidence.dated_names",), assigns=("blocks", "author"))
def find_dated_author(doc: Document, settings: Settings) -> None:
    """The author as a name beside the date by the headline, when no byline phrase named one."""
    if not doc.author:
        assign_dated_author(doc, book_for(settings, doc.language))
