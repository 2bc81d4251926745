"""The tally of a batch run, and the machine-readable report written beside its outputs."""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

# A page's "input" reference: {"path": ..., ["record": n], ["url": ...]} (see declutter.batch).
InputRef = dict[str, str | int]


def one_line(text: str) -> str:
    """A failure reason as one line: reports and stderr show one line per failure."""
    return " ".join(text.split())


@dataclass
class Failure:
    input: InputRef
    reason: str  # one line

    def to_dict(self) -> dict[str, Any]:
        return {"input": self.input, "reason": self.reason}


@dataclass
class Summary:
    total: int | None = None  # pages found by the counting pass (None when it did not run)
    counted: int = 0  # pages counted so far by the counting pass
    pages: int = 0  # pages handled so far: cleaned + skipped + failed
    cleaned: int = 0
    skipped: int = 0  # up to date from an earlier run
    failed: int = 0
    duplicates: int = 0  # pages given a duplicate_of (cleaned now or up to date from an earlier run)
    removed: Counter[str] = field(default_factory=Counter)  # blocks dropped, by kind (all pages with an output)
    inputs_skipped: Counter[str] = field(default_factory=Counter)  # files left out, by reason
    failures: list[Failure] = field(default_factory=list)
    interrupted: bool = False
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None

    @property
    def elapsed(self) -> float:
        return (self.finished or time.monotonic()) - self.started

    @property
    def pages_per_second(self) -> float:
        done = self.cleaned + self.failed
        return done / self.elapsed if self.elapsed > 0 else 0.0

    def add_failure(self, ref: InputRef, reason: str) -> Failure:
        path = f"{ref.get('path')}: "
        if "record" not in ref and reason.startswith(path):  # the reason names the file the failure is listed under
            reason = reason[len(path):]
        failure = Failure(ref, reason)
        self.failures.append(failure)
        self.failed += 1
        self.pages += 1
        return failure

    def add_cleaned(self, removed: dict[str, int], duplicate: bool) -> None:
        self.cleaned += 1
        self.pages += 1
        self.removed.update(removed)
        self.duplicates += duplicate

    def add_skipped(self, removed: dict[str, int] | None = None, duplicate: bool = False) -> None:
        """A page up to date from an earlier run: counted in the whole folder's tallies too."""
        self.skipped += 1
        self.pages += 1
        self.removed.update(removed or {})
        self.duplicates += duplicate

    def to_dict(self) -> dict[str, Any]:
        return {
            "pages": self.pages,
            "cleaned": self.cleaned,
            "skipped": self.skipped,
            "failed": self.failed,
            "duplicates": self.duplicates,
            "removed": dict(sorted(self.removed.items())),
            "inputs_skipped": dict(sorted(self.inputs_skipped.items())),
            "seconds": round(self.elapsed, 3),
            "pages_per_second": round(self.pages_per_second, 2),
            "interrupted": self.interrupted,
        }

    def report(self) -> dict[str, Any]:
        return {"summary": self.to_dict(), "failures": [f.to_dict() for f in self.failures]}
