"""A markdown page as the plain text the pipeline cleans, with a way back to its markdown.

``markdown_page`` turns the entries of ``markdown_lines`` into plain text, one
line per entry that says something (a code block: one line per line of code).
Front matter, rules, table separators and reference definitions say nothing
and give no line; a fenced code block's fences give none either. Every line of
the plain text is one block (``blocks.split_blocks``), so ``spans[i]`` is where
block ``i`` came from in the markdown, with the evidence its markup carried.
"""
from __future__ import annotations

from dataclasses import dataclass

from .markdown import FrontMatter, LineKind, front_matter, markdown_lines

__all__ = ["MarkdownPage", "MarkdownSpan", "markdown_page"]


@dataclass(slots=True)  # not frozen: one is made per line, and frozen fields cost a call each
class MarkdownSpan:
    """Where one block came from in the markdown, and what its markup said."""

    start: int  # markdown[start:end] is the block's own markdown
    end: int
    kind: LineKind
    level: int  # heading level, list depth, quote depth; 0 otherwise
    entry: int  # the MarkdownLine's index: the lines of one code block share it
    chars: int = 0  # characters of the entry's plain text
    link_chars: int = 0  # of them, link text
    links: int = 0
    image_only: bool = False
    link_only: bool = False
    ordered: bool = False

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0


@dataclass(frozen=True)
class MarkdownPage:
    text: str  # the plain text: one line per block
    spans: list[MarkdownSpan]  # spans[i]: block i's markdown
    front: FrontMatter | None


def markdown_page(markdown: str) -> MarkdownPage:
    """The plain text of ``markdown`` and, per line of it, its markdown span."""
    lines: list[str] = []
    spans: list[MarkdownSpan] = []
    for index, entry in enumerate(markdown_lines(markdown)):
        plain = entry.plain
        if not plain or plain.isspace():
            continue
        if entry.kind is LineKind.CODE:
            _code_lines(markdown, entry.start, entry.end, index, lines, spans)
            continue
        # One entry, one line: a line break inside would make two blocks of one span.
        lines.append(plain.replace("\n", " ").strip())
        spans.append(
            MarkdownSpan(
                entry.start, entry.end, entry.kind, entry.level, index, len(plain),
                entry.link_chars, entry.links, entry.image_only, entry.link_only, entry.ordered,
            )
        )
    meta = front_matter(markdown)[0] if markdown.startswith(("---", "\ufeff---")) else None
    return MarkdownPage("\n".join(lines), spans, meta)


def _code_lines(markdown: str, start: int, end: int, index: int, lines: list[str], spans: list[MarkdownSpan]) -> None:
    """The lines between a code block's fences, each a block of its own."""
    first = markdown.find("\n", start, end)
    last = markdown.rfind("\n", start, end)
    if first < 0 or last <= first:
        return
    offset = first + 1
    for line in markdown[offset:last].split("\n"):
        stripped = line.strip()
        if stripped:
            at = offset + len(line) - len(line.lstrip())
            lines.append(stripped)
            spans.append(MarkdownSpan(at, at + len(line.strip()), LineKind.CODE, 0, index, len(stripped)))
        offset += len(line) + 1
