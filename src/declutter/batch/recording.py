"""Where each result of a run goes, in input order: the records to the sink, failures and
counts to the summary, each input's entry to the state file, and the caller's callbacks."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from declutter.batch.output import mark_duplicate, modified_ns, with_duplicate
from declutter.batch.planning import EndOfUnit, Unit
from declutter.batch.report import Failure, InputRef, Summary
from declutter.batch.sinks import Sink
from declutter.batch.state import StateWriter, decode_signature, encode_signature
from declutter.batch.tasks import PageResult, Reloaded, TaskResult

if TYPE_CHECKING:
    from declutter.batch.dedup import DuplicateIndex


@dataclass
class Recorder:
    """The results of one run, taken in input order (``handle``)."""

    sink: Sink
    summary: Summary
    dedup: DuplicateIndex[InputRef] | None  # None: the run looks for no near-duplicates
    state_writer: StateWriter | None
    on_progress: Callable[[Summary], None]
    on_failure: Callable[[Failure], None]

    def handle(self, unit: Unit, result: TaskResult | PageResult | EndOfUnit) -> None:
        if isinstance(result, EndOfUnit):
            if not unit.reloaded:
                self.sink.end(unit.source)
            if unit.entry is not None and unit.output is not None:
                unit.entry.output_mtime_ns = modified_ns(unit.output)
                if self.state_writer is not None:
                    self.state_writer.add(unit.source.rel, unit.entry)
            return
        records = unit.entry.records if unit.entry is not None else []
        if isinstance(result, list):
            self._reloaded(result, records)
        elif isinstance(result, PageResult) and result.reason is not None:
            failure = self.summary.add_failure(result.ref, result.reason)
            records.append([result.ref, None, None, failure.reason, None])
            if not unit.reloaded:
                self.sink.failure(unit.source, result.ref, failure.reason)
            self.on_failure(failure)
        elif isinstance(result, PageResult):
            duplicate_of = self.dedup.check_and_add(result.signature, result.ref) if self.dedup else None
            if result.text is not None:
                self.sink.record(unit.source, with_duplicate(result.text, duplicate_of))
            elif result.written is not None and duplicate_of is not None:  # written as no copy: the rare rewrite
                mark_duplicate(result.written, duplicate_of)
            records.append([result.ref, encode_signature(result.signature), duplicate_of, None, result.removed or {}])
            self.summary.add_cleaned(result.removed or {}, duplicate_of is not None)
        self.on_progress(self.summary)

    def _reloaded(self, entries: list[Reloaded], records: list[list[Any]]) -> None:
        for entry in entries:
            if entry.reason is not None:
                records.append([entry.ref, None, None, entry.reason, None])
                self.on_failure(self.summary.add_failure(entry.ref, entry.reason))
                continue
            duplicate_of = entry.duplicate_of
            signature = entry.signature
            if self.dedup is not None and signature is None and entry.signature_text is not None:
                signature = decode_signature(entry.signature_text)
            if self.dedup is not None and duplicate_of is None and signature is not None:
                first = self.dedup.check_and_add(signature, entry.ref)
                if first is not None and entry.page_file is not None:
                    # Written by a worker, then the run stopped before this
                    # parent could mark it: mark it now, as an unbroken run would have.
                    mark_duplicate(entry.page_file, first)
                    duplicate_of = first
            text = entry.signature_text if entry.signature_text is not None else encode_signature(signature)
            records.append([entry.ref, text, duplicate_of, None, entry.removed])
            self.summary.add_skipped(entry.removed or {}, duplicate_of is not None)

