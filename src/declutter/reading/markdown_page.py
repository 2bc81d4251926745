"""A markdown page as the plain text the pipeline cleans, with a way back to its markdown.

``markdown_page`` turns the entries of ``markdown_lines`` into plain text, one
line per entry that says something (a code block: one line per line of code).
Front matter, rules, table separators and reference definitions say nothing
and give no line; a fenced code block's fences give none either. Every line of
the plain text is one block (``blocks.split_blocks``), so ``spans[i]`` is where
block ``i`` came from in the markdown, with the evidence its markup carried:
the entry itself, or for a line of code one of its own.
"""
from __future__ import annotations

from dataclasses import dataclass

from .markdown import FrontMatter, LineKind, MarkdownLine, front_matter, markdown_lines
from .markdown_evidence import Inline

__all__ = ["MarkdownPage", "MarkdownSpan", "markdown_page"]

# Where one block came from in the markdown (markdown[start:end] is its own
# markdown), and what its markup said.
MarkdownSpan = MarkdownLine


@dataclass(frozen=True)
class MarkdownPage:
    text: str  # the plain text: one line per block
    spans: list[MarkdownSpan]  # spans[i]: block i's markdown
    front: FrontMatter | None


def markdown_page(markdown: str) -> MarkdownPage:
    """The plain text of ``markdown`` and, per line of it, its markdown span."""
    lines: list[str] = []
    spans: list[MarkdownSpan] = []
    for entry in markdown_lines(markdown):
        plain = entry.inline.plain
        if not plain or plain.isspace():
            continue
        if entry.kind is LineKind.CODE:
            _code_lines(markdown, entry, lines, spans)
            continue
        # One entry, one line: a line break inside (an entity's) would make two blocks of one span.
        # (Its ends are stripped already.)
        lines.append(plain.replace("\n", " ") if "\n" in plain else plain)
        spans.append(entry)
    meta = front_matter(markdown)[0] if markdown.startswith(("---", "\ufeff---")) else None
    return MarkdownPage("\n".join(lines), spans, meta)


def _code_lines(markdown: str, code: MarkdownLine, lines: list[str], spans: list[MarkdownSpan]) -> None:
    """The lines between a code block's fences, each a block of its own."""
    first = markdown.find("\n", code.start, code.end)
    last = markdown.rfind("\n", code.start, code.end)
    if first < 0 or last <= first:
        return
    offset = first + 1
    for line in markdown[offset:last].split("\n"):
        stripped = line.strip()
        if stripped:
            at = offset + len(line) - len(line.lstrip())
            lines.append(stripped)
            spans.append(MarkdownLine(at, at + len(stripped), code.line, LineKind.CODE, 0, Inline(stripped, 0, 0, 0)))
        offset += len(line) + 1
