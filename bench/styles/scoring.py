"""Scoring a system's output on the style pages against their gold records.

Paragraph-exact: a gold paragraph counts only if it is, unchanged, a whole
line of the output. Metadata fields compare after whitespace and case are
normalised; a field whose gold is None is right only when nothing is given.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .generator import StylePage

FIELDS = ("title", "source", "author", "date")


@dataclass
class Output:
    """What one system gave for one page."""

    lines: list[str]
    title: str | None = None
    source: str | None = None
    author: str | None = None
    date: str | None = None  # ISO; only the first ten characters are compared
    related: list[str] = field(default_factory=list)
    removed: dict[str, str] = field(default_factory=dict)  # removed line -> "kind/by"

    @classmethod
    def from_text(cls, text: str, **meta: Any) -> Output:
        return cls(lines=[line.strip() for line in text.splitlines() if line.strip()], **meta)


def norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


@dataclass
class Tally:
    pages: int = 0
    gold_paragraphs: int = 0
    found: int = 0
    output_lines: int = 0
    body_lines_out: int = 0
    boilerplate: Counter[str] = field(default_factory=Counter)  # kind -> gold lines
    leaked: Counter[str] = field(default_factory=Counter)  # kind -> of them in the output
    lost: Counter[str] = field(default_factory=Counter)  # "kind/by" -> paragraphs
    lost_parts: Counter[str] = field(default_factory=Counter)  # body part (p/head/item/quote) -> paragraphs
    parts: Counter[str] = field(default_factory=Counter)
    meta: dict[str, Counter[str]] = field(default_factory=lambda: {f: Counter() for f in FIELDS})
    related_gold: int = 0
    related_got: int = 0
    related_hit: int = 0

    @property
    def precision(self) -> float:
        return self.body_lines_out / self.output_lines if self.output_lines else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold_paragraphs if self.gold_paragraphs else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def leaked_share(self) -> float:
        total = sum(self.boilerplate.values())
        return sum(self.leaked.values()) / total if total else 0.0

    def right(self, name: str) -> float:
        counts = self.meta[name]
        return counts["right"] / self.pages if self.pages else 0.0

    @property
    def related_recall(self) -> float:
        return self.related_hit / self.related_gold if self.related_gold else 0.0

    @property
    def related_precision(self) -> float:
        return self.related_hit / self.related_got if self.related_got else 0.0


def _verdict(gold: str | None, got: str | None) -> str:
    if not got:
        return "right" if gold is None else "missing"
    return "right" if gold is not None and norm(gold) == norm(got) else "wrong"


def score_page(page: StylePage, out: Output, tallies: list[Tally]) -> list[dict[str, Any]]:
    """Add the page to every tally; return its failures (for the dump)."""
    gold = page.gold
    output = set(out.lines)
    paragraphs = set(gold.paragraphs)
    failures: list[dict[str, Any]] = []
    lost: list[tuple[str, str, str]] = []
    for text, part in zip(gold.paragraphs, gold.parts):
        if text not in output:
            reason = out.removed.get(text, "not-removed/changed")
            lost.append((text, part, reason))
            failures.append({"field": "paragraph", "part": part, "gold": text, "got": reason})
    chrome: dict[str, str] = {}
    for line, kind in gold.boilerplate:
        chrome.setdefault(line.strip(), kind)
    leaked = [(line, kind) for line, kind in chrome.items() if line in output]
    failures += [{"field": "leaked", "gold": kind, "got": line} for line, kind in leaked]
    got = {"title": out.title, "source": out.source, "author": out.author, "date": (out.date or "")[:10] or None}
    verdicts = {name: _verdict(getattr(gold, name), got[name]) for name in FIELDS}
    failures += [{"field": name, "gold": getattr(gold, name), "got": got[name]} for name, v in verdicts.items() if v != "right"]
    gold_related = {norm(t) for t in gold.related}
    got_related = {norm(t) for t in out.related}
    failures += [{"field": "related", "gold": t, "got": None} for t in gold.related if norm(t) not in got_related]
    for tally in tallies:
        tally.pages += 1
        tally.gold_paragraphs += len(gold.paragraphs)
        tally.found += len(gold.paragraphs) - len(lost)
        tally.output_lines += len(out.lines)
        tally.body_lines_out += sum(1 for line in out.lines if line in paragraphs)
        tally.parts.update(gold.parts)
        for _, part, reason in lost:
            tally.lost[reason] += 1
            tally.lost_parts[part] += 1
        tally.boilerplate.update(chrome.values())
        tally.leaked.update(kind for _, kind in leaked)
        for name, verdict in verdicts.items():
            tally.meta[name][verdict] += 1
        tally.related_gold += len(gold_related)
        tally.related_got += len(got_related)
        tally.related_hit += len(gold_related & got_related)
    return failures
