"""The library's front door: ``clean(page) -> Document``."""
from __future__ import annotations

from .blocks import split_blocks
from .decode import decode_page, has_mojibake, repair_mojibake
from .document import Document
from .errors import ConfigError
from .pipeline import run_pipeline
from .settings import Settings
from .sniff import input_kind

INPUT_FORMATS = ("html", "text")
# Metadata fields the HTML's own markup fills before the text extractors run.
_HTML_FIELDS = ("title", "author", "published", "source", "url", "description", "language", "image")
# For HTML, trafilatura has already chosen the main content and removed the
# menus. The plain-text content classifier and the menu finder, built for raw
# scrapes, only second-guess it there. On the trafilatura eval corpus the menu
# finder dropped more annotated article lines (short list items, subheads)
# than boilerplate ones (F1 0.923 with it, 0.926 without), and the content
# classifier of this tree cut recall from 0.93 to 0.87 (F1 0.921 -> 0.901,
# measured on trafilatura's fast-mode text). The phrase-book,
# headline, dateline and related extractors still run: they remove appeals,
# prompts, headline copies and teasers trafilatura leaves in.
# The list is ``Settings.html_skip``, so a caller can change it.


def clean(
    page: str | bytes,
    *,
    url: str | None = None,
    settings: Settings | None = None,
    input_format: str | None = None,
) -> Document:
    """Clean one scraped page (plain text or HTML; bytes are decoded) into a Document.

    ``input_format`` forces "text" or "html"; by default it is detected from the content.
    """
    if input_format is not None and input_format not in INPUT_FORMATS:
        raise ConfigError(f"unknown input format {input_format!r}; choose html or text")
    settings = settings or Settings()
    text = decode_page(page, repair=False)
    if input_kind(text, input_format) == "html":
        doc = _html_document(text, url, settings)
    else:
        doc = Document(source_text=repair_mojibake(text), settings=settings, url=url)
    if _blank(doc.source_text):
        doc.warnings.append("the page is empty" if _blank(text) else "no article text found in the page")
    doc.blocks = split_blocks(doc.source_text)
    return run_pipeline(doc)


def _html_document(markup: str, url: str | None, settings: Settings) -> Document:
    """A Document over the text extracted from ``markup``, its metadata already set.

    Metadata from the markup is set before the pipeline so that the text
    extractors, which only fill empty fields, keep it over their guesses.
    Mojibake is looked for in the extracted text, not the whole markup (a
    large page costs a full scan); when found, the markup is repaired and
    extracted again, since trafilatura turns the no-break space of a damaged
    "à" ("Ã\xa0") into a plain one that no repair can read back.
    """
    from .html import extract_html

    doc = Document(source_text="", settings=settings.without(*settings.html_skip), input_format="html", html=markup, url=url)
    if _blank(markup):
        return doc
    extraction = extract_html(markup, url)
    if has_mojibake(extraction.text):
        doc.html = markup = repair_mojibake(markup)
        extraction = extract_html(markup, url)
    doc.source_text = extraction.text
    for name in _HTML_FIELDS:
        value = extraction.metadata.get(name)
        if value and not getattr(doc, name):
            setattr(doc, name, repair_mojibake(value))
    doc.tags = [repair_mojibake(tag) for tag in extraction.metadata.get("tags") or []]
    doc.warnings.extend(extraction.warnings)
    return doc


def _blank(text: str) -> bool:
    """Empty or only white space, without copying a large page as ``strip()`` would."""
    return not text or text.isspace()


def warm_up(settings: Settings | None = None) -> None:
    """Build now what the first pages would: the phrase books, the content
    model, the character tables and py3langid's model (about 0.35 s with
    py3langid's model in the cache folder, 0.8 s the first time: langmodel).

    A batch calls it before it starts its worker processes, so that forked
    workers share these (py3langid's tables alone are 40 MB) instead of each
    building its own.
    """
    from . import charclass, features
    from .extractors.content import load_model
    from .langmodel import identifier
    from .phrasebook import load_phrasebook

    settings = settings or Settings()
    load_phrasebook(tuple(settings.phrase_languages))
    load_model()
    features.stopwords_for(None)
    charclass.word_text(charclass.page_chars("warm up"))  # both character tables
    identifier().classify("warm up")
