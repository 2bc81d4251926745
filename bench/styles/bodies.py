"""Real article bodies for the page styles, taken from the corpus HTML at bench time.

trafilatura's XML extraction gives the body in order with its structure
(paragraphs, h2/h3 subheadings, list items, quotes) and the page's metadata
(title, date). Only pages with at least three paragraphs of real prose are
kept, so every generated page has an article worth finding. The result is
cached in bench/.cache/ (gitignored): the corpus text never enters the project.
"""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from ..corpus import load_pages, read_html

CACHE = Path(__file__).resolve().parent.parent / ".cache" / "styles-bodies-v3.json"
LANGUAGES = ("en", "de", "fr", "es")
MAX_PARTS = 30  # long bodies are cut: the page chrome, not the length, is under test
_SPACES = re.compile(r"\s+")
# bylines and photo credits trafilatura keeps in the body: they would be gold paragraphs a cleaner is right to drop
_CREDIT = re.compile(r"(By|Von|Par|Por|Photo|Foto|Bild|Quelle|Source|Fuente|Text|Texte|Texto)\b|©|Copyright", re.IGNORECASE)
_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")


@dataclass(frozen=True)
class Body:
    """One corpus article: its parts as (part kind, text), in page order."""

    page_id: str
    language: str
    title: str
    date: str | None  # ISO date from the page's metadata, when trafilatura found one
    parts: tuple[tuple[str, str], ...]  # kind is "p", "head", "item" or "quote"

    @property
    def paragraphs(self) -> list[str]:
        return [text for _, text in self.parts]


def _norm(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _words(text: str) -> int:
    return len(text.split())


def _is_prose(text: str) -> bool:
    # a sentence or more: enough words, ends like a sentence
    return _words(text) >= 12 and text[-1:] in ".!?»\"”'’)…"


def headline_of(h1: str, metadata_title: str) -> str:
    """The article's headline: its h1, else the metadata title without its " | Site" part
    (the h1 does not print one). An h1 ending in a colon is a label over a box or a
    form (a donation form's "Faire un don :"), never a headline: the metadata title then."""
    return h1 if h1 and not h1.endswith(":") else _SUFFIX.sub("", metadata_title)


def _parts_of(main: ET.Element, title: str) -> list[tuple[str, str]]:
    parts: list[tuple[str, str]] = []
    for element in main:
        if element.tag == "list":
            # short items are menus more often than article lists
            items = [_norm("".join(i.itertext())) for i in element.iter("item")]
            parts += [("item", i) for i in items if _words(i) >= 3]
            continue
        text = _norm("".join(element.itertext()))
        if not text or text == title:
            continue
        if element.tag == "head" and element.get("rend") in ("h2", "h3", "h4") and 2 <= _words(text) <= 14:
            parts.append(("head", text))
        elif element.tag == "quote" and _words(text) >= 6:
            parts.append(("quote", text))
        elif element.tag == "p" and _words(text) >= 6 and not (_CREDIT.match(text) and _words(text) < 20):
            parts.append(("p", text))
    seen: set[str] = set()
    unique = []
    for kind, text in parts:  # a repeated line would be scored twice
        if text not in seen:
            seen.add(text)
            unique.append((kind, text))
    while unique and unique[-1][0] == "head":  # a heading with nothing under it is chrome
        unique.pop()
    return unique[:MAX_PARTS]


def _body(page_id: str, html: bytes) -> Body | None:
    import py3langid  # type: ignore[import-untyped]
    import trafilatura

    xml = trafilatura.extract(html, output_format="xml", with_metadata=True)
    if not xml:
        return None
    try:
        doc = ET.fromstring(xml)
    except ET.ParseError:
        return None
    main = doc.find("main")
    if main is None:
        return None
    h1 = next((_norm("".join(h.itertext())) for h in main.iter("head") if h.get("rend") == "h1"), "")
    title = headline_of(h1, _norm(doc.get("title") or ""))
    if not 3 <= _words(title) <= 25:
        return None
    parts = _parts_of(main, title)
    if sum(1 for kind, text in parts if kind == "p" and _is_prose(text)) < 3:
        return None
    language = str(py3langid.classify(" ".join(t for _, t in parts))[0])
    date = doc.get("date")
    return Body(page_id, language, title, date if date and re.fullmatch(r"\d{4}-\d\d-\d\d", date) else None, tuple(parts))


def load_bodies(root: Path) -> list[Body]:
    """Every usable body of the corpus in en/de/fr/es, in page-id order (cached)."""
    if CACHE.exists():
        raw = json.loads(CACHE.read_text(encoding="utf-8"))
        if raw.get("root") == str(root):
            return [Body(b["page_id"], b["language"], b["title"], b["date"], tuple((k, t) for k, t in b["parts"])) for b in raw["bodies"]]
    bodies = []
    for page in load_pages(root):
        body = _body(page.id, read_html(root, page.id))
        if body is not None and body.language in LANGUAGES:
            bodies.append(body)
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    data = {"root": str(root), "bodies": [{"page_id": b.page_id, "language": b.language, "title": b.title, "date": b.date, "parts": [list(p) for p in b.parts]} for b in bodies]}
    CACHE.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return bodies
