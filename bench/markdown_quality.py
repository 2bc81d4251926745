"""Quality and speed of declutter on markdown renderings of the corpus, beside trafilatura.

Each page's HTML is rendered to markdown by html2text, markdownify and html-to-markdown
(bench/markdown_rendering.py, cached in bench/.cache/). declutter.clean runs on
the markdown as a user would give it; trafilatura.extract on the page's HTML is
the anchor, timed in the same run, and the ratio column is declutter's median
time over trafilatura's. Reference rows: the markdown unchanged (the floor) and
jusText on the markdown (each line a paragraph, the stop words of all its
languages). The experimental row "declutter (plain lines)" strips the markup
first with declutter.reading.markdown (one line per MarkdownLine's plain text,
front matter, code and markup-only lines left out) and cleans that: how far
the text pipeline gets once markup is out of the way, before any integration.
Run it with ``python -m bench markdown``; it is never a test.
"""
from __future__ import annotations

import html
import time
from collections.abc import Callable
from pathlib import Path

from .corpus import Page, load_pages
from .markdown_rendering import CONVERTERS, cached_markdown
from .text_quality import Run, _timed_trafilatura

_DROPPED_KINDS = ("FRONT_MATTER", "CODE")


def plain_lines(markdown: str) -> str:
    """The markdown's entries as plain text, one a line: the experimental row's input."""
    from declutter.reading.markdown import LineKind, markdown_lines

    dropped = {LineKind[name] for name in _DROPPED_KINDS}
    return "\n".join(line.plain for line in markdown_lines(markdown) if line.plain and line.kind not in dropped)


def _justext_on_markdown() -> Callable[[str], str]:
    import justext

    stoplist = frozenset().union(*(justext.get_stoplist(name) for name in justext.get_stoplists()))

    def extract(markdown: str) -> str:
        lines = [line.strip() for line in markdown.split("\n") if line.strip()]
        if not lines:
            return ""
        page = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines) + "</body></html>"
        paragraphs = justext.justext(page.encode("utf-8"), stoplist, encoding="utf-8")
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return extract


def run(root: Path, limit: int | None = None) -> None:
    """Print, per converter, declutter's, the references' and trafilatura's scores and median times."""
    import trafilatura

    import declutter

    pages = load_pages(root, limit)
    for converter in CONVERTERS:  # renderings built (or read) before any timing
        for page in pages:
            cached_markdown(root, page.id, converter)
    declutter.clean("warm up: imports and lazy tables are not per-page cost\nsecond line")
    reference = _timed_trafilatura(root, pages, trafilatura.extract)
    justext_extract = _justext_on_markdown()
    systems: list[tuple[str, Callable[[str], str]]] = [
        ("declutter (markdown)", lambda md: declutter.clean(md).text),
        ("declutter (plain lines)", lambda md: declutter.clean(plain_lines(md)).text),
        ("jusText (markdown)", justext_extract),
    ]
    print(f"{len(pages)} pages of {root}")
    print(f"{'converter':<16} {'system':<24} {'P':>6} {'R':>6} {'F1':>6} {'median ms':>10} {'ratio':>6}")
    for converter in CONVERTERS:
        runs = {name: Run() for name, _ in systems}
        unchanged = Run()
        for page in pages:
            markdown = cached_markdown(root, page.id, converter)
            for name, system in systems:
                _timed(runs[name], system, markdown, page)
            unchanged.tally.add(markdown, page.with_snippets, page.without_snippets)
        for name, _ in systems:
            ratio = runs[name].median_ms / reference.median_ms if reference.median_ms else float("nan")
            _row(converter, name, runs[name], f"{ratio:6.2f}")
        _row(converter, "trafilatura (html)", reference, "")
        _row(converter, "unchanged markdown", unchanged, "", timed=False)


def _timed(result: Run, system: Callable[[str], str], markdown: str, page: Page) -> None:
    start = time.perf_counter()
    output = system(markdown)
    result.ms.append((time.perf_counter() - start) * 1000)
    result.tally.add(output, page.with_snippets, page.without_snippets)


def _row(converter: str, system: str, result: Run, ratio: str, timed: bool = True) -> None:
    t = result.tally
    ms = f"{result.median_ms:10.2f}" if timed else f"{'':>10}"
    print(f"{converter:<16} {system:<24} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f} {ms} {ratio:>6}", flush=True)
