"""The command line, through click's CliRunner."""
import gzip
import json
import os

from click.testing import CliRunner

from declutter import __version__
from declutter.cli.main import main

from .conftest import SAMPLES

PAGE = (
    "Menu\nHome\nNews\nSport\nStorm closes schools\nBy Jo Lee\n"
    "Schools across the county were closed on Monday as the storm hit.\nAdvertisement\n"
    "Parents were told to keep children at home until Wednesday.\n"
)


def invoke(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def test_clean_prints_one_json_object(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = invoke("clean", str(page))
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["title"] == "Storm closes schools" and data["author"] == "Jo Lee"
    assert data["text"].splitlines() == [
        "Schools across the county were closed on Monday as the storm hit.",
        "Parents were told to keep children at home until Wednesday.",
    ]
    assert {"kind": "advertisement"}.items() <= data["removed"][-1].items() or any(r["kind"] == "advertisement" for r in data["removed"])


def test_stdin_text_and_markdown_formats():
    result = invoke("clean", "-", "--format", "text", input=PAGE)
    assert result.exit_code == 0 and "Advertisement" not in result.stdout and "Parents were told" in result.stdout
    result = invoke("clean", "-", "--format", "markdown", input=PAGE)
    assert result.stdout.startswith("# Storm closes schools")


def test_output_file_and_gzipped_input(tmp_path):
    page = tmp_path / "page.txt.gz"
    page.write_bytes(gzip.compress(PAGE.encode()))
    out = tmp_path / "out.json"
    result = invoke("clean", str(page), "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text())["author"] == "Jo Lee"


def test_skip_removes_an_extractor_and_unknown_names_are_usage_errors():
    result = invoke("clean", "-", "--format", "text", "--skip", "boilerplate", input=PAGE)
    assert "Advertisement" in result.stdout
    result = invoke("clean", "-", "--skip", "nope", input=PAGE)
    assert result.exit_code == 2 and "no extractor named 'nope'" in result.stderr


def test_monthfirst_flag_reads_ambiguous_dates_month_first():
    page = "04/08/2025\nA short note.\n"
    assert json.loads(invoke("clean", "-", input=page).stdout)["published"] == "2025-08-04"
    data = json.loads(invoke("clean", "-", "--monthfirst", input=page).stdout)
    assert data["published"] == "2025-04-08" and data["published_guessed"] is True


def test_missing_file_is_a_usage_error_in_one_line(tmp_path):
    result = invoke("clean", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "no such file" in result.stderr
    assert "Traceback" not in result.output


def test_binary_file_fails_with_a_clear_message(tmp_path):
    blob = tmp_path / "image.png"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    result = invoke("clean", str(blob))
    assert result.exit_code == 1 and "not a text or HTML page" in result.stderr
    assert result.stdout == ""


def test_empty_page_gives_empty_text_and_a_warning(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = invoke("clean", str(empty))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["text"] == ""
    assert "warning" in result.stderr and "empty" in result.stderr


def test_explain_lists_every_block_and_only_removed_filters():
    sample = str(SAMPLES / "syndication-advertisement.txt")
    full = invoke("explain", sample, "--no-color")
    fields, lines = full.stdout.splitlines()[:4], full.stdout.splitlines()[4:]
    assert full.exit_code == 0 and len(lines) == 21
    assert fields[0].startswith("title: Wildfire smoke") and "printed-twice" in fields[0]
    assert fields[1] == "source: The Associated Press  (line 10, meta-line)"
    assert any(" keep " in line for line in lines) and any("advertisement" in line and "boilerplate" in line for line in lines)
    removed = invoke("explain", sample, "--only-removed").stdout.splitlines()[4:]
    assert removed and all(" drop " in line for line in removed)
    assert "\x1b[" not in full.stdout
    assert "\x1b[" in invoke("explain", sample, "--color").stdout


def test_version_and_help():
    assert __version__ in invoke("--version").stdout
    helptext = invoke("clean", "--help").stdout
    assert "Examples:" in helptext and "--skip" in helptext


def test_extractors_command_lists_the_pipeline():
    names = invoke("extractors").stdout.split()
    assert names[0] == "language" and "content" in names


def test_read_page_reads_a_file_as_the_command_does_and_clean_takes_gzip_bytes(tmp_path):
    import gzip

    import declutter

    text = "Trams will run all night\\nTrams will run through the night on Fridays and Saturdays from the summer, after a vote.\\n"
    (tmp_path / "p.txt.gz").write_bytes(gzip.compress(text.encode()))
    assert declutter.read_page(tmp_path / "p.txt.gz") == text.encode()
    assert "read_page" in declutter.__all__
    assert declutter.clean(gzip.compress(text.encode())).text == declutter.clean(text).text


def test_numpy_blas_is_kept_to_the_calling_thread_unless_the_user_chose(monkeypatch):
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    assert invoke("clean", "-", "--format", "text", input=PAGE).exit_code == 0
    assert os.environ["OPENBLAS_NUM_THREADS"] == "1"
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "4")
    assert invoke("clean", "-", "--format", "text", input=PAGE).exit_code == 0
    assert os.environ["OPENBLAS_NUM_THREADS"] == "4"
