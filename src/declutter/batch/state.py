"""What a later run over the same output folder needs, kept beside the outputs: ``_declutter_state.jsonl``.

One JSON line per input file (its name relative to the batch root), written
at the end of every run with an output folder:

``size``, ``mtime_ns``
    the input file as it was read: an entry is only used while they match.
``pages``
    per page, ``[site, line hashes]``: what the counting pass (site
    templates) found, so a re-run counts unchanged files without reading
    and hashing them again (hashes base64 of sorted 8-byte integers; null
    for a page that is not counted, such as HTML).
``templates``
    per page, a digest of its site's template lines when it was cleaned: a
    page whose site's templates have changed since (the folder gained
    pages) is cleaned again, as a fresh run would clean it.
``output_mtime_ns``, ``records``
    the output as written, and per record ``[input, signature, duplicate_of,
    error]`` (signature: the MinHash values, base64 of 8-byte integers, or
    null), so a re-run gets near-duplicate signatures without re-reading
    every output.

The state is only a memo: without it (or with a line that does not match the
files) the run reads and computes what it needs, with the same results.
"""
from __future__ import annotations

import base64
import hashlib
import json
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from declutter.batch.output import write_atomic

STATE_NAME = "_declutter_state.jsonl"
PageCount = tuple[str, "set[int] | None"]  # a page's site and line hashes (counting pass)


@dataclass
class Entry:
    size: int
    mtime_ns: int
    pages: list[PageCount] = field(default_factory=list)
    templates: list[list[str]] = field(default_factory=list)  # per cleaned page: [site, template digest]
    output_mtime_ns: int | None = None
    records: list[list[Any]] = field(default_factory=list)  # [input, signature b64, duplicate_of, error]

    def matches(self, path: Path) -> bool:
        try:
            stat = path.stat()
        except OSError:
            return False
        return stat.st_size == self.size and stat.st_mtime_ns == self.mtime_ns

    def to_json(self, rel: str) -> str:
        pages = [[site, encode_ints(sorted(hashes)) if hashes is not None else None] for site, hashes in self.pages]
        return json.dumps({
            "input": rel, "size": self.size, "mtime_ns": self.mtime_ns, "pages": pages, "templates": self.templates,
            "output_mtime_ns": self.output_mtime_ns, "records": self.records,
        }, ensure_ascii=False) + "\n"


def entry_for(path: Path) -> Entry | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return Entry(stat.st_size, stat.st_mtime_ns)


def encode_ints(values: Iterable[int]) -> str:
    return base64.b64encode(array("Q", values).tobytes()).decode("ascii")


def decode_ints(text: str) -> array[int]:
    values = array("Q")
    values.frombytes(base64.b64decode(text))
    return values


def encode_signature(values: Any) -> str | None:
    """A MinHash signature (numpy uint64 values) as base64, or None."""
    return None if values is None else base64.b64encode(values.tobytes()).decode("ascii")


def decode_signature(text: str | None) -> Any:
    if text is None:
        return None
    import numpy as np

    return np.frombuffer(base64.b64decode(text), dtype=np.uint64).copy()


def template_digest(hashes: frozenset[int] | None) -> str:
    """A short digest of a site's template lines ("" for none)."""
    if not hashes:
        return ""
    return hashlib.blake2b(array("Q", sorted(hashes)).tobytes(), digest_size=8).hexdigest()


def load_state(folder: Path) -> dict[str, Entry]:
    """The entries of ``folder``'s state file; lines that cannot be read are left out."""
    entries: dict[str, Entry] = {}
    try:
        handle = open(folder / STATE_NAME, encoding="utf-8")
    except OSError:
        return entries
    with handle:
        for line in handle:
            try:
                item = json.loads(line)
                pages: list[PageCount] = [
                    (str(site), set(decode_ints(hashes)) if hashes is not None else None) for site, hashes in item["pages"]
                ]
                entries[item["input"]] = Entry(
                    int(item["size"]), int(item["mtime_ns"]), pages, list(item["templates"]),
                    item.get("output_mtime_ns"), list(item["records"]),
                )
            except (ValueError, KeyError, TypeError):
                continue
    return entries


def save_state(folder: Path, entries: dict[str, Entry]) -> None:
    write_atomic(folder / STATE_NAME, "".join(entry.to_json(rel) for rel, entry in entries.items()))
