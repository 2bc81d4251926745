"""What patternfacts.py reads of each phrase-book pattern, kept between processes.

Reading the books' 700 patterns with ``re``'s parser (where a match can
start, how long it can be, what it must hold) was most of building a phrase
book: 0.08 s of the 0.6 s of cleaning one HTML page from the command line.
The answers depend only on the pattern, on this package's code and on
Python's ``re``: the file (in declutter's cache folder, language/cachedir.py)
is named by a digest of the last two, and holds the answers by pattern, so a
book that gains a pattern only works that one out. Only a copy: without the
file, or with one that cannot be read, the answers are worked out again, the
same; when the folder cannot be written, nothing is kept.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from declutter.language.cachedir import cache_root, prune, touch
from declutter.phrases.matching.patternfacts import max_width
from declutter.phrases.matching.requiredstrings import required_strings

PREFIX = "patternfacts-"
Answer = TypeVar("Answer")
Placement = tuple[str, frozenset[str], tuple[str, ...]]  # as linematch files a pattern (linematch._placement)


class PatternFacts:
    """Answers about patterns, from the stored file or worked out (and then stored by ``save``)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.known: dict[str, Any] = _read(path) if path is not None else {}
        self.added = False

    def placement(self, pattern: str, work_out: Callable[[str], Placement]) -> Placement:
        return self._answer("place:" + pattern, lambda: work_out(pattern), _listed, _placement)

    def max_width(self, pattern: str) -> int:
        return self._answer("width:" + pattern, lambda: max_width(pattern), int, _number)

    def required(self, pattern: str, min_length: int) -> tuple[str, ...]:
        return self._answer(f"needs{min_length}:" + pattern, lambda: required_strings(pattern, min_length=min_length), list, _strings)

    def save(self) -> None:
        """Store the answers worked out here (best effort: another process may have stored them too)."""
        if self.path is None:
            return
        if not self.added:
            touch(self.path)
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, staging = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        except OSError:
            return
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(self.known, out, ensure_ascii=False)
            os.replace(staging, self.path)
        except OSError:
            Path(staging).unlink(missing_ok=True)
            return
        prune(self.path.parent, PREFIX, keep=self.path.name)
        self.added = False

    def _answer(self, key: str, work_out: Callable[[], Answer], stored: Callable[[Answer], Any], read: Callable[[Any], Answer]) -> Answer:
        """The answer as stored (``read`` from its JSON form), else worked out and kept (as ``stored`` gives it)."""
        if key in self.known:
            try:
                return read(self.known[key])
            except (TypeError, ValueError):  # a damaged entry: worked out again
                pass
        answer = work_out()
        self.known[key] = stored(answer)
        self.added = True
        return answer


def pattern_facts() -> PatternFacts:
    """The stored answers of this code and this Python (none when there is no cache folder)."""
    root = cache_root()
    return PatternFacts(root / f"{PREFIX}{_code_digest()}.json" if root is not None else None)


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """A digest of what the answers depend on besides the pattern: this package's code and Python's version."""
    digest = hashlib.blake2b(sys.version.encode(), digest_size=8)
    folder = resources.files("declutter") / "phrases" / "matching"
    for name in sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".py")):
        digest.update((folder / name).read_bytes())
    return digest.hexdigest()


def _listed(placement: Placement) -> list[Any]:
    place, keys, needs = placement
    return [place, sorted(keys), list(needs)]


def _placement(stored: Any) -> Placement:
    place, keys, needs = stored
    if not isinstance(place, str):
        raise TypeError("not a placement")
    return place, frozenset(_strings(keys)), _strings(needs)


def _strings(stored: Any) -> tuple[str, ...]:
    if not isinstance(stored, list) or not all(isinstance(item, str) for item in stored):
        raise TypeError("not a list of strings")
    return tuple(stored)


def _number(stored: Any) -> int:
    if not isinstance(stored, int):
        raise TypeError("not a number")
    return stored


def _read(path: Path) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as handle:
            known = json.load(handle)
    except (OSError, ValueError):
        return {}
    return known if isinstance(known, dict) else {}
