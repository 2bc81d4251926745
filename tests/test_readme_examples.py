"""README.md's "Tuning a site" and "Adding an extractor" examples, run as written there."""
from __future__ import annotations

import re
import shlex
import sys

from click.testing import CliRunner

from declutter.cli.main import main

from .conftest import ROOT

_BLOCK = re.compile(r"```(\w*)\n(.*?)\n```", re.S)


def section(title: str) -> list[tuple[str, str]]:
    """The fenced blocks (language, text) of README.md's section ``title``."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    body = text.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]
    return _BLOCK.findall(body)


def explain(args: list[str], cwd) -> str:
    result = CliRunner(env={"COLUMNS": "200"}).invoke(main, ["explain", *args])
    assert result.exit_code == 0, result.output
    return result.stdout.rstrip("\n")


def test_tuning_a_site(tmp_path, monkeypatch):
    (_, page), (_, before), (_, config), (_, after) = section("Tuning a site")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_text(page + "\n", encoding="utf-8")
    (tmp_path / "post.toml").write_text(config + "\n", encoding="utf-8")
    url = ["--url", "https://www.eveningpost.co.uk/news/trams"]
    assert explain(["page.txt", *url], tmp_path) == before
    assert explain(["page.txt", *url, "--config", "post.toml"], tmp_path) == after


def test_adding_an_extractor(tmp_path, monkeypatch):
    (_, module), (_, usage), (shell, command) = section("Adding an extractor")[:3]
    assert shell == "sh"
    (tmp_path / "shouting.py").write_text(module + "\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.chdir(tmp_path)
    monkeypatch.delitem(sys.modules, "shouting", raising=False)
    exec(compile(usage, "README usage", "exec"), {})  # its assert checks the drop
    (tmp_path / "page.txt").write_text("Storm closes schools\nBREAKING NEWS\nSchools were closed on Monday.\n", encoding="utf-8")
    args = shlex.split(command)
    assert args[:3] == ["PYTHONPATH=.", "declutter", "explain"]
    lines = explain(args[3:], tmp_path).splitlines()
    assert any("drop shouting" in line and "BREAKING NEWS" in line for line in lines)
