"""The ``declutter`` command. The only module (with cli/batch.py) that prints or knows exit codes.

Exit codes are in exits.py. A DeclutterError that reaches a command becomes
a one-line message on stderr and its exit code, never a traceback.
"""
from __future__ import annotations

import gc
import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from declutter import __version__
from declutter.cli.exits import EXIT_FAILED, EXIT_OK, EXIT_USAGE, exit_code_for
from declutter.document import Document
from declutter.errors import DeclutterError, InputError
from declutter.reading.files import MAX_PAGE_BYTES, read_page, too_large, ungzip
from declutter.render import FORMATS, explain_fields, explain_rows, render
from declutter.settings import DateSettings, Settings

Command = TypeVar("Command", bound=Callable[..., Any])

CLEAN_EXAMPLES = """
\b
Examples:
  declutter clean page.txt                    # JSON on stdout
  declutter clean page.html --format text     # just the article
  cat page.txt | declutter clean -            # from stdin
  declutter clean page.txt --skip navigation  # run without one extractor
  declutter clean scrapes/ -o cleaned/        # a whole folder, one JSON per page
"""


class _Commands(click.Group):
    """The command group: a DeclutterError from any command is a message and an exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DeclutterError as exc:
            _fail(str(exc), exit_code_for(exc))


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="declutter")
def main() -> None:
    """Turn scraped news pages (plain text or HTML) into clean article text plus metadata."""
    _one_blas_thread()


def _one_blas_thread() -> None:
    """Have numpy's BLAS (OpenBLAS) run in the thread that calls it, unless the user says otherwise.

    When it loads, OpenBLAS starts a thread per further core, which spins a while
    waiting for work. declutter's one product of matrices (the content model's
    blocks by weights) is small, and split or not its values are the same, so that
    thread only took CPU from the command (a one-page run 0.45 -> 0.41 s CPU, as
    much as its HTML path's whole margin over trafilatura) and, in a batch, from
    the workers during the counting pass. OpenBLAS reads the variable once, when
    numpy is first imported (not yet, here).
    """
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def _page_options(func: Command) -> Command:
    """Options shared by ``clean`` and ``explain``: what shapes the cleaning."""
    options = [
        click.option(
            "--skip", "skip", multiple=True, metavar="NAME",
            help="Leave an extractor out of the pipeline (repeatable; see `declutter extractors`).",
        ),
        click.option(
            "--dayfirst/--monthfirst", default=None,
            help="Read an ambiguous date like 08-04-2025 day-first (default) or month-first, when the page gives no evidence.",
        ),
        click.option(
            "--input-format", type=click.Choice(["auto", "html", "markdown", "text"]), default="auto", show_default=True,
            help="Force how the page is read instead of detecting it.",
        ),
        click.option("--url", default=None, help="The page's URL, when known (helps dates and metadata)."),
        click.option(
            "--config", "config", default=None, metavar="FILE",
            help="A TOML settings file (default: [tool.declutter] of the nearest pyproject.toml).",
        ),
        click.option("--precision", "preset", flag_value="precision", default=None, help="Preset: a stricter cut, less chrome left in."),
        click.option("--recall", "preset", flag_value="recall", help="Preset: a looser cut, more of the article kept."),
        click.option(
            "--extractor", "extractors", multiple=True, metavar="MODULE:FUNCTION",
            help="Add your own extractor before `content` (repeatable; or an entry point of declutter.extractors).",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


@main.command(name="clean", epilog=CLEAN_EXAMPLES)
@click.argument("inputs", nargs=-1, required=True, metavar="FILE|DIR|-...")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True, help="Output format for a single page.")
@click.option("-o", "--output", default=None, metavar="PATH", help="Write to this file (one page) or folder (batch) instead of stdout.")
@click.option("--jsonl", default=None, metavar="FILE", help="Batch: stream one JSON record per page to FILE (- for stdout).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Batch: worker processes (default: all cores).")
@click.option("--force", is_flag=True, help="Batch: redo pages whose output is up to date.")
@click.option(
    "--timeout", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
    help="Batch: give up a page after this long (default 120; 0: no limit).",
)
@click.option(
    "--max-bytes", type=click.IntRange(min=0), default=None, metavar="BYTES",
    help=f"Give up a page larger than this, after gzip is undone (default {MAX_PAGE_BYTES:,}; 0: no limit).",
)
@click.option("--follow-links", is_flag=True, help="Batch: follow symbolic links that lead outside the input folders.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary on stderr.")
@click.option(
    "--scheduler", default=None, metavar="ADDRESS",
    help="Batch: clean on a Dask cluster (tcp://host:8786); needs declutter[dask].",
)
@_page_options
def clean_command(
    inputs: tuple[str, ...], fmt: str, output: str | None, jsonl: str | None, jobs: int | None, force: bool,
    timeout: float | None, max_bytes: int | None, follow_links: bool, quiet: bool, scheduler: str | None,
    skip: tuple[str, ...], dayfirst: bool | None, input_format: str, url: str | None,
    config: str | None, preset: str | None, extractors: tuple[str, ...],
) -> None:
    """Clean scraped pages: FILE, - for stdin, or folders for a batch run."""
    settings = _settings(skip, dayfirst, config, preset, extractors)
    if scheduler is not None or _is_batch(inputs, output, jsonl):
        from declutter.cli.batch import run_batch_command

        code = run_batch_command(
            inputs, output=output, jsonl=jsonl, jobs=jobs, force=force, quiet=quiet,
            settings=settings, input_format=input_format, timeout=timeout, max_bytes=max_bytes, follow_links=follow_links,
            scheduler=scheduler,
        )
        sys.exit(code)
    if output not in (None, "-") and inputs[0] != "-" and os.path.realpath(output) == os.path.realpath(inputs[0]):
        _fail(f"the output {output} is the input; write it somewhere else", EXIT_USAGE)
    limit = MAX_PAGE_BYTES if max_bytes is None else (max_bytes or None)
    doc = _clean_one(inputs[0], settings, input_format, url, limit)
    _write(render(doc, fmt), output)
    sys.exit(EXIT_OK)


@main.command()
@click.argument("input_path", metavar="FILE|-")
@click.option("--only-removed", is_flag=True, help="List only the dropped blocks.")
@click.option("--color/--no-color", default=None, help="Colour the decisions (default: when stdout is a terminal).")
@_page_options
def explain(
    input_path: str, only_removed: bool, color: bool | None,
    skip: tuple[str, ...], dayfirst: bool | None, input_format: str, url: str | None,
    config: str | None, preset: str | None, extractors: tuple[str, ...],
) -> None:
    """Show every block with its decision, its kind, the extractor and the settings rule that decided."""
    doc = _clean_one(input_path, _settings(skip, dayfirst, config, preset, extractors), input_format, url)
    width = shutil.get_terminal_size((120, 20)).columns
    for line in explain_fields(doc):
        click.echo(line)
    rows = explain_rows(doc, only_removed)
    rule_width = max((len(row.rule) for row in rows), default=0)  # a column only when a rule decided
    for row in rows:
        label = "keep" if row.kept else "drop"
        rule = f"{row.rule or '-':<{rule_width}} " if rule_width else ""
        head = f"{row.line:>5} {label} {row.kind or '-':<18} {row.by or '-':<12} {rule}"
        text = row.text if len(head) + len(row.text) <= width else row.text[: max(20, width - len(head) - 1)] + "…"
        click.echo(click.style(head, fg="green" if row.kept else "red") + text, color=color)
    sys.exit(EXIT_OK)


@main.command()
def extractors() -> None:
    """List the registered extractors in their default pipeline order, with what each requires and assigns."""
    from declutter.extractors import EXTRACTORS

    default = Settings().step_names()
    names = [*default, *(name for name in EXTRACTORS if name not in default)]
    width = max(map(len, names))
    for name in names:
        step = EXTRACTORS[name]
        note = "" if name in default else "  (not in the default pipeline)"
        click.echo(f"{name:<{width}}  {step.doc}{note}")
        click.echo(f"{'':<{width}}    requires: {', '.join(step.requires) or '-'}; assigns: {', '.join(step.assigns) or '-'}")


def _settings(
    skip: tuple[str, ...], dayfirst: bool | None, config: str | None = None, preset: str | None = None, extractors: tuple[str, ...] = ()
) -> Settings:
    from declutter.config.load import load_settings

    if config is not None and not Path(config).is_file():
        _fail(f"no such settings file: {config}", EXIT_USAGE)
    settings = load_settings(config, preset=preset)
    if skip or extractors:
        settings = _with_options(settings, skip, extractors)
    if dayfirst is not None:
        settings = replace(settings, dates=DateSettings(dayfirst=dayfirst))
    return settings


def _with_options(settings: Settings, skip: tuple[str, ...], extractors: tuple[str, ...]) -> Settings:
    """``settings`` without the extractors of ``--skip`` and with those of ``--extractor``."""
    # Imported only here: the registry imports every extractor (numpy, rapidfuzz),
    # which a batch re-run with nothing to clean never needs.
    from declutter.extractors import EXTRACTORS

    unknown = [name for name in skip if name not in EXTRACTORS]
    if unknown:
        _fail(f"no extractor named {unknown[0]!r}; known: {', '.join(EXTRACTORS)}", EXIT_USAGE)
    if skip:
        present = settings.step_names()  # the settings file may have left some out already
        settings = settings.without(*(name for name in skip if name in present))
    if extractors:
        from declutter.config.plugins import with_extractors

        settings = with_extractors(settings, extractors)
    return settings


def _is_batch(inputs: tuple[str, ...], output: str | None, jsonl: str | None) -> bool:
    if jsonl or len(inputs) > 1:
        return True
    single = inputs[0]
    # An output ending in a slash names a folder, whether or not it exists yet.
    to_folder = output is not None and output != "-" and (output.endswith(("/", os.sep)) or Path(output).is_dir())
    return single != "-" and (Path(single).is_dir() or to_folder)


def _clean_one(path: str, settings: Settings, input_format: str, url: str | None, max_bytes: int | None = MAX_PAGE_BYTES) -> Document:
    if path != "-" and not Path(path).exists():
        _fail(f"no such file: {path}", EXIT_USAGE)
    if path != "-" and Path(path).is_dir():
        _fail(f"{path} is a folder: this command takes one page (clean a folder with `declutter clean {path} -o OUT`)", EXIT_USAGE)
    from declutter.api import clean  # with the pipeline: not for a batch

    # One page, then the process ends: the objects the imports made (and, below,
    # those the cleaning made) live until exit. Frozen, they are left out of the
    # cyclic garbage collector's full collections, which otherwise walked all of
    # them again during the page and once more at exit.
    gc.freeze()
    try:
        fmt = None if input_format == "auto" else input_format
        # The bytes handed over, not kept here: clean() lets go of them once they are
        # decoded (50 MB less while a 50 MB page is cleaned).
        doc = clean(_page_bytes(path, max_bytes), url=url, settings=settings, input_format=fmt, max_bytes=max_bytes)
    except InputError as exc:  # name the input, unless the message already does
        name = "stdin" if path == "-" else path
        _fail(str(exc) if str(exc).startswith(name) else f"{name}: {exc}", EXIT_FAILED)
    gc.freeze()
    for warning in doc.warnings:
        click.echo(f"declutter: warning: {path}: {warning}", err=True)
    return doc


def _page_bytes(path: str, max_bytes: int | None) -> bytes:
    """The page at ``path`` ("-": stdin), un-gzipped."""
    if path != "-":
        return read_page(path, max_bytes=max_bytes)
    raw = sys.stdin.buffer.read() if max_bytes is None else sys.stdin.buffer.read(max_bytes + 1)
    if max_bytes is not None and len(raw) > max_bytes:
        raise InputError(too_large("the page", max_bytes))
    return ungzip(raw, "stdin", max_bytes=max_bytes)


def _write(text: str, output: str | None) -> None:
    if output is None or output == "-":
        click.echo(text)
        return
    from declutter.batch.output import write_atomic

    try:
        write_atomic(Path(output), text + "\n")  # the whole page or, on any error, the file as it was
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror or exc}", EXIT_FAILED)


def _fail(message: str, code: int) -> NoReturn:
    click.echo(f"declutter: {message}", err=True)
    sys.exit(code)
