"""The work a cluster run (cluster.py) sends to the Dask workers, and how it is sent.

A worker lists a container's pages (``ScanTask``: their sites, line hashes
and, in a WARC file, where each record starts) and cleans a range of its
records (``RangeTask``), with the local workers' functions (worker.py).
``TaskBatch`` groups consecutive tasks into one Dask task and takes their
results back in order.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Generic, TypeVar

from declutter.batch.discover import Source
from declutter.batch.options import DedupSettings
from declutter.batch.readers import WARC_PAGE_RECORDS, Page, PageError, read_pages, warc_page
from declutter.batch.report import InputRef, one_line
from declutter.batch.tasks import TASK_TYPES, HashTask, PageResult, PageTask, Task, TaskFailed
from declutter.batch.templates import site_of, site_settings
from declutter.batch.worker import clean_page, run_chunk, run_task
from declutter.errors import BatchError, DeclutterError
from declutter.reading.files import MAX_PAGE_BYTES
from declutter.settings import Settings

Context = TypeVar("Context")


@dataclass(frozen=True)
class Anchor:
    """Where a WARC record starts: reading may begin there."""

    offset: int  # bytes into the file (each record of a gzipped WARC is a gzip member of its own)
    before: int  # response and conversion records before it (records are numbered by these)


@dataclass(frozen=True)
class Scanned:
    """One page of a container as the first pass found it."""

    site: str  # "" for a page that could not be read (as the local counting pass has it)
    hashes: set[int] | None  # its distinct line hashes (None: not counted)
    number: int | None  # its record number
    anchor: Anchor | None  # WARC only: where its record starts
    error: PageError | None = None


@dataclass(frozen=True)
class ScanTask:
    """List a container's pages (and hash their lines for the site templates)."""

    source: Source  # as discovered: names the records' "input"
    path: str  # the file, absolute (the workers' working folder is not ours)
    input_format: str | None
    count_lines: bool


@dataclass(frozen=True)
class RangeTask:
    """Clean a container's records ``first``..``last`` (all of them: 1..None)."""

    source: Source
    path: str
    input_format: str | None
    anchor: Anchor | None  # seek here first (None: read from the start)
    first: int
    last: int | None
    settings: Settings  # without site templates: added per page, as the local run does
    templates: dict[str, frozenset[int]]  # the template lines of the sites in the range
    after: str  # where the template extractor goes
    dedup: DedupSettings | None
    timeout: float | None


@dataclass
class RangeResult:
    pages: list[tuple[str | None, PageResult]]  # (site, result) per page; site None for a page not read


ClusterTask = Task | ScanTask | RangeTask
CLUSTER_TASKS = (*TASK_TYPES, ScanTask, RangeTask)


def run_cluster_chunk(tasks: list[ClusterTask]) -> list[object]:
    """A Dask task: several tasks, each its result or TaskFailed (as worker.run_chunk)."""
    outcomes: list[object] = []
    for task in tasks:
        if isinstance(task, TASK_TYPES):
            outcomes.extend(run_chunk([task]))
            continue
        try:
            outcomes.append(scan(task) if isinstance(task, ScanTask) else clean_range(task))
        except Exception as exc:
            outcomes.append(TaskFailed(one_line(str(exc)) or type(exc).__name__))
    return outcomes


def scan(task: ScanTask) -> list[Scanned]:
    found = []
    for page, number, anchor in _pages(task.source, task.path, task.input_format, None, 1, None):
        if isinstance(page, PageError):
            found.append(Scanned("", None, number, None, page))
            continue
        site = site_of(page.url, task.source.folder)
        hashes = run_task(HashTask(page.data, page.input_format)) if task.count_lines else None
        found.append(Scanned(site, hashes if isinstance(hashes, set) else None, number, anchor))
    offsets = [s.anchor.offset for s in found if s.anchor is not None]
    if any(b <= a for a, b in zip(offsets, offsets[1:])):  # not one gzip member per record: no seeking
        found = [replace(s, anchor=None) for s in found]
    return found


def clean_range(task: RangeTask) -> RangeResult:
    results: list[tuple[str | None, PageResult]] = []
    for page, _, _ in _pages(task.source, task.path, task.input_format, task.anchor, task.first, task.last):
        if isinstance(page, PageError):
            results.append((None, PageResult(page.ref, reason=page.reason)))
            continue
        site = site_of(page.url, task.source.folder)
        settings = site_settings(task.settings, task.templates, site, task.after)
        page_task = PageTask(page.ref, page.data, page.url, page.input_format, settings, task.dedup, task.timeout, "line", None)
        results.append((site, clean_page(page_task)))
    return RangeResult(results)


def _pages(
    source: Source, path: str, forced: str | None, anchor: Anchor | None, first: int, last: int | None
) -> Iterator[tuple[Page, int | None, Anchor | None]]:
    """The pages of ``source`` read at ``path``, with their record numbers and (WARC) anchors.

    Their "input" names the file as discovered, not as read here."""
    here = replace(source, path=Path(path))
    given = source.path.as_posix()
    pages: Iterable[tuple[Page, int | None, Anchor | None]]
    if source.kind == "warc":
        pages = _warc_pages(here, forced, anchor, first, last)
    else:
        pages = ((page, _record(page.ref), None) for page in read_pages(here, forced))
    for page, number, where in pages:
        if number is not None and (number < first or (last is not None and number > last)):
            continue
        yield _as_given(page, path, given), number, where


def _warc_pages(
    source: Source, forced: str | None, anchor: Anchor | None, first: int, last: int | None
) -> Iterator[tuple[Page, int | None, Anchor | None]]:
    """readers._warc, from an anchor, with every record's place (what read_pages does, errors included)."""
    from warcio.archiveiterator import ArchiveIterator

    path = source.path.as_posix()
    try:
        with open(source.path, "rb") as handle:
            if anchor is not None:
                handle.seek(anchor.offset)
            number = anchor.before if anchor is not None else 0
            records = ArchiveIterator(handle)
            for record in records:
                if record.rec_type not in WARC_PAGE_RECORDS:
                    continue
                number += 1
                if number < first:
                    continue
                if last is not None and number > last:
                    return
                page = warc_page(record, {"path": path, "record": number}, forced, MAX_PAGE_BYTES)
                if page is not None:  # (asked for after the content is read: asking reads the record to its end)
                    yield page, number, Anchor(records.get_record_offset(), number - 1)
    except DeclutterError as exc:
        yield PageError({"path": path}, one_line(str(exc))), None, None
    except Exception as exc:  # a broken container: report it, as read_pages does
        yield PageError({"path": path}, one_line(f"cannot read: {type(exc).__name__}: {exc}")), None, None


def _record(ref: InputRef) -> int | None:
    number = ref.get("record")
    return number if isinstance(number, int) else None


def _as_given(page: Page, path: str, given: str) -> Page:
    ref = {**page.ref, "path": given} if page.ref.get("path") == path else page.ref
    if isinstance(page, PageError):
        return PageError(ref, page.reason.replace(path, given))
    return replace(page, ref=ref)


@dataclass
class TaskBatch(Generic[Context]):
    """Consecutive items whose tasks go to the cluster as one Dask task."""

    on_error: Callable[[Context, Exception | str], object]
    entries: list[tuple[Context, object]] = field(default_factory=list)
    weight: int = 0  # pages the batch's tasks clean (a range counts as a full batch)
    future: Any = None

    def add(self, context: Context, item: object, chunk: int) -> None:
        self.entries.append((context, item))
        if isinstance(item, CLUSTER_TASKS):
            self.weight += chunk if isinstance(item, (RangeTask, ScanTask)) else 1

    def submit(self, client: Any) -> TaskBatch[Context]:
        tasks = [item for _, item in self.entries if isinstance(item, CLUSTER_TASKS)]
        if tasks:
            self.future = client.submit(run_cluster_chunk, tasks, pure=False)
        return self

    def results(self, timeout: float | None) -> Iterator[tuple[Context, object]]:
        outcomes = iter(self._outcomes(timeout))
        for context, item in self.entries:
            if not isinstance(item, CLUSTER_TASKS):
                yield context, item
                continue
            outcome = next(outcomes)
            yield context, self.on_error(context, outcome.reason) if isinstance(outcome, TaskFailed) else outcome

    def _outcomes(self, timeout: float | None) -> list[object]:
        if self.future is None:
            return []
        from distributed import KilledWorker

        try:
            outcomes: list[object] = self.future.result(timeout=timeout)
        except KilledWorker as exc:
            reason = f"the cluster's workers kept dying on the same pages (out of memory?); the batch stopped: {exc}"
            raise BatchError(one_line(reason)) from None
        except TimeoutError:
            raise BatchError(f"no result from the cluster within {timeout:g} s; the batch stopped") from None
        finally:
            self.future.release()
        return outcomes

