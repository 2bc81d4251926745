"""Telling a markdown rendering from a plain-text scrape by its content.

Strong signs count: link or image destinations, ATX headings set apart by
blank lines, reference definitions, fences, tables, strong emphasis and
escapes, in the page's first part. A plain scrape may hold one or two of
them; a rendering holds many.
"""
from __future__ import annotations

import re
from itertools import islice

from .markdown_front import front_matter

# What detection looks at: the markup of a page shows in its first part, and
# scanning more only costs time on long pages.
SAMPLE_CHARS = 20_000


# Detection. Strong signs: link or image destinations, ATX headings,
# reference definitions, fences. Bullets are no sign: plain scrapes (inscriptis)
# write "* " bullets, and "- " lists are everywhere.
_LINK_SIGN = re.compile(r"\]\((?:<[^<>\n]*>|[^\s()]+)(?:[ \t]+\"[^\"\n]*\")?\)")  # "](dest)", "](dest \"title\")"
# A heading with a blank line before and after it, as converters write them:
# plain scrapes (htmltext) number ordered lists "# " on consecutive lines.
_HEADING_SIGN = re.compile(r"(?:^|\n)[ \t]*\n#{1,6}[ \t]+\S[^\n]*\n[ \t]*(?:\n|$)")
_TABLE_SIGN = re.compile(r"^[ \t]*\|?[ \t]*:?---+:?[ \t]*\|", re.MULTILINE)
_REFERENCE_SIGN = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*(?:https?://|/)", re.MULTILINE)
_FENCE_SIGN = re.compile(r"^ {0,3}```", re.MULTILINE)
_STRONG_SIGN = re.compile(r"\*\*[^\s*][^*\n]{0,200}\*\*|__[^\s_][^_\n]{0,200}__")
_ESCAPE_SIGN = re.compile(r"\\[_*\[\]#!().-]")
# Inline data ("](data:image/svg+xml;base64,...)"): one payload can fill the
# whole sample and hide the page's markup behind it, so payloads are cut out of
# a longer stretch before the sample is taken. Ten samples' worth: the corpus's
# html-to-markdown renderings open with payloads of up to 48,000 characters.
_DATA_PAYLOAD = re.compile(r"(?<=;base64,)[A-Za-z0-9+/=]+")
_PAYLOAD_STRETCH = 10


def looks_like_markdown(text: str) -> bool:
    """Whether ``text`` is a markdown rendering rather than a plain-text scrape."""
    if "---" in text[:8] and front_matter(text)[0] is not None:
        return True  # the whole text: a front matter's values can be long (a site's config as JSON)
    sample = text[:SAMPLE_CHARS]
    if ";base64," in sample:
        sample = _DATA_PAYLOAD.sub("", text[: SAMPLE_CHARS * _PAYLOAD_STRETCH])[:SAMPLE_CHARS]
    links = _signs(_LINK_SIGN, "](", sample, most=3)
    if links >= 3:
        return True  # three link destinations: plain text never writes "](https://"
    score = 2 * links + 2 * _signs(_HEADING_SIGN, "\n#", sample) + 2 * _signs(_REFERENCE_SIGN, "]:", sample)
    score += _signs(_FENCE_SIGN, "```", sample) // 2 * 2 + _signs(_STRONG_SIGN, ("**", "__"), sample, most=3)
    score += _signs(_ESCAPE_SIGN, "\\", sample, most=3) + 3 * _signs(_TABLE_SIGN, "---", sample, most=2)
    return score >= 6


def _signs(sign: re.Pattern[str], needs: str | tuple[str, ...], sample: str, most: int | None = None) -> int:
    """How often ``sign`` is in ``sample``, up to ``most`` times when given (the search
    stops there: a rendering's links are many, and three settle it); searched only when
    the sample holds what every match holds (most plain-text pages hold none of
    the marks, and the seven searches were a tenth of cleaning such a page)."""
    literals = (needs,) if isinstance(needs, str) else needs
    # Its first character first: found by memchr, far faster, and most pages lack "]", "`", "*".
    if not any(literal[0] in sample and literal in sample for literal in literals):
        return 0
    return sum(1 for _ in islice(sign.finditer(sample), most))
