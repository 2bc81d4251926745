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

There is one copy per model version (py3langid's version and the model
file's size), shared by every virtualenv and checkout that has that version:
each used to unpack its own, named by the model file's modification time.
Copies of other versions unused for two weeks (see ``cachedir.prune``), and
the old time-named copies, are removed when a new copy is written.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from array import array
from functools import lru_cache
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from declutter.language.cachedir import cache_root, prune, touch

PREFIX = "py3langid-"
# Copies named by declutter before 0.2: "py3langid-<size>-<mtime in ns>", one per virtualenv.
_OLD_NAME = re.compile(r"py3langid-\d+-\d{12,}")

# The arrays a LanguageIdentifier is built from, by file name.
_ARRAYS = ("ptc", "pc", "classes", "nextmove", "row", "output")


@lru_cache(maxsize=1)
def identifier() -> LanguageIdentifier:
    """py3langid's identifier over its full model, from the unpacked copy when there is one."""
    folder = cache_folder(MODEL_DIR / MODEL_FILE)
    if folder is not None and folder.is_dir():
        try:
            found = _from_folder(folder)
        except (OSError, ValueError, KeyError):
            shutil.rmtree(folder, ignore_errors=True)  # a damaged copy: unpack again below, and replace it
        else:
            touch(folder)  # in use: not stale (see cachedir.prune)
            return found
    built = LanguageIdentifier.from_model_file(MODEL_FILE)
    if folder is not None:
        _save(built, folder)
        _remove_stale(folder)
    return built


def cache_folder(source: Path) -> Path | None:
    """Where the unpacked copy of ``source`` lives, or None when caching is off.

    The name carries py3langid's version and the model file's size, so an
    upgraded py3langid gets a new copy instead of a stale one, and every
    virtualenv with the same version shares one copy.
    """
    root = cache_root()
    if root is None:
        return None
    try:
        size = source.stat().st_size
    except OSError:
        return None
    return root / f"{PREFIX}{_py3langid_version()}-{size}"


def _py3langid_version() -> str:
    import py3langid

    return "v" + re.sub(r"[^\w.]", "_", str(getattr(py3langid, "__version__", "0")))


def _remove_stale(folder: Path) -> None:
    """Remove other versions' copies unused for a while, and every copy named the old way."""
    prune(folder.parent, PREFIX, keep=folder.name)
    try:
        old = [entry.path for entry in os.scandir(folder.parent) if _OLD_NAME.fullmatch(entry.name)]
    except OSError:
        return
    for path in old:
        shutil.rmtree(path, ignore_errors=True)


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
