"""Site templates and near-duplicates across a batch."""
from __future__ import annotations

import json
import os
import pickle

from declutter import Settings, clean
from declutter.batch import BatchOptions, BatchRun, TemplateSettings
from declutter.batch.output import dumps_line, dumps_page, with_duplicate
from declutter.batch.templates import TemplateCounter, site_of, site_settings
from declutter.extractors.site_template import line_hash

from .batch_pages import page, story, write_jsonl, write_tree

TEMPLATE_LINE = "Sign up to read the Gazette on the go with the free app today"


def _site_page(seed: int) -> str:
    return page(seed).replace("\n\n", f"\n{TEMPLATE_LINE}\n\n", 1)


def test_lines_on_many_pages_of_a_site_are_dropped_as_site_template(tmp_path):
    for i in range(8):
        (tmp_path / "in/gazette").mkdir(parents=True, exist_ok=True)
        (tmp_path / f"in/gazette/p{i}.txt").write_text(_site_page(i))
    (tmp_path / "in/other").mkdir()
    (tmp_path / "in/other/q.txt").write_text(_site_page(99))  # another site: too few pages there
    BatchRun([tmp_path / "in"], output_dir=tmp_path / "out", options=BatchOptions(jobs=1)).run()
    record = json.loads((tmp_path / "out/gazette/p3.txt.json").read_text())
    dropped = {r["text"]: (r["kind"], r["by"]) for r in record["removed"]}
    assert dropped[TEMPLATE_LINE] == ("site-template", "site-template")
    other = json.loads((tmp_path / "out/other/q.txt.json").read_text())
    assert all(r["kind"] != "site-template" for r in other["removed"])


def test_counter_thresholds_and_sites():
    counter = TemplateCounter(TemplateSettings(min_pages=3, min_share=0.5, count_error=0.1))
    for i in range(20):
        hashes = {line_hash("Menu line"), line_hash(f"story {i}")} | ({line_hash("Sometimes")} if i % 4 == 0 else set())
        counter.add("host:ex.com", hashes)
    assert counter.templates() == {"host:ex.com": frozenset({line_hash("  MENU   line ")})}
    assert site_of("https://www.Ex.com/a", "x") == "host:ex.com" and site_of(None, "a/b") == "folder:a/b"


def test_template_extractor_fits_the_pipeline_and_pickles():
    settings = site_settings(Settings(), {"s": frozenset({line_hash(TEMPLATE_LINE)})}, "s", "related")
    names = settings.step_names()
    assert names.index("site-template") == names.index("related") + 1
    doc = clean(_site_page(1), settings=pickle.loads(pickle.dumps(settings)))
    assert TEMPLATE_LINE not in doc.text
    assert site_settings(Settings(), {}, "s", "related") == Settings()


def test_near_duplicates_name_the_first_copy_in_input_order(tmp_path):
    body = story(7, words=200)
    write_jsonl(tmp_path / "in/a.jsonl", [
        {"text": f"Home | News\nThe bridge story\n{body}\n", "url": "https://one.example/bridge"},
        {"text": page(8), "url": "https://one.example/other"},
    ])
    write_jsonl(tmp_path / "in/b.jsonl", [
        {"text": f"Menu\nSport\nThe bridge story, updated\n{body}\nShare this article\n", "url": "https://two.example/x"},
    ])
    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}"
        summary = BatchRun([tmp_path / "in"], output_dir=out, options=BatchOptions(jobs=jobs)).run()
        assert summary.duplicates == 1
        [copy] = [json.loads(line) for line in (out / "b.jsonl.jsonl").read_text().splitlines()]
        assert copy["duplicate_of"] == {"path": (tmp_path / "in/a.jsonl").as_posix(), "record": 1, "url": "https://one.example/bridge"}
        first = [json.loads(line) for line in (out / "a.jsonl.jsonl").read_text().splitlines()]
        assert [r["duplicate_of"] for r in first] == [None, None]


def test_duplicates_survive_a_rerun_that_skips_the_first_copy(tmp_path):
    write_tree(tmp_path / "in", 3)
    (tmp_path / "in/site1/zz-copy.txt").write_text(page(0).replace("Home | World", "Menu"))
    BatchRun([tmp_path / "in"], output_dir=tmp_path / "out", options=BatchOptions(jobs=1)).run()
    (tmp_path / "out/site1/zz-copy.txt.json").unlink()
    BatchRun([tmp_path / "in"], output_dir=tmp_path / "out", options=BatchOptions(jobs=1)).run()
    record = json.loads((tmp_path / "out/site1/zz-copy.txt.json").read_text())
    assert record["duplicate_of"] == {"path": (tmp_path / "in/site0/page0000.txt").as_posix()}


def test_duplicate_of_spliced_into_a_serialised_record_gives_the_same_bytes():
    record = {"input": {"path": "a.txt"}, "text": "é\n\"x\"", "removed": [{"kind": "k", "line": 1}, {"kind": "j"}], "tags": []}
    for duplicate_of in (None, {"path": "ü/b.jsonl", "record": 3, "url": "https://ex.com/\"q\""}):
        full = {**record, "duplicate_of": duplicate_of}
        assert json.loads(dumps_page(full)) == full and json.loads(dumps_line(full)) == full
        assert with_duplicate(dumps_page(record), duplicate_of) == dumps_page(full)
        assert with_duplicate(dumps_line(record), duplicate_of) == dumps_line(full)


def test_a_page_file_has_a_line_per_key_and_per_list_item():
    lines = dumps_page({"text": "a\nb", "removed": [{"kind": "k"}, {"kind": "j"}], "tags": []}).splitlines()
    assert lines == ["{", '  "text": "a\\nb",', '  "removed": [', '    {"kind": "k"},', '    {"kind": "j"}', "  ],", '  "tags": []', "}"]


def test_a_copy_written_by_a_worker_but_never_marked_is_marked_on_the_rerun(tmp_path):
    # Workers write one-page outputs; the parent marks a duplicate afterwards.
    # A run killed in between leaves the copy unmarked: the rerun must mark it.
    write_tree(tmp_path / "in", 3)
    (tmp_path / "in/site1/zz-copy.txt").write_text(page(0).replace("Home | World", "Menu"))
    out = tmp_path / "out"
    BatchRun([tmp_path / "in"], output_dir=out, options=BatchOptions(jobs=2)).run()
    copy = out / "site1/zz-copy.txt.json"
    marked = copy.read_bytes()
    record = json.loads(marked)
    assert record["duplicate_of"] == {"path": (tmp_path / "in/site0/page0000.txt").as_posix()}
    record["duplicate_of"] = None  # what the worker wrote before the parent saw it
    written = copy.stat().st_mtime_ns  # an output carries its input's time
    copy.write_text(dumps_page(record), encoding="utf-8")
    os.utime(copy, ns=(written, written))
    (out / "_declutter_state.jsonl").unlink()  # a killed run never saved its state
    summary = BatchRun([tmp_path / "in"], output_dir=out, options=BatchOptions(jobs=1)).run()
    assert summary.skipped == summary.pages  # nothing was cleaned again
    assert copy.read_bytes() == marked
