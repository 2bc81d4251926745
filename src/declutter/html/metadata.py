"""An HTML page's metadata from its parsed tree, with trafilatura's and htmldate's readers.

``trafilatura.extract_metadata`` does the same and more, but two of its steps
cost more than the whole text extraction on many pages: hunting an author's
name through the page body (about 5 ms a page on the eval corpus) and htmldate's
extensive date search (dateparser over every text node). Here the author comes
only from the head's meta tags and JSON-LD (the byline extractor finds a name
printed in the text), dates only from markup, URL and <time> elements, and
tags and categories only from meta tags and JSON-LD (trafilatura's guess from
/tag/ and /category/ links in the body costs another 1.6 ms a page).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lxml.html import HtmlElement
    from trafilatura.settings import Document as Metadata

# "en-GB", "de_DE", "fr": the language is the first subtag, two or three letters.
_LANG = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_]|\s*$)")


def page_metadata(tree: HtmlElement, url: str | None) -> dict[str, Any]:
    """title, author, published (ISO), source, url, description, language, image, tags."""
    from trafilatura import metadata as tm

    meta = tm.examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None  # a single word is a handle or a site ("admin", "redaktion"), as trafilatura decides
    try:
        meta = tm.extract_meta_json(tree, meta)
    except Exception:  # trafilatura guards this call the same way: JSON-LD on the web is often broken
        pass
    meta.title = meta.title or tm.extract_title(tree)
    meta.url = meta.url or tm.extract_url(tree, url)
    meta.sitename = meta.sitename or tm.extract_sitename(tree)
    meta.date = _date(tree, meta.url or url)
    meta.clean_and_trim()
    return _as_fields(meta, tree, url)


def _date(tree: HtmlElement, url: str | None) -> str | None:
    from htmldate import find_date
    from trafilatura.settings import set_date_params

    params = set_date_params(extensive=False)
    try:
        return find_date(tree, url=url, **params)
    except Exception:  # htmldate fails on odd markup; a missing date is not an error
        return None


def _as_fields(meta: Metadata, tree: HtmlElement, url: str | None) -> dict[str, Any]:
    tags = list(dict.fromkeys(t for t in [*(meta.categories or []), *(meta.tags or [])] if t))
    sitename = (meta.sitename or "").lstrip("@") or _hostname(meta.url or url)
    return {
        "title": meta.title,
        "author": meta.author,
        "published": meta.date,
        "source": sitename or None,
        "url": meta.url,
        "description": meta.description,
        "language": html_language(tree),
        "image": meta.image,
        "tags": tags,
    }


def html_language(tree: HtmlElement) -> str | None:
    """The language the markup declares (<html lang>, content-language), as a lower-case code.

    "en" is not trusted: it is the default of many site templates, and on the
    eval corpus most declared languages that py3langid contradicted were an
    "en" on German pages. For it (and no declaration) the language extractor
    decides from the text.
    """
    declared = tree.get("lang") or tree.get("xml:lang")
    if not declared:
        found = tree.xpath('//meta[@http-equiv="content-language" or @http-equiv="Content-Language"]/@content')
        declared = found[0] if found else None
    match = _LANG.match(declared or "")
    code = match.group(1).lower() if match else None
    return None if code == "en" else code


def _hostname(url: str | None) -> str | None:
    if not url:
        return None
    from urllib.parse import urlparse

    try:
        host = urlparse(url).hostname or ""
    except ValueError:  # "http://[::1/news": no host to read
        return None
    return host.removeprefix("www.") or None
