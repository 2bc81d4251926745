"""py3langid's identifier, loaded once per process, from an unpacked copy of its model when there is one.

py3langid ships its model (68 MB of tables) LZMA-compressed and unpacks it in
every process that first asks for a language: 0.78 s against 0.04 s for the
unpacked copy (measured on the shared 2-core machine), paid before a batch's
workers can start and by every command-line run of a page the function-word
vote leaves to py3langid. The unpacked arrays are written once, as plain .npy
files, to ``DECLUTTER_CACHE_DIR`` (else ``$XDG_CACHE_HOME/declutter``, else
``~/.cache/declutter``); later processes map them, and forked batch workers
share the mapped pages. Set ``DECLUTTER_CACHE_DIR`` to an empty string to
never write there. The copy only holds what py3langid's public constructor
takes: a folder that cannot be written or a file that cannot be read means
py3langid's own loading, with the same answers.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from array import array
from functools import lru_cache
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

# The arrays a LanguageIdentifier is built from, by file name.
_ARRAYS = ("ptc", "pc", "classes", "nextmove", "row", "output")


@lru_cache(maxsize=1)
def identifier() -> LanguageIdentifier:
    """py3langid's identifier over its full model, from the unpacked copy when there is one."""
    folder = cache_folder(MODEL_DIR / MODEL_FILE)
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
    # mmap: the pages are read when a score needs them, and shared by forked workers
    ptc, pc, classes, nextmove, row, output = (np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False) for name in _ARRAYS)
    # The automaton as py3langid keeps it, stdlib arrays and lists: its walk reads
    # them an item at a time, several times slower from a numpy array.
    return LanguageIdentifier(
        np.asarray(ptc), np.asarray(pc), classes.tolist(), _stdlib_array(nextmove), output.tolist(), tk_row=_stdlib_array(row)
    )


def _stdlib_array(values: NDArray[np.unsignedinteger]) -> array[int]:
    copy = array(values.dtype.char)
    copy.frombytes(values.data.cast("B"))  # one copy, not two through bytes: 0.03 s less per process
    return copy


def _save(built: LanguageIdentifier, folder: Path) -> None:
    """Write the arrays to a fresh folder beside ``folder`` and rename it into
    place: another process sees all of them or none. Best effort."""
    arrays = {
        "ptc": np.asarray(built.nb_ptc),
        "pc": np.asarray(built.nb_pc),
        "classes": np.asarray(built.nb_classes),
        "nextmove": np.asarray(built.tk_nextmove),  # a stdlib array: its own item type
        "row": np.asarray(built.tk_row),
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
