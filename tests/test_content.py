"""The content classifier: its features, its shipped model, and what it drops."""
from dataclasses import replace

import numpy as np

from declutter import clean
from declutter.blocks import word_count
from declutter.content import context, features
from declutter.content.lexicon import weight_scores
from declutter.content.options import ContentSettings
from declutter.extractors.content import load_model
from declutter.language.stopwords import stopwords_for
from declutter.settings import Settings

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
    around = context.context_features(doc.blocks, local, probs)
    assert local.rows().shape == (len(doc.blocks), len(features.LOCAL_NAMES))
    assert around.shape == (len(doc.blocks), len(context.CONTEXT_NAMES))
    assert local.words.tolist() == [word_count(b.text) for b in doc.blocks]


def test_the_shipped_model_names_every_feature_and_a_threshold():
    model = load_model()
    assert len(model.stage1) == len(features.LOCAL_NAMES)
    assert len(model.stage2) == len(features.LOCAL_NAMES) + len(context.CONTEXT_NAMES)
    assert 0.0 < model.threshold < 1.0
    # Its vocabulary is the web's furniture and prose's connectives, not a site's words.
    assert model.lexicon["cookies"] < 0 < model.lexicon["however"]


def lexicon_scores(found, owner, n, lexicon):
    """Each block's mean, lowest and highest weight in ``lexicon`` of its words (``found``, each in block ``owner``)."""
    if not lexicon or not found:
        return np.zeros(n), np.zeros(n), np.zeros(n)
    return weight_scores(np.array([lexicon.get(word, np.nan) for word in found]), owner, n)


def test_lexicon_scores_are_per_block_mean_lowest_and_highest():
    lexicon = {"share": -3.0, "login": -2.0, "however": 1.5}
    found = ["share", "this", "however", "it", "rained", "login", "share"]
    owner = np.repeat(np.arange(4), [3, 0, 2, 2])
    mean, lowest, highest = lexicon_scores(found, owner, 4, lexicon)
    assert mean.tolist() == [-0.75, 0.0, 0.0, -2.5]
    assert lowest.tolist() == [-3.0, 0.0, 0.0, -3.0]
    assert highest.tolist() == [1.5, 0.0, 0.0, -2.0]
    # No lexicon (an old model) or no words: no evidence either way.
    assert all(column.tolist() == [0.0, 0.0] for column in lexicon_scores(found[:2], np.array([0, 1]), 2, {}))
    assert all(column.tolist() == [0.0, 0.0] for column in lexicon_scores(["it", "rained"], np.array([0, 1]), 2, lexicon))


def test_the_lexicon_moves_a_furniture_line_down():
    doc = clean(PAGE, settings=Settings().without("content"))
    lexicon = {"login": -3.0, "contact": -3.0}
    plain = features.local_features(doc.blocks, doc.language, doc.source_text)
    learned = features.local_features(doc.blocks, doc.language, doc.source_text, lexicon)
    at = next(b.index for b in doc.blocks if b.text == "Login")
    lex_min = features.LOCAL_NAMES.index("lex_min")
    assert plain.rows()[at, lex_min] == 0.0 and learned.rows()[at, lex_min] == -3.0


def test_stopwords_fall_back_to_all_languages():
    assert "the" in stopwords_for("en") and "und" in stopwords_for("de")
    assert {"the", "und"} <= stopwords_for("xx")


def test_menus_go_and_prose_stays_and_characters_are_unchanged():
    doc = clean(PAGE)
    for paragraph in PROSE:
        assert paragraph in doc.text.splitlines()
    for item in ("Markets", "Weather", "EN | DE | FR", "Privacy"):
        assert item not in doc.text.splitlines()
    for removed in doc.removed:
        assert PAGE[removed["start"] : removed["end"]] == removed["text"]


def test_what_the_classifier_drops_says_why():
    # Other stories' headlines above the article: no rule knows them.
    page = "\n".join(CHROME + TEASERS + ["Library hours to be extended"] + PROSE + ["Cookies", "Imprint", "Privacy"])
    by_content = [r for r in clean(page).removed if r["by"] == "content"]
    assert by_content and {r["kind"] for r in by_content} <= {"short-fragment", "off-article", "boilerplate"}


def test_teasers_announced_after_the_article_go():
    # Headline-like lines right after the last paragraph, with nothing between
    # (no header, no share bar, no rule's drop), read as the article's tail:
    # trafilatura keeps such lines about half the time, and the model keeps
    # them. Announced, they are the page's furniture.
    page = "\n".join(CHROME + ["Library hours to be extended"] + PROSE + ["More stories"] + TEASERS + ["Cookies", "Imprint", "Privacy"])
    lines = clean(page).text.splitlines()
    assert all(paragraph in lines for paragraph in PROSE)
    assert not set(TEASERS) & set(lines)


def test_an_inline_teaser_line_is_read_past_like_an_ad_marker():
    # "Read more: <headline>" inside the article is an interruption, not the
    # article's end: the classifier reads the page as if it were not there.
    teaser = "Read more: Storm closes three schools in the north"
    lines = CHROME + ["Library hours to be extended"] + PROSE[:4] + [teaser] + PROSE[4:] + ["Cookies", "Imprint", "Privacy"]
    doc = clean("\n".join(lines))
    line = next(block for block in doc.blocks if block.text == teaser)
    assert (line.kind, line.role) == ("related-teasers", "teaser-line")
    without = clean("\n".join(line for line in lines if line != teaser))
    assert doc.text.replace(teaser + "\n", "") == without.text
    assert all(paragraph in doc.text.splitlines() for paragraph in PROSE)


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
    words = [word_count(b.text) for b in blocks]
    opts = ContentSettings()
    keep = _with_rescued([True, False, False, False], [0.9, 0.45, 0.45, 0.45], blocks, words, opts)
    # The paragraph next to a kept one stays; the teaser (no sentence) does not,
    # and so the paragraph after the teaser has no kept neighbour.
    assert keep == [True, True, False, False]
    assert _with_rescued([True, False, False, False], [0.9, 0.3, 0.45, 0.45], blocks, words, opts) == [True, False, False, False]


def test_an_article_ending_in_a_list_keeps_its_items_up_to_the_section_end():
    from declutter.blocks import split_blocks
    from declutter.content.inside import with_tail
    from declutter.kinds import Kind

    def tail(lines: list[str], keep: list[bool]) -> list[bool]:
        blocks = split_blocks("\n".join(lines))
        blocks[-1].kind = Kind.RELATED_TEASERS  # the section's end the rules found
        places = [b.index for b in blocks if b.kind is None]  # the candidates' places on the page
        candidates = [blocks[i] for i in places]
        words = [word_count(b.text) for b in candidates]
        return with_tail(keep, blocks, candidates, places, words, ContentSettings())

    items = ["- Argentina: three channels and a streaming service", "- Chile: two channels and one app"]
    assert tail([PROSE[0], PROSE[1], *items, "More stories"], [True, True, False, False]) == [True, True, True, True]
    # Prose alone after the article is as often the page's closing notes: not taken.
    assert tail([PROSE[0], PROSE[1], PROSE[2], "More stories"], [True, True, False]) == [True, True, False]
    # Nor a list the page's own short lines stand after, before the section's end.
    assert tail([PROSE[0], PROSE[1], *items, "Sign in", "More stories"], [True, True, False, False, False]) == [True, True, False, False, False]


def test_a_subheading_stays_over_its_paragraph_past_a_pictures_caption_not_past_teasers():
    from declutter.blocks import split_blocks
    from declutter.content.inside import with_inside
    from declutter.kinds import Kind

    def inside(between: str, kind: Kind) -> list[bool]:
        blocks = split_blocks("\n".join([PROSE[0], "Longer opening hours", between, PROSE[1]]))
        blocks[2].kind = kind  # what a rule dropped between the subheading and its paragraph
        places = [b.index for b in blocks if b.kind is None]
        candidates = [blocks[i] for i in places]
        words = [word_count(b.text) for b in candidates]
        return with_inside([True, False, True], [0.9, 0.5, 0.9], blocks, candidates, places, words, ContentSettings())

    assert inside("Readers in the reading room. (Photo: Jane Roe)", Kind.IMAGE_CAPTION) == [True, True, True]
    # A teaser between: the line above it is the article's last, not a subheading.
    assert inside("Storm closes three schools in the north", Kind.RELATED_TEASERS) == [True, False, True]


def test_a_subheading_right_between_two_paragraphs_needs_less_of_the_models_score():
    from declutter.blocks import split_blocks
    from declutter.content.inside import with_inside

    def inside(lines: list[str], score: float) -> list[bool]:
        blocks = split_blocks("\n".join(lines))
        candidates = [b for b in blocks if b.kind is None]
        places = [b.index for b in candidates]
        words = [word_count(b.text) for b in candidates]
        keep = [i != 1 for i in range(len(candidates))]
        return with_inside(keep, [0.9, score, *[0.9] * (len(candidates) - 2)], blocks, candidates, places, words, ContentSettings())

    between = [PROSE[0], "Longer opening hours", PROSE[1]]
    assert inside(between, 0.25) == [True, True, True]
    # Scored under the floor: a box's heading between two paragraphs of its own (a newsletter's, an embed's).
    assert inside(between, 0.1) == [True, False, True]
    # Over a short line, not a paragraph: the place is not a subheading's, and the score is under the usual cut.
    assert inside([PROSE[0], "Longer opening hours", "Open daily", PROSE[1]], 0.25)[1] is False


def test_the_lead_above_the_first_kept_block_is_kept_across_short_lines():
    from declutter.blocks import split_blocks
    from declutter.content.edges import with_lead

    menu = " | ".join(CHROME + ["Jobs", "Shop", "Events", "Puzzles", "Podcasts", "Newsletters"])  # long, not prose
    lines = [PROSE[3], menu, PROSE[0], "Share", "By Jane Doe, Chief Reporter", "5 min read", PROSE[1], PROSE[2]]
    blocks = split_blocks("\n".join(lines))
    words = [word_count(b.text) for b in blocks]
    places = list(range(len(blocks)))
    keep = with_lead([False] * 6 + [True, True], blocks, blocks, places, words, ContentSettings())
    # The lead paragraph comes back over the three short lines; the walk stops
    # at the long menu line, so the paragraph above the menu does not.
    assert keep == [False, False, True, False, False, False, True, True]
    narrow = with_lead([False] * 6 + [True, True], blocks, blocks, places, words, ContentSettings(lead_gap=2))
    assert narrow == [False] * 6 + [True, True]


def test_a_standfirst_without_its_full_stop_is_kept_under_the_meta_not_above_it():
    from declutter.blocks import split_blocks
    from declutter.content.edges import with_lead
    from declutter.kinds import Kind

    standfirst = "Twice she came away with nothing this winter but in the last race of the season the local favourite struck back"
    lines = [standfirst, "By Jane Doe", standfirst.replace("she", "he"), "Share this", PROSE[0], PROSE[1]]
    page = split_blocks("\n".join(lines))
    page[1].kind = Kind.BYLINE
    places = [0, 2, 3, 4, 5]
    candidates = [page[i] for i in places]
    words = [word_count(b.text) for b in candidates]
    keep = with_lead([False, False, False, True, True], page, candidates, places, words, ContentSettings())
    # Under the byline the long line is the standfirst; above it, the headline.
    assert keep == [False, True, False, True, True]


def test_the_standfirst_under_the_headline_is_kept_past_a_box():
    from declutter.blocks import split_blocks
    from declutter.content.edges import with_standfirst
    from declutter.kinds import Kind, Role

    box = ["Subscribe for full access", "Digital edition", "12 EUR a month", "Cancel any time"]
    lines = ["Library hours to be extended", "By Jane Doe", PROSE[0], *box, PROSE[1], PROSE[2]]
    blocks = split_blocks("\n".join(lines))
    blocks[0].kind, blocks[0].role = Kind.DUPLICATE_HEADLINE, Role.TITLE
    places = [b.index for b in blocks if b.kind is None]
    candidates = [blocks[i] for i in places]
    words = [word_count(b.text) for b in candidates]
    keep = [False] * 6 + [True, True]
    assert with_standfirst(keep, blocks, candidates, places, words, ContentSettings()) == [False, True] + [False] * 4 + [True, True]
    # Without a headline above it, the paragraph is left to the classifier.
    blocks[0].role = None
    assert with_standfirst(keep, blocks, candidates, places, words, ContentSettings()) == keep


def test_the_paragraphs_under_a_kept_standfirst_stay_with_it():
    from declutter.blocks import split_blocks
    from declutter.content.edges import with_standfirst
    from declutter.kinds import Kind, Role

    def body(between: str | None, link: str = "") -> list[bool]:
        lines = ["Library hours to be extended", "By Jane Doe", PROSE[0], PROSE[1] + link, PROSE[2], "Opening times", "More news"]
        blocks = split_blocks("\n".join(lines))
        blocks[0].kind, blocks[0].role = Kind.DUPLICATE_HEADLINE, Role.TITLE
        if between is not None:
            blocks[3].kind = between
        places = [b.index for b in blocks if b.kind is None]
        candidates = [blocks[i] for i in places]
        words = [word_count(b.text) for b in candidates]
        keep = [False] * (len(candidates) - 1) + [True]
        return with_standfirst(keep, blocks, candidates, places, words, ContentSettings())

    # The standfirst and the paragraphs under it, down to the first line that is not one.
    assert body(None) == [False, True, True, True, False, True]
    # A picture's caption between two paragraphs does not end the body; a teasers' header does.
    assert body(Kind.IMAGE_CAPTION) == [False, True, True, False, True]
    assert body(Kind.RELATED_TEASERS) == [False, True, False, False, True]
    # A paragraph's link in brackets after its sentence is the paragraph's; a paragraph cut off by one is not.
    assert body(None, " [ read more ]") == [False, True, True, True, False, True]
    assert body(None, " and the [ read more ]") == [False, True, False, False, False, True]


def test_the_articles_last_sentence_before_its_byline_stays():
    from declutter.blocks import split_blocks
    from declutter.content.edges import with_last_lines
    from declutter.kinds import Kind

    def last_lines(closer_kind: str) -> list[bool]:
        lines = [PROSE[0], PROSE[1], "I hope you like it.", "By Jane Doe"]
        blocks = split_blocks("\n".join(lines))
        blocks[3].kind = closer_kind
        places = [0, 1, 2]
        words = [word_count(blocks[i].text) for i in places]
        return with_last_lines([True, True, False], blocks, blocks[:3], places, words, ContentSettings())

    assert last_lines(Kind.BYLINE) == [True, True, True]
    # A paywall's or a promo's line right after it closes the article as a byline does.
    assert last_lines(Kind.PROMO) == [True, True, True]
    # Before a copyright line or a footer's links it is the page's closing note.
    assert last_lines(Kind.COPYRIGHT) == [True, True, False]
    # Its picture's credit between it and the byline does not part them; a copyright line after the credit does.
    def past_credit(closer_kind: str) -> list[bool]:
        blocks = split_blocks("\n".join([PROSE[0], PROSE[1], "I hope you like it.", "Photo: Jane Roe", "By Jane Doe"]))
        blocks[3].kind, blocks[4].kind = Kind.IMAGE_ALT, closer_kind
        words = [word_count(blocks[i].text) for i in range(3)]
        return with_last_lines([True, True, False], blocks, blocks[:3], [0, 1, 2], words, ContentSettings())

    assert past_credit(Kind.BYLINE) == [True, True, True]
    assert past_credit(Kind.COPYRIGHT) == [True, True, False]


def test_the_articles_last_paragraphs_under_a_box_stay_and_a_boxs_own_pitch_does_not():
    from declutter.blocks import split_blocks
    from declutter.content.boxes import with_paragraphs_past_boxes
    from declutter.kinds import Kind

    def past_boxes(lines: list[tuple[str, str | None]]) -> list[bool]:
        blocks = split_blocks("\n".join(text for text, _ in lines))
        for block, (_, kind) in zip(blocks, lines):
            block.kind = kind
        candidates = [b for b in blocks if b.kind is None]
        words = [word_count(b.text) for b in candidates]
        keep = [i == 0 for i in range(len(candidates))]
        return with_paragraphs_past_boxes(keep, blocks, candidates, words, ContentSettings())

    box = [("Get our newsletter every morning", Kind.NEWSLETTER), ("Sign up", None)]
    closer = [("Share this article", Kind.SHARE_PROMPT)]
    # Under the box (its button left to the classifier: passed over), the article's last two paragraphs.
    assert past_boxes([(PROSE[0], None), *box, (PROSE[1], None), (PROSE[2], None), *closer]) == [True, False, True, True]
    # Nothing between: not this rule's (with_last_lines takes such lines or leaves them).
    assert past_boxes([(PROSE[0], None), (PROSE[1], None), (PROSE[2], None), *closer]) == [True, False, False]
    # One paragraph right under a box's line, over a button: the box's own pitch.
    assert past_boxes([(PROSE[0], None), box[0], (PROSE[1], None), *closer]) == [True, False]
    # No closer after them: the page's own prose.
    assert past_boxes([(PROSE[0], None), *box, (PROSE[1], None), (PROSE[2], None), ("Imprint", None)]) == [True, False, False, False, False]


def test_the_articles_paragraphs_between_repeated_boxes_stay_past_a_teasers_line_and_a_boxs_button():
    from declutter.blocks import split_blocks
    from declutter.content.boxes import with_paragraphs_past_boxes
    from declutter.kinds import Kind, Role

    def past_boxes(lines: list[tuple[str, str | None, str | None]]) -> list[bool]:
        blocks = split_blocks("\n".join(text for text, _, _ in lines))
        for block, (_, kind, role) in zip(blocks, lines):
            block.kind, block.role = kind, role
        candidates = [b for b in blocks if b.kind is None]
        words = [word_count(b.text) for b in candidates]
        keep = [i == 0 for i in range(len(candidates))]
        return with_paragraphs_past_boxes(keep, blocks, candidates, words, ContentSettings())

    paywall = [("You have reached your limit of free articles.", Kind.PROMO, None), ("Log in", Kind.NAVIGATION, None)]
    teaser = ("Read more: The council's budget for next year", Kind.RELATED_TEASERS, Role.TEASER_LINE)
    closer = ("Share this article", Kind.SHARE_PROMPT, None)
    first = (PROSE[0], None, None)
    # The paywall's button (a menu's kind) and a teaser's line between: the paragraphs go on under them.
    page = [first, *paywall, (PROSE[1], None, None), teaser, (PROSE[2], None, None), *paywall]
    assert past_boxes(page) == [True, True, True]
    # A teaser's line alone is no box: the paragraph under it is the page's, not the article's.
    assert past_boxes([first, teaser, (PROSE[1], None, None), (PROSE[2], None, None), closer]) == [True, False, False]
    # A short line before any box's line is a menu's: the walk ends there.
    menu = ("Log in", Kind.NAVIGATION, None)
    assert past_boxes([first, menu, paywall[0], (PROSE[1], None, None), (PROSE[2], None, None), closer]) == [True, False, False]


def test_a_numbered_sections_short_heading_stays_in_its_run():
    from declutter.blocks import split_blocks
    from declutter.content.sections import with_numbered_sections

    def sections(lines: list[str], keep: list[bool]) -> list[bool]:
        blocks = split_blocks("\n".join(lines))
        return with_numbered_sections(keep, blocks, [word_count(b.text) for b in blocks], ContentSettings())

    lines = ["1 Introduction", PROSE[0], "2 Advice And Emacs Lisp", PROSE[1], "3 Emacspeak And Advice", PROSE[2], "4 References", PROSE[3]]
    kept = [False, True, True, True, True, True, False, True]
    assert sections(lines, kept) == [True] * 8
    # Not over a dropped block (a ranking's title over its teaser), nor a number said twice (two lists).
    assert sections(lines, [False, False, *kept[2:]])[0] is False
    twice = [*lines, "4 References"]
    assert sections(twice, [*kept, False])[6] is False
    # A numbered comment's header ("1. Name says:") is no section.
    said = ["1. Jane says:", PROSE[0], "2. Advice And Emacs Lisp", PROSE[1], "3. Emacspeak And Advice", PROSE[2]]
    assert sections(said, [False, True, True, True, True, True])[0] is False


def test_the_articles_opening_list_under_its_meta_stays_and_a_row_of_buttons_does_not():
    from declutter.blocks import split_blocks
    from declutter.content.opening import with_opening_list
    from declutter.kinds import Kind

    def opening(lines: list[tuple[str, str | None]], kept: set[str]) -> list[str]:
        blocks = split_blocks("\n".join(text for text, _ in lines))
        for block, (_, kind) in zip(blocks, lines):
            block.kind = kind
        places = [i for i, b in enumerate(blocks) if b.kind is None]
        candidates = [blocks[i] for i in places]
        keep = [b.text in kept for b in candidates]
        out = with_opening_list(keep, blocks, candidates, places, [word_count(b.text) for b in candidates], ContentSettings())
        return [b.text for b, k in zip(candidates, out) if k]

    date = ("27 September 2020", Kind.DATELINE)
    items = [("- Kick-off: 17:00", None), ("- Ground: Stade du Moustoir in Lorient", None), ("- Referee: C. Turpin", None)]
    box = ("Get our alerts", Kind.NEWSLETTER)
    page = [date, ("Match facts", None), items[0], items[1], box, items[2], ("Live", None), (PROSE[0], None), (PROSE[1], None)]
    # The list's items past the box between them, and its title; the short line under it is left.
    assert opening(page, {PROSE[0], PROSE[1]}) == ["Match facts", *[t for t, _ in items], PROSE[0], PROSE[1]]
    # Without the article's meta above it, it is the page's list (a menu under the header).
    assert opening([("Menu", Kind.NAVIGATION), *page[1:]], {PROSE[0], PROSE[1]}) == [PROSE[0], PROSE[1]]
    # A row of buttons: no item says anything.
    buttons = [("* Share It!", None), ("* Pin It!", None), ("* Send It!", None)]
    assert opening([date, *buttons, (PROSE[0], None)], {PROSE[0]}) == [PROSE[0]]


def test_a_label_said_twice_beside_the_rules_drops_goes_and_an_article_printed_twice_stays():
    from declutter.blocks import split_blocks
    from declutter.content.chrome import without_repeated_labels
    from declutter.kinds import Kind

    def labels(lines: list[tuple[str, str | None]]) -> list[bool]:
        blocks = split_blocks("\n".join(text for text, _ in lines))
        for block, (_, kind) in zip(blocks, lines):
            block.kind = kind
        candidates = [b for b in blocks if b.kind is None]
        keep = [True] * len(candidates)
        return without_repeated_labels(keep, blocks, candidates, [word_count(b.text) for b in candidates], ContentSettings())

    counter = ("You have 5 free articles left this month.", Kind.PROMO)
    label = ("Subscribe for unlimited access", None)
    # Under each paywall counter: the label goes, the paragraphs stay.
    assert labels([(PROSE[0], None), counter, label, (PROSE[1], None), counter, label]) == [True, False, True, False]
    # Said once: stays.
    assert labels([(PROSE[0], None), counter, label, (PROSE[1], None)]) == [True, True, True]
    # A subheading printed twice with its text (a print version below the article), no rule's drop beside: stays.
    assert labels([("Make the dough", None), (PROSE[0], None), ("Make the dough", None), (PROSE[0], None)]) == [True] * 4


def test_the_last_step_after_its_number_on_a_line_of_its_own_stays():
    from declutter.blocks import split_blocks
    from declutter.content.edges import with_last_lines
    from declutter.kinds import Kind

    def last_lines(number: str) -> list[bool]:
        lines = [PROSE[0], PROSE[1], number, "Let the chocolate dry on baking paper.", "You may also like"]
        blocks = split_blocks("\n".join(lines))
        blocks[4].kind = Kind.RELATED_TEASERS
        places = [0, 1, 2, 3]
        words = [word_count(blocks[i].text) for i in places]
        return with_last_lines([True, True, False, False], blocks, blocks[:4], places, words, ContentSettings())

    # The step's number is passed over (not kept); the step itself stays.
    assert last_lines("7.") == [True, True, False, True]
    # A line that is more than a number ends the walk as before.
    assert last_lines("Sign in") == [True, True, False, False]


def test_the_deck_under_the_headline_stays_and_a_line_of_meta_does_not():
    import re

    from declutter.blocks import split_blocks
    from declutter.content.edges import with_deck
    from declutter.kinds import Kind, Role

    lines = [
        "Library hours to be extended",
        "Council answers students who asked for a quiet place to work",
        "January 13, 2020 at 08:45 AM | categories: Local, Council",
        "By Jane Doe for The Daily Courier",
        PROSE[0],
    ]
    blocks = split_blocks("\n".join(lines))
    blocks[0].kind, blocks[0].role = Kind.DUPLICATE_HEADLINE, Role.TITLE
    places = [1, 2, 3, 4]
    words = [word_count(blocks[i].text) for i in places]
    byline = re.compile(r"^by\s.*$", re.I)
    keep = with_deck([False, False, False, True], blocks, blocks[1:], places, words, ContentSettings(), byline)
    assert keep == [True, False, False, True]


def test_the_first_subheading_under_the_byline_stays_and_one_under_a_menu_does_not():
    from declutter.blocks import split_blocks
    from declutter.content.edges import with_opening_heading
    from declutter.kinds import Kind

    lines = ["By Jane Doe", "What the council decided", PROSE[0], PROSE[1]]
    page = split_blocks("\n".join(lines))
    page[0].kind = Kind.BYLINE
    places = [1, 2, 3]
    candidates = [page[i] for i in places]
    words = [word_count(b.text) for b in candidates]
    opts = ContentSettings()
    keep = [False, True, True]
    assert with_opening_heading(keep, [0.5, 0.9, 0.9], page, candidates, places, words, opts) == [True, True, True]
    # Scored low (a live blog's pinned-post label), it goes.
    assert with_opening_heading(keep, [0.1, 0.9, 0.9], page, candidates, places, words, opts) == keep
    # Under a menu's link rather than the article's meta, it is left to the classifier.
    page[0].kind = Kind.NAVIGATION
    assert with_opening_heading(keep, [0.5, 0.9, 0.9], page, candidates, places, words, opts) == keep


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
    rng = np.random.default_rng(7)
    for size in [0, 1, 2, 5, 30, 200] * 50:
        probs, words = rng.random(size), rng.integers(0, 40, size)
        words[rng.random(size) < 0.3] = 0  # blocks the rules dropped weigh nothing
        gains = ((probs - 0.5) * np.log1p(words)).tolist()
        total, lowest = context._running_sums(((probs - 0.5) * np.log1p(words))[None, :])
        assert context._densest_run(total[0], lowest[0]) == _kadane(gains)


def test_run_loss_is_what_the_best_run_loses_by_taking_a_block_in():
    rng = np.random.default_rng(11)
    for size in [1, 2, 5, 30] * 50:
        gain, mass = rng.random(size) - 0.5, rng.random(size) * 3
        values = gain * mass
        sums = {(i, j): values[i : j + 1].sum() for i in range(size) for j in range(i, size)}
        best = max(sums.values())
        expected = [best - max(s for (i, j), s in sums.items() if i <= k <= j) for k in range(size)]
        assert np.allclose(context._run_loss(*context._running_sums((gain * mass)[None, :]))[0], expected)


def test_blocks_dropped_between_a_block_and_the_run_are_counted():
    flags = np.array([1, 0, 1, 0, 0, 0, 1, 1, 0], dtype=bool)
    # The run is blocks 3-5: block 0 has block 2 between it and the run, block 8 has 6 and 7.
    sums = context._prefix_sums(flags)
    assert context._count_between(sums, 3, 5, np.arange(9)).tolist() == [1, 1, 0, 0, 0, 0, 0, 1, 2]
    assert context._count_between(sums, 3, 5, np.array([8, 0, 4])).tolist() == [2, 1, 0]  # any blocks, in any order


def test_nearest_distances_are_to_the_closest_mark():
    rng = np.random.default_rng(5)
    for size in [1, 2, 5, 30] * 20:
        marks = np.sort(rng.choice(size, rng.integers(1, size + 1), replace=False))
        expected = [min(abs(int(m) - i) for m in marks) for i in range(size)]
        assert context._nearest_distances(marks, np.arange(size), size).tolist() == expected
        some = rng.choice(size, rng.integers(1, size + 1))
        assert context._nearest_distances(marks, some, size).tolist() == [expected[i] for i in some]


def test_an_embedded_posts_signature_ends_a_part_as_a_sentence_does():
    from declutter.content.options import ContentSettings
    from declutter.content.shapes import article_part, embedded_post, prose_part

    post = "#VueleLaPaz 6 de Mayo – Comuna 13 pic.twitter.com/9CYgKmoyXT — Minuto30.com (@minuto30com) May 5, 2022"
    opts = ContentSettings()
    count = len(post.split())
    assert embedded_post(post) and prose_part(post, count, opts) and article_part(post, count, opts)
    for text in ("Results for the year 2022", "Follow us (@site) on Twitter", "Contact: (@desk) 2022 ext"):
        assert not embedded_post(text), text


def test_a_short_line_between_two_of_the_rules_chrome_drops_is_the_chromes():
    from declutter.content.chrome import drop_chrome_fragments
    from declutter.kinds import Kind

    from .helpers import kinds, make_doc

    lines = ["Cet article est gratuit grâce aux dons.", "Don mensuel", "Sur le même sujet", "Photo: AFP", "Conclusion", "Newsletter"]
    doc = make_doc("\n".join(lines))
    for i, kind in ((0, Kind.DONATION_APPEAL), (2, Kind.RELATED_TEASERS), (3, Kind.IMAGE_CAPTION), (5, Kind.NEWSLETTER)):
        doc.drop(doc.blocks[i], kind)
    drop_chrome_fragments(doc, 3)
    # The button between a donation box and a teaser heading goes; a subheading
    # after a picture's caption stays, whatever follows it.
    assert kinds(doc)[1] == Kind.SHORT_FRAGMENT and kinds(doc)[4] is None


def test_the_classifiers_comment_entries_under_the_article_are_dropped():
    from declutter.blocks import split_blocks, word_count
    from declutter.content.comments import without_comments
    from declutter.kinds import Kind

    article = "Der Rat hat am Montag beschlossen, die Gebühren im kommenden Jahr nicht zu erhöhen, sagte die Sprecherin."
    comment = "Das ist eine gute Nachricht für alle hier."
    blocks = split_blocks("\n".join(["12 Kommentare", article, article, "Antworten", comment, "Antworten"]))
    blocks[0].kind = blocks[3].kind = blocks[5].kind = Kind.COMMENTS_WIDGET
    candidates = [blocks[1], blocks[2], blocks[4]]
    words = [word_count(b.text) for b in candidates]
    # The link above the article ends nothing; the furniture under it ends the article there.
    assert without_comments([True, True, True], blocks, candidates, words) == [True, True, False]
    # Furniture above the bulk of the kept text is not the comments' start.
    assert without_comments([False, False, True], blocks, candidates, words) == [False, False, True]


def test_a_subheading_between_two_kept_paragraphs_past_a_picture_stays_and_one_beside_a_promo_does_not():
    from declutter.blocks import split_blocks
    from declutter.content.subheadings import with_late_subheadings
    from declutter.kinds import Kind

    def late(lines: list[str], dropped: dict[int, Kind], score: float = 0.25) -> list[bool]:
        blocks = split_blocks("\n".join(lines))
        for at, kind in dropped.items():
            blocks[at].kind = kind  # what a rule dropped on the page
        candidates = [b for b in blocks if b.kind is None]
        places = [b.index for b in candidates]
        words = [word_count(b.text) for b in candidates]
        keep = [i != 1 for i in range(len(candidates))]
        return with_late_subheadings(keep, [0.9, score, 0.9], blocks, candidates, places, words, ContentSettings())

    caption = "Readers in the reading room. (Photo: Jane Roe)"
    assert late([PROSE[0], "Longer opening hours", caption, PROSE[1]], {2: Kind.IMAGE_CAPTION}) == [True, True, True]
    # A newsletter's box between it and its paragraph: it stays, but a call over the box is the box's.
    signup = "Get our newsletter every morning"
    assert late([PROSE[0], "Longer opening hours", signup, PROSE[1]], {2: Kind.NEWSLETTER}) == [True, True, True]
    assert late([PROSE[0], "Help us today!", signup, PROSE[1]], {2: Kind.NEWSLETTER}) == [True, False, True]
    # A promo's line beside it: the line is the box's ("Watch live" over "Listen to the radio").
    assert late([PROSE[0], "Watch the stream live", "Listen to the radio", PROSE[1]], {2: Kind.PROMO}) == [True, False, True]
    # Scored under the floor, ended like a label, or under a short line: not a subheading here.
    assert late([PROSE[0], "Longer opening hours", PROSE[1]], {}, score=0.1) == [True, False, True]
    assert late([PROSE[0], "Opening hours:", PROSE[1]], {}) == [True, False, True]
    assert late([PROSE[0], "Longer opening hours", "Open daily"], {}) == [True, False, True]
    # Said under each picture of a gallery, or shaped like a credit: not a subheading.
    gallery = [PROSE[0], "Longer opening hours", PROSE[1], "Longer opening hours"]
    assert late(gallery, {3: Kind.IMAGE_CAPTION}) == [True, False, True]
    assert late([PROSE[0], "Jane Roe / Web / Source: Library", PROSE[1]], {}) == [True, False, True]


def test_numbered_steps_counting_up_from_one_stay_and_a_rankings_bare_numbers_do_not():
    from declutter.blocks import split_blocks
    from declutter.content.steps import step_number, with_numbered_steps

    steps = ["Dice the pumpkin and chop the onion.", "Fry them in butter for ten minutes.", "Stir in the cheese and serve at once."]

    def kept(numbers: list[str], texts: list[str] = steps, between: str | None = None) -> list[bool]:
        lines: list[str] = []
        for number, text in zip(numbers, texts):
            lines += [number, text] + ([between] if between else [])
        blocks = split_blocks("\n".join(lines))
        words = [word_count(b.text) for b in blocks]
        return with_numbered_steps([False] * len(blocks), blocks, words, ContentSettings())

    assert [step_number(t) for t in ("Step 3", "3 of 17", "3.", "3. 3.", "3/17", "3", "2019", "1:05")] == [
        3, 3, 3, 3, 3, None, None, None,
    ]
    assert kept(["Step 1", "Step 2", "Step 3"]) == [False, True] * 3
    # A picture's button between a step and the next number is passed over, not kept.
    assert kept(["1 of 3", "2 of 3", "3 of 3"], between="Show picture") == [False, True, False] * 3
    # A ranking's bare numbers, two steps only, numbers out of order, headlines under them: nothing.
    assert True not in kept(["1", "2", "3"])
    assert True not in kept(["1.", "2."])
    assert True not in kept(["1.", "3.", "2."])
    assert True not in kept(["1.", "2.", "3."], ["Storm closes three schools", "Council tax to rise", "Local team wins the cup"])


def test_the_authors_bio_under_the_article_goes_and_her_byline_over_its_paragraphs_does_not():
    from declutter.blocks import split_blocks
    from declutter.content.bios import without_author_bio
    from declutter.kinds import Kind

    bio = "Jane is the paper's science editor and has covered libraries for ten years."

    def kept(heading: str, kind: str | None = None, author: str | None = "Jane Doe") -> list[bool]:
        lines = PROSE[:4] + [heading, bio]
        blocks = split_blocks("\n".join(lines))
        blocks[4].kind = kind
        places = [0, 1, 2, 3, 5]
        return without_author_bio([True] * 5, blocks, [blocks[i] for i in places], places, author)

    assert kept("About Jane Doe") == [True, True, True, True, False]
    assert kept("Jane Doe", Kind.RELATED_TEASERS) == [True, True, True, True, False]
    # Her byline over the article's paragraphs, another name, a long line naming her, no author: all stay.
    assert False not in kept("By Jane Doe", Kind.BYLINE)
    assert False not in kept("About John Roe")
    assert False not in kept("Jane Doe said on Monday that the council would decide.")
    assert False not in kept("About Jane Doe", author=None)
