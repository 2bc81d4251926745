"""The content classifier's shipped model: weights in model.json, built by
scripts/train_content.py (two logistic stages and a word lexicon)."""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from declutter.content import context, features
from declutter.content.lexicon import Vocabulary


@dataclass(frozen=True)
class ContentModel:
    stage1: tuple[float, ...]
    stage2: tuple[float, ...]
    threshold: float
    lexicon: Mapping[str, float] = field(default_factory=dict)  # word weights (declutter.content.lexicon)
    # The lexicon's and the stopwords' words, numbered (features.vocabulary).
    vocabulary: Vocabulary | None = field(default=None, compare=False, repr=False)


@lru_cache(maxsize=1)
def load_model() -> ContentModel:
    path = resources.files("declutter") / "content" / "model.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    lexicon = data.get("lexicon", {})
    return ContentModel(
        stage1=tuple(data["stage1"][name] for name in features.LOCAL_NAMES),
        stage2=tuple(data["stage2"][name] for name in features.LOCAL_NAMES + context.CONTEXT_NAMES),
        threshold=float(data["threshold"]),
        lexicon=lexicon,
        vocabulary=features.vocabulary(lexicon),
    )
