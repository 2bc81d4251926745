"""A batch on a Dask cluster: ``declutter clean INPUT... -o DIR --scheduler tcp://host:8786``.

The same run as runner.py's, with the cluster's workers in place of the local
worker processes. This process (the client) lists the inputs, counts the
site-template lines and finds near-duplicates, in input order, and writes
the containers' records, the state file, the report and the progress bar, as
a local run's parent does; so ``duplicate_of`` names the same first copy and
the outputs are byte for byte those of a local run. The workers read the
pages, hash their lines (the counting pass), clean them and write the
one-page outputs, with the local workers' functions (worker.py).

Work goes out per input file (cluster_tasks.py): one-page files ``chunk_pages`` to a task, a
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
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from declutter.batch.cluster_tasks import Anchor, RangeResult, RangeTask, Scanned, ScanTask, TaskBatch, run_cluster_chunk
from declutter.batch.counting import Tally, no_hashes
from declutter.batch.discover import Source
from declutter.batch.output import OutputDir
from declutter.batch.planning import reread_error
from declutter.batch.readers import PageError, PageInput, read_pages
from declutter.batch.report import Summary, one_line
from declutter.batch.runner import BatchRun, EndOfUnit, Unit
from declutter.batch.state import decode_hashes
from declutter.batch.tasks import HashTask, PageResult, PageTask, Reloaded, Task, TaskResult
from declutter.batch.templates import site_of
from declutter.errors import BatchError, ConfigError

Context = TypeVar("Context")

INSTALL_HINT = "a cluster run needs Dask's distributed scheduler: pip install 'declutter[dask]'"


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
        tally = Tally(self.options.templates, self.counted, self.summary, self.on_progress)
        for (rel, site), result in self._cluster_ordered(self._scan_items(counting), no_hashes):
            found: list[tuple[str, set[int] | None]]
            if isinstance(result, list):
                self.scanned[rel] = result
                found = [(s.site, s.hashes) for s in result]
            elif isinstance(result, tuple):  # from the state file
                found = [(result[0], decode_hashes(result[1]))]
            else:
                found = [(site, result if isinstance(result, set) else None)]
            if counting:
                for page_site, hashes in found:
                    tally.add(rel, page_site, hashes)
        if counting:
            self.templates = tally.templates()
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
        for _, result in self._cluster_ordered(iter([((source.rel, ""), task)]), no_hashes):
            return result if isinstance(result, list) else None
        return None

    def _ordered(
        self, items: Iterator[tuple[Unit, Task | PageResult | list[Reloaded] | EndOfUnit]], pool: ProcessPoolExecutor | None
    ) -> Generator[tuple[Unit, TaskResult | PageResult | EndOfUnit], None, None]:
        for unit, result in self._cluster_ordered(items, reread_error):
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
        pending: deque[TaskBatch[Context]] = deque()
        current = TaskBatch[Context](on_error)
        try:
            for context, item in items:
                current.add(context, item, chunk)
                if current.weight >= chunk:
                    pending.append(current.submit(self.client))
                    current = TaskBatch(on_error)
                    while len(pending) >= window:
                        yield from pending.popleft().results(self.task_timeout)
            pending.append(current.submit(self.client))
            while pending:
                yield from pending.popleft().results(self.task_timeout)
        finally:
            for waiting in pending:
                if waiting.future is not None:
                    waiting.future.cancel()


def _absolute(source: Source) -> str:
    return os.path.abspath(source.path)


def _reason_as_given(result: PageResult, source: Source) -> PageResult:
    """A failure reason that names the file as read by a worker names it as given (as a local run's would)."""
    if result.reason is None:
        return result
    path = _absolute(source)
    return replace(result, reason=result.reason.replace(path, source.path.as_posix())) if path in result.reason else result


__all__ = ["ClusterRun", "INSTALL_HINT", "run_cluster_chunk"]
