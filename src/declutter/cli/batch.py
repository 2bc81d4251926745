"""The batch side of ``declutter clean`` (folders, many files, --jsonl): messages and exit codes.

Data goes to stdout (``--jsonl -``, the default without ``-o``) or to files;
the progress bar (only when stderr is a terminal), failures and the closing
summary go to stderr. ``--quiet`` silences the bar and the summary, not the
failures. Exit codes (exits.py): ok, some page failed, usage error, or
interrupted (Ctrl-C, 130, or SIGTERM, 143: a partial summary is shown and the
report written). A second Ctrl-C or SIGTERM ends the command at once.
"""
from __future__ import annotations

import io
import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import partial
from types import FrameType, TracebackType
from typing import TYPE_CHECKING

import click

from declutter.batch import BatchOptions, BatchRun, Failure, Summary
from declutter.batch.report import InputRef
from declutter.cli.exits import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_TERMINATED, EXIT_USAGE, exit_code_for
from declutter.errors import DeclutterError
from declutter.settings import Settings

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID


def run_batch_command(
    inputs: tuple[str, ...],
    *,
    output: str | None,
    jsonl: str | None,
    jobs: int | None,
    force: bool,
    quiet: bool,
    settings: Settings,
    input_format: str | None,
    timeout: float | None = None,
    max_bytes: int | None = None,
    follow_links: bool = False,
    scheduler: str | None = None,
) -> int:
    """Run the batch; the exit code."""
    if "-" in inputs:
        click.echo("declutter: stdin (-) cannot be part of a batch; give files or folders", err=True)
        return EXIT_USAGE
    progress = _Progress(enabled=not quiet and sys.stderr.isatty())
    try:
        options = BatchOptions(jobs=jobs, force=force, input_format=None if input_format in (None, "auto") else input_format)
        if timeout is not None:
            options = replace(options, timeout=timeout or None)  # 0: no limit
        if max_bytes is not None:
            options = replace(options, max_bytes=max_bytes or None)  # 0: no limit
        if follow_links:
            options = replace(options, follow_links=True)
        run = _run_class(scheduler)(
            inputs,
            settings=settings,
            options=options,
            output_dir=output,
            jsonl=jsonl,
            stdout=sys.stdout,
            on_progress=progress.update,
            on_failure=progress.failure,
        )
    except DeclutterError as exc:  # wrong arguments: nothing has run yet
        click.echo(f"declutter: {exc}", err=True)
        return exit_code_for(exc)
    return _run(run, progress, quiet)


def _run_class(scheduler: str | None) -> Callable[..., BatchRun]:
    """BatchRun, or with ``--scheduler`` the same run on a Dask cluster (batch/cluster.py)."""
    if scheduler is None:
        return BatchRun
    from declutter.batch.cluster import ClusterRun

    return partial(ClusterRun, scheduler=scheduler)


def _run(run: BatchRun, progress: _Progress, quiet: bool) -> int:
    code = EXIT_OK
    if isinstance(sys.stdout, io.TextIOWrapper):  # a non-UTF-8 file name in a record: an escape, not a crash
        sys.stdout.reconfigure(errors="backslashreplace")
    stop = _Stop(run.remove_temporary_files)
    try:
        with stop.handling(), progress:
            summary = run.run()
        code = EXIT_FAILED if summary.failed else EXIT_OK
    except KeyboardInterrupt:
        click.echo("declutter: interrupted; the outputs written so far are complete", err=True)
        code = EXIT_TERMINATED if stop.signum == signal.SIGTERM else EXIT_INTERRUPTED
    except BrokenPipeError:  # stdout closed (`--jsonl - | head -1`): the reader has what it wanted
        _quiet_stdout()
        return EXIT_OK
    except DeclutterError as exc:
        click.echo(f"declutter: {exc}", err=True)
        code = exit_code_for(exc)
    except OSError as exc:  # the report itself cannot be written
        click.echo(f"declutter: cannot write: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), err=True)
        code = EXIT_FAILED
    if not quiet:
        click.echo(summary_text(run.summary), err=True)
    return code


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so that flushing it at exit raises nothing more."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def failure_line(failure: Failure) -> str:
    return f"declutter: {describe_input(failure.input)}: {failure.reason}"


class _Stop:
    """SIGINT and SIGTERM while a batch runs: the first is a KeyboardInterrupt (the run
    stops its workers, writes its report and leaves no temporary file); a second
    ends the process at once, whatever the run was still waiting for, after
    ``before_exit`` (the run's temporary files removed)."""

    def __init__(self, before_exit: Callable[[], None]) -> None:
        self.signum: int | None = None
        self.before_exit = before_exit

    @contextmanager
    def handling(self) -> Iterator[None]:
        if not _in_main_thread():
            yield
            return
        numbers = (signal.SIGINT, signal.SIGTERM)
        previous = [signal.signal(number, self._on_signal) for number in numbers]
        try:
            yield
        finally:
            # Once a first signal was taken, the handler stays until the process
            # ends: a second one while the command reports the interruption still
            # ends it at once (restored, it would be Python's KeyboardInterrupt
            # again, raised outside any handler: the process killed by SIGINT).
            if self.signum is None:
                for number, handler in zip(numbers, previous):
                    signal.signal(number, handler)

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        if self.signum is not None:
            self.before_exit()
            os._exit(128 + signum)  # the second signal: now
        self.signum = signum
        raise KeyboardInterrupt


def _in_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _echo_failure(failure: Failure) -> None:
    click.echo(failure_line(failure), err=True)


def describe_input(ref: InputRef) -> str:
    text = str(ref.get("path", "?"))
    if "record" in ref:
        text += f" record {ref['record']}"
    if ref.get("url"):
        text += f" ({ref['url']})"
    return text


def summary_text(summary: Summary) -> str:
    head = "interrupted after" if summary.interrupted else "done:"
    lines = [
        f"declutter: {head} {summary.pages} pages: {summary.cleaned} cleaned, {summary.skipped} up to date (skipped), "
        f"{summary.failed} failed, {summary.duplicates} near-duplicates; "
        f"{summary.pages_per_second:.1f} pages/s over {summary.elapsed:.1f} s",
    ]
    if summary.removed:
        kinds = ", ".join(f"{kind} {count}" for kind, count in summary.removed.most_common())
        lines.append(f"declutter: removed blocks by kind: {kinds}")
    if summary.inputs_skipped:
        skipped = ", ".join(f"{why} {count}" for why, count in sorted(summary.inputs_skipped.items()))
        lines.append(f"declutter: files left out: {skipped}")
    return "\n".join(lines)


class _Progress:
    """A rich progress bar on stderr, or nothing."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.bar: Progress | None = None
        self.task: TaskID | None = None

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

            columns = (
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TimeRemainingColumn(),
            )
            self.bar = Progress(*columns, console=Console(file=sys.stderr), transient=True)
            self.bar.start()
            self.task = self.bar.add_task("counting", total=None, rate="")
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        if self.bar is not None:
            self.bar.stop()

    def failure(self, failure: Failure) -> None:
        """A failure's line on stderr: through the bar's console while it draws, so the bar stays whole."""
        if self.bar is None:
            _echo_failure(failure)
        else:
            self.bar.console.print(failure_line(failure), markup=False, highlight=False, soft_wrap=True)

    def update(self, summary: Summary) -> None:
        if self.bar is None or self.task is None:
            return
        counting = summary.total is None and not summary.pages
        description = f"counting: {summary.counted} pages" if counting else "cleaning"
        rate = f"{summary.pages_per_second:.1f} pages/s" + (f", {summary.failed} failed" if summary.failed else "")
        self.bar.update(self.task, description=description, total=summary.total, completed=summary.pages, rate=rate)
