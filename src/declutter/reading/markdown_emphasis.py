"""Markdown emphasis marks removed from a line's text: strong, emphasis and
strike-through, nested or empty, and the loose asterisks converters leave
(markdown_text.py's last pass, on lines holding "*", "_" or "~")."""
from __future__ import annotations

import re

# Strong emphasis, ** or __ around text that starts and ends with no white space.
STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# Single * or _ only when they flank a word like emphasis does: "2 * 3",
# snake_case and "*nix" stay as they are.
# Each branch opens with its mark and looks behind it after: a pattern that opens
# with a literal lets the regex engine skip to the marks instead of trying every position.
_EMPHASIS = re.compile(r"\*(?<![\w*]\*)(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])|_(?<![\w_]_)(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_STAR_RUN = re.compile(r"\*{2,}")
# Emphasis around nothing ("__", "****"): converters write an empty <i> or <b>
# (an icon's) so. Not between two word characters: "a__b" may be the text's.
_EMPTY_EMPHASIS = re.compile(r"(?<![\w*])(?:__|\*\*\*\*)(?![*_])|(?<![*_])(?:__|\*\*\*\*)(?![\w*])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")


def without_emphasis(text: str) -> str:
    """``text`` without its emphasis marks; the emphasised words stay."""
    for _ in range(3):  # nested emphasis ("***x***", "**_x_**") needs a pass per level
        stripped = STRONG.sub(r"\2", text) if "**" in text or "__" in text else text
        if "*" in stripped or "_" in stripped:
            stripped = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), stripped)
        if "~~" in stripped:
            stripped = _STRIKE.sub(r"\1", stripped)
        if stripped == text:
            break
        text = stripped
    if "__" in text or "****" in text:
        text = _EMPTY_EMPHASIS.sub("", text)
    if "**" in text:
        text = _loose_strong(text)
    return text


def _loose_strong(text: str) -> str:
    """Runs of asterisks left after the emphasis passes, removed when they pair up.

    Converters put the white space of "<b>word </b>" inside the marks
    ("**word **"), which CommonMark does not read as emphasis; an even number
    of such runs on a line is emphasis all the same. An odd one ("f***")
    may be the text's own.
    """
    runs = _STAR_RUN.findall(text)
    return _STAR_RUN.sub("", text) if len(runs) % 2 == 0 else text
