"""``python -m bench styles``: declutter and trafilatura on the generated style pages.

Prints paragraph-exact P/R/F1, leaked boilerplate, lost paragraphs and
metadata for both systems, for the "dev" and "held-out" phrasing halves, and
per style and language. --styles-dump writes every failure as JSONL;
--styles-write writes the pages and their gold records for inspection.
"""
from __future__ import annotations

import html
import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from .bodies import load_bodies
from .furniture import KIND as FURNITURE
from .furniture import honest_pages
from .generator import HALVES, LANGUAGES, PAGES_PER_CELL, StylePage, build_pages
from .scoring import FIELDS, Output, Tally, score_page
from .styles import STYLES


def declutter_output(page: StylePage) -> Output:
    from declutter import clean  # type: ignore[import-untyped]

    doc = clean(page.text)
    removed = {r["text"].strip(): f"{r['kind']}/{r['by']}" for r in doc.removed}
    related = [r.title for r in doc.related]
    return Output.from_text(doc.text, title=doc.title, source=doc.source, author=doc.author, date=doc.published, related=related, removed=removed)


def trafilatura_output(page: StylePage) -> Output:
    """The anchor: each page line in its own <p> of a minimal HTML document."""
    import trafilatura

    markup = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in page.lines if line) + "</body></html>"
    raw = trafilatura.extract(markup, output_format="json", with_metadata=True)
    if not raw:
        return Output(lines=[])
    data = json.loads(raw)
    return Output.from_text(data.get("text") or "", title=data.get("title"), source=data.get("sitename"), author=data.get("author"), date=data.get("date"))


SYSTEMS: dict[str, Callable[[StylePage], Output]] = {"declutter": declutter_output, "trafilatura": trafilatura_output}


OLD_GOLD = "declutter, trafilatura's gold"  # scored on the bodies as extracted, furniture lines included


def run(root: Path, limit: int | None = None, dump: str | None = None, write: str | None = None) -> None:
    """Build the pages (``limit`` = pages per style and language), score both systems, print the tables.

    The tables score on the honest gold (furniture.py); the first table also
    gives declutter's figures on the gold as extracted, for comparison.
    """
    extracted = build_pages(load_bodies(root), per_cell=limit or PAGES_PER_CELL)
    pages = honest_pages(extracted, root)
    if write:
        _write(pages, Path(write))
    tallies: dict[str, dict[str, Tally]] = {name: defaultdict(Tally) for name in (*SYSTEMS, OLD_GOLD)}
    dump_file = open(dump, "w", encoding="utf-8") if dump else None  # noqa: SIM115 - closed below
    try:
        for page, old in zip(pages, extracted):
            keys = ["all", page.half, f"style:{page.style}", f"lang:{page.language}"]
            for name, system in SYSTEMS.items():
                t = tallies[name]
                out = system(page)
                failures = score_page(page, out, [t[k] for k in keys])
                if name == "declutter":
                    score_page(old, out, [tallies[OLD_GOLD][k] for k in keys])
                if dump_file and name == "declutter":
                    for failure in failures:
                        dump_file.write(json.dumps({"page": page.id, "style": page.style, "language": page.language, "half": page.half, **failure}, ensure_ascii=False) + "\n")
    finally:
        if dump_file:
            dump_file.close()
    _report(pages, tallies)


def _write(pages: list[StylePage], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for page in pages:
        (folder / f"{page.id}.txt").write_text(page.text, encoding="utf-8")
        gold = {"style": page.style, "language": page.language, "body_language": page.body_language, "half": page.half, **page.gold.__dict__}
        (folder / f"{page.id}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}%"


def _report(pages: list[StylePage], tallies: dict[str, dict[str, Tally]]) -> None:
    ours, anchor = tallies["declutter"], tallies["trafilatura"]
    languages = {lang: sum(1 for p in pages if p.body_language == lang) for lang in LANGUAGES}
    print(f"{len(pages)} pages: {len(STYLES)} styles x {len(LANGUAGES)} chrome languages; bodies in " + ", ".join(f"{k} {v}" for k, v in languages.items()))
    moved = sum(kind == FURNITURE for p in pages for _, kind in p.gold.boilerplate)
    print(f"gold: {moved} body lines the corpus annotators marked as boilerplate are {FURNITURE} (furniture.py); 'old gold' keeps them as article")
    print(f"\n{'half':<10} {'system':<12} {'P':>6} {'R':>6} {'F1':>6} {'leaked':>7} {'title':>6} {'source':>6} {'author':>6} {'date':>6} {'relR':>6} {'relP':>6}")
    for half in ("all", *HALVES):
        for name, t in (("declutter", ours[half]), ("  old gold", tallies[OLD_GOLD][half]), ("trafilatura", anchor[half])):
            metas = " ".join(_pct(t.right(f))[:-1].rjust(6) for f in FIELDS)
            rel = f"{_pct(t.related_recall)[:-1]:>6} {_pct(t.related_precision)[:-1]:>6}" if name != "trafilatura" else f"{'-':>6} {'-':>6}"
            print(f"{half:<10} {name:<12} {t.precision:6.4f} {t.recall:6.4f} {t.f1:6.4f} {_pct(t.leaked_share):>7} {metas} {rel}")
    print(f"\nmetadata, right / wrong / missing % (all pages)\n{'field':<8} {'declutter':>22} {'trafilatura':>22}")
    for f in FIELDS:
        cells = []
        for t in (ours["all"], anchor["all"]):
            c = t.meta[f]
            cells.append(" / ".join(f"{100 * c[v] / t.pages:4.0f}" for v in ("right", "wrong", "missing")))
        print(f"{f:<8} {cells[0]:>22} {cells[1]:>22}")
    for group, names in (("style", [s.name for s in STYLES]), ("lang", list(LANGUAGES))):
        print(f"\n{group:<14} {'pages':>5} {'F1':>6} {'traf F1':>7} {'title':>6} {'traf t.':>7} {'date':>6} {'leaked':>7} {'relR':>6}")
        for key in names:
            t, a = ours[f"{group}:{key}"], anchor[f"{group}:{key}"]
            print(f"{key:<14} {t.pages:5d} {t.f1:6.3f} {a.f1:7.3f} {_pct(t.right('title')):>6} {_pct(a.right('title')):>7} {_pct(t.right('date')):>6} {_pct(t.leaked_share):>7} {_pct(t.related_recall) if t.related_gold else '-':>6}")
    _kinds("boilerplate leaked, by kind", ours["all"], anchor["all"])
    _lost(ours, anchor)


def _kinds(heading: str, t: Tally, a: Tally) -> None:
    print(f"\n{heading}\n{'kind':<18} {'lines':>6} {'declutter':>10} {'trafilatura':>12}")
    for kind, total in t.boilerplate.most_common():
        print(f"{kind:<18} {total:6d} {_pct(t.leaked[kind] / total):>10} {_pct(a.leaked[kind] / total):>12}")


def _lost(ours: dict[str, Tally], anchor: dict[str, Tally]) -> None:
    t, a = ours["all"], anchor["all"]
    print(f"\nparagraphs lost, by body part\n{'part':<8} {'gold':>6} {'declutter':>10} {'trafilatura':>12}")
    for part, total in t.parts.most_common():
        print(f"{part:<8} {total:6d} {_pct(t.lost_parts[part] / total):>10} {_pct(a.lost_parts[part] / total):>12}")
    lost = sum(t.lost.values())
    print(f"\ndeclutter's lost paragraphs ({lost}), by the kind/by it gave them\n{'kind/by':<44} {'count':>6} {'share':>7}")
    for reason, count in t.lost.most_common(20):
        print(f"{reason:<44} {count:6d} {_pct(count / lost if lost else 0.0):>7}")
