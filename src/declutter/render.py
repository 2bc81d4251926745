"""Rendering a cleaned Document as JSON, plain text, Markdown or an explain view."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from declutter.blocks import Block
from declutter.document import TRACED_FIELDS, Document
from declutter.errors import ConfigError

if TYPE_CHECKING:  # the markdown reader is loaded by markdown pages only (api._markdown_document)
    from declutter.reading.markdown_page import MarkdownSpan

FORMATS = ("json", "text", "markdown")
_CELL = re.compile(r"(?<!\\)\|")  # a table cell's border, not an escaped "\|"


def render(doc: Document, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(doc.to_dict(), ensure_ascii=False, indent=2)
    if fmt == "text":
        return doc.text
    if fmt == "markdown":
        return to_markdown(doc)
    raise ConfigError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def to_markdown(doc: Document) -> str:
    """The title, a byline, then the article: for a markdown page the kept
    blocks' own markdown (headings, lists, emphasis, links), else their text."""
    parts = []
    if doc.title:
        parts.append(f"# {doc.title}")
    byline = " · ".join(x for x in (doc.source, doc.author, doc.published) if x)
    if byline:
        parts.append(f"*{byline}*")
    if doc.markdown is not None and len(doc.markdown_spans) == len(doc.blocks):
        parts.extend(_own_markdown(doc.markdown, doc.blocks, doc.markdown_spans))
    else:
        parts.extend(b.text for b in doc.kept_blocks)
    if doc.related:
        parts.append("## Related")
        parts.append("\n".join(f"- {r.title}" + (f" ({r.source})" if r.source else "") for r in doc.related))
    return "\n\n".join(parts)


def _own_markdown(markdown: str, blocks: list[Block], spans: list[MarkdownSpan]) -> list[str]:
    """The kept blocks' markdown, one part per paragraph, heading, list, table or code block.

    Items of a list and rows of a table are one part (their lines together);
    a nested item keeps its indentation only under another kept item, and
    a table gets its separator row after its first kept row. Lines of one
    code block are fenced again around the ones kept.
    """
    from declutter.reading.markdown import LineKind

    parts: list[str] = []
    previous: MarkdownSpan | None = None
    for block, span in zip(blocks, spans):
        if block.kind is not None:
            continue
        own = markdown[span.start : span.end]
        same = previous is not None and previous.kind is span.kind
        if span.kind is LineKind.CODE:
            if same and previous is not None and previous.entry == span.entry:
                parts[-1] = parts[-1].removesuffix("\n```") + f"\n{own}\n```"
            else:
                parts.append(f"```\n{own}\n```")
        elif span.kind is LineKind.LIST_ITEM and same:
            line_start = markdown.rfind("\n", 0, span.start) + 1
            parts[-1] += "\n" + markdown[line_start : span.end]
        elif span.kind is LineKind.TABLE_ROW:
            if same:
                parts[-1] += "\n" + own
            else:
                cells = max(1, len(_CELL.split(own.strip().strip("|"))))
                parts.append(own + "\n" + "|" + " --- |" * cells)
        else:
            parts.append(own)
        previous = span
    return parts


@dataclass(frozen=True)
class ExplainRow:
    line: int
    kept: bool
    kind: str  # "" for kept blocks
    by: str  # the extractor that decided ("" when none did: kept by default)
    text: str
    rule: str = ""  # the settings file's rule that decided ("file [section] key"), if one did


def explain_fields(doc: Document) -> list[str]:
    """The metadata fields and where each came from ("title: X  (line 3, printed-twice)")."""
    lines = []
    for name in TRACED_FIELDS:
        value, origin = getattr(doc, name), doc.origins.get(name)
        where = "" if origin is None else f"  ({'line ' + str(origin.line) + ', ' if origin.line else ''}{origin.how})"
        lines.append(f"{name}: {value if value is not None else '-'}{where}")
    return lines


def explain_rows(doc: Document, only_removed: bool = False) -> list[ExplainRow]:
    """Every block with its decision, its kind, the extractor and the settings rule that decided."""
    return [
        ExplainRow(b.line, b.kept, b.kind or "", b.by or "", b.text, str(b.rule) if b.rule is not None else "")
        for b in doc.blocks
        if not (only_removed and b.kept)
    ]
