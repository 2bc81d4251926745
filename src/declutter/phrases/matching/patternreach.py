"""What ``re``'s parser tells about where a pattern's matches reach: across a
line break, or up to the end of the text searched.

A phrase search over a page's lines joined by line breaks (phrasesearch.py)
may search one line alone when no match of the phrase holds a line break or
depends on where the text ends. As in patternfacts.py, anything this reading
does not know gives the answer that searches the most.
"""
from __future__ import annotations

import re
from typing import Any

from declutter.phrases.matching import regex_internals as sre
from declutter.phrases.matching.regex_internals import Item, parsed


def may_match_line_break(pattern: str) -> bool:
    """Whether a match of ``pattern`` may hold a line break ("\\n"); True when this reading cannot tell."""
    try:
        tree = parsed(pattern)
    except re.error:
        return True
    return _breaks_line(list(tree), bool(sre.pattern_flags(tree) & sre.DOTALL))


def _breaks_line(items: list[Item], dotall: bool) -> bool:
    for op, av in items:
        if op is sre.AT:  # ^, $, \b take no character
            continue
        if op is sre.LITERAL:
            if av == ord("\n"):
                return True
        elif op is sre.ANY:
            if dotall:
                return True
        elif op is sre.IN:
            if any(_class_breaks_line(member_op, member_av) for member_op, member_av in av):
                return True
        elif op is sre.SUBPATTERN:
            if av[1] & sre.DOTALL or _breaks_line(list(av[-1]), dotall):
                return True
        elif op is sre.BRANCH:
            if any(_breaks_line(list(branch), dotall) for branch in av[1]):
                return True
        elif op in sre.REPEATS:
            if _breaks_line(list(av[2]), dotall):
                return True
        else:  # lookarounds, groups by number, a negated literal...
            return True
    return False


def _class_breaks_line(op: Any, av: Any) -> bool:
    if op is sre.LITERAL:
        return bool(av == ord("\n"))
    if op is sre.RANGE:
        return bool(av[0] <= ord("\n") <= av[1])
    if op is sre.CATEGORY:
        return av not in sre.NO_BREAK_CATEGORIES
    return True  # a negated class


def may_match_at_text_end(pattern: str) -> bool:
    """Whether ``pattern`` holds ``$`` or ``\\Z`` (whose matches depend on where the
    text searched ends); True when this reading cannot tell."""
    try:
        return _holds_text_end(list(parsed(pattern)))
    except re.error:
        return True


def _holds_text_end(items: list[Item]) -> bool:
    for op, av in items:
        if op is sre.AT:
            if av in sre.TEXT_ENDS:
                return True
        elif op is sre.SUBPATTERN:
            if _holds_text_end(list(av[-1])):
                return True
        elif op is sre.BRANCH:
            if any(_holds_text_end(list(branch)) for branch in av[1]):
                return True
        elif op in sre.REPEATS:
            if _holds_text_end(list(av[2])):
                return True
        elif op not in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):  # lookarounds, groups by number...
            return True
    return False
