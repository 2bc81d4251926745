"""Tasks run by a process pool a few at a time, their results taken back in input order.

Items are (context, task or value) pairs: tasks go to the pool in chunks of
consecutive items (one message each), at most ``window`` chunks in flight,
and every item comes back, with its context, in the order it was given; values
that are not tasks pass through. So outputs, duplicate detection and a JSONL
stream are the same whatever the number of workers, and memory does not grow
with the number of pages.
"""
from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Optional

from declutter.errors import DeclutterError
from declutter.batch.worker import TASK_TYPES, run_chunk, run_task

# What a task that raised outside its own guard becomes: (context, the error) -> result.
OnError = Callable[[Any, "Exception | str"], Any]


class BatchError(DeclutterError):
    """The batch cannot go on (a worker process died, an output cannot be written)."""


def ordered_results(
    items: Iterator[tuple[Any, Any]], pool: Optional[ProcessPoolExecutor], window: int, chunk: int = 1, on_error: Optional[OnError] = None
) -> Iterator[tuple[Any, Any]]:
    """Run the tasks among ``items`` (others pass through) and yield results in item order.

    ``items`` are (context, task or value) pairs. Tasks go to the pool
    ``chunk`` at a time, and at most ``window`` chunks are in flight. Without
    a pool, tasks run here, one after the other. A task that raised becomes
    ``on_error(context, error)`` (None without it).
    """
    on_error = on_error or (lambda context, error: None)
    if pool is None:
        for context, item in items:
            yield context, _run_here(context, item, on_error)
        return
    pending: deque[Chunk] = deque()
    current = Chunk(on_error)
    try:
        for context, item in items:
            current.add(context, item)
            if current.tasks >= chunk:
                pending.append(current.submit(pool))
                current = Chunk(on_error)
                while len(pending) >= window:
                    yield from pending.popleft().results()
        pending.append(current.submit(pool))
        while pending:
            yield from pending.popleft().results()
    finally:
        for waiting in pending:
            if waiting.future is not None:
                waiting.future.cancel()


@dataclass
class Chunk:
    """Consecutive items whose tasks go to one worker in one message, and their results."""

    on_error: OnError
    entries: list[tuple[Any, Any]] = field(default_factory=list)  # (context, task or value)
    tasks: int = 0
    future: Optional[Future] = None

    def add(self, context: Any, item: Any) -> None:
        self.entries.append((context, item))
        self.tasks += isinstance(item, TASK_TYPES)

    def submit(self, pool: ProcessPoolExecutor) -> "Chunk":
        if self.tasks:
            self.future = pool.submit(run_chunk, [item for _, item in self.entries if isinstance(item, TASK_TYPES)])
        return self

    def results(self) -> Iterator[tuple[Any, Any]]:
        outcomes = iter(self._outcomes())
        for context, item in self.entries:
            if not isinstance(item, TASK_TYPES):
                yield context, item
                continue
            ok, value = next(outcomes)
            yield context, value if ok else self.on_error(context, value)

    def _outcomes(self) -> list[tuple[bool, Any]]:
        if self.future is None:
            return []
        try:
            return self.future.result()
        except BrokenProcessPool:
            raise BatchError("a worker process died (out of memory?); the batch stopped") from None


def _run_here(context: Any, item: Any, on_error: OnError) -> Any:
    if not isinstance(item, TASK_TYPES):
        return item
    try:
        return run_task(item)
    except Exception as exc:
        return on_error(context, exc)
