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
from functools import lru_cache
from importlib import resources
from urllib.parse import urlparse

from ..dates import DateMatch
from ..document import Document
from .common import phrasebook_for
from .dateline import page_dates


def resolve_published(doc: Document) -> Document:
    candidates: list[tuple[int, DateMatch]] = doc.evidence.get("date_candidates", [])
    if doc.published or not candidates:
        return doc
    match = candidates[0][1]
    dayfirst, evidence = (True, None) if not match.ambiguous else _date_order(doc, match)
    if evidence is None and match.ambiguous:
        dayfirst = doc.settings.dates.dayfirst
        doc.published_guessed = True
        evidence = "setting:" + ("dayfirst" if dayfirst else "monthfirst")
    day = match.as_date(dayfirst)
    if day:
        doc.published = day.isoformat()
        doc.published_evidence = evidence
    return doc


def _date_order(doc: Document, match: DateMatch) -> tuple[bool, str | None]:
    """(dayfirst, name of the evidence), or (_, None) when the page says nothing."""
    for rule in (_other_dates, _dotted, _country, _spelling, _language):
        verdict = rule(doc, match)
        if verdict is not None:
            return verdict
    return True, None


def _other_dates(doc: Document, match: DateMatch):
    book = phrasebook_for(doc)
    orders = set()
    for other in page_dates(doc, book):
        if other.separator == match.separator and not other.ambiguous:
            orders.add(other.dayfirst_only)  # True: only day-first fits; False: only month-first
    if len(orders) == 1:
        dayfirst = orders.pop()
        return dayfirst, "other-dates-on-page"
    return None


def _dotted(doc: Document, match: DateMatch):
    return (True, "dotted-date") if match.separator == "." else None


def _country(doc: Document, match: DateMatch):
    table = _date_order_table()
    country = None
    if doc.url:
        host = urlparse(doc.url).hostname or ""
        country = table["tld_country"].get(host.rsplit(".", 1)[-1])
    if country is None and doc.source:
        country = table["publisher_country"].get(doc.source.strip().lower())
    if country is None:
        return None
    return country not in table["month_first_countries"], f"country:{country}"


def _spelling(doc: Document, match: DateMatch):
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


def _language(doc: Document, match: DateMatch):
    if doc.language and doc.language != "en":
        return True, f"language:{doc.language}"
    return None


@lru_cache(maxsize=1)
def _date_order_table() -> dict:
    path = resources.files("declutter") / "data" / "date_order.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _spelling_rules() -> tuple[tuple[re.Pattern, ...], tuple[re.Pattern, ...]]:
    book = tomllib.loads((resources.files("declutter") / "phrases" / "en.toml").read_text(encoding="utf-8"))
    spelling = book.get("spelling", {})
    compile_all = lambda patterns: tuple(re.compile(p, re.I) for p in patterns)  # noqa: E731
    return compile_all(spelling.get("british", [])), compile_all(spelling.get("american", []))
