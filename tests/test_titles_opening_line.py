"""The page's first line printed again within a later line (a site's name in its
footer, "Site: Headline" whose headline is printed again) is its <title> line:
a title a weaker rule finds must agree with it; a menu's or a label's first
line, printed once, is not one."""
from declutter import clean
from declutter.titles.opening_line import named_first_line

from .helpers import make_doc

ARTICLE = (
    "\nThe harbour reopened on Monday after two years of repairs to its deck, its cables and its old stone piers."
    "\nShips queued at the harbour mouth on Monday morning, and the first to berth was a ferry from the islands."
)
OVER_DATE = "Ships queue at the reopened harbour mouth"


def test_a_line_over_a_date_disagreeing_with_a_first_line_printed_again_is_not_the_title():
    page = "Coastal Energy Network\n\nHome\nNews\n\n" + OVER_DATE + "\n12.05.2023" + ARTICLE
    assert clean(page).title == OVER_DATE  # the first line printed once: a menu's or a label's as often
    doc = clean(page + "\n© 2023 Coastal Energy Network")
    assert doc.title is None  # the site's name, printed in its footer: the page's <title> says another thing


def test_the_first_line_printed_again_is_the_title_line():
    headline = "Harbour reopens after two years of repairs"
    footer = "\n© 2023 Coastal Energy Network"
    assert named_first_line(make_doc("Coastal Energy Network\n\nHome\n" + headline + ARTICLE + footer)) is not None
    assert named_first_line(make_doc("Press Release\n\nHome\n" + headline + ARTICLE + footer)) is None
    # A first line holding a later line of a headline's words: "Site: Headline".
    assert named_first_line(make_doc("Coastal Courier: " + headline + "\n\nHome\n" + headline + ARTICLE)) is not None
    # Not a list's item, nor indented (a rendering of the layout's logo).
    assert named_first_line(make_doc("* Coastal Energy Network\n\nHome\n" + headline + ARTICLE + footer)) is None
    assert named_first_line(make_doc("  Coastal Energy Network\n\nHome\n" + headline + ARTICLE + footer)) is None


def test_a_two_word_part_of_the_title_line_printed_again_is_the_title():
    body = (
        "The harbour diaries tell how the harbour reopened on Monday after two years of repairs to its deck and piers."
        "\nShips queued at the harbour mouth on Monday morning, and the first to berth was a ferry from the islands."
    )
    doc = clean("Harbour Diaries | Coast\n\nMenu\n\nHarbour Diaries\n\n" + body)
    assert doc.title == "Harbour Diaries" and doc.origins["title"].how == "page-title-printed-again"
    # Not a line of two words the weaker rules find (printed twice, over a date).
    assert clean("Menu\nHome\nNews\n\nHarbour Diaries\nHarbour Diaries\n12.05.2023\n\n" + body).title is None


def test_a_label_printed_again_under_the_title_line_is_not_the_title():
    article = (
        "La policía dice que todo está tranquilo en el barrio, donde reforzaron los uniformados durante toda la semana pasada."
        "\nLas últimas noticias del barrio hablan de calma en las calles, según los vecinos que salieron el domingo por la tarde."
    )
    page = "Todo tranquilo en el barrio, dice la policía | Minuto\n\nÚltimas Noticias\n\nInicio\nDeportes\n\nÚltimas Noticias\n\n"
    assert clean(page + article).title is None  # a page's label ("latest news"), not its headline
