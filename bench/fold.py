"""Case, quotes, dashes and spaces folded the one way the metadata bench's rules
(meta_rules.py, source_rules.py) compare a value with a reference or a page."""
from __future__ import annotations

import re
import unicodedata

# Typographic variants the two renderings and the HTML disagree on; a title is
# the same title whichever quote or dash the scraper kept.
_QUOTES = str.maketrans({c: "'" for c in "‘’‚‛′`´"} | {c: '"' for c in "“”„‟«»″"})
_DASHES = re.compile(r"[‐‑‒–—―−]")
_SPACE = re.compile(r"\s+")
# Trailing punctuation is style, not content ("Headline." vs "Headline").
TRAILING = ".,;:!?…·*-|"


def normalise(text: str) -> str:
    """NFKC, casefold, one quote of each kind, one dash, single spaces, no trailing punctuation."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = _SPACE.sub(" ", _DASHES.sub("-", text)).casefold()
    return text.strip().rstrip(TRAILING).strip()


def normalise_text(text: str) -> str:
    """A whole page for substring search: same folding as titles, lines joined by one space."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return _SPACE.sub(" ", _DASHES.sub("-", text)).casefold()


def phrase_in(phrase: str, text: str) -> bool:
    """``phrase`` occurs in ``text`` as whole words (no letter or digit glued on either side)."""
    return bool(phrase) and re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


def key(name: str) -> str:
    """Letters and digits only: "FOCUS-Online" and "Focus Online" are one name."""
    return "".join(c for c in name if c.isalnum())
