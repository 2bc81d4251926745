"""What a worker process does with one task: clean a page, or re-read an up-to-date output.

Nothing a page does stops the worker: every exception becomes a failure
reason in the result. A page running past ``timeout`` seconds is given up
(SIGALRM, where the worker runs in a process's main thread; a page stuck in
one long call into C code, such as a runaway regular expression, is only
stopped when that call returns). The time limit is a ``BaseException``, so no
``except Exception`` on the way (in trafilatura, readability or ours) swallows
it, and the heavy modules are imported before the first timer starts, so a
timeout never leaves one half imported.

A worker process (``init_worker``) dies with its parent (Linux), and on
SIGINT or SIGTERM gives up the page it is on and every task still sent to it.
"""
from __future__ import annotations

import ctypes
import errno
import json
import os
import signal
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

from declutter.batch.options import DedupSettings
from declutter.batch.output import dumps_line, dumps_page, with_duplicate, write_atomic
from declutter.batch.readers import PageData, page_data
from declutter.batch.report import InputRef, one_line
from declutter.batch.templates import page_hashes
from declutter.errors import DeclutterError
from declutter.reading.files import MAX_PAGE_BYTES
from declutter.settings import Settings

if TYPE_CHECKING:
    from declutter.batch.dedup import Signature

INTERRUPTED = "interrupted"  # the reason of tasks a stopping worker gives up


class PageTimeoutError(BaseException):
    """A page took longer than the batch's per-page time limit.

    Not an ``Exception``: the catch-all handlers of the HTML libraries must not
    turn it into "no text found" and go on past the limit."""


class _Stop:
    """A worker's state: told to stop (SIGINT or SIGTERM); running tasks (only then
    does a signal interrupt what it does: an idle worker waits for its next message)."""

    requested = False
    busy = False


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


def run_task(task: Task) -> TaskResult:
    if isinstance(task, HashTask):
        try:
            return page_hashes(page_data(task.data, task.max_bytes), task.input_format)
        except DeclutterError:  # unreadable: it counts for no template, and fails when cleaned
            return None
    if isinstance(task, ReloadTask):
        return reload(task)
    return clean_page(task)


def run_chunk(tasks: list[Task]) -> list[TaskResult | TaskFailed]:
    """Run several tasks in one message: each its result, or TaskFailed.

    A task's error is returned, not raised, so the chunk's other results still
    reach the parent (which turns it into that task's failure).
    """
    outcomes: list[TaskResult | TaskFailed] = []
    for task in tasks:
        if _Stop.requested:  # told to stop: the rest are given up at once
            outcomes.append(TaskFailed(INTERRUPTED))
            continue
        try:
            _Stop.busy = True
            try:
                outcomes.append(run_task(task))
            finally:
                _Stop.busy = False
        except KeyboardInterrupt:
            outcomes.append(TaskFailed(INTERRUPTED))
        except Exception as exc:
            if disk_full(exc):
                raise  # the run stops (see the runner)
            outcomes.append(TaskFailed(one_line(str(exc)) or type(exc).__name__))
    return outcomes


def disk_full(error: BaseException) -> bool:
    """A write failed for want of space (or quota): every later write would fail the same way."""
    return isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT)


def clean_page(task: PageTask) -> PageResult:
    # Imported here, not with this module: a run with nothing to clean (a
    # re-run) needs neither the cleaning pipeline nor numpy, about a third of its time.
    from declutter.api import clean
    from declutter.batch.dedup import signature

    try:
        data = page_data(task.data, task.max_bytes)  # a regular file, at most max_bytes: no timer needed
        if task.timeout and _may_be_markup(data, task.input_format):
            preload()
        with time_limit(task.timeout):
            doc = clean(data, url=task.url, settings=task.settings, input_format=task.input_format, max_bytes=task.max_bytes)
            record = {"input": task.ref, **doc.to_dict()}
            text = dumps_page(record) if task.layout == "page" else dumps_line(record)
            values = signature(doc.text, task.dedup) if task.dedup else None
        if task.output is not None:
            write_atomic(task.output, with_duplicate(text, None), task.mtime_ns)
    except PageTimeoutError as exc:
        return PageResult(task.ref, reason=one_line(str(exc)))
    except OSError as exc:  # the output cannot be written (a full disk, no permission)
        if disk_full(exc):
            raise  # the run stops: every later page would fail the same way
        return PageResult(task.ref, reason=one_line(f"cannot write {task.output}: {exc.strerror or exc}"))
    except RecursionError:  # a page nested deeper than Python's stack (caught before Exception: it is one)
        return PageResult(task.ref, reason="internal error: the page is nested too deeply (RecursionError)")
    except DeclutterError as exc:
        return PageResult(task.ref, reason=one_line(str(exc)) or type(exc).__name__)
    except Exception as exc:  # a bug in an extractor must not end the batch
        return PageResult(task.ref, reason=one_line(f"internal error: {type(exc).__name__}: {exc}"))
    removed = Counter(item["kind"] for item in record["removed"])
    written = task.output
    return PageResult(task.ref, text=None if written else text, removed=dict(removed), signature=values, written=written)


def reload(task: ReloadTask) -> list[Reloaded]:
    """The records of an output written by an earlier run, with their signatures recomputed."""
    from declutter.batch.dedup import signature

    page_file = None if task.container else task.output
    out = []
    for record in _read_records(task.output, task.container):
        reason = record.get("error")
        values = None
        if reason is None and task.dedup and record.get("duplicate_of") is None:
            values = signature(record.get("text") or "", task.dedup)
        removed = Counter(item["kind"] for item in record.get("removed") or [] if isinstance(item, dict) and "kind" in item)
        out.append(Reloaded(record["input"], values, record.get("duplicate_of"), reason, page_file, dict(removed)))
    return out


def _read_records(path: Path, container: bool) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        if not container:
            yield json.load(handle)
            return
        for line in handle:
            if line.strip():
                yield json.loads(line)


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise PageTimeoutError in the block after ``seconds`` (only in a main thread, on Unix)."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return
    limit = seconds

    def expire(signum: int, frame: FrameType | None) -> None:
        raise PageTimeoutError(f"gave up after {limit:g} s (the batch's per-page time limit)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def ready() -> bool:
    """A task that does nothing: submitting it starts a pool's worker processes now."""
    return True


_preloaded = False


def _may_be_markup(data: bytes | str, input_format: str | None) -> bool:
    """Whether the HTML path may run on the page: not for a page without a "<" (a quick scan)."""
    if input_format is not None:
        return input_format == "html"
    return (b"<" in data) if isinstance(data, bytes) else ("<" in data)


def preload() -> None:
    """Import the modules a page may need (the HTML libraries) before a timer starts:
    a page timed out inside an import would leave that module half made in this process."""
    global _preloaded
    if _preloaded:
        return
    import lxml.html  # noqa: F401
    import readability  # noqa: F401
    import trafilatura  # noqa: F401
    import trafilatura.xml  # noqa: F401

    import declutter.html.body_filter  # noqa: F401
    import declutter.html.extract  # noqa: F401

    _preloaded = True


def init_worker() -> None:
    """Worker initializer: die with the parent; on SIGINT or SIGTERM (Ctrl-C reaches the
    whole process group; the parent sends SIGINT to its workers when it stops) give up
    the page being cleaned and the tasks still queued, and report them as interrupted."""
    _die_with_parent()
    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)


def _stop(signum: int, frame: FrameType | None) -> None:
    if _Stop.requested:
        return  # already stopping: the page in hand was given up at the first signal
    _Stop.requested = True
    if _Stop.busy:
        raise KeyboardInterrupt


PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Ask Linux to send this process SIGKILL when its parent dies (a killed parent
    must not leave workers behind); elsewhere nothing."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before the call: go now
        os._exit(1)
