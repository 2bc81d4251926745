"""An alternation of many literal words, written as a trie of their characters.

``(?:september|septembre|september|...)`` with about 130 month names is tried
branch by branch at every word boundary of a line: the named-date patterns
were the costliest part of finding dates (0.1 ms a page). Written as a trie
(``s(?:ept(?:ember|embre|iembre)|et...)``) a position is left after a test
per distinct first letter.

It matches what the longest-first alternation matches, in the same order:
the words a position can match are prefixes of one another, which the flat
alternation tries longest first and the trie tries by going deeper before
ending a word. That needs the characters at each node to be distinct under
the pattern's flags (no "i" beside "ı" with re.I); otherwise the flat
alternation is returned.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

# Where a word ends in the trie (a key no character equals).
_END = ""

Trie = dict[str, "Trie"]  # a character -> the words' rest after it


def word_alternation(words: Iterable[str], flags: int = 0) -> str:
    """A pattern matching any of ``words`` as literals, the longest first (so
    "updated on" beats "updated"); "(?!)" for none."""
    words = list(words)
    if not words:
        return "(?!)"
    trie: Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    if not _distinct_children(trie, flags):
        return flat_alternation(words)
    return _written(trie)


def flat_alternation(words: Iterable[str]) -> str:
    """A pattern matching any of ``words`` as literals, tried longest first; "(?!)" for none."""
    return "|".join(sorted((re.escape(word) for word in words), key=len, reverse=True)) or "(?!)"


def _written(node: Trie) -> str:
    return "|".join(_branches(node))


def _branches(node: Trie) -> list[str]:
    """The words under ``node``: deeper (longer) ones before the one ending here."""
    branches = [re.escape(char) + _group(child) for char, child in node.items() if char != _END]
    if _END in node:
        branches.append("")
    return branches


def _group(node: Trie) -> str:
    branches = _branches(node)
    return f"(?:{'|'.join(branches)})" if len(branches) > 1 else branches[0]


def _distinct_children(node: Trie, flags: int) -> bool:
    """Whether no two characters at any node match one another under ``flags``."""
    chars = [char for char in node if char != _END]
    for i, char in enumerate(chars):
        if any(re.fullmatch(re.escape(char), other, flags) for other in chars[i + 1 :]):
            return False
    return all(_distinct_children(child, flags) for child in node.values())
