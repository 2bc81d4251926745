"""The library's front door: ``clean(page) -> Document``."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import cache, lru_cache

from declutter.blocks import split_blocks
from declutter.document import Document
from declutter.errors import ConfigError, InputError
from declutter.pipeline import build, resolve, run_pipeline
from declutter.reading.decode import decode_page, has_mojibake, repair_mojibake
from declutter.reading.files import MAX_PAGE_BYTES, too_large, ungzip
from declutter.reading.sniff import input_kind
from declutter.settings import Settings, step_name

INPUT_FORMATS = ("html", "markdown", "text")
# Metadata fields the HTML's own markup fills before the text extractors run.
_HTML_FIELDS = ("title", "author", "published", "source", "url", "description", "language", "image")
# For HTML, trafilatura has already chosen the main content and removed the
# menus; the plain-text content classifier and menu finder, built for raw
# scrapes, only second-guess it there (Settings.html_skip says which and why).


def clean(
    page: str | bytes,
    *,
    url: str | None = None,
    settings: Settings | None = None,
    input_format: str | None = None,
    max_bytes: int | None = MAX_PAGE_BYTES,
) -> Document:
    """Clean one scraped page (plain text, HTML or markdown; bytes are decoded, gzip undone) into a Document.

    ``input_format`` forces "text", "html" or "markdown"; by default it is detected from the content.
    A page of more than ``max_bytes`` (bytes: after gzip is undone; str: characters)
    is an InputError (None: no limit).
    """
    if not isinstance(page, (str, bytes, bytearray)):
        raise InputError(f"a page is str or bytes, not {type(page).__name__}")
    if input_format is not None and input_format not in INPUT_FORMATS:
        raise ConfigError(f"unknown input format {input_format!r}; choose {', '.join(INPUT_FORMATS[:-1])} or {INPUT_FORMATS[-1]}")
    if settings is not None and not isinstance(settings, Settings):
        raise ConfigError(f"settings must be a declutter.Settings, not {type(settings).__name__}")
    if url is not None and not isinstance(url, str):
        raise ConfigError(f"url must be a string, not {type(url).__name__}")
    if max_bytes is not None and (isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1):
        raise ConfigError(f"max_bytes must be a number of bytes above 0 (or None: no limit), not {max_bytes!r}")
    settings = settings or _default_settings()
    steps = build(settings)  # a wrong pipeline fails before the page is read
    if isinstance(page, str) and max_bytes is not None and len(page) > max_bytes:
        raise InputError(too_large("the page", max_bytes))
    text = decode_page(page if isinstance(page, str) else ungzip(bytes(page), "the page", max_bytes=max_bytes), repair=False)
    # The page as given is not needed past here: let go of it, so that bytes the caller
    # handed over without keeping them are freed (50 MB while a 50 MB page is cleaned).
    del page
    kind = input_kind(text, input_format)
    if kind == "html":
        doc = _html_document(text, url)
    elif kind == "markdown":
        doc = _markdown_document(text, url)
    else:
        doc = Document(source_text=repair_mojibake(text), url=url)
    page_settings = pipeline_for(settings, kind)
    if _blank(doc.source_text):
        doc.warnings.append("the page is empty" if _blank(text) else "no article text found in the page")
    # The page as decoded is not needed past here: when the Document holds a
    # repaired copy, both were kept to the end (390 MB on a 50 MB page of 4-byte characters).
    del text
    doc.blocks = split_blocks(doc.source_text)
    # The steps checked above, unless the page's format changed them (built again then).
    return run_pipeline(doc, page_settings, steps if page_settings is settings else None)


@cache
def _default_settings() -> Settings:
    """The Settings of a call given none, made once: Settings checks every
    option's type when made, work not worth repeating for every page."""
    return Settings()


def pipeline_for(settings: Settings, input_format: str) -> Settings:
    """The settings a page of ``input_format`` is cleaned with: for HTML, without
    the extractors of ``Settings.html_skip``; for markdown, with those of
    ``Settings.markdown_steps`` (before ``MarkdownSettings.steps_before``) and the
    content classifier's markdown threshold; with a settings file's rules
    (``Settings.rules``), with the extractors that apply them."""
    if settings.rules:
        settings = _cached(_with_rule_steps, settings)
    if input_format == "markdown":
        return _cached(_with_markdown_steps, settings)
    if input_format != "html":
        return settings
    present = set(settings.step_names())
    return settings.without(*(name for name in settings.html_skip if name in present))


def _cached(make: Callable[[Settings], Settings], settings: Settings) -> Settings:
    """``make(settings)``, cached by ``make``'s lru_cache when ``settings`` can be hashed."""
    try:
        return make(settings)
    except TypeError:  # a pipeline step that cannot be hashed (a user's callable object)
        uncached: Callable[[Settings], Settings] = getattr(make, "__wrapped__")  # noqa: B009
        return uncached(settings)


@lru_cache(maxsize=8)  # as _with_markdown_steps: once per Settings
def _with_rule_steps(settings: Settings) -> Settings:
    """``settings`` with "site-rules" after "language" (before every extractor that
    drops), and "site-rules-by-source" after the last one that finds the source
    when a [sites] section is named by a source."""
    names = settings.step_names()
    if "site-rules" in names:
        return settings
    steps = list(settings.pipeline)
    steps.insert(names.index("language") + 1 if "language" in names else 0, "site-rules")
    if settings.rules.by_source:
        # Before "headline", so that a site's title rule comes first there too;
        # after the date lines and feed footers, which name a text page's source.
        names = [step_name(step) for step in steps]
        finders = [at for at, step in enumerate(steps) if "source" in resolve(step).assigns and names[at] != "site-rules"]
        at = names.index("headline") if "headline" in names else (finders[-1] + 1 if finders else None)
        if at is not None:
            steps.insert(at, "site-rules-by-source")
    return replace(settings, pipeline=tuple(steps))


@lru_cache(maxsize=8)  # the same Settings for every page of a run: made once, not per page
def _with_markdown_steps(settings: Settings) -> Settings:
    names = settings.step_names()
    anchor = settings.markdown.steps_before
    at = names.index(anchor) if anchor in names else len(names)
    extra = tuple(name for name in settings.markdown_steps if name not in names)
    pipeline = settings.pipeline[:at] + extra + settings.pipeline[at:]
    content = settings.content
    if content.threshold is None and settings.markdown.content_threshold is not None:
        content = replace(content, threshold=settings.markdown.content_threshold)
    return replace(settings, pipeline=pipeline, content=content)


def _html_document(markup: str, url: str | None) -> Document:
    """A Document over the text extracted from ``markup``, its metadata already set.

    Metadata from the markup is set before the pipeline so that the text
    extractors, which only fill empty fields, keep it over their guesses.
    Mojibake is looked for in the extracted text, not the whole markup (a
    large page costs a full scan); when found, the markup is repaired and
    extracted again, since trafilatura turns the no-break space of a damaged
    "à" ("Ã\\xa0") into a plain one that no repair can read back.
    """
    from declutter.html.extract import extract_html

    doc = Document(source_text="", input_format="html", html=markup, url=url)
    if _blank(markup):
        return doc
    extraction = extract_html(markup, url)
    if has_mojibake(extraction.text):
        doc.html = markup = repair_mojibake(markup)
        extraction = extract_html(markup, url)
    doc.source_text = extraction.text
    for name in _HTML_FIELDS:
        value = extraction.metadata.get(name)
        if value:
            doc.assign(name, repair_mojibake(value), "html-metadata")
    doc.tags = [repair_mojibake(tag) for tag in extraction.metadata.get("tags") or []]
    doc.warnings.extend(extraction.warnings)
    return doc


def _markdown_document(markdown: str, url: str | None) -> Document:
    """A Document over the plain text of ``markdown`` (reading.markdown_page),
    the markdown and each block's span of it kept for rendering, and the front
    matter's metadata set before the pipeline, as HTML's is."""
    from declutter.reading.markdown_page import markdown_page

    markdown = repair_mojibake(markdown)
    page = markdown_page(markdown)
    doc = Document(source_text=page.text, input_format="markdown", markdown=markdown, markdown_spans=page.spans, url=url)
    front = page.front
    if front is not None:
        fields = {
            "title": front.title, "url": front.url, "published": _iso_day(front.date), "author": front.author,
            "source": front.site_name, "description": front.description, "language": front.language,
        }
        for name, value in fields.items():
            if value and not getattr(doc, name):
                setattr(doc, name, value)
    return doc


def _iso_day(value: str | None) -> str | None:
    """The day of an ISO date or date-time ("2024-03-05T10:00:00Z"), else None:
    other spellings are left to the date extractors, which read them with the page's evidence."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def _blank(text: str) -> bool:
    """Empty or only white space, without copying a large page as ``strip()`` would."""
    return not text or text.isspace()


def warm_up(settings: Settings | None = None) -> None:
    """Build now what the first pages would: the phrase books, the content
    model, the character tables and py3langid's model.

    A batch calls it before it starts its worker processes, so that forked
    workers share these (py3langid's tables alone are 40 MB) instead of each
    building its own.
    """
    from declutter.content import charclass
    from declutter.content.model import load_model
    from declutter.language.langmodel import identifier
    from declutter.language.stopwords import stopword_table
    from declutter.phrases import load_phrasebook

    settings = settings or _default_settings()
    load_phrasebook(tuple(settings.phrase_languages)).compile_all()  # built on first use otherwise
    load_model()
    stopword_table()
    charclass.word_text(charclass.page_chars("warm up"))  # the character table
    identifier().classify("warm up")
