"""What a publication's name looks like and where a page prints it: the name
shapes and searches the publisher extractor (extractors/publisher.py) weighs
its evidence with, and a name a line prints alone that the page's copyright
line holds."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from declutter.blocks import MAX_NAME_WORDS, Block, edge_stripped
from declutter.document import Document
from declutter.language.stopwords import stopwords_for
from declutter.phrases import PhraseBook
from declutter.sources.hosts import site_labels, spells_a_host

# Two names in one holder ("Jane Doe - Site", "site.de / Owner Agency"): which is the publication's is unsaid.
_TWO_NAMES = re.compile(r"\s[-–—/|]\s")
# How a copyright line opens.
COPYRIGHT_SIGNS = ("©", "(c)", "(C)", "copyright", "Copyright", "COPYRIGHT")
# What a copyright line prints before its holder: signs, years, "by" and
# punctuation ("Copyright © 2004 - 2020 by", "©2019 |").
_BEFORE_HOLDER = re.compile(r"(?i)copyrights?|©|\(c\)|(?<!\d)(?:19|20)\d\d(?!\d)|\bby\b|[\s,.:–—-]")
# Where a copyright line's parts part: "Impressum | © 2020 Name" (a spaced
# separator: "CARACAS-VENEZUELA" is one part).
_LINE_PARTS = re.compile(r"\s[|·•/–—-](?:\s|$)")
# What may follow a holder's name: the line's end, a mark ("." "|" ","), a year.
_AFTER_HOLDER = re.compile(r"\s*(?:$|[^\w\s]|\d)")
# A name the copyright line holds is the site's only where it holds one such name.
_ONE_NAME = 1
# The longest name a line alone prints as a logo's text or a menu's heading.
_LOGO_NAME_WORDS = 4
# The most digits a number in a name prints: "Antena 3 Noticias", "France 24"
# (an address's "22765", a counter's "2.6411" run on after the holder).
_NAME_NUMBER_DIGITS = 2
# The most letters between the stops of a name's initials ("S.A", "B.Z", "e.V"; not "lecker.de").
_INITIAL_LETTERS = 2
# The longest line of a page's chrome naming its site ("Spreeblick bei Twitter",
# "Über Telemedicus", "© Stylegart by Ramona"); an article's sentences are longer.
_CHROME_LINE_WORDS = 8
# How many such lines print a site's name: a section's or a subject's word is
# printed in a menu's item or two ("+ Impact Your World"), and in sentences.
_CHROME_LINES = 3
# Where a footer's line parts: a separator or a sentence's end (not an
# initial's: "WEISSER RING e. V."). Not a comma: names list their parts so
# ("Bundesministerium für Familie, Senioren, Frauen und Jugend").
_FOOTER_PARTS = re.compile(r"\s+[-–—/|·•]\s+|(?<!\b\w)[.;]\s+")
# The separators that part two names as often as a name and what follows it.
_NAME_DASHES = ("-", "–", "—", "/")
# A year a copyright line dates its rights with.
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# The separators a footer parts its copyright from a credit with: "© 2019 • GeneratePress".
_CREDIT_MARKS = ("|", "•", "·")


def branded(name: str) -> bool:
    """A name of several words, or one word shaped as a brand ("TagesWoche",
    "jungle.world", "5min.at", "POLITICO"): a single plain word ("Themen",
    "Today") over a page's menu is the menu's heading as often."""
    return " " in name or any(c.isupper() or c.isdigit() or c == "." for c in name[1:])


def holder_named(name: str, book: PhraseBook) -> bool:
    """A publication's name: short, capitalised ("The Daily Courier", "laSexta",
    "tagesschau.de" too), no company's word, no phrase of the book's."""
    capitalised = name[:1].isupper() or name[:1].isdigit() or any(c.isupper() for c in name[1:]) or "." in name
    return (
        len(name) > 1 and capitalised and len(name.split()) <= MAX_NAME_WORDS and _TWO_NAMES.search(name) is None
        and book.owner_word.search(name) is None and book.line_kind(name) is None
    )


def lines_naming(doc: Document, name: str) -> Iterator[Block]:
    """The blocks that print ``name`` as a whole phrase, case aside (a block as
    often as it does)."""
    starts = doc.blocks[0].places.starts  # where each of the page's blocks starts
    # Searched in the page at once, then placed on its lines (a search per line
    # cost more than the rest of the step); as written first, a literal search,
    # then case aside ("THE COASTAL COURIER"), a slower one. The name opens the
    # pattern and the look-behind follows it: a pattern opening with a look-behind
    # is tried at every position of the page, one opening with a literal only where it occurs.
    escaped = re.escape(name)
    for flags in (0, re.I):
        for match in re.finditer(rf"{escaped}(?<!\w{escaped})(?!\w)", doc.source_text, flags):
            yield doc.blocks[bisect_right(starts, match.start()) - 1]


def named_in_chrome(doc: Document, name: str) -> bool:
    """Whether the page's chrome prints ``name`` throughout: in at least
    _CHROME_LINES short lines longer than the name ("Spreeblick bei Twitter",
    "Über Spreeblick", "© Spreeblick"), those at least half of the lines
    printing it inside a longer one, and not in the headline. A wiki's or a
    review's subject ("Penny", "Hyundai") is printed in the article's
    sentences and its headline, a menu's section ("World", "Negocios") in
    an item or two of the menu and in sentences. On the eval corpus' inscriptis
    pages (bench meta), where a page's first line was a single plain word
    and nothing else named the source, such names were right 7 times in 7
    (counting lines of any length, 9 in 13)."""
    lines = {block.index: block for block in lines_naming(doc, name) if len(block.bare) > len(name)}
    short = sum(len(block.bare.split()) <= _CHROME_LINE_WORDS for block in lines.values())
    title = (doc.title or "").casefold()
    return short >= _CHROME_LINES and 2 * short >= len(lines) and name.casefold() not in title


def copyright_named(doc: Document, book: PhraseBook) -> tuple[str, Block, str] | None:
    """A name a line prints alone (the logo's text, a menu's heading) that the
    page's copyright line holds, where it holds one such name: "Coastal
    Courier" over the menu and "© 2024 Coastal Courier Media Ltd. | Imprint"
    at the foot, a holder the copyright holder rule (extractors/publisher.py)
    passes over for its company's words. Held, not merely named: after the
    signs and year of its part of the line ("Imprint | Copyrights © 2017
    Name"), before the line's end, a mark, a year or a company's word ("©
    WILD UND HUND" holds no "WILD", "© 2023 PepTalks Deine Welt" no "Deine
    Welt"). A line printing no more than a sign and the name is a photo's
    credit. On the eval corpus' text pages (bench meta), where no other rule
    named the source, such names were right 33 times in 36."""
    footers = [b for b in doc.blocks if b.bare.startswith(COPYRIGHT_SIGNS) or "©" in b.bare]
    if not footers:
        return None
    held: dict[str, Block] = {}
    for block in doc.blocks:
        name = block.bare
        # A name no copyright line prints is passed over before its shape is asked (the
        # phrase book's questions), and before a line is searched for it held.
        if not name or name in held or not any(name in footer.bare for footer in footers):
            continue
        if logo_shaped(name, doc, book) and any(holds(footer.bare, name, book) for footer in footers):
            held[name] = block
    return next((name, block, "copyright-named") for name, block in held.items()) if len(held) == _ONE_NAME else None


def logo_shaped(name: str, doc: Document, book: PhraseBook) -> bool:
    """A line alone shaped as a publication's name: a few words, a letter, no
    label's colon, not the headline, a brand's shape."""
    return (
        len(name.split()) <= _LOGO_NAME_WORDS and ":" not in name and any(c.isalpha() for c in name)
        and name != doc.title and branded(name) and holder_named(name, book)
    )


def holds(line: str, name: str, book: PhraseBook) -> bool:
    """Whether the copyright ``line`` holds ``name`` (see copyright_named)."""
    if len(line) <= len(name) + len("© "):
        return False
    for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", line):
        before, after = line[: match.start()], line[match.end() :]
        opens = not _BEFORE_HOLDER.sub("", _LINE_PARTS.split(before)[-1])
        if opens and (_AFTER_HOLDER.match(after) or book.owner_word.match(after.lstrip())):
            return True
    return False


def held_name(text: str, line: str) -> str:
    """A copyright ``line``'s holder ``text`` without the marks at its edges, the
    stop of its initials kept ("B.Z.", "Sistemas Norte S.A.", "Verein e. V.";
    not "Ordnungsrausch.", "lecker.de.")."""
    name = edge_stripped(text)
    words = name.split()
    initials = words and ("." in words[-1] or (len(words) > 1 and words[-2].endswith(".")))
    if initials and all(len(part) <= _INITIAL_LETTERS for part in words[-1].split(".")):
        end = line.find(name) + len(name)
        return name + "." if line[end : end + 1] == "." else name
    return name


def held_alone(line: str, match: re.Match[str], doc: Document, book: PhraseBook) -> bool:
    """Whether a copyright line no other line corroborates holds a publication's
    name: the whole line is its sign, year, name and rights ("© 2022 Antena 3
    Noticias. Todos los derechos reservados"), the name follows its year
    without a separator ("Copyright © 2021 | WordPress Theme von ..." credits
    a theme's maker), and each of its words is a name's. A line without a
    year is as often an owner's notice ("Copyright © Webedia - alle Rechte
    vorbehalten" under GamePro's pages: wrong 2 times in 2 on the eval
    corpus' text pages, bench meta)."""
    name = edge_stripped(match.group("name"))
    before = line[: match.start("name")]
    dated = _YEAR.search(line) is not None
    return dated and not any(mark in before for mark in _CREDIT_MARKS) and holder_named(name, book) and name_words(name, doc, book)


def no_other_host(name: str, text: str) -> bool:
    """Whether the page's addresses name no host, or one spelling ``name``: a page
    linking its own host ("www.bundespraesident.de/...") under a holder's name
    that host does not spell ("© 2020 Bundespräsidialamt") is the site of an
    owner's publication."""
    labels = site_labels(text)
    return not labels or spells_a_host(name, labels)


def name_words(name: str, doc: Document, book: PhraseBook) -> bool:
    """Whether each of ``name``'s words is a name's: capitalised or a brand's
    ("laSexta", "BR24"), or a function word of the page's language ("Carnets
    de voyage"); none a line of the phrase book's alone ("MajkasWelt Impressum
    Datenschutz" runs a menu on), nor a number of more digits than a
    channel's ("Antena 3 Noticias", not "Winterstraße 2 22765 Hamburg")."""
    stopwords = stopwords_for(doc.language)
    return all(
        (not word.islower() or word.casefold() in stopwords) and book.line_kind(edge_stripped(word)) is None
        and (any(c.isalpha() for c in word) or sum(c.isdigit() for c in word) <= _NAME_NUMBER_DIGITS)
        for word in name.split()
    )


def copyright_heads(line: str) -> list[str]:
    """A copyright line, then its starts before each of its parts, the longest
    first: footers print more after the holder ("© 2022 The Daily Courier. Powered
    by WordPress", "Copyright © 2020 Name | Impressum | Datenschutz"). Not a start
    before a dash or a slash that parts two names ("Jane Doe - The Daily
    Courier": which is the publication's is unsaid), only one before a sentence
    or a description ("Name - Das Magazin für ...")."""
    parts = list(_FOOTER_PARTS.finditer(line))
    ends = [part.start() for part in parts[1:]] + [len(line)]
    return [line] + [
        line[: part.start()]
        for part, end in reversed(list(zip(parts, ends)))
        if part.group().strip() not in _NAME_DASHES or not _capitalised_words(line[part.end() : end])
    ]


def _capitalised_words(text: str) -> bool:
    """Whether ``text`` is a few words each capitalised (or no letter's): a name's shape."""
    words = text.split()
    return 0 < len(words) <= MAX_NAME_WORDS and all(not w[:1].isalpha() or w[:1].isupper() for w in words)
