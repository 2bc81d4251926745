"""The phrase books as files: which languages have one, a book's TOML, and its
tables merged over several books in the books' order (book.py compiles them)."""
from __future__ import annotations

import tomllib
from functools import cache, lru_cache
from importlib import resources
from typing import Any

Book = dict[str, Any]  # a language's book as parsed TOML


@lru_cache(maxsize=1)
def available_languages() -> tuple[str, ...]:
    """The languages with a book (``phrases/<lang>.toml``)."""
    folder = resources.files("declutter") / "phrases"
    return tuple(sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml")))


@cache
def read_book(language: str) -> Book:
    """A language's book as parsed TOML (read once: a book and its matchers
    are built from it separately; nothing changes what this returns)."""
    path = resources.files("declutter") / "phrases" / f"{language}.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


def listed(books: list[Book], table: str, key: str) -> list[str]:
    """The entries of ``[table] key`` in every book, in the books' order."""
    return [entry for book in books for entry in book.get(table, {}).get(key, [])]


def kind_patterns(books: list[Book]) -> dict[str, dict[str, list[str]]]:
    """Per kind, in the books' order: its line patterns and its phrases."""
    kinds: dict[str, dict[str, list[str]]] = {}
    for book in books:
        for kind, rules in book.get("kinds", {}).items():
            merged = kinds.setdefault(kind, {"line": [], "phrase": []})
            merged["line"] += rules.get("line", [])
            merged["phrase"] += rules.get("phrase", [])
    return kinds


def section_patterns(books: list[Book]) -> dict[str, list[str]]:
    """Per section, in the books' order: the lines that head it."""
    sections: dict[str, list[str]] = {}
    for book in books:
        for name, rules in book.get("sections", {}).items():
            sections.setdefault(name, []).extend(rules.get("line", []))
    return sections
