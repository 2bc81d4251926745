"""Numbered steps: a how-to's or a recipe's instructions, a step's number on a
line of its own above each step's text.

Each step is a sentence or two ("Dice the pumpkin. Chop the onion."), short
beside the article's paragraphs, and the step's number between two of them
("Step 3", "3 of 17", "3.") breaks the run of prose the classifier looks for:
whole sets of instructions went as text far from the article. What tells the
steps apart from a most-read list's numbers is general evidence about the
run itself: its numbers count up from 1 with a mark (a full stop, a word, a
total: a ranking's "1" alone is left to the classifier), and under each number
stands a sentence, not a headline. Nothing here knows a site or a language
beyond digits and punctuation.
"""
from __future__ import annotations

import re

from declutter.blocks import Block
from declutter.content.options import ContentSettings
from declutter.content.shapes import prose_part

# A step's number alone on its line, with a mark that a ranking's bare "3" lacks:
# "3.", "3)", "3. 3." (a number printed twice), a word before it ("Step 3",
# "Krok 3") or a total after it ("3 of 17", "3 von 17", "3/17").
_STEP_NUMBER = re.compile(
    r"(?:(?P<word>[^\W\d_]{2,12})\s+)?(?P<n>\d{1,2})"
    r"(?P<mark>[.):](?:\s+(?P=n)[.):]?)?|\s*(?:/|[^\W\d_]{1,4})\s*\d{1,2})?"
)
# The longest step number's line: "Schritt 12 von 12" with room to spare.
_MAX_STEP_CHARS = 20
# A teaser's cut text ends with an ellipsis: no step's does.
_CUT = ("...", "…")


def step_number(text: str) -> int | None:
    """The step's number when the line is only a step's number with its mark
    (_STEP_NUMBER), else None."""
    if len(text) > _MAX_STEP_CHARS:
        return None
    found = _STEP_NUMBER.fullmatch(text)
    if found is None or not (found["word"] or found["mark"]):
        return None
    return int(found["n"])


def with_numbered_steps(
    keep: list[bool], candidates: list[Block], words: list[int], opts: ContentSettings
) -> list[bool]:
    """A run of at least ``min_steps`` step numbers counting up from 1 (each
    within ``step_reach`` blocks of the one before, a picture's button may
    stand between a step and the next number), each with its step's text, a
    short paragraph ending like a sentence, right under it: the steps' texts
    stay. The numbers themselves go: the text reads without them."""
    # Most lines are longer than a step's number: no call for them.
    numbers = [None if len(block.text) > _MAX_STEP_CHARS else step_number(block.text) for block in candidates]
    if numbers.count(1) == 0:
        return keep
    keep = list(keep)
    i = 0
    while i < len(candidates):
        if numbers[i] != 1:
            i += 1
            continue
        steps = _run(numbers, candidates, words, i, opts)
        if len(steps) >= opts.min_steps:
            for at in steps:
                keep[at] = True
        i += max(1, 2 * len(steps))
    return keep


def _run(
    numbers: list[int | None], candidates: list[Block], words: list[int], start: int, opts: ContentSettings
) -> list[int]:
    """The steps' texts under the numbers counting up from the 1 at ``start``:
    where a number has no such text under it, or the next number is not near,
    the run ends."""
    steps: list[int] = []
    at, expected = start, 1
    while at < len(candidates) and numbers[at] == expected:
        text_at = at + 1
        if text_at >= len(candidates) or numbers[text_at] is not None:
            break
        text = candidates[text_at].text
        if not prose_part(text, words[text_at], opts) or text.endswith(_CUT):
            break
        steps.append(text_at)
        expected += 1
        following = [j for j in range(text_at + 1, min(text_at + 1 + opts.step_reach, len(candidates))) if numbers[j] == expected]
        if not following:
            break
        at = following[0]
    return steps
