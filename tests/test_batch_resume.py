"""A batch killed with SIGKILL and started again ends with exactly an uninterrupted run's outputs.

The runs are cut by events, not by time: one page's temporary output file is
a named pipe (a gate), so writing that page's output waits until someone
reads the pipe, which the test never does. (Input pages cannot be gates: a
batch reads only regular files.) The run is sure to be stuck midway, with
every page before the gate written, when it is killed or interrupted.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from declutter.batch.output import temp_path

from .batch_pages import page, tree_bytes, write_jsonl, write_tree

PAGES = 400
CLI = [sys.executable, "-c", "from declutter.cli import main; main()", "clean"]
# Waiting for an event polls this often at most (bounded: 120 s, for a machine far slower than any seen).
POLLS, POLL_SECONDS = 24_000, 0.005

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo") or not hasattr(signal, "SIGKILL"), reason="needs named pipes and SIGKILL")


class Gate:
    """An output whose temporary file is a named pipe: writing it waits for a reader that never comes."""

    def __init__(self, output: Path) -> None:
        self.path = temp_path(output)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(self.path)

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)


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
    gate = Gate(out / "site1" / "page0001.txt.json")
    killed = _start(inputs, out, jobs, "-q")
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
    gate = Gate(out / "site1" / "page0001.txt.json")
    before = sorted((inputs / "site0").glob("page*.txt"))
    run = _start(inputs, out, 2)
    _wait_for(lambda: all((out / "site0" / f"{p.name}.json").exists() for p in before), run)
    os.killpg(run.pid, signal.SIGINT)  # as a terminal does: to the whole process group
    code = run.wait(timeout=60)  # a worker stuck at the gate gives its page up
    err = run.stderr.read().decode()
    assert code == 130, err
    assert "interrupted" in err and "pages/s" in err
    report = json.loads((out / "_declutter_report.json").read_text())
    assert report["summary"]["interrupted"] is True and 0 < report["summary"]["cleaned"] < PAGES
    # No temporary file left behind (but the test's own gate, if no worker had reached it yet).
    assert [p for p in out.rglob(".*") if p != gate.path] == []
