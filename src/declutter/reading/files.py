"""Reading a page's bytes from a path or a stream (gzip is undone here), within a size limit."""
from __future__ import annotations

import os
import stat
import zlib
from io import FileIO
from pathlib import Path

from declutter.errors import InputError, NotTextError

GZIP_MAGIC = b"\x1f\x8b"
# The largest page read, in bytes after gzip is undone: news articles are
# well under 5 MB even as HTML with inline images; 50 MB leaves room for the
# odd huge page while a runaway input (a gzip bomb, a link to /dev/zero, a
# log file named .txt) fails with a message instead of filling memory.
MAX_PAGE_BYTES = 50_000_000
_CHUNK = 1 << 20  # bytes read (or decompressed) at a time


def too_large(what: str, max_bytes: int) -> str:
    return f"{what} is larger than the limit of {max_bytes:,} bytes (--max-bytes)"


def read_page(path: str | Path, *, max_bytes: int | None = MAX_PAGE_BYTES, regular_only: bool = False) -> bytes:
    """The page's bytes; a gzipped file (``.gz`` or gzip magic) is decompressed.

    At most ``max_bytes`` are read (after decompression): more is an InputError.
    ``regular_only``: anything but a regular file (a named pipe, a device) is an
    InputError, before it is read (a batch must not wait on a pipe).
    """
    name = str(path)
    try:
        with open(path, "rb", buffering=0) as handle:
            if regular_only and not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise InputError(f"{name}: not a regular file")
            data = _read_limited(handle, max_bytes, name)
    except IsADirectoryError:
        raise InputError(f"{name}: is a folder, not a page") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from None
    return ungzip(data, name, max_bytes=max_bytes)


def _read_limited(handle: FileIO, max_bytes: int | None, name: str) -> bytes:
    if max_bytes is None:
        return handle.readall()
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = handle.read(min(_CHUNK, max_bytes + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise InputError(f"{name}: {too_large('the page', max_bytes)}")


def ungzip(data: bytes, name: str = "input", *, max_bytes: int | None = MAX_PAGE_BYTES) -> bytes:
    """``data`` un-gzipped (when it starts with gzip's magic), decompressed a chunk at a
    time: more than ``max_bytes`` of output is an InputError, not a full memory."""
    if not data.startswith(GZIP_MAGIC):
        if max_bytes is not None and len(data) > max_bytes:
            raise InputError(f"{name}: {too_large('the page', max_bytes)}")
        return data
    out: list[bytes] = []
    size = 0
    rest = data
    try:
        while rest:  # gzip members, one after the other (as gzip.decompress reads them)
            if not rest.startswith(GZIP_MAGIC):
                break  # trailing garbage after the last member, as gzip.decompress ignores zeros
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            pending = rest
            while pending and not inflater.eof:
                room = _CHUNK if max_bytes is None else max_bytes + 1 - size
                piece = inflater.decompress(pending, room)
                pending = inflater.unconsumed_tail
                out.append(piece)
                size += len(piece)
                if max_bytes is not None and size > max_bytes:
                    raise InputError(f"{name}: {too_large('the page (decompressed)', max_bytes)}")
                if not piece and not pending:
                    break
            if not inflater.eof:
                raise EOFError("compressed file ended before the end-of-stream marker was reached")
            rest = inflater.unused_data
    except (zlib.error, EOFError) as exc:
        raise NotTextError(f"{name}: not a text or HTML page: broken gzip data ({exc})") from None
    return b"".join(out)
