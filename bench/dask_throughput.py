"""Batch throughput on a Dask cluster: two local worker processes against the local -j2.

    .venv/bin/python -m bench dask [--limit N]

Runs ``declutter clean FOLDER -o OUT -q -j 2`` and ``declutter clean FOLDER
-o OUT -q --scheduler ADDRESS`` as subprocesses on the corpus's 990 htmltext
pages (linked into a temporary folder), the second against a
``LocalCluster(n_workers=2, threads_per_worker=1)`` started here on
127.0.0.1 beforehand (as an existing cluster would be). Each is run twice
from scratch and the faster kept; the first cluster run also pays for the
workers' first pages (imports, phrase books, py3langid's model), the second
finds them warm. Target: the cluster at >= 0.8 x the local -j2 in pages/s
on one machine. CPU seconds per part show where the cluster's overhead goes:
the client (the CLI process: listing, counting, duplicates, writing
containers), the scheduler and nannies (this process), and the workers. A
benchmark, never a test.
"""
from __future__ import annotations

import logging
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from .batch_throughput import CLI, _link_copies, _load

REPEATS = 2


@dataclass
class Run:
    label: str
    pages: int
    seconds: float
    client_cpu: float  # the CLI process (and, locally, its worker processes)
    cluster_cpu: float = 0.0  # the scheduler and nannies (this process)
    workers_cpu: float = 0.0  # the cluster's worker processes

    @property
    def rate(self) -> float:
        return self.pages / self.seconds


def run(root: Path, limit: int | None = None) -> None:
    try:
        from distributed import LocalCluster
    except ImportError:
        print("bench dask: Dask's distributed is not installed (pip install 'declutter[dask]'); nothing to measure.")
        return
    pages = sorted((root / "text" / "htmltext").glob("*.txt"))[:limit]
    print(f"{len(pages)} corpus pages; load average now: {_load()} (other work on the machine skews wall-clock figures)")
    with tempfile.TemporaryDirectory(prefix="declutter-bench-dask-") as tmp:
        folder = Path(tmp) / "pages"
        _link_copies(pages, folder, copies=1)
        local = min((_local(folder, len(pages), Path(tmp) / f"local{i}") for i in range(REPEATS)), key=lambda r: r.seconds)
        started = time.monotonic()
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR) as cluster:
            print(f"cluster of two workers up in {time.monotonic() - started:.1f} s (not counted: an existing cluster)")
            runs = [_cluster(cluster, folder, len(pages), Path(tmp) / f"dask{i}", i) for i in range(REPEATS)]
    for r in [local, *runs]:
        print(f"{r.label:<28} {r.seconds:6.2f} s {r.rate:7.1f} pages/s   cpu s: client {r.client_cpu:5.1f}"
              + (f", scheduler+nannies {r.cluster_cpu:4.1f}, workers {r.workers_cpu:5.1f}" if r.workers_cpu else ""))
    best = min(runs, key=lambda r: r.seconds)
    print(f"cluster / local -j2 pages/s: {best.rate / local.rate:.2f} x (best cluster run; target >= 0.8)")
    print(f"cluster overhead in CPU s over the local -j2: {best.client_cpu + best.cluster_cpu + best.workers_cpu - local.client_cpu:+.1f} "
          f"(client {best.client_cpu:.1f}: listing, counting, duplicates, JSONL; scheduler {best.cluster_cpu:.1f}; workers {best.workers_cpu:.1f})")


def _local(folder: Path, pages: int, out: Path) -> Run:
    seconds, cpu = _cli([str(folder), "-o", str(out), "-q", "-j", "2"])
    return Run("local -j2", pages, seconds, cpu)


def _cluster(cluster: object, folder: Path, pages: int, out: Path, attempt: int) -> Run:
    import psutil

    workers = [psutil.Process(w.process.pid) for w in cluster.workers.values()]  # type: ignore[attr-defined]
    before_self, before_workers = _self_cpu(), sum(_cpu(p) for p in workers)
    seconds, cpu = _cli([str(folder), "-o", str(out), "-q", "--scheduler", cluster.scheduler_address])  # type: ignore[attr-defined]
    label = "cluster, 2 workers" + (" (cold)" if attempt == 0 else " (warm)")
    return Run(label, pages, seconds, cpu, _self_cpu() - before_self, sum(_cpu(p) for p in workers) - before_workers)


def _cli(args: list[str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    done = subprocess.run([*CLI, *args], stderr=subprocess.PIPE)
    seconds = time.monotonic() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"declutter failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return seconds, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _self_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _cpu(process: object) -> float:
    times = process.cpu_times()  # type: ignore[attr-defined]
    return float(times.user + times.system)


if __name__ == "__main__":
    from .corpus import DEFAULT_ROOT

    run(Path(os.environ.get("DECLUTTER_CORPUS", DEFAULT_ROOT)), int(sys.argv[1]) if len(sys.argv) > 1 else None)
