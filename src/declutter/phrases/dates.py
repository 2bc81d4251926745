"""Find dates in a line of text, keeping day/month order open where it is ambiguous.

``08-04-2025`` may be 8 April or 4 August: a ``DateMatch`` keeps both readings
and says which separator it used; ``published.py`` decides with the page's evidence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from declutter.phrases.book import PhraseBook

# Each pattern opens with its first digit and only then looks behind it for a
# digit (or a dot) before the number ("(?<!\d)(\d{4})" written as "(\d(?<!\d\d)\d{3})"):
# ``re`` looks for a pattern's first character in one scan of the line, but
# tries one opening with a look-behind at every character.
_ISO = re.compile(r"(\d(?<!\d\d)\d{3})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?(?!\d)")
_YMD = re.compile(r"(\d(?<!\d\d)\d{3})([./])(\d{1,2})\2(\d{1,2})(?!\d)")
# "14.03.2024", "3/14/24"; and "18. 05. 2014", "13. 1. 2020", a German way of
# spacing a dotted date (with its year in full: "1. 2. 20" is rather a list).
_NUMERIC = re.compile(r"(\d(?<![\d.]\d)\d?)(?:([./-])(\d{1,2})\2(\d{4}|\d{2})|(\.) (\d{1,2})\. (\d{4}))(?!\d)")
# The separators each pattern needs, looked for before it is searched.
_YEAR_FIRST = ((_ISO, 2, 3, ("-",)), (_YMD, 3, 4, (".", "/")))
_NUMERIC_SEPARATORS = (".", "/", "-")
# A time, also glued to a word before it ("Telegraph18:35 BST").
_TIME = re.compile(r"(?<![\d.])\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|uhr|h)?\b|\b\d{1,2}\s*[ap]\.?m\.?", re.I)
# Four digits in a row: every ISO, year-first and named date holds its year so.
_YEAR = re.compile(r"\d{4}")
_ZONES = re.compile(r"\b(?:UTC|GMT|BST|CET|CEST|MEZ|MESZ|[ECMP][SD]T|ET|PT|IST|AEST|JST)(?:[+-]\d{1,2})?\b")
# A small letter glued to a capital: inscriptis prints a byline and its date
# without a space ("Jane DoeNovember 6, 2023"); month-first dates are looked for
# with it made a space (one character for one: the matches' places stay).
_GLUED_CAPITAL = re.compile(r"[a-zß-ÿ](?=[A-ZÀ-Þ])")
# Years a published date can have: the web's, not the Middle Ages'.
MIN_YEAR, MAX_YEAR = 1990, 2099


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    year: int
    first: int  # the first number of a numeric date, or the month (month names)
    second: int  # the second number, or the day
    ambiguous: bool  # both day-first and month-first readings are valid dates
    separator: str  # "-", ".", "/" for numeric dates; "" when the order is known
    dayfirst_only: bool = False  # first > 12: day-first is the only reading

    def as_date(self, dayfirst: bool) -> date | None:
        day, month = (self.first, self.second) if (dayfirst or self.dayfirst_only) and self.separator else (self.second, self.first)
        try:
            return date(self.year, month, day)
        except ValueError:
            return None


def find_dates(text: str, book: PhraseBook) -> list[DateMatch]:
    """Every date in ``text``, in order of position."""
    found = numeric_dates(text)
    if not _YEAR.search(text):  # ISO and named dates print the year in full; most lines with a digit have none
        return found  # in order, none overlapping another (finditer's)
    found = _iso_dates(text) + found + _named_dates(text, book)
    found.sort(key=lambda m: m.start)
    result: list[DateMatch] = []
    for match in found:  # the first pattern to claim a span wins
        if not result or match.start >= result[-1].end:
            result.append(match)
    return result


def strip_dates(text: str, matches: list[DateMatch]) -> str:
    for match in reversed(matches):
        text = text[: match.start] + " " + text[match.end :]
    return _ZONES.sub(" ", _TIME.sub(" ", text))


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return MIN_YEAR <= year <= MAX_YEAR


def _iso_dates(text: str) -> list[DateMatch]:
    out: list[DateMatch] = []
    for pattern, month_group, day_group, separators in _YEAR_FIRST:
        if not any(map(text.__contains__, separators)):  # a search of the line for each pattern saved
            continue
        for m in pattern.finditer(text):
            year, month, day = int(m.group(1)), int(m.group(month_group)), int(m.group(day_group))
            if _valid(year, month, day):
                out.append(DateMatch(m.start(), m.end(), year, month, day, False, ""))
    return out


def numeric_dates(text: str) -> list[DateMatch]:
    """The numeric dates in ``text`` ("08-04-2025", "14/3/24"), before find_dates drops those another pattern claims."""
    out: list[DateMatch] = []
    if not any(map(text.__contains__, _NUMERIC_SEPARATORS)):
        return out
    for m in _NUMERIC.finditer(text):
        spaced = m.group(2) is None
        a, sep = int(m.group(1)), m.group(5) if spaced else m.group(2)
        b, y = (int(m.group(6)), m.group(7)) if spaced else (int(m.group(3)), m.group(4))
        year = int(y) + (2000 if len(y) == 2 else 0)
        day_first, month_first = _valid(year, b, a), _valid(year, a, b)
        if not (day_first or month_first):
            continue
        if day_first and month_first:
            out.append(DateMatch(m.start(), m.end(), year, a, b, a != b, sep))
        elif day_first:
            out.append(DateMatch(m.start(), m.end(), year, a, b, False, sep, dayfirst_only=True))
        else:
            out.append(DateMatch(m.start(), m.end(), year, a, b, False, ""))
    return out


def _named_dates(text: str, book: PhraseBook) -> list[DateMatch]:
    if not book.months:
        return []
    out: list[DateMatch] = []
    for m in book.day_month_year.finditer(text):
        day, mon, year = int(m.group(1)), book.months.get(m.group(2).lower()), int(m.group(3))
        if mon and _valid(year, mon, day):
            out.append(DateMatch(m.start(), m.end(), year, mon, day, False, ""))
    for m in book.month_day_year.finditer(_GLUED_CAPITAL.sub(" ", text)):
        mon, day, year = book.months.get(m.group(1).lower()), int(m.group(2)), int(m.group(3))
        if mon and _valid(year, mon, day):
            out.append(DateMatch(m.start(), m.end(), year, mon, day, False, ""))
    return out
