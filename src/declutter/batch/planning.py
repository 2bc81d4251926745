"""What a run does with each input: clean its pages, take its records from the state
file, or re-read its up-to-date output (a re-run); and the unit each input travels as."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from declutter.batch.discover import Source
from declutter.batch.output import OutputDir, modified_ns
from declutter.batch.report import one_line
from declutter.batch.state import Entry
from declutter.batch.tasks import PageResult, Reloaded


@dataclass
class Unit:
    """One input file on its way through the run."""

    source: Source
    output: Path | None = None  # its output file or container file, with an output folder
    reloaded: bool = False  # up to date: its records were re-read, not redone
    entry: Entry | None = None  # what the state file will say of it (with an output folder)


class EndOfUnit:
    """The marker that follows a unit's last page."""


END = EndOfUnit()


def all_counted_before(state: Mapping[str, Entry], sources: Iterable[Source]) -> bool:
    """Whether the state file describes every input as it is now (a re-run)."""
    if not state:
        return False
    return all((entry := state.get(source.rel)) is not None and entry.matches(source.path) for source in sources)


def plan_for(
    source: Source, out: OutputDir | None, force: bool, state: Mapping[str, Entry], digest: Callable[[str], str]
) -> str:
    """"clean" the input's pages, take its records from the "state" file, or "reload" its output.

    ``digest``: a site's template lines as the state file records them (state.template_digest)."""
    if out is None or force or not out.up_to_date(source):
        return "clean"
    entry = state.get(source.rel)
    if entry is not None and not entry.matches(source.path):
        return "clean"  # changed since its output was written, though the output is newer
    if entry is None or entry.output_mtime_ns != modified_ns(out.path_for(source)):
        return "reload"  # an output of a run that kept no state, or changed since: its records are read
    if any(digest(site) != site_digest for site, site_digest in entry.templates):
        return "clean"  # its site's template lines changed (the folder gained pages): as a fresh run
    return "state"


def from_state(record: list[Any], output: Path | None, container: bool) -> Reloaded:
    """A record of the state file as a reloaded output's record."""
    ref, signature, duplicate_of, reason, removed = record
    return Reloaded(ref, None, duplicate_of, reason, None if container else output, removed, signature_text=signature)


def reread_error(unit: Unit, error: Exception | str) -> PageResult:
    """A task that raised outside the page's own guard: re-reading an earlier output."""
    reason = f"cannot re-read the earlier output {unit.output}: {error}; remove it or use --force"
    return PageResult({"path": unit.source.path.as_posix()}, reason=one_line(reason))

