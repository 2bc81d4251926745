"""A worker process's life: it dies with its parent, stops on SIGINT or SIGTERM, and
gives a page up past the per-page time limit (see worker.py for why the limit is a BaseException)."""
from __future__ import annotations

import ctypes
import gc
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class PageTimeoutError(BaseException):
    """A page took longer than the batch's per-page time limit.

    Not an ``Exception``: the catch-all handlers of the HTML libraries must not
    turn it into "no text found" and go on past the limit."""


class WorkerState:
    """A worker's state: told to stop (SIGINT or SIGTERM); running tasks (only then
    does a signal interrupt what it does: an idle worker waits for its next message)."""

    requested = False
    busy = False


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise PageTimeoutError in the block after ``seconds`` (only in a main thread, on Unix)."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return
    limit = seconds

    def expire(signum: int, frame: FrameType | None) -> None:
        raise PageTimeoutError(f"gave up after {limit:g} s (the batch's per-page time limit)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def ready() -> bool:
    """A task that does nothing: submitting it starts a pool's worker processes now."""
    return True


_preloaded = False


def preload() -> None:
    """Import the modules a page may need (the HTML libraries) before a timer starts:
    a page timed out inside an import would leave that module half made in this process."""
    global _preloaded
    if _preloaded:
        return
    import lxml.html  # noqa: F401
    import readability  # noqa: F401
    import trafilatura  # noqa: F401
    import trafilatura.xml  # noqa: F401

    import declutter.html.body_filter  # noqa: F401
    import declutter.html.extract  # noqa: F401

    _preloaded = True


def init_worker() -> None:
    """Worker initializer: die with the parent; on SIGINT or SIGTERM (Ctrl-C reaches the
    whole process group; the parent sends SIGINT to its workers when it stops) give up
    the page being cleaned and the tasks still queued, and report them as interrupted."""
    _die_with_parent()
    # What the parent built before the fork (the phrase books, the models) lives as
    # long as the worker: frozen, the collector's full collections leave it alone
    # instead of walking it again (and writing to the pages the parent shares).
    gc.freeze()
    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)


def _stop(signum: int, frame: FrameType | None) -> None:
    if WorkerState.requested:
        return  # already stopping: the page in hand was given up at the first signal
    WorkerState.requested = True
    if WorkerState.busy:
        raise KeyboardInterrupt


PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Ask Linux to send this process SIGKILL when its parent dies (a killed parent
    must not leave workers behind); elsewhere nothing."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before the call: go now
        os._exit(1)
