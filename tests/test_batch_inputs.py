"""Batch inputs: discovery order, skipped files, containers, input references, output names."""
from __future__ import annotations

import json
import time

from declutter import Document, Settings, extractor
from declutter.batch import BatchOptions, BatchRun
from declutter.batch.discover import Discovery
from declutter.batch.readers import PageError, PageInput, read_pages

from .batch_pages import html_page, page, story, write_gz, write_jsonl, write_warc


def test_discovery_is_sorted_recursive_and_counts_what_it_skips(tmp_path):
    for name in ("b/2.txt", "b/1.html", "a.txt", "c/d/e.htm.gz", "notes.md", "notes.pdf", ".hidden.txt", ".git/x.txt", "z.warc.gz"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4\x00\x01\x02\x03binary")
    found = Discovery([tmp_path])
    assert [s.rel for s in found] == ["a.txt", "b/1.html", "b/2.txt", "c/d/e.htm.gz", "notes.md", "z.warc.gz"]
    assert [s.kind for s in found] == ["text", "html", "text", "html", "markdown", "warc"]
    assert found.skipped == {"hidden": 2, "unknown kind (.pdf)": 1}


def test_names_of_several_inputs_are_relative_to_their_common_folder(tmp_path):
    for name in ("x/data/p.txt", "y/data/p.txt"):
        (tmp_path / name).parent.mkdir(parents=True)
        (tmp_path / name).write_text("x")
    rels = [s.rel for s in Discovery([tmp_path / "x/data", tmp_path / "y/data/p.txt", tmp_path / "x/data/p.txt"])]
    assert rels == ["x/data/p.txt", "y/data/p.txt"]  # no collision, the nested repeat dropped


def test_jsonl_pages_and_bad_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "a", "url": "https://ex.com/1"}\n\n{"html": "<p>b</p>"}\nnot json\n{"other": 1}\n{"content": "c"}\n')
    [source] = Discovery([path])
    pages = list(read_pages(source))
    assert [type(p) for p in pages] == [PageInput, PageInput, PageError, PageError, PageInput]
    assert pages[0].ref == {"path": path.as_posix(), "record": 1, "url": "https://ex.com/1"}
    assert (pages[1].ref["record"], pages[1].input_format) == (3, "html")
    assert (pages[4].data, pages[4].input_format) == ("c", None)


def test_warc_responses_and_wet_conversions(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [
        ("html", "https://ex.com/a", html_page(1)), ("image", "https://ex.com/i.png", "PNG"), ("wet", "https://ex.com/b", page(2)),
    ])
    [source] = Discovery([path])
    pages = list(read_pages(source))
    assert [(p.ref["record"], p.url, p.input_format) for p in pages] == [(1, "https://ex.com/a", "html"), (3, "https://ex.com/b", "text")]
    assert b"<article>" in pages[0].data


def test_mixed_folder_to_output_tree(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    (src / "a").mkdir(parents=True)
    (src / "a" / "one.txt").write_text(page(1))
    write_gz(src / "a" / "two.txt.gz", page(2))
    (src / "three.html").write_text(html_page(3))
    write_jsonl(src / "feed.jsonl", [{"text": page(4), "url": "https://ex.com/4"}, {"text": page(5)}])
    write_warc(src / "crawl.wet", [("wet", "https://ex.com/6", page(6))], gz=False)
    summary = BatchRun([src], output_dir=out, options=BatchOptions(jobs=1)).run()
    names = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert names == [
        "_declutter_report.json", "_declutter_settings.json", "_declutter_state.jsonl", "a/one.txt.json", "a/two.txt.gz.json",
        "crawl.wet.jsonl", "feed.jsonl.jsonl", "three.html.json",
    ]
    assert (summary.cleaned, summary.failed) == (6, 0)
    record = json.loads((out / "a/two.txt.gz.json").read_text())
    assert record["input"] == {"path": (src / "a/two.txt.gz").as_posix()}
    assert story(2).split(".")[0] in record["text"]
    lines = [json.loads(line) for line in (out / "feed.jsonl.jsonl").read_text().splitlines()]
    assert [r["input"]["record"] for r in lines] == [1, 2]
    assert lines[0]["url"] == "https://ex.com/4" and lines[0]["duplicate_of"] is None


@extractor("slow")
def slow_on_marked_pages(doc: Document, settings: Settings) -> None:
    """An extractor that hangs on pages holding "SLOW" (top level: it must pickle).

    It hangs for far longer than the limit, but not for ever: were the limit
    not kept, the page would be cleaned, not failed, and the test would say so."""
    if "SLOW" in doc.source_text:
        time.sleep(30)


def test_a_page_past_the_time_limit_fails_and_the_worker_goes_on(tmp_path):
    for i in range(4):
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / f"in/p{i}.txt").write_text(page(i) + ("SLOW\n" if i == 1 else ""))
    settings = Settings().with_extractor(slow_on_marked_pages)
    for jobs in (1, 2):
        options = BatchOptions(jobs=jobs, timeout=0.5)
        summary = BatchRun([tmp_path / "in"], settings=settings, output_dir=tmp_path / f"out{jobs}", options=options).run()
        assert (summary.cleaned, summary.failed) == (3, 1)
        assert summary.failures[0].input["path"].endswith("p1.txt") and "gave up after 0.5 s" in summary.failures[0].reason


def test_chunks_keep_input_order_and_one_tasks_error_fails_only_that_task(tmp_path):
    from concurrent.futures import ProcessPoolExecutor

    from declutter.batch.discover import Source
    from declutter.batch.inorder import ordered_results
    from declutter.batch.planning import Unit, reread_error
    from declutter.batch.worker import HashTask, ReloadTask

    good = tmp_path / "ok.txt"
    good.write_text(page(0))
    unit = Unit(Source(tmp_path / "gone.txt", "gone.txt", "text"), tmp_path / "gone.json")
    items = [("a", HashTask(good, "text")), ("b", "passed through"), (unit, ReloadTask(tmp_path / "gone.json", False, None))]
    items += [(f"c{i}", HashTask(good, "text")) for i in range(5)]
    with ProcessPoolExecutor(2) as pool:
        results = list(ordered_results(iter(items), pool, window=2, chunk=3, on_error=reread_error))
    assert [context for context, _ in results] == [context for context, _ in items]
    assert results[1][1] == "passed through"
    assert isinstance(results[0][1], set) and all(value == results[0][1] for _, value in results[3:])
    failed = results[2][1]
    assert "cannot re-read the earlier output" in failed.reason and "gone.json" in failed.reason
    # With the number of tasks known, the last chunks are smaller: the same results, in the same order.
    with ProcessPoolExecutor(2) as pool:
        known = list(ordered_results(iter(items), pool, window=2, chunk=3, on_error=reread_error, tasks=7))
    assert [context for context, _ in known] == [context for context, _ in items]
    assert [value for _, value in known if not hasattr(value, "reason")] == [value for _, value in results if not hasattr(value, "reason")]


def test_chunks_shrink_over_the_last_window_so_workers_finish_together():
    from declutter.batch.inorder import chunk_size

    assert chunk_size(16, 4, None) == chunk_size(16, 4, 1000) == chunk_size(16, 4, 64) == 16
    sizes, left = [], 64 + 10
    while left > 0:
        sizes.append(chunk_size(16, 4, left))
        left -= sizes[-1]
    assert sizes[0] == 16 and sizes[-1] == 1 and sizes == sorted(sizes, reverse=True) and len(sizes) < 20
    assert chunk_size(16, 4, 0) == chunk_size(16, 4, -5) == 1  # fewer tasks than announced: still one at a time
