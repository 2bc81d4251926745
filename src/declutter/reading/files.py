"""Reading a page's bytes from a path or a stream (gzip is undone here)."""
from __future__ import annotations

import gzip
from pathlib import Path

from declutter.errors import InputError, NotTextError

GZIP_MAGIC = b"\x1f\x8b"


def read_page(path: str | Path) -> bytes:
    """The page's bytes; a gzipped file (``.gz`` or gzip magic) is decompressed."""
    try:
        data = Path(path).read_bytes()
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a page") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return ungzip(data, str(path))


def ungzip(data: bytes, name: str = "input") -> bytes:
    if not data.startswith(GZIP_MAGIC):
        return data
    try:
        return gzip.decompress(data)
    except (OSError, EOFError) as exc:
        raise NotTextError(f"{name}: not a text or HTML page: broken gzip data ({exc})") from None


