"""Where a run's records go, input file by input file in input order: an output folder
(``DirSink``: a JSON file per page, a JSONL file per container) or one JSONL stream
(``JsonlSink``). The files themselves are written atomically (output.py)."""
from __future__ import annotations

from pathlib import Path
from typing import Protocol, runtime_checkable

from declutter.batch.discover import Source
from declutter.batch.output import AtomicFile, OutputDir, dumps_line, modified_ns, write_atomic
from declutter.batch.report import InputRef


@runtime_checkable
class TextStream(Protocol):
    """What JSON lines can be streamed to: ``sys.stdout``, an ``io.StringIO``, an open text file."""

    def write(self, text: str, /) -> int: ...

    def flush(self) -> None: ...


class Sink(Protocol):
    """Where the records of a run go, told input file by input file (in input order)."""

    def record(self, source: Source, text: str) -> None:
        """A cleaned page's serialised record (a JSON file's text, or one JSON line)."""

    def failure(self, source: Source, ref: InputRef, reason: str) -> None:
        """A page of ``source`` failed."""

    def end(self, source: Source) -> None:
        """``source`` has no more pages."""

    def close(self, ok: bool) -> None:
        """The run ended: completely (``ok``), or cut short."""


class JsonlSink:
    """All records as JSON lines in one stream: a file (written atomically) or a text stream.

    Failures are not in the stream (they are in the summary and on stderr).
    """

    def __init__(self, target: Path | TextStream) -> None:
        self.file = AtomicFile(target) if isinstance(target, Path) else None
        self.stream = None if isinstance(target, Path) else target

    def record(self, source: Source, text: str) -> None:
        if self.file is not None:
            self.file.write(text)
        elif self.stream is not None:
            self.stream.write(text)
            self.stream.flush()

    def failure(self, source: Source, ref: InputRef, reason: str) -> None:
        pass

    def end(self, source: Source) -> None:
        pass

    def close(self, ok: bool) -> None:
        if self.file is not None:
            self.file.commit() if ok else self.file.discard()


class DirSink:
    """Records into an ``OutputDir``: a JSON file per page, a JSONL file per container.

    A failed page's stale output is removed. Inside a container a failed record
    becomes an ``{"input": ..., "error": ...}`` line (the failure is as final
    as the records beside it); a container that cannot be read to its end is
    not written at all, so the next run tries it again.
    """

    def __init__(self, out: OutputDir) -> None:
        self.out = out
        self.current: AtomicFile | None = None
        self.broken = False

    def record(self, source: Source, text: str) -> None:
        if source.container:
            self._file(source).write(text)
        else:
            write_atomic(self.out.path_for(source), text, modified_ns(source.path))

    def failure(self, source: Source, ref: InputRef, reason: str) -> None:
        if not source.container:
            self.out.path_for(source).unlink(missing_ok=True)
        elif "record" not in ref:
            self.broken = True
        else:
            self._file(source).write(dumps_line({"input": ref, "error": reason}))

    def end(self, source: Source) -> None:
        if not source.container:
            return
        if self.broken:
            self.discard()
            self.out.path_for(source).unlink(missing_ok=True)
        else:
            self._file(source).commit()
        self.current, self.broken = None, False

    def discard(self) -> None:
        if self.current is not None:
            self.current.discard()
            self.current = None

    def close(self, ok: bool) -> None:
        self.discard()  # a container still open was cut short

    def _file(self, source: Source) -> AtomicFile:
        output = self.out.path_for(source)
        if self.current is None or self.current.path != output:
            self.discard()
            self.current = AtomicFile(output, modified_ns(source.path))
        return self.current
