"""declutter's cache folder, shared by everything it keeps between runs.

``$DECLUTTER_CACHE_DIR`` when set (an empty value: no cache at all), else
``$XDG_CACHE_HOME/declutter``, else ``~/.cache/declutter``. Everything kept
there is only a copy of what declutter can build again: a folder that cannot
be written (a read-only home) or a damaged file means building it in the
process, with the same answers.
"""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

# A cached entry of another version (another py3langid)
# that no process has used for this long is removed when a new one is written.
STALE_SECONDS = 14 * 24 * 3600


def cache_root() -> Path | None:
    """The cache folder (not created here), or None when caching is off or there is no home."""
    configured = os.environ.get("DECLUTTER_CACHE_DIR")
    if configured == "":
        return None
    if configured is not None:
        return Path(configured)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):  # the XDG spec: a relative value is to be ignored
        return Path(xdg) / "declutter"
    try:
        return Path.home() / ".cache" / "declutter"
    except (RuntimeError, KeyError):  # no home directory to be found
        return None


def touch(path: Path) -> None:
    """Mark ``path`` as used now (best effort: a read-only cache stays as it is)."""
    try:
        os.utime(path)
    except OSError:
        pass


def prune(root: Path, prefix: str, keep: str, max_age: float = STALE_SECONDS) -> None:
    """Remove the entries of ``root`` named ``prefix...`` other than ``keep`` that
    have not been used for ``max_age`` seconds (older copies of one kind of data).
    Best effort; other processes' half-written entries (a leading dot) are left alone."""
    now = time.time()
    try:
        entries = list(os.scandir(root))
    except OSError:
        return
    for entry in entries:
        if not entry.name.startswith(prefix) or entry.name == keep:
            continue
        try:
            if now - entry.stat(follow_symlinks=False).st_mtime < max_age:
                continue
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                os.unlink(entry.path)
        except OSError:
            continue
