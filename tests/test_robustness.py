"""Issue 19: bad input, signals and full disks never crash a batch, hang it, or destroy a file.

Signal tests wait for events (polling, bounded), never for a time.
"""
from __future__ import annotations

import errno
import gzip
import json
import os
import signal
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from declutter import clean
from declutter.batch import BatchError, BatchOptions, BatchRun, ConfigError
from declutter.batch import output as output_module
from declutter.batch.discover import REPORT_NAME, STAMP_NAME, Discovery, Source
from declutter.batch.output import NAME_MAX, TEMP_EXTRA, OutputDir, short_name
from declutter.batch.readers import PageError, PageInput, read_pages
from declutter.batch.state import STATE_NAME
from declutter.batch.worker import PageTimeoutError, time_limit
from declutter.cli.main import main
from declutter.errors import DeclutterError, InputError

from .batch_pages import page, write_jsonl, write_tree, write_warc

CLI = [sys.executable, "-c", "from declutter.cli import main; main()", "clean"]
POLLS, POLL_SECONDS = 24_000, 0.005  # at most 120 s


def invoke(*args):
    return CliRunner().invoke(main, ["clean", *map(str, args)])


def _poll(done, what: str) -> None:
    for _ in range(POLLS):
        if done():
            return
        time.sleep(POLL_SECONDS)
    raise AssertionError(f"never happened: {what}")


# -- 1. inputs are never overwritten ---------------------------------------------------
def test_an_output_equal_to_an_input_is_a_usage_error(tmp_path):
    feed = tmp_path / "t" / "feed.jsonl"
    write_jsonl(feed, [{"text": page(1)}])
    a = tmp_path / "a.txt"
    a.write_text(page(2))
    before = feed.read_bytes(), a.read_bytes()
    for args in (
        [feed, "--jsonl", feed],
        [a, "-o", a],
        [a, feed, "--jsonl", a],
        [tmp_path / "t", "-o", tmp_path / "t"],
        [tmp_path / "t", "-o", tmp_path / "t" / ".." / "t"],  # compared resolved
    ):
        result = invoke(*args)
        assert result.exit_code == 2, (args, result.output)
        assert "input" in result.stderr
    assert (feed.read_bytes(), a.read_bytes()) == before
    with pytest.raises(ConfigError):
        BatchRun([tmp_path / "t"], output_dir=tmp_path / "t")


def test_an_earlier_output_folder_inside_the_inputs_is_not_read(tmp_path):
    write_tree(tmp_path / "in", 2)
    write_jsonl(tmp_path / "in" / "feed.jsonl", [{"text": page(5)}])
    assert invoke(tmp_path / "in", "-o", tmp_path / "old", "-q").exit_code == 0
    os.rename(tmp_path / "old", tmp_path / "in" / "old")  # holds feed.jsonl.jsonl: JSONL, if read
    result = invoke(tmp_path / "in", "--jsonl", tmp_path / "all.jsonl")
    assert result.exit_code == 0, result.output
    assert len((tmp_path / "all.jsonl").read_text().splitlines()) == 3
    assert "earlier output folder 1" in result.stderr


# -- 2. one bad record never stops a batch -------------------------------------------------
def _run_jsonl(tmp_path, inputs, jobs=1):
    failures = []
    summary = BatchRun(inputs, jsonl=tmp_path / "out.jsonl", options=BatchOptions(jobs=jobs), on_failure=failures.append).run()
    return summary, failures


def test_a_bad_url_fails_nothing(tmp_path):
    write_jsonl(tmp_path / "in" / "feed.jsonl", [{"text": page(1), "url": "http://[::1/news"}, {"text": page(2)}])
    write_warc(tmp_path / "in" / "crawl.warc.gz", [("html", "http://[::1/news", f"<html><body><p>{page(3)}</p></body></html>")])
    summary, failures = _run_jsonl(tmp_path, [tmp_path / "in"])
    assert summary.cleaned == 3 and not failures


def test_lone_surrogates_never_reach_the_text():
    assert clean("\ud800").text in ("", "\ufffd")
    assert "\ud800" not in clean("A page \ud800 with a lone surrogate in it.\nAnd more text here.").text
    assert "\U0001f600" in clean("Smile \ud83d\ude00 please, it is a fine day for it.").text  # a pair is its character


def test_a_file_name_that_is_not_utf8(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")
    (folder / name).write_text(page(1))
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)  # a failure, so the name appears in the report
    os.rename(folder / "bad.txt", folder / os.fsdecode(b"b\xe9d.txt"))
    result = invoke(folder, "-o", tmp_path / "out", "-q")
    assert result.exit_code == 1, result.output
    report = json.loads((tmp_path / "out" / "_declutter_report.json").read_text(encoding="utf-8"))
    assert report["failures"][0]["input"]["path"].endswith(os.fsdecode(b"b\xe9d.txt"))
    record = json.loads((tmp_path / "out" / (name + ".json")).read_text(encoding="utf-8"))
    assert record["input"]["path"].endswith(name)


def test_long_names_are_shortened_without_collisions(tmp_path):
    long_a, long_b = "a" * 240 + "1.txt", "a" * 240 + "2.txt"
    for name in (long_a, long_b):
        assert len(short_name(name + ".json", ".json").encode()) + TEMP_EXTRA <= NAME_MAX
    assert short_name(long_a + ".json", ".json") != short_name(long_b + ".json", ".json")
    assert short_name("é" * 200 + ".json", ".json").endswith(".json")  # cut at a character boundary
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / long_a).write_text(page(1))
    (folder / long_b).write_text(page(2))
    summary = BatchRun([folder], output_dir=tmp_path / "out", options=BatchOptions(jobs=1)).run()
    assert summary.cleaned == 2 and not summary.failures
    assert len(list((tmp_path / "out").glob("a*.json"))) == 2
    rerun = BatchRun([folder], output_dir=tmp_path / "out", options=BatchOptions(jobs=1)).run()
    assert rerun.skipped == 2


def test_deeply_nested_json_and_a_bare_html_tag_fail_one_record_each(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "feed.jsonl").write_text("[" * 200_000 + "\n" + json.dumps({"text": page(1)}) + "\n")
    (tmp_path / "in" / "only.html").write_text("<html>")
    (tmp_path / "in" / "ok.txt").write_text(page(2))
    summary, failures = _run_jsonl(tmp_path, [tmp_path / "in"])
    assert summary.cleaned >= 2 and [f.input.get("record") for f in failures if "feed" in f.input["path"]] == [1]
    doc = None
    try:
        doc = clean("<html>")
    except InputError:
        pass
    assert doc is None or doc.text == "" and doc.warnings
    result = invoke(tmp_path / "in" / "only.html")
    assert result.exit_code in (0, 1) and "Traceback" not in result.output


# -- 4. size limits -----------------------------------------------------------------------
def test_size_limits_name_the_limit(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "big.txt.gz").write_bytes(gzip.compress(b"word " * 400_000))  # 2 MB unpacked
    (folder / "feed.jsonl").write_bytes(b'{"text": "' + b"x" * 3_000_000 + b'"}\n' + json.dumps({"text": page(1)}).encode() + b"\n")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "ok.txt").write_text(page(2))
    failures = []
    options = BatchOptions(jobs=1, max_bytes=1_000_000, follow_links=True)
    summary = BatchRun([folder], jsonl=tmp_path / "o.jsonl", options=options, on_failure=failures.append).run()
    assert summary.cleaned == 2
    assert len(failures) == 2 and all("1,000,000 bytes" in f.reason for f in failures)
    assert summary.inputs_skipped["not a regular file"] == 1  # /dev/zero is never read
    with pytest.raises(InputError, match="limit"):
        clean(gzip.compress(b"a" * 2_000_000), max_bytes=1_000_000)
    result = invoke(folder / "zero.txt", "--max-bytes", "1000")
    assert result.exit_code == 1 and "1,000 bytes" in result.stderr


# -- 5. --timeout is a hard limit ---------------------------------------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_skipped_not_waited_for(tmp_path):
    write_tree(tmp_path / "in", 2)
    os.mkfifo(tmp_path / "in" / "pipe.txt")
    summary, failures = _run_jsonl(tmp_path, [tmp_path / "in"])
    assert summary.cleaned == 2 and summary.inputs_skipped["not a regular file"] == 1
    summary, failures = _run_jsonl(tmp_path, [tmp_path / "in" / "pipe.txt", tmp_path / "in" / "site0"])
    assert summary.inputs_skipped["not a regular file"] == 1


def test_the_timeout_is_not_an_exception_that_a_catch_all_swallows():
    assert not issubclass(PageTimeoutError, Exception)
    caught = []
    with pytest.raises(PageTimeoutError), time_limit(0.05):
        while True:
            try:
                sum(range(10_000))
            except Exception as exc:  # what trafilatura and readability do
                caught.append(exc)
    assert caught == []


# -- 6. damaged containers are reported ---------------------------------------------------
def _warc_bytes(tmp_path, gz, count=10):
    path = tmp_path / ("w.warc.gz" if gz else "w.warc")
    write_warc(path, [("html", f"https://ex.com/{i}", f"<html><body><p>{page(i)}</p></body></html>") for i in range(count)], gz=gz)
    return path.read_bytes()


def _inside_a_middle_record(data: bytes, gz: bool) -> int:
    """An offset in the middle of a record's bytes (of its gzip member's compressed
    data, for .warc.gz): a cut there leaves that record incomplete. Half the file
    may fall between two records, or in a member's last bytes, where nothing is lost."""
    starts = _record_starts(data, gz)[:-1]
    middle = starts[len(starts) // 2]
    return middle + (starts[len(starts) // 2 + 1] - middle) // 2


def _pages(path, kind="warc"):
    return list(read_pages(Source(path, path.name, kind)))


@pytest.mark.parametrize("gz", [True, False])
def test_a_truncated_warc_names_the_cut_record(tmp_path, gz):
    data = _warc_bytes(tmp_path, gz)
    cut = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    cut.write_bytes(data[: _inside_a_middle_record(data, gz)])
    pages = _pages(cut)
    errors = [p for p in pages if isinstance(p, PageError)]
    # One cut, one failure: the cut record, named (a .warc.gz was also reported as
    # a file ending inside its compressed member, a second failure for the same cut).
    assert len(errors) == 1 and "record" in errors[0].ref and errors[0].ref["path"].endswith(cut.name), pages
    assert pages[-1] is errors[0]
    assert all(isinstance(p, PageInput) for p in pages[:-1])


def test_a_warc_cut_inside_a_records_headers_is_that_records_failure(tmp_path):
    data = _warc_bytes(tmp_path, False, count=3)
    second = data.index(b"WARC/1.0", 1)
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: data.index(b"WARC-Target-URI: ", second) + 17])  # the URI's header, without the URI
    pages = _pages(cut)
    errors = [p for p in pages if isinstance(p, PageError)]
    assert len(errors) == 1 and errors[0].ref.get("record") == 2 and "headers" in errors[0].reason, pages
    assert [type(p) for p in pages] == [PageInput, PageError]


@pytest.mark.parametrize("cut_after", [b"Content-Length:", b"Content-Length: "])
def test_a_warc_cut_right_after_content_length_is_that_records_failure(tmp_path, cut_after):
    """Cut there, the record has a Content-Length of no bytes, which warcio reads as an
    empty record: it was a page of nothing, reported as cleaned."""
    data = _warc_bytes(tmp_path, False, count=3)
    second = data.index(b"WARC/1.0", 1)
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: data.index(cut_after, second) + len(cut_after)])
    pages = _pages(cut)
    assert [type(p) for p in pages] == [PageInput, PageError], pages
    assert (pages[1].ref["path"], pages[1].ref["record"]) == (cut.as_posix(), 2) and "Content-Length" in pages[1].reason


def _record_starts(data: bytes, gz: bool) -> list[int]:
    """Where each record (each gzip member, for .warc.gz) starts, and the file's end."""
    if not gz:
        return [i for i in range(len(data)) if data.startswith(b"WARC/1.0", i)] + [len(data)]
    starts, at = [], 0
    while at < len(data):
        starts.append(at)
        member = zlib.decompressobj(16 + zlib.MAX_WBITS)
        member.decompress(data[at:])
        at = len(data) - len(member.unused_data)
    return [*starts, len(data)]


def _unpacked(member: bytes) -> bytes:
    """What a gzip member, maybe cut short, unpacks to."""
    return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(member)


@pytest.mark.parametrize("gz", [True, False])
def test_every_cut_of_a_warc_is_the_cut_records_failure(tmp_path, gz):
    """A file cut every 7 bytes: the records before the cut are pages, and the record cut
    is one failure naming the file and the record; a cut between records (or in
    a record's closing blank lines) loses nothing and fails nothing."""
    data = _warc_bytes(tmp_path, gz, count=3)
    starts = _record_starts(data, gz)
    cut = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    for end in range(1, len(data), 7):
        cut.write_bytes(data[:end])
        pages = _pages(cut)
        begun = sum(start < end for start in starts)  # the records begun before the cut
        following = min(start for start in starts if start >= end)
        if end == following or (not gz and not data[end:following].strip()):
            assert [type(p) for p in pages] == [PageInput] * begun, (end, pages)
            continue
        # In a gzip member's last bytes (its checksum and size, the end of its
        # compressed data) the record may be whole, only blank lines after it lost: the
        # record is a page, and the cut file the failure after it.
        failed = begun
        if gz and not _unpacked(data[starts[begun - 1] : following])[len(_unpacked(data[starts[begun - 1] : end])) :].strip():
            failed = begun + 1
        assert [type(p) for p in pages] == [PageInput] * (failed - 1) + [PageError], (end, pages)
        assert (pages[-1].ref["path"], pages[-1].ref["record"]) == (cut.as_posix(), failed), (end, pages)


def test_a_wrong_content_length_is_reported_quietly(tmp_path, capfd):
    data = _warc_bytes(tmp_path, False, count=3)
    first = data.index(b"Content-Length: ", data.index(b"WARC-Type: response"))
    end = data.index(b"\r\n", first)
    length = int(data[first + 16:end])
    for wrong in (length + 500, length - 30):  # swallows the next record's start; stops short of its own end
        bad = tmp_path / "bad.warc"
        bad.write_bytes(data[:first + 16] + str(wrong).encode() + data[end:])
        pages = _pages(bad)
        assert isinstance(pages[0], PageError) and pages[0].ref.get("record") == 1, pages
        assert "Content-Length" in pages[0].reason
    assert capfd.readouterr().err == ""  # warcio prints nothing


def test_warcio_still_calls_the_overridden_private_method(tmp_path, capfd):
    """readers.py's quiet WARC iterator overrides warcio's private _consume_blanklines
    (warcio has no public way to hear of a misaligned record without it printing): if
    warcio renames it, stops calling it or stops printing there, this fails, not quietly."""
    import contextlib
    import inspect

    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from declutter.batch.readers import _iterator_class

    hook = getattr(ArchiveIterator, "_consume_blanklines", None)
    assert hook is not None, "warcio no longer has _consume_blanklines: revisit readers._iterator_class"
    assert list(inspect.signature(hook).parameters) == ["self"]
    assert "self._consume_blanklines()" in inspect.getsource(ArchiveIterator)
    data = _warc_bytes(tmp_path, False, count=3)
    first = data.index(b"Content-Length: ", data.index(b"WARC-Type: response"))
    end = data.index(b"\r\n", first)
    bad = tmp_path / "bad.warc"
    bad.write_bytes(data[:first + 16] + str(int(data[first + 16:end]) - 30).encode() + data[end:])
    with open(bad, "rb") as handle, contextlib.suppress(ArchiveLoadFailed):  # the next record is then garbled
        plain = ArchiveIterator(handle)
        for _ in plain:
            pass
    assert plain.err_count > 0 and capfd.readouterr().err != ""  # warcio's own: prints the misalignment
    with open(bad, "rb") as handle, contextlib.suppress(ArchiveLoadFailed):
        quiet = _iterator_class()(handle)
        for _ in quiet:
            pass
    assert quiet.misaligned is not None and quiet.err_count > 0  # the override: notes it
    assert capfd.readouterr().err == ""  # ...and prints nothing

# -- 7. concurrent runs and full disks -------------------------------------------------------
def test_a_second_run_on_the_same_output_folder_is_refused(tmp_path):
    write_tree(tmp_path / "in", 2)
    holder = OutputDir(tmp_path / "out")
    (tmp_path / "out").mkdir()
    lock = holder.lock()
    try:
        with pytest.raises(BatchError, match="another declutter run"):
            BatchRun([tmp_path / "in"], output_dir=tmp_path / "out", options=BatchOptions(jobs=1)).run()
        result = invoke(tmp_path / "in", "-o", tmp_path / "out", "-j", "1")
        assert result.exit_code == 1 and "another declutter run" in result.stderr
    finally:
        lock.release()
    assert BatchRun([tmp_path / "in"], output_dir=tmp_path / "out", options=BatchOptions(jobs=1)).run().cleaned == 2
    assert not (tmp_path / "out" / output_module.LOCK_NAME).exists()


def test_a_full_disk_stops_the_run_with_one_message(tmp_path, monkeypatch):
    write_tree(tmp_path / "in", 6)
    calls = []

    def full(path, text, mtime_ns=None):
        calls.append(path)
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr("declutter.batch.worker.write_atomic", full)
    result = invoke(tmp_path / "in", "-o", tmp_path / "out", "-j", "1", "-q")
    assert result.exit_code == 1
    assert len(calls) == 1  # stopped at the first
    lines = [line for line in result.stderr.splitlines() if "No space left" in line]
    assert len(lines) == 1 and str(calls[0]) in lines[0]


def test_a_single_page_output_is_written_whole_or_not_at_all(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(page(1))
    (tmp_path / "a.json").write_text("old")

    def broken_replace(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output_module.os, "replace", broken_replace)
    result = invoke(tmp_path / "a.txt", "-o", tmp_path / "a.json")
    assert result.exit_code == 1
    assert (tmp_path / "a.json").read_text() == "old" and not list(tmp_path.glob(".*"))


# -- 8. freshness and links ------------------------------------------------------------------
def test_an_input_replaced_by_an_older_file_is_redone(tmp_path):
    write_tree(tmp_path / "in", 2)
    target = tmp_path / "in" / "site0" / "page0000.txt"
    out = tmp_path / "out"
    BatchRun([tmp_path / "in"], output_dir=out, options=BatchOptions(jobs=1)).run()
    target.write_text(page(77))
    old = target.stat().st_mtime_ns - 10**12  # a thousand seconds older than before
    os.utime(target, ns=(old, old))
    summary = BatchRun([tmp_path / "in"], output_dir=out, options=BatchOptions(jobs=1)).run()
    assert summary.cleaned == 1 and summary.skipped == 1
    assert "Story 77" in (out / "site0" / "page0000.txt.json").read_text()


def test_links_outside_the_inputs_are_followed_only_when_asked(tmp_path):
    write_tree(tmp_path / "in", 2)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "x.txt").write_text(page(9))
    (tmp_path / "in" / "outside").symlink_to(tmp_path / "elsewhere")
    (tmp_path / "in" / "inside.txt").symlink_to(tmp_path / "in" / "site0" / "page0000.txt")
    found = list(Discovery([tmp_path / "in"]))
    assert len(found) == 3  # the link inside the inputs is followed
    found = list(Discovery([tmp_path / "in"], follow_links=True))
    assert len(found) == 4


# -- 3. signals ----------------------------------------------------------------------------
def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(x) for x in text.split()]


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _gated_run(tmp_path, *more):
    """A -j2 run stuck at a gate: the temporary output of one page is a named pipe nobody reads."""
    write_tree(tmp_path / "in", 40, sites=1)
    gate = output_module.temp_path(tmp_path / "out" / "page0020.txt.json")
    gate.parent.mkdir(parents=True)
    os.mkfifo(gate)
    run = subprocess.Popen(
        [*CLI, str(tmp_path / "in" / "site0"), "-o", str(tmp_path / "out"), "-j", "2", *more],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )
    _poll(lambda: (tmp_path / "out" / "page0019.txt.json").exists() or run.poll() is not None, "pages before the gate")
    assert run.poll() is None, run.stderr.read().decode()
    return run, gate


linux_only = pytest.mark.skipif(not sys.platform.startswith("linux") or not hasattr(os, "mkfifo"), reason="Linux: /proc, prctl")


@linux_only
def test_sigterm_is_an_interrupt_with_its_own_exit_code(tmp_path):
    run, gate = _gated_run(tmp_path)
    run.send_signal(signal.SIGTERM)  # to the parent alone: it tells its workers
    code = run.wait(timeout=60)
    err = run.stderr.read().decode()
    assert code == 143, err
    report = json.loads((tmp_path / "out" / "_declutter_report.json").read_text())
    assert report["summary"]["interrupted"] is True
    assert [p for p in (tmp_path / "out").rglob(".*") if p != gate] == []


@linux_only
def test_a_second_ctrl_c_ends_a_run_stuck_after_the_first(tmp_path):
    """The first SIGINT stops the workers; the run then hangs writing its report (its
    temporary file is a named pipe nobody reads, as a hung network disk would hold
    it). The second SIGINT ends the command there, with no temporary file of its own."""
    run, gate = _gated_run(tmp_path)
    out = tmp_path / "out"
    report_gate = output_module.temp_path(out / REPORT_NAME)
    os.mkfifo(report_gate)
    workers = _children(run.pid)
    assert workers
    run.send_signal(signal.SIGINT)  # to the parent alone: it stops its workers, then writes its report
    # The workers are gone once the parent has taken the first signal in. The parent may still
    # be writing its state file when the second signal comes: that temporary file goes too.
    _poll(lambda: not any(_alive(pid) for pid in workers), "the workers stopped")
    assert run.poll() is None, run.stderr.read().decode()
    run.send_signal(signal.SIGINT)
    try:
        code = run.wait(timeout=60)  # without the second signal: never
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
    assert code == 128 + signal.SIGINT, run.stderr.read().decode()
    assert not (out / REPORT_NAME).exists()
    assert [p for p in out.rglob(".*") if p not in (gate, report_gate)] == []


def test_a_second_interrupt_ends_the_command_at_once(monkeypatch):
    from declutter.cli import batch as cli_batch

    exits = []

    def fake_exit(code):
        exits.append(code)
        raise SystemExit(code)

    monkeypatch.setattr(cli_batch.os, "_exit", fake_exit)
    cleaned = []
    stop = cli_batch._Stop(lambda: cleaned.append(exits.copy()))
    with pytest.raises(KeyboardInterrupt):
        stop._on_signal(signal.SIGTERM, None)
    assert stop.signum == signal.SIGTERM and exits == [] and cleaned == []
    with pytest.raises(SystemExit):
        stop._on_signal(signal.SIGINT, None)  # the second: no waiting for anything
    assert exits == [128 + signal.SIGINT]
    assert cleaned == [[]]  # the temporary files went first, then the process


@linux_only
def test_workers_end_when_the_parent_is_killed(tmp_path):
    run, _ = _gated_run(tmp_path)
    workers = _children(run.pid)
    assert workers
    os.kill(run.pid, signal.SIGKILL)  # the parent alone
    run.wait(timeout=60)
    _poll(lambda: not any(_alive(pid) for pid in workers), "the workers ended")


def test_an_interrupted_worker_gives_up_its_queued_tasks():
    from declutter.batch import worker

    worker.WorkerState.requested = True
    try:
        outcomes = worker.run_chunk([worker.HashTask("a page", None)] * 3)
    finally:
        worker.WorkerState.requested = False
    assert [o.reason for o in outcomes] == [worker.INTERRUPTED] * 3


def test_every_error_raised_is_a_declutter_error():
    for bad in (b"\x1f\x8b broken gzip", b"\x00\x01" * 500):
        with pytest.raises(DeclutterError):
            clean(bad)


def test_the_sweep_after_killed_workers_leaves_the_runs_own_files(tmp_path):
    """A killed worker's temporary output is removed; the report's, which the run
    itself may be writing at that moment, is not."""
    from declutter.batch.pools import remove_temporary_files

    (tmp_path / "site").mkdir()
    page = output_module.temp_path(tmp_path / "site" / "a.txt.json")
    report = output_module.temp_path(tmp_path / REPORT_NAME)
    for path in (page, report):
        path.write_text("{")
    remove_temporary_files(tmp_path)
    assert not page.exists() and report.exists()


def test_a_run_removes_its_own_temporary_files_when_told(tmp_path):
    """What a second Ctrl-C calls before ending the process at once: the temporary files
    of the run's report, stamp and state file and of its JSONL output are removed."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Some text of a page.\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    run = BatchRun([tmp_path / "in"], output_dir=out)
    names = (REPORT_NAME, STAMP_NAME, STATE_NAME)
    temps = [output_module.temp_path(out / name) for name in names]
    for temp in temps:
        temp.write_text("begun", encoding="utf-8")
    (out / "kept.json").write_text("{}", encoding="utf-8")
    run.remove_temporary_files()
    assert [temp for temp in temps if temp.exists()] == []
    assert (out / "kept.json").exists()
    jsonl = tmp_path / "all.jsonl"
    output_module.temp_path(jsonl).write_text("begun", encoding="utf-8")
    BatchRun([tmp_path / "in"], jsonl=jsonl).remove_temporary_files()
    assert not output_module.temp_path(jsonl).exists()
