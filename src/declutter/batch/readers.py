"""Reading the pages out of one input file: a page file, a JSONL file, a WARC/WET file.

Each page comes with its ``input`` reference (see ``declutter.batch``), its
URL when known, and how to read it ("html", "text" or None to detect). A page
that cannot be read becomes a ``PageError`` in its place, and the file goes
on when it can (a broken JSONL line); a broken container stops at the break.
"""
from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from io import BufferedIOBase
from pathlib import Path
from typing import Any

from declutter.batch.discover import Source
from declutter.batch.report import InputRef, one_line
from declutter.errors import DeclutterError
from declutter.reading.decode import replace_surrogates
from declutter.reading.files import GZIP_MAGIC, MAX_PAGE_BYTES, read_page, too_large

JSONL_FIELDS = (("html", "html"), ("text", "text"), ("content", None))  # field, input format
# The WARC records that may hold a page (``warc_page``), counted as the file's records 1, 2, ...
WARC_PAGE_RECORDS = ("response", "conversion")

# A page as handed to a worker: the page itself, or the path of a one-page file.
PageData = bytes | str | Path


@dataclass(frozen=True)
class PageInput:
    ref: InputRef  # the record's "input"
    # The page itself, or for a one-page file its path: the worker process
    # reads it (see ``page_data``), so the parent, which every page passes
    # through, neither reads nor pickles the page (it kept -j2 below 1.7 x -j1).
    data: PageData
    url: str | None
    input_format: str | None  # "html", "markdown", "text", or None to detect from the content


@dataclass(frozen=True)
class PageError:
    ref: InputRef
    reason: str  # one line


Page = PageInput | PageError


def read_pages(source: Source, forced_format: str | None = None, max_bytes: int | None = MAX_PAGE_BYTES) -> Iterator[Page]:
    """The pages of ``source`` in file order; nothing raises, errors become PageError.

    ``max_bytes`` bounds a page (a JSONL line, a WARC record's content) as it is read.
    """
    path = source.path.as_posix()
    try:
        if source.kind == "jsonl":
            yield from _jsonl(source, path, forced_format, max_bytes)
        elif source.kind == "warc":
            yield from _warc(source, path, forced_format, max_bytes)
        else:
            fmt = forced_format or (source.kind if source.kind in ("html", "markdown") else None)
            yield PageInput({"path": path}, source.path, None, fmt)
    except DeclutterError as exc:
        yield PageError({"path": path}, one_line(str(exc)))
    except Exception as exc:  # a broken container: report it and go on with the batch
        yield PageError({"path": path}, one_line(f"cannot read: {type(exc).__name__}: {exc}"))


def page_data(data: PageData, max_bytes: int | None = MAX_PAGE_BYTES) -> bytes | str:
    """The page of a ``PageInput.data``: read (and un-gzipped) when it is a path.

    Raises ``DeclutterError`` when the file cannot be read (or is not a regular file, or is too large)."""
    return read_page(data, max_bytes=max_bytes, regular_only=True) if isinstance(data, Path) else data


def _open(source: Source) -> BufferedIOBase:
    handle = open(source.path, "rb")
    if handle.read(2) == GZIP_MAGIC:
        handle.seek(0)
        return gzip.GzipFile(fileobj=handle)
    handle.seek(0)
    return handle


def _jsonl(source: Source, path: str, forced: str | None, max_bytes: int | None) -> Iterator[Page]:
    # Lines are read at most max_bytes at a time (gzip decompressed as they are read):
    # a huge line, or a file without newlines, fails one record instead of filling memory.
    limit = -1 if max_bytes is None else max_bytes + 1
    with _open(source) as handle:
        number = 0
        while True:
            line = handle.readline(limit)
            if not line:
                return
            number += 1
            ref: InputRef = {"path": path, "record": number}
            if max_bytes is not None and len(line) > max_bytes and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # skip the rest of the line, a chunk at a time
                    line = handle.readline(1 << 20)
                yield PageError(ref, too_large("the line", max_bytes))
            elif line.strip():
                yield _jsonl_page(line, ref, forced)


def _jsonl_page(line: bytes, ref: InputRef, forced: str | None) -> Page:
    try:
        item = json.loads(line)
    except ValueError as exc:
        return PageError(ref, f"not a JSON line: {exc}")
    except RecursionError:
        return PageError(ref, "not a JSON line: nested too deeply")
    if not isinstance(item, dict):
        return PageError(ref, "a JSONL page must be an object with text, html or content")
    url = replace_surrogates(item["url"]) if isinstance(item.get("url"), str) else None
    if url:
        ref = {**ref, "url": url}
    for name, fmt in JSONL_FIELDS:
        if isinstance(item.get(name), str):
            return PageInput(ref, item[name], url, forced or fmt)
    return PageError(ref, "no text, html or content field")


def _warc(source: Source, path: str, forced: str | None, max_bytes: int | None) -> Iterator[Page]:
    """The pages of a WARC/WET file. A record is yielded once the next one has been
    reached, so that a damaged record (cut short, or a Content-Length that does not
    end where the next record starts) becomes a PageError, not a page; so does a
    record that cannot be parsed, and bytes left after the last complete record
    (a compressed file cut between records). A file cut inside its last record
    read is one failure: that record's."""
    with open(source.path, "rb") as handle:
        records = _iterator_class()(handle)
        number = 0
        previous: tuple[Any, InputRef, Page | None] | None = None
        iterator = iter(records)
        while True:
            try:
                record = next(iterator, None)
            except Exception as exc:  # warcio fails in many ways on a cut or garbled record
                if previous is not None:
                    checked = _checked(*previous, records)
                    if checked is not None:
                        yield checked
                reason = f"damaged WARC record: cannot read it ({type(exc).__name__}: {exc})"
                yield PageError({"path": path, "record": number + 1}, one_line(reason))
                return
            last_damaged = False  # whether the last record read was reported damaged
            if previous is not None:
                checked = _checked(*previous, records)
                if checked is not None:
                    yield checked
                last_damaged = isinstance(checked, PageError)
                previous = None
            if record is None:
                break
            if record.rec_type not in WARC_PAGE_RECORDS:
                previous = (record, {"path": path, "record": number + 1}, None)  # checked too: its damage is the file's
                continue
            number += 1
            ref: InputRef = {"path": path, "record": number}
            page = warc_page(record, ref, forced, max_bytes)
            previous = (record, page.ref if page is not None else ref, page)
        rest = os.fstat(handle.fileno()).st_size - (records.offset or 0)
        if last_damaged:
            return  # the cut is reported once, as that record's damage
        if records.cut_member:
            reason = f"damaged WARC file: it ends inside a compressed record after record {number} (a truncated file?)"
            yield PageError({"path": path, "record": number + 1}, reason)
        elif rest > 0:
            reason = f"damaged WARC file: {rest} bytes after record {number} are not a complete record (a truncated file?)"
            yield PageError({"path": path, "record": number + 1}, reason)


def _checked(record: Any, ref: InputRef, page: Page | None, records: Any) -> Page | None:
    """``page``, or a PageError when its record turned out damaged."""
    if records.misaligned is not None:
        offset, found = records.misaligned
        records.misaligned = None
        return PageError(ref, f"damaged WARC record: its Content-Length does not end at the next record (found {found!r} at byte {offset})")
    missing = getattr(record.raw_stream, "limit", None)  # the Content-Length bytes not read
    if missing is None:  # warcio read no Content-Length: the file ends inside the record's headers
        return PageError(ref, "damaged WARC record: cut inside its headers (a truncated file?)")
    if _content_length(record) is None:  # warcio reads the record as empty, the file may end right there
        declared = record.rec_headers.get_header("Content-Length")
        return PageError(ref, f"damaged WARC record: its Content-Length {declared!r} is not a number of bytes (a truncated file?)")
    if missing > 0:
        return PageError(ref, f"damaged WARC record: cut short, {missing} of its Content-Length bytes missing (a truncated file?)")
    return page


def _content_length(record: Any) -> int | None:
    """The record's Content-Length, or None when it is not a number of bytes (a file cut
    right after "Content-Length:"), as warcio reads it (warcio takes such a record for an empty one)."""
    try:
        length = int(record.rec_headers.get_header("Content-Length"))
    except (TypeError, ValueError):
        return None
    return length if length >= 0 else None


def warc_page(record: Any, ref: InputRef, forced: str | None, max_bytes: int | None) -> Page | None:
    """A response or conversion record (``WARC_PAGE_RECORDS``) as a page, or None when its
    content is no page (an image); ``record``: warcio's ArcWarcRecord, untyped. Read here
    and by a cluster's range of a WARC file (batch.cluster_tasks)."""
    url: str | None = record.rec_headers.get_header("WARC-Target-URI")
    if url:
        url = replace_surrogates(url)
        ref = {**ref, "url": url}
    if record.rec_type == "conversion":
        fmt: str | None = "text"
    elif record.http_headers is None:  # a file:// or other non-HTTP URL: no content type, the content tells
        fmt = None
    else:
        content_type: str = record.http_headers.get_header("Content-Type") or ""
        if "html" in content_type.lower():
            fmt = "html"
        elif content_type.lower().startswith("text/"):
            fmt = "text"
        else:
            return None  # images, scripts, PDFs: not pages
    stream = record.content_stream()
    data = stream.read() if max_bytes is None else stream.read(max_bytes + 1)
    if max_bytes is not None and len(data) > max_bytes:
        return PageError(ref, too_large("the record", max_bytes))
    return PageInput(ref, data, url, forced or fmt)


@lru_cache(maxsize=1)
def _iterator_class() -> type[Any]:
    from warcio.archiveiterator import ArchiveIterator

    class CheckedIterator(ArchiveIterator):  # type: ignore[misc]
        """warcio's iterator, quiet: where it would print a record's stray bytes on
        stderr (a wrong Content-Length), it notes them in ``misaligned`` instead."""

        misaligned: tuple[int, bytes] | None = None
        cut_member = False  # the last gzip member ended before its end (a file cut short)

        def close(self) -> None:
            decompressor = getattr(self.reader, "decompressor", None) if self.reader else None
            if decompressor is not None and getattr(decompressor, "eof", True) is False:
                self.cut_member = True
            super().close()

        # The one private method of warcio's used here (and only here). warcio has no
        # public way to hear of a misaligned record quietly: this method writes the
        # warning to sys.stderr itself (its public err_count says neither where nor
        # what), and redirecting sys.stderr would silence the whole process, cluster
        # threads included. This copy of warcio 1.8's method differs only where it
        # notes the stray bytes instead of printing them; test_robustness's
        # test_warcio_still_calls_the_overridden_private_method fails if warcio changes it.
        def _consume_blanklines(self) -> tuple[bytes | None, int]:
            empty_size = 0
            first_line = True
            while True:
                line = self.reader.readline()
                if len(line) == 0:
                    return None, empty_size
                stripped = line.rstrip()
                if len(stripped) == 0 or first_line:
                    empty_size += len(line)
                    if len(stripped) != 0 and self.misaligned is None:
                        offset = self.fh.tell() - self.reader.rem_length() - empty_size
                        self.misaligned = (offset, bytes(stripped[:40]))
                        self.err_count += 1
                    first_line = False
                    continue
                return line, empty_size

    return CheckedIterator
