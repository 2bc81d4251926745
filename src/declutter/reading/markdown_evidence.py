"""What one line of markdown says besides its plain text: how much of it
came from links and images (markdown_inline.py reads the line, markdown.py
gives its entry the line's kind from it)."""
from __future__ import annotations

import re
from dataclasses import dataclass

# What may stand between the links of a line of links only ("Home | News").
_SEPARATORS = re.compile(r"[\s|•·/,;:\-–—»›>]+")


@dataclass(slots=True)  # not frozen: one is made per line, and frozen fields cost a call each
class Inline:
    """One line's plain text and how much of it came from links and images."""

    plain: str
    link_chars: int  # characters of ``plain`` that were link text
    links: int
    images: int
    image_only: bool = False  # nothing but images (linked or not): ``plain`` is their alt text
    strong: bool = False  # the whole line was in ** or __ (html2text's bold "headings")
    link_only: bool = False  # only link text, besides separators and white space (see with_links)


def with_links(plain: str, link_chars: int, links: int, images: int, image_only: bool = False, strong: bool = False) -> Inline:
    """An Inline of a line that may hold links, with ``link_only`` worked out."""
    link_only = links > 0 and bool(plain) and (link_chars >= len(plain) or _separators_besides(plain, link_chars))
    return Inline(plain, link_chars, links, images, image_only, strong, link_only)


def _separators_besides(plain: str, link_chars: int) -> bool:
    """Whether ``plain`` holds no more than ``link_chars`` characters besides separators.

    A line of prose with a link in it has more such characters a few words in:
    its head says no before the whole line is read.
    """
    head = plain[: 2 * link_chars + 2]
    if len(head) < len(plain) and len(_SEPARATORS.sub("", head)) > link_chars:
        return False
    return len(_SEPARATORS.sub("", plain)) <= link_chars
