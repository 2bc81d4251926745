"""What goes to a worker (a task) and what comes back (its result), as plain picklable data.

worker.py runs them; inorder.py and the runners send them and read the results."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from declutter.batch.options import DedupSettings
from declutter.batch.readers import PageData
from declutter.batch.report import InputRef
from declutter.reading.files import MAX_PAGE_BYTES
from declutter.settings import Settings

if TYPE_CHECKING:
    from declutter.batch.dedup import Signature


@dataclass(frozen=True)
class PageTask:
    ref: InputRef
    data: PageData  # a path is read here, in the worker
    url: str | None
    input_format: str | None
    settings: Settings  # with the page's site template extractor, if any
    dedup: DedupSettings | None
    timeout: float | None
    layout: str = "line"  # "page": an indented JSON file; "line": one JSONL line
    # The page's own output file, written here (atomically) as a record with
    # no duplicate; the parent rewrites it in the rare case it is a duplicate.
    # Writing in the workers keeps the parent's share of a -j2 run small.
    output: Path | None = None
    max_bytes: int | None = MAX_PAGE_BYTES  # the largest page read
    mtime_ns: int | None = None  # the input file's modification time, carried by ``output``


@dataclass(frozen=True)
class ReloadTask:
    output: Path  # an up-to-date output file: one JSON record, or JSONL records
    container: bool
    dedup: DedupSettings | None


@dataclass(frozen=True)
class HashTask:
    """The counting pass's work on one page: its distinct line hashes (see ``templates``)."""

    data: PageData  # a path is read here, in the worker
    input_format: str | None
    max_bytes: int | None = MAX_PAGE_BYTES


@dataclass
class PageResult:
    ref: InputRef
    # The record serialised here, in the worker (``duplicate_of`` is added by
    # the parent, see ``output.with_duplicate``); None when the page failed or
    # the worker wrote it itself: sending every record back cost the parent
    # about a tenth of a core at -j2.
    text: str | None = None
    removed: dict[str, int] | None = None  # dropped blocks by kind
    reason: str | None = None  # the one-line failure reason
    signature: Signature | None = None
    written: Path | None = None  # the output file the worker wrote (as not a duplicate)


@dataclass
class Reloaded:
    """One record of an up-to-date output: enough to keep duplicates and failures consistent."""

    ref: InputRef
    signature: Signature | None
    duplicate_of: InputRef | None
    reason: str | None
    page_file: Path | None  # the one-page output it came from (None inside a container)
    removed: dict[str, int] | None = None  # its dropped blocks by kind (for the summary)
    # From the state file: the signature as it is written there (state.encode_signature),
    # decoded only when a near-duplicate index asks (``signature`` is then None).
    signature_text: str | None = None


@dataclass(frozen=True)
class TaskFailed:
    """A task that raised outside a page's own guard, with the one-line error."""

    reason: str


Task = PageTask | ReloadTask | HashTask
TASK_TYPES = (PageTask, ReloadTask, HashTask)
TaskResult = PageResult | list[Reloaded] | set[int] | None
