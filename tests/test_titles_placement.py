"""Where the headline sits relative to its article: over its date line past a
post's category line, not a teaser's line printed twice under the article,
a feed item's first line over its lead, and the lines a widget prints under it."""
from declutter import clean
from declutter.kinds import Kind
from declutter.titles.line import adds_a_part, page_title_line
from declutter.titles.page_title import opens_article

from .helpers import make_doc

ARTICLE = (
    "\nThe harbour reopened on Monday after two years of repairs to its deck, its cables and its old stone piers."
    "\nShips queued at the harbour mouth on Monday morning, and the first to berth was a ferry from the islands."
)
HEADLINE = "Harbour reopens after two years of repairs"
TEASER = "Council votes on the new ferry timetable for the islands"
TEASER_BODY = "\nThe council voted on Tuesday night on the new ferry timetable, which adds two crossings to the islands."


def test_a_teasers_line_printed_twice_under_the_article_is_not_the_title():
    page = "Menu\nNews\n" + HEADLINE + "\nHarbour reopens…\n12.05.2023" + ARTICLE + "\nMore news\n" + TEASER + "\n" + TEASER + TEASER_BODY
    assert clean(page).title == HEADLINE
    # With no headline over the article, the line printed twice is still taken.
    assert clean("Menu\nNews\n" + ARTICLE.strip() + "\n" + TEASER + "\n" + TEASER + TEASER_BODY).title == TEASER


def test_a_posts_category_line_between_the_headline_and_its_date_line_is_passed_over():
    doc = clean("The Coastal Courier homepage\nHome\nNews\n" + HEADLINE + "\nPosted in News\n16 October 2019" + ARTICLE)
    assert doc.title == HEADLINE and doc.origins["title"].how == "over-byline"


def test_a_headline_holding_separators_printed_again_with_an_added_part():
    assert adds_a_part("Vote: the mayor resigns – live", "Vote: the mayor resigns")
    assert not adds_a_part("Vote: the mayor resigns – live", "Vote")  # the added part is the longer one
    assert not adds_a_part("Vote: the mayor resigns", "Vote: the mayor resigns")
    headline = "Harbour: the reopening after two years of repairs"
    doc = clean("Menu\nLive coverage\n" + headline + "\n" + headline + " – live\n12/05/2023" + ARTICLE)
    assert doc.title == headline


def test_a_paragraph_parted_by_a_dash_is_not_the_page_title_line():
    lead = (
        "The harbour reopened on Monday after two years of repairs — longer than planned — and the ferries that"
        " had sailed from the next bay all that time came back to its piers at once, to the relief of the town's"
        " shops and of the islanders."
    )
    doc = clean(HEADLINE + "\n\n" + lead + ARTICLE)
    assert page_title_line(doc) is None
    assert doc.title == HEADLINE and doc.origins["title"].how == "opens-the-item"


def test_a_feed_items_title_over_a_breadcrumb_trail_ending_in_it():
    doc = clean(HEADLINE + "\n\nHome > News > " + HEADLINE + ARTICLE)
    assert doc.title == HEADLINE and doc.origins["title"].how == "opens-the-item"
    # A line that is not the title's trail between: not a feed item's opening.
    assert clean(HEADLINE + "\n\nHome > News > Weather" + ARTICLE).title is None


def test_labelled_lines_under_a_headline_count_for_half_of_the_reach():
    lines = ["Headline here and now", "12.05.2023", *("Short line" for _ in range(8)), ARTICLE.strip().split("\n")[0]]
    doc = make_doc("\n".join(lines))
    date_line = doc.blocks[1]
    assert not opens_article(doc, date_line)
    for block in doc.blocks[2:10]:
        block.kind = Kind.PROMO
    assert opens_article(doc, date_line)


def test_a_two_word_site_name_ending_the_title_line_is_no_headline() -> None:
    # The site's name ends the title line and is printed alone as its logo: it is
    # not the headline, and the headline part is not the site.
    page = "\n".join([
        "What we do - Harbour Commons",
        "",
        "Harbour Commons",
        "About",
        "Donate",
        "We help people share their work with the whole world, for free and under open licences that anyone can read.",
        "Our tools are used by millions of writers, artists and teachers, and our team works from twenty countries.",
        "Every year we publish a report on what the community built with the licences and what we learned from it.",
    ])
    doc = clean(page)
    assert doc.title != "Harbour Commons"
    assert doc.source != "What we do"


def test_the_line_under_the_page_title_line_printed_again_in_the_menu_is_not_the_title():
    # The title line's headline is printed nowhere; the section's name under it is, in the menu.
    page = f"{HEADLINE} - Coastal Courier\n\nHarbour News\n\nHome\nHarbour News\nFerries\n" + ARTICLE.strip()
    assert clean(page).title != "Harbour News"


def test_a_headline_printed_twice_keeps_its_wording_not_the_shorter_title_lines():
    # The <title> printed first says the headline in fewer words; the h1 printed twice is the page's headline.
    menu = "\n".join(["NEWS", "FEATURES", "SPORT", "CULTURE", "TRAVEL", "About", "Privacy Policy"])
    page = (
        f"Harbour reopens after repairs\n\n×\n\n{menu}\n\n© 2020 Coastal Media. All Rights Reserved\n{HEADLINE}\n"
        f"NEWS FEATURES SPORT CULTURE\n\n{HEADLINE}\n\nShutterstock\nBy Jane Doe / June 12, 2020\n" + ARTICLE.replace("\n", "\n\n")
    )
    doc = clean(page)
    assert doc.title == HEADLINE and doc.origins["title"].how == "printed-twice"
