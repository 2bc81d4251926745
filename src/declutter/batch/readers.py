"""Reading the pages out of one input file: a page file, a JSONL file, a WARC/WET file.

Each page comes with its ``input`` reference (see ``declutter.batch``), its
URL when known, and how to read it ("html", "text" or None to detect). A page
that cannot be read becomes a ``PageError`` in its place, and the file goes
on when it can (a broken JSONL line); a broken container stops at the break.
"""
from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from io import BufferedIOBase
from pathlib import Path
from typing import Any

from declutter.batch.discover import Source
from declutter.batch.report import InputRef, one_line
from declutter.errors import DeclutterError
from declutter.reading.files import GZIP_MAGIC, read_page

JSONL_FIELDS = (("html", "html"), ("text", "text"), ("content", None))  # field, input format

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


def read_pages(source: Source, forced_format: str | None = None) -> Iterator[Page]:
    """The pages of ``source`` in file order; nothing raises, errors become PageError."""
    path = source.path.as_posix()
    try:
        if source.kind == "jsonl":
            yield from _jsonl(source, path, forced_format)
        elif source.kind == "warc":
            yield from _warc(source, path, forced_format)
        else:
            fmt = forced_format or (source.kind if source.kind in ("html", "markdown") else None)
            yield PageInput({"path": path}, source.path, None, fmt)
    except DeclutterError as exc:
        yield PageError({"path": path}, one_line(str(exc)))
    except Exception as exc:  # a broken container: report it and go on with the batch
        yield PageError({"path": path}, one_line(f"cannot read: {type(exc).__name__}: {exc}"))


def page_data(data: PageData) -> bytes | str:
    """The page of a ``PageInput.data``: read (and un-gzipped) when it is a path.

    Raises ``DeclutterError`` when the file cannot be read."""
    return read_page(data) if isinstance(data, Path) else data


def _open(source: Source) -> BufferedIOBase:
    handle = open(source.path, "rb")
    if handle.read(2) == GZIP_MAGIC:
        handle.seek(0)
        return gzip.GzipFile(fileobj=handle)
    handle.seek(0)
    return handle


def _jsonl(source: Source, path: str, forced: str | None) -> Iterator[Page]:
    with _open(source) as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield _jsonl_page(line, {"path": path, "record": number}, forced)


def _jsonl_page(line: bytes, ref: InputRef, forced: str | None) -> Page:
    try:
        item = json.loads(line)
    except ValueError as exc:
        return PageError(ref, f"not a JSON line: {exc}")
    if not isinstance(item, dict):
        return PageError(ref, "a JSONL page must be an object with text, html or content")
    url = item.get("url") if isinstance(item.get("url"), str) else None
    if url:
        ref = {**ref, "url": url}
    for name, fmt in JSONL_FIELDS:
        if isinstance(item.get(name), str):
            return PageInput(ref, item[name], url, forced or fmt)
    return PageError(ref, "no text, html or content field")


def _warc(source: Source, path: str, forced: str | None) -> Iterator[Page]:
    from warcio.archiveiterator import ArchiveIterator

    with open(source.path, "rb") as handle:
        number = 0
        for record in ArchiveIterator(handle):
            if record.rec_type not in ("response", "conversion"):
                continue
            number += 1
            page = _warc_page(record, {"path": path, "record": number}, forced)
            if page is not None:
                yield page


def _warc_page(record: Any, ref: InputRef, forced: str | None) -> Page | None:
    """A response or conversion record as a page (``record``: warcio's ArcWarcRecord, untyped)."""
    url: str | None = record.rec_headers.get_header("WARC-Target-URI")
    if url:
        ref = {**ref, "url": url}
    if record.rec_type == "conversion":
        return PageInput(ref, record.content_stream().read(), url, forced or "text")
    if record.http_headers is None:  # a file:// or other non-HTTP URL: no content type, the content tells
        return PageInput(ref, record.content_stream().read(), url, forced)
    content_type: str = record.http_headers.get_header("Content-Type") or ""
    if "html" in content_type.lower():
        fmt = "html"
    elif content_type.lower().startswith("text/"):
        fmt = "text"
    else:
        return None  # images, scripts, PDFs: not pages
    return PageInput(ref, record.content_stream().read(), url, forced or fmt)
