"""Markdown inline syntax to plain text, with the evidence a cleaner wants.

One line's content (its block marker already removed) is scanned once, left
to right: links, images, reference links, autolinks, inline code and
backslash escapes become tokens; the text between them keeps its emphasis
marks until a last pass (markdown_text.py) removes those, so that ``**bold [link](u) more**``
loses its ``**`` although a link sits between them. Tokens stand in that pass
as one private-use character each, which the emphasis patterns see as a word
character, and are put back afterwards.

Images inside a line of other text are dropped, alt text and all: an alt
("Photo: Reuters") glued into a sentence spoils it, and plain-text scrapes
leave it out there too. A line of nothing but images gives their alt text
(``image_only``): the cleaner treats that like the image alt text it already
knows from plain scrapes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from declutter.reading.markdown_emphasis import STRONG
from declutter.reading.markdown_evidence import Inline, with_links
from declutter.reading.markdown_text import TOKEN_BASE, collapsed, finish, has_markup

# CommonMark's escapable characters: a backslash before anything else is text.
_ESCAPABLE = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^\s<>]+|[\w.+-]+@[\w-]+\.[\w.-]+)>")
# The second form: converters copy a URL's spaces as they are ("(/search?q=a b)",
# "(javascript:show(1, { x: 1 });)"), which CommonMark's destination does not
# allow; one that opens like a URL is read as one up to its closing parenthesis.
# Its runs are possessive (*+): what follows a run is never a character the run
# takes, so giving characters back cannot make a match, only rescans long URLs
# on a line that does not match.
_LINK_DEST = re.compile(
    r"\(\s*(?:<[^<>\n]*+>|[^\s()]*+(?:\([^\s()]*+\)[^\s()]*+)*+)(?:\s+(?:\"[^\"\n]*+\"|'[^'\n]*+'|\([^()\n]*+\)))?\s*\)"
    r"|\((?:[a-z]++:|/|#)[^()\n]*+(?:\([^()\n]*+\)[^()\n]*+)*+\)"
)
_SPECIAL = re.compile(r"[\\`<\[!]")
_BRACKETS = re.compile(r"\\.|\[|\]")  # an escape is skipped whole; three literals, as the emphasis patterns (markdown_emphasis.py)
_REFERENCE = re.compile(r"\[[^\[\]\n]*+\]")
# A link or an image whose label holds no bracket, escape, code or tag, as
# most are: found by one pattern, where _scan walks the line in Python.
# Its opening, "![" (an image) or "[", is two literals, as the emphasis patterns; its label.
_SIMPLE_LINK = re.compile(r"(!\[|\[)([^\[\]\\`<]*+)\](?:" + _LINK_DEST.pattern + "|" + _REFERENCE.pattern + ")")
# A linked image alone ("[![alt](src)](href)", a teaser's thumbnail; markdownify
# writes "[ ![alt](src) ](href)") whose alt holds what a simple label holds:
# read as _scan reads it, without the walk.
_LINKED_IMAGE = re.compile(
    r"\[[ \t]*!\[([^\[\]\\`<]*+)\](?:" + _LINK_DEST.pattern + r")[ \t]*\](?:" + _LINK_DEST.pattern + "|" + _REFERENCE.pattern + ")"
)

class Inlines(dict[str, Inline]):
    """One page's lines as ``to_plain`` reads them, each distinct line read once:
    menus, footers and share links repeat their lines on a page.
    The Inline values are shared: no caller may change them."""

    def __missing__(self, source: str) -> Inline:
        inline = self[source] = to_plain(source)
        return inline


@dataclass
class _Scan:
    tokens: list[str]
    link_chars: int = 0
    links: int = 0
    images: int = 0
    alts: list[str] | None = None  # alt texts, in order, for an image-only line


def to_plain(source: str) -> Inline:
    """``source`` (one line of markdown, without its block marker) as plain text."""
    if "](" in source and source.count("]") > source.count("["):  # a "]" with no "[" of its own
        source = _opened_before(source)
    if not has_markup(source):
        return Inline(collapsed(source), 0, 0, 0)
    if source[:1] == "[" and (len(source) == 1 or source.startswith("![", 1)) and _matching_bracket(source, 0) < 0:
        source = source[1:]  # a link that closes on a later line opens here: its "[" says nothing
    # One link or image alone opens with "[" or "!" and closes its destination or reference.
    lone = _SIMPLE_LINK.fullmatch(source) if source[:1] in ("[", "!") and source[-1:] in (")", "]") else None
    if lone is not None:  # a menu item, a logo: one link or image and nothing else
        text = finish(lone.group(2), [])
        if lone.group(1) == "![":
            return Inline(text, 0, 0, 1, image_only=True)
        return with_links(text, len(text), 1, 0)
    # Only its own two pairs of brackets and no escape: bracket matching cannot pair them otherwise.
    alone = source[:1] == "[" and source.count("[") == source.count("]") == 2 and "\\" not in source
    linked = _LINKED_IMAGE.fullmatch(source) if alone else None
    if linked is not None:
        return with_links(finish(linked.group(1), []), 0, 1, 1, image_only=True)
    scan = _Scan(tokens=[], alts=[])
    marked = _simple_scan(source, scan)
    if marked is None:
        scan = _Scan(tokens=[], alts=[])
        marked = _scan(source, scan, in_link=False)
    strong = marked.lstrip()[:2] in ("**", "__") and bool(STRONG.fullmatch(marked.strip()))
    plain = finish(marked, scan.tokens)
    if scan.images and not plain:
        # Only images (a logo, a linked thumbnail; dropped from ``plain``): their alt text is the line.
        alt = " ".join(a for a in (scan.alts or []) if a)
        return with_links(alt, 0, scan.links, scan.images, image_only=True)
    link_chars = min(scan.link_chars, len(plain))
    return with_links(plain, link_chars, scan.links, scan.images, strong=strong)


def _opened_before(source: str) -> str:
    """``source`` with a "[" put before it when a link opened on an earlier line
    closes on it ("Headline](/story)"): markdownify writes a link around block
    content (an image, then a headline) over several lines."""
    depth = 0
    for mark in _BRACKETS.finditer(source):
        char = mark.group()
        if char == "[":
            depth += 1
        elif char == "]":
            if depth == 0:
                return "[" + source if _LINK_DEST.match(source, mark.end()) else source
            depth -= 1
    return source


def _simple_scan(source: str, scan: _Scan) -> str | None:
    """What _scan gives for a line whose links and images are all simple
    (_SIMPLE_LINK) and whose other text needs no scan; None for other lines."""
    parts = _SIMPLE_LINK.split(source)  # the text before each link, its opening, its label; the text after
    if _scan_needed("".join(parts[::3])):
        return None
    out: list[str] = []
    for at in range(1, len(parts), 3):
        out.append(parts[at - 1])
        out.append(_simple_token(scan, parts[at] == "![", parts[at + 1]))
    out.append(parts[-1])
    return "".join(out)


def _scan_needed(text: str) -> bool:
    """Whether text outside the simple links holds what only _scan reads right
    (looked for as has_markup looks: by str's own search)."""
    return "[" in text or "\\" in text or "`" in text or "<" in text


def _simple_token(scan: _Scan, image: bool, label: str) -> str:
    """A simple link's or image's token, counted as _bracket counts it."""
    if image:
        scan.images += 1
        if scan.alts is not None:
            scan.alts.append(finish(label, []))
        return _token(scan, "")
    text = finish(label, []).strip()
    scan.links += 1
    scan.link_chars += len(text)
    lead = " " if label[:1].isspace() else ""
    trail = " " if label[-1:].isspace() else ""
    return _token(scan, f"{lead}{text}{trail}" if text else "")


def _scan(source: str, scan: _Scan, in_link: bool) -> str:
    """``source`` with every link, image, code span and escape replaced by a token."""
    out: list[str] = []
    i, n = 0, len(source)
    while i < n:
        special = _SPECIAL.search(source, i)  # jump over plain text: a loop per character cost most of the time
        if special is None:
            out.append(source[i:])
            break
        if special.start() > i:
            out.append(source[i : special.start()])
            i = special.start()
        char = source[i]
        if char == "\\" and i + 1 < n and source[i + 1] in _ESCAPABLE:
            out.append(_token(scan, source[i + 1]))
            i += 2
        elif char == "`":
            i = _code_span(source, i, scan, out)
        elif char == "<" and (auto := _AUTOLINK.match(source, i)):
            scan.links += 1
            scan.link_chars += len(auto.group(1))
            out.append(_token(scan, auto.group(1)))
            i = auto.end()
        elif char == "[" or (char == "!" and source.startswith("[", i + 1)):
            i = _bracket(source, i, scan, out, in_link)
        else:
            out.append(char)
            i += 1
    return "".join(out)


def _code_span(source: str, i: int, scan: _Scan, out: list[str]) -> int:
    """An inline code span from ``i``: its text kept as is, ticks dropped."""
    ticks = 1
    while source.startswith("`", i + ticks):
        ticks += 1
    run = source[i : i + ticks]
    close = source.find(run, i + ticks)
    if close < 0:
        out.append(run)  # an unmatched tick is text
        return i + ticks
    out.append(_token(scan, source[i + ticks : close].strip()))
    return close + ticks


def _bracket(source: str, i: int, scan: _Scan, out: list[str], in_link: bool) -> int:
    """A link or an image at ``i`` as a token; a bracket that opens neither is text."""
    image = source[i] == "!"
    open_at = i + 1 if image else i
    close = _matching_bracket(source, open_at)
    if close < 0:
        out.append(source[i : open_at + 1])
        return open_at + 1
    label = source[open_at + 1 : close]
    dest = _LINK_DEST.match(source, close + 1)
    ref = None if dest else _REFERENCE.match(source, close + 1)
    if dest is None and ref is None:
        # "[1]" or "[sic]" in prose: brackets kept, their content still scanned.
        out.append(source[i : open_at + 1] + _scan(label, scan, in_link) + "]")
        return close + 1
    end = (dest or ref).end()  # type: ignore[union-attr]  # one of them matched
    if image:
        scan.images += 1
        alt_scan = _Scan(tokens=[])
        alt = finish(_scan(label, alt_scan, True), alt_scan.tokens)
        if scan.alts is not None:
            scan.alts.append(alt)
        out.append(_token(scan, ""))  # dropped in the line; kept as alt if the line is only images
        return end
    inner = _Scan(tokens=[], alts=scan.alts)
    text = finish(_scan(label, inner, True), inner.tokens).strip()
    scan.images += inner.images
    scan.links += 1 if not in_link else 0
    scan.link_chars += len(text)
    # White space at the label's edges is the text's ("the[ Go Fund Me ](u)page",
    # as converters write "the<a> Go Fund Me </a>page"): it parts the words.
    lead = " " if label[:1].isspace() else ""
    trail = " " if label[-1:].isspace() else ""
    out.append(_token(scan, f"{lead}{text}{trail}" if text else ""))
    return end


def _matching_bracket(source: str, open_at: int) -> int:
    """Where the "[" at ``open_at`` closes (nested brackets, escapes, code), -1 if not on the line."""
    depth = 0
    for mark in _BRACKETS.finditer(source, open_at):
        char = mark.group()
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0:
                return mark.start()
    return -1


def _token(scan: _Scan, text: str) -> str:
    scan.tokens.append(text)
    return chr(TOKEN_BASE + len(scan.tokens) - 1)
