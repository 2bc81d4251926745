"""Running a batch: the counting pass, then every page through worker processes, in input order
(see inorder.py for how the pool's results come back in order)."""
from __future__ import annotations

import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, TextIO

from declutter.api import warm_up
from declutter.settings import Settings
from declutter.batch.dedup import DuplicateIndex
from declutter.batch.discover import Discovery, Source
from declutter.batch.inorder import ordered_results
from declutter.batch.options import BatchOptions, fingerprint_text
from declutter.batch.output import DirSink, JsonlSink, OutputDir, mark_duplicate, with_duplicate
from declutter.batch.readers import PageError, PageInput, read_pages
from declutter.batch.report import Failure, Summary
from declutter.batch.templates import TemplateCounter, site_of, site_settings
from declutter.batch.worker import (
    HashTask,
    PageResult,
    PageTask,
    ReloadTask,
    Task,
    ignore_interrupts,
    ready,
)

PROGRESS_EVERY = 100  # pages between progress reports during the counting pass


@dataclass
class Unit:
    """One input file on its way through the run, and where its records go."""

    source: Source
    output: Optional[Path]
    reloaded: bool = False  # up to date: its records were re-read, not redone


END = "end of unit"  # the marker that follows a unit's last page


class BatchRun:
    """One batch run. ``run()`` returns the Summary; ``summary`` is live while it runs."""

    def __init__(
        self,
        inputs: Iterable[str | Path],
        *,
        settings: Optional[Settings] = None,
        options: Optional[BatchOptions] = None,
        output_dir: Optional[str | Path] = None,
        jsonl: Optional[str] = None,
        stdout: Optional[TextIO] = None,
        on_progress: Optional[Callable[[Summary], None]] = None,
        on_failure: Optional[Callable[[Failure], None]] = None,
    ) -> None:
        self.settings = settings or Settings()
        self.options = options or BatchOptions()
        self.out = OutputDir(Path(output_dir)) if output_dir is not None and jsonl is None else None
        self.jsonl, self.stdout = jsonl or "-", stdout
        own = (self.out.root,) if self.out else (() if self.jsonl == "-" else (Path(self.jsonl),))
        self.discovery = Discovery([Path(p) for p in inputs], exclude=own)
        self.on_progress = on_progress or (lambda summary: None)
        self.on_failure = on_failure or (lambda failure: None)
        self.summary = Summary()
        self.templates: dict[str, frozenset[int]] = {}
        self.dedup: Optional[DuplicateIndex] = None  # built in run(), with the warm-up

    # -- the run -----------------------------------------------------------------
    def run(self) -> Summary:
        ok = False
        self.summary.started = time.monotonic()
        if self.out is not None:
            self.out.root.mkdir(parents=True, exist_ok=True)
            self.out.stamp(fingerprint_text(self.settings, self.options))
        sink = DirSink(self.out) if self.out is not None else JsonlSink(self.jsonl, self.stdout)
        pool = None
        try:
            self._count_pass_while_warming_up()
            pool = self._pool()
            with closing(ordered_results(self._tasks(), pool, self._window(), self.options.chunk_pages, _task_error)) as results:
                for unit, result in results:
                    self._handle(unit, result, sink)
            self.summary.inputs_skipped = self.discovery.skipped.copy()
            ok = True
        except KeyboardInterrupt:
            self.summary.interrupted = True
            raise
        finally:
            if pool is not None:  # waits only for the pages being cleaned right now
                pool.shutdown(wait=True, cancel_futures=True)
            sink.close(ok)
            self.summary.finished = time.monotonic()
            if self.out is not None:
                self.out.write_report(self.summary.report())
        return self.summary

    def _pool(self) -> Optional[ProcessPoolExecutor]:
        if self.options.workers <= 1:
            return None
        return ProcessPoolExecutor(self.options.workers, initializer=ignore_interrupts)

    def _warm_up(self) -> None:
        """Build what every page needs, here in the parent, before the cleaning workers
        fork, so that they share it (py3langid's tables alone are 40 MB)."""
        warm_up(self.settings)
        if self.options.dedup.enabled:
            self.dedup = DuplicateIndex(self.options.dedup)

    def _count_pass_while_warming_up(self) -> None:
        """The counting pass, with the warm-up (about 0.7 s: phrase books, models,
        py3langid's tables) done meanwhile on a thread of this parent, which
        otherwise only waits for the hashing workers.

        The hashing workers fork first and need none of it; the cleaning
        workers fork once it has finished, and share what it built.
        Without workers, or without a counting pass, the two run one after the other.
        """
        hash_pool = self._pool() if self.options.templates.enabled else None
        if hash_pool is None:
            self._warm_up()
            self._count_pass(None)
            return
        # Fork the hashing workers before the thread starts: a child forked
        # while another thread runs inherits the locks that thread holds (an
        # import's, say) and can wait on them forever.
        hash_pool.submit(ready).result()
        with ThreadPoolExecutor(1, thread_name_prefix="declutter-warm-up") as thread:
            warmed = thread.submit(self._warm_up)
            try:
                self._count_pass(hash_pool)
            finally:
                hash_pool.shutdown(wait=True, cancel_futures=True)
        warmed.result()  # raises what the warm-up raised

    def _window(self) -> int:
        return self.options.workers * max(1, self.options.in_flight_per_job)

    def _count_pass(self, pool: Optional[ProcessPoolExecutor]) -> None:
        """Count pages, and per site the lines that repeat (for site templates); workers hash."""
        if not self.options.templates.enabled:
            return
        counter = TemplateCounter(self.options.templates)
        total = 0
        with closing(ordered_results(self._hash_tasks(), pool, self._window(), self.options.chunk_pages, _task_error)) as results:
            for site, hashes in results:
                total += 1
                if hashes:
                    counter.add(site, hashes)
                if total % PROGRESS_EVERY == 0:
                    self.on_progress(self.summary)
        self.summary.total = total
        self.summary.inputs_skipped = self.discovery.skipped.copy()
        self.templates = counter.templates()

    def _hash_tasks(self) -> Iterator[tuple[str, Any]]:
        for source in self.discovery:
            for page in read_pages(source, self.options.input_format):
                if isinstance(page, PageInput):
                    yield site_of(page.url, source.folder), HashTask(page.data, page.input_format)
                else:
                    yield "", None

    # -- the stream of work, in input order -----------------------------------------
    def _tasks(self) -> Iterator[tuple[Unit, Any]]:
        for source in self.discovery:
            unit = Unit(source, self.out.path_for(source) if self.out else None)
            if self.out is not None and not self.options.force and self.out.up_to_date(source):
                unit.reloaded = True
                yield unit, ReloadTask(unit.output, source.container, self._dedup_settings())
            else:
                for page in read_pages(source, self.options.input_format):
                    yield unit, self._page_task(unit, page)
            yield unit, END

    def _page_task(self, unit: Unit, page: PageInput | PageError) -> Task | PageResult:
        if isinstance(page, PageError):
            return PageResult(page.ref, reason=page.reason)
        source = unit.source
        site = site_of(page.url, source.folder)
        settings = site_settings(self.settings, self.templates, site, self.options.templates.after)
        own_file = self.out is not None and not source.container
        layout, output = ("page", unit.output) if own_file else ("line", None)
        return PageTask(page.ref, page.data, page.url, page.input_format, settings, self._dedup_settings(), self.options.timeout, layout, output)

    def _dedup_settings(self):
        return self.options.dedup if self.dedup is not None else None

    # -- results -------------------------------------------------------------------
    def _handle(self, unit: Unit, result: Any, sink) -> None:
        container = unit.source.container
        if result is END:
            if not unit.reloaded:
                sink.end(unit.output, container)
            return
        if isinstance(result, list):
            self._reloaded(unit, result)
        elif result.reason is not None:
            failure = self.summary.add_failure(result.ref, result.reason)
            if not unit.reloaded:
                sink.failure(unit.output, container, result.ref, failure.reason)
            self.on_failure(failure)
        else:
            duplicate_of = self.dedup.check_and_add(result.signature, result.ref) if self.dedup else None
            if not result.written:
                sink.record(unit.output, container, with_duplicate(result.text, duplicate_of))
            elif duplicate_of is not None:  # the worker wrote it as no copy: the rare rewrite
                mark_duplicate(unit.output, duplicate_of)
            self.summary.add_cleaned(result.removed or {}, duplicate_of is not None)
        self.on_progress(self.summary)

    def _reloaded(self, unit: Unit, entries) -> None:
        for entry in entries:
            if entry.reason is not None:
                self.on_failure(self.summary.add_failure(entry.ref, entry.reason))
                continue
            self.summary.skipped += 1
            self.summary.pages += 1
            if self.dedup is not None and entry.duplicate_of is None and entry.signature is not None:
                first = self.dedup.check_and_add(entry.signature, entry.ref)
                if first is not None and not unit.source.container:
                    # Written by a worker, then the run stopped before this
                    # parent could mark it: mark it now, as an unbroken run would have.
                    mark_duplicate(unit.output, first)


def _task_error(unit: Any, exc: Exception | str) -> Optional[PageResult]:
    """A task that raised outside the page's own guard: re-reading an earlier output
    (or hashing a page's lines, which then just counts for no site template)."""
    if not isinstance(unit, Unit):
        return None
    reason = f"cannot re-read the earlier output {unit.output}: {exc}; remove it or use --force"
    return PageResult({"path": unit.source.path.as_posix()}, reason=" ".join(reason.split()))
