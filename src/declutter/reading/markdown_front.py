"""YAML front matter at the top of a markdown page, read without PyYAML.

Static-site sources and some reader services open with ``---``, ``key: value``
lines and ``---``. Only flat ``key: value`` pairs are read (quotes removed,
an inline ``[a, b]`` list or a block list's first item for a list value):
enough for the metadata fields a cleaner fills, and nothing here can run code
or blow up on a hostile document. None of it is ever article text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# A block that opens with "---" but goes on past this many lines is a rule and
# text, not front matter.
MAX_LINES = 200
# A key may hold colons ("og:title", "article:published_time": converters that
# write a page's meta tags as front matter keep their names); YAML ends a key
# only at a colon followed by a space or the line's end. Dots too ("msvalidate.01").
_KEY_VALUE = re.compile(r"([A-Za-z_][\w.-]*(?::[\w.-]+)*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*")
_LIST_ITEM = re.compile(r"[ \t]+-[ \t]+(.*?)[ \t]*")
_CONTINUED = re.compile(r"[ \t]+\S.*|[ \t]*#.*|[ \t]*")  # nested mappings, comments, blank lines
# The names reader services and site generators give each field.
_FIELDS = {
    "title": "title",
    "url": "url", "canonical": "url", "canonical_url": "url", "link": "url",
    "date": "date", "published": "date", "pubdate": "date", "date_published": "date",
    "author": "author",
    "site_name": "site_name", "sitename": "site_name", "source": "site_name", "publisher": "site_name",
    "description": "description",
    "language": "language", "lang": "language",
}


@dataclass(frozen=True)
class FrontMatter:
    title: str | None = None
    url: str | None = None
    date: str | None = None  # as written: parsing dates is the date extractor's job
    author: str | None = None
    site_name: str | None = None
    description: str | None = None
    language: str | None = None
    fields: tuple[tuple[str, str], ...] = ()  # every flat key: value pair, in order


def front_matter(text: str) -> tuple[FrontMatter | None, int]:
    """The front matter and the offset where the page after it starts; (None, 0) if there is none."""
    head = text.removeprefix("\ufeff")
    skip = len(text) - len(head)
    if not head.startswith(("---\n", "---\r\n")):
        return None, 0
    offset = skip + head.index("\n") + 1
    pairs: list[tuple[str, str]] = []
    pending: str | None = None  # a key whose value is the block list under it
    for _ in range(MAX_LINES):
        newline = text.find("\n", offset)
        line = (text[offset:] if newline < 0 else text[offset:newline]).rstrip("\r")
        end = len(text) if newline < 0 else newline + 1
        if line in ("---", "..."):
            return (_front(pairs), end) if pairs else (None, 0)
        pair = _KEY_VALUE.fullmatch(line)
        item = _LIST_ITEM.fullmatch(line)
        if pair:
            value = _unquoted(pair.group(2) or "")
            pending = pair.group(1) if not value else None
            if value:
                pairs.append((pair.group(1), value))
        elif item and pending is not None:
            pairs.append((pending, _unquoted(item.group(1))))
            pending = None
        elif not _CONTINUED.fullmatch(line):
            return None, 0  # prose under a rule: not front matter
        if newline < 0:
            return None, 0
        offset = end
    return None, 0


def _front(pairs: list[tuple[str, str]]) -> FrontMatter:
    found: dict[str, str] = {}
    for key, value in pairs:
        name = _FIELDS.get(key.lower())
        if name and name not in found and value:
            found[name] = value  # the first of synonyms wins (title before a later og title)
    return FrontMatter(**found, fields=tuple(pairs))


def _unquoted(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    if value.startswith("[") and value.endswith("]"):
        return ", ".join(_unquoted(part) for part in value[1:-1].split(",") if part.strip())
    if value in ("|", ">", "|-", ">-"):
        return ""  # a block scalar: its lines are not read
    return value
