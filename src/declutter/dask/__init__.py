"""declutter's cleaning step for Dask pipelines of your own (``pip install "declutter[dask]"``).

    >>> import dask.bag as db
    >>> from declutter.dask import clean_bag
    >>> pages = db.from_sequence([{"text": "...", "url": "https://example.com/a"}], npartitions=1)
    >>> records = clean_bag(pages).compute()

``clean_bag(bag)`` takes a bag of records, dicts with ``text``, ``html`` or
``content`` (read as a batch reads a JSONL line: HTML, text, or detected) and
an optional ``url``, and gives a bag of JSON-ready records: ``{"input": {"url":
...}, **Document.to_dict()}``, or ``{"input": ..., "error": "one line"}`` for
a page that cannot be cleaned (nothing raises). ``clean_frame`` does the same
for one pandas DataFrame partition (``dask_dataframe.map_partitions(clean_frame,
meta=frame_meta())``); it needs pandas, which declutter does not install.

Each page is cleaned on its own: a batch's site templates and near-duplicate
detection need the whole batch in input order (``declutter clean ...
--scheduler``, ``declutter.batch.cluster``).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from declutter.api import clean
from declutter.batch.readers import JSONL_FIELDS
from declutter.batch.report import one_line
from declutter.errors import DeclutterError
from declutter.settings import Settings

# The columns of clean_frame's result: the record's scalar fields, the text, and the failure reason.
FRAME_COLUMNS = ("url", "title", "source", "published", "author", "language", "text", "error")


def clean_record(item: Any, settings: Settings | None = None) -> dict[str, Any]:
    """One record (a dict with text, html or content, and maybe url) cleaned, as a JSON-ready dict."""
    if not isinstance(item, dict):
        return {"input": {}, "error": "a record must be a dict with text, html or content"}
    url = item.get("url") if isinstance(item.get("url"), str) and item.get("url") else None
    ref: dict[str, Any] = {"url": url} if url else {}
    for name, fmt in JSONL_FIELDS:
        value = item.get(name)
        if isinstance(value, (str, bytes)):
            try:
                doc = clean(value, url=url, settings=settings, input_format=fmt)
            except DeclutterError as exc:
                return {"input": ref, "error": one_line(str(exc)) or type(exc).__name__}
            except Exception as exc:  # an extractor's bug: this page fails, not the pipeline
                return {"input": ref, "error": one_line(f"internal error: {type(exc).__name__}: {exc}")}
            return {"input": ref, **doc.to_dict()}
    return {"input": ref, "error": "no text, html or content field"}


def clean_records(items: Iterable[Any], settings: Settings | None = None) -> list[dict[str, Any]]:
    """A partition of records cleaned (what ``clean_bag`` maps over its partitions)."""
    return [clean_record(item, settings) for item in items]


def clean_bag(bag: Any, settings: Settings | None = None) -> Any:
    """A ``dask.bag.Bag`` of records in, a bag of cleaned JSON-ready records out (lazy, as bags are)."""
    return bag.map_partitions(clean_records, settings)


def clean_frame(frame: Any, settings: Settings | None = None) -> Any:
    """One pandas DataFrame of pages (columns text, html or content, and maybe url) cleaned:
    a DataFrame with ``FRAME_COLUMNS``, on the same index. Needs pandas."""
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("declutter.dask.clean_frame needs pandas (pip install pandas); clean_bag does not") from None
    columns = [name for name in ("url", *(field for field, _ in JSONL_FIELDS)) if name in frame.columns]
    rows = []
    for values in frame[columns].itertuples(index=False, name=None):
        item = {name: value for name, value in zip(columns, values) if isinstance(value, (str, bytes))}
        record = clean_record(item, settings)
        rows.append({"url": item.get("url"), **{name: record.get(name) for name in FRAME_COLUMNS if name != "url"}})
    return pd.DataFrame(rows, index=frame.index, columns=list(FRAME_COLUMNS))


def frame_meta() -> Any:
    """The empty DataFrame dask.dataframe's ``map_partitions`` takes as ``meta`` for ``clean_frame``."""
    import pandas as pd

    return pd.DataFrame({name: pd.Series(dtype="object") for name in FRAME_COLUMNS})


__all__ = ["FRAME_COLUMNS", "clean_bag", "clean_frame", "clean_record", "clean_records", "frame_meta"]
