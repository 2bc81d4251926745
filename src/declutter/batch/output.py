"""Writing a batch's output files: one file per page (or per container) under a folder, or one JSONL file
(what goes where, input by input: sinks.py).

Every file is written to a hidden temporary file beside it and then moved
into place with ``os.replace``, so an output is either the whole thing or not
there at all, even when the run is killed. The temporary name is fixed per
output, so a rerun overwrites what a killed run left behind.

An output carries its input's modification time (set on the output, to the
nanosecond, as it is written) and is up to date when that still equals the
input's (an input replaced by another, even an older one, is redone) and the
output was written after the settings stamp (``_declutter_settings.json``,
rewritten only when the settings change: a rerun with other settings redoes
every page). Written after: its ctime, which only the system sets.

Output names longer than a file system allows (255 bytes, with the temporary
name's 15 more) are shortened: the name's start, then a hash of the whole name.
Text is written as UTF-8 with ``backslashreplace``: a file name that is not
UTF-8 (a lone surrogate in Python) comes out as a JSON ``\\udcXX`` escape.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
from pathlib import Path
from typing import IO, Any

from declutter.batch.discover import REPORT_NAME, STAMP_NAME, Source
from declutter.batch.report import InputRef, one_line
from declutter.errors import BatchError

__all__ = ["LOCK_NAME", "REPORT_NAME", "STAMP_NAME"]  # and the classes and functions below
LOCK_NAME = "_declutter.lock"  # held (flock) by the run writing into the folder
NAME_MAX = 255  # bytes in a file name, on every common file system
TEMP_EXTRA = len(".") + len(".declutter-tmp")  # what the temporary name adds
ERRORS = "backslashreplace"  # how text that is not valid Unicode is written (see above)
# One encoder for every value: json.dumps(ensure_ascii=False) builds a new one per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def dumps_line(record: dict[str, Any]) -> str:
    return _ENCODER.encode(record) + "\n"


def dumps_page(record: dict[str, Any]) -> str:
    """A record as a JSON file to read: a top-level key per line, and a list's items a line each.

    Values are dumped whole by json's C encoder. ``json.dumps(indent=2)``
    runs its pure-Python encoder instead: 1.2 ms a page on the corpus, a
    sixth of a page's whole cost in a batch.
    """
    fields = [f"  {_compact(key)}: {_field_value(value)}" for key, value in record.items()]
    return "{\n" + ",\n".join(fields) + "\n}\n" if fields else "{}\n"


def _field_value(value: object) -> str:
    if isinstance(value, list) and value:
        return "[\n" + ",\n".join(f"    {_compact(item)}" for item in value) + "\n  ]"
    return _compact(value)


def _compact(value: object) -> str:
    return _ENCODER.encode(value)


def with_duplicate(text: str, duplicate_of: InputRef | None) -> str:
    """A record serialised by ``dumps_page`` or ``dumps_line``, with ``duplicate_of`` added last.

    Records are serialised in the workers; only this key, known once the
    parent has seen every earlier page, is spliced in (same bytes as dumping
    the whole record with it).
    """
    if text.endswith("\n}\n"):  # a page laid out by dumps_page
        return f'{text[:-3]},\n  "duplicate_of": {_field_value(duplicate_of)}\n}}\n'
    return f'{text[:-2]}, "duplicate_of": {_compact(duplicate_of)}}}\n'


def mark_duplicate(path: Path, duplicate_of: InputRef) -> None:
    """Rewrite a one-page output with its ``duplicate_of`` set (the same bytes as
    ``with_duplicate`` gives: the key is the record's last), keeping its time."""
    record = json.loads(path.read_text(encoding="utf-8"))
    record["duplicate_of"] = duplicate_of
    write_atomic(path, dumps_page(record), mtime_ns=path.stat().st_mtime_ns)


def disk_full(error: BaseException) -> bool:
    """A write failed for want of space (or quota): every later write would fail the same way."""
    return isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT)


def cannot_write(exc: OSError) -> str:
    """The one-line reason a run stops when an output cannot be written."""
    where = exc.filename or "an output"
    if disk_full(exc):
        return one_line(f"cannot write {where}: {exc.strerror or exc}; the run stopped (free some space and run it again)")
    return one_line(f"cannot write {where}: {exc.strerror or exc}")


def temp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.declutter-tmp")


def modified_ns(path: Path) -> int | None:
    """A file's modification time (ns), None when it cannot be read: an input's is recorded
    on its output, and an output's in the state file."""
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None


def _set_mtime(path: Path, mtime_ns: int | None) -> None:
    if mtime_ns is not None:
        os.utime(path, ns=(mtime_ns, mtime_ns))


def write_atomic(path: Path, text: str, mtime_ns: int | None = None) -> None:
    """``text`` into ``path`` through its temporary file; ``mtime_ns``: the time it carries."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = temp_path(path)
    try:
        with open(temp, "w", encoding="utf-8", errors=ERRORS) as handle:
            handle.write(text)
        _set_mtime(temp, mtime_ns)
        os.replace(temp, path)
    except BaseException:  # Ctrl-C or a full disk: leave no temporary file behind
        temp.unlink(missing_ok=True)
        raise


class AtomicFile:
    """A text file written line by line to its temporary name, moved into place on ``commit``."""

    def __init__(self, path: Path, mtime_ns: int | None = None) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.temp = temp_path(path)
        self.mtime_ns = mtime_ns
        self.handle: IO[str] | None = open(self.temp, "w", encoding="utf-8", errors=ERRORS)

    def write(self, text: str) -> None:
        if self.handle is None:
            raise BatchError(f"{self.path} was already committed or discarded")
        self.handle.write(text)

    def commit(self) -> None:
        if self.handle is not None:
            try:
                self.handle.close()
                _set_mtime(self.temp, self.mtime_ns)
                os.replace(self.temp, self.path)
            except BaseException:
                self.temp.unlink(missing_ok=True)
                raise
            finally:
                self.handle = None

    def discard(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None
            self.temp.unlink(missing_ok=True)


class OutputDir:
    """A batch's output folder: names, freshness, the settings stamp and the report."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, source: Source) -> Path:
        suffix = ".jsonl" if source.container else ".json"
        folder, _, name = (source.rel + suffix).rpartition("/")
        return self.root / folder / short_name(name, suffix) if folder else self.root / short_name(name, suffix)

    def stamp(self, text: str) -> None:
        """Write the settings stamp unless it already says the same (its time then stays)."""
        path = self.root / STAMP_NAME
        try:
            if path.read_text(encoding="utf-8") == text:
                return
        except OSError:
            pass
        write_atomic(path, text)

    def up_to_date(self, source: Source) -> bool:
        try:
            output = self.path_for(source).stat()
            stamp = (self.root / STAMP_NAME).stat().st_mtime_ns
            return output.st_mtime_ns == source.path.stat().st_mtime_ns and output.st_ctime_ns >= stamp
        except OSError:
            return False

    def lock(self) -> LockFile:
        """Hold the folder for this run: another run writing into it (with the same
        temporary names) is a BatchError at its start, not a tangle of half files."""
        return LockFile(self.root / LOCK_NAME)

    def write_report(self, report: dict[str, Any]) -> None:
        write_atomic(self.root / REPORT_NAME, json.dumps(report, ensure_ascii=False, indent=2) + "\n")


def short_name(name: str, suffix: str) -> str:
    """``name``, or when it (or its temporary name) would be too long for a file system,
    its start, a hash of the whole name and ``suffix``: the same name every run, and
    distinct names stay distinct."""
    if len(os.fsencode(name)) + TEMP_EXTRA <= NAME_MAX:
        return name
    raw = os.fsencode(name)
    digest = "~" + hashlib.sha256(raw).hexdigest()[:16]
    head = raw[: NAME_MAX - TEMP_EXTRA - len(digest) - len(os.fsencode(suffix))]
    while head and head[-1] & 0xC0 == 0x80:  # cut at a UTF-8 character's start...
        head = head[:-1]
    if head and head[-1] >= 0xC0:  # ...and leave that character out
        head = head[:-1]
    return os.fsdecode(head) + digest + suffix


class LockFile:
    """An exclusive ``flock`` on a file, held until ``release``, which removes the file
    (a killed run leaves it behind, unlocked: the next run takes it over)."""

    def __init__(self, path: Path) -> None:
        import fcntl

        self.path = path
        self.handle: IO[bytes] | None = None
        for _ in range(10):  # the file may be removed by the run releasing it between open and flock
            handle = open(path, "ab")
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.close()
                message = (
                    f"another declutter run is writing into {path.parent} (it holds {path.name}); "
                    "wait for it to end, or choose another folder"
                )
                raise BatchError(message) from None
            if _same_file(path, handle):
                self.handle = handle
                return
            handle.close()
        raise BatchError(f"cannot lock {path}: other runs keep replacing it")

    def release(self) -> None:
        if self.handle is not None:
            self.path.unlink(missing_ok=True)  # while still held: no other run locks a file about to go
            self.handle.close()  # closing drops the lock
            self.handle = None


def _same_file(path: Path, handle: IO[bytes]) -> bool:
    try:
        return os.stat(path).st_ino == os.fstat(handle.fileno()).st_ino
    except FileNotFoundError:
        return False
