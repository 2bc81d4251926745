"""The publisher's name where the page prints it as such: the site part of the
page's title line printed again on its own (the logo's text), or the alt text
of a logo in the page's header, above its headline. Runs after the headline
extractor, whose "Headline | Site" reading of a title printed again wins. (A
copyright line names the owner, often a media group rather than the
publication: on the eval corpus it gave a wrong source three times in four.)"""
from __future__ import annotations

from declutter.blocks import MAX_NAME_WORDS, Block, edge_stripped
from declutter.document import Document
from declutter.extractor import extractor
from declutter.kinds import Kind
from declutter.phrases import PhraseBook, book_for
from declutter.settings import Settings
from declutter.titles.line import PAGE_TITLE_BLOCKS, folded_lines, title_separated

# How an image's alt text names the site's logo: "Logo Der Spiegel", "The Daily Courier logo".
_LOGO_PREFIX, _LOGO_SUFFIX = "logo ", " logo"


@extractor("publisher", assigns=("source",))
def find_publisher(doc: Document, settings: Settings) -> None:
    """The source: the page title's site part printed again on its own (the logo's text)."""
    if doc.source:
        return
    site = _title_site_printed(doc)
    if site is not None:
        doc.assign("source", site[0], "page-title-site", site[1])
        return
    logo = _header_logo(doc, book_for(settings, doc.language))
    if logo is not None:
        doc.assign("source", logo[0], "header-logo", logo[1])


def _header_logo(doc: Document, book: PhraseBook) -> tuple[str, Block] | None:
    """The name a logo's alt text gives ("Logo Der Spiegel", "Chicago Tribune
    logo") in the page's header: above the title, where the site's own logo
    is (partners' and sponsors' logos are further down, in the footer)."""
    origin = doc.origins.get("title")
    if origin is None or origin.line is None:
        return None
    for block in doc.blocks:
        if block.line >= origin.line:
            return None
        if block.kind != Kind.IMAGE_ALT:
            continue
        for pattern in book.logo_names:
            match = pattern.fullmatch(block.bare)
            name = edge_stripped(match.group("name")) if match else ""
            if name[:1].isupper() and len(name) > 1 and len(name.split()) <= MAX_NAME_WORDS and book.line_kind(name) is None:
                return name, block
    return None


def _without_logo(line: str) -> str:
    """A logo's alt text (case-folded) names the site too."""
    return line.removeprefix(_LOGO_PREFIX).removesuffix(_LOGO_SUFFIX)


def _title_site_printed(doc: Document) -> tuple[str, Block] | None:
    """The site part of "Headline | Site" (or "Site: Headline") in the page's
    first lines, when the page prints that name again as a line of its own
    (the logo's text). Only an outer part is a site: "Headline | Section |
    Site" names a section in the middle."""
    title = edge_stripped(doc.title or "").casefold()  # a short headline before a long site name is not the site
    names = [
        (name, first)
        for first in doc.blocks[:PAGE_TITLE_BLOCKS]
        for name in _site_names(title_separated(first.text))
        if name.casefold() != title
    ]
    if not names:
        return None
    # A line printing a name of that length, logo words included, is no longer.
    longest = max(len(name.casefold()) for name, _ in names) + len(_LOGO_PREFIX) + len(_LOGO_SUFFIX)
    lines = {_without_logo(line) for line in folded_lines(doc.blocks, longest)}
    return next(((name, first) for name, first in names if name.casefold() in lines), None)


def _site_names(parts: list[str]) -> list[str]:
    """The outer parts of a title line's ``parts`` that may name the site: short, and shorter than the rest."""
    names = []
    for site, rest in ((parts[-1], parts[:-1]), (parts[0], parts[1:])) if len(parts) > 1 else ():
        name = edge_stripped(site)
        if len(name) < len(" ".join(rest)) and len(name.split()) <= MAX_NAME_WORDS:
            names.append(name)
    return names
