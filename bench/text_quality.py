"""Quality and speed of declutter on the corpus' plain-text renderings, beside trafilatura.

For each rendering (text/<rendering>/<id>.txt) declutter.clean runs on the
text, and trafilatura.extract on the same page's HTML, each timed per page in
the same run. Scores are the annotations' snippet presence (bench/score.py);
the page's unchanged text is scored as a reference line. A third rendering,
"lines", is built by the bench from the HTML (bench/lines_rendering.py): one
declutter was never tuned or trained on. Run it with
``python -m bench`` (``make bench``); it is never a test.
"""
from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from .corpus import RENDERINGS, Page, load_pages, read_html, read_text
from .lines_rendering import render_lines
from .score import Tally


@dataclass
class Run:
    tally: Tally = field(default_factory=Tally)
    ms: list[float] = field(default_factory=list)

    @property
    def median_ms(self) -> float:
        return statistics.median(self.ms) if self.ms else float("nan")


def run(root: Path, limit: int | None = None) -> None:
    """Print, per rendering, declutter's and trafilatura's scores and median times."""
    import trafilatura

    import declutter

    pages = load_pages(root, limit)
    reference = _timed_trafilatura(root, pages, trafilatura.extract)
    print(f"{len(pages)} pages of {root}")
    print(f"{'rendering':<11} {'system':<22} {'P':>6} {'R':>6} {'F1':>6} {'median ms':>10} {'ratio':>6}")
    for rendering, read in _renderings(root):
        ours, unchanged = Run(), Run()
        for page in pages:
            text = read(page)
            start = time.perf_counter()
            article = declutter.clean(text).text  # the text, as trafilatura's extract gives it
            ours.ms.append((time.perf_counter() - start) * 1000)
            ours.tally.add(article, page.with_snippets, page.without_snippets)
            unchanged.tally.add(text, page.with_snippets, page.without_snippets)
        ratio = ours.median_ms / reference.median_ms if reference.median_ms else float("nan")
        _row(rendering, "declutter (text)", ours, f"{ratio:6.2f}")
        _row(rendering, "trafilatura (html)", reference, "")
        _row(rendering, "unchanged text", unchanged, "", timed=False)


def _renderings(root: Path):
    """(name, page -> text) for the corpus' renderings and the bench-built one."""
    for rendering in RENDERINGS:
        yield rendering, lambda page, rendering=rendering: read_text(root, rendering, page.id)
    yield "lines", lambda page: render_lines(read_html(root, page.id))


def _timed_trafilatura(root: Path, pages: list[Page], extract) -> Run:
    result = Run()
    for page in pages:
        html = read_html(root, page.id)
        start = time.perf_counter()
        text = extract(html) or ""
        result.ms.append((time.perf_counter() - start) * 1000)
        result.tally.add(text, page.with_snippets, page.without_snippets)
    return result


def _row(rendering: str, system: str, result: Run, ratio: str, timed: bool = True) -> None:
    t = result.tally
    ms = f"{result.median_ms:10.2f}" if timed else f"{'':>10}"
    print(f"{rendering:<11} {system:<22} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f} {ms} {ratio:>6}")


if __name__ == "__main__":
    from .corpus import corpus_root

    found = corpus_root()
    if found is None:
        raise SystemExit("no corpus: set DECLUTTER_CORPUS or put it in ../shared/corpus/trafilatura-eval")
    run(found)
