"""A batch killed with SIGKILL and started again ends with exactly an uninterrupted run's outputs.

The runs are cut by events, not by time: one page is a named pipe (a gate),
so every read of it waits until the test writes the page into it. The test
opens the gate once for the counting pass and never for the cleaning pass,
so the run is sure to be stuck midway, with every page before the gate
written, when it is killed or interrupted.
"""
from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .batch_pages import page, tree_bytes, write_jsonl, write_tree

PAGES = 400
CLI = [sys.executable, "-c", "from declutter.cli import main; main()", "clean"]
# Waiting for an event polls this often at most (bounded: 120 s, for a machine far slower than any seen).
POLLS, POLL_SECONDS = 24_000, 0.005

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo") or not hasattr(signal, "SIGKILL"), reason="needs named pipes and SIGKILL")


class Gate:
    """A page that is a named pipe: each read of it waits until ``open_once`` hands it the page."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data = path.read_bytes()
        path.unlink()
        os.mkfifo(path)

    def open_once(self, process: subprocess.Popen) -> bool:
        """Hand the page to the next reader; False when the process ended without reading it."""
        for _ in range(POLLS):
            if process.poll() is not None:
                return False
            try:
                pipe = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)  # fails while no one reads
            except OSError as exc:
                if exc.errno != errno.ENXIO:
                    raise
                time.sleep(POLL_SECONDS)
                continue
            try:
                os.write(pipe, self.data)  # a page is far smaller than a pipe's buffer
            finally:
                os.close(pipe)
            return True
        raise AssertionError(f"nothing read {self.path.name}")

    def remove(self) -> None:
        """The page as a plain file again."""
        self.path.unlink()
        self.path.write_bytes(self.data)


def _start(inputs: Path, out: Path, jobs: int, *more: str) -> subprocess.Popen:
    return subprocess.Popen(
        [*CLI, str(inputs), "-o", str(out), "-j", str(jobs), *more],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )


def _wait_for(done, process: subprocess.Popen) -> None:
    for _ in range(POLLS):
        if done():
            return
        assert process.poll() is None, process.stderr.read().decode()
        time.sleep(POLL_SECONDS)
    raise AssertionError("the run never got there")


@pytest.mark.parametrize("jobs", [1, 2])
def test_sigkill_midway_then_rerun_equals_an_uninterrupted_run(tmp_path, jobs):
    inputs, out = tmp_path / "in", tmp_path / "out"
    write_tree(inputs, PAGES, sites=3)
    write_jsonl(inputs / "site1" / "feed.jsonl", [{"text": page(1000 + i), "url": f"https://ex.com/{i}"} for i in range(30)])
    (inputs / "site2" / "copy-of-7.txt").write_text(page(7))  # a near-duplicate to carry over

    reference = _start(inputs, tmp_path / "ref", jobs, "-q")
    assert reference.wait(timeout=300) == 0, reference.stderr.read().decode()

    before = sorted((inputs / "site0").glob("page*.txt"))  # every page before the gate, in input order
    gate = Gate(inputs / "site1" / "page0001.txt")
    killed = _start(inputs, out, jobs, "-q")
    assert gate.open_once(killed)  # the counting pass reads every page once
    _wait_for(lambda: all((out / "site0" / f"{p.name}.json").exists() for p in before), killed)
    os.killpg(killed.pid, signal.SIGKILL)
    killed.wait(timeout=30)
    assert killed.returncode == -signal.SIGKILL
    assert not (out / "site1" / "page0001.txt.json").exists() and not (out / "_declutter_report.json").exists()

    gate.remove()
    rerun = _start(inputs, out, jobs, "-q")
    assert rerun.wait(timeout=300) == 0, rerun.stderr.read().decode()
    assert tree_bytes(out) == tree_bytes(tmp_path / "ref")


def test_ctrl_c_stops_cleanly_with_a_partial_summary(tmp_path):
    inputs, out = tmp_path / "in", tmp_path / "out"
    write_tree(inputs, PAGES, sites=2)
    # The first input is a container, whose output the parent writes: once it is
    # there, the parent has taken in results (and the summary counts them).
    write_jsonl(inputs / "site0" / "a-feed.jsonl", [{"text": page(1000 + i)} for i in range(3)])
    gate = Gate(inputs / "site1" / "page0001.txt")
    run = _start(inputs, out, 2)
    assert gate.open_once(run)
    _wait_for(lambda: (out / "site0" / "a-feed.jsonl.jsonl").exists(), run)
    os.killpg(run.pid, signal.SIGINT)  # as a terminal does: to the whole process group
    gate.open_once(run)  # a worker finishes the page it is on: hand it the page, if it is waiting for it
    code = run.wait(timeout=60)
    err = run.stderr.read().decode()
    assert code == 130, err
    assert "interrupted" in err and "pages/s" in err
    report = json.loads((out / "_declutter_report.json").read_text())
    assert report["summary"]["interrupted"] is True and 0 < report["summary"]["cleaned"] < PAGES
    assert not [p for p in out.rglob(".*")]  # no temporary file left behind
