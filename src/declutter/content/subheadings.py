"""The article's own subheadings, looked at once the article's extent is known.

The content classifier's rules (extractors/content.py) keep a subheading
between two paragraphs while they bridge gaps; paragraphs brought back later
(an article's last lines, the paragraphs past a box) and a picture between a
subheading and its paragraphs leave such a line dropped. Once every rule has
kept what it keeps, a short line shaped like a subheading (content.shapes.heading:
a few words, a capital, no sentence's end, no label's colon) standing between
two kept prose paragraphs, with nothing but a picture (its caption, its
text) or an ad's line between, is the article's. Bench styles F1 0.9630 ->
0.9632 (4 paragraphs more, 3 of them subheadings; leaked the same), corpus
snippets the same (20 page renderings gain a subheading).
"""
from __future__ import annotations

from collections import Counter

from declutter.blocks import Block
from declutter.content.options import ContentSettings
from declutter.content.shapes import heading, prose
from declutter.kinds import Kind

# What the rules drop inside an article without ending it: a picture's caption
# and its text, an ad's or a promo's line. A subheading stands over its
# paragraph with a picture between as often as without: bench styles F1
# 0.9540 -> 0.9541 (3 subheadings more), corpus the same.
FURNITURE = frozenset({Kind.IMAGE_CAPTION, Kind.IMAGE_ALT, Kind.ADVERTISEMENT, Kind.PROMO})
# Beside a line the model dropped, a promo's line is a box the line belongs to
# ("Regarder le direct" over "Écouter la radio", a paywall's "subscribe" under
# its counter): with_late_subheadings walks past a picture or an ad only.
# With promos too: bench styles leaked 2 lines more, no subheading more.
_PICTURE_OR_AD = FURNITURE - {Kind.PROMO}
# A newsletter's or a donation appeal's box the page sets between a subheading
# and its paragraph: the subheading stays past it, but a line ending like a
# call ("Helfen Sie mit!", a donation box's heading) is the box's own, and so
# is a line over a promo's (see _PICTURE_OR_AD). Bench styles F1 0.9637 ->
# 0.9639 (4 subheadings, leaked the same), corpus the same (without the call's
# end: a donation box's heading came in on one page).
_BOXES_UNDER = _PICTURE_OR_AD | {Kind.NEWSLETTER, Kind.DONATION_APPEAL}
_CALL_ENDS = ("!", "！")
# A short line ending in a full stop or a credit's separators is a picture's
# credit ("APA/Name R.", "Name / Web / Quelle: X") as often as a subheading:
# on the corpus such lines between paragraphs were credits and a quiz's answers.
_CREDIT_SEPARATOR = " / "


def furniture_between(page: list[Block], above: int, below: int, furniture: frozenset[Kind] = FURNITURE) -> bool:
    """Whether nothing but in-article ``furniture`` stands between places ``above`` and ``below`` of ``page``."""
    return all(block.kind in furniture for block in page[above + 1 : below])


def with_late_subheadings(
    keep: list[bool], scores: list[float], page: list[Block], candidates: list[Block], places: list[int], words: list[int],
    opts: ContentSettings,
) -> list[bool]:
    """A dropped line shaped like a subheading, scored at least
    ``inside_between_score``, stays when the candidates on both sides of it
    are kept prose paragraphs with only a picture or an ad between (under
    it, a newsletter's or a donation appeal's box too). Not a
    line said more than once on the page (a gallery's title under each
    picture: a subheading is said once), nor one shaped like a credit
    (a full stop, _CREDIT_SEPARATOR). ``places`` are the candidates' places in ``page``."""
    keep = list(keep)
    waiting = [
        i for i in range(1, len(keep) - 1)
        if not keep[i] and keep[i - 1] and keep[i + 1] and scores[i] >= opts.inside_between_score
        and heading(candidates[i].text, words[i], opts)
    ]
    if not waiting:
        return keep
    said = Counter(block.text for block in page)
    for i in waiting:
        text = candidates[i].text
        if said[text] > 1 or text.endswith(".") or _CREDIT_SEPARATOR in text:
            continue
        if not furniture_between(page, places[i - 1], places[i], _PICTURE_OR_AD):
            continue
        if not furniture_between(page, places[i], places[i + 1], _PICTURE_OR_AD) and (
            text.endswith(_CALL_ENDS) or not furniture_between(page, places[i], places[i + 1], _BOXES_UNDER)
        ):
            continue  # a box under it, and it is no call of the box's ("Help us!")
        above, below = i - 1, i + 1
        keep[i] = prose(candidates[above].text, words[above], opts) and prose(candidates[below].text, words[below], opts)
    return keep
