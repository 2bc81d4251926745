"""Running a batch: the counting pass (counting.py), then every page through worker processes, in
input order (see inorder.py for how the pool's results come back in order); what is done with each
input is planning.py's, what becomes of each result recording.py's."""
from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import closing
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from declutter.batch.arguments import callback, destination, input_paths, instance_or_default, not_an_input
from declutter.batch.counting import Tally, hash_tasks, no_hashes
from declutter.batch.discover import REPORT_NAME, STAMP_NAME, Discovery, Source
from declutter.batch.inorder import ordered_results
from declutter.batch.options import BatchOptions, DedupSettings, fingerprint_text
from declutter.batch.output import LockFile, OutputDir, cannot_write, modified_ns, temp_path
from declutter.batch.planning import END, EndOfUnit, Unit, all_counted_before, from_state, plan_for, reread_error
from declutter.batch.pools import beside_a_thread, make_pool, stop_pool
from declutter.batch.readers import Page, PageError, read_pages
from declutter.batch.recording import Recorder
from declutter.batch.report import Failure, InputRef, Summary
from declutter.batch.sinks import DirSink, JsonlSink, Sink
from declutter.batch.state import STATE_NAME, CountSpool, Entry, StateWriter, entry_for, load_state, template_digest
from declutter.batch.tasks import PageResult, PageTask, Reloaded, ReloadTask, Task, TaskResult
from declutter.batch.templates import SiteSettings, site_of
from declutter.errors import BatchError
from declutter.settings import Settings

if TYPE_CHECKING:
    from declutter.batch.dedup import DuplicateIndex

__all__ = ["END", "BatchRun", "EndOfUnit", "Unit"]  # the units are planning.py's, imported from here too


class BatchRun:
    """One batch run. ``run()`` returns the Summary; ``summary`` is live while it runs.

    The records go to exactly one place: ``output_dir`` (one file per page),
    ``jsonl`` (one file of JSON lines), or the text stream ``stdout`` (with
    ``jsonl`` None or "-"). Wrong arguments raise ConfigError here.
    """

    def __init__(
        self,
        inputs: Iterable[str | Path] | None = None,  # None: refused with a ConfigError, not a TypeError
        *,
        settings: Settings | None = None,
        options: BatchOptions | None = None,
        output_dir: str | Path | None = None,
        jsonl: str | Path | None = None,
        stdout: object = None,
        on_progress: Callable[[Summary], None] | None = None,
        on_failure: Callable[[Failure], None] | None = None,
    ) -> None:
        paths = input_paths(inputs)
        self.settings = instance_or_default(settings, Settings, "settings")
        self.options = instance_or_default(options, BatchOptions, "options")
        self.target = destination(output_dir, jsonl, stdout)
        not_an_input(self.target, paths)
        self.out = self.target if isinstance(self.target, OutputDir) else None
        # The run's own outputs (the output folder, a JSONL file) are never inputs.
        own = self.target.root if isinstance(self.target, OutputDir) else self.target
        exclude = (own,) if isinstance(own, Path) else ()
        self.discovery = Discovery(paths, exclude=exclude, follow_links=self.options.follow_links)
        self.lock: LockFile | None = None
        self.on_progress: Callable[[Summary], None] = callback(on_progress, "on_progress")
        self.on_failure: Callable[[Failure], None] = callback(on_failure, "on_failure")
        self.summary = Summary()
        self.templates: dict[str, frozenset[int]] = {}
        self.dedup: DuplicateIndex[InputRef] | None = None  # built in run(), with the warm-up
        # The output folder's state file (state.py): what the last run found, and what this one does.
        self.state: dict[str, Entry] = {}
        self.state_writer: StateWriter | None = None  # this run's state file, written as inputs are done
        self.counted = CountSpool()  # the counting pass's findings per input, by rel
        self._digests: dict[str, str] = {}
        self.sources: list[Source] = []  # the inputs, as run() found them
        self._plans: dict[str, str] = {}  # a re-run's plan per input (_plan), by rel, until its turn
        self.sink: Sink | None = None  # where run() writes; kept to name its temporary file

    # -- the run -----------------------------------------------------------------
    def run(self) -> Summary:
        """Clean every page; raises BatchError when the run cannot go on (and KeyboardInterrupt)."""
        ok = False
        self.summary.started = time.monotonic()
        sink = self.sink = self._sink()
        pool = None
        try:
            if self.out is not None:
                self.state = load_state(self.out.root)
                self.state_writer = StateWriter(self.out.root, self.state)
            self.sources = list(self.discovery)  # walked once: a folder's listing is a tenth of a re-run
            if all_counted_before(self.state, self.sources):
                # A re-run: the counting pass reads only the state file, and
                # the models and workers are only made when a page is to be cleaned.
                self._count_pass(None)
                self._plans = {source.rel: self._plan(source) for source in self.sources}
                plans = set(self._plans.values())
                if "clean" in plans:
                    self._warm_up()
                    pool = self._pool()
                elif "reload" in plans:
                    # Only what an earlier run wrote and this one re-reads may be a
                    # duplicate the state does not know of; the state's own records were
                    # checked in this order when they were written.
                    self._index()
            else:
                self._count_pass_while_warming_up()
                pool = self._pool()
            results: Generator[tuple[Unit, TaskResult | PageResult | EndOfUnit], None, None]
            results = self._ordered(self._tasks(), pool)
            recorder = Recorder(sink, self.summary, self.dedup, self.state_writer, self.on_progress, self.on_failure)
            with closing(results):
                for unit, result in results:
                    recorder.handle(unit, result)
            self.summary.inputs_skipped = self.discovery.skipped.copy()
            for folder, reason in self.discovery.errors:  # named, and the run fails: nothing left out silently
                self.on_failure(self.summary.add_failure({"path": folder}, reason))
            ok = True
        except KeyboardInterrupt:
            self.summary.interrupted = True
            raise
        except BrokenPipeError:  # the reader of --jsonl - went away: the caller ends quietly
            raise
        except OSError as exc:  # an output cannot be written: a full disk, no permission
            raise BatchError(cannot_write(exc)) from exc
        finally:
            try:
                if pool is not None:  # waits only for the pages being cleaned right now
                    stop_pool(pool, cut_short=not ok, outputs=self.out.root if self.out is not None else None)
                sink.close(ok)
                self.counted.close()
                self.summary.finished = time.monotonic()
                if self.out is not None:
                    if self.state_writer is not None:
                        self.state_writer.close()
                    self._write_report(ok)
            finally:
                if self.lock is not None:
                    self.lock.release()
        return self.summary

    def remove_temporary_files(self) -> None:
        """Remove the temporary files this process may be writing (report, stamp, state
        file, JSONL output, a container's output): for a process ending at once, as on
        a second Ctrl-C, which runs no ``finally``. The workers remove their own."""
        paths = [temp_path(self.target)] if isinstance(self.target, Path) else []
        if self.out is not None:
            paths += [temp_path(self.out.root / name) for name in (REPORT_NAME, STAMP_NAME, STATE_NAME)]
        if isinstance(self.sink, DirSink) and self.sink.current is not None:
            paths.append(self.sink.current.temp)
        for path in paths:
            try:
                path.unlink(missing_ok=True)
            except OSError:
                pass  # ending anyway: what cannot be removed stays

    def _write_report(self, ok: bool) -> None:
        """The report; when the run already failed (a full disk), failing to write it
        too must not hide the first error."""
        assert self.out is not None
        try:
            self.out.write_report(self.summary.report())
        except OSError as exc:
            if ok:
                raise BatchError(cannot_write(exc)) from exc

    def _sink(self) -> Sink:
        try:
            if not isinstance(self.target, OutputDir):
                return JsonlSink(self.target)
            self.target.root.mkdir(parents=True, exist_ok=True)
            self.lock = self.target.lock()
            self.target.stamp(fingerprint_text(self.settings, self.options))
            return DirSink(self.target)
        except OSError as exc:
            if self.lock is not None:
                self.lock.release()
            raise BatchError(cannot_write(exc)) from exc

    def _pool(self) -> ProcessPoolExecutor | None:
        if self.options.workers <= 1:
            return None
        return make_pool(self.options.workers)

    def _warm_up(self) -> None:
        """Build what every page needs, here in the parent, before the cleaning workers
        fork, so that they share it (py3langid's tables alone are 40 MB)."""
        from declutter.api import warm_up

        warm_up(self.settings)
        self._index()

    def _index(self) -> None:
        """The near-duplicate index, when the run looks for duplicates."""
        if self.options.dedup.enabled:
            from declutter.batch.dedup import DuplicateIndex

            self.dedup = DuplicateIndex(self.options.dedup)

    def _count_pass_while_warming_up(self) -> None:
        """The counting pass, with the warm-up (about 0.7 s: phrase books, models,
        py3langid's tables) done meanwhile on a thread of this parent, which
        otherwise only waits for the hashing workers (pools.py, ``beside_a_thread``).
        Without workers, or without a counting pass, the two run one after the other.
        """
        hash_pool = self._pool() if self.options.templates.enabled else None
        if hash_pool is None:
            self._warm_up()
            self._count_pass(None)
            return
        beside_a_thread(hash_pool, self._count_pass, self._warm_up)

    def _window(self) -> int:
        return self.options.workers * self.options.in_flight_per_job

    def _count_pass(self, pool: ProcessPoolExecutor | None) -> None:
        """Count pages, and per site the lines that repeat (for site templates); workers hash.

        An input the state file describes as it is now is counted from there, unread."""
        if not self.options.templates.enabled:
            return
        tally = Tally(self.options.templates, self.counted, self.summary, self.on_progress)
        tasks = hash_tasks(self.sources, self.state, self.options.input_format, self.options.max_bytes)
        with closing(ordered_results(tasks, pool, self._window(), self.options.chunk_pages, no_hashes)) as results:
            for (rel, site), hashes in results:
                tally.add(rel, site, hashes if isinstance(hashes, set) else None)
        self.summary.inputs_skipped = self.discovery.skipped.copy()
        self.templates = tally.templates()

    @cached_property
    def site_settings(self) -> SiteSettings:
        """Per site, the settings its pages are cleaned with (once the counting pass is done)."""
        return SiteSettings(self.settings, self.templates, self.options.templates.after)

    def _plan(self, source: Source) -> str:
        return plan_for(source, self.out, self.options.force, self.state, self._digest)

    def _digest(self, site: str) -> str:
        if site not in self._digests:
            self._digests[site] = template_digest(self.templates.get(site))
        return self._digests[site]

    # -- the stream of work, in input order -----------------------------------------
    def _tasks(self) -> Iterator[tuple[Unit, Task | PageResult | list[Reloaded] | EndOfUnit]]:
        for source in self.sources:
            unit = Unit(source, self.out.path_for(source) if self.out is not None else None)
            plan = self._plans.pop(source.rel, None) or self._plan(source)
            if self.out is not None:
                unit.entry = entry_for(source.path)
                if unit.entry is not None:
                    unit.entry.pages = self.counted.pop(source.rel)
            if plan == "state":
                unit.reloaded = True
                old = self.state[source.rel]
                if unit.entry is not None:
                    unit.entry.templates = old.templates
                yield unit, [from_state(record, unit.output, source.container) for record in old.records]
            elif plan == "reload" and unit.output is not None:
                unit.reloaded = True
                if unit.entry is not None:
                    unit.entry.templates = [[site, self._digest(site)] for site, _ in unit.entry.pages]
                yield unit, ReloadTask(unit.output, source.container, self._dedup_settings())
            else:
                yield from self._clean_tasks(unit)
            yield unit, END

    def _clean_tasks(self, unit: Unit) -> Iterator[tuple[Unit, Task | PageResult]]:
        """The work of cleaning one input's pages (a cluster run, cluster.py, sends it elsewhere)."""
        for page in read_pages(unit.source, self.options.input_format, self.options.max_bytes):
            yield unit, self._page_task(unit.source, page, unit.entry)

    def _ordered(
        self, items: Iterator[tuple[Unit, Task | PageResult | list[Reloaded] | EndOfUnit]], pool: ProcessPoolExecutor | None
    ) -> Generator[tuple[Unit, TaskResult | PageResult | EndOfUnit], None, None]:
        """The results of ``items`` in their order, from ``pool`` (a cluster run, cluster.py, from its workers)."""
        return ordered_results(items, pool, self._window(), self.options.chunk_pages, reread_error, self.summary.total)

    def _page_task(self, source: Source, page: Page, entry: Entry | None = None) -> Task | PageResult:
        if isinstance(page, PageError):
            return PageResult(page.ref, reason=page.reason)
        site = site_of(page.url, source.folder)
        if entry is not None:
            entry.templates.append([site, self._digest(site)])
        settings = self.site_settings.of(site)
        # A page of its own file is written by the worker; container records by the parent, in order.
        output = self.out.path_for(source) if self.out is not None and not source.container else None
        layout = "page" if output is not None else "line"
        dedup = self._dedup_settings()
        mtime = modified_ns(source.path) if output is not None else None  # before the worker reads the page
        return PageTask(
            page.ref, page.data, page.url, page.input_format, settings, dedup, self.options.timeout, layout, output,
            self.options.max_bytes, mtime,
        )

    def _dedup_settings(self) -> DedupSettings | None:
        return self.options.dedup if self.dedup is not None else None

