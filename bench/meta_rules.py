"""The metadata bench's matching rules: when a field counts, and when it is right.

Pure functions (no corpus, no trafilatura) so tests/test_bench_metadata.py can
pin them. A field is scored only on pages where the reference value is
*printed* in the text: declutter reads nothing but the text, so a value that
exists only in the HTML's <head> (og:site_name, a JSON-LD date) is no fault of
the cleaner's. Each rule below says why it is as loose or as strict as it is.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from .fold import TRAILING, key, normalise
from .fold import normalise_text as normalise_text
from .fold import phrase_in as _phrase_in
from .source_rules import source_printed as source_printed
from .source_rules import source_right as source_right
from .source_rules import source_variants

# -- title ---------------------------------------------------------------------
# Separators between a headline and the site/section name in <title>, as the
# corpus' references print them (dashes are folded to "-"). ": " is not here:
# it is as often part of the headline ("Study shows: ...") and is only split
# off as a leading kicker or site name (see title_variants). "›", "⋆", "~" and
# the box-drawing "│" part "Headline › site.at" as "|" does; "»" and "«" are
# folded to '"' by normalise and are handled before it (_LONE_GUILLEMET).
_TITLE_SEPARATORS = (" | ", " - ", " · ", " // ", " :: ", " / ", " • ", " › ", " ‹ ", " ⋆ ", " ~ ", " │ ")
_SEPARATOR = re.compile("|".join(re.escape(sep) for sep in _TITLE_SEPARATORS))
# "Headline » Site": a spaced guillemet without its pair is a separator; with
# its pair it quotes ("« Il y a, d'abord, le poids de la géographie »").
_LONE_GUILLEMET = {"»": "«", "«": "»"}
# "Headline | Section | Site", "Site - Section - Headline": up to two short
# parts are removed, from either end.
_MOST_PARTS_REMOVED = 2
# A fuzz ratio of 95 on normalised titles forgives one or two characters in a
# 30-60 character headline (a lost soft hyphen, an ellipsis, "&amp;" left in a
# text scrape) but nothing that changes a word of a short one, and two
# different lines of a page never come that close.
TITLE_FUZZ = 95.0


def _parted(title: str) -> str:
    """``title`` normalised, with a lone spaced guillemet as the separator " | "."""
    for mark, pair in _LONE_GUILLEMET.items():
        if f" {mark} " in title and pair not in title:
            title = title.replace(f" {mark} ", " | ")
    return normalise(title)


def _headline_parts(parted: str) -> set[str]:
    """``parted`` with one or two parts removed at its ends ("Headline | Section | Site").

    What is kept must be at least two words and longer than what is removed at
    either end: site and section names are the short pieces, the long piece is
    the headline.
    """
    cuts = [(m.start(), m.end()) for m in _SEPARATOR.finditer(parted)]
    out = set()
    # i parts removed at the start, j at the end.
    for i in range(_MOST_PARTS_REMOVED + 1):
        for j in range(_MOST_PARTS_REMOVED + 1 - i):
            if i + j == 0 or i + j > len(cuts):
                continue
            # The kept part runs from after the i-th separator to before the j-th from the end.
            start = cuts[i - 1][1] if i else 0
            end = cuts[len(cuts) - j][0] if j else len(parted)
            kept = parted[start:end].strip().rstrip(TRAILING).strip()
            lead = parted[: cuts[i - 1][0]] if i else ""
            tail = parted[cuts[len(cuts) - j][1] :] if j else ""
            removed = max(len(lead), len(tail))
            if len(kept.split()) >= 2 and len(kept) > removed:
                out.add(kept)
    return out


def title_variants(title: str, sitename: str | None) -> set[str]:
    """The normalised title and its headline parts with site and section parts removed."""
    full = normalise(title)
    out = {full} if full else set()
    out |= _headline_parts(_parted(title))
    # "Kicker: Headline": German and French pages print a kicker (Dachzeile)
    # before the headline, and <title> has it one way or the other; the
    # headline after the colon is the same title. Only the leading part goes,
    # by the same length rule, so "Headline: a subtitle" is not cut down.
    if ": " in full:
        lead, rest = full.split(": ", 1)
        if len(rest.split()) >= 2 and len(rest) > len(lead):
            out.add(rest.strip())
    for site in source_variants(sitename or ""):
        # The sitename may itself contain a separator ("Martina Berg - Lady 50plus"),
        # so it is cut off as a whole, with whatever separator (": " too) sits next to it.
        for sep in (*_TITLE_SEPARATORS, ": "):
            if full.endswith(sep + site):
                out.add(full[: -len(sep + site)].rstrip(TRAILING).strip())
            if full.startswith(site + sep):
                out.add(full[len(site + sep):].strip())
    return {v for v in out if v}


def _close(a: str, b: str) -> bool:
    return a == b or fuzz.ratio(a, b) >= TITLE_FUZZ


def title_right(got: str, reference: str, sitename: str | None) -> bool:
    """Equal after normalising, or one is the other with a site part removed."""
    ours = normalise(got)
    if not ours:
        return False
    if any(_close(ours, v) for v in title_variants(reference, sitename)):
        return True
    ref = normalise(reference)
    return any(_close(ref, v) for v in title_variants(got, sitename))


def title_printed(reference: str, sitename: str | None, text: str) -> bool:
    """The reference title, or its headline without the site part, is in the (normalised) text."""
    return any(v in text for v in title_variants(reference, sitename))


# -- source (publisher): the reference here, the rest in source_rules.py ----------
def source_reference(sitename: str | None, title: str | None) -> str | None:
    """The sitename, unless it is the page's title again, or the title with a
    site part ("Headline | Site" where the title is "Headline"), or has no letter ("02.11.2021").

    All are trafilatura's fallbacks picking up the wrong line (the <title>, a
    date), not a publisher's name.
    """
    if not sitename or not any(c.isalpha() for c in sitename):
        return None
    if title and (normalise(sitename) == normalise(title) or normalise(title) in title_variants(sitename, None)):
        return None
    return sitename


# -- author ---------------------------------------------------------------------
# Bylines keep their lead word in some scrapes and in trafilatura's output
# ("Par Stefan Häne"); it is not part of the name.
_BY = re.compile(r"^(?:(?:view all )?posts by|written by|by|von|par|por|door)\b\s*:?\s*")
# How a byline joins several names; trafilatura joins them with "; ".
_JOIN = re.compile(r"\s*(?:;|,|&|\+|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*")


def author_names(value: str) -> list[str]:
    names = [_BY.sub("", normalise(part)) for part in value.split(";")]
    return [n for n in names if n]


def author_right(got: str, reference: str) -> bool:
    """Every name declutter gives is one of trafilatura's: one of several, or all of them.

    Compared as letters and digits only ("J.O. Haselhoef" is "J O Haselhoef"). A
    subset counts, not only one or all: trafilatura's list sometimes carries the
    publisher as an author ("Condé Nast; Fiona Bornhöft; Mariam Hofbeck").
    """
    ref = {key(n) for n in author_names(reference)}
    ours = [key(n) for n in _JOIN.split(_BY.sub("", normalise(got))) if key(n)]
    return bool(ours) and bool(ref) and all(n in ref for n in ours)


def author_printed(reference: str, text: str) -> bool:
    return any(_phrase_in(n, text) for n in author_names(reference))


# -- date ---------------------------------------------------------------------
# Month names as news pages print them, full and abbreviated, in the corpus'
# main languages. Written out here rather than taken from declutter, so the
# bench does not share the cleaner's blind spots.
_MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"),
    "en_abbr": ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    "de": ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
           "september", "oktober", "november", "dezember"),
    "de_abbr": ("jän", "feb", "mrz", "apr", "mai", "jun", "jul", "aug", "sept", "okt", "nov", "dez"),
    "de_at": ("jänner", "feber", "maerz", "april", "mai", "juni", "juli", "august",
              "september", "oktober", "november", "dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "fr_abbr": ("janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "es_abbr": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "setiembre", "oct", "nov", "dic"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"),
    "it_abbr": ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"),
    "pt_abbr": ("jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "nl_abbr": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
}
# Ordinals and the words between day, month and year: "14th", "1er", "14.",
# "14 de marzo de 2019", "14. März 2019", "March 14th, 2019".
_DAY_SUFFIX = r"(?:st|nd|rd|th|er|º|°|\.)?"
_OF = r"(?:\s+(?:de|del|di)\s+|\s*,?\s*)"


@lru_cache(maxsize=12)
def _month_names(month: int) -> str:
    names = {table[month - 1] for table in _MONTHS.values()}
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@lru_cache(maxsize=4096)
def date_pattern(reference: str) -> re.Pattern[str]:
    """One regex for the reference date (YYYY-MM-DD) in any rendering a page may print it in."""
    y, m, d = (int(part) for part in reference[:10].split("-"))
    yy = f"{y % 100:02d}"
    mm, dd = (f"0?{n}" if n < 10 else str(n) for n in (m, d))
    numeric = [
        rf"{y}-{m:02d}-{d:02d}", rf"{y}/{mm}/{dd}", rf"{y}\.{mm}\.{dd}",
        # Day first (Europe) and month first (US), with ".", "/" or "-", four- or two-digit year.
        *(rf"{dd}\s?{sep}\s?{mm}\s?{sep}\s?(?:{y}|{yy})" for sep in (r"\.", "/", "-")),
        *(rf"{mm}{sep}{dd}{sep}(?:{y}|{yy})" for sep in ("/", "-")),
    ]
    month = rf"(?:{_month_names(m)})(?!\w)\.?"
    day = rf"{dd}{_DAY_SUFFIX}"
    named = [rf"{day}{_OF}{month}{_OF}{y}", rf"{month}\s*{day}{_OF}{y}"]
    alternatives = "|".join(f"(?:{p})" for p in numeric + named)
    # No digit glued on either side: 14.03.2019 is not "4.03.20", nor 2019-03-141.
    return re.compile(rf"(?<![\d\w])(?:{alternatives})(?!\d)", re.IGNORECASE)


def date_printed(reference: str, text: str) -> bool:
    return date_pattern(reference).search(text) is not None


def date_right(got: str, reference: str) -> bool:
    """Same calendar day; the time and time zone declutter may add are not scored."""
    return got[:10] == reference[:10]


def verdict(got: str | None, right: bool) -> str:
    """right, wrong (a value that is not right) or missing (no value)."""
    if got is None or not got.strip():
        return "missing"
    return "right" if right else "wrong"

