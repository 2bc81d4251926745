"""Markdown scrapes split into lines a line-based cleaner can label.

Reader services and converters (html2text, markdownify...) write pages as
markdown. ``markdown_lines`` gives one ``MarkdownLine`` per block-to-be with
its offsets into the original text (so the caller can slice the markdown
back), its kind, its level, its plain text and the link and image evidence
that markup carries and plain text loses.

Lines, not paragraphs: consecutive paragraph lines stay separate entries.
html2text with body_width=0 and markdownify never wrap a paragraph, so a line
break there is a break in the page (a <br>, or blocks the converter did not
separate), and joining "Home" and "News" into one paragraph would hide a menu
from the cleaner, while a hand-wrapped paragraph cut into lines only shows it
several lines of prose. The one join: an indented line right under a list
item with no marker of its own is that item continued (html2text's <br> and
<p> inside <li>), and becomes part of the item's entry.

Every non-blank source line belongs to exactly one entry; markup-only lines
(rules, table separators, reference definitions, front matter) have ``plain``
"". Indented code blocks are not recognised: converters indent nested lists
and list continuations, and four spaces there are not code. A fence that never
closes is a line of text, not code to the end of the page.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from itertools import accumulate

from .markdown_detect import looks_like_markdown
from .markdown_evidence import Inline
from .markdown_front import FrontMatter, front_matter
from .markdown_inline import Inlines
from .markdown_table import opens_table, table_row
from .markdown_text import collapsed, has_markup

__all__ = ["FrontMatter", "LineKind", "MarkdownLine", "front_matter", "looks_like_markdown", "markdown_lines"]

class LineKind(Enum):
    FRONT_MATTER = "front_matter"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    TABLE_ROW = "table_row"
    CODE = "code"
    RULE = "rule"
    IMAGE = "image"  # a line of images only: ``plain`` is their alt text
    LINK = "link"  # a line of links only (separators aside)
    REFERENCE = "reference"  # "[1]: https://..."


@dataclass(slots=True)  # not frozen: a frozen dataclass costs a call per field set, per line
class MarkdownLine:
    """One entry: where it is, what block it is, and its inline text's evidence.

    markdown_page gives the entries that say something as the spans of its
    blocks, and a code block as one such line per line of code.
    """

    start: int  # offsets into the text given: text[start:end] is the entry's markdown
    end: int
    line: int  # 1-based number of its first source line (a code line's span: its code block's)
    kind: LineKind
    level: int  # heading level, list depth (1 = top), quote depth; 0 otherwise
    inline: Inline  # its text and evidence (links, images, strong), shared by lines of the same text: replaced, never changed
    ordered: bool = False  # a numbered list item

    @property
    def plain(self) -> str:
        """Code blocks keep their line breaks; every other entry is one line."""
        return self.inline.plain

    @property
    def link_density(self) -> float:
        plain = self.inline.plain
        return self.inline.link_chars / len(plain) if plain else 0.0

    @property
    def entry(self) -> int:
        """Which entry a span came from, by its first line: a code block's lines share it."""
        return self.line


# An ATX heading; its closing hashes are cut off by _heading_text (a lazy
# group before an optional closing sequence tried the rest at every character).
_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]+(.*))?")
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*")
_RULE = re.compile(r" {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})[^`]*")
_BULLET = re.compile(r"([ \t]*)([-*+•]|\d{1,9}[.)])(?:[ \t]+|$)")
_QUOTE = re.compile(r" {0,3}(>[ \t]?)+")
_REFERENCE_DEF = re.compile(r" {0,3}\[[^\]\n]+\]:[ \t]*\S+.*")
# The characters a block marker opens with (a digit too: "1."): a line that opens
# with anything else is text, and the block patterns need not be tried on it.
_BLOCK_MARKS = frozenset("#=-*_+>[|`~•")

def markdown_lines(text: str) -> list[MarkdownLine]:
    """One entry per block-to-be of the markdown ``text``, in order."""
    entries: list[MarkdownLine] = []
    meta, body_start = front_matter(text)
    lines = _source_lines(text)
    i = 0
    if meta is not None:
        while i < len(lines) and lines[i][0] < body_start:
            i += 1
        entries.append(MarkdownLine(0, body_start, 1, LineKind.FRONT_MATTER, 0, Inline("", 0, 0, 0)))
    inlines = Inlines()
    stack: list[tuple[int, bool]] = []  # list indents (column, set from a marker on the same line)
    previous_blank = True
    count = len(lines)
    while i < count:
        raw = lines[i][1]
        if not raw or raw.isspace():
            previous_blank, i = True, i + 1
            continue
        first = raw.lstrip(" \t")[0]
        if first not in _BLOCK_MARKS and not first.isdigit() and "|" not in raw and not (stack and raw[0] in " \t"):
            # A line that opens with a letter (most of a page), in no table and under no
            # list item: a paragraph's, with no block marker to look for.
            stack.clear()
            text = raw.strip()
            if "](" in text or has_markup(text):
                entries.append(_text_line(lines, i, 0, inlines[text.rstrip("\\")]))
            else:  # and no inline markup (prose): its own plain text, as to_plain gives it, seldom repeated
                entries.append(_entry(lines, i, LineKind.PARAGRAPH, 0, Inline(collapsed(text), 0, 0, 0)))
            previous_blank, i = False, i + 1
            continue
        after = _fence(lines, i) if first in "`~" else None
        if after is not None:
            inner = "\n".join(line for _, line in lines[i + 1 : after - 1])
            code = _entry(lines, i, LineKind.CODE, 0, Inline(inner, 0, 0, 0))
            code.end = _line_end(lines, after - 1)
            entries.append(code)
            previous_blank, i = False, after
            continue
        if "|" in raw and opens_table(lines, i):
            while i < count and "|" in lines[i][1] and lines[i][1].strip():
                entries.append(_entry(lines, i, LineKind.TABLE_ROW, 0, table_row(lines[i][1], inlines)))
                i += 1
            previous_blank = False
            continue
        entry = _one_line(lines, i, first, entries, stack, previous_blank, inlines)
        if entry is not None:
            entries.append(entry)
        previous_blank, i = False, i + 1
    return entries


def _one_line(
    lines: list[tuple[int, str]], i: int, first: str, entries: list[MarkdownLine], stack: list[tuple[int, bool]], previous_blank: bool,
    inlines: Inlines,
) -> MarkdownLine | None:
    """The entry for line ``i`` (``first``: its first character after spaces and
    tabs), or None when it extended the last entry (changed in place).

    Each block pattern is tried only on a line that opens with a character it
    can open with: a list item need not fail five patterns first.
    """
    raw = lines[i][1]
    last = entries[-1] if entries else None
    underline = _SETEXT.fullmatch(raw) if first in "=-" else None
    if underline and last is not None and not previous_blank and last.kind is LineKind.PARAGRAPH and last.line == i:
        level = 1 if underline.group(1)[0] == "=" else 2
        last.kind, last.level, last.end = LineKind.HEADING, level, _line_end(lines, i)
        return None
    if underline or (first in "*-_" and raw.count(first) >= 3 and _RULE.fullmatch(raw)):  # three marks at least
        stack.clear()
        return _entry(lines, i, LineKind.RULE, 0, Inline("", 0, 0, 0))
    heading = _ATX.fullmatch(raw) if first == "#" else None
    if heading:
        stack.clear()
        return _entry(lines, i, LineKind.HEADING, len(heading.group(1)), inlines[_heading_text(heading)])
    if first == "[" and "]:" in raw and _REFERENCE_DEF.fullmatch(raw):  # most such lines are links
        return _entry(lines, i, LineKind.REFERENCE, 0, Inline("", 0, 0, 0))
    quote = _QUOTE.match(raw) if first == ">" else None
    if quote:
        depth = quote.group(0).count(">")
        content = _strip_markers(raw[quote.end() :])
        return _entry(lines, i, LineKind.QUOTE, depth, inlines[content])
    bullet = _BULLET.match(raw) if first in "-*+•" or first.isdigit() else None
    if bullet:
        return _list_item(lines, i, bullet, stack, inlines)
    indent = _indent(raw)
    if stack and indent > 0 and not previous_blank and last is not None and last.kind is LineKind.LIST_ITEM:
        # The item continued on an indented line: one entry, its plain text joined.
        last.end, last.inline = _line_end(lines, i), _joined(last.inline, inlines[raw.strip().rstrip("\\")])
        return None
    if indent == 0:
        stack.clear()
    level = sum(1 for column, _ in stack if column < indent) if stack else 0
    return _text_line(lines, i, level, inlines[raw.strip().rstrip("\\")])


def _text_line(lines: list[tuple[int, str]], i: int, level: int, inline: Inline) -> MarkdownLine:
    """A line with no block marker: a paragraph's, or one of images or of links only."""
    kind = LineKind.IMAGE if inline.image_only else LineKind.LINK if inline.link_only else LineKind.PARAGRAPH
    return _entry(lines, i, kind, level, inline)


def _joined(item: Inline, more: Inline) -> Inline:
    """A list item's text and evidence with those of the line that continues it."""
    return Inline(
        f"{item.plain} {more.plain}".strip(), item.link_chars + more.link_chars, item.links + more.links, item.images + more.images,
        item.image_only and more.image_only, item.strong, item.link_only and (more.link_only or not more.plain),
    )


def _list_item(
    lines: list[tuple[int, str]], i: int, bullet: re.Match[str], stack: list[tuple[int, bool]], inlines: Inlines
) -> MarkdownLine:
    indent = len(bullet.group(1).expandtabs(4))  # the marker's indent, blanks only: its column (as _indent counts)
    while stack and stack[-1][0] > indent:
        stack.pop()
    if stack and stack[-1][0] < indent and stack[-1][1]:
        stack[-1] = (indent, False)  # html2text's "*     * x": the siblings of x are at this column
    elif not stack or stack[-1][0] < indent:
        stack.append((indent, False))
    level = len(stack)
    content = lines[i][1][bullet.end() :]
    head = content[:1]  # no white space: the marker's pattern took it
    nested = _BULLET.match(content) if head in "-*+•" or head.isdigit() else None
    while nested and content.strip():  # a marker right after a marker: an item that opens with a list
        level += 1
        stack.append((indent + 1, True))
        content = content[nested.end() :]
        nested = _BULLET.match(content)
    heading = _ATX.fullmatch(content) if content[:1] == "#" else None
    if heading:  # "4. # Title": a heading inside an item (a teaser card's, a breadcrumb's last step)
        content = _heading_text(heading)
    inline = inlines[content.strip().rstrip("\\")]
    return _entry(lines, i, LineKind.LIST_ITEM, level, inline, bullet.group(2)[0].isdigit())


def _strip_markers(content: str) -> str:
    """A quote's content without a heading's hashes or a list marker of its own."""
    heading = _ATX.fullmatch(content)
    if heading:
        return _heading_text(heading)
    bullet = _BULLET.match(content)
    return content[bullet.end() :] if bullet else content


def _heading_text(heading: re.Match[str]) -> str:
    """An ATX heading's text: without the white space and the closing hashes after it
    ("## Title ##"); hashes that no white space parts from the text are the text's ("C#")."""
    text = (heading.group(2) or "").rstrip(" \t")
    unclosed = text.rstrip("#")
    return unclosed.rstrip(" \t") if unclosed[-1:] in (" ", "\t") else text


def _fence(lines: list[tuple[int, str]], i: int) -> int | None:
    """The index after the closing fence when line ``i`` opens a closed fence."""
    opening = _FENCE.fullmatch(lines[i][1])
    if opening is None:
        return None
    mark = opening.group(1)
    closing = re.compile(rf" {{0,3}}{re.escape(mark[0])}{{{len(mark)},}}[ \t]*")
    for j in range(i + 1, len(lines)):
        if closing.fullmatch(lines[j][1]):
            return j + 1
    return None


def _entry(lines: list[tuple[int, str]], i: int, kind: LineKind, level: int, inline: Inline, ordered: bool = False) -> MarkdownLine:
    """The entry of line ``i``: from its first non-blank character to its last."""
    start, raw = lines[i]
    return MarkdownLine(start + len(raw) - len(raw.lstrip()), start + len(raw.rstrip()), i + 1, kind, level, inline, ordered)


def _line_end(lines: list[tuple[int, str]], i: int) -> int:
    start, raw = lines[i]
    return start + len(raw.rstrip())


def _indent(raw: str) -> int:
    """The column of the first character, a tab counting as four (CommonMark's tab stop)."""
    if raw[:1] not in (" ", "\t"):
        return 0
    head = raw[: len(raw) - len(raw.lstrip(" \t"))]
    return len(head.expandtabs(4))


def _source_lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) for every line; lines end at "\\n" only, as split_blocks has them ("\\r" stays as white space)."""
    raw = text.split("\n")
    offsets = accumulate(map((1).__add__, map(len, raw)), initial=0)  # each line starts one past the last one's end
    # Offsets count the "\r"; the patterns need not.
    return list(zip(offsets, [line.rstrip("\r") for line in raw] if "\r" in text else raw))
