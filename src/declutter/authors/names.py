"""Whether a line is shaped as a person's name: the evidence a name printed
without a byline phrase needs ("Martina Berg 19. Juni 2019", "By" / "Jacob Wade").

The shape is code, the phrasings are data (phrases/*.toml): two to four
capitalised words of letters (initials, hyphens and apostrophes allowed), a
name's particles between them ("Ludwig van Beethoven"), no word of the page
language's stopwords ("Über uns", "Mehr zum Thema") and no month or weekday;
all in capitals or none ("JANE DOE" is a name, "CBS News" a brand).
"""
from __future__ import annotations

import re

from declutter.phrases.book import PhraseBook
from declutter.phrases.bylines import NAME_PARTICLES

# A person's name: "Jane Doe" to "Markus M. Haefliger", "Anna Schmoll-Trautmann".
MIN_NAME_WORDS = 2
MAX_NAME_WORDS = 4
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.-](?=[^\W\d_])|\.$)*\.?")


def person_name(text: str, book: PhraseBook, stopwords: frozenset[str]) -> str | None:
    """``text`` (edge spaces and a trailing comma stripped) if it is shaped as a person's name, else None."""
    name = text.strip().rstrip(",").strip()
    words = name.split()
    # A word printed twice is a menu's or a button's ("Antworten Antworten"), not a name.
    if not MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS or len(set(words)) < len(words):
        return None
    if words[0].casefold() in NAME_PARTICLES or words[-1].casefold() in NAME_PARTICLES:
        return None
    upper = 0
    for word in words:
        folded = word.casefold()
        if folded in NAME_PARTICLES and word.islower():
            continue
        if not _NAME_WORD.fullmatch(word) or not word[:1].isupper():
            return None
        bare = folded.rstrip(".")
        if folded in stopwords or bare in book.months or bare in book.weekdays:
            return None
        # Inner capitals brand a name ("StarsInsider", "iPhone"), but after a
        # hyphen or an apostrophe they are a person's ("Boelen-Theile", "O'Neil").
        if word.isupper() and len(bare) > 1:
            upper += 1
        elif any(c.isupper() and word[i - 1] not in "-'’" for i, c in enumerate(word[1:], 1)):
            return None
    initials = sum(1 for w in words if len(w.rstrip(".")) == 1)
    if initials == len(words) or upper not in (0, len(words) - initials):
        return None
    return name


def opener_alone(text: str, book: PhraseBook) -> bool:
    """Whether ``text`` is a byline's opening words alone on their line ("By",
    "Von", "Written by"): the name is printed on the next line."""
    if len(text) > _MAX_OPENER_CHARS:
        return False
    # The name the pattern reads must be the one put after the line: "By Main
    # Ingredient:" over a menu of recipes is a label, its words no opener's.
    opened = book.byline.match(text + " Jane Doe")
    # Opening the name put after it: "by Jane Doe 5 Comments" + " Jane Doe" reads "Jane Doe" too, within the line.
    return opened is not None and opened.start("name") > len(text) and opened.group("name").strip() == "Jane Doe"


# The longest opener of the phrase books ("propos recueillis par") and a colon.
_MAX_OPENER_CHARS = 24


def without_role(name: str, book: PhraseBook) -> str:
    """``name`` without the role a byline prints after it ("Evan Halper Staff
    Writer" -> "Evan Halper"): the role is not the author. A role after fewer
    than a name's words is the byline's whole author ("Staff Writer")."""
    role = book.byline_role.search(name)
    if role is None or len(name[: role.start()].split()) < MIN_NAME_WORDS:
        return name
    return name[: role.start()].rstrip(" ,")
