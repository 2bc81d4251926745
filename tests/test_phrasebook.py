"""Phrase-book helpers: edge stripping, and a page's kinds at once as one by one."""
from __future__ import annotations

import random
import re

import pytest

from declutter.blocks import edge_stripped
from declutter.phrases.book import load_phrasebook
from declutter.phrases.matching.joinedlines import joined_lines

# The edges as first written, one regex substitution.
EDGES = re.compile(r"^[\s•·*|>»›\-–—_:#]+|[\s•·*|<«‹\-–—_:.!…]+$")


def test_edge_stripped_as_the_regex():
    rnd = random.Random(3)
    alphabet = "ab •·*|>»›-–—_:#<«‹.!…\t\xa0\u2003\x1c\x85"
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 9)))
        assert edge_stripped(text) == EDGES.sub("", text), repr(text)


def test_kinds_of_a_page_as_of_each_line():
    book = load_phrasebook(("en", "de", "fr", "es"))
    lines = [
        "Skip to content", "• Logo", "Flooded street (Photo: Jane Doe / Reuters)", "© 2024 Example Ltd. All rights reserved.",
        "Your email address will not be published. Required fields are marked *", "The council met on Tuesday.",
        "Alle Rechte vorbehalten", "12 Kommentare", "Already a subscriber? Log in", "Share on Facebook",
    ]
    assert book.kinds_of(lines) == [book.kinds_of([line])[0] for line in lines]
    assert book.kinds_of(lines[5:6] + lines[:2]) == [None] + [book.kinds_of([line])[0] for line in lines[:2]]


def test_phrase_hits_as_searching_every_phrase_in_the_whole_page():
    # Searching only the phrases whose literals the page holds, each from the
    # line of its first literal, counts what searching all of them from the
    # page's start counts.
    book = load_phrasebook(("en", "de", "fr", "es"))
    rnd = random.Random(5)
    pieces = [
        "Your email address will not be published.", "Required fields are marked *", "We use cookies", "wir verwenden cookies",
        "© 2024", "©", "2024", "make a donation", "Consider making a contribution", "The council met.", "Already a subscriber?", " ", "x",
    ]
    for _ in range(300):
        texts = [" ".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 4))) for _ in range(rnd.randrange(1, 8))]
        page = "\n".join(texts).lower()
        starts = [sum(len(t) + 1 for t in texts[:i]) for i in range(len(texts))]
        want: dict[int, dict[str, int]] = {}
        for kind, phrase in book.phrases.phrases:
            seen = set()
            for match in phrase.pattern.finditer(page):
                index = max(i for i, start in enumerate(starts) if start <= match.start())
                if index not in seen and match.end() <= starts[index] + len(texts[index]):
                    seen.add(index)
                    want.setdefault(index, {}).setdefault(kind, 0)
                    want[index][kind] += 1
        assert book.phrases.hits_in(*joined_lines(texts, lowered=True)) == want, texts


def test_sections_of_a_page_as_of_each_line():
    book = load_phrasebook(("en", "de", "fr", "es"))
    lines = ["Related Articles", "• Most read", "12 comments", "Lesen Sie auch", "The council met on Tuesday.", "Related", "Nothing"]
    assert book.sections_of(lines) == [book.section_named(edge_stripped(line)) if book.any_section.fullmatch(edge_stripped(line)) else None for line in lines]
    assert book.sections_of(lines)[:3] == ["related", "related", "comments"]


def test_related_headings_share_prompts_and_paywall_lines_of_this_session():
    german = load_phrasebook(("de",))
    for heading in ("Das Thema könnte dich auch interessieren:", "Lesen Sie auch die folgenden Beiträge:",
                    "Die meistgelesenen Artikel bei Beispiel.de", "Weitere aktuelle Themen aus der Arbeitswelt"):
        assert german.section_of(heading) == "related", heading
    assert german.kinds_of(["Teilen Sie dies mit:"])[0] == "share-prompt"
    assert german.section_of("Weitere Pläne der Stadt wurden gestern vorgestellt.") is None
    english = load_phrasebook(("en",))
    for line in ("To view the full story, please subscribe to The Daily Example.",
                 "Instant access to the full article PDF.",
                 "We may earn a commission when you buy through links on our site."):
        assert english.kinds_of([line])[0] == "promo", line
    assert english.kinds_of(["The firm said it would earn more from commissions this year."])[0] is None


def test_a_caption_ending_in_its_credit_after_a_label_is_a_caption():
    captions = {
        "de": "Erdölpumpen im Abendrot. Bild: Max Muster/Beispielbilder.com",
        "es": "Puerto de Montevideo. Foto: Archivo El Diario.",
        "en": "Officials at the site earlier this week. Photo: Jane Doe",
        "pl": "Praca w magazynie, zdjęcie ilustracyjne / Źródło: Pixabay",
    }
    for language, line in captions.items():
        assert load_phrasebook((language,)).kinds_of([line])[0] == "image-caption", line
    # A sentence that goes on after the label is the article's.
    sentence = "Das Bild zeigt den Hafen. Bild: Der Hafen war gestern voll, sagte der Sprecher, und morgen wird er es wieder sein."
    assert load_phrasebook(("de",)).kinds_of([sentence])[0] is None


def test_a_line_an_arrow_opens_or_closes_is_a_link():
    book = load_phrasebook(("en", "de", "fr", "es"))
    for line in ("← Kranke Zahlen – ein älterer Beitrag", "Steuerdarling – Die Partei als Ehestifter →", "Jetzt kostenlos anmelden »"):
        assert book.kinds_of([line])[0] == "navigation", line
    # A French quote closes with a guillemet it opened.
    assert book.kinds_of(["« Nous ne céderons pas », a déclaré la ministre »"])[0] is None
    assert book.kinds_of(["Il a déclaré : « Nous ne céderons pas »"])[0] is None


def test_white_space_is_every_character_str_strip_removes():
    from declutter.blocks import WHITE_SPACE

    assert set(WHITE_SPACE) == {chr(code) for code in range(0x110000) if chr(code).isspace()}


def test_kinds_as_trying_each_kind_in_turn():
    # kinds_of takes a line's kind from line_kind (remembered per line) and
    # the phrase counts: the first kind whose line patterns or phrases match.
    book = load_phrasebook(("en", "de", "fr", "es"))

    def kind_of(text):
        stripped = edge_stripped(text)
        line_hit = book.any_line.fullmatch(stripped)
        hits = book.phrases.hits_in(*joined_lines([text], lowered=True)).get(0, {})
        words = len(text.split())
        for rules in book.kinds:
            if line_hit and rules.line is not None and rules.line.fullmatch(stripped):
                return rules.kind
            if hits.get(rules.kind, 0) and hits[rules.kind] >= rules.needed(words):
                return rules.kind
        return None

    rnd = random.Random(8)
    pieces = ["Logo", "Share on Facebook", "Newsletter", "Sign up", "Photo: Jane Doe / Reuters", "©", "2024", "All rights reserved",
              "We use cookies", "Your email address will not be published.", "make a donation", "Advertisement", "Anzeige", "12 Kommentare", "•", " "]
    for _ in range(400):
        text = " ".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 4)))
        assert book.kinds_of([text]) == [kind_of(text)], text


def test_kinds_and_sections_from_one_pass_as_each_on_its_own():
    book = load_phrasebook(("en", "de", "fr", "es"))
    lines = ["Related Articles", "Comments (12)", "Skip to content", "The council met on Tuesday.", "Lesen Sie auch",
             "© 2024 Example Ltd. All rights reserved.", "Most read", "Logo", "Reply"]
    assert book.kinds_and_sections(lines) == (book.kinds_of(lines), book.sections_of(lines))


def test_related_reads_the_headings_boilerplate_found_or_finds_them_itself():
    from declutter import clean
    from declutter.settings import Settings

    page = "Council approves budget\nThe council approved the budget on Tuesday after a long debate.\nRelated Articles\nMayor opens new bridge\nSchool reopens after floods\n"
    with_boilerplate = clean(page)
    without = clean(page, settings=Settings(pipeline=("language", "related")))
    assert [r.title for r in with_boilerplate.related] == [r.title for r in without.related] == ["Mayor opens new bridge", "School reopens after floods"]


def test_every_book_compiles_and_answers_the_same_compiled_at_once_or_on_first_use():
    # Patterns are compiled the first time a line needs them; compile_all (a
    # batch's warm_up) compiles them all now: every book's patterns are valid,
    # and a book compiled at once answers as one compiled line by line.
    from declutter.phrases.book import _merged_books
    from declutter.phrases.book_files import available_languages

    lines = [
        "Skip to content", "• Logo", "© 2024 Example Ltd. All rights reserved.", "12 Kommentare", "Related Articles",
        "Share on Facebook", "Lesen Sie auch", "The council met on Tuesday.", "Donate now to support our journalism today",
    ]
    for language in available_languages():
        lazy = load_phrasebook((language,))
        for cache in (load_phrasebook, _merged_books):
            cache.cache_clear()
        eager = load_phrasebook((language,))
        assert eager.any_line is not lazy.any_line
        eager.compile_all()
        assert lazy.kinds_and_sections(lines) == eager.kinds_and_sections(lines)
        assert [lazy.section_of(line) for line in lines] == [eager.section_of(line) for line in lines]


def test_feed_footers_for_a_line_are_those_that_can_start_with_it():
    book = load_phrasebook(("en", "de", "fr", "es"))
    for text in ["The post Hello appeared first on Example News.", "Der Beitrag X erschien zuerst auf Y.", "Home", "Ünter", "x was originally published in Y on Medium, where people are continuing the conversation"]:
        matching = [pattern for pattern in book.feed_footers if pattern.fullmatch(text)]
        assert [p for p in book.feed_footers_for(text) if p.fullmatch(text)] == matching, text
    assert book.feed_footers_for("The post X appeared first on Y.")[0].fullmatch("The post X appeared first on Y.")
    assert len(book.feed_footers_for("Home")) < len(book.feed_footers)


@pytest.mark.parametrize(
    ("language", "blurb", "sentence"),
    [
        ("en", "About Acme Corp: Founded in 1990, Acme Corp makes tools for builders in 40 countries.",
         "About 200 residents: the council counted them at the meeting and more came later."),
        ("de", "Über Nordlicht AG: Die Nordlicht AG baut seit 1990 Werkzeuge für Handwerker in 40 Ländern.",
         "Über die Pläne: Der Rat sprach am Abend lange darüber, wie es weitergehen soll."),
        ("fr", "À propos d'Atelier Nord : Atelier Nord fabrique depuis 1990 des outils pour les artisans.",
         "À propos de la réforme : le conseil en a longuement débattu lors de sa réunion."),
        ("es", "Acerca de Taller Sur S.A.: Taller Sur S.A. fabrica herramientas desde 1990 para artesanos de 40 países.",
         "Acerca de la reforma: el consejo la debatió durante horas en su reunión del lunes."),
    ],
)
def test_a_press_releases_blurb_on_its_company_is_a_promo_and_a_sentence_opening_alike_is_not(language, blurb, sentence):
    # The blurb names its company again after the colon; the sentence does not.
    book = load_phrasebook((language,))
    assert book.kinds_of([blurb, sentence]) == ["promo", None]


@pytest.mark.parametrize("line", ["Schreib einen Kommentar", "Schreibe einen Kommentar", "Schreiben Sie einen Kommentar"])
def test_a_german_comment_prompt_in_its_three_persons_is_the_comments_widget(line):
    # "Schreib" and "Schreiben Sie" as well as "Schreibe": a comment form's
    # heading otherwise stands over the comments as a headline-shaped line.
    book = load_phrasebook(("de",))
    assert book.kinds_of([line]) == ["comments-widget"]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "2 Gedanken zu „Folge 70: Star Trek“"),
        ("fr", "3 réflexions sur « Le titre »"),
        ("es", "4 comentarios en «El titular»"),
        ("en", "You are commenting using your Google account. ( Log Out / Change )"),
    ],
)
def test_a_comment_sections_heading_naming_the_post_is_the_comments_widget(lang, line):
    # The heading a blog prints over its comments quotes the post's headline:
    # taken for a headline-shaped line, it was given as the page's title.
    assert load_phrasebook((lang,)).kinds_of([line]) == ["comments-widget"]


def test_a_counted_heading_without_quotes_is_not_a_german_comment_heading():
    # "5 Gedanken zu einem Thema" may head an article: the post's headline is quoted.
    assert load_phrasebook(("de",)).kinds_of(["5 Gedanken zu einem schwierigen Thema"]) == [None]
