"""What ``re``'s parser tells about where a pattern's matches reach: across a
line break, or up to the end of the text searched.

A phrase search over a page's lines joined by line breaks (phrasesearch.py)
may search one line alone when no match of the phrase holds a line break or
depends on where the text ends. As in patternfacts.py, anything this reading
does not know gives the answer that searches the most.
"""
from __future__ import annotations

from declutter.phrases.matching.patternfacts import parsed

try:
    from re import _constants as _sre
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _sre  # type: ignore[no-redef]

# ``$`` and ``\Z``: where the text ends changes what they match.
_TEXT_ENDS = frozenset(getattr(_sre, name) for name in ("AT_END", "AT_END_LINE", "AT_END_STRING"))


def may_match_line_break(pattern: str) -> bool:
    """Whether a match of ``pattern`` may hold a line break ("\\n"); True when this reading cannot tell."""
    try:
        tree = parsed(pattern)
    except Exception:
        return True
    return _breaks_line(list(tree), bool(tree.state.flags & _sre.SRE_FLAG_DOTALL))


# Character classes that hold no line break (\d, \w): all others (\s, \D...) may.
_NO_BREAK_CATEGORIES = frozenset(
    getattr(_sre, name) for name in ("CATEGORY_DIGIT", "CATEGORY_WORD", "CATEGORY_UNI_DIGIT", "CATEGORY_UNI_WORD", "CATEGORY_LOC_WORD")
)


def _breaks_line(items: list, dotall: bool) -> bool:
    for op, av in items:
        if op is _sre.AT:  # ^, $, \b take no character
            continue
        if op is _sre.LITERAL:
            if av == ord("\n"):
                return True
        elif op is _sre.ANY:
            if dotall:
                return True
        elif op is _sre.IN:
            if any(_class_breaks_line(member_op, member_av) for member_op, member_av in av):
                return True
        elif op is _sre.SUBPATTERN:
            if av[1] & _sre.SRE_FLAG_DOTALL or _breaks_line(list(av[-1]), dotall):
                return True
        elif op is _sre.BRANCH:
            if any(_breaks_line(list(branch), dotall) for branch in av[1]):
                return True
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            if _breaks_line(list(av[2]), dotall):
                return True
        else:  # lookarounds, groups by number, a negated literal...
            return True
    return False


def _class_breaks_line(op, av) -> bool:
    if op is _sre.LITERAL:
        return av == ord("\n")
    if op is _sre.RANGE:
        return av[0] <= ord("\n") <= av[1]
    if op is _sre.CATEGORY:
        return av not in _NO_BREAK_CATEGORIES
    return True  # a negated class


def may_match_at_text_end(pattern: str) -> bool:
    """Whether ``pattern`` holds ``$`` or ``\\Z`` (whose matches depend on where the
    text searched ends); True when this reading cannot tell."""
    try:
        return _holds_text_end(list(parsed(pattern)))
    except Exception:
        return True


def _holds_text_end(items: list) -> bool:
    for op, av in items:
        if op is _sre.AT:
            if av in _TEXT_ENDS:
                return True
        elif op is _sre.SUBPATTERN:
            if _holds_text_end(list(av[-1])):
                return True
        elif op is _sre.BRANCH:
            if any(_holds_text_end(list(branch)) for branch in av[1]):
                return True
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            if _holds_text_end(list(av[2])):
                return True
        elif op not in (_sre.LITERAL, _sre.NOT_LITERAL, _sre.IN, _sre.ANY):  # lookarounds, groups by number...
            return True
    return False
