"""Finding the inputs of a batch: files and folders, walked lazily in sorted order.

Folders are walked depth first with every folder's entries sorted by name, so
two runs over the same tree see the same pages in the same order. Only one
folder listing per level is held at a time. Hidden entries (a leading dot)
and files of unknown kinds are skipped and counted, and so are: anything but a
regular file (a named pipe would block the run, a device never end); an
earlier run's output folder (it holds the report or the settings stamp); and,
unless ``follow_links``, symbolic links to outside the input folders. A file
whose name ends in no known way is read when it was named on the command
line, and inside a folder when its first bytes are text (gzipped or not); the
rest are counted per file name extension. A folder that cannot be listed is
in ``errors`` (the run reports it as a failure); a link that leads nowhere or
to itself is counted, and the folder's other entries go on.
"""
from __future__ import annotations

import gzip
import os
import stat
import zlib
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
        self.errors: list[tuple[str, str]] = []  # (folder, one-line reason): folders that cannot be listed

    def __iter__(self) -> Iterator[Source]:
        self.skipped.clear()
        self.errors.clear()
        for given in self.inputs:
            if given.is_dir():
                yield from self._walk(given, frozenset())
            else:
                yield from self._file(given, named=True)

    def _file(self, path: Path, named: bool = False, checked: bool = False) -> Iterator[Source]:
        if not checked and not _regular(path):
            self.skipped["not a regular file"] += 1
            return
        kind = kind_of(path.name)
        if kind is None and (named or looks_like_text(path)):
            kind = "text"  # a page of any name; what it holds (HTML, markdown, text) is found from its content
        if kind is None:
            self.skipped[f"unknown kind ({_extension(path.name)})"] += 1
            return
        rel = os.path.relpath(os.path.abspath(path), self.root).replace(os.sep, "/")
        yield Source(path=path, rel=rel, kind=kind)

    def _walk(self, folder: Path, ancestors: frozenset[str]) -> Iterator[Source]:
        real = os.path.realpath(folder)
        if real in ancestors or real in self.exclude:
            return  # a symlink loop, or the output folder inside an input folder
        try:
            with os.scandir(folder) as listing:
                found = sorted(listing, key=lambda entry: entry.name)
        except OSError as exc:
            self.skipped["unreadable folder"] += 1
            self.errors.append((folder.as_posix(), f"cannot read the folder: {exc.strerror or exc}"))
            return
        entries: list[tuple[str, bool, bool, bool]] = []
        for entry in found:
            try:
                entries.append((entry.name, entry.is_dir(), entry.is_file(), entry.is_symlink()))
            except OSError:  # a link to itself, a loop of links: only this entry is left out
                self.skipped["broken link"] += 1
                continue
            if entry.is_symlink() and not os.path.exists(entry.path):
                entries.pop()
                self.skipped["broken link"] += 1
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


SNIFF_BYTES = 4096


def looks_like_text(path: Path) -> bool:
    """Whether a file's first bytes (un-gzipped) are text: UTF-8 or a single-byte
    code page without control bytes other than white space, or UTF-16 with a BOM."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError:
        return True  # let reading it say why it cannot be read
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, SNIFF_BYTES)
        except (zlib.error, gzip.BadGzipFile):
            return False
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    if not head.strip():
        return bool(head) or path.stat().st_size == 0
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return controls == 0


def _extension(name: str) -> str:
    """A file name's extension for the count of skipped files: ".php", ".html?id=3", or "no extension"."""
    stem, dot, extension = name.rpartition(".")
    return f".{extension.lower()}" if dot and stem else "no extension"


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
