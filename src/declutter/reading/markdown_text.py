"""The last pass over a line of markdown's text (markdown_inline.py's): emphasis
marks, tags and entities removed, the tokens that stood for links, images, code
and escapes put back, white space collapsed."""
from __future__ import annotations

import html
import re

from declutter.reading.markdown_emphasis import without_emphasis

# A token's place in the text during the emphasis pass: private-use code
# points never come out of converters, and each token gets its own.
TOKEN_BASE = 0xF0000
_TOKEN_CHAR = re.compile("[\U000F0000-\U000FFFFF]")
_TAG = re.compile(r"<!--.*?-->|</?([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?/?>", re.DOTALL)
# Tags left inline that break the line or end a block where the page shows them
# ("one<br>two", "</p><p>"): removed, they would glue the words on either side.
_BREAKING_TAGS = frozenset("br hr p div li ul ol dd dt dl tr td th table h1 h2 h3 h4 h5 h6 blockquote section article figure".split())


def finish(marked: str, tokens: list[str]) -> str:
    """Emphasis, tags and entities removed, tokens put back, white space collapsed.

    Each emphasis pass runs only when the text holds its marks.
    """
    if not has_markup(marked):  # most link labels and many lines: nothing to remove
        return collapsed(_put_back(marked, tokens) if tokens else marked)
    text = _TAG.sub(_tag_gap, marked) if "<" in marked else marked
    if "*" in text or "_" in text or "~" in text:
        text = without_emphasis(text)
    if tokens:
        text = _put_back(text, tokens)
    return collapsed(html.unescape(text) if "&" in text else text)


def _tag_gap(tag: re.Match[str]) -> str:  # what a tag left inline leaves: a space where the page breaks
    return " " if (tag.group(1) or "").lower() in _BREAKING_TAGS else ""


def has_markup(text: str) -> bool:
    """Whether ``text`` holds a character inline markup needs: a line without any
    is its own plain text. Each is looked for by str's own search, where a
    pattern's character set tests the line's characters one by one."""
    return (
        "[" in text or "!" in text or "*" in text or "_" in text or "\\" in text
        or "`" in text or "<" in text or "~" in text or "&" in text
    )


def _put_back(marked: str, tokens: list[str]) -> str:
    """The tokens' texts in the place of their characters, in one pass: a page
    written as one line has a thousand tokens, and a pass per token is quadratic."""

    def text(char: re.Match[str]) -> str:  # a private-use character of the page's own stays
        index = ord(char.group()) - TOKEN_BASE
        return tokens[index] if index < len(tokens) else char.group()

    return _TOKEN_CHAR.sub(text, marked)


def collapsed(text: str) -> str:
    """Runs of spaces, tabs and no-break spaces as one space, the ends stripped.

    str's own replace, not a pattern: a character set tests every character
    of the line, replace jumps from one run to the next; each pass halves a run.
    """
    if "\t" in text or "\u00a0" in text:
        text = text.replace("\t", " ").replace("\u00a0", " ")
    while "  " in text:
        text = text.replace("  ", " ")
    return text.strip()
