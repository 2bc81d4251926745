"""Reading the developers' evaluation corpus (../shared/corpus/trafilatura-eval)."""
from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_ROOT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "trafilatura-eval"
RENDERINGS = ("htmltext", "inscriptis")


@dataclass(frozen=True)
class Page:
    id: str
    url: str
    with_snippets: tuple[str, ...]  # must be in the output
    without_snippets: tuple[str, ...]  # must not be in the output


def corpus_root() -> Path | None:
    root = Path(os.environ.get("DECLUTTER_CORPUS", DEFAULT_ROOT))
    return root if (root / "annotations.json").exists() else None


def load_pages(root: Path, limit: int | None = None) -> list[Page]:
    annotations = json.loads((root / "annotations.json").read_text(encoding="utf-8"))
    pages = [
        Page(id=key, url=value.get("url", ""), with_snippets=tuple(value.get("with", [])), without_snippets=tuple(value.get("without", [])))
        for key, value in sorted(annotations.items())
    ]
    return pages[:limit] if limit else pages


def read_text(root: Path, rendering: str, page_id: str) -> str:
    return (root / "text" / rendering / f"{page_id}.txt").read_text(encoding="utf-8", errors="replace")


def read_html(root: Path, page_id: str) -> bytes:
    return gzip.decompress((root / "html" / f"{page_id}.html.gz").read_bytes())
