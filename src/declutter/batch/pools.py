"""Worker pools: started with ``init_worker``, and stopped at once when the run is cut short.

A run that ends normally waits for its workers. A run cut short (Ctrl-C,
SIGTERM, a full disk) tells every worker to stop (SIGINT: a worker gives up
the page it is on, leaving no temporary file, and every task still sent to
it), waits a few seconds for them, and kills any still busy (a page stuck in
one long call into C code); their temporary files are then removed.
"""
from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing.process import BaseProcess
from pathlib import Path

from declutter.batch.discover import REPORT_NAME, STAMP_NAME
from declutter.batch.output import temp_path
from declutter.batch.state import STATE_NAME
from declutter.batch.worker_process import init_worker, ready

# Seconds a stopping run waits for its workers to give up their tasks before
# killing them: a worker answers within a few milliseconds unless stuck in C code.
STOP_GRACE = 3.0
_POLL = 0.02
# The temporary files of what the run itself writes, never a worker: not a killed
# worker's leftovers (the run may be writing one of them at that moment).
_RUNS_OWN = frozenset(temp_path(Path(name)).name for name in (REPORT_NAME, STAMP_NAME, STATE_NAME))


def make_pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, initializer=init_worker)


def stop_pool(pool: ProcessPoolExecutor, cut_short: bool, outputs: Path | None = None) -> None:
    """Shut ``pool`` down: waiting for its work (``cut_short`` False), or stopping it at once.

    ``outputs``: the folder where killed workers may have left temporary files.
    """
    if not cut_short:
        pool.shutdown(wait=True, cancel_futures=True)
        return
    processes = _processes(pool)
    for process in processes:
        _signal(process, signal.SIGINT)
    deadline = time.monotonic() + STOP_GRACE
    pool.shutdown(wait=False, cancel_futures=True)
    killed = False
    for process in processes:
        process.join(max(0.0, deadline - time.monotonic()))
        if process.is_alive():
            _signal(process, signal.SIGKILL)
            killed = True
    if killed and outputs is not None:
        remove_temporary_files(outputs)


def beside_a_thread(
    pool: ProcessPoolExecutor, work: Callable[[ProcessPoolExecutor], None], meanwhile: Callable[[], None]
) -> None:
    """``work(pool)`` here while ``meanwhile()`` runs on a thread of this process; ``pool`` is
    stopped after ``work``, and what either raised is raised.

    The pool's workers fork before the thread starts: a child forked while
    another thread runs inherits the locks that thread holds (an import's,
    say) and can wait on them forever.
    """
    pool.submit(ready).result()
    with ThreadPoolExecutor(1, thread_name_prefix="declutter-meanwhile") as thread:
        side = thread.submit(meanwhile)
        done = False
        try:
            work(pool)
            done = True
        finally:
            stop_pool(pool, cut_short=not done)
    side.result()


def remove_temporary_files(root: Path) -> None:
    """Remove the temporary files (``.NAME.declutter-tmp``) of the outputs under ``root``."""
    for folder, _, files in os.walk(root):
        for name in files:
            if name.startswith(".") and name.endswith(".declutter-tmp") and not (folder == str(root) and name in _RUNS_OWN):
                Path(folder, name).unlink(missing_ok=True)


def _processes(pool: ProcessPoolExecutor) -> list[BaseProcess]:
    # The pool's own table of its processes (private, and stable since Python 3.2).
    table = getattr(pool, "_processes", None) or {}
    return list(table.values())


def _signal(process: BaseProcess, signum: int) -> None:
    if process.pid is None:
        return
    try:
        os.kill(process.pid, signum)
    except ProcessLookupError:
        pass
