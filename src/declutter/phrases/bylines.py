"""The person a byline names ("By Jane Doe", "12. Mai 2022 von Erika Muster in
Kultur") and the outlet it names after them ("Jane Doe for The Daily
Courier"), read from a match of the phrase book's byline pattern: the
dateline extractor's bylines, printed alone or on a date line.
"""
from __future__ import annotations

import re

from declutter.phrases.book import PhraseBook

# Lower-case words a person's name holds ("Ludwig van Beethoven", "Jane Doe
# and John Roe"); any other makes a "byline" a phrase: "Von Kopf bis Fuß",
# "Von Rechts wegen" (German "von" opens both).
NAME_PARTICLES = frozenset(
    ("von", "van", "der", "den", "de", "del", "della", "di", "da", "do", "dos", "du", "la", "le", "zu", "ten", "ter")
    + ("y", "e", "et", "und", "and", "&")
)


def byline_names(match: re.Match[str], book: PhraseBook, stopwords: frozenset[str], dated: bool) -> tuple[str, str] | None:
    """The person a byline names and the outlet it names after them ("Jane Doe
    for The Daily Courier"; "" for none), or None where the "name" is a phrase
    (``dated``: the byline's line holds a date, see _byline_name)."""
    name, *outlets = book.byline_for.split(match.group("name"), maxsplit=1)
    name = _byline_name(name, book, stopwords, dated)
    # The preposition before a date is no name's, whatever the page's language ("By
    # Jane Doe On 12. Dezember 2022"): the date follows, or a dated byline's part ends there.
    words, rest = name.split(), match.string[match.end("name") :].strip()
    if len(words) > 2 and words[-1].casefold() in _DATE_PREPOSITIONS and (rest[:1].isdigit() or (dated and not rest)):
        name = " ".join(words[:-1])
    if name[:1].isupper() and not any(w[:1].islower() and w not in NAME_PARTICLES for w in name.split()) and not _joined_words(name):
        # An outlet's name holds words a stopword list may hold ("Die Zeit", "El Mundo").
        return name, _byline_name(outlets[0], book, frozenset(), dated) if outlets else ""
    return None


def _joined_words(name: str) -> bool:
    """Whether ``name`` joins single words ("Von Menschen und Mäusen", "Von Risiken
    und Nebenwirkungen"): a phrase's; people joined are named in full ("Jane Doe
    und Max Muster"; the two single-word pairs bylines gave on the eval corpus, bench meta, were phrases)."""
    parts = _JOINERS.split(name)
    return len(parts) > 1 and any(len(part.split()) < 2 for part in parts)


# The words that join a name to its date in the phrase books' languages: "on", "at", "am", "um", "le", "el".
_DATE_PREPOSITIONS = frozenset(("on", "at", "am", "um", "le", "el", "il", "op", "em", "no"))
_JOINERS = re.compile(r"\s+(?:and|und|et|y|e|&)\s+")


def _byline_name(name: str, book: PhraseBook, stopwords: frozenset[str], dated: bool) -> str:
    """The name a byline opens with, without the date printed after it and its
    connecting words ("Stefan Beiersmann am 29. Mai 2017", "Jane Doe Last
    updated Nov 8", "Raúl Espina 4 mayo")."""
    label = book.date_label.search(name)
    words = (name[: label.start()] if label else name).split()
    # The date starts at its first number or its weekday ("on Sunday, February 6";
    # capitalised: the books' abbreviations, "do", "so", "ma", are words too).
    digits = next(
        (i for i, w in enumerate(words) if any(c.isdigit() for c in w) or (w[:1].isupper() and w.lower().rstrip(".,") in book.weekdays)),
        len(words),
    )
    # A connecting word ends the name as a date would: "Jane Doe On 12 May",
    # "Henry In Aktuell", on a dated line "von Erika Muster in Kultur" too (a
    # name's particles, "von", "van", stay). Undated, a lower-case one makes
    # the "byline" a phrase: "Von Tunis nach Teheran"; and a word in capitals
    # is a name's ("in der WELT": stopword lists hold "Welt", "Zeit", "mundo").
    joined = next(
        (i for i, w in enumerate(words[1:digits], 1)
         if (dated or w.istitle()) and w.casefold() in stopwords and w.casefold() not in NAME_PARTICLES),
        digits,
    )
    words = words[:joined]
    while words and (words[-1][:1].islower() or words[-1].lower().rstrip(".") in book.months):
        words.pop()
    return " ".join(words)
