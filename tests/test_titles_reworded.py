"""Title lines that say the headline otherwise: its shorter opening part
("Headline | Longer Site Name"), and an SEO title printed over the h1."""
from __future__ import annotations

from declutter import clean
from declutter.settings import Settings
from declutter.titles.loose_copy import loose_copy
from declutter.titles.opening_part import opening_part_copy

from .helpers import make_doc

PARAGRAPHS = [
    "Der Gemeinderat hat am Dienstag beschlossen, die neue Brücke über den Fluss bis zum Sommer fertigzustellen, wie der Bürgermeister mitteilte.",
    "Die Brücke soll den Verkehr in der Innenstadt entlasten und Radfahrern einen sicheren Weg über den Fluss bieten, sagte die Planerin.",
    "Die Kosten für den Bau der Brücke liegen nach Angaben der Stadt bei rund zwölf Millionen Euro, die zum Teil vom Land getragen werden.",
]
SITE = "Stadtblatt Lokalnachrichten aus der Region"


def _title(*lines: str, without: str | None = None) -> str | None:
    settings = Settings().without(without) if without else Settings()
    return clean("\n\n".join(lines), settings=settings).title


def test_the_title_lines_shorter_opening_part_printed_over_its_article_is_the_title():
    assert _title(f"Brückenbau | {SITE}", "* Home", "* Kontakt", "Brückenbau", *PARAGRAPHS, without="headline") == "Brückenbau"


def test_the_opening_part_printed_under_the_articles_start_or_the_site_closer_gives_no_title():
    # Under the article's first paragraph: a teaser's or a footer's line.
    assert _title(f"Brückenbau | {SITE}", "* Home", *PARAGRAPHS, "Brückenbau", "Mehr aus der Region", without="headline") is None
    # The site's name printed again too (its logo): which part is the headline is not known.
    doc = make_doc("\n".join([f"Brückenbau | {SITE}", "* Home", "Brückenbau", *PARAGRAPHS]))
    assert opening_part_copy(doc, doc.blocks[0], 3, bool) == ("Brückenbau", doc.blocks[2])
    doc = make_doc("\n".join([f"Brückenbau | {SITE}", SITE, "* Home", "Brückenbau", *PARAGRAPHS]))
    assert opening_part_copy(doc, doc.blocks[0], 4, bool) is None


SEO = "Stadtrat beschließt: Neue Brücke über den Fluss bis zum Sommer fertig"
H1 = "Die neue Brücke kommt: Fluss-Querung bis Sommer"


def test_the_h1_under_the_title_lines_copy_over_the_byline_is_the_title():
    lines = [f"{SEO} | Stadtblatt", "* Home", "* Lokales", SEO, H1, "Von Jana Berger", *PARAGRAPHS]
    doc = clean("\n\n".join(lines))
    assert doc.title == H1
    assert doc.origins["title"].how == "under-title-copy"


def test_a_deck_or_the_copy_with_a_kicker_under_the_copy_is_not_the_title():
    deck = "Der Gemeinderat hat die neue Brücke über den Fluss beschlossen und die Kosten von zwölf Millionen Euro gebilligt, sagt die Stadt"
    assert _title(f"{SEO} | Stadtblatt", "* Home", "* Lokales", SEO, deck, "Von Jana Berger", *PARAGRAPHS) == SEO
    assert _title(f"{SEO} | Stadtblatt", "* Home", "* Lokales", SEO, f"Lokales {SEO}", "Von Jana Berger", *PARAGRAPHS) == SEO
    # No byline under it: a teaser's or a subheading's line.
    assert _title(f"{SEO} | Stadtblatt", "* Home", "* Lokales", SEO, H1, *PARAGRAPHS) == SEO


def test_a_headline_past_the_search_reach_is_taken_when_the_first_line_says_it():
    headline = "Neue Brücke über den Fluss kommt bis zum Sommer"
    menu = [f"Rubrik {n}" for n in range(90)]
    first = "Brücke über den Fluss kommt: neu bis zum Sommer"  # its <title>, worded otherwise
    page = [first, *menu, headline, "Von Jana Berger", *PARAGRAPHS]
    assert _title(*page, without="article-headline") == headline
    # A line that says something else, over a date that far down, is a teaser's.
    other = "Stadtfest fällt in diesem Jahr wegen Bauarbeiten aus"
    assert _title(first, *menu, other, "Von Jana Berger", *PARAGRAPHS, without="article-headline") is None


def test_the_title_lines_headline_printed_with_other_quotes_over_its_article_is_the_title():
    doc = make_doc("\n".join(['Warum die "Brücke" über den Fluss kommt - Stadtblatt', "* Home", "Warum die „Brücke“ über den Fluss kommt", *PARAGRAPHS]))
    assert loose_copy(doc, doc.blocks[0], 3, bool) == ("Warum die „Brücke“ über den Fluss kommt", doc.blocks[2])
    # Other words are no copy, nor a line under the article's first paragraph.
    doc = make_doc("\n".join(['Warum die "Brücke" über den Fluss kommt - Stadtblatt', "* Home", "Warum die Brücke kommt", *PARAGRAPHS]))
    assert loose_copy(doc, doc.blocks[0], 3, bool) is None
    doc = make_doc("\n".join(['Warum die "Brücke" über den Fluss kommt - Stadtblatt', *PARAGRAPHS, "Warum die „Brücke“ über den Fluss kommt"]))
    assert loose_copy(doc, doc.blocks[0], 1, bool) is None
