"""A title line's part that the page's menu prints as one of its sections, or
a breadcrumb trail's last step, is not the site's name (sources/sections.py)."""
from declutter import clean

ARTICLE = (
    "\nThe harbour reopened on Monday after two years of repairs to its deck, its cables and its old stone piers."
    "\nShips queued at the harbour mouth on Monday morning, and the first to berth was a ferry from the islands."
)
HEADLINE = "Harbour reopens after two years of repairs"


def _page(site: str, menu: str) -> str:
    return f"{HEADLINE} | {site}\n\n{menu}\n\n{HEADLINE}\n\nBy Jane Doe\n{ARTICLE}\n"


def test_a_menus_section_word_is_not_the_source() -> None:
    menu = "Home\nPolitics\nSport\nCulture"
    assert clean(_page("Politics", menu)).source != "Politics"


def test_a_name_printed_on_its_own_line_names_the_source() -> None:
    doc = clean(_page("Harbourpost", "Harbourpost\n\nHome\nPolitics\nSport"))
    assert doc.source == "Harbourpost"


def test_a_menus_item_of_several_words_is_not_taken_for_a_section() -> None:
    # A row of sister publications prints the site's name among theirs.
    doc = clean(_page("Harbour Post", "Coast Times\nHarbour Post\nIsland Weekly"))
    assert doc.source == "Harbour Post"


def test_a_breadcrumb_trails_last_step_is_not_the_source() -> None:
    page = f"{HEADLINE}\n\nYou are here: Home » Europe » Emden\n\nEmden\n\nBy Jane Doe\n{ARTICLE}\n"
    assert clean(page).source != "Emden"
