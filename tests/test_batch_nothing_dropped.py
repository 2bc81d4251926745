"""Nothing left out silently: links, unreadable folders, unknown file names, file:// WARC records, -o as an input."""
from __future__ import annotations

import io
import json
import os

from click.testing import CliRunner
from warcio.warcwriter import WARCWriter

from declutter.batch.discover import Discovery
from declutter.cli.main import main

from .batch_pages import page


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_a_link_to_itself_skips_only_that_link(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in/a.txt").write_text(page(1))
    (tmp_path / "in/z.txt").write_text(page(2))
    os.symlink("loop", tmp_path / "in/loop")
    os.symlink("nowhere.txt", tmp_path / "in/m.txt")
    found = Discovery([tmp_path / "in"])
    assert [s.rel for s in found] == ["a.txt", "z.txt"]
    assert found.skipped == {"broken link": 2}


def test_an_unreadable_folder_is_named_and_fails_the_run(tmp_path, monkeypatch):
    (tmp_path / "in/secret").mkdir(parents=True)
    (tmp_path / "in/a.txt").write_text(page(1))
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("secret"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr("declutter.batch.discover.os.scandir", scandir)
    result = invoke("clean", tmp_path / "in", "-o", tmp_path / "out", "-j", "1", "-q")
    assert result.exit_code == 1
    assert f"{(tmp_path / 'in/secret').as_posix()}: cannot read the folder: Permission denied" in result.output
    report = json.loads((tmp_path / "out/_declutter_report.json").read_text())
    secret = {"path": (tmp_path / "in/secret").as_posix()}
    assert report["failures"] == [{"input": secret, "reason": "cannot read the folder: Permission denied"}]


def test_unknown_file_names_are_read_when_named_and_sniffed_in_folders(tmp_path):
    (tmp_path / "in").mkdir()
    for name in ("index.php", "a.shtml", "b.xhtml", "page.html?id=3"):
        (tmp_path / "in" / name).write_text(page(3))
    (tmp_path / "in/logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    found = Discovery([tmp_path / "in"])
    assert sorted(s.rel for s in found) == ["a.shtml", "b.xhtml", "index.php", "page.html?id=3"]
    assert found.skipped == {"unknown kind (.png)": 1}
    result = invoke("clean", tmp_path / "in/index.php", "--input-format", "text", "--format", "text")
    assert result.exit_code == 0 and "Story 3" in result.output


def test_a_warc_response_with_a_file_url_is_a_page(tmp_path):
    path = tmp_path / "in/crawl.warc"
    path.parent.mkdir()
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        payload = io.BytesIO(page(4).encode())
        writer.write_record(writer.create_warc_record("file:///data/page4.txt", "response", payload=payload))
    result = invoke("clean", path, "--jsonl", "-", "-q")
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert record["input"]["url"] == "file:///data/page4.txt" and record["text"]


def test_an_output_folder_that_is_the_input_is_a_usage_error(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in/a.txt").write_text(page(1))
    result = invoke("clean", tmp_path / "in", "-o", tmp_path / "in")
    assert result.exit_code == 2
    assert "is also an input" in result.output


def test_explain_on_a_folder_is_a_usage_error(tmp_path):
    result = invoke("explain", tmp_path)
    assert result.exit_code == 2 and "is a folder" in result.output


def test_an_output_with_a_trailing_slash_is_a_folder(tmp_path):
    (tmp_path / "a.txt").write_text(page(1))
    result = invoke("clean", tmp_path / "a.txt", "-o", f"{tmp_path / 'newdir'}/", "-q")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "newdir").is_dir() and (tmp_path / "newdir/a.txt.json").is_file()


def test_a_closed_stdout_ends_the_run_quietly(tmp_path):
    import subprocess
    import sys

    (tmp_path / "in").mkdir()
    for i in range(40):
        (tmp_path / f"in/p{i:02d}.txt").write_text(page(i))
    command = f"{sys.executable} -c 'from declutter.cli import main; main()' clean {tmp_path / 'in'} --jsonl - -j 1 | head -c 10"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, env=env)
    assert done.returncode == 0, done.stderr.decode()
    assert b"Broken pipe" not in done.stderr and b"Traceback" not in done.stderr
