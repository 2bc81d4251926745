"""Wrong arguments and options are DeclutterErrors with a clear message, raised before anything runs."""
from __future__ import annotations

import io

import pytest
from click.testing import CliRunner

from declutter import clean
from declutter.batch import BatchError, BatchOptions, BatchRun, ConfigError, DedupSettings, TemplateSettings
from declutter.cli.main import main
from declutter.errors import DeclutterError
from declutter.render import render

from .batch_pages import write_tree


@pytest.fixture
def inputs(tmp_path):
    write_tree(tmp_path / "in", 2)
    return tmp_path / "in"


def _config_error(make, *words):
    with pytest.raises(ConfigError) as caught:
        make()
    message = str(caught.value)
    assert all(word in message for word in words), message


def test_inputs_must_be_a_list_of_existing_paths(inputs, tmp_path):
    out = tmp_path / "out"
    _config_error(lambda: BatchRun([], output_dir=out), "no inputs")
    _config_error(lambda: BatchRun(output_dir=out), "no inputs")
    _config_error(lambda: BatchRun(str(inputs), output_dir=out), "list", "not one path")
    _config_error(lambda: BatchRun(inputs, output_dir=out), "list", "not one path")
    _config_error(lambda: BatchRun(42, output_dir=out), "list", "int")
    _config_error(lambda: BatchRun([inputs, 7], output_dir=out), "path", "7")
    _config_error(lambda: BatchRun([tmp_path / "nope"], output_dir=out), "no such file or folder", "nope")


def test_exactly_one_destination(inputs, tmp_path):
    (tmp_path / "file").write_text("x")
    _config_error(lambda: BatchRun([inputs], output_dir=tmp_path / "file"), "is a file")
    _config_error(lambda: BatchRun([inputs], output_dir=tmp_path / "o", jsonl=tmp_path / "a.jsonl"), "not both")
    _config_error(lambda: BatchRun([inputs], jsonl=tmp_path), "is a folder")
    _config_error(lambda: BatchRun([inputs]), "where the records go")
    _config_error(lambda: BatchRun([inputs], jsonl="-"), "where the records go")
    _config_error(lambda: BatchRun([inputs], stdout=42), "text stream")
    _config_error(lambda: BatchRun([inputs], output_dir=3.5), "output_dir", "path")


def test_settings_options_and_callbacks_of_the_right_kind(inputs, tmp_path):
    out = tmp_path / "out"
    _config_error(lambda: BatchRun([inputs], output_dir=out, settings="fast"), "settings", "Settings")
    _config_error(lambda: BatchRun([inputs], output_dir=out, options={"jobs": 2}), "options", "BatchOptions")
    _config_error(lambda: BatchRun([inputs], output_dir=out, on_progress="print"), "on_progress")
    _config_error(lambda: BatchRun([inputs], output_dir=out, on_failure=1), "on_failure")


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda: BatchOptions(jobs=0), ("jobs", "at least 1")),
        (lambda: BatchOptions(jobs=-2), ("jobs", "at least 1")),
        (lambda: BatchOptions(jobs="2"), ("jobs", "int")),
        (lambda: BatchOptions(jobs=True), ("jobs", "int")),
        (lambda: BatchOptions(timeout=-1.0), ("timeout", "above 0")),
        (lambda: BatchOptions(timeout=0), ("timeout", "None: no limit")),
        (lambda: BatchOptions(input_format="pdf"), ("input_format", "html")),
        (lambda: BatchOptions(chunk_pages=0), ("chunk_pages",)),
        (lambda: BatchOptions(in_flight_per_job=0), ("in_flight_per_job",)),
        (lambda: BatchOptions(templates=None), ("templates", "TemplateSettings")),
        (lambda: TemplateSettings(min_share=1.5), ("min_share",)),
        (lambda: TemplateSettings(count_error=0.5), ("count_error", "min_share")),
        (lambda: DedupSettings(threshold=0), ("threshold",)),
        (lambda: DedupSettings(num_perm=0), ("num_perm",)),
    ],
)
def test_bad_option_values(make, words):
    _config_error(make, *words)


def test_an_unknown_output_format():
    _config_error(lambda: render(clean("A line of text.\n"), "xml"), "unknown format", "json")


def test_the_cli_turns_config_errors_into_one_line_and_exit_2(inputs, tmp_path):
    (tmp_path / "file").write_text("x")
    for args in (["-o", tmp_path / "file"], ["-o", tmp_path / "o", "--jsonl", tmp_path / "x.jsonl"], [tmp_path / "nope"]):
        result = CliRunner().invoke(main, ["clean", str(inputs), *map(str, args)])
        assert result.exit_code == 2, result.output
        assert result.stdout == "" and result.stderr.count("\n") == 1 and result.stderr.startswith("declutter: ")
        assert result.exception is None or isinstance(result.exception, SystemExit)


def test_every_error_here_is_a_declutter_error_not_a_builtin_one(inputs):
    assert issubclass(ConfigError, DeclutterError)
    assert not issubclass(ConfigError, (ValueError, TypeError, AttributeError))
    BatchRun([inputs], stdout=io.StringIO())  # a stream alone is a destination


def test_an_output_folder_that_cannot_be_made_stops_the_run_with_a_batch_error(inputs, tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(BatchError, match="cannot write"):
        BatchRun([inputs], output_dir=tmp_path / "file" / "out").run()
    result = CliRunner().invoke(main, ["clean", str(inputs), "-o", str(tmp_path / "file" / "out"), "-q"])
    assert result.exit_code == 1 and "cannot write" in result.stderr and "Traceback" not in result.output
