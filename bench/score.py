"""The corpus score: whitespace-normalised substring presence of annotated snippets.

A ``with`` snippet found in the output is a true positive, one missing a false
negative; a ``without`` snippet found is a false positive.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text or "").strip()


@dataclass
class Tally:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def add(self, output: str, with_snippets, without_snippets) -> None:
        out = normalise(output)
        for snippet in with_snippets:
            if normalise(snippet) in out:
                self.tp += 1
            else:
                self.fn += 1
        for snippet in without_snippets:
            if normalise(snippet) in out:
                self.fp += 1
            else:
                self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0
