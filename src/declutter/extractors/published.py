"""Resolve the publication date from the date lines the page printed.

An ambiguous date (08-04-2025) is read with the page's own evidence, in this
order: other dates on the page that only one order allows; a dotted date
(day-first everywhere); the country of the URL's domain or of the source; the
spelling of an English page (British or American); a language other than
English. Without any, ``Settings.dates.dayfirst`` decides and the date is
marked ``published_guessed``.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urlparse

from declutter.blocks import Block, block_at_line
from declutter.content.blockwords import block_words
from declutter.dates.evidence import (
    labelled_dates,
    lines_opening_with_a_date,
    other_event,
    retold_title_date,
    short_dated_lines,
    updated,
)
from declutter.document import DateLine, Document
from declutter.extractor import extractor
from declutter.extractors.dateline import MAX_DATELINE_WORDS
from declutter.phrases import book_for
from declutter.phrases.dates import DateMatch, find_dates, numeric_dates
from declutter.settings import Settings

# The article's date line stands near its headline: a kicker date just above
# it, or the date under it after a standfirst, a byline and a picture. On the
# eval corpus' text pages (bench meta) looking there first took right dates
# from 65% to 77% (htmltext) and 74% (inscriptis), with the meta lines of
# extractors/dateline.py as date evidence.
ABOVE_TITLE = 3
BELOW_TITLE = 12
# A page's title read from no line is looked for this many lines over the
# article's first paragraph, a kept line of at least BODY_WORDS words (2, 4
# and 6 lines over, and 8, 12 and 20 words, were tried on the eval corpus'
# text pages: 4 and 12 did best, by a few pages).
TITLE_OVER_BODY = 4
BODY_WORDS = 12
# A verdict on an ambiguous date: (day-first, the evidence's name), or None: no say.
Verdict = tuple[bool, str] | None
_HAS_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class DateOrderTable:
    """data/date_order.toml: which countries write dates month-first, and how to tell a page's country."""

    tld_country: dict[str, str]  # a domain's last label -> country code
    publisher_country: dict[str, str]  # a publisher's name, lower-cased -> country code
    month_first_countries: frozenset[str]


@extractor("published", requires=("evidence.date_lines",), assigns=("published", "published_guessed", "published_evidence"))
def resolve_published(doc: Document, settings: Settings) -> None:
    """Resolves the publication date from the date lines gathered, reading ambiguous ones with the page's evidence."""
    if doc.published or doc.evidence.date_lines is None:
        return
    chosen = _article_date(doc, doc.evidence.date_lines, settings)
    if chosen is None:
        return
    line, match = doc.blocks[chosen.block], chosen.date
    dayfirst, evidence = (True, None) if not match.ambiguous else _date_order(doc, settings, match)
    if evidence is None and match.ambiguous:
        dayfirst = settings.dates.dayfirst
        doc.published_guessed = True
        evidence = "setting:" + ("dayfirst" if dayfirst else "monthfirst")
    day = match.as_date(dayfirst)
    if day:
        doc.assign("published", day.isoformat(), "date-line", line)
        doc.published_evidence = evidence


def _article_date(doc: Document, date_lines: list[DateLine], settings: Settings) -> DateLine | None:
    """The date of the article: a date labelled its publication near the title,
    else the date of a line printing the headline again, else the date by its
    place (_placed_date). A date so placed that is labelled an update gives way
    to one labelled the publication further down."""
    book = book_for(settings, doc.language)
    date_lines = [c for c in date_lines if not other_event(doc.blocks[c.block].text, c.date, book)]
    title_at = _title_at(doc)
    # Where the title stands only by guess, over the first paragraph (that
    # may be a sidebar's), a date labelled the publication anywhere on the
    # page says more than one near the guess: it took right dates from 88.9%
    # to 89.3% on the eval corpus' inscriptis pages (bench meta), none turned
    # wrong (htmltext 90.2% both).
    guessed = title_at is None
    if title_at is None:
        title_at = _title_over_body(doc)
    unsearched = doc.blocks  # the blocks not searched for a labelled date yet
    if title_at is not None:
        window = doc.blocks if guessed else _near_title(doc, title_at)
        labelled = labelled_dates(doc, window, book, book.published_label)
        if labelled:
            return labelled[0]
        unsearched = [] if guessed else doc.blocks[: window[0].index] + doc.blocks[window[-1].index + 1 :]
    retold = retold_title_date(doc, book, title_at)
    if retold is not None:
        return retold
    chosen = _placed_date(doc, date_lines, settings, title_at, unsearched)
    if chosen is not None and title_at is not None and updated(doc, chosen, book):
        later = labelled_dates(doc, doc.blocks[title_at:], book, book.published_label)
        return later[0] if later else chosen
    return chosen


def _placed_date(
    doc: Document, date_lines: list[DateLine], settings: Settings, title_at: int | None, unsearched: list[Block]
) -> DateLine | None:
    """The date line of the article: the nearest to its title (a sidebar's or a
    teaser's dates come before it on many pages), else a line near it that
    opens with a date or a short meta line near it, else the page's first date
    labelled its publication, else the page's first date line (or line opening
    with a date). The labelled date took right dates from 88.8% to 89.1%
    (htmltext; inscriptis 88.0% both) on the eval corpus' text pages (bench
    meta), and two of the three it turned wrong are the reference's: a
    masthead's day and a page's last change taken over its "Erschienen am".
    ``unsearched``: the blocks not yet searched for a labelled date (the
    others hold none)."""
    near = _near(date_lines + _shortlines_opening_with_a_date(doc, settings, date_lines, title_at), title_at)
    if near:
        return near[0]
    if title_at is None and date_lines:
        return date_lines[0]
    if title_at is not None:  # the lines near the title first, asked alone
        window = _near_title(doc, title_at)
        book = book_for(settings, doc.language)
        found = (
            lines_opening_with_a_date(doc, settings, window, None)
            or short_dated_lines(doc, settings, window)
            or labelled_dates(doc, unsearched, book, book.published_label)
            or date_lines
        )
        if found:
            return found[0]
    found = lines_opening_with_a_date(doc, settings, doc.blocks, MAX_DATELINE_WORDS)  # the page has no date line at all
    return found[0] if found else None


def _shortlines_opening_with_a_date(doc: Document, settings: Settings, date_lines: list[DateLine], title_at: int | None) -> list[DateLine]:
    """The short lines near the title that open with a date and say more
    ("mh 15. Oktober 2023", "26. September 2019 Jane Doe Schreibe einen
    Kommentar", "31. Jan. 2022 in Köln"), not date lines already: as good as
    a date line when nearer the title. Taken with the date lines on the eval
    corpus' text pages (bench meta), right dates went from 89.6% to 90.0%
    (htmltext) and 88.4% to 88.7% (inscriptis), none turned wrong."""
    if title_at is None:
        return []
    window = _near_title(doc, title_at)
    dated = {line.block for line in date_lines}
    return [c for c in lines_opening_with_a_date(doc, settings, window, MAX_DATELINE_WORDS) if c.block not in dated]


def _near_title(doc: Document, title_at: int) -> list[Block]:
    """The blocks from ABOVE_TITLE above the title to BELOW_TITLE under it."""
    return doc.blocks[max(0, title_at - ABOVE_TITLE) : title_at + BELOW_TITLE + 1]


def _title_over_body(doc: Document) -> int | None:
    """Where the title of a page whose title was read from no line stands: a few
    lines over the article's first paragraph (the first kept line of
    BODY_WORDS words or more), past its byline, date line and picture. On the
    eval corpus' text pages (bench meta) dates looked for near it rather than
    first on the page took right dates from 88.6% to 88.8% (htmltext) and 84.7%
    to 87.9% (inscriptis), whose lines the title is less often read from."""
    counts = block_words(doc)
    body = next((b.index for b in doc.blocks if b.kind is None and counts.words[b.index] >= BODY_WORDS), None)
    return None if body is None else max(0, body - TITLE_OVER_BODY)


def _title_at(doc: Document) -> int | None:
    """The index of the block the title was read from, if it was read from one."""
    origin = doc.origins.get("title")
    if origin is None or origin.line is None:
        return None
    title = block_at_line(doc.blocks, origin.line)
    return None if title is None else title.index


def _near(lines: list[DateLine], title_at: int | None) -> list[DateLine]:
    """The ``lines`` from ABOVE_TITLE blocks above the title to BELOW_TITLE under
    it, the nearest first and, as near, the one under it: a list of stories
    prints each headline with its date, and the article's own is the nearest.
    On the eval corpus' text pages (bench meta) this took right dates from
    87.3% to 87.5% (htmltext) and 84.0% to 84.3% (inscriptis) against taking
    the first of them."""
    if title_at is None:
        return []
    near = [c for c in lines if title_at - ABOVE_TITLE <= c.block <= title_at + BELOW_TITLE]
    return sorted(near, key=lambda c: (abs(c.block - title_at), c.block < title_at))


def _date_order(doc: Document, settings: Settings, match: DateMatch) -> tuple[bool, str | None]:
    """(dayfirst, name of the evidence), or (_, None) when the page says nothing."""
    verdict = _other_dates(doc, settings, match)
    for rule in (_dotted, _country, _spelling, _language):
        if verdict is not None:
            return verdict
        verdict = rule(doc, match)
    return verdict if verdict is not None else (True, None)


def _other_dates(doc: Document, settings: Settings, match: DateMatch) -> Verdict:
    book = book_for(settings, doc.language)
    separator = match.separator
    # Only a line printing a numeric date written with the separator may add one
    # (find_dates keeps some of its patterns' matches): the named and ISO dates
    # of the others are not looked for.
    page_dates = [
        d for b in doc.blocks
        if separator in b.text and _HAS_DIGIT.search(b.text) and any(n.separator == separator for n in numeric_dates(b.text))
        for d in find_dates(b.text, book)
    ]
    orders = set()
    for other in page_dates:
        # 02.02.2022 is read the same either way: it tells no order (it had
        # made 03.02.2022 the 2nd of March on an eval corpus page).
        if other.separator == separator and not other.ambiguous and other.first != other.second:
            orders.add(other.dayfirst_only)  # True: only day-first fits; False: only month-first
    if len(orders) == 1:
        dayfirst = orders.pop()
        return dayfirst, "other-dates-on-page"
    return None


def _dotted(doc: Document, match: DateMatch) -> Verdict:
    return (True, "dotted-date") if match.separator == "." else None


def _country(doc: Document, match: DateMatch) -> Verdict:
    table = _date_order_table()
    country = None
    if doc.url:
        try:
            host = urlparse(doc.url).hostname or ""
        except ValueError:  # "http://[::1/news": no host to read
            host = ""
        country = table.tld_country.get(host.rsplit(".", 1)[-1])
    if country is None and doc.source:
        country = table.publisher_country.get(doc.source.strip().lower())
    if country is None:
        return None
    return country not in table.month_first_countries, f"country:{country}"


def _spelling(doc: Document, match: DateMatch) -> Verdict:
    if doc.language != "en":
        return None
    book = _spelling_rules()
    text = doc.text
    british = sum(len(p.findall(text)) for p in book[0])
    american = sum(len(p.findall(text)) for p in book[1])
    # One stray spelling proves nothing: ask for a clear majority of at least two.
    if british >= 2 and british >= 2 * american:
        return True, "british-spelling"
    if american >= 2 and american >= 2 * british:
        return False, "american-spelling"
    return None


def _language(doc: Document, match: DateMatch) -> Verdict:
    if doc.language and doc.language != "en":
        return True, f"language:{doc.language}"
    return None


@lru_cache(maxsize=1)
def _date_order_table() -> DateOrderTable:
    path = resources.files("declutter") / "data" / "date_order.toml"
    table = tomllib.loads(path.read_text(encoding="utf-8"))
    return DateOrderTable(table["tld_country"], table["publisher_country"], frozenset(table["month_first_countries"]))


@lru_cache(maxsize=1)
def _spelling_rules() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    book = tomllib.loads((resources.files("declutter") / "phrases" / "en.toml").read_text(encoding="utf-8"))
    spelling: dict[str, list[str]] = book.get("spelling", {})
    british, american = (tuple(re.compile(p, re.I) for p in spelling.get(name, [])) for name in ("british", "american"))
    return british, american
