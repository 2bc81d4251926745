"""Rendering a cleaned Document as JSON, plain text, Markdown or an explain view."""
from __future__ import annotations

import json
from dataclasses import dataclass

from declutter.document import TRACED_FIELDS, Document
from declutter.errors import ConfigError

FORMATS = ("json", "text", "markdown")


def render(doc: Document, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(doc.to_dict(), ensure_ascii=False, indent=2)
    if fmt == "text":
        return doc.text
    if fmt == "markdown":
        return to_markdown(doc)
    raise ConfigError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def to_markdown(doc: Document) -> str:
    parts = []
    if doc.title:
        parts.append(f"# {doc.title}")
    byline = " · ".join(x for x in (doc.source, doc.author, doc.published) if x)
    if byline:
        parts.append(f"*{byline}*")
    parts.extend(b.text for b in doc.kept_blocks)
    if doc.related:
        parts.append("## Related")
        parts.append("\n".join(f"- {r.title}" + (f" ({r.source})" if r.source else "") for r in doc.related))
    return "\n\n".join(parts)


@dataclass(frozen=True)
class ExplainRow:
    line: int
    kept: bool
    kind: str  # "" for kept blocks
    by: str  # the extractor that decided ("" when none did: kept by default)
    text: str


def explain_fields(doc: Document) -> list[str]:
    """The metadata fields and where each came from ("title: X  (line 3, printed-twice)")."""
    lines = []
    for name in TRACED_FIELDS:
        value, origin = getattr(doc, name), doc.origins.get(name)
        where = "" if origin is None else f"  ({'line ' + str(origin.line) + ', ' if origin.line else ''}{origin.how})"
        lines.append(f"{name}: {value if value is not None else '-'}{where}")
    return lines


def explain_rows(doc: Document, only_removed: bool = False) -> list[ExplainRow]:
    """Every block with its decision, its kind and the extractor that decided."""
    return [
        ExplainRow(b.line, b.kept, b.kind or "", b.by or "", b.text)
        for b in doc.blocks
        if not (only_removed and b.kept)
    ]
