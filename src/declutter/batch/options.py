"""The knobs of a batch run, each a documented dataclass field, and the settings fingerprint.

Values are checked when the options are made: a wrong type or a value out of
range is a ConfigError there, not a failure deep inside the run.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import Any

from declutter.config.typecheck import Checked
from declutter.errors import ConfigError
from declutter.reading.files import MAX_PAGE_BYTES
from declutter.settings import Settings, step_name

INPUT_FORMATS = ("html", "text")


def _require(ok: bool, options: object, name: str, rule: str) -> None:
    if not ok:
        value = getattr(options, name)
        raise ConfigError(f"batch option {type(options).__name__}.{name} must be {rule}, not {value!r}")


@dataclass(frozen=True)
class TemplateSettings(Checked):
    """When a line counts as site template (menus, footers, "Subscribe to..." boxes)."""

    enabled: bool = True
    # A line must be seen on at least this many pages of one site: below five
    # pages a shared line is as likely a recurring byline or slogan as chrome.
    min_pages: int = 5
    # ...and on at least this share of the site's pages. Chrome (menus,
    # footers, cookie notes) is on nearly every page of a site; 0.2 still
    # catches section-specific menus while one story's paragraph quoted by a
    # few follow-ups stays far below it.
    min_share: float = 0.2
    # Lossy counting (Manku & Motwani): per site, lines seen rarely are
    # forgotten every 1/count_error pages, so memory stays bounded while every
    # line on >= count_error of the site's pages is counted within that error.
    # Must stay well below ``min_share``.
    count_error: float = 0.01
    # Where the extractor runs: after "related" turned teaser lists into data
    # and before navigation/content, which would otherwise get those lines.
    after: str = "related"

    def __post_init__(self) -> None:
        super().__post_init__()  # the types
        _require(self.min_pages >= 1, self, "min_pages", "at least 1")
        _require(0 < self.min_share <= 1, self, "min_share", "a share in (0, 1]")
        _require(0 < self.count_error < self.min_share, self, "count_error", f"above 0 and below min_share ({self.min_share})")


@dataclass(frozen=True)
class DedupSettings(Checked):
    """When two cleaned articles are the same story (MinHash over word shingles, LSH)."""

    enabled: bool = True
    # Estimated Jaccard similarity of word 5-gram sets at which two articles
    # count as one story: re-scrapes differ by a changed headline, an added
    # correction or a trailing share line, and stay well above 0.8.
    threshold: float = 0.8
    num_perm: int = 128  # MinHash permutations: 128 estimates Jaccard within ~0.05
    shingle_words: int = 5  # words per shingle
    # Articles shorter than this (in words) are never called duplicates: short
    # texts (an empty page, a cookie notice) share most shingles by chance.
    min_words: int = 50

    def __post_init__(self) -> None:
        super().__post_init__()  # the types
        _require(0 < self.threshold <= 1, self, "threshold", "a similarity in (0, 1]")
        _require(self.num_perm >= 1, self, "num_perm", "at least 1")
        _require(self.shingle_words >= 1, self, "shingle_words", "at least 1")
        _require(self.min_words >= 0, self, "min_words", "0 or more")


@dataclass(frozen=True)
class BatchOptions(Checked):
    jobs: int | None = None  # worker processes; None: all cores (os.cpu_count())
    force: bool = False  # redo pages whose output is up to date
    input_format: str | None = None  # "html" or "text" for every page; None: per page
    # Seconds one page may take before it is given up as a failure (None: no limit).
    timeout: float | None = 120.0
    # The largest page, in bytes once gzip is undone (a page file, a JSONL line, a
    # WARC record), checked while it is read: a bigger one fails, naming the limit.
    # None: no limit. See reading/files.py for where 50 MB comes from.
    max_bytes: int | None = MAX_PAGE_BYTES
    # Follow symbolic links that lead outside the input folders (off: a link
    # to /, a home folder or a device is skipped and counted).
    follow_links: bool = False
    # Chunks (below) in flight per worker: enough to keep workers busy while
    # the parent writes, few enough that memory does not grow with the batch.
    in_flight_per_job: int = 2
    # Pages sent to a worker in one message. One message per page cost the
    # parent about a third of a core at -j2 (pickling, queue threads, waking
    # up per result), which kept -j2 at 1.65 x -j1 on the corpus bench; with
    # 16 (and 2 in flight: the same 64 pages as before) a 990-page -j2 run
    # took 5.2-5.4 s against 5.5-5.6 s with 8 and 4.
    chunk_pages: int = 16
    templates: TemplateSettings = field(default_factory=TemplateSettings)
    dedup: DedupSettings = field(default_factory=DedupSettings)

    def __post_init__(self) -> None:
        super().__post_init__()  # the types
        _require(self.jobs is None or self.jobs >= 1, self, "jobs", "at least 1 (or None: all cores)")
        _require(self.input_format is None or self.input_format in INPUT_FORMATS, self, "input_format", '"html", "text" or None')
        _require(self.timeout is None or self.timeout > 0, self, "timeout", "seconds above 0 (or None: no limit)")
        _require(self.max_bytes is None or self.max_bytes >= 1, self, "max_bytes", "a number of bytes above 0 (or None: no limit)")
        _require(self.in_flight_per_job >= 1, self, "in_flight_per_job", "at least 1")
        _require(self.chunk_pages >= 1, self, "chunk_pages", "at least 1")

    @property
    def workers(self) -> int:
        return max(1, self.jobs or os.cpu_count() or 1)


def fingerprint(settings: Settings, options: BatchOptions) -> dict[str, Any]:
    """Everything that shapes the records, as JSON values (no timing or worker counts).

    A callable pipeline step is known by its name only: changing its code does
    not make earlier outputs stale (use --force).
    """
    from declutter import __version__

    values: dict[str, Any] = {}
    for f in fields(settings):
        value = getattr(settings, f.name)
        if f.name == "pipeline":
            value = [step_name(step) for step in value]
        elif is_dataclass(value) and not isinstance(value, type):
            value = asdict(value)
        values[f.name] = value
    return {
        "declutter": __version__,
        "settings": values,
        "input_format": options.input_format,
        "templates": asdict(options.templates),
        "dedup": asdict(options.dedup),
    }


def fingerprint_text(settings: Settings, options: BatchOptions) -> str:
    body = fingerprint(settings, options)
    digest = hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()[:16]
    return json.dumps({"fingerprint": digest, **body}, indent=2, sort_keys=True, default=str) + "\n"
