"""A copyright line's holder named as a company ("© 2023 Village Voice, LLC",
"© 2020 Trustpilot A/S"): the publication's name is the holder's without its
legal form, where the page prints that name again outside its copyright lines
or a host of its addresses spells it."""
from __future__ import annotations

import re
from collections.abc import Iterator

from declutter.blocks import Block, edge_stripped
from declutter.document import Document
from declutter.phrases import PhraseBook
from declutter.sources.hosts import another_site, site_labels, spells_a_host
from declutter.sources.names import COPYRIGHT_SIGNS, copyright_heads, held_name, holder_named, lines_naming

# Where a footer's line parts: "© 2024 Coastal Courier Ltd. | Harbour Herald Ltd.".
_LINE_PARTS = re.compile(r"\s[|·•/]\s")
# The characters of the page an_owner case-folds at once: a million (a few MB
# held for a moment), where a news page is one piece.
_FOLDED_PIECE = 1_000_000


def company_holder(doc: Document, book: PhraseBook) -> tuple[str, Block, str] | None:
    """The name of the company a copyright line at the page's foot holds, its
    legal form aside ("Village Voice" of "©2023 Village Voice, LLC. All rights
    reserved."), when that name is a publication's (no media group's word:
    "Telegraph Media Group Limited" owns the site) and the page prints it in a
    line of its own or a host spells it. A company holds the rights of its own
    publication as often as an owner those of another's; the page printing the
    company's name elsewhere tells the two apart. Asked last: on the eval
    corpus' text pages (bench meta, both renderings), where nothing else named
    the source, right 20 times in 23, the wrong ones owners printed as brands
    ("Ziff Davis" of PCMAG, "LUMITOS" of chemie.de)."""
    if not any(sign in doc.source_text for sign in COPYRIGHT_SIGNS):
        return None
    for block in reversed(doc.blocks):
        if not block.bare.startswith(COPYRIGHT_SIGNS):
            continue
        for head in copyright_heads(block.bare):
            if any(book.legal_form.search(part.strip()) for part in _LINE_PARTS.split(block.bare[len(head) :])):
                break  # another part holds a second company ("| Harbour Herald Ltd."): which is the site's is unsaid
            # The comma before a holder's form ("Village Voice, LLC"), where a holder's name ends.
            form = book.legal_form.search(head)
            head = head if form is None else head[: form.start()] + form.group().replace(",", "")
            for pattern in book.copyright_holders:
                match = pattern.fullmatch(head)
                company = held_name(match.group("name"), block.text) if match else ""
                name = edge_stripped(book.legal_form.sub("", company))
                if not name or name == company or not holder_named(name, book):
                    continue
                if _printed_elsewhere(doc, name, book) or spells_a_host(name, site_labels(doc.source_text)):
                    return name, block, "copyright-company"
    return None


def _printed_elsewhere(doc: Document, name: str, book: PhraseBook) -> bool:
    """Whether a line that is no copyright line prints ``name`` other than as
    a company's, before a legal form or an owner's word ("Springer Nature
    Limited Privacy Policy" names the company, "Golf Post TV" the publication)."""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)
    return any(
        not block.bare.startswith(COPYRIGHT_SIGNS) and "©" not in block.bare
        and any(not book.owner_word.match(block.bare[m.end() :].lstrip(" ,")) for m in pattern.finditer(block.bare))
        for block in lines_naming(doc, name)
    )


def an_owner(doc: Document, book: PhraseBook, name: str) -> bool:
    """Whether a copyright line's holder ``name`` owns the page's publication
    rather than being it: the page prints another site's host as its own
    (sources/hosts.py: another_site), or says the holder owns it in a phrase
    of the book's ("Gothamist ... brought to you by New York Public Radio",
    "Alle Medien von Tamedia", "General Mills Brands")."""
    if another_site(doc.blocks, name) is not None:
        return True
    # Searched as literals in the case-folded page: a pattern opening with a
    # look-behind is tried at every position of the page (a twentieth of clean()'s cost).
    needles = [phrase.replace("{name}", name).casefold() for phrase in book.owner_phrases]
    for folded in _folded_pieces(doc.source_text):
        for needle in needles:
            at = folded.find(needle)
            while at >= 0:
                end = at + len(needle)
                if not (at and folded[at - 1].isalnum()) and not (end < len(folded) and folded[end].isalnum()):
                    return True
                at = folded.find(needle, at + 1)
    return False


def _folded_pieces(text: str) -> Iterator[str]:
    """``text`` case-folded, a piece of whole lines at a time (each but the last
    ends with its "\n"): a phrase of one line is found in one piece, and what
    borders it is the page's own. Folding a 50 MB page at once held 790 MB for
    a moment (CPython folds into room for three characters each, 4 bytes a
    character once the page holds one emoji): more than the rest of its cleaning."""
    at = 0
    while at < len(text):
        end = text.find("\n", at + _FOLDED_PIECE)
        end = len(text) if end < 0 else end + 1
        yield text[at:end].casefold()  # the whole page itself, not a copy, when it is one piece
        at = end
