"""Each language's function words (stopwords.json, built by scripts/build_stopwords.py
from jusText's stop lists): the language vote and the content classifier read them."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def stopword_table() -> dict[str, frozenset[str]]:
    path = resources.files("declutter") / "language" / "stopwords.json"
    table = json.loads(path.read_text(encoding="utf-8"))
    merged = frozenset(w for words in table.values() for w in words)
    out = {lang: frozenset(words) for lang, words in table.items()}
    out[""] = merged  # language unknown or without a list: any language's function words
    return out


def stopword_lists() -> dict[str, frozenset[str]]:
    """Each language's function words (language/stopwords.json)."""
    return {language: words for language, words in stopword_table().items() if language}


def stopwords_for(language: str | None) -> frozenset[str]:
    table = stopword_table()
    return table.get(language or "", table[""])
