"""HTML quality and speed: declutter vs trafilatura vs readability-lxml, in one run.

Every system gets the same gunzipped bytes and URL of each page of
../shared/corpus/trafilatura-eval; the systems take turns page by page so that
a busy machine slows them alike. The score is bench/score.py's Tally; time is
wall-clock per page, reported as the median.

    python -m bench.html_quality [--limit N] [--root PATH]
"""
from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from .corpus import DEFAULT_ROOT, corpus_root, load_pages, read_html
from .score import Tally

System = Callable[[bytes, str], str]


def _declutter(html: bytes, url: str) -> str:
    from declutter import clean

    return clean(html, url=url or None, input_format="html").text


def _trafilatura(html: bytes, url: str) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url or None) or ""


def _readability(html: bytes, url: str) -> str:
    from lxml import html as lxml_html
    from readability import Document

    from declutter.html.extract import html_to_lines

    try:
        summary = Document(html, url=url or None).summary(html_partial=True)
    except Exception:  # readability fails on some pages; that counts as no output
        return ""
    return html_to_lines(lxml_html.fragment_fromstring(summary, create_parent="div")) if summary.strip() else ""


SYSTEMS: dict[str, System] = {"declutter-html": _declutter, "trafilatura": _trafilatura, "readability": _readability}


def run(root: Path, limit: int | None = None) -> None:
    pages = load_pages(root, limit)
    tallies = {name: Tally() for name in SYSTEMS}
    times: dict[str, list[float]] = {name: [] for name in SYSTEMS}
    for system in SYSTEMS.values():  # warm up: imports and lazy tables are not per-page cost
        system(read_html(root, pages[0].id), pages[0].url)
    for page in pages:
        html = read_html(root, page.id)
        for name, system in SYSTEMS.items():
            start = time.perf_counter()
            output = system(html, page.url)
            times[name].append(time.perf_counter() - start)
            tallies[name].add(output, page.with_snippets, page.without_snippets)
    _report(len(pages), tallies, times)


def _report(count: int, tallies: dict[str, Tally], times: dict[str, list[float]]) -> None:
    print(f"{count} pages")
    print(f"{'system':<16} {'precision':>9} {'recall':>7} {'F1':>7} {'median ms':>10}")
    medians = {name: statistics.median(values) * 1000 for name, values in times.items()}
    for name, tally in tallies.items():
        print(f"{name:<16} {tally.precision:>9.3f} {tally.recall:>7.3f} {tally.f1:>7.3f} {medians[name]:>10.1f}")
    print(f"time ratio declutter-html / trafilatura (median): {medians['declutter-html'] / medians['trafilatura']:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="Only the first N pages.")
    parser.add_argument("--root", type=Path, default=None, help=f"The corpus folder (default: {DEFAULT_ROOT}).")
    args = parser.parse_args()
    root = args.root or corpus_root()
    if root is None:
        raise SystemExit("no corpus found; set DECLUTTER_CORPUS or pass --root")
    run(root, args.limit)


if __name__ == "__main__":
    main()
