"""A batch on a Dask cluster: ``declutter clean INPUT... -o DIR --scheduler tcp://host:8786``.

The same run as runner.py's, with the cluster's workers in place of the local
worker processes. This process (the client) lists the inputs, counts the
site-template lines and finds near-duplicates, in input order, and writes
the containers' records, the state file, the report and the progress bar, as
a local run's parent does; so ``duplicate_of`` names the same first copy and
the outputs are byte for byte those of a local run. The workers read the
pages, hash their lines (the counting pass), clean them and write the
one-page outputs, with the local workers' functions (worker.py).

Work goes out per input file: one-page files ``chunk_pages`` to a task, a
JSONL file as one task, and a WARC/WET file, after a first task has listed
its records (and where each starts), as tasks of ``chunk_pages`` records that
each seek to their first record. At most ``in_flight_per_job`` tasks per
worker thread are out at a time, and their results are taken back in input
order.

A worker lost midway (killed, out of memory) loses nothing: Dask runs its
unfinished tasks again on another worker (up to its
``distributed.scheduler.allowed-failures``), and every output a task writes
is written atomically with the same bytes whatever the attempt.

The workers must see the inputs and the output folder at the paths this
process sees (a shared file system), and run the same declutter. The
per-page time limit (``BatchOptions.timeout``) is not enforced there: Dask
runs tasks on threads, and the limit needs a process's main thread.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Generic, TypeVar

from declutter.batch.discover import Source
from declutter.batch.options import DedupSettings
from declutter.batch.output import OutputDir
from declutter.batch.readers import Page, PageError, PageInput, _warc_page, read_pages
from declutter.batch.report import InputRef, Summary, one_line
from declutter.batch.runner import BatchRun, EndOfUnit, Unit
from declutter.batch.state import decode_hashes, encode_hashes
from declutter.batch.templates import TemplateCounter, site_of, site_settings
from declutter.batch.worker import (
    TASK_TYPES,
    HashTask,
    PageResult,
    PageTask,
    Reloaded,
    Task,
    TaskFailed,
    TaskResult,
    clean_page,
    run_chunk,
    run_task,
)
from declutter.errors import BatchError, ConfigError, DeclutterError
from declutter.reading.files import MAX_PAGE_BYTES
from declutter.settings import Settings

Context = TypeVar("Context")

INSTALL_HINT = "a cluster run needs Dask's distributed scheduler: pip install 'declutter[dask]'"


# -- the work sent to the workers --------------------------------------------------
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
                if record.rec_type not in ("response", "conversion"):
                    continue
                number += 1
                if number < first:
                    continue
                if last is not None and number > last:
                    return
                page = _warc_page(record, {"path": path, "record": number}, forced, MAX_PAGE_BYTES)
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


# -- the run -----------------------------------------------------------------------
class ClusterRun(BatchRun):
    """A ``BatchRun`` whose pages are cleaned on a Dask cluster.

    ``scheduler`` is the scheduler's address (``tcp://host:8786``) or a
    ``distributed.Client`` already connected (left open at the end).
    ``task_timeout`` bounds the wait for any one task's result (seconds; None:
    no bound); past it the run stops with a BatchError. The other arguments
    are BatchRun's; ``options.jobs`` is not used (the cluster's threads are
    the workers).
    """

    def __init__(self, inputs: Iterable[str | Path], *, scheduler: Any, task_timeout: float | None = None, **kwargs: Any) -> None:
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise ConfigError(INSTALL_HINT) from None
        super().__init__(inputs, **kwargs)
        if not scheduler:
            raise ConfigError("scheduler must be a Dask scheduler's address (tcp://host:8786) or a distributed.Client")
        self.scheduler = scheduler
        self.task_timeout = task_timeout
        if self.out is not None:  # the workers' working folder is not ours: outputs by absolute path
            self.out = self.target = OutputDir(Path(os.path.abspath(self.out.root)))
        self.client: Any = None
        self.scanned: dict[str, list[Scanned]] = {}  # a container's pages, by rel: how its work is split

    def run(self) -> Summary:
        from distributed import Client

        own = not isinstance(self.scheduler, Client)
        if own:
            try:
                self.client = Client(self.scheduler, timeout="20s")  # type: ignore[no-untyped-call]
            except (OSError, TimeoutError, ValueError) as exc:
                raise BatchError(one_line(f"cannot reach the Dask scheduler at {self.scheduler}: {exc}")) from None
        else:
            self.client = self.scheduler
        try:
            return super().run()
        finally:
            if own:
                self.client.close()

    # -- the local run's hooks --------------------------------------------------------
    def _pool(self) -> ProcessPoolExecutor | None:
        return None  # no local workers: the cluster's

    def _warm_up(self) -> None:
        # Nothing to build here: this process cleans no page (each worker builds its own on its first).
        self._index()

    def _window(self) -> int:
        threads = sum(self.client.nthreads().values()) if self.client is not None else 1
        return max(2, threads * self.options.in_flight_per_job)

    def _count_pass(self, pool: ProcessPoolExecutor | None) -> None:
        """As the local counting pass (the counts are taken here, in input order), plus the
        listing of every WARC file, which says how to split it."""
        counting = self.options.templates.enabled
        counter = TemplateCounter(self.options.templates)
        total = 0
        for (rel, site), result in self._cluster_ordered(self._scan_items(counting), _no_result):
            found: list[tuple[str, set[int] | None]]
            if isinstance(result, list):
                self.scanned[rel] = result
                found = [(s.site, s.hashes) for s in result]
            elif isinstance(result, tuple):  # from the state file
                found = [(result[0], decode_hashes(result[1]))]
            else:
                found = [(site, result if isinstance(result, set) else None)]
            if not counting:
                continue
            for page_site, hashes in found:
                total += 1
                self.counted.add(rel, (page_site, encode_hashes(hashes)))
                if hashes is not None:
                    counter.add(page_site, hashes)
                if total % 100 == 0:
                    self.summary.counted = total
                    self.on_progress(self.summary)
        if counting:
            self.summary.total = total
            self.templates = counter.templates()
        self.summary.inputs_skipped = self.discovery.skipped.copy()

    def _scan_items(self, counting: bool) -> Iterator[tuple[tuple[str, str], object]]:
        for source in self.sources:
            known = self.state.get(source.rel)
            if known is not None and (known.pages or not counting) and known.matches(source.path):
                # As the state file has it (a WARC file is listed later, only if it is to be cleaned).
                for counted in known.pages if counting else ():
                    yield (source.rel, counted[0]), counted
                continue
            if source.container:
                if counting or source.kind == "warc":
                    yield (source.rel, ""), ScanTask(source, _absolute(source), self.options.input_format, counting)
                continue
            if not counting:
                continue
            for page in read_pages(source, self.options.input_format):
                if isinstance(page, PageInput):
                    data = Path(_absolute(source)) if isinstance(page.data, Path) else page.data
                    yield (source.rel, site_of(page.url, source.folder)), HashTask(data, page.input_format)
                else:
                    yield (source.rel, ""), None

    def _clean_tasks(self, unit: Unit) -> Iterator[tuple[Unit, Task | PageResult]]:
        source = unit.source
        if not source.container:
            for item_unit, task in super()._clean_tasks(unit):
                if isinstance(task, PageTask) and isinstance(task.data, Path):
                    task = replace(task, data=Path(_absolute(source)))
                yield item_unit, task
            return
        for item in self._range_items(source):
            yield unit, item  # type: ignore[misc]  # RangeTask: handled by _ordered below

    def _range_items(self, source: Source) -> Iterator[RangeTask | PageResult]:
        scanned = self.scanned.get(source.rel)
        if scanned is None and source.kind == "warc":
            scanned = self._scan_now(source)
        if source.kind != "warc" or scanned is None:  # a JSONL file: one task
            yield self._range(source, None, 1, None, scanned)
            return
        run: list[Scanned] = []
        for page in scanned:
            if page.error is None and page.number is not None:
                run.append(page)
                if len(run) >= self.options.chunk_pages:
                    yield self._range(source, run[0].anchor, run[0].number or 1, run[-1].number, run)
                    run = []
                continue
            if run:
                yield self._range(source, run[0].anchor, run[0].number or 1, run[-1].number, run)
                run = []
            error = page.error or PageError({"path": source.path.as_posix()}, "cannot read")
            yield PageResult(error.ref, reason=error.reason)  # as the local run has it: no task
        if run:
            yield self._range(source, run[0].anchor, run[0].number or 1, run[-1].number, run)

    def _range(self, source: Source, anchor: Anchor | None, first: int, last: int | None, pages: list[Scanned] | None) -> RangeTask:
        sites = {page.site for page in pages} if pages is not None else set(self.templates)
        templates = {site: self.templates[site] for site in sites if site in self.templates}
        dedup = self.options.dedup if self.dedup is not None else None
        return RangeTask(
            source, _absolute(source), self.options.input_format, anchor, first, last,
            self.settings, templates, self.options.templates.after, dedup, self.options.timeout,
        )

    def _scan_now(self, source: Source) -> list[Scanned] | None:
        """A WARC file's listing when the counting pass took it from the state file."""
        task = ScanTask(source, _absolute(source), self.options.input_format, False)
        for _, result in self._cluster_ordered(iter([((source.rel, ""), task)]), _no_result):
            return result if isinstance(result, list) else None
        return None

    def _ordered(
        self, items: Iterator[tuple[Unit, Task | PageResult | list[Reloaded] | EndOfUnit]], pool: ProcessPoolExecutor | None
    ) -> Generator[tuple[Unit, TaskResult | PageResult | EndOfUnit], None, None]:
        from declutter.batch.runner import _task_error

        for unit, result in self._cluster_ordered(items, _task_error):
            if isinstance(result, RangeResult):
                for site, page in result.pages:
                    if site is not None and unit.entry is not None:
                        unit.entry.templates.append([site, self._digest(site)])
                    yield unit, _reason_as_given(page, unit.source)
            elif isinstance(result, PageResult):
                yield unit, _reason_as_given(result, unit.source)
            else:
                yield unit, result  # type: ignore[misc]  # the local run's own kinds

    # -- results in input order ------------------------------------------------------
    def _cluster_ordered(
        self, items: Iterator[tuple[Context, object]], on_error: Callable[[Context, Exception | str], object]
    ) -> Generator[tuple[Context, object], None, None]:
        """inorder.ordered_results over the cluster: tasks go out ``chunk_pages`` to a Dask task
        (a range of container records alone), ``_window()`` tasks at most in flight."""
        window, chunk = self._window(), self.options.chunk_pages
        pending: deque[_Batch[Context]] = deque()
        current = _Batch[Context](on_error)
        try:
            for context, item in items:
                current.add(context, item, chunk)
                if current.weight >= chunk:
                    pending.append(current.submit(self.client))
                    current = _Batch(on_error)
                    while len(pending) >= window:
                        yield from pending.popleft().results(self.task_timeout)
            pending.append(current.submit(self.client))
            while pending:
                yield from pending.popleft().results(self.task_timeout)
        finally:
            for waiting in pending:
                if waiting.future is not None:
                    waiting.future.cancel()


@dataclass
class _Batch(Generic[Context]):
    """Consecutive items whose tasks go to the cluster as one Dask task."""

    on_error: Callable[[Context, Exception | str], object]
    entries: list[tuple[Context, object]] = field(default_factory=list)
    weight: int = 0  # pages the batch's tasks clean (a range counts as a full batch)
    future: Any = None

    def add(self, context: Context, item: object, chunk: int) -> None:
        self.entries.append((context, item))
        if isinstance(item, CLUSTER_TASKS):
            self.weight += chunk if isinstance(item, (RangeTask, ScanTask)) else 1

    def submit(self, client: Any) -> _Batch[Context]:
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


def _absolute(source: Source) -> str:
    return os.path.abspath(source.path)


def _reason_as_given(result: PageResult, source: Source) -> PageResult:
    """A failure reason that names the file as read by a worker names it as given (as a local run's would)."""
    if result.reason is None:
        return result
    path = _absolute(source)
    return replace(result, reason=result.reason.replace(path, source.path.as_posix())) if path in result.reason else result


def _no_result(context: object, error: Exception | str) -> None:
    """A counting-pass task that raised: the page counts for nothing (and fails when cleaned)."""
    return None


__all__ = ["ClusterRun", "INSTALL_HINT", "run_cluster_chunk"]
