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
from collections import Counter
from functools import lru_cache
from pathlib import Path

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from declutter.cachedir import cache_root, prune, touch

PREFIX = "py3langid-"
# Copies named by declutter before 0.2: "py3langid-<size>-<mtime in ns>", one per virtualenv.
_OLD_NAME = re.compile(r"py3langid-\d+-\d{12,}")

# The arrays a LanguageIdentifier is built from, by file name.
_ARRAYS = ("ptc", "pc", "classes", "nextmove", "row", "output")
# How many bytes back the state of py3langid's automaton depends on: its
# longest n-grams (six bytes in 0.4's model, whose states are at most six
# steps from the start). Any other model is still read right (see _Identifier).
WALK_WINDOW = 6


class _Identifier(LanguageIdentifier):
    """py3langid's identifier, walking its automaton over a text with numpy.

    py3langid walks the text's bytes in a Python loop: 0.6 ms a page for the
    one in five of the corpus' text pages that the function-word vote leaves
    to it, enough to move the median page's time by 0.1 ms. The state after a
    byte depends only on the WALK_WINDOW bytes up to it, so all of them are
    found at once: WALK_WINDOW steps from the start state, each over every
    position. Each state is then checked to be the step from the one before
    it: a walk that passes is the one py3langid makes, and the scores are
    computed from the same counts in the same order; one that does not
    (another model) is left to py3langid's own walk.
    """

    __slots__ = ("_moves", "_rows", "_outputs")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # _rowbase and _sparse_score are py3langid's own (0.4): a version
        # without them gets its own walk, never an error.
        if not hasattr(self, "_rowbase") or not hasattr(self, "_sparse_score"):
            self._moves = None
            return
        self._moves = np.asarray(memoryview(self.tk_nextmove))  # a view, not a copy
        self._rows = np.asarray(self._rowbase, dtype=np.int64)
        self._outputs = np.asarray(self.tk_output, dtype=np.int64)

    def _raw_score(self, text):
        visits = self.visits(text) if self._moves is not None else None
        if not visits:  # a walk that did not check out, or no features: py3langid's own
            return super()._raw_score(text)
        return self._sparse_score(visits, self.nb_ptc)

    def visits(self, text: bytes) -> dict[int, int] | None:
        """Feature -> count in ``text``, in the order py3langid's visit_counts
        gives them; None when the walk found is not py3langid's."""
        data = np.frombuffer(text, dtype=np.uint8)
        if not len(data):
            return None
        moves, rows = self._moves, self._rows
        states = np.zeros(len(data), dtype=np.int64)
        for back in range(min(WALK_WINDOW, len(data)) - 1, -1, -1):
            states[back:] = moves[rows[states[back:]] + data[: len(data) - back]]
        if moves[rows[0] + data[0]] != states[0] or not np.array_equal(moves[rows[states[:-1]] + data[1:]], states[1:]):
            return None
        features = self._outputs[states]
        return Counter(features[features >= 0].tolist())  # as py3langid counts them: the same order


@lru_cache(maxsize=1)
def identifier() -> LanguageIdentifier:
    """py3langid's identifier over its full model, from the cache when it holds one."""
    source = MODEL_DIR / MODEL_FILE
    folder = cache_folder(source)
    if folder is not None and folder.is_dir():
        try:
            found = _from_folder(folder)
        except (OSError, ValueError, KeyError):
            shutil.rmtree(folder, ignore_errors=True)  # a damaged copy: unpack again below, and replace it
        else:
            touch(folder)  # in use: not stale (see cachedir.prune)
            return found
    built = _Identifier.from_model_file(MODEL_FILE)
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
    def load(name: str) -> np.ndarray:
        # mmap: the pages are read when a score needs them, and shared by forked workers
        return np.asarray(np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False))

    ptc, pc, classes, nextmove, row, output = (load(name) for name in _ARRAYS)
    return _Identifier(
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
