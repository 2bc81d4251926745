"""Lines that are no headline whatever their shape: a link, an address, code,
two sentences, a photo's credit.

Asked of the lines the weaker title rules take (titles/evidence.py): a line
over the article's first paragraph or over a byline, a line printed twice.
"""
from __future__ import annotations

import re

# A link, an address, a handle, code or a host's name alone ("my.example.de",
# a login widget's), a link back printed with its arrow ("<Alle Shops im
# Bereich Korsetts"), a call of a name with an underscore in it
# ("theme(axis.text.x = element_text(size = 20))": a code sample's line):
# never a headline.
_NOT_PROSE = re.compile(r"://|www\.|@\w|`|pic\.twitter|^[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}$|^<\S|[^\W\d]_\w+\s?\(")
# Two sentences: a word of four lower-case letters or more ending in a full
# stop, then a capital ("... d'années. Image: Keystone"): a caption's or a
# paragraph's, where a headline is one sentence (abbreviations, "Dr." or
# "Corp.", have fewer).
_TWO_SENTENCES = re.compile(r"[^\W\d_A-Z]{4}\.\s+[^\W\d_a-z]")
# A photo's credit closing a caption: a copyright sign, an agency's capitals
# after a slash ("Presidente de EEUU, Joe Biden / AFP"), or after a label
# and before a slash ("... des ATP-Turniers Bild: AFP/SID/PASCAL GUYOT").
# A caption under the headline's photo shares its words with the article as
# a headline does (bench meta, inscriptis: 2 such titles, both wrong; with
# the credit, the code and the link back turned down, 4 titles wrong ->
# 2 right, 1 missing, 1 wrong; htmltext none).
_CREDIT = re.compile(r"©|\s/\s?[A-Z]{2,}[A-Z/ ]*$|(?:^|\s)[^\W\d_]+:\s?[A-Z]{2,}/")


def one_sentence(text: str) -> bool:
    """Not a link, an address, code, two sentences or a photo's credit: asked of the lines the
    weaker rules take (a page's own title line may hold two: Polish headlines
    do, "Unijne fundusze coraz bliżej. Sejm zagłosował")."""
    return _NOT_PROSE.search(text) is None and _TWO_SENTENCES.search(text) is None and _CREDIT.search(text) is None
