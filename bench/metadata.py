"""How right declutter's text-mode metadata is: title, source, author, published.

The reference is trafilatura's metadata from each page's HTML (bench/reference.py),
read at bench time; declutter.clean gets only the page's plain-text rendering.
A field is scored on a page only when its reference value is printed in that
text (bench/meta_rules.py says when, and when a value is right), and counts as
right, wrong (a value that is not right) or missing (no value). Trafilatura
cannot read plain text, so the anchor beside declutter is trafilatura's
metadata from the same text wrapped as bare HTML. Run with ``python -m bench
meta [--limit N] [--meta-dump PATH]``; ``--meta-dump`` writes one JSON line per
page, rendering, system and field for developers.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import TextIO

from . import meta_rules as rules
from .corpus import RENDERINGS, load_pages, read_html, read_text
from .reference import FIELDS, Meta, anchor_meta, reference_meta

SYSTEMS = ("declutter (text)", "trafilatura (bare)")


def printed(field: str, ref: Meta, text: str) -> bool:
    """Whether the reference value of ``field`` is in ``text`` (already rules.normalise_text'ed)."""
    value = ref[field] or ""
    if field == "title":
        return rules.title_printed(value, ref["source"], text)
    if field == "source":
        return rules.source_printed(value, text)
    if field == "author":
        return rules.author_printed(value, text)
    return rules.date_printed(value, text)


def judge(field: str, got: str | None, ref: Meta) -> str:
    """right, wrong or missing for one value against the reference."""
    value = ref[field] or ""
    if got is None or not got.strip():
        return "missing"
    if field == "title":
        right = rules.title_right(got, value, ref["source"])
    elif field == "source":
        right = rules.source_right(got, value)
    elif field == "author":
        right = rules.author_right(got, value)
    else:
        right = rules.date_right(got, value)
    return rules.verdict(got, right)


def declutter_meta(text: str) -> Meta:
    import declutter

    doc = declutter.clean(text)
    return {field: getattr(doc, field) for field in FIELDS}


def run(root: Path, limit: int | None = None, dump: str | None = None) -> None:
    """Print, per rendering and field, declutter's and the anchor's right/wrong/missing shares."""
    pages = load_pages(root, limit)
    refs = reference_meta(root, pages, read_html)
    for ref in refs.values():
        ref["source"] = rules.source_reference(ref["source"], ref["title"])
    tallies: dict[tuple[str, str, str], Counter[str]] = {}
    out: TextIO | None = open(dump, "w", encoding="utf-8") if dump else None  # noqa: SIM115
    try:
        for rendering in RENDERINGS:
            texts = {page.id: read_text(root, rendering, page.id) for page in pages}
            anchors = anchor_meta(root, rendering, pages, texts)
            for page in pages:
                ref, text = refs[page.id], rules.normalise_text(texts[page.id])
                shown = {f: bool(ref[f]) and printed(f, ref, text) for f in FIELDS}
                # The reference's sitename is stored as "source" (reference.FIELDS).
                for system, got in zip(SYSTEMS, (declutter_meta(texts[page.id]), anchors[page.id]), strict=True):
                    for field in FIELDS:
                        tally = tallies.setdefault((rendering, system, field), Counter())
                        if not ref[field]:
                            continue
                        tally["ref"] += 1
                        verdict = judge(field, got[field], ref) if shown[field] else "unprinted"
                        tally[verdict] += 1
                        if out is not None:
                            row = {"id": page.id, "rendering": rendering, "system": system, "field": field,
                                   "reference": ref[field], "got": got[field], "verdict": verdict}
                            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        if out is not None:
            out.close()
    _table(root, len(pages), tallies)


def _table(root: Path, n_pages: int, tallies: dict[tuple[str, str, str], Counter[str]]) -> None:
    print(f"{n_pages} pages of {root}; reference: trafilatura's metadata from each page's HTML")
    print("(trafilatura cannot read plain text, so no anchor runs on the text itself; "
          "'trafilatura (bare)' is its metadata from the same text wrapped one <p> a line)")
    print(f"{'rendering':<11} {'system':<19} {'field':<10} {'ref':>5} {'n':>5} {'right%':>7} {'wrong%':>7} {'miss%':>7}")
    for rendering in RENDERINGS:
        for field in FIELDS:
            for system in SYSTEMS:
                t = tallies.get((rendering, system, field), Counter())
                n = t["right"] + t["wrong"] + t["missing"]
                shares = (100 * t[v] / n if n else float("nan") for v in ("right", "wrong", "missing"))
                cells = " ".join(f"{s:7.1f}" for s in shares)
                print(f"{rendering:<11} {system:<19} {field:<10} {t['ref']:>5} {n:>5} {cells}")
    print("ref: pages with a reference value; n: of those, pages where it is printed in the text "
          "(the scored ones); right/wrong/missing: shares of n (bench/meta_rules.py has the rules)")


if __name__ == "__main__":
    from .corpus import corpus_root

    found = corpus_root()
    if found is None:
        raise SystemExit("no corpus: set DECLUTTER_CORPUS or put it in ../shared/corpus/trafilatura-eval")
    run(found)
