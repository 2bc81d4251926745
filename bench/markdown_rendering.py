"""Markdown renderings of the corpus pages, built here from each page's HTML.

Markdown scrapes come from "reader" services and converters; three common
converters stand for them: html2text (body_width=0: no wrapping, links and
images inline as it writes them), markdownify (ATX headings) and
html-to-markdown (its defaults; it writes the page's meta tags as front
matter). All are dev extras. Renderings are cached gzipped in bench/.cache/markdown/<converter>/
(gitignored) and rebuilt when absent: converting is slower than cleaning.
"""
from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path

from .corpus import read_html

CONVERTERS = ("html2text", "markdownify", "html-to-markdown")
CACHE = Path(__file__).resolve().parent / ".cache" / "markdown"
_CACHE_NAMES = {"html2text": "html2text-unicode"}  # renderings made with other options than before


def _decoded(html: bytes) -> str:
    from declutter.reading.decode import decode_page

    return decode_page(html, repair=False)  # the charset the page declares or the one detected


def _html2text(markup: str) -> str:
    import html2text

    converter = html2text.HTML2Text()
    converter.body_width = 0  # one line per paragraph, as reader services write it
    # The page's own characters, as reader services keep them: by default html2text
    # writes entity-encoded letters as ASCII look-alikes (&auml; -> a, &rsquo; -> '),
    # which leaves 179 of the corpus's 2,951 article snippets (markdownify: 35)
    # impossible to find in any cleaning of the rendering.
    converter.unicode_snob = True
    return converter.handle(markup)


def _markdownify(markup: str) -> str:
    import markdownify

    return markdownify.markdownify(markup, heading_style="ATX")


def _html_to_markdown(markup: str) -> str:
    import html_to_markdown

    return html_to_markdown.convert(markup).content or ""


RENDER: dict[str, Callable[[str], str]] = {"html2text": _html2text, "markdownify": _markdownify, "html-to-markdown": _html_to_markdown}


def render_markdown(html: bytes, converter: str) -> str:
    """The page as ``converter`` writes it in markdown ("" if the converter gives up)."""
    try:
        return RENDER[converter](_decoded(html))
    except RecursionError:  # deeply nested pages: markdownify recurses per element
        return ""


def cached_markdown(root: Path, page_id: str, converter: str) -> str:
    """The rendering from the cache, made and stored when it is not there."""
    path = CACHE / _CACHE_NAMES.get(converter, converter) / f"{page_id}.md.gz"
    if path.exists():
        return gzip.decompress(path.read_bytes()).decode("utf-8")
    text = render_markdown(read_html(root, page_id), converter)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(gzip.compress(text.encode("utf-8", "surrogatepass"), compresslevel=5))
    tmp.replace(path)  # whole files only: an interrupted build leaves no half rendering
    return text


if __name__ == "__main__":  # build the cache: python -m bench.markdown_rendering
    import sys

    from .corpus import corpus_root, load_pages

    found = corpus_root()
    if found is None:
        raise SystemExit("no corpus")
    names = sys.argv[1:] or list(CONVERTERS)
    for number, page in enumerate(load_pages(found)):
        for name in names:
            cached_markdown(found, page.id, name)
        if number % 100 == 0:
            print(number, flush=True)
