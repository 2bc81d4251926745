"""Finding the inputs of a batch: files and folders, walked lazily in sorted order.

Folders are walked depth first with every folder's entries sorted by name, so
two runs over the same tree see the same pages in the same order. Only one
folder listing per level is held at a time. Hidden entries (a leading dot)
and files of unknown kinds are skipped and counted, and so are: anything but a
regular file (a named pipe would block the run, a device never end); an
earlier run's output folder (it holds the report or the settings stamp); and,
unless ``follow_links``, symbolic links to outside the input folders.
"""
from __future__ import annotations

import os
import stat
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# File name endings (lower case) and what they hold. Longest endings first.
KINDS: tuple[tuple[str, str], ...] = (
    (".warc.gz", "warc"), (".wet.gz", "warc"), (".warc", "warc"), (".wet", "warc"),
    (".jsonl.gz", "jsonl"), (".jsonl", "jsonl"),
    (".html.gz", "html"), (".htm.gz", "html"), (".html", "html"), (".htm", "html"),
    (".txt.gz", "text"), (".txt", "text"),
    (".markdown.gz", "markdown"), (".md.gz", "markdown"), (".markdown", "markdown"), (".md", "markdown"),
)
CONTAINERS = frozenset({"warc", "jsonl"})
# Files a batch writes into its output folder: a folder holding one is an earlier run's output.
STAMP_NAME = "_declutter_settings.json"
REPORT_NAME = "_declutter_report.json"
OUTPUT_MARKERS = frozenset({STAMP_NAME, REPORT_NAME})


@dataclass(frozen=True)
class Source:
    """One input file: where it is, its name relative to the batch root, what it holds."""

    path: Path  # as reached from the argument the user gave
    rel: str  # posix path relative to the common root of all inputs: names outputs
    kind: str  # "text", "html", "markdown", "jsonl" or "warc"

    @property
    def container(self) -> bool:
        return self.kind in CONTAINERS

    @property
    def folder(self) -> str:
        """The folder part of ``rel`` ("" at the root): the site of pages without a URL."""
        return self.rel.rpartition("/")[0]


def kind_of(name: str) -> str | None:
    lower = name.lower()
    for ending, kind in KINDS:
        if lower.endswith(ending):
            return kind
    return None


def common_root(inputs: list[Path]) -> Path:
    """The folder every output name is relative to: names of distinct inputs never collide."""
    absolute = [Path(os.path.abspath(p)) for p in inputs]
    root = Path(os.path.commonpath([str(p) for p in absolute]))
    return root if root.is_dir() else root.parent


class Discovery:
    """Iterate the sources under ``inputs``; ``skipped`` counts what was left out and why."""

    def __init__(self, inputs: list[Path], exclude: tuple[Path, ...] = (), follow_links: bool = False) -> None:
        self.inputs = _without_nested(inputs)
        self.root = common_root(self.inputs)
        # The run's own outputs (the output folder, a --jsonl file) are never inputs.
        self.exclude = {os.path.realpath(p) for p in exclude}
        self.follow_links = follow_links
        self.inside = [os.path.realpath(p).rstrip(os.sep) + os.sep for p in self.inputs if p.is_dir()]
        self.skipped: Counter[str] = Counter()

    def __iter__(self) -> Iterator[Source]:
        self.skipped.clear()
        for given in self.inputs:
            if given.is_dir():
                yield from self._walk(given, frozenset())
            else:
                yield from self._file(given)

    def _file(self, path: Path, checked: bool = False) -> Iterator[Source]:
        if not checked and not _regular(path):
            self.skipped["not a regular file"] += 1
            return
        kind = kind_of(path.name)
        if kind is None:
            self.skipped["unknown kind"] += 1
            return
        rel = os.path.relpath(os.path.abspath(path), self.root).replace(os.sep, "/")
        yield Source(path=path, rel=rel, kind=kind)

    def _walk(self, folder: Path, ancestors: frozenset[str]) -> Iterator[Source]:
        real = os.path.realpath(folder)
        if real in ancestors or real in self.exclude:
            return  # a symlink loop, or the output folder inside an input folder
        try:
            with os.scandir(folder) as listing:
                entries = sorted((e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in listing)
        except OSError:
            self.skipped["unreadable folder"] += 1
            return
        if ancestors and any(name in OUTPUT_MARKERS for name, *_ in entries):
            self.skipped["earlier output folder"] += 1
            return
        for name, is_dir, is_file, is_link in entries:
            if name.startswith("."):
                self.skipped["hidden"] += 1
            elif os.path.join(real, name) in self.exclude:
                continue
            elif is_link and not self.follow_links and not self._within_inputs(os.path.join(real, name)):
                self.skipped["link to outside the inputs"] += 1
            elif is_dir:
                yield from self._walk(folder / name, ancestors | {real})
            elif not is_file:
                self.skipped["not a regular file"] += 1
            else:
                yield from self._file(folder / name, checked=True)

    def _within_inputs(self, link: str) -> bool:
        target = os.path.realpath(link)
        return any((target + os.sep).startswith(folder) for folder in self.inside)


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def _without_nested(inputs: list[Path]) -> list[Path]:
    """The inputs in the order given, less repeats and paths inside a folder also given."""
    seen: list[str] = []
    kept: list[Path] = []
    folders = [os.path.realpath(p) for p in inputs if p.is_dir()]
    for path in inputs:
        real = os.path.realpath(path)
        inside = any(real != f and real.startswith(f.rstrip(os.sep) + os.sep) for f in folders)
        if real not in seen and not inside:
            seen.append(real)
            kept.append(path)
    return kept
