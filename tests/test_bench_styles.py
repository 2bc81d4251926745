"""The style-pages benchmark (bench/styles): generator and scorer, without the corpus."""
from __future__ import annotations

from bench.styles.bodies import Body, headline_of
from bench.styles.chrome_page import PAGE
from bench.styles.furniture import Snippets, honest_page
from bench.styles.generator import LANGUAGES, Gold, StylePage, build_pages
from bench.styles.names import DATE_FORMATS
from bench.styles.scoring import Output, Tally, score_page
from bench.styles.styles import STYLES


def _bodies() -> list[Body]:
    bodies = []
    for lang in LANGUAGES:
        for n in range(4):
            parts = [("p", f"{lang} article {n} opens with a sentence long enough to be real prose for the test."),
                     ("head", f"{lang} subheading {n}"),
                     ("p", f"{lang} article {n} goes on with a second paragraph that says something more."),
                     ("item", f"{lang} list item {n} one"), ("item", f"{lang} list item {n} two"),
                     ("quote", f"“{lang} quoted words from article {n}, said by somebody important.”"),
                     ("p", f"{lang} article {n} ends with a third paragraph and a full stop.")]
            bodies.append(Body(f"{lang}{n}", lang, f"{lang.upper()} headline number {n} about a thing", "2024-03-14" if n % 2 else None, tuple(parts)))
    return bodies


def test_generator_is_deterministic() -> None:
    first, second = build_pages(_bodies(), per_cell=2), build_pages(_bodies(), per_cell=2)
    assert [p.text for p in first] == [p.text for p in second]
    assert [p.gold for p in first] == [p.gold for p in second]
    assert len(first) == len(STYLES) * len(LANGUAGES) * 2


def test_gold_paragraphs_are_page_lines_and_chrome_never_equals_one() -> None:
    for page in build_pages(_bodies(), per_cell=3):
        lines = set(page.lines)
        assert page.gold.paragraphs, page.id
        assert all(p in lines for p in page.gold.paragraphs), page.id
        assert all(line in lines for line, _ in page.gold.boilerplate), page.id
        assert not {line for line, _ in page.gold.boilerplate} & set(page.gold.paragraphs), page.id
        if page.gold.title is not None:
            assert page.gold.title.casefold() in page.text.casefold()  # the scorer ignores case


def test_the_halves_use_disjoint_phrasings() -> None:
    for page in build_pages(_bodies(), per_cell=4):
        half = 0 if page.half == "dev" else 1
        allowed = {line for i, p in enumerate(PAGE["menu"][page.language]) if i % 2 == half for line in p.split("\n")}
        menu = [line for line, kind in page.gold.boilerplate if kind == "menu"]
        assert set(menu) <= allowed, page.id


def test_tables_cover_the_brief() -> None:
    assert len(STYLES) >= 13
    assert len({f for formats in DATE_FORMATS.values() for f in formats}) >= 15
    for slot, table in PAGE.items():
        assert set(table) == set(LANGUAGES), slot
        assert all(len(options) >= 2 for options in table.values()), slot


def _tiny_page() -> StylePage:
    gold = Gold(title="The headline", source="Site", author=None, date="2024-03-14", related=["Another story"],
                paragraphs=["First paragraph.", "Second paragraph."], parts=["p", "p"],
                boilerplate=[("Menu", "menu"), ("Advertisement", "ad-marker"), ("The headline", "headline")])
    lines = ["Menu", "The headline", "First paragraph.", "Advertisement", "Second paragraph."]
    return StylePage("tiny", "test", "en", "en", "dev", lines, gold)


def test_scorer_counts_a_lost_paragraph_and_a_leaked_line() -> None:
    out = Output(lines=["First paragraph.", "Advertisement"], title="the  HEADLINE", source=None, author="Somebody",
                 date="2024-03-14T10:00", related=["another story", "Not gold"], removed={"Second paragraph.": "related-teasers/related"})
    tally = Tally()
    failures = score_page(_tiny_page(), out, [tally])
    assert (tally.found, tally.gold_paragraphs, tally.output_lines, tally.body_lines_out) == (1, 2, 2, 1)
    assert tally.precision == 0.5 and tally.recall == 0.5
    assert tally.lost == {"related-teasers/related": 1}
    assert tally.leaked == {"ad-marker": 1} and tally.leaked_share == 1 / 3
    assert tally.meta["title"]["right"] == 1 and tally.meta["date"]["right"] == 1
    assert tally.meta["source"]["missing"] == 1 and tally.meta["author"]["wrong"] == 1
    assert (tally.related_hit, tally.related_gold, tally.related_got) == (1, 1, 2)
    assert {f["field"] for f in failures} == {"paragraph", "leaked", "source", "author"}


def test_a_changed_paragraph_is_lost_without_a_removal() -> None:
    out = Output(lines=["First paragraph. Second paragraph."])
    tally = Tally()
    score_page(_tiny_page(), out, [tally])
    assert tally.found == 0 and tally.lost == {"not-removed/changed": 2}


def test_honest_gold_moves_annotated_furniture_to_the_boilerplate() -> None:
    page = _tiny_page()
    page.gold.paragraphs.append("Read more: Another story about the same thing")
    page.gold.parts.append("p")
    snippets = Snippets(with_=("Second paragraph",), without=("Read more: Another story", "First"))
    honest = honest_page(page, snippets)
    # the snippet covers over a third of the line: furniture; "First" is too short a share of its line to say so
    assert honest.gold.paragraphs == ["First paragraph.", "Second paragraph."] and honest.gold.parts == ["p", "p"]
    assert honest.gold.boilerplate[-1] == ("Read more: Another story about the same thing", "body-furniture")
    assert len(page.gold.paragraphs) == 3  # the gold as extracted is left as it was
    # a line holding a ``with`` snippet stays article whatever ``without`` snippet it also holds
    assert honest_page(page, Snippets(with_=("same thing",), without=("Read more: Another story",))) is page


def test_a_label_h1_is_not_the_headline() -> None:
    # An h1 ending in a colon heads a form or a box: the metadata title names the article.
    assert headline_of("Faire un don :", "Caisse de solidarité financière | Info Com") == "Caisse de solidarité financière"
    assert headline_of("Real headline here", "Other | Site") == "Real headline here"
    assert headline_of("", "Headline of the page | Site") == "Headline of the page"
