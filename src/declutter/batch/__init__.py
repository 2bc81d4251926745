"""Batch runs: many pages from files, folders and containers, cleaned by all cores.

    >>> from declutter.batch import BatchRun
    >>> summary = BatchRun(["scrapes/"], output_dir="cleaned/").run()

Inputs are files and folders (walked recursively in sorted order; hidden
entries and unknown kinds are skipped and counted): ``.txt``, ``.html`` and
``.htm`` pages, each maybe gzipped (``.gz``); ``.jsonl`` files with one page a
line (``text``, ``html`` or ``content``, and an optional ``url``); and
``.warc``/``.wet`` files, maybe gzipped (``response`` records whose HTTP
content type is HTML or text, and ``conversion`` records, which are text).

Records are ``Document.to_dict()`` with two more keys:

``input`` (always a JSON object, first key of the record)
    ``{"path": "scrapes/a/page.html"}`` for a page file, the path as reached
    from the input given; inside a container also ``"record"``, the 1-based
    line number in a JSONL file or the 1-based position among a WARC/WET
    file's response and conversion records, and ``"url"`` when the container
    names one: ``{"path": "crawl.warc.gz", "record": 3, "url": "https://..."}``.
``duplicate_of`` (last key)
    ``null``, or the ``input`` of the first page in input order that is the
    same story (near-duplicate cleaned text, see ``DedupSettings``).

With an output folder, ``a/b/page.html`` becomes ``DIR/a/b/page.html.json``
(names relative to the common folder of all inputs, so they never collide),
a container ``x.warc.gz`` becomes ``DIR/x.warc.gz.jsonl``, and
``DIR/_declutter_report.json`` holds the summary and every failure
(``{"input": ..., "reason": "one line"}``). Pages whose output is up to date
are not redone (see ``output``). Records hold nothing that changes between
runs, so a rerun after a kill gives byte-for-byte the outputs of one run.

Wrong arguments or options raise ``ConfigError`` when the run or the options
are made; a run that cannot go on (a worker died, an output cannot be
written) raises ``BatchError``. Nothing here prints or exits: the CLI
(``declutter.cli.batch``) does that.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from declutter.errors import BatchError, ConfigError
from declutter.lazy import lazy_names

# Public name -> the module that defines it, imported when first used (module
# ``__getattr__``): a one-page ``declutter clean page.html -o page.json``
# imports ``declutter.batch.output`` for its atomic write, and with it this
# package, but none of the runner, the pools or the readers.
_LAZY = {
    "BatchOptions": "declutter.batch.options",
    "DedupSettings": "declutter.batch.options",
    "TemplateSettings": "declutter.batch.options",
    "Failure": "declutter.batch.report",
    "Summary": "declutter.batch.report",
    "BatchRun": "declutter.batch.runner",
}

__all__ = ["BatchError", "BatchOptions", "BatchRun", "ConfigError", "DedupSettings", "Failure", "Summary", "TemplateSettings"]

if TYPE_CHECKING:
    from declutter.batch.options import BatchOptions, DedupSettings, TemplateSettings
    from declutter.batch.report import Failure, Summary
    from declutter.batch.runner import BatchRun


__getattr__ = lazy_names(__name__, _LAZY)
