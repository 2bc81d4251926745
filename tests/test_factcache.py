"""What is read of the phrase books' patterns is kept between processes (phrases/matching/factcache.py)."""
from __future__ import annotations

import json

from declutter.phrases import book
from declutter.phrases.matching.factcache import PREFIX, pattern_facts

LINES = [
    "Skip to content", "• Logo", "© 2024 Example Ltd. All rights reserved.", "12 Kommentare", "Related Articles",
    "Share on Facebook", "Lesen Sie auch", "The council met on Tuesday.", "Donate now to support our journalism today",
    "Foto: Max Muster / Reuters", "Photo credit: Jane Doe (AP)", "Already a subscriber? Log in",
]


def _fresh_book(languages=("en", "de", "fr")):
    book._merged_books.cache_clear()
    return book._merged_books(languages)


def _answers(phrasebook):
    return phrasebook.kinds_and_sections(LINES), [phrasebook.section_of(line) for line in LINES]


def test_a_book_built_from_the_stored_facts_answers_as_one_worked_out(tmp_path, monkeypatch):
    monkeypatch.setenv("DECLUTTER_CACHE_DIR", str(tmp_path))
    worked_out = _fresh_book()
    stored = list(tmp_path.glob(f"{PREFIX}*.json"))
    assert len(stored) == 1 and len(json.loads(stored[0].read_text())) > 500
    from_file = _fresh_book()
    assert _answers(from_file) == _answers(worked_out)
    assert [r.phrases for r in from_file.kinds] == [r.phrases for r in worked_out.kinds]
    assert from_file.any_line == worked_out.any_line


def test_a_damaged_file_or_no_cache_folder_gives_the_same_book(tmp_path, monkeypatch):
    monkeypatch.setenv("DECLUTTER_CACHE_DIR", "")  # caching off
    assert pattern_facts().path is None
    reference = _fresh_book()
    monkeypatch.setenv("DECLUTTER_CACHE_DIR", str(tmp_path))
    _fresh_book()
    stored = next(tmp_path.glob(f"{PREFIX}*.json"))
    facts = json.loads(stored.read_text())
    damaged = {key: ({"x": 1} if n % 2 else "7") for n, key in enumerate(facts)}  # every entry of the wrong shape
    stored.write_text(json.dumps(damaged))
    assert _answers(_fresh_book()) == _answers(reference)
    assert json.loads(stored.read_text()) == facts  # worked out again, and stored right
    stored.write_text("{not json")
    assert _answers(_fresh_book()) == _answers(reference)


def test_a_cache_folder_that_cannot_be_written_still_works(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("DECLUTTER_CACHE_DIR", str(blocked / "cache"))
    assert _answers(_fresh_book(("en",))) == _answers(book.load_phrasebook(("en",)))
