"""A re-run over a finished output folder: the state file (_declutter_state.jsonl) spares its work."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import declutter.api
import declutter.batch.templates
import declutter.batch.worker
from declutter.batch import BatchOptions, BatchRun

from .batch_pages import page, tree_bytes

TEMPLATE_LINE = "Sign up to read the Gazette on the go with the free app today"


def _site_page(seed: int) -> str:
    return page(seed).replace("\n\n", f"\n{TEMPLATE_LINE}\n\n", 1)


def _write(root, seeds):
    (root / "gazette").mkdir(parents=True, exist_ok=True)
    for seed in seeds:
        (root / "gazette" / f"p{seed:02d}.txt").write_text(_site_page(seed), encoding="utf-8")
    (root / "gazette" / "copy.txt").write_text(page(1).replace("Home | World", "Menu"), encoding="utf-8")


def _run(inputs, out, **options):
    return BatchRun([inputs], output_dir=out, options=BatchOptions(jobs=1, **options)).run()


def test_a_rerun_with_nothing_to_do_reads_no_input_and_builds_nothing(tmp_path, monkeypatch):
    _write(tmp_path / "in", range(8))
    first = _run(tmp_path / "in", tmp_path / "out")
    assert (tmp_path / "out/_declutter_state.jsonl").exists()
    report = json.loads((tmp_path / "out/_declutter_report.json").read_text())["summary"]

    def refuse(*args, **kwargs):
        raise AssertionError("a re-run with nothing to do must not do this")

    monkeypatch.setattr(declutter.batch.worker, "page_hashes", refuse)  # the counting pass re-reading inputs
    monkeypatch.setattr(declutter.api, "clean", refuse)
    monkeypatch.setattr(declutter.batch.worker, "reload", refuse)  # re-reading every output
    monkeypatch.setattr(declutter.api, "warm_up", refuse)
    state = tmp_path / "out/_declutter_state.jsonl"
    written = (state.stat().st_mtime_ns, state.read_bytes())
    again = _run(tmp_path / "in", tmp_path / "out")
    assert (state.stat().st_mtime_ns, state.read_bytes()) == written  # nothing new to say: left as it was
    # The summary and the report describe the whole folder, not only what this run did.
    assert (again.pages, again.skipped, again.cleaned) == (first.pages, first.pages, 0)
    assert again.duplicates == first.duplicates == 1
    assert again.removed == first.removed and again.removed["site-template"] > 0
    rerun_report = json.loads((tmp_path / "out/_declutter_report.json").read_text())["summary"]
    assert {k: rerun_report[k] for k in ("duplicates", "removed")} == {k: report[k] for k in ("duplicates", "removed")}


def test_a_rerun_with_nothing_to_do_imports_no_cleaning_pipeline(tmp_path):
    """Neither the extractors nor numpy: importing them was a third of a re-run's time."""
    _write(tmp_path / "in", range(4))
    _run(tmp_path / "in", tmp_path / "out")
    script = (
        "import sys\n"
        "from declutter.cli import main\n"
        f"try:\n    main(['clean', {str(tmp_path / 'in')!r}, '-o', {str(tmp_path / 'out')!r}, '-q'])\n"
        "except SystemExit as stop:\n"
        "    print(stop.code, sorted(m for m in ('numpy', 'declutter.extractors', 'declutter.api') if m in sys.modules))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env)
    assert done.stdout.split() == ["0", "[]"], done.stderr


def test_a_folder_that_gained_pages_gets_what_a_fresh_run_gives(tmp_path):
    # Four pages are too few for a site template; with four more its lines are one.
    _write(tmp_path / "in", range(3))
    _run(tmp_path / "in", tmp_path / "out")
    before = json.loads((tmp_path / "out/gazette/p00.txt.json").read_text())
    assert all(r["kind"] != "site-template" for r in before["removed"])
    _write(tmp_path / "in", range(3, 7))
    summary = _run(tmp_path / "in", tmp_path / "out")
    assert summary.cleaned == 8 and summary.skipped == 0  # every page of the site: its template changed
    _run(tmp_path / "in", tmp_path / "fresh")
    assert tree_bytes(tmp_path / "out") == tree_bytes(tmp_path / "fresh")


def test_a_changed_input_is_counted_and_cleaned_again_and_a_damaged_state_only_costs_time(tmp_path):
    _write(tmp_path / "in", range(8))
    _run(tmp_path / "in", tmp_path / "out")
    changed = tmp_path / "in/gazette/p03.txt"
    changed.write_text(_site_page(30), encoding="utf-8")
    past = changed.stat().st_mtime_ns - 10**12  # older than its output: only the state tells it changed
    os.utime(changed, ns=(past, past))
    summary = _run(tmp_path / "in", tmp_path / "out")
    assert (summary.cleaned, summary.skipped) == (1, 8)
    (tmp_path / "out/_declutter_state.jsonl").write_text("not json\n{}\n")
    summary = _run(tmp_path / "in", tmp_path / "out")
    assert (summary.cleaned, summary.skipped, summary.duplicates) == (0, 9, 1)
    _run(tmp_path / "in", tmp_path / "fresh")
    assert tree_bytes(tmp_path / "out") == tree_bytes(tmp_path / "fresh")
