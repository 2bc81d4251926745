"""`declutter clean` batch runs through click's CliRunner: outputs, failures, reruns, exit codes."""
from __future__ import annotations

import json
import os

from click.testing import CliRunner

from declutter.cli.main import main

from .batch_pages import page, tree_bytes, write_tree


def invoke(*args):
    return CliRunner().invoke(main, ["clean", *map(str, args)])


def test_folder_to_output_folder_then_rerun_skips(tmp_path):
    write_tree(tmp_path / "in", 6)
    result = invoke(tmp_path / "in", "-o", tmp_path / "out", "-j", "1")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""  # data went to files; the summary to stderr
    assert "6 cleaned" in result.stderr and "pages/s" in result.stderr and "removed blocks by kind" in result.stderr
    assert (tmp_path / "out/site0/page0000.txt.json").exists()
    first = tree_bytes(tmp_path / "out")
    again = invoke(tmp_path / "in", "-o", tmp_path / "out", "-j", "1")
    assert again.exit_code == 0 and "0 cleaned, 6 up to date" in again.stderr
    assert tree_bytes(tmp_path / "out") == first
    forced = invoke(tmp_path / "in", "-o", tmp_path / "out", "-j", "1", "--force", "-q")
    assert forced.exit_code == 0 and forced.stderr == ""


def test_changed_input_or_settings_are_redone(tmp_path):
    paths = write_tree(tmp_path / "in", 4)
    assert invoke(tmp_path / "in", "-o", tmp_path / "out", "-j", "1").exit_code == 0
    stamp = os.stat(paths[0]).st_mtime_ns + 5_000_000_000
    os.utime(paths[0], ns=(stamp, stamp))
    assert "1 cleaned, 3 up to date" in invoke(tmp_path / "in", "-o", tmp_path / "out", "-j", "1").stderr
    assert "4 cleaned" in invoke(tmp_path / "in", "-o", tmp_path / "out", "-j", "1", "--skip", "navigation").stderr


def test_a_failing_page_is_reported_and_the_run_goes_on(tmp_path):
    write_tree(tmp_path / "in", 3)
    (tmp_path / "in/site0/broken.txt").write_bytes(bytes(range(256)) * 20)
    result = invoke(tmp_path / "in", "-o", tmp_path / "out", "-j", "2")
    assert result.exit_code == 1
    assert "broken.txt: " in result.stderr and "3 cleaned" in result.stderr and "1 failed" in result.stderr
    report = json.loads((tmp_path / "out/_declutter_report.json").read_text())
    assert report["summary"]["failed"] == 1 and report["summary"]["cleaned"] == 3
    [failure] = report["failures"]
    assert failure["input"]["path"].endswith("site0/broken.txt") and "binary" in failure["reason"]
    assert not (tmp_path / "out/site0/broken.txt.json").exists()
    # the rerun skips the good pages, tries the broken one again, and still says so
    rerun = invoke(tmp_path / "in", "-o", tmp_path / "out", "-j", "2")
    assert rerun.exit_code == 1 and "3 up to date" in rerun.stderr


def test_jsonl_to_stdout_in_input_order_whatever_the_jobs(tmp_path):
    write_tree(tmp_path / "in", 8, sites=3)
    one = invoke("--jsonl", "-", tmp_path / "in", "-j", "1", "-q")
    two = invoke(tmp_path / "in", "-j", "2", "-q")  # a folder without -o streams JSONL too
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout
    records = [json.loads(line) for line in one.stdout.splitlines()]
    paths = [r["input"]["path"] for r in records]
    assert paths == sorted(paths) and len(paths) == 8


def test_jsonl_file_is_written_whole(tmp_path):
    write_tree(tmp_path / "in", 3)
    result = invoke(tmp_path / "in", "--jsonl", tmp_path / "all.jsonl", "-q")
    assert result.exit_code == 0 and result.stdout == ""
    assert len((tmp_path / "all.jsonl").read_text().splitlines()) == 3
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_usage_errors_exit_2(tmp_path):
    write_tree(tmp_path / "in", 1)
    assert invoke(tmp_path / "in", tmp_path / "nope").exit_code == 2
    assert invoke(tmp_path / "in", "-").exit_code == 2
    assert invoke(tmp_path / "in", "-o", tmp_path / "o", "--jsonl", "x.jsonl").exit_code == 2
    (tmp_path / "file").write_text("x")
    assert invoke(tmp_path / "in", "-o", tmp_path / "file").exit_code == 2


def test_several_files_and_an_output_folder(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x/p.txt").write_text(page(1))
    (tmp_path / "y/p.txt").write_text(page(2))
    result = invoke(tmp_path / "x/p.txt", tmp_path / "y/p.txt", "-o", tmp_path / "out", "-q")
    assert result.exit_code == 0
    assert (tmp_path / "out/x/p.txt.json").exists() and (tmp_path / "out/y/p.txt.json").exists()


def test_the_runs_own_outputs_inside_an_input_folder_are_not_read_back(tmp_path):
    write_tree(tmp_path / "in", 3)
    assert invoke(tmp_path / "in", "--jsonl", tmp_path / "in/all.jsonl", "-q").exit_code == 0
    again = invoke(tmp_path / "in", "--jsonl", tmp_path / "in/all.jsonl")
    assert "3 cleaned" in again.stderr
    assert len((tmp_path / "in/all.jsonl").read_text().splitlines()) == 3
    (tmp_path / "in/all.jsonl").unlink()  # else the next run reads it: it is pages now
    assert invoke(tmp_path / "in", "-o", tmp_path / "in/out", "-q").exit_code == 0
    assert "3 up to date" in invoke(tmp_path / "in", "-o", tmp_path / "in/out").stderr
