"""The content classifier: its features, its shipped model, and what it drops."""
from dataclasses import replace

from declutter import clean, features
from declutter.extractors.content import load_model
from declutter.settings import ContentSettings, Settings

PROSE = [
    "The council agreed on Tuesday to extend the opening hours of the central library, after a year in which visits rose by a fifth.",
    "Librarians said the rise had been driven by students who were looking for a quiet place to work and by families who came for the events.",
    "The longer hours will be paid for by moving two of the mobile library routes to a timetable that runs every other week instead.",
    "Some residents of the villages have criticised that change, and the council said it would review it again once the winter is over.",
    "A spokesman for the library said that the staff were pleased with the decision and that they would hire two more assistants in spring.",
]
CHROME = ["Home", "World", "Business", "Markets", "Sport", "Weather", "Login", "EN | DE | FR", "Top stories", "Contact us"]
PROSE = PROSE + [p.replace("library", "museum") for p in PROSE]
# Other stories' headlines after the article: longer than menu items, no rule knows them.
TEASERS = ["Storm closes three schools in the north", "Council tax to rise by four percent next year", "Local team wins the county cup final again"]
PAGE = "\n".join(CHROME + ["Library hours to be extended"] + PROSE + TEASERS + ["Cookies", "Imprint", "Privacy"])


def test_rows_have_one_value_per_named_feature():
    doc = clean(PAGE, settings=Settings().without("content"))
    local = features.local_features(doc.blocks, doc.language)
    probs = [0.5] * len(doc.blocks)
    context = features.context_features(doc.blocks, local.rows, probs, local.words)
    assert local.rows.shape == (len(doc.blocks), len(features.LOCAL_NAMES))
    assert context.shape == (len(doc.blocks), len(features.CONTEXT_NAMES))
    assert local.words.tolist() == features.word_counts(doc.blocks)


def test_the_shipped_model_names_every_feature_and_a_threshold():
    model = load_model()
    assert len(model.stage1) == len(features.LOCAL_NAMES)
    assert len(model.stage2) == len(features.LOCAL_NAMES) + len(features.CONTEXT_NAMES)
    assert 0.0 < model.threshold < 1.0


def test_stopwords_fall_back_to_all_languages():
    assert "the" in features.stopwords_for("en") and "und" in features.stopwords_for("de")
    assert {"the", "und"} <= features.stopwords_for("xx")


def test_menus_go_and_prose_stays_and_characters_are_unchanged():
    doc = clean(PAGE)
    for paragraph in PROSE:
        assert paragraph in doc.text.splitlines()
    for item in ("Markets", "Weather", "EN | DE | FR", "Privacy", *TEASERS):
        assert item not in doc.text.splitlines()
    by_content = [r for r in doc.removed if r["by"] == "content"]
    assert by_content and {r["kind"] for r in by_content} <= {"short-fragment", "off-article", "boilerplate"}
    for removed in doc.removed:
        assert PAGE[removed["start"] : removed["end"]] == removed["text"]


def test_a_short_page_is_left_alone():
    page = "A calm sentence.\nNot much\nAnother calm sentence."
    assert clean(page).text == page


def test_the_threshold_setting_overrides_the_models():
    keep_all = replace(Settings(), content=ContentSettings(threshold=0.0))
    drop_all = replace(Settings(), content=ContentSettings(threshold=1.01))
    everything = clean(PAGE, settings=Settings().without("content")).text
    assert clean(PAGE, settings=keep_all).text == everything
    assert clean(PAGE, settings=drop_all).text == ""




def test_a_paragraph_under_the_cut_is_rescued_by_a_kept_neighbour():
    from declutter.blocks import split_blocks
    from declutter.extractors.content import _with_rescued

    blocks = split_blocks("\n".join([PROSE[0], PROSE[1], "Storm closes three schools in the north", PROSE[2]]))
    words = features.word_counts(blocks)
    opts = ContentSettings()
    keep = _with_rescued([True, False, False, False], [0.9, 0.45, 0.45, 0.45], blocks, words, opts)
    # The paragraph next to a kept one stays; the teaser (no sentence) does not,
    # and so the paragraph after the teaser has no kept neighbour.
    assert keep == [True, True, False, False]
    assert _with_rescued([True, False, False, False], [0.9, 0.3, 0.45, 0.45], blocks, words, opts) == [True, False, False, False]


def test_the_lead_above_the_first_kept_block_is_kept_across_short_lines():
    from declutter.blocks import split_blocks
    from declutter.extractors.content import _with_lead

    menu = " | ".join(CHROME + ["Jobs", "Shop", "Events", "Puzzles", "Podcasts", "Newsletters"])  # long, not prose
    lines = [PROSE[3], menu, PROSE[0], "Share", "By Jane Doe, Chief Reporter", "5 min read", PROSE[1], PROSE[2]]
    blocks = split_blocks("\n".join(lines))
    words = features.word_counts(blocks)
    keep = _with_lead([False] * 6 + [True, True], blocks, words, ContentSettings())
    # The lead paragraph comes back over the three short lines; the walk stops
    # at the long menu line, so the paragraph above the menu does not.
    assert keep == [False, False, True, False, False, False, True, True]
    narrow = _with_lead([False] * 6 + [True, True], blocks, words, ContentSettings(lead_gap=2))
    assert narrow == [False] * 6 + [True, True]


def _kadane(gains):
    best, span, run, start = -1.0, (0, -1), 0.0, 0
    for i, gain in enumerate(gains):
        if run <= 0:
            run, start = 0.0, i
        run += gain
        if run > best:
            best, span = run, (start, i)
    return span


def test_the_densest_run_is_kadanes_stretch():
    import numpy as np

    rng = np.random.default_rng(7)
    for size in [0, 1, 2, 5, 30, 200] * 50:
        probs, words = rng.random(size), rng.integers(0, 40, size)
        words[rng.random(size) < 0.3] = 0  # blocks the rules dropped weigh nothing
        gains = ((probs - 0.5) * np.log1p(words)).tolist()
        assert features._densest_run(probs, words) == _kadane(gains)
