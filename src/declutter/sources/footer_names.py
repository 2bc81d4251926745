"""A name a line prints alone that the page's copyright line prints without
holding it in the shape sources/names.py (copyright_named) asks for: "©
Internetredaktion Stadt Ahlen", "© Copyright 2019 MajkasWelt Impressum
Datenschutz", "Copyright 2022 SA LA NACION | Todos los derechos reservados".
Scrapes without the page's <title> line (inscriptis) print the site's name
only so, in its logo's line and its footer."""
from __future__ import annotations

import re

from declutter.blocks import Block, edge_stripped
from declutter.document import Document
from declutter.kinds import Kind
from declutter.phrases import PhraseBook
from declutter.sources.names import COPYRIGHT_SIGNS, holder_named, holds, logo_shaped, name_words

# Where a footer's line parts after a name: "© 2021 Name Shop | Imprint".
_PART_END = re.compile(r"\s[|·•/–—-]\s|[|·•]")
# Where a sentence or a footer's part ends before a name: "All rights reserved. ZDNet is a
# trademark of ...", "Imprint | PC Gamer is part of ...", a scrape's glued links' two spaces.
_PART_BEFORE_NAME = re.compile(r"[.!?|•·:]\s+|\s{2,}")


def copyright_printed(doc: Document, book: PhraseBook) -> tuple[str, Block, str] | None:
    """The one name a line prints alone, shaped as a publication's (names.py:
    logo_shaped), that a copyright line prints too (opening with its sign, or
    the phrase book's copyright line) where copyright_named found none held.
    Not a name the line goes on with a longer name's words ("Ente Parco" of
    "© 2020 Ente Parco Nazionale d'Abruzzo"), unless those end in a company's
    legal form or owner's word ("The Economist Newspaper Limited") or are the
    footer's links ("Impressum Datenschutz"); not in a line of a sign and the
    name alone, a photo's credit ("© Jane Doe"). Asked last, where nothing else
    named the source: on the eval corpus' text pages (bench meta) right 8
    times in 9 on inscriptis, 5 in 7 on htmltext (the wrong ones "Deine Welt"
    of "© 2011 PepTalks  Deine Welt", a reference naming no site)."""
    signed = [b for b in doc.blocks if b.bare.startswith(COPYRIGHT_SIGNS) or "©" in b.bare]
    footers = [b.bare for b in signed if b.bare.startswith(COPYRIGHT_SIGNS) or book.line_kind(b.bare) == Kind.COPYRIGHT]
    if not footers:
        return None
    found: dict[str, Block] = {}
    printed = "\n".join(footers)  # one search per line, not one per footer (most lines are in none)
    for block in doc.blocks:
        name = block.bare
        if not name or name not in printed or name in footers or name.casefold() in found:
            continue
        if logo_shaped(name, doc, book) and any(_printed_in(line, name, book) for line in footers):
            found[name.casefold()] = block
    if len(found) != 1:
        return None
    block = next(iter(found.values()))
    return block.bare, block, "copyright-printed"


def _printed_in(line: str, name: str, book: PhraseBook) -> bool:
    """Whether the copyright ``line`` prints ``name`` as a whole name, not held
    (names.py: holds, asked first) and not opening a longer name."""
    if len(line) <= len(name) + len("© ") or holds(line, name, book):
        return False
    # A whole word of the line: "VENEZUELA" is no name in "CARACAS-VENEZUELA".
    for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", line):
        part = _PART_END.split(line[match.end() :], maxsplit=1)[0]
        run = []
        for word in part.split():
            if not word[:1].isupper():
                break
            run.append(edge_stripped(word))
        if not run or book.owner_word.search(part) or all(book.line_kind(word) is not None for word in run):
            return True
    return False


def brand_named(doc: Document, book: PhraseBook) -> tuple[str, Block, str] | None:
    """The name a line says is a brand its owner holds, in a phrase of the
    book's ("PC Gamer is part of Future plc", "ZDNet is a trademark of CBS
    Interactive", "Eurailpress ist eine Marke der ..."): a site's footer names
    the site so, its owner after the phrase. The name opens the line or its
    sentence, and is shaped as a name (not "This article is part of a
    series"). Asked last: on the eval corpus' text pages (bench meta), where
    nothing else named the source, right 7 times in 8 (the wrong one
    "Wikipedia", the reference its owner's foundation)."""
    folded = doc.source_text.casefold()
    phrases = [phrase for phrase in book.brand_phrases if f" {phrase} " in folded]  # a fast scan: most pages print none
    if not phrases:
        return None
    said = re.compile(rf"\s(?:{'|'.join(re.escape(phrase) for phrase in phrases)})\s", re.I)
    for block in reversed(doc.blocks):  # a footer's line
        match = said.search(block.bare)
        # Without a trademark's sign: "Wikipedia® is a registered trademark of ...".
        name = edge_stripped(_PART_BEFORE_NAME.split(block.bare[: match.start()])[-1].rstrip("®™ ")) if match else ""
        if name and holder_named(name, book) and name_words(name, doc, book):
            return name, block, "brand-named"
    return None
