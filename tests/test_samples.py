"""Golden tests: every samples/<name>.txt|.html|.md beside its <name>.expected.json.

A new case is a new pair of files; nothing here changes.
"""
from __future__ import annotations

import json
import re

import pytest

from declutter import clean

from .conftest import SAMPLES

CASES = sorted(SAMPLES.glob("*.expected.json"))


def _norm(text):
    return re.sub(r"\s+", " ", text or "").strip()


def test_there_are_at_least_six_samples():
    assert len(CASES) >= 6


def test_every_kind_of_input_has_a_sample():
    inputs = {json.loads(p.read_text(encoding="utf-8"))["input"].rpartition(".")[2] for p in CASES}
    assert {"txt", "md"} <= inputs


@pytest.mark.parametrize("spec_path", CASES, ids=[p.name.split(".")[0] for p in CASES])
def test_sample_cleans_as_expected(spec_path):
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    page = (SAMPLES / spec["input"]).read_bytes()
    doc = clean(page)

    for key in ("title", "source", "published", "author", "language", "input_format"):
        if key in spec:
            assert getattr(doc, key) == spec[key], key
    paragraphs = [_norm(line) for line in doc.text.splitlines() if line.strip()]
    assert paragraphs == [_norm(p) for p in spec["paragraphs"]]
    for leftover in spec["must_not_contain"]:
        assert leftover not in doc.text, leftover
    assert [r.title for r in doc.related] == [r["title"] for r in spec["related"]]
    for got, want in zip(doc.related, spec["related"]):
        for key in ("source", "age"):
            if key in want:
                assert getattr(got, key) == want[key], (want["title"], key)
    kinds = {r["kind"] for r in doc.removed}
    assert set(spec["removed_kinds"]) <= kinds
    if spec.get("unchanged"):
        assert doc.removed == []
        assert doc.text.split("\n") == page.decode("utf-8").strip().split("\n")
