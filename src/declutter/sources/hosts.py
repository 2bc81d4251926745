"""The host names a page prints in its addresses ("www.coastal-courier.com/...",
"info@coastal-courier.com") and whether one of them spells a name: a site's
address names the site, so a name it spells is the site's own."""
from __future__ import annotations

import re
import unicodedata

# A host in a link or a mail address: after "://", "www." or "@", up to its top-level label.
_ADDRESS_HOST = re.compile(r"(?:://|(?<!\w)www\.|@)((?:[a-z0-9-]+\.)+[a-z]{2,6})(?![\w.])", re.I)
# A registry's second-level label under a country's ("bbc.co.uk", "zamg.ac.at"):
# the site's own name is the label before it.
_REGISTRY_LABELS = frozenset(("ac", "co", "com", "gov", "net", "org", "or", "gv", "edu"))
# A host name's top-level label after a name ("Coastal-Courier.com").
_TOP_LEVEL = re.compile(r"\.[a-z]{2,6}$", re.I)


def spelled(text: str) -> str:
    """``text`` as a host spells it: case and marks aside, letters and digits only."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if c.isalnum())


def site_labels(text: str) -> set[str]:
    """The site labels ("coastalcourier") of the hosts ``text`` prints in its addresses."""
    labels = set()
    for host in _ADDRESS_HOST.findall(text):
        parts = host.casefold().split(".")[:-1]  # the top-level label aside
        if len(parts) > 1 and parts[-1] in _REGISTRY_LABELS:
            parts.pop()
        if parts:
            labels.add(spelled(parts[-1]))
    return labels - {""}


def spells_a_host(name: str, labels: set[str]) -> bool:
    """Whether one of ``labels`` spells ``name``'s leading words, all or some
    ("Coastal Courier" by coastal-courier.com, "Von der See Agentur" by
    vondersee.de): not a word's start only ("Bundesamt für ..." is not bund.de)."""
    words = _TOP_LEVEL.sub("", name).split()
    return any(spelled(" ".join(words[:n])) in labels for n in range(1, len(words) + 1))
