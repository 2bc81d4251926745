"""How the page's <title> line ("Headline | Site") splits into the title and
the source: which part is the headline, what of its copy is the headline,
and which outer parts name no site."""
from declutter import clean
from declutter.phrases import book_for
from declutter.settings import Settings
from declutter.titles.evidence import names_a_site

ARTICLE = (
    "\nThe harbour reopened on Monday after two years of repairs to its deck, its cables and its old stone piers."
    "\nShips queued at the harbour mouth on Monday morning, and the first to berth was a ferry from the islands."
)
HEADLINE = "Harbour reopens after two years of repairs"
MENU = "\nHome\nNews\nSport\nWeather\nContact"


def test_a_copy_with_a_breadcrumb_glued_before_it_gives_the_headline_alone():
    doc = clean(f"{HEADLINE} | Coastal Courier\nNews {HEADLINE}\nBy Jane Doe" + ARTICLE)
    assert doc.title == HEADLINE and doc.source == "Coastal Courier"


def test_an_exact_copy_wins_over_an_earlier_one_with_a_breadcrumb_glued_before_it():
    doc = clean(f"{HEADLINE} | Coastal Courier\nNews {HEADLINE}" + MENU + f"\n{HEADLINE}\nBy Jane Doe" + ARTICLE)
    assert doc.title == HEADLINE and doc.origins["title"].line == 8


def test_a_short_headline_before_a_long_site_name_printed_as_the_logo_is_the_title():
    site = "Notes from the Harbour Wall"
    page = f"Harbour reopens | {site}\n{site}" + MENU + "\nHarbour reopens\nBy Jane Doe" + ARTICLE
    doc = clean(page)
    assert doc.title == "Harbour reopens" and doc.source == site


def test_the_long_part_printed_as_the_headline_under_a_menu_stays_the_title():
    site = "Coastal Courier"
    page = f"{HEADLINE} - {site}" + MENU + f"\n{HEADLINE}\nBy Jane Doe" + ARTICLE + f"\n{site}\nMore news from the coast, every day of the week, from our own reporters."
    doc = clean(page)
    assert doc.title == HEADLINE and doc.source == site


def test_a_live_pages_label_an_age_and_a_menu_item_name_no_site():
    english = book_for(Settings(), "en")
    german = book_for(Settings(), "de")
    assert not names_a_site("latest updates", english)
    assert not names_a_site("vor 5 Tagen", german)
    assert not names_a_site("Impressum", german)
    assert not names_a_site("Sie sind hier: Home", german)
    assert not names_a_site("Home", english) and not names_a_site("Startseite", german)
    assert not names_a_site("Page 2", english) and not names_a_site("Seite 34", german)
    assert names_a_site("Coastal Courier", english) and names_a_site("tagesschau.de", german)
    doc = clean(f"{HEADLINE} – latest updates\n{HEADLINE}\nBy Jane Doe" + ARTICLE)
    assert doc.title == HEADLINE and doc.source is None


def test_a_leading_part_printed_again_is_no_site_on_a_page_without_a_title():
    # Nothing under the title line prints its headline: the leading part
    # printed alone is the page's own heading, not the site's name.
    page = "Tomato tips - Cutting with a picture - Recipes.example\nTomato tips" + MENU
    assert clean(page).source is None


def test_an_h1_rewording_the_title_lines_headline_gives_the_title_lines_words():
    page = (
        "Harbour reopens after two years of repairs | Coastal Courier\nMenu\n"
        "Harbour finally reopens after repairs lasting two years\nBy Jane Doe" + ARTICLE
    )
    assert clean(page).title == HEADLINE
    # A title line printing the h1 whole, split by a dash, keeps the h1.
    kicker = "Good news – Harbour reopens after two years of repairs"
    assert clean(f"{kicker} | Coastal Courier\nMenu\n{kicker}\nBy Jane Doe" + ARTICLE).title == kicker


def test_of_a_title_lines_readings_printed_again_the_closest_names_the_site():
    # The whole line is as close to its copy as the cut asks, the headline part closer.
    doc = clean(f"{HEADLINE} | CBC\nSkip to content\n{HEADLINE}\nBy Jane Doe" + ARTICLE)
    assert doc.title == HEADLINE and doc.source == "CBC"


def test_a_wires_dateline_names_the_source_only_after_the_copyright_holder():
    release = (
        f"{HEADLINE}\nBy Jane Doe\nLONDON, May 2 (PRNewswire) - " + ARTICLE.strip()
        + "\nAbout Coastal Ferries\nCoastal Ferries runs boats between the islands and the harbour every day."
        + "\n© 2023 Coastal Ferries. All rights reserved."
    )
    doc = clean(release)
    assert doc.source == "Coastal Ferries" and doc.origins["source"].how == "copyright-holder"
    wire = clean(f"{HEADLINE}\nBy Jane Doe\nLONDON, May 2 (Reuters) - " + ARTICLE.strip())
    assert wire.source == "Reuters" and wire.origins["source"].how == "wire-dateline"


def test_a_meta_lines_name_counts_near_the_title_only():
    near = clean(f"{HEADLINE}\nThe Evening Post | 29.07.2006" + ARTICLE)
    assert near.source == "The Evening Post"
    teasers = "\n".join(f"Teaser line number {n} about other news" for n in range(20))
    far = clean(f"{HEADLINE}\nBy Jane Doe" + ARTICLE + "\n" + teasers + "\nThe Evening Post | 29.07.2006")
    assert far.source is None


def test_a_line_printed_twice_needs_half_its_words_told_by_the_article():
    widget = "Leave a comment below"
    # The article prints one of its three content words: a third, enough for a line printed once over a byline.
    page = f"Menu{MENU}\n{widget}\n{widget}" + ARTICLE + "\nThe pier below the old town was rebuilt first, and the ferries came back to it."
    assert clean(page).title is None
    told = clean(f"Menu{MENU}\n{HEADLINE}\n{HEADLINE}" + ARTICLE)
    assert told.title == HEADLINE


def test_a_copyright_lines_copyright_by_and_reserved_words_are_not_the_holders_name():
    more = "\nMore from Coastal Courier"
    by = clean(HEADLINE + "\nBy Jane Doe" + ARTICLE + more + "\n© 2023 Copyright by Coastal Courier. All rights reserved.")
    assert by.source == "Coastal Courier"
    french = clean(HEADLINE + "\nBy Jane Doe" + ARTICLE + more + "\n© 2023 Coastal Courier TOUS DROITS RESERVES")
    assert french.source == "Coastal Courier"
    # Two names in one holder: which is the publication's the line does not say.
    two = clean(HEADLINE + "\nBy Jane Doe" + ARTICLE + more + "\n© 2023 Jane Doe - Coastal Courier")
    assert two.source is None


def test_a_first_line_without_a_site_part_read_as_the_title_line_gives_its_words():
    # The page's first line is its <title> with no site part; the line over
    # the byline rewords it (the h1): the <title>'s words are the title.
    page = f"{HEADLINE}\nHarbour reopens after long repairs\nBy Jane Doe" + ARTICLE
    assert clean(page).title == HEADLINE


def test_a_line_over_a_byline_disagreeing_with_a_headline_first_line_is_no_title():
    # The first line reads as the page's title and its article tells it; the
    # line over the byline says something else (a teaser's, a widget's): no title.
    weekend = "\nA storm warning for the weekend closed the beaches along the coast, the weather service said on Friday."
    page = f"{HEADLINE}\nStorm warning for the weekend\nBy Jane Doe" + ARTICLE + weekend
    assert clean(page).title is None


def test_a_menus_first_line_is_no_title_line():
    # "Skip to content" first, as renderings without the <title> print it: the
    # line over the byline is the title.
    page = f"Skip to content\n{HEADLINE}\nBy Jane Doe" + ARTICLE
    assert clean(page).title == HEADLINE


def test_a_byline_and_a_date_name_no_site():
    # "Headline - By Jane Doe", "Headline : 31.10.2023, 10.19 Uhr": the outer part is the author's or the date's.
    assert not names_a_site("By Jane Doe", book_for(Settings(), "en"))
    assert not names_a_site("31.10.2023, 10.19 Uhr", book_for(Settings(), "de"))
    assert clean(f"{HEADLINE} - By Jane Doe\n{HEADLINE}\nBy Jane Doe" + ARTICLE).source is None


def test_a_line_printed_twice_is_no_title_when_the_title_lines_headline_is_not_printed_again():
    # The title line's headline has no copy below; a teaser's shorter line
    # printed twice shares its words but is not its headline.
    teaser = "Harbour reopens after two years"
    page = f"{HEADLINE} | Coastal Courier" + MENU + f"\n{teaser}\n{teaser}" + ARTICLE
    assert clean(page).title is None


def test_a_row_of_links_over_a_byline_is_no_title():
    # A rendering that spaces inline links prints a post's tags so ("Harbour , Ships , Piers").
    assert clean(f"{HEADLINE}\nBy Jane Doe" + ARTICLE).title == HEADLINE
    assert clean("Harbour , Ships , Stone piers\nBy Jane Doe" + ARTICLE).title is None


def test_a_part_of_like_length_printed_only_in_the_footer_is_the_site_and_the_other_the_headline():
    # "Harbour reopens | The Coastal Courier": the longer part's copy is the
    # footer's (no article under it); the shorter one's opens the article.
    footer = "\nMore from\nThe Coastal Courier\nContact us\nImprint"
    doc = clean("Harbour reopens | The Coastal Courier" + MENU + "\nHarbour reopens\nBy Jane Doe" + ARTICLE + footer)
    assert doc.title == "Harbour reopens"
    # A long headline is the headline whatever is printed under its copy.
    long = clean(f"{HEADLINE} | Courier" + MENU + f"\n{HEADLINE}\nContact us\nImprint\nCourier\nBy Jane Doe" + ARTICLE)
    assert long.title == HEADLINE


def test_a_headline_cut_short_is_not_completed_from_the_title_line_itself():
    doc = clean("Harbour reopens after… | Coastal Courier\nHarbour reopens after…\nBy Jane Doe" + ARTICLE)
    assert doc.title == "Harbour reopens after…"


def test_a_host_name_printed_twice_is_no_title():
    account = "\nYour Coastal Courier account keeps your reading list, your newsletters and your comments in one place."
    page = "Menu\nmy.coastal-courier.com\nmy.coastal-courier.com" + account + ARTICLE
    assert clean(page).title is None


def test_other_separators_sites_use_part_the_title_line_as_the_bar_does():
    for sep in ("›", "⋆", "~", "│", ">"):
        doc = clean(f"{HEADLINE} {sep} Coastal Courier" + MENU + f"\n{HEADLINE}\nBy Jane Doe" + ARTICLE)
        assert doc.title == HEADLINE and doc.source == "Coastal Courier", sep


def test_a_line_with_an_e_mail_address_is_no_title_though_it_prints_a_title_part():
    page = (
        "harbourwall.net // » Jane Doe\n\nImprint\n\n[› Projects\n[› About us\n[› me@harbourwall.net\n\n[> Jane Doe\n\n"
        "Jane Doe, born 1977 in Hull, studied media technology and has worked as a web developer and adviser since 2001."
    )
    assert clean(page).title is None
