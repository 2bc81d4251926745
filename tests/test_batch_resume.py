"""A batch killed with SIGKILL and started again ends with exactly an uninterrupted run's outputs."""
from __future__ import annotations

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


def _start(inputs: Path, out: Path, jobs: int) -> subprocess.Popen:
    return subprocess.Popen(
        [*CLI, str(inputs), "-o", str(out), "-j", str(jobs), "-q"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )


def _outputs(out: Path) -> int:
    return sum(1 for _ in out.rglob("*.json")) if out.exists() else 0


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("jobs", [1, 2])
def test_sigkill_midway_then_rerun_equals_an_uninterrupted_run(tmp_path, jobs):
    inputs = tmp_path / "in"
    write_tree(inputs, PAGES, sites=3)
    write_jsonl(inputs / "site1" / "feed.jsonl", [{"text": page(1000 + i), "url": f"https://ex.com/{i}"} for i in range(30)])
    (inputs / "site2" / "copy-of-7.txt").write_text(page(7))  # a near-duplicate to carry over

    reference = _start(inputs, tmp_path / "ref", jobs)
    assert reference.wait(timeout=300) == 0, reference.stderr.read().decode()

    killed = _start(inputs, tmp_path / "out", jobs)
    deadline = time.monotonic() + 120
    while _outputs(tmp_path / "out") < PAGES // 5 and killed.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.killpg(killed.pid, signal.SIGKILL)
    killed.wait(timeout=30)
    assert killed.returncode == -signal.SIGKILL
    assert 0 < _outputs(tmp_path / "out") < PAGES, "the run was not cut midway"

    rerun = _start(inputs, tmp_path / "out", jobs)
    assert rerun.wait(timeout=300) == 0, rerun.stderr.read().decode()
    assert tree_bytes(tmp_path / "out") == tree_bytes(tmp_path / "ref")


def test_ctrl_c_stops_cleanly_with_a_partial_summary(tmp_path):
    inputs = tmp_path / "in"
    write_tree(inputs, PAGES, sites=2)
    run = subprocess.Popen([*CLI, str(inputs), "-o", str(tmp_path / "out"), "-j", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 120
    while _outputs(tmp_path / "out") < PAGES // 5 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.killpg(run.pid, signal.SIGINT)  # as a terminal does: to the whole process group
    code = run.wait(timeout=60)
    err = run.stderr.read().decode()
    assert code == 130, err
    assert "interrupted" in err and "pages/s" in err
    report = json.loads((tmp_path / "out/_declutter_report.json").read_text())
    assert report["summary"]["interrupted"] is True and 0 < report["summary"]["cleaned"] < PAGES
    assert not [p for p in (tmp_path / "out").rglob(".*")]  # no temporary file left behind
