"""Phrasings of blog and news widgets across languages: comment forms, sign-up
boxes, donation appeals, image credits, inline "read also" teasers, and the
Polish book. Each line is written here in the style of the widget, not copied
from a page; the prose lines beside them must stay."""
from __future__ import annotations

import pytest

from declutter import clean
from declutter.phrases.book import load_phrasebook

DEFAULT = ("en", "de", "fr", "es")

DROPPED = [
    ("Photo by Jane Roe on Unsplash", "image-caption"),
    ("Alle Bewertungen ansehen", "navigation"),
    ("See all 212 reviews", "navigation"),
    ("Voir tous les avis", "navigation"),
    ("Figure 2: Rainfall by month in the valley", "image-caption"),
    ("Harbour at dusk © Max Muster / stock.example.com", "image-caption"),
    ("Ein Baum am Wegesrand (Symbolbild)", "image-caption"),
    ("Abbildung 3: Verlauf der Temperatur im Januar", "image-caption"),
    ("No Responses so far", "comments-widget"),
    ("Schreibe einen Kommentar Antworten abbrechen", "comments-widget"),
    ("E-Mail (wird nicht veröffentlicht)", "comments-widget"),
    ("7 Bloggern gefällt das:", "comments-widget"),
    ("Verraten Sie uns in den Kommentaren: Wie heizen Sie?", "comments-widget"),
    ("We want to hear what you think about this story. Write to us.", "comments-widget"),
    ("Never miss a story: sign up for our morning email.", "newsletter"),
    ("Enter your email address to subscribe to this blog and receive notifications of new posts by email.", "newsletter"),
    ("Um neue Beiträge per E-Mail zu erhalten, hier die E-Mail-Adresse eingeben.", "newsletter"),
    ("Keine Artikel aus der Region mehr verpassen!", "newsletter"),
    ("Jede kleine Spende hilft uns weiter.", "donation-appeal"),
    ("Liked this post? Would you consider supporting our work with a small gift?", "donation-appeal"),
    ("You are using a browser version with limited support for CSS.", "cookie-notice"),
    ("Klicken Sie auf den Button, um den Inhalt von video.example.com zu laden.", "cookie-notice"),
    ("You have read 2 of 5 free articles this month.", "promo"),
    ("Vous avez lu 3 des 5 articles gratuits ce mois-ci.", "promo"),
    ("This article is the copyrighted property of Example News.", "copyright"),
    ("Tagged: elections, budget, council", "navigation"),
    ("12 min - 2,480 words", "navigation"),
    ("Para comentar debes iniciar sesión.", "comments-widget"),
    # A comment section's toggle hides it as well as it shows it: not a teaser's title.
    ("Hide comments", "comments-widget"),
    ("Kommentare ausblenden", "comments-widget"),
    ("Masquer les commentaires", "comments-widget"),
    ("Ocultar comentarios", "comments-widget"),
    ("Artikel geht weiter", "advertisement"),
    ("Zum Aufklappen tippen", "share-prompt"),
]

KEPT = [
    "Photographs by the river were taken in 1920 and show the old mill.",
    "The figure rose to 12 percent last year, the ministry said.",
    "Die Stadt will die Spende an den Verein in diesem Jahr verdoppeln.",
    "Vergrößern Sie den Abstand zwischen den Pflanzen auf 30 Zentimeter.",
    "The council said comments from residents had shaped the plan.",
    "Der Artikel geht weiter auf die Folgen für die Mieter ein.",
    "The minister tried to hide comments he had made in 2019.",
]


@pytest.mark.parametrize("line, kind", DROPPED)
def test_widget_lines_are_their_kind(line, kind):
    assert load_phrasebook(DEFAULT).kinds_of([line])[0] == kind, line


@pytest.mark.parametrize("line", KEPT)
def test_prose_that_shares_their_words_is_no_kind(line):
    assert load_phrasebook(DEFAULT).kinds_of([line])[0] is None, line


@pytest.mark.parametrize("head", ["Auch lesen", "Lesen Sie hier", "Le puede interesar", "Puedes ver", "Explore further"])
def test_read_also_heads_open_inline_teasers(head):
    page = "\n".join([
        "Council approves the new budget",
        "The council approved the budget on Tuesday after a long debate about the costs of the new school.",
        f"{head}: Mayor opens the new bridge over the river",
        "The vote was eleven to four, and the plan now goes to the regional government for review.",
    ])
    doc = clean(page)
    assert [r.title for r in doc.related] == ["Mayor opens the new bridge over the river"]
    assert "Mayor opens" not in doc.text and "eleven to four" in doc.text


def test_polish_book_dates_teasers_and_cookies():
    book = load_phrasebook(("pl",))
    assert book.kinds_of(["Materiał chroniony prawem autorskim - zasady przedruków określa regulamin."])[0] == "copyright"
    assert book.kinds_of(["Informujemy, że korzystamy z plików cookies."])[0] == "cookie-notice"
    assert book.section_of("Czytaj też") == "related"
    assert book.section_of("Najnowsze") is None  # a menu item, not a heading: it would swallow the article
    match = book.day_month_year.search("opublikowano: 7 kwietnia 2021")
    assert match and match.group(2).lower() == "kwietnia"
