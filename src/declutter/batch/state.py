"""What a later run over the same output folder needs, kept beside the outputs: ``_declutter_state.jsonl``.

One JSON line per input file (its name relative to the batch root), written
at the end of every run with an output folder:

``size``, ``mtime_ns``
    the input file as it was read: an entry is only used while they match.
``pages``
    per page, ``[site, line hashes]``: what the counting pass (site
    templates) found, so a re-run counts unchanged files without reading
    and hashing them again (hashes base64 of sorted 8-byte integers; null
    for a page that is not counted, such as HTML).
``templates``
    per page, a digest of its site's template lines when it was cleaned: a
    page whose site's templates have changed since (the folder gained
    pages) is cleaned again, as a fresh run would clean it.
``output_mtime_ns``, ``records``
    the output as written, and per record ``[input, signature, duplicate_of,
    error]`` (signature: the MinHash values, base64 of 8-byte integers, or
    null), so a re-run gets near-duplicate signatures without re-reading
    every output.

The file is written as the run goes, one line as each input is done (see
StateWriter), so that the run keeps no input's findings once it is written:
keeping every page's line hashes for the end had a 9,900-page run's peak
memory at 1.7 x a 990-page run's. A run that finds every input as the file
describes it does not write it again.

The state is only a memo: without it (or with a line that does not match the
files) the run reads and computes what it needs, with the same results.
"""
from __future__ import annotations

import base64
import hashlib
import json
import tempfile
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from declutter.batch.output import AtomicFile, temp_path

STATE_NAME = "_declutter_state.jsonl"
# A page's site and line hashes (counting pass) as the state file has them
# (encode_hashes): as a set, a page's hashes took ten times the room.
PageCount = tuple[str, "str | None"]


@dataclass
class Entry:
    size: int
    mtime_ns: int
    pages: list[PageCount] = field(default_factory=list)
    templates: list[list[str]] = field(default_factory=list)  # per cleaned page: [site, template digest]
    output_mtime_ns: int | None = None
    records: list[list[Any]] = field(default_factory=list)  # [input, signature b64, duplicate_of, error]

    def matches(self, path: Path) -> bool:
        try:
            stat = path.stat()
        except OSError:
            return False
        return stat.st_size == self.size and stat.st_mtime_ns == self.mtime_ns

    def to_json(self, rel: str) -> str:
        return json.dumps({
            "input": rel, "size": self.size, "mtime_ns": self.mtime_ns, "pages": self.pages, "templates": self.templates,
            "output_mtime_ns": self.output_mtime_ns, "records": self.records,
        }, ensure_ascii=False) + "\n"


def entry_for(path: Path) -> Entry | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return Entry(stat.st_size, stat.st_mtime_ns)


def encode_ints(values: Iterable[int]) -> str:
    return base64.b64encode(array("Q", values).tobytes()).decode("ascii")


def decode_ints(text: str) -> array[int]:
    values = array("Q")
    values.frombytes(base64.b64decode(text))
    return values


def encode_hashes(hashes: set[int] | None) -> str | None:
    """A page's line hashes as the state file keeps them (None: the page is not counted)."""
    return None if hashes is None else encode_ints(sorted(hashes))


def decode_hashes(text: str | None) -> set[int] | None:
    return None if text is None else set(decode_ints(text))


def encode_signature(values: Any) -> str | None:
    """A MinHash signature (numpy uint64 values) as base64, or None."""
    return None if values is None else base64.b64encode(values.tobytes()).decode("ascii")


def decode_signature(text: str | None) -> Any:
    if text is None:
        return None
    import numpy as np

    return np.frombuffer(base64.b64decode(text), dtype=np.uint64).copy()


def template_digest(hashes: frozenset[int] | None) -> str:
    """A short digest of a site's template lines ("" for none)."""
    if not hashes:
        return ""
    return hashlib.blake2b(array("Q", sorted(hashes)).tobytes(), digest_size=8).hexdigest()


def load_state(folder: Path) -> dict[str, Entry]:
    """The entries of ``folder``'s state file; lines that cannot be read are left out."""
    entries: dict[str, Entry] = {}
    try:
        handle = open(folder / STATE_NAME, encoding="utf-8")
    except OSError:
        return entries
    with handle:
        for line in handle:
            try:
                item = json.loads(line)
                pages: list[PageCount] = [(str(site), None if hashes is None else str(hashes)) for site, hashes in item["pages"]]
                entries[item["input"]] = Entry(
                    int(item["size"]), int(item["mtime_ns"]), pages, list(item["templates"]),
                    item.get("output_mtime_ns"), list(item["records"]),
                )
            except (ValueError, KeyError, TypeError):
                continue
    return entries


class CountSpool:
    """The counting pass's findings per input (``add``), kept in a temporary file until the
    input's turn comes (``pop``): inputs are cleaned in the order they were counted. Kept in
    memory, a 9,900-page run's line hashes grew its peak by 14 MB."""

    def __init__(self) -> None:
        self.file: IO[str] | None = None  # made when the first input is written
        self.rel: str | None = None  # the input being added, with its pages so far
        self.pages: list[PageCount] = []
        self.reading = False
        self.ahead: tuple[str, list[PageCount]] | None = None  # the next input written, read

    def add(self, rel: str, page: PageCount) -> None:
        if rel != self.rel:
            self._flush()
            self.rel = rel
        self.pages.append(page)

    def pop(self, rel: str) -> list[PageCount]:
        """The pages of ``rel`` ([] when it was not counted); inputs are asked for in the order they were added."""
        if not self.reading:
            self._flush()
            if self.file is not None:
                self.file.seek(0)
            self.reading = True
            self.ahead = self._next()
        if self.ahead is None or self.ahead[0] != rel:
            return []  # not counted: what was read stays for the next input
        pages = self.ahead[1]
        self.ahead = self._next()
        return pages

    def close(self) -> None:
        if self.file is not None:
            self.file.close()

    def _flush(self) -> None:
        if self.rel is not None:
            if self.file is None:
                self.file = tempfile.TemporaryFile("w+", encoding="utf-8")
            self.file.write(json.dumps([self.rel, self.pages]) + "\n")  # ASCII: a file name may hold a lone surrogate
        self.rel, self.pages = None, []

    def _next(self) -> tuple[str, list[PageCount]] | None:
        line = self.file.readline() if self.file is not None else ""
        if not line:
            return None
        rel, pages = json.loads(line)
        return rel, [(site, hashes) for site, hashes in pages]


class StateWriter:
    """The new state file, written entry by entry as the run goes, moved into place by ``close``.

    Entries that say what the earlier file (``earlier``) says are only noted
    until one differs: a re-run with nothing to do leaves the file as it was.
    Writing is only a memo: an error (a full disk) ends it quietly, and the
    earlier file stays.
    """

    def __init__(self, folder: Path, earlier: dict[str, Entry]) -> None:
        self.path = folder / STATE_NAME
        self.earlier = earlier
        self.file: AtomicFile | None = None
        self.same: list[str] = []  # inputs whose entries are the earlier ones, not written yet
        self.written: set[str] = set()
        self.failed = False

    def add(self, rel: str, entry: Entry) -> None:
        if self.failed:
            return
        if self.file is None and self.earlier.get(rel) == entry:
            self.same.append(rel)
            return
        try:
            if self.file is None:
                self.file = AtomicFile(self.path)
                for same in self.same:
                    self._write(same, self.earlier[same])
                self.same = []
            self._write(rel, entry)
        except OSError:
            self._give_up()

    def close(self) -> None:
        """Add the earlier entries of inputs this run did not reach, and put the file in place."""
        if self.failed:
            return
        if self.file is None:
            # Every entry of this run is as the earlier file has it: it stays. An
            # interrupt that came as the new file was opened (before ``file`` held
            # it) left that file begun: it goes.
            temp_path(self.path).unlink(missing_ok=True)
            return
        try:
            for rel, entry in self.earlier.items():
                if rel not in self.written:
                    self._write(rel, entry)
            self.file.commit()
        except OSError:
            self._give_up()

    def _write(self, rel: str, entry: Entry) -> None:
        assert self.file is not None
        self.file.write(entry.to_json(rel))
        self.written.add(rel)

    def _give_up(self) -> None:
        self.failed = True
        if self.file is not None:
            self.file.discard()
