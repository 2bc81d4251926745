"""The author's bio under the article: "About Jane Doe" (or her name alone),
then a paragraph about her ("Jane is the paper's science editor...").

The bio is prose in the article's own voice and register, set a few lines
under its last paragraph, so the classifier keeps it. What gives it away is
the page's own evidence: a short line holding the name the byline gave
(``Document.author``) right above a paragraph among the page's last kept
ones. Nothing here knows a site or a language.
"""
from __future__ import annotations

from declutter.blocks import Block
from declutter.kinds import Kind

# The bio's heading: the author's name with a word or two ("About Jane Doe",
# "Über Jane Doe", "Author: Jane Doe"); a longer line naming her is a sentence.
_HEADING_WORDS = 6
# The bio and what follows it (a "follow her" line, her other posts) are among
# the page's last kept blocks: at most this many of them.
_TAIL = 3
# A byline or a date line naming the author ("By Jane Doe", rules' drops) heads
# the article's text, printed above its paragraphs past a teaser box as often as
# above the article: no bio's heading.
_META = frozenset({Kind.BYLINE, Kind.DATELINE})
# An article's body stands above its bio: at least this many kept blocks
# (a byline over a short article's last paragraphs is no bio's heading).
_BODY = 3


def without_author_bio(
    keep: list[bool], page: list[Block], candidates: list[Block], places: list[int], author: str | None
) -> list[bool]:
    """The page's last kept blocks from the first one standing right under a
    short line that holds the article's author's name, past at least _BODY
    kept blocks, go: her bio and what follows it. ``places`` are the
    candidates' places in ``page``."""
    if not author:
        return keep
    kept_at = [i for i, k in enumerate(keep) if k]
    name = author.casefold()
    for n in range(max(_BODY, len(kept_at) - _TAIL), len(kept_at)):
        at = places[kept_at[n]]
        if at - 1 <= places[kept_at[n - 1]]:
            continue  # nothing between it and the kept block above
        heading = page[at - 1]
        if heading.kind in _META:
            continue
        if len(heading.text.split()) <= _HEADING_WORDS and name in heading.text.casefold():
            keep = list(keep)
            for i in kept_at[n:]:
                keep[i] = False
            return keep
    return keep
