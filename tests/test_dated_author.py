"""The author printed without a byline phrase beside the article's date, by the
headline (authors/beside.py, the dated-author extractor), and the byline
pattern's readings that go with it."""
from declutter import clean
from declutter.authors.names import person_name
from declutter.kinds import Kind
from declutter.phrases import book_for
from declutter.settings import Settings

TITLE = "Die Brücke wird saniert | Stadtblatt\n\nDie Brücke wird saniert\n\n"
PARAGRAPH = (
    "Der Stadtrat hat am Dienstag beschlossen, die Brücke über den Fluss im kommenden Jahr vollständig zu sanieren,"
    " weil die Gutachter schwere Schäden an den Pfeilern gefunden haben und der Verkehr sonst gesperrt werden müsste."
)
ARTICLE = f"\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n"


def test_a_name_on_the_date_line_under_the_headline_is_the_author():
    for meta in ("Martina Berg 19. Juni 2019", "19. Juni 2019, Martina Berg", "Martina Berg | 19. Juni 2019"):
        doc = clean(TITLE + meta + ARTICLE)
        assert doc.author == "Martina Berg", meta
        assert doc.origins["author"].how == "beside-date"


def test_a_name_alone_beside_the_date_line_is_the_author_and_dropped_as_byline():
    for meta in ("Martina Berg\n19. Juni 2019", "19. Juni 2019\nMartina Berg", "19.06.2019 11:46 von\nMartina Berg"):
        doc = clean(TITLE + meta + ARTICLE)
        assert doc.author == "Martina Berg", meta
        assert "Martina Berg" not in doc.text


def test_a_name_alone_right_under_the_headline_of_a_dated_page_is_the_author():
    doc = clean(TITLE + "Martina Berg\n\n" + PARAGRAPH + "\n\n19. Juni 2019" + ARTICLE)
    assert doc.author == "Martina Berg" and doc.origins["author"].how == "under-headline"
    # A page with no date line at all is no article's: the line is a name and no more.
    assert clean(TITLE + "Martina Berg" + ARTICLE).author is None


def test_a_comments_signature_after_the_article_is_no_author():
    comments = "\nKommentare\n\nErika Muster 20. Juni 2019\n\nSehr gut geschrieben, danke.\n"
    assert clean(TITLE + "19. Juni 2019" + ARTICLE + comments).author is None


def test_a_name_and_a_category_beside_a_date_are_no_author():
    # The words on both sides of the date: a name and a category; after it and not
    # set apart, a category's as often ("27.01.2022 Aktuelles Experteninterviews").
    assert clean(TITLE + "Martina Berg 19.06.2019 Feelings" + ARTICLE).author is None
    assert clean(TITLE + "19. Juni 2019 Aktuelles Experteninterviews" + ARTICLE).author is None


def test_the_headlines_own_words_are_no_author():
    title = "Nam Nghi Phu Quoc, ein neues Hotel | Stadtblatt\n\nNam Nghi Phu Quoc, ein neues Hotel\n\n"
    assert clean(title + "Nam Nghi Phu Quoc\n\n" + PARAGRAPH + "\n\n19. Juni 2019" + ARTICLE).author is None


def test_a_byline_phrase_anywhere_wins_over_a_dated_name():
    doc = clean(TITLE + "Martina Berg 19. Juni 2019" + f"\n\n{PARAGRAPH}\n\nVon Erika Muster" + ARTICLE)
    assert doc.author == "Erika Muster" and doc.origins["author"].how == "byline"


def test_a_section_heading_by_the_headline_is_no_author():
    doc = clean(TITLE + "Ähnliche Beiträge\n\nNeue Radwege für die Innenstadt" + ARTICLE)
    assert doc.author is None


def test_a_byline_with_a_handle_an_address_a_time_or_a_spaced_slash():
    head = "The bridge will be rebuilt | Town Paper\n\nThe bridge will be rebuilt\n\n"
    body = "\n\nThe council decided on Tuesday to rebuild the bridge over the river next year, because the piers are damaged.\n"
    for byline, name in (
        ("Posted by Ned Deily at 5:11 AM", "Ned Deily"),
        ("By Jon Porter @JonPorty", "Jon Porter"),
        ("By Mariano Martin mmartin@example.com", "Mariano Martin"),
        ("Von Felix Eisenreich // 1. November 2023", "Felix Eisenreich"),
        ("By Martin Jendrischik On 12. Dezember 2022", "Martin Jendrischik"),
    ):
        assert clean(head + byline + body).author == name, byline
    doc = clean(head + "By Course/Meal: Dinner" + body)
    assert doc.author is None


def test_a_byline_joining_single_words_is_a_phrase():
    doc = clean(TITLE + "Von Menschen und Mäusen" + ARTICLE)
    assert doc.author is None
    assert clean(TITLE + "Von Erika Muster und Max Mustermann" + ARTICLE).author == "Erika Muster und Max Mustermann"


def test_a_word_printed_twice_is_no_name():
    book = book_for(Settings(), "de")
    assert person_name("Antworten Antworten", book, frozenset()) is None
    assert person_name("Anna Schmoll-Trautmann", book, frozenset()) == "Anna Schmoll-Trautmann"


def test_dated_name_lines_are_dropped_as_byline_or_dateline():
    doc = clean(TITLE + "Martina Berg\n19. Juni 2019" + ARTICLE)
    kinds = {b.text: b.kind for b in doc.blocks}
    assert kinds["Martina Berg"] == Kind.BYLINE and kinds["19. Juni 2019"] == Kind.DATELINE
