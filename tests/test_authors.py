"""Bylines the single-line byline pattern does not read: the opener on its own
line and the name on the next; and the shape of a person's name they need."""
from declutter import clean
from declutter.authors.names import opener_alone, person_name
from declutter.extractors.dateline import label_datelines
from declutter.kinds import Kind
from declutter.phrases import book_for
from declutter.settings import Settings

from .helpers import make_doc, run

ARTICLE = (
    "\nThe harbour reopened on Monday after two years of repairs to its deck, its cables and its old stone piers."
    "\nThe council said the ferries would run to the old timetable from the first of June, weather permitting."
)
HEADLINE = "Harbour reopens after two years of repairs"


def test_a_byline_opener_alone_on_its_line_names_the_author_on_the_next():
    doc = clean(HEADLINE + "\nBy\nJacob Wade\nFull Bio" + ARTICLE)
    assert doc.author == "Jacob Wade" and doc.origins["author"].how == "byline"
    assert [b.kind for b in doc.blocks[1:3]] == [Kind.BYLINE, Kind.BYLINE]
    german = run(label_datelines, make_doc(HEADLINE + "\nVon\nPatrick Czerny\n-" + ARTICLE, language="de"))
    assert german.author == "Patrick Czerny"


def test_an_opener_alone_over_a_line_that_is_no_name_gives_no_author():
    assert clean(HEADLINE + "\nBy\nthe harbour master's office" + ARTICLE).author is None
    assert clean(HEADLINE + "\nBy\nMore from the Courier" + ARTICLE).author is None
    # "Von" closing a kicker is not an opener alone on its line.
    assert run(label_datelines, make_doc(HEADLINE + "\nDisko Von\nErnst Lohoff" + ARTICLE, language="de")).author is None


def test_a_person_names_shape():
    book = book_for(Settings(), "en")
    stop = frozenset({"more", "from", "the", "news"})
    assert person_name("Jane Doe", book, stop) == "Jane Doe"
    assert person_name("Markus M. Haefliger", book, stop) == "Markus M. Haefliger"
    assert person_name("Claus Boelen-Theile", book, stop) == "Claus Boelen-Theile"
    assert person_name("Ludwig van Beethoven", book, stop) == "Ludwig van Beethoven"
    assert person_name("JANE DOE", book, stop) == "JANE DOE"
    for not_a_name in ("Jane", "More From Jane Doe", "CBS News", "StarsInsider Team", "Jane Doe 2", "June Doe", "J. D.", "Jane Doe: Editor"):
        assert person_name(not_a_name, book, stop) is None, not_a_name


def test_an_opener_alone():
    book = book_for(Settings(), "en")
    assert opener_alone("By", book) and opener_alone("Written by", book)
    assert not opener_alone("Bylines", book) and not opener_alone("Stand by me", book)


def test_a_byline_opener_with_a_colon():
    assert clean(HEADLINE + "\nBy: Cora Neas" + ARTICLE).author == "Cora Neas"
    assert clean(HEADLINE + "\nBy:\nCora Neas" + ARTICLE).author == "Cora Neas"


def test_a_role_after_the_bylines_name_is_cut_from_the_author():
    assert clean(HEADLINE + "\nBy Evan Halper Staff Writer" + ARTICLE).author == "Evan Halper"
    german = run(label_datelines, make_doc(HEADLINE + "\nVon Erika Muster, Redakteurin" + ARTICLE, language="de"))
    assert german.author == "Erika Muster"
    # A role alone is the byline's author, and a name of one word keeps its last word.
    assert clean(HEADLINE + "\nBy Staff Writer" + ARTICLE).author == "Staff Writer"


def test_a_label_opening_with_a_byline_word_is_no_opener_alone():
    book = book_for(Settings(), "en")
    assert opener_alone("By", book) and opener_alone("Written by", book)
    assert not opener_alone("By Main Ingredient:", book)
    assert clean(HEADLINE + "\nBy Main Ingredient:\nBeef Recipes\nPork Recipes" + ARTICLE).author is None
