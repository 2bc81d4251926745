"""Trafilatura's metadata for the metadata bench: the reference and the text anchor.

The reference is trafilatura reading each page's HTML (<title>, og: and
JSON-LD, bylines, htmldate): the best account of a page's title, publisher,
author and date the corpus has, and one the cleaner never sees. The anchor is
trafilatura reading the *text* wrapped as bare HTML, one <p> a line: what it
can infer from the same information declutter gets.

Both are slow-ish (htmldate searches the whole page), so they are cached in
bench/.cache/ (gitignored), keyed by the corpus file it was read from (its
path, size and mtime) and trafilatura's version; a missing or stale cache is
rebuilt on the next run.
"""
from __future__ import annotations

import html
import json
import os
from collections.abc import Callable
from functools import partial
from pathlib import Path

import trafilatura
from trafilatura.utils import load_html

from .corpus import Page

# The four fields, named as declutter's Document names them.
FIELDS = ("title", "source", "author", "published")
Meta = dict[str, str | None]
CACHE_DIR = Path(__file__).resolve().parent / ".cache"


def trafilatura_meta(markup: str | bytes, url: str | None = None) -> Meta:
    """trafilatura.extract_metadata's title, sitename, author and date (YYYY-MM-DD)."""
    tree = load_html(markup)
    if tree is None:
        return dict.fromkeys(FIELDS)
    found = trafilatura.extract_metadata(tree, default_url=url or None)
    values = (found.title, found.sitename, found.author, found.date)
    return {name: (str(v).strip() or None) if v else None for name, v in zip(FIELDS, values, strict=True)}


def bare_html(text: str) -> str:
    """The text as the plainest HTML: each non-empty line a <p>, no <head>, no markup hints."""
    lines = (line.strip() for line in text.splitlines())
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines if line)
    return f"<html><body>\n{body}\n</body></html>"


class MetaCache:
    """Metadata read from corpus files, remembered across runs in one JSON file."""

    def __init__(self, kind: str) -> None:
        self.path = CACHE_DIR / f"meta-{kind}-trafilatura-{trafilatura.__version__}.json"
        self.entries: dict[str, dict[str, object]] = {}
        self.dirty = False
        if self.path.exists():
            try:
                self.entries = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self.entries = {}  # a torn or foreign file: read everything again

    def get(self, file: Path, compute: Callable[[], Meta]) -> Meta:
        stat = file.stat()
        stamp = [stat.st_size, stat.st_mtime_ns]
        key = str(file.resolve())
        entry = self.entries.get(key)
        if entry is not None and entry.get("stamp") == stamp:
            meta = entry.get("meta")
            if isinstance(meta, dict):
                return {name: meta.get(name) for name in FIELDS}
        value = compute()
        self.entries[key] = {"stamp": stamp, "meta": value}
        self.dirty = True
        return value

    def save(self) -> None:
        if not self.dirty:
            return
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(self.entries, ensure_ascii=False), encoding="utf-8")
        tmp.replace(self.path)  # atomic: a concurrent run sees the old file or the new one
        self.dirty = False


def reference_meta(root: Path, pages: list[Page], read_html: Callable[[Path, str], bytes]) -> dict[str, Meta]:
    """Trafilatura's metadata from each page's HTML (with the page's URL, as a crawler has it)."""
    cache = MetaCache("reference")
    out: dict[str, Meta] = {}
    for page in pages:
        read = partial(_from_html, root, page, read_html)
        out[page.id] = cache.get(root / "html" / f"{page.id}.html.gz", read)
    cache.save()
    return out


def anchor_meta(root: Path, rendering: str, pages: list[Page], texts: dict[str, str]) -> dict[str, Meta]:
    """Trafilatura's metadata from the text rendering wrapped as bare HTML (no URL: declutter has none)."""
    cache = MetaCache(f"anchor-{rendering}")
    out: dict[str, Meta] = {}
    for page in pages:
        read = partial(trafilatura_meta, bare_html(texts[page.id]))
        out[page.id] = cache.get(root / "text" / rendering / f"{page.id}.txt", read)
    cache.save()
    return out


def _from_html(root: Path, page: Page, read_html: Callable[[Path, str], bytes]) -> Meta:
    return trafilatura_meta(read_html(root, page.id), page.url)
