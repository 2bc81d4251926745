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
SIGINT or SIGTERM gives up the page it is on and every task still sent to it
(worker_process.py; the tasks and results themselves are in tasks.py).
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from declutter.batch.output import disk_full, dumps_line, dumps_page, with_duplicate, write_atomic
from declutter.batch.readers import page_data
from declutter.batch.report import one_line
from declutter.batch.tasks import (
    TASK_TYPES,
    HashTask,
    PageResult,
    PageTask,
    Reloaded,
    ReloadTask,
    Task,
    TaskFailed,
    TaskResult,
)
from declutter.batch.templates import page_hashes
from declutter.batch.worker_process import PageTimeoutError, WorkerState, init_worker, preload, ready, time_limit
from declutter.errors import DeclutterError
from declutter.reading.decode import decode_page
from declutter.reading.sniff import input_kind

__all__ = [  # the task types and the process's life are defined beside, and imported from here too
    "TASK_TYPES", "HashTask", "PageResult", "PageTask", "PageTimeoutError", "Reloaded", "ReloadTask", "Task",
    "TaskFailed", "TaskResult", "WorkerState", "clean_page", "disk_full", "init_worker", "preload", "ready",
    "reload", "run_chunk", "run_task", "time_limit",
]

INTERRUPTED = "interrupted"  # the reason of tasks a stopping worker gives up


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
        if WorkerState.requested:  # told to stop: the rest are given up at once
            outcomes.append(TaskFailed(INTERRUPTED))
            continue
        try:
            WorkerState.busy = True
            try:
                outcomes.append(run_task(task))
            finally:
                WorkerState.busy = False
        except KeyboardInterrupt:
            outcomes.append(TaskFailed(INTERRUPTED))
        except Exception as exc:
            if disk_full(exc):
                raise  # the run stops (see the runner)
            outcomes.append(TaskFailed(one_line(str(exc)) or type(exc).__name__))
    return outcomes


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


def _may_be_markup(data: bytes | str, input_format: str | None) -> bool:
    """Whether the HTML path may run on the page: as clean() tells its kind (a page
    without a "<" is text at a glance). Plain text that holds a stray "<" (one page
    in twenty of a text corpus) then imports no HTML library in every worker."""
    if input_format is not None:
        return input_format == "html"
    if ("<" not in data) if isinstance(data, str) else (b"<" not in data):
        return False
    try:
        return input_kind(decode_page(data, repair=False)) == "html"
    except DeclutterError:  # clean() fails on it too, or reads it otherwise (gzip): the libraries, to be safe
        return True
