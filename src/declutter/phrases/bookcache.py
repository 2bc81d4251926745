"""Built phrase books kept in declutter's cache folder, so one page does not build them.

Building the merged phrase books (parsing ~1,000 patterns with ``re``'s
parser to file them by how they can start, end and what they hold, then
compiling the buckets) took 0.2-0.5 s of every process, while cleaning one
page takes 10-40 ms: most of ``declutter clean page.txt``. A built book is
pickled into the cache folder (``cachedir``) and read back in a few
milliseconds by later processes.

Compiled patterns are the costly part, and pickle would compile each again
from its source. They are stored with the code ``re``'s compiler made of them
and rebuilt with ``_sre.compile``, as ``re.compile`` itself ends; ``_sre``
checks the code it is given, and any pattern it refuses, or a file that
cannot be read, means compiling from source: the same patterns either way.

The file's name carries a digest of everything a book is built from: the
phrase books' TOML, the sources of the modules that build and match them,
and the Python version (whose ``re`` made the code). A change to any of them
is a new file; files of other digests unused for two weeks are removed.
"""
from __future__ import annotations

import copyreg
import hashlib
import importlib
import io
import os
import pickle
import re
import sys
import tempfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from declutter.cachedir import cache_root, prune, touch

PREFIX = "phrasebook-"
T = TypeVar("T")
_sre: Any = importlib.import_module("_sre")
_compiler: Any = importlib.import_module("re._compiler")
_parser: Any = importlib.import_module("re._parser")


def cached(name: str, build: Callable[[], T]) -> T:
    """``build()``'s result, read from the cache when an entry for ``name`` and
    the current sources is there, else built and (best effort) stored."""
    root = cache_root()
    if root is None:
        return build()
    path = root / f"{PREFIX}{name}-{_digest()}.pickle"
    try:
        with open(path, "rb") as handle:
            value: T = pickle.load(handle)
    except Exception:  # absent, damaged, or written by other code: build it
        pass
    else:
        touch(path)
        return value
    value = build()
    _store(path, value)
    return value


def _store(path: Path, value: object) -> None:
    try:
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.dispatch_table = {**copyreg.dispatch_table, re.Pattern: _reduce_pattern}
        pickler.dump(value)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(handle, "wb") as out:
            out.write(buffer.getvalue())
        os.replace(temp, path)  # another process sees the whole file or none
    except Exception:  # a read-only home, a full disk, something unpicklable: only time is lost
        return
    prune(path.parent, PREFIX + path.name[len(PREFIX):].split("-", 1)[0] + "-", keep=path.name)


def _reduce_pattern(pattern: re.Pattern[str]) -> tuple[Callable[..., re.Pattern[str]], tuple[Any, ...]]:
    """Pickle a compiled pattern with its compiled code (see the module's docstring)."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    code = _compiler._code(parsed, pattern.flags)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for key, index in parsed.state.groupdict.items():
        indexgroup[index] = key
    return _restore_pattern, (
        pattern.pattern, pattern.flags | parsed.state.flags, [int(op) for op in code], parsed.state.groups - 1,
        dict(parsed.state.groupdict), tuple(indexgroup),
    )


def _restore_pattern(
    source: str, flags: int, code: list[int], groups: int, groupindex: dict[str, int], indexgroup: tuple[str | None, ...],
) -> re.Pattern[str]:
    try:
        compiled: re.Pattern[str] = _sre.compile(source, flags, code, groups, groupindex, indexgroup)
    except Exception:  # code this Python's _sre refuses: compile from the source
        return re.compile(source, flags)
    return compiled


_DIGEST: list[str] = []


def _digest() -> str:
    """A digest of what the books are built from (once per process)."""
    if not _DIGEST:
        hasher = hashlib.sha256(f"{sys.version}|{_sre.MAGIC}|{pickle.HIGHEST_PROTOCOL}".encode())
        package = resources.files("declutter")
        files = [package / "phrases", package / "phrases" / "matching"]
        for folder in files:
            for entry in sorted(folder.iterdir(), key=lambda item: item.name):
                if entry.name.endswith((".toml", ".py")):
                    hasher.update(entry.name.encode() + b"\0" + entry.read_bytes())
        for module in ("blocks.py", "kinds.py", "errors.py"):  # what a book's building also reads
            hasher.update((package / module).read_bytes())
        _DIGEST.append(hasher.hexdigest()[:20])
    return _DIGEST[0]
