"""Which words are the web's furniture and which are prose: the model's learned word weights.

scripts/train_content.py learns, from trafilatura's labels, a weight per word
for the words found on many pages (at least MIN_PAGES of the training pages,
so no site's own name or topic gets one): the log-odds of a line holding it
being article text, less the odds of any line. What it learns is the common
vocabulary of page furniture ("abmelden", "newsletter", "cookies",
"weiterlesen": strongly negative) and of running prose (discourse words such
as "nämlich", "usually": positive). The weights ship inside content/model.json,
so a model and its vocabulary always go together.

A block is described by the mean, lowest and highest weight of its words that
have one (0 for all three when none does: a language the corpus lacks reads
as no evidence). On the eval corpus these three columns raised the
cross-validated precision by 0.008-0.015 at a higher recall (F1 +0.011
htmltext, +0.006 inscriptis).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from itertools import repeat

import numpy as np
from numpy.typing import NDArray


@dataclass(frozen=True)
class Vocabulary:
    """The words the content model looks up, numbered: one lookup per word of a
    page gives both its lexicon weight and whether it is a function word (a
    lookup in the lexicon and one in the stopwords were a fifth more of the
    content step). Built once per model (``build_vocabulary``)."""

    numbers: dict[str, int]  # a word -> its number; any other word is 0
    weights: NDArray[np.float64]  # number -> lexicon weight (NaN: none)
    stopwords: dict[str, NDArray[np.bool_]]  # a language ("" for any) -> number -> one of its function words

    def numbers_of(self, words: list[str]) -> NDArray[np.intp]:
        """Each word's number (0 for a word the vocabulary does not hold)."""
        return np.fromiter(map(self.numbers.get, words, repeat(0)), dtype=np.intp, count=len(words))


def build_vocabulary(lexicon: Mapping[str, float], stopwords: Mapping[str, frozenset[str]]) -> Vocabulary:
    """The Vocabulary of ``lexicon``'s words and each language's ``stopwords``."""
    numbers: dict[str, int] = {}
    for words in (lexicon, *stopwords.values()):
        for word in words:
            numbers.setdefault(word, len(numbers) + 1)
    weights = np.full(len(numbers) + 1, np.nan)
    weights[[numbers[word] for word in lexicon]] = list(lexicon.values())
    flags: dict[str, NDArray[np.bool_]] = {}
    for language, words in stopwords.items():
        flags[language] = np.zeros(len(numbers) + 1, dtype=bool)
        flags[language][[numbers[word] for word in words]] = True
    return Vocabulary(numbers, weights, flags)


def weight_scores(
    weights: NDArray[np.float64], owner: NDArray[np.intp], n: int
) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
    """For each of ``n`` blocks, the mean, lowest and highest lexicon weight of its words
    (0 where none has one), from the weight of each of the page's words (NaN: none) and
    ``owner``, the block of each."""
    known = (~np.isnan(weights)).nonzero()[0]  # the words with a weight
    # Only the known words from here on (a tenth to a third of a page's), in page order,
    # so each block's are one stretch: reduceat takes its lowest and highest.
    owner, weights = owner[known], weights[known]
    count = np.bincount(owner, minlength=n)
    mean = np.bincount(owner, weights=weights, minlength=n) / np.maximum(count, 1)
    lowest, highest = np.zeros(n), np.zeros(n)
    if known.size:
        has = count > 0
        firsts = (count.cumsum() - count)[has]
        lowest[has] = np.minimum.reduceat(weights, firsts)
        highest[has] = np.maximum.reduceat(weights, firsts)
    return mean, lowest, highest
