"""The publisher's name where the page prints it as such: the site part of the
page's title line printed again on its own (the logo's text), or the alt text
of a logo in the page's header, above its headline. Runs after the headline
extractor, whose "Headline | Site" reading of a title printed again wins. A
copyright line alone names the owner, often a media group rather than the
publication, so its holder counts first only when the page prints that name
again, and alone only where nothing else named the source."""
from __future__ import annotations

from declutter.blocks import MAX_NAME_WORDS, Block, block_at_line, edge_stripped
from declutter.document import Document, SourceLine
from declutter.extractor import extractor
from declutter.extractors.published import ABOVE_TITLE, BELOW_TITLE
from declutter.kinds import Kind, Role
from declutter.phrases import PhraseBook, book_for
from declutter.settings import Settings
from declutter.sources.companies import an_owner, company_holder
from declutter.sources.footer_names import brand_named, copyright_printed
from declutter.sources.hosts import HOST_NAME, mail_site, site_labels, spells_a_host
from declutter.sources.names import (
    COPYRIGHT_SIGNS,
    branded,
    copyright_heads,
    copyright_named,
    held_alone,
    held_name,
    holder_named,
    lines_naming,
    named_in_chrome,
    no_other_host,
)
from declutter.sources.sections import a_breadcrumb_trail, a_menu_section
from declutter.sources.title_sites import LOGO_WORDS, printed_alone, site_names, without_logo
from declutter.titles.evidence import MIN_HEADLINE_PART_WORDS, names_a_site
from declutter.titles.line import PAGE_TITLE_BLOCKS, folded_lines, page_title_line, title_separated

# The lines naming a source beside the title's date or byline (extractors/dateline.py):
# weighed before a copyright line, a wire's dateline after it (a press release's
# wire names its distributor, a syndicated story's its agency).
_BESIDE_TITLE = ("meta-line", "beside-date", "byline-for")
# A scrape prints its page's masthead among its first lines, after skip links
# and menu words at most.
MASTHEAD_BLOCKS = 8
# How a list's items open in a scrape ("* News", "+ Health", "- Sport").
_LIST_MARKS = ("*", "+", "-", "•")
# How often a page prints its title line's last part again where that part
# is the site's name, and how long that name is (bench meta; see _title_line_part).
_PRINTED_THROUGHOUT, _PRINTED_NAME_WORDS = 3, 3


@extractor("publisher", assigns=("source",))
def find_publisher(doc: Document, settings: Settings) -> None:
    """The source: the page title's site part printed again on its own (the logo's text)."""
    if doc.source:
        return
    book = book_for(settings, doc.language)
    lines = _near_title(doc, doc.evidence.source_lines or [])
    beside = _named_line(doc, lines, _BESIDE_TITLE)
    site = _title_site_printed(doc, book) if beside is None else None
    if site is not None:
        doc.assign("source", site[0], "page-title-site", site[1])
        return
    found = (
        beside or _header_logo(doc, book) or _copyright_holder(doc, book) or _issuer(doc, book) or _masthead_name(doc, book)
        or _named_line(doc, lines, ("wire-dateline",)) or _title_line_part(doc, book) or copyright_named(doc, book)
        or _copyright_holder(doc, book, alone=True) or _mail_host(doc) or company_holder(doc, book) or copyright_printed(doc, book)
        or brand_named(doc, book)
    )
    # A copyright's holder may own the site (sources/companies.py: an_owner): then no source.
    if found is not None and not (found[2].startswith("copyright") and an_owner(doc, book, found[0])):
        doc.assign("source", found[0], found[2], found[1])


def _near_title(doc: Document, lines: list[SourceLine]) -> list[SourceLine]:
    """The ``lines`` from ABOVE_TITLE blocks above the title to BELOW_TITLE under it
    (none on a page without a title): the article's own meta lines."""
    origin = doc.origins.get("title")
    if not lines or origin is None or origin.line is None:
        return []
    title = block_at_line(doc.blocks, origin.line)
    return [] if title is None else [s for s in lines if title.index - ABOVE_TITLE <= s.block <= title.index + BELOW_TITLE]


def _named_line(doc: Document, lines: list[SourceLine], hows: tuple[str, ...]) -> tuple[str, Block, str] | None:
    """The first of ``lines`` found by one of ``hows``, as (name, block, how)."""
    found = next((s for s in lines if s.how in hows), None)
    return None if found is None else (found.name, doc.blocks[found.block], found.how)


def _header_logo(doc: Document, book: PhraseBook) -> tuple[str, Block, str] | None:
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
                return name, block, "header-logo"
    return None


def _copyright_holder(doc: Document, book: PhraseBook, alone: bool = False) -> tuple[str, Block, str] | None:
    """The holder a copyright line of a year and a name names ("© 2019 The Daily
    Courier"), when the page prints that name again elsewhere (its logo, a
    byline, "More from ..."). A holder printed nowhere else, or named as a
    company ("... Media Group Limited"), is as often the publication's owner:
    on the eval corpus' text pages (bench meta) the corroborated holders were
    right 52 times in 72 where no other rule named the source, and the
    uncorroborated ones 61 in 103. A host name ("© 2023 kochbar.de") names
    the site itself and needs no second printing (right 13 times in 16 on both
    renderings where it had none), nor a name a host in the page's addresses
    spells (sources/hosts.py: right 4 times in 4). With ``alone``, the last
    evidence asked, a holder printed nowhere else counts when the whole line
    is its copyright and the name is a name's (sources/names.py: held_alone) and no host of
    the page's contradicts it: many sites print their name only there (the
    page-styles bench: source 71.9% -> 87.3% right); on the eval corpus' text
    pages (bench meta, both renderings) right 7 times in 9 where nothing else
    named the source, the wrong ones owners ("Gewerkschaft der Polizei
    Bundesvorstand")."""
    text = doc.source_text
    if not any(sign in text for sign in COPYRIGHT_SIGNS):  # a fast scan of the page, where most print none
        return None
    for block in reversed(doc.blocks):  # the page's own copyright line is at its foot
        if not block.bare.startswith(COPYRIGHT_SIGNS):  # dropped as a copyright line, a caption's credit or off the article
            continue
        for head in copyright_heads(block.bare):
            for pattern in book.copyright_holders:
                match = pattern.fullmatch(head)
                name = held_name(match.group("name"), block.text) if match else ""
                if alone and match and head == block.bare and held_alone(head, match, doc, book) and no_other_host(name, text):
                    return name, block, "copyright-alone"
                if holder_named(name, book) and (
                    HOST_NAME.fullmatch(name) or _printed_elsewhere(doc, name, block) or spells_a_host(name, site_labels(text))
                ):
                    return name, block, "copyright-holder"
    return None


def _issuer(doc: Document, book: PhraseBook) -> tuple[str, Block, str] | None:
    """The company a press release's copyright line holds ("© 2022 Acme Systems
    GmbH") where the release heads a blurb on that company ("About Acme
    Systems GmbH: ..."): a company's name is its owner's on a publication's
    page, the issuer's on its own release, and is weighed before a wire's
    dateline (the distributor's: "PARIS, 3 mars (AFP) -")."""
    if not any(sign in doc.source_text for sign in COPYRIGHT_SIGNS):
        return None
    about = {
        edge_stripped(match.group("name")).casefold()
        for block in doc.blocks
        if (match := book.about_company.fullmatch(block.bare)) is not None
    }
    for block in reversed(doc.blocks):
        if not about or not block.bare.startswith(COPYRIGHT_SIGNS):
            continue
        for pattern in book.copyright_holders:
            match = pattern.fullmatch(block.bare)
            name = held_name(match.group("name"), block.text) if match else ""
            if name and edge_stripped(name).casefold() in about and len(name.split()) <= MAX_NAME_WORDS:
                return name, block, "release-issuer"
    return None


def _mail_host(doc: Document) -> tuple[str, Block, str] | None:
    """The host of the page's mail addresses (sources/hosts.py: mail_site), where
    nothing else named the source: a site's contact address names its host.
    Not on a page printing a title line with a site's part ("Headline | Site"):
    the site goes by that name, not its host's (on the eval corpus' htmltext
    pages, bench meta: right 3 times in 5 there, 11 in 11 elsewhere)."""
    if page_title_line(doc) is not None:
        return None
    host = mail_site(doc.source_text)
    line = next(lines_naming(doc, host), None) if host else None
    return None if host is None or line is None else (host, line, "mail-host")


def _masthead_name(doc: Document, book: PhraseBook) -> tuple[str, Block, str] | None:
    """The page's first line, skip links and menu words (the phrase book's lines)
    aside, when it is shaped as a name and the page prints that name again in
    another line ("The Daily Courier" over its menu, and "© 2024 The Daily
    Courier" or "More from The Daily Courier" further down): the masthead, as
    scrapes without the page's <title> line print it; a single plain word
    ("Telemedicus") only where the page's chrome prints it so (names.py:
    named_in_chrome). A list's item is a menu's,
    the title (or a line under it) the article's. Under the page's title line
    only a host name ("Guatemala.com"), which names a site and nothing else:
    the first line under it is a menu's section as often ("Formel 1 News",
    "VENEZUELA": on the eval corpus' text pages, bench meta, 3 wrong in 7)."""
    origin = doc.origins.get("title")
    end = min(MASTHEAD_BLOCKS, len(doc.blocks))
    titled = False
    for block in doc.blocks[:end]:
        if origin is not None and origin.line is not None and block.line >= origin.line:
            return None
        if block.role == Role.PAGE_TITLE:
            titled = True
            continue
        if len(block.bare) <= 1 or book.line_kind(block.bare) is not None or book.header_line.fullmatch(block.bare):
            continue
        name = block.bare
        if block.text[:1] in _LIST_MARKS or name == doc.title or ":" in name or not holder_named(name, book):
            return None
        if HOST_NAME.fullmatch(name):
            return name, block, "masthead"
        named = not titled and (branded(name) and _named_in_a_line(doc, name) or named_in_chrome(doc, name))
        return (name, block, "masthead") if named else None
    return None


def _named_in_a_line(doc: Document, name: str) -> bool:
    """Whether the page prints ``name`` inside a longer line ("© 2024 The Daily
    Courier", "More from The Daily Courier"): a publication names itself so,
    where a menu's word is printed again alone."""
    return any(len(block.bare) > len(name) for block in lines_naming(doc, name))


def _printed_elsewhere(doc: Document, name: str, line: Block) -> bool:
    """Whether a line other than ``line`` and the copyright lines prints ``name``."""
    return any(block is not line and not block.bare.startswith(COPYRIGHT_SIGNS) for block in lines_naming(doc, name))


def _title_site_printed(doc: Document, book: PhraseBook) -> tuple[str, Block] | None:
    """The site part of "Headline | Site" (or "Site: Headline") in the page's
    first lines, when the page prints that name again as a line of its own
    (the logo's text). Only an outer part is a site: "Headline | Section |
    Site" names a section in the middle. A leading part only on a page whose
    title was found: on the eval corpus' text pages (bench meta) a leading
    part printed again where no title was found was the headline itself
    ("Tomaten richtig schneiden - Tipp mit Bild - kochbar.de") 19 times in 20."""
    title = edge_stripped(doc.title or "").casefold()  # a short headline before a long site name is not the site
    names = [
        (name, rest, leading, first)
        for first in doc.blocks[:PAGE_TITLE_BLOCKS]
        if not a_breadcrumb_trail(parts := title_separated(first.text), book)
        for name, rest, leading in site_names(parts)
        if name.casefold() != title and (doc.title or not leading) and names_a_site(name, book)
    ]
    if not names:
        return None
    # A line printing a name of that length, logo words included, is no longer.
    longest = max(len(name.casefold()) for name, _, _, _ in names) + LOGO_WORDS
    lines = {without_logo(line) for line in folded_lines(doc.blocks, longest)}
    # A leading part is not the site's name when the rest of the line is
    # printed on its own too: "Ins neue Jahr | Literaturgefluester" prints a
    # short headline and a longer logo's text (sites end their titles far
    # more often than they open them).
    return next(
        (
            (name, first) for name, rest, leading, first in names
            if name.casefold() in lines and not (leading and printed_alone(doc, rest)) and not a_menu_section(doc, name)
        ),
        None,
    )


def _title_line_part(doc: Document, book: PhraseBook) -> tuple[str, Block, str] | None:
    """An outer part of the page's title line that is a host name ("Headline |
    heizung.de", "Headline - Wirtschaft - Süddeutsche.de"), or its last part
    shaped as a name that three more lines print ("Headline - CNN" and "About
    CNN", "© 2024 CNN", "By Jane Doe, CNN"), where no other evidence named the
    site. A host name names a site and nothing else, so it needs no second
    printing; a site's name is printed throughout its page, a section's or a
    motto once or twice. On the eval corpus' text pages (bench meta), where no
    other rule named the source, host names were right 13 times in 14, last
    parts printed so 23 times in 26; the title line's other outer parts 32
    times in 53 only, mostly a site's motto ("Katzen Forum - Das große Katzenforum").
    A last part a host in the page's addresses spells ("Headline | Página12"
    and "www.pagina12.com.ar/...") is the site's too: right 2 times in 2."""
    first = page_title_line(doc)
    if first is None or first.index != 0:  # the <title> is printed first
        return None
    parts = [edge_stripped(part) for part in title_separated(first.text)]
    if not any(len(part.split()) >= MIN_HEADLINE_PART_WORDS for part in parts):  # a headline's line, not a menu's
        return None
    host = next((part for part in (parts[-1], parts[0]) if HOST_NAME.fullmatch(part)), None)
    if host is not None:
        return host, first, "title-line-domain"
    last = next((name for name, _, leading in site_names(tuple(parts)) if not leading), None)
    if last is None or last.casefold() == edge_stripped(doc.title or "").casefold() or not names_a_site(last, book):
        return None
    lines = {block.index for block in lines_naming(doc, last) if block is not first}
    copyright = any(doc.blocks[index].bare.startswith(COPYRIGHT_SIGNS) for index in lines)
    named = len(lines) >= _PRINTED_THROUGHOUT and len(last.split()) <= _PRINTED_NAME_WORDS and (branded(last) or copyright)
    if not named and spells_a_host(last, site_labels(doc.source_text)):
        return last, first, "title-line-host"
    return (last, first, "title-line-repeated") if named else None

