"""py3langid's model, unpacked once into a cache folder and memory-mapped after that.

py3langid ships its model (68 MB of tables) LZMA-compressed and unpacks it in
every process that first asks for a language: 0.35-0.5 s on the machines this
was measured on, a ninth of a 990-page batch at -j2, and paid before any
worker can start. The unpacked arrays are written once, as plain .npy files,
to ``DECLUTTER_CACHE_DIR`` (else ``$XDG_CACHE_HOME/declutter``, else
``~/.cache/declutter``); later processes map them in about 30 ms, and forked
batch workers share the mapped pages. Set ``DECLUTTER_CACHE_DIR`` to an empty
string to never write there. The cache is only a copy: a folder that cannot be
written or a file that cannot be read means py3langid's own loading, with the
same answers.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from array import array
from functools import lru_cache
from pathlib import Path

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

# The arrays a LanguageIdentifier is built from, by file name.
_ARRAYS = ("ptc", "pc", "classes", "nextmove", "row", "output")


@lru_cache(maxsize=1)
def identifier() -> LanguageIdentifier:
    """py3langid's identifier over its full model, from the cache when it holds one."""
    source = MODEL_DIR / MODEL_FILE
    folder = cache_folder(source)
    if folder is not None and folder.is_dir():
        try:
            return _from_folder(folder)
        except (OSError, ValueError, KeyError):
            shutil.rmtree(folder, ignore_errors=True)  # a damaged copy: unpack again below, and replace it
    built = LanguageIdentifier.from_model_file(MODEL_FILE)
    if folder is not None:
        _save(built, folder)
    return built


def cache_folder(source: Path) -> Path | None:
    """Where the unpacked copy of ``source`` lives, or None when caching is off.

    The name carries the model file's size and modification time, so an
    upgraded py3langid gets a new copy instead of a stale one.
    """
    configured = os.environ.get("DECLUTTER_CACHE_DIR")
    if configured == "":
        return None
    if configured is not None:
        root = Path(configured)
    else:
        root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "declutter"
    try:
        stat = source.stat()
    except OSError:
        return None
    return root / f"py3langid-{stat.st_size}-{stat.st_mtime_ns}"


def _from_folder(folder: Path) -> LanguageIdentifier:
    def load(name: str) -> np.ndarray:
        # mmap: the pages are read when a score needs them, and shared by forked workers
        return np.asarray(np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False))

    ptc, pc, classes, nextmove, row, output = (load(name) for name in _ARRAYS)
    return LanguageIdentifier(
        ptc, pc, classes.tolist(), _as_array(nextmove), output.tolist(), tk_row=_as_array(row)
    )


def _as_array(values: np.ndarray) -> array:
    """A stdlib array, as py3langid keeps its automaton: indexing one item is
    several times faster than indexing a numpy array."""
    out = array({2: "H", 4: "I", 8: "Q"}[values.dtype.itemsize])
    out.frombytes(memoryview(np.ascontiguousarray(values)).cast("B"))
    return out


def _save(built: LanguageIdentifier, folder: Path) -> None:
    """Write the arrays to a fresh folder beside ``folder`` and rename it into
    place: another process sees all of them or none. Best effort."""
    arrays = {
        "ptc": np.asarray(built.nb_ptc),
        "pc": np.asarray(built.nb_pc),
        "classes": np.asarray(built.nb_classes),
        "nextmove": np.frombuffer(built.tk_nextmove, dtype=_dtype(built.tk_nextmove)),
        "row": np.frombuffer(built.tk_row, dtype=_dtype(built.tk_row)),
        "output": np.asarray(built.tk_output, dtype=np.int32),
    }
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    except OSError:
        return
    try:
        for name, values in arrays.items():
            np.save(staging / f"{name}.npy", values, allow_pickle=False)
        os.rename(staging, folder)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)  # unwritable, full, or another process won


def _dtype(values: array) -> np.dtype:
    return np.dtype(f"u{values.itemsize}")
