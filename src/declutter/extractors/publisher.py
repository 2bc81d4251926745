"""The publisher's name where the page prints it as such: the site part of the
page's title line printed again on its own (the logo's text). Runs after the
headline extractor, whose "Headline | Site" reading of a title printed again
wins. (A copyright line names the owner, often a media group rather than the
publication: on the eval corpus it gave a wrong source three times in four.)"""
from __future__ import annotations

from declutter.blocks import MAX_NAME_WORDS, Block, edge_stripped
from declutter.document import Document
from declutter.extractor import extractor
from declutter.extractors.headline import PAGE_TITLE_BLOCKS, title_separated
from declutter.settings import Settings


@extractor("publisher", assigns=("source",))
def find_publisher(doc: Document, settings: Settings) -> None:
    """The source: the page title's site part printed again on its own (the logo's text)."""
    if doc.source:
        return
    site = _title_site_printed(doc)
    if site is not None:
        doc.assign("source", site[0], "page-title-site", site[1])
        return


def _without_logo(line: str) -> str:
    """"Logo Der Spiegel" and "The Daily Courier logo" (image alt text) name the site too."""
    return line.removeprefix("logo ").removesuffix(" logo")


def _title_site_printed(doc: Document) -> tuple[str, Block] | None:
    """The site part of "Headline | Site" (or "Site: Headline") in the page's
    first lines, when the page prints that name again as a line of its own
    (the logo's text). Only an outer part is a site: "Headline | Section |
    Site" names a section in the middle."""
    lines = {_without_logo(b.bare.casefold()) for b in doc.blocks}
    title = edge_stripped(doc.title or "").casefold()  # a short headline before a long site name is not the site
    for first in doc.blocks[:PAGE_TITLE_BLOCKS]:
        parts = title_separated(first.text)
        for site, rest in ((parts[-1], parts[:-1]), (parts[0], parts[1:])) if len(parts) > 1 else ():
            name = edge_stripped(site)
            shaped = len(name) < len(" ".join(rest)) and len(name.split()) <= MAX_NAME_WORDS
            if shaped and name.casefold() in lines and name.casefold() != title:
                return name, first
    return None
