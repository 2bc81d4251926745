"""A batch on a Dask cluster (two local worker processes on 127.0.0.1) gives the outputs of a local -j2 run."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed", reason="Dask's distributed is not installed (pip install 'declutter[dask]')")

from click.testing import CliRunner  # noqa: E402

from declutter import Settings  # noqa: E402
from declutter.batch import BatchOptions, BatchRun  # noqa: E402
from declutter.batch.cluster import ClusterRun  # noqa: E402
from declutter.cli import main  # noqa: E402
from tests.batch_pages import html_page, page, tree_bytes, write_gz, write_jsonl, write_tree, write_warc  # noqa: E402
from tests.dask_helpers import KillOnce  # noqa: E402

WAIT = 120  # seconds any one task's result may take before the run gives up (a bound, not a measure)
OPTIONS = BatchOptions(jobs=2, chunk_pages=4)  # small chunks: several tasks per file kind, and WARC ranges


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as local:
        yield local


def _folder(root: Path) -> Path:
    """Page files over two sites (site templates), a near-copy of a WARC record, a gzipped HTML
    page, a JSONL file with a bad line, an 11-record WARC (split into ranges) and a binary page."""
    write_tree(root / "pages", 24, sites=2)
    (root / "pages" / "site0" / "zcopy.txt").write_text(page(4, title="The same story, scraped again"), encoding="utf-8")
    (root / "pages" / "site1" / "broken.txt").write_bytes(bytes(range(256)) * 4)
    write_gz(root / "html" / "a.html.gz", html_page(5))
    write_jsonl(root / "feed.jsonl", [{"text": page(30), "url": "https://news.example/a"}, {"html": html_page(31)}, {"other": 1}])
    records = [("html", f"https://b.example/{i}", html_page(40 + i)) for i in range(9)]
    write_warc(root / "crawl.warc.gz", [*records[:5], ("image", "https://b.example/x.png", "x"), *records[5:], ("wet", "https://b.example/w", page(6))])
    return root


def _report(out: Path) -> dict:
    report = json.loads((out / "_declutter_report.json").read_text())
    for timing in ("seconds", "pages_per_second"):
        report["summary"].pop(timing)
    return report


def _state(out: Path) -> list[dict]:
    lines = [json.loads(line) for line in (out / "_declutter_state.jsonl").read_text().splitlines()]
    for line in lines:
        line.pop("output_mtime_ns")  # when the output was written
    return lines


def _same_outputs(a: Path, b: Path, report: bool = True) -> None:
    assert tree_bytes(a) == tree_bytes(b)
    if report:
        assert _report(a) == _report(b)
    assert _state(a) == _state(b)


def test_a_cluster_run_gives_the_outputs_of_a_local_run(tmp_path, cluster):
    inputs = [_folder(tmp_path / "in")]
    local = BatchRun(inputs, output_dir=tmp_path / "local", options=OPTIONS).run()
    run = ClusterRun(inputs, output_dir=tmp_path / "dask", options=OPTIONS, scheduler=cluster.scheduler_address, task_timeout=WAIT)
    summary = run.run()
    _same_outputs(tmp_path / "local", tmp_path / "dask")
    assert (summary.cleaned, summary.failed, summary.duplicates) == (local.cleaned, local.failed, local.duplicates)
    assert summary.duplicates >= 2 and summary.failed == 2 and summary.removed["site-template"] > 0
    copy = json.loads((tmp_path / "dask" / "pages" / "site0" / "zcopy.txt.json").read_text())
    assert copy["duplicate_of"]["path"].endswith("pages/site0/page0004.txt")
    assert len(run.scanned[next(rel for rel in run.scanned if rel.endswith("warc.gz"))]) == 10  # 10 pages, 3 ranges

    again = ClusterRun(inputs, output_dir=tmp_path / "dask", options=OPTIONS, scheduler=cluster.scheduler_address, task_timeout=WAIT).run()
    assert (again.cleaned, again.skipped, again.failed) == (0, local.cleaned, 2)  # the two failures are tried again
    _same_outputs(tmp_path / "local", tmp_path / "dask", report=False)  # the report says what the re-run did


def test_the_command_runs_a_batch_on_the_cluster(tmp_path, cluster):
    folder = _folder(tmp_path / "in")
    BatchRun([folder], output_dir=tmp_path / "local", options=BatchOptions(jobs=2)).run()
    args = ["clean", str(folder), "-o", str(tmp_path / "dask"), "--scheduler", cluster.scheduler_address, "-q"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1, result.output  # the binary page and the bad JSONL line failed
    assert "broken.txt: not a text or HTML page" in result.output
    _same_outputs(tmp_path / "local", tmp_path / "dask")


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path):
    folder = tmp_path / "in"
    write_tree(folder, 2)
    result = CliRunner().invoke(main, ["clean", str(folder), "-o", str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:9", "-q"])
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(tmp_path, cluster):
    inputs = [_folder(tmp_path / "in")]
    marker = tmp_path / "killed"
    settings = Settings().with_extractor(KillOnce(marker), before="content")
    run = ClusterRun(
        inputs, settings=settings, output_dir=tmp_path / "dask", options=OPTIONS, scheduler=cluster.scheduler_address, task_timeout=WAIT
    )
    summary = run.run()
    assert summary.failed == 2  # the binary page and the bad JSONL line, as without the kill
    assert marker.exists()  # a worker process killed itself on its first page
    assert int(marker.read_text()) not in {w.pid for w in cluster.workers.values() if w.process is not None and w.process.pid}
    BatchRun(inputs, settings=settings, output_dir=tmp_path / "local", options=OPTIONS).run()  # the marker is there: no kill
    _same_outputs(tmp_path / "local", tmp_path / "dask")


def test_clean_bag_cleans_records_on_the_cluster_as_clean_does(cluster):
    import dask.bag as db

    from declutter import clean
    from declutter.dask import clean_bag

    items = [{"text": page(1), "url": "https://news.example/1"}, {"html": html_page(2)}, {"other": 3}]
    with distributed.Client(cluster) as client:
        records = clean_bag(db.from_sequence(items, npartitions=2)).compute(scheduler=client)
    assert records[0] == {"input": {"url": "https://news.example/1"}, **clean(page(1), url="https://news.example/1").to_dict()}
    assert records[1] == {"input": {}, **clean(html_page(2), input_format="html").to_dict()}
    assert records[2] == {"input": {}, "error": "no text, html or content field"}
    json.dumps(records)  # JSON-ready


def test_clean_frame_cleans_a_pandas_partition():
    pd = pytest.importorskip("pandas", reason="clean_frame needs pandas, which declutter does not install")
    from declutter.dask import FRAME_COLUMNS, clean_frame

    frame = pd.DataFrame({"text": [page(1), None], "url": ["https://news.example/1", None]}, index=[10, 11])
    out = clean_frame(frame)
    assert list(out.columns) == list(FRAME_COLUMNS) and list(out.index) == [10, 11]
    assert out.loc[10, "title"] and out.loc[11, "error"] == "no text, html or content field"


def test_the_readme_library_example_runs(tmp_path):
    import subprocess
    import sys

    from tests.test_readme_examples import section

    (_, commands), (_, example) = section("Beyond one machine")[:2]
    assert "--scheduler tcp://host:8786" in commands
    script = tmp_path / "example.py"
    script.write_text(example + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=180, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert lines[0] == "{'url': 'https://example.com/a'} Trams will run all night Trams will run through the night on Frid"
    assert lines[1] == "{} Storm The storm closed the harbour road for tw"  # the headline printed again is dropped from the text
