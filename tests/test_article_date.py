"""Which of a page's dates is the article's: labels, the headline printed again,
the date line nearest the headline, the article's first paragraph as the
anchor of a page whose title is read from no line, and dates of other things."""
from declutter import clean
from declutter.dates.evidence import labelled_dates
from declutter.phrases import book_for, load_phrasebook
from declutter.phrases.dates import find_dates, numeric_dates
from declutter.settings import Settings

from .helpers import make_doc

HEADLINE = "Harbour reopens after two years of repairs"
ARTICLE = (
    "\nThe harbour reopened on Monday after two years of repairs to its deck, its cables and its old stone piers."
    "\nShips queued at the harbour mouth on Monday morning, and the first to berth was a ferry from the islands."
)


def test_a_date_labelled_the_publication_wins_over_an_update_and_a_masthead_date():
    page = "Friday, January 20th 2023\nNews\n" + HEADLINE + "\n" + HEADLINE + "\nUPDATED: January 17, 2023\nPUBLISHED: January 16, 2023 at 4:30 p.m." + ARTICLE
    assert clean(page).published == "2023-01-16"
    german = HEADLINE + "\n" + HEADLINE + "\nAktualisiert am 19.02.2020\nVeröffentlicht am Mittwoch, den 12.02.2020" + ARTICLE
    assert clean(german).published == "2020-02-12"


def test_an_update_labelled_date_gives_way_to_a_publication_labelled_one_further_down():
    filler = "\n".join(f"A paragraph of the article number {n} that goes on to say a little more." for n in range(20))
    page = HEADLINE + "\n" + HEADLINE + "\nAktualisiert: 11.04.2020, 10:27" + ARTICLE + "\n" + filler + "\nPubliziert: 03.04.2020, 12:35"
    assert clean(page).published == "2020-04-03"


def test_the_date_line_nearest_the_headline_wins_and_under_it_when_as_near():
    page = "Other story on the harbour\nNovember 8, 2023\n" + HEADLINE + "\nNovember 6, 2023" + ARTICLE
    doc = clean(page)
    assert doc.title == HEADLINE and doc.published == "2023-11-06"


def test_a_line_printing_the_headline_again_with_a_date_dates_the_article():
    page = HEADLINE + " - News - 11/05/2022 - The Coastal Courier\nMenu\n" + HEADLINE + ARTICLE
    assert clean(page).published == "2022-05-11"


def test_a_short_meta_line_near_the_headline_gives_its_date_and_a_sentence_does_not():
    page = HEADLINE + "\n" + HEADLINE + "\nPosted in News by jdoe on August 3, 2019" + ARTICLE
    assert clean(page).published == "2019-08-03"
    sentence = HEADLINE + "\n" + HEADLINE + "\nDivers found the old anchor of the harbour on 5 February 2020, and the town museum keeps it now." + ARTICLE
    assert clean(sentence).published is None


def test_a_date_labelled_as_another_events_is_no_date_of_the_text():
    page = HEADLINE + "\n" + HEADLINE + "\nTermin: 21.02.2020, 19 Uhr" + ARTICLE
    assert clean(page).published is None
    assert clean(page.replace("Termin:", "Datum:")).published == "2020-02-21"


def test_a_page_without_a_title_line_looks_for_its_date_over_its_first_paragraph():
    header = "Thursday, November 9th 2023\n" + "\n".join(f"Menu item {n}" for n in range(12))
    page = header + "\nBy Jane Doe\nNovember 8, 2023" + ARTICLE
    assert clean(page).published == "2023-11-08"


def test_a_spaced_dotted_date_is_read_and_a_date_of_equal_numbers_tells_no_order():
    book = load_phrasebook(("de",))
    assert [(d.first, d.second, d.year) for d in find_dates("18. 05. 2014 22:38", book)] == [(18, 5, 2014)]
    assert numeric_dates("Kapitel 1. 2. 20") == []
    page = HEADLINE + "\n" + HEADLINE + "\n03.02.2022 15:34\nZuletzt am 02.02.2022 gelesen" + ARTICLE
    doc = clean(page)
    assert doc.published == "2022-02-03" and doc.published_evidence == "dotted-date"


def test_a_page_without_a_title_line_takes_a_date_labelled_the_publication_anywhere():
    comments = "\nAnonymous says:\n23. Juli 2019 at 05:00\nA reader thanked the crew for the episode and said the mug still looks good after a year."
    page = "Posted on 21. Juli 2019 by Jane\n" + "\n".join(f"Menu item {n}" for n in range(12)) + ARTICLE + comments
    assert clean(page).published == "2019-07-21"


def test_a_long_line_labels_its_date_only_in_its_opening():
    # A press release's paragraph opens with its label and date; a paragraph
    # mentioning a publication further in dates nothing.
    opening = "Pressemitteilung vom 25. Januar 2022 | Berlin – " + "Die Ministerin traf heute den Chef des Programms im Haus. " * 4
    mention = "Die Ministerin traf heute den Chef des Programms im Haus und sprach lange. " * 2 + "Der Bericht wurde veröffentlicht am 3. Mai 2021."
    assert [line.block for line in _labelled(opening)] == [0]
    assert _labelled(mention) == []


def _labelled(text):
    doc = make_doc(text)
    book = book_for(Settings(), "de")
    return labelled_dates(doc, doc.blocks, book, book.published_label)


def test_a_named_date_glued_to_the_next_date_or_to_a_time_is_read_and_a_longer_number_is_not():
    de, es = book_for(Settings(), "de"), book_for(Settings(), "es")
    # WordPress's published and modified dates printed glued: both are read,
    # the first first, so the line's leftover words are those of a line of dates.
    glued = find_dates("Hildesheimer Presse 1. November 20231. Dezember 2023", de)
    assert [(m.year, m.first, m.second) for m in glued] == [(2023, 11, 1), (2023, 12, 1)]
    # A day after a longer number than a year is no day.
    assert find_dates("Postfach 312341. Dezember 2023", de) == []
    assert [(m.year, m.first, m.second) for m in find_dates("3 de mayo de 202221:25 LA NACION", es)] == [(2022, 5, 3)]
    assert find_dates("am 12. März 20231 Einwohner", de) == []


def test_a_month_glued_to_a_name_before_it_opens_a_date_only_as_a_capital_after_a_small_letter():
    en = book_for(Settings(), "en")
    # inscriptis prints a byline and its date glued: "Jane DoeNovember 6, 2023".
    assert [(m.year, m.first, m.second) for m in find_dates("Jane DoeNovember 6, 2023", en)] == [(2023, 11, 6)]
    # Inside a word, or after a capital (an acronym), a month's letters open no date.
    assert find_dates("remay 6, 2023", en) == []
    assert find_dates("NYCMay 6, 2023", en) == []
