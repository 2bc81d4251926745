"""The metadata bench's rules for the source (publisher): when a sitename is
printed, and when declutter's value names the same publisher (meta_rules.py
re-exports them; its docstring says what the rules are for)."""
from __future__ import annotations

import re
import unicodedata

from .fold import key, normalise, phrase_in

_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?((?:[\w-]+\.)*[\w-]+)\.[a-z]{2,6}/?$")


def is_domain(name: str) -> bool:
    return _DOMAIN.match(normalise(name)) is not None


def source_variants(sitename: str) -> list[str]:
    """The sitename, without a leading "The", and a domain without "www." and its TLD.

    Trafilatura falls back to the host name ("focus.de") where a page names no
    site, and "The Guardian" is printed as "Guardian" as often as not.
    """
    name = normalise(sitename)
    if not name:
        return []
    out = [name]
    if name.startswith("the "):
        out.append(name[4:])
    domain = _DOMAIN.match(name)
    if domain:
        out.append(domain.group(1))
    return out


# A company's legal form after its name ("Rhein-Neckar Löwen GmbH", "DRK e.V.",
# "POLITYKA Sp. z o.o. S.K.A"): the same name as a register writes it, not
# another publisher. Matched on normalised (case-folded) names.
_LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:g?gmbh|mbh|ag|kg|e\.\s?v|inc|ltd|llc|plc|a/s|s\.\s?a|s\.\s?l|s\.\s?p\.\s?a|sp\.\s?z\s?o\.\s?o"
    r"|s\.\s?k\.\s?a|b\.\s?v|n\.\s?v|sarl|sas|srl|& co|co)\.?)+$"
)
# Letters a domain spells without their marks: "baechli-bergsport.ch" is
# "Bächli-Bergsport", "orsted.de" "Ørsted" (ø, æ, ß have no combining mark to drop).
_SPELLED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l"})
# A second-level label a registry puts under a country's TLD ("zamg.ac.at",
# "bbc.co.uk"): the site's own name is the label before it.
_REGISTRY_LABEL = re.compile(r"\.(?:ac|co|com|gov|net|org|or|gv|edu)$")


def _without_marks(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _name_keys(name: str) -> set[str]:
    """The keys one name goes by: as written, spelled as a domain would spell it
    (marks dropped, or umlauts written out), without its legal form, and a
    domain's without a registry's second-level label."""
    names = set(source_variants(name))
    names |= {_LEGAL_FORM.sub("", n).strip() for n in names}
    names |= {_REGISTRY_LABEL.sub("", n) for n in names}
    return {key(spelled) for n in names for spelled in (n, _without_marks(n), _without_marks(n.translate(_SPELLED)))} - {""}


def _initials(name: str) -> set[str]:
    """A name of two or more words shortened to its initials, all words' or the
    capitalised ones' ("Bundesamt für Strahlenschutz" is "BfS", "Evangelische
    Kirche in Deutschland" "EKD"). Read on the name as written (case kept)."""
    words = [w for w in re.split(r"[\s-]+", unicodedata.normalize("NFKC", name)) if w[:1].isalpha()]
    if len(words) < 2:
        return set()
    out = {"".join(w[0] for w in words).casefold()}
    capitalised = [w for w in words if w[0].isupper()]
    if len(capitalised) >= 2:
        out.add("".join(w[0] for w in capitalised).casefold())
    return out


def _acronym_of(short: str, long: str) -> bool:
    """``short`` is an acronym (one word, its legal form and TLD aside: "DW.COM",
    "MZ.de", "DRK e.V.") of ``long``'s words: an organisation's initials name it
    as its full name does, a site often going by them."""
    keys = {k for k in _name_keys(short) if k.isalpha() and 2 <= len(k) <= 6}
    return bool(keys & _initials(long))


def _domain_part(got: str, sitename: str) -> bool:
    """``got`` is a domain that is an outer part of ``sitename`` ("Reset.org |
    Digital for Good", "ingenieur.de - Jobbörse für Ingenieure"): the site's
    address names the site itself, the rest of the sitename is its motto. Only
    a domain: a person's name before a blog's ("Martina Berg - Lady 50plus") is not the site's."""
    if not is_domain(got):
        return False
    ours = normalise(got)
    # normalise() has made "»" a '"' and every dash a "-".
    parts = [p.strip() for p in re.split(r"\s[|\-:\"·•/]\s", normalise(sitename))]
    return len(parts) > 1 and ours in (parts[0], parts[-1])


# A sitename part this many words long is a headline: trafilatura read the
# page's <title> ("Cup-Vorschau: Beim BSV Stans freut man sich ... - Handball
# Schweiz") where the page named no site, and the title's short outer part is
# the site's name. A motto is shorter ("Lady 50plus", "Digital for Good").
_HEADLINE_WORDS = 6


def _title_site_part(got: str, sitename: str) -> bool:
    """``got`` is the short outer part of a ``sitename`` that is a page title
    ("Headline | Site"): the other part a headline's length, three times the site's."""
    parts = [p.strip() for p in re.split(r"\s[|\-:\"·•/]\s", normalise(sitename))]
    ours = normalise(got)
    return len(parts) == 2 and any(
        site == ours and len(headline.split()) >= _HEADLINE_WORDS and len(headline) >= 3 * len(site)
        for site, headline in (parts, parts[::-1])
    )


# The words naming a publication's medium, after its name: "BBC" and "BBC
# News", "Cicero" and "Cicero Online", "DATEV" and "DATEV magazin" are one
# publisher, its logo printing one and og:site_name the other.
_MEDIUM_WORD = re.compile(r"\s+(?:news|online|blog|info|magazine?|noticias|actualités|nachrichten)$")


def _with_medium_word(got: str, sitename: str) -> bool:
    """One name is the other with a medium's word after it (as written, "the"
    and case aside: not a company's name without its legal form, "Management
    Circle Blog" is not "Management Circle AG")."""
    ours, theirs = (normalise(n).removeprefix("the ") for n in (got, sitename))
    return ours != theirs and (_MEDIUM_WORD.sub("", ours) == theirs or _MEDIUM_WORD.sub("", theirs) == ours)


def source_right(got: str, sitename: str) -> bool:
    ours = _name_keys(got)
    return (
        bool(ours & _name_keys(sitename)) or _acronym_of(got, sitename) or _acronym_of(sitename, got)
        or _domain_part(got, sitename) or _domain_part(sitename, got) or _title_site_part(got, sitename)
        or _with_medium_word(got, sitename)
    )


def source_printed(sitename: str, text: str) -> bool:
    """The sitename (or it without "The") occurs as a whole phrase in the text.

    A bare domain counts only when the domain itself is printed; its stem alone
    ("focus" of focus.de) is too often an ordinary word to say the site is named.
    """
    names = source_variants(sitename)
    if is_domain(sitename):
        names = names[:1]
    return any(phrase_in(n, text) for n in names)
