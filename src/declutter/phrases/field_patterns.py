"""The patterns of metadata lines, built from the words the phrase books list
for them: named dates ("12 March 2024", "March 12, 2024"), bylines ("By Jane
Doe") and copyright lines ("© 2019 The Daily Courier"). book.py builds them
once per book; the dateline and publisher extractors match them.
"""
from __future__ import annotations

import re

from declutter.phrases.matching.wordtrie import flat_alternation, word_alternation


def named_date_patterns(months: dict[str, int]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Day-month-year ("12. März 2024", "12 de marzo de 2024") and month-day-year ("March 12, 2024") with ``months`` named."""
    month = word_alternation(months, re.I)  # as flat_alternation, written as a trie (see wordtrie.py)
    # The day's first digit opens the pattern, the look-behind for a digit before
    # it after it: ``re`` then looks for digits in one scan (see phrases/dates.py).
    day = r"(?:\.|er|st|nd|rd|th)?\s*(?:de\s+)?"
    # The year ends the date where no digit follows, or where the next date's
    # day or a time does: WordPress prints a post's published and modified
    # dates glued ("1. November 20231. November 2023"), the first the post's,
    # and templates glue the time ("3 de mayo de 202221:25").
    glued_time = r"\d{1,2}:\d{2}"
    year_end = rf"(?:(?!\d)|(?={glued_time})|(?=\d{{1,2}}{day}(?:{month})))"
    # So the second of two glued dates starts where the first's year ends: a
    # day after a digit only when that digit ends a year (19xx, 20xx).
    day_start = r"\d(?:(?<!\d\d)|(?<=(?<!\d)(?:19|20)\d\d\d))"
    day_month_year = re.compile(rf"({day_start}\d?){day}({month})\.?,?\s*(?:de\s+)?(\d{{4}}){year_end}", re.I)
    month_day_year = re.compile(
        rf"\b({month})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?:(?!\d)|(?={glued_time}))", re.I
    )
    return day_month_year, month_day_year


def copyright_holder_patterns(reserved: list[str]) -> tuple[re.Pattern[str], ...]:
    """"© 2019 Name", "Copyright © Name 2019", each with its rights reserved or not.
    The year may be set apart from the name as footers set parts apart ("© 2020,
    Name", "Copyright © 2020 · Name")."""
    sign = r"(?:copyright|©|\(c\))(?:\s*(?:©|\(c\)|copyright))?\s*(?:by\s+)?"
    years = r"(?:19|20)\d\d(?:\s*[-–—]\s*(?:(?:19|20)\d\d)?)?"
    # A name may print digits ("BR24", "Antena 3 Noticias"), not a year, and
    # opens with no rights' formula ("© 2019 - Algunos derechos reservados").
    opens = rf"(?!(?:{flat_alternation(reserved)})(?!\w))" if reserved else ""
    name = rf"(?P<name>{opens}(?:(?!(?:19|20)\d\d(?!\d))[^©|·•,])+?)"
    rights = rf"(?:[.,]?\s*(?:{flat_alternation(reserved)})\.?)?"
    dated = tuple(
        re.compile(rf"{sign}{body}{rights}", re.I)
        for body in (rf"{years}(?:\s*[,·|•]\s*|\s+)(?:copyright\s+)?(?:by\s+)?{name}", rf"{name}\s+{years}")
    )
    # Without a year, a footer's line only: the word "copyright" or its rights
    # reserved ("Copyright NOW Grenada", "© The Intercept. All rights
    # reserved"), not a sign alone ("© dpa") nor a label ("Copyright: Jane
    # Doe"): those credit a photo.
    reserved_rights = rf"[.,]?\s*(?:{flat_alternation(reserved) or '(?!)'})\.?"
    return dated + (
        re.compile(rf"(?:©\s*)?copyright(?!\s*:)\s*(?:©|\(c\))?\s*(?:by\s+)?{name}{rights}", re.I),
        re.compile(rf"{sign}{name}{reserved_rights}", re.I),
    )


def byline_pattern(words: list[str]) -> re.Pattern[str]:
    """A byline opened by one of ``words``, the name in the group "name"."""
    # "By Jane Doe", "Von Max Muster und Erika Muster", "Par Jean Dupont, à Paris"
    # As flat_alternation, written as a trie (see wordtrie.py): most blocks fail at once.
    openers = word_alternation(words, re.I)
    name = r"[^\W\d_][\w.'’\- ]{1,60}?(?:\s+(?:and|und|et|y|&)\s+[^\W\d_][\w.'’\- ]{1,40})?"
    # What may follow the name: a separator and a place or a role ("Jane Doe, Paris",
    # "Jane Doe - Reporter"); a hyphen glued on only before a phrase (a scrape's
    # glued link, "Jane DoeRSS-Feed neuer Artikel"): "PETA-Team" and "Anna
    # Schmoll-Trautmann am 12. März" are names.
    glued = r"-(?=[^\s\d]+\s+[^\W\d]+\s+[^\W\d])"
    # Or a handle, an address or a time after a space ("Jon Porter @JonPorty",
    # "Mariano Martín mmartin@ambito.com.ar", "Ned Deily at 5:11 AM"), a spaced
    # slash ("Cat Lafuente / June 12"; "By Course/Meal:" is a label).
    handle = r"\s+(?=\S*[@\d])"
    return re.compile(rf"^(?:{openers})\s+(?P<name>{name})(?:(?:\s*[,|·•–—]|\s+[-/]|{glued}|{handle}).{{0,60}})?\s*$", re.I)
