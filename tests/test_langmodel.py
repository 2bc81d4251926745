"""py3langid's unpacked model (langmodel): same answers as py3langid, used when present, never in the way."""
from __future__ import annotations

import pytest
from py3langid.langid import LanguageIdentifier, classify

from declutter.language import langmodel

TEXTS = (
    "The minister said on Tuesday that the new rules would take effect next year.",
    "Der Minister sagte am Dienstag, dass die neuen Regeln im nächsten Jahr gelten.",
    "Le ministre a déclaré mardi que les nouvelles règles entreraient en vigueur.",
    "El ministro dijo el martes que las nuevas normas entrarán en vigor el próximo año.",
    "Министр заявил во вторник, что новые правила вступят в силу в следующем году.",
    "大臣は火曜日、新しい規則が来年施行されると述べた。",
)


@pytest.fixture
def fresh_identifier():
    langmodel.identifier.cache_clear()
    yield langmodel.identifier
    langmodel.identifier.cache_clear()


def test_the_cached_copy_answers_as_py3langid_and_is_used(tmp_path, monkeypatch, fresh_identifier):
    expected = [classify(text) for text in TEXTS]  # py3langid's own model, loaded its own way
    monkeypatch.setenv("DECLUTTER_CACHE_DIR", str(tmp_path))
    first = fresh_identifier()
    folder = langmodel.cache_folder(langmodel.MODEL_DIR / langmodel.MODEL_FILE)
    assert folder.parent == tmp_path
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{name}.npy" for name in langmodel._ARRAYS)

    fresh_identifier.cache_clear()

    def unpacking_refused(*args, **kwargs):
        raise AssertionError("the cached copy should have been read")

    monkeypatch.setattr(LanguageIdentifier, "from_model_file", unpacking_refused)
    cached = fresh_identifier()
    assert cached is not first
    assert [cached.classify(text) for text in TEXTS] == expected


def test_a_damaged_copy_is_unpacked_again(tmp_path, monkeypatch, fresh_identifier):
    monkeypatch.setenv("DECLUTTER_CACHE_DIR", str(tmp_path))
    fresh_identifier()
    folder = langmodel.cache_folder(langmodel.MODEL_DIR / langmodel.MODEL_FILE)
    (folder / "ptc.npy").write_bytes(b"not an array")
    fresh_identifier.cache_clear()
    assert [fresh_identifier().classify(t) for t in TEXTS] == [classify(t) for t in TEXTS]
    fresh_identifier.cache_clear()
    assert (folder / "ptc.npy").stat().st_size > 1_000_000  # replaced by a whole copy


def test_an_unwritable_cache_folder_only_costs_time(tmp_path, monkeypatch, fresh_identifier):
    blocker = tmp_path / "a-file"
    blocker.write_text("the cache folder's parent is a file")
    monkeypatch.setenv("DECLUTTER_CACHE_DIR", str(blocker / "cache"))
    assert fresh_identifier().classify(TEXTS[1]) == classify(TEXTS[1])
    assert blocker.read_text() == "the cache folder's parent is a file"


def test_an_empty_setting_turns_the_cache_off(tmp_path, monkeypatch, fresh_identifier):
    monkeypatch.setenv("DECLUTTER_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert langmodel.cache_folder(langmodel.MODEL_DIR / langmodel.MODEL_FILE) is None
    assert fresh_identifier().classify(TEXTS[2]) == classify(TEXTS[2])
    assert list(tmp_path.iterdir()) == []


def test_one_copy_per_model_version_shared_and_old_copies_removed(tmp_path, monkeypatch, fresh_identifier):
    import os

    monkeypatch.delenv("DECLUTTER_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    root = tmp_path / "declutter"
    old = root / "py3langid-4586720-1796610928013424541"  # an earlier per-virtualenv copy
    other = root / "py3langid-v0.3.0-123"  # another version's, unused for a month
    recent = root / "py3langid-v0.5.0-456"  # another version's, in use
    for folder in (old, other, recent):
        folder.mkdir(parents=True)
    month_ago = os.stat(other).st_mtime - 30 * 24 * 3600
    os.utime(other, (month_ago, month_ago))
    folder = langmodel.cache_folder(langmodel.MODEL_DIR / langmodel.MODEL_FILE)
    assert folder is not None and folder.parent == root and folder.name.startswith("py3langid-v")
    assert fresh_identifier().classify(TEXTS[0]) == classify(TEXTS[0])
    assert sorted(p.name for p in root.iterdir()) == sorted([folder.name, recent.name])


def test_a_relative_xdg_cache_home_is_ignored(monkeypatch, tmp_path):
    from declutter.language.cachedir import cache_root

    monkeypatch.delenv("DECLUTTER_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cache_root() == tmp_path / ".cache" / "declutter"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_root() == tmp_path / "xdg" / "declutter"
