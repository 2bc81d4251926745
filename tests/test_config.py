"""The settings file (issue 20): loading and its errors, the rules' effect, presets,
batch stamps, threads, --extractor."""
from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from click.testing import CliRunner

from declutter import ConfigError, Settings, clean
from declutter.batch import BatchOptions, BatchRun
from declutter.cli.main import main
from declutter.config import load_settings
from declutter.config.compiled import pattern_problem
from declutter.phrases import exponential_reason

from .conftest import SAMPLES

PAGE = (
    "Trams will run all night at weekends\nTrams will run all night at weekends\nEvening Post 12/03/2024\n"
    "Trams will run through the night on Fridays and Saturdays from the summer, after councillors voted for a trial.\n"
    "Night Tram Special: save 20% on a weekend pass\n"
    "The decision follows a campaign organised by workers in the city centre.\n"
    "Advertisement\nWritten by: Ann Smith\n"
)


def write(tmp_path: Path, text: str, name: str = "cfg.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def config_error(tmp_path: Path, text: str) -> str:
    with pytest.raises(ConfigError) as caught:
        load_settings(write(tmp_path, text))
    return str(caught.value)


def test_unknown_key_names_it_the_valid_keys_file_and_line(tmp_path):
    message = config_error(tmp_path, "keep = []\n\n[content]\nthresold = 0.5\n")
    assert "cfg.toml, line 4" in message and "'thresold'" in message and "[content]" in message
    assert "valid keys: threshold, fragment_words" in message
    message = config_error(tmp_path, 'keep = []\n[sites."*.example.com"]\npromos = ["x"]\n')
    assert "line 3" in message and "'promos'" in message and "promo," in message
    assert "at the top level" in config_error(tmp_path, "[contnet]\nthreshold = 1\n")


def test_bad_values_name_the_key_and_the_type(tmp_path):
    assert "line 2: [content] threshold must be a number, not 'high'" in config_error(tmp_path, '[content]\nthreshold = "high"\n')
    assert "min_title_words must be a whole number" in config_error(tmp_path, "[headline]\nmin_title_words = 2.5\n")
    assert "promo must be a list of strings" in config_error(tmp_path, '[phrases.en]\npromo = "x"\n')
    assert "skip names no extractor 'nav'" in config_error(tmp_path, '[sites.a]\nskip = ["nav"]\n')
    assert "opposite presets" in config_error(tmp_path, "precision = true\nrecall = true\n")
    assert "not valid TOML" in config_error(tmp_path, "x = [")
    assert "not a valid regular expression" in config_error(tmp_path, 'keep = ["(unclosed"]\n')


@pytest.mark.parametrize("pattern", ["(a+)+", "(a*)*", "(a|aa)+", "(?:x|x)*y", "(\\w+\\s?)+"])
def test_exponential_patterns_are_refused(tmp_path, pattern):
    assert exponential_reason(pattern) is not None
    assert "exponential time" in config_error(tmp_path, f"[phrases.en]\npromo = [{json.dumps(pattern)}]\n")


@pytest.mark.parametrize("pattern", ["read more.*", "(?:foo|bar)+", "sponsored by .{1,40}", "\\d+ comments?"])
def test_linear_patterns_pass(pattern):
    assert pattern_problem(pattern) is None


def test_pyproject_found_upwards_and_the_explicit_file_wins(tmp_path, monkeypatch):
    write(tmp_path, '[project]\nname = "x"\n\n[tool.declutter.content]\nthreshold = 0.6\n', "pyproject.toml")
    (tmp_path / "a" / "b").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "a" / "b")
    assert load_settings().content.threshold == 0.6
    assert load_settings(write(tmp_path, "[content]\nthreshold = 0.4\n")).content.threshold == 0.4
    write(tmp_path / "a", '[project]\nname = "inner"\n', "pyproject.toml")  # the nearest project has no table: none
    assert load_settings() == Settings()
    write(tmp_path / "a", '[tool.declutter.content]\nthreshold = "z"\n', "pyproject.toml")
    with pytest.raises(ConfigError, match=r"pyproject.toml, line 2: \[tool.declutter.content\] threshold must be a number"):
        load_settings()


def test_presets_move_the_cut_in_their_direction_and_the_file_wins(tmp_path):
    default = Settings().content
    precise, loose = load_settings(preset="precision", start=tmp_path).content, load_settings(preset="recall", start=tmp_path).content
    assert precise.threshold > 0.55 > loose.threshold and precise.rescue_threshold > default.rescue_threshold > loose.rescue_threshold
    path = write(tmp_path, "recall = true\n[content]\nthreshold = 0.5\n")
    assert load_settings(path).content.threshold == 0.5 and load_settings(path).content.rescue_threshold == loose.rescue_threshold
    assert load_settings(path, preset="precision").content.rescue_threshold == precise.rescue_threshold


def test_rules_drop_keep_and_give_fields(tmp_path):
    path = write(tmp_path, """
keep = ["^advertisement$"]
[phrases.en]
promo = ["night tram special: .*"]
[phrases.xx]
promo = ["the decision follows .*"]
[sites."*.eveningpost.co.uk"]
author = "written by: (?P<value>.+)"
newsletter = ["trams will run through .*"]
""")
    settings = load_settings(path)
    doc = clean(PAGE, settings=settings, url="https://www.eveningpost.co.uk/a")
    by_line = {b.line: b for b in doc.blocks}
    assert (by_line[5].kind, by_line[5].by, str(by_line[5].rule)) == ("promo", "site-rules", f"{path} [phrases.en] promo")
    assert by_line[4].kind == "newsletter" and by_line[4].rule.section == 'sites."*.eveningpost.co.uk"'
    assert by_line[6].kept  # [phrases.xx]: not a language of this page
    assert by_line[7].kept and by_line[7].rule.key == "keep"  # the books would drop it as advertisement
    assert doc.author == "Ann Smith" and doc.origins["author"].how == "site-rule" and by_line[8].kind == "byline"
    other = clean(PAGE, settings=settings, url="https://example.org/a")  # another site: only the general rules
    assert [b.kind for b in other.blocks][3] is None
    assert clean(PAGE).to_dict() == clean(PAGE, settings=Settings()).to_dict()


def test_a_site_named_by_its_source_and_its_skip(tmp_path):
    page = "Storm hits coast\nStorm hits coast\nTelegraph08-04-2025\nThe storm hit the coast on Monday night.\nPuzzles: play today\n"
    path = write(tmp_path, '[sites."telegraph"]\ntitle = "storm .*"\npromo = ["puzzles: .*"]\nskip = ["published"]\n')
    doc = clean(page, settings=load_settings(path))
    assert doc.source == "Telegraph" and doc.blocks[4].kind == "promo" and doc.blocks[4].rule is not None
    assert doc.published is None  # "published" skipped
    assert doc.title == "Storm hits coast" and doc.origins["title"].how == "site-rule"


def test_explain_shows_the_rule_column_only_with_rules(tmp_path):
    page = write(tmp_path, PAGE, "page.txt")
    config = write(tmp_path, '[phrases.en]\npromo = ["night tram special: .*"]\n')
    runner = CliRunner(env={"COLUMNS": "200"})
    plain = runner.invoke(main, ["explain", str(page)])
    ruled = runner.invoke(main, ["explain", str(page), "--config", str(config)])
    assert plain.exit_code == ruled.exit_code == 0
    assert "cfg.toml" not in plain.stdout
    line = next(row for row in ruled.stdout.splitlines() if "Night Tram" in row)
    assert "drop promo" in line and "site-rules" in line and f"{config} [phrases.en] promo" in line
    bad = runner.invoke(main, ["clean", str(page), "--config", str(write(tmp_path, "[content]\nx = 1\n", "bad.toml"))])
    assert bad.exit_code == 2 and "bad.toml, line 2: unknown key 'x'" in bad.stderr
    missing = runner.invoke(main, ["clean", str(page), "--config", str(tmp_path / "none.toml")])
    assert missing.exit_code == 2 and "no such settings file" in missing.stderr


def test_batch_records_the_rules_and_redoes_pages_when_they_change(tmp_path):
    pages = tmp_path / "in"
    pages.mkdir()
    for n in range(3):
        (pages / f"p{n}.txt").write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    options = BatchOptions(jobs=1)

    def run(settings: Settings):
        summary = BatchRun([pages], settings=settings, options=options, output_dir=out).run()
        return summary, json.loads((out / "_declutter_settings.json").read_text())

    first, stamp = run(Settings())
    again, same = run(Settings())
    assert first.cleaned == 3 and again.skipped == 3 and same == stamp
    ruled = load_settings(write(tmp_path, '[phrases.en]\npromo = ["night tram special: .*"]\n'))
    changed, new_stamp = run(ruled)
    assert changed.cleaned == 3 and changed.skipped == 0  # never a mix of two settings' outputs
    assert new_stamp["fingerprint"] != stamp["fingerprint"]
    assert new_stamp["settings"]["rules"]["drop"][0]["patterns"] == ["night tram special: .*"]
    record = json.loads((out / "p0.txt.json").read_text()) if (out / "p0.txt.json").exists() else json.loads((out / "p0.json").read_text())
    assert "Night Tram" not in record["text"]


def test_two_settings_in_eight_threads_give_what_each_gives_alone(tmp_path):
    config = write(tmp_path, """
keep = ["^advertisement$"]
recall = true
[phrases.en]
promo = ["night tram special: .*", "related articles"]
[sites."*.example.com"]
title = "trams will run all .*"
""")
    pages = [PAGE] + [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    variants = [Settings(), load_settings(config)]
    jobs = [(page, settings) for _ in range(4) for page in pages for settings in variants]

    def one(job):
        page, settings = job
        return clean(page, settings=settings, url="https://news.example.com/a").to_dict()

    alone = [one(job) for job in jobs]
    with ThreadPoolExecutor(8) as pool:
        together = list(pool.map(one, jobs))
    assert together == alone
    assert alone[0] != alone[1]  # the two settings differ on the page
