"""The publisher and title evidence added for pages without a <title> line's help:
a header logo, a byline's outlet, a copyright holder printed elsewhere, a
source glued to its date with its article, a headline printed cut short and
a name's line between a headline and its date."""
from declutter import clean
from declutter.extractors.dateline import label_datelines
from declutter.phrases import book_for
from declutter.settings import Settings
from declutter.titles.evidence import names_a_site, said_once

from .helpers import make_doc, run

ARTICLE = (
    "\nThe harbour reopened on Monday after two years of repairs to its deck, its cables and its old stone piers."
    "\nShips queued at the harbour mouth on Monday morning, and the first to berth was a ferry from the islands."
)
HEADLINE = "Harbour reopens after two years of repairs"


def test_a_logo_above_the_headline_names_the_source_and_one_below_it_does_not():
    above = clean("Menu\nThe Coastal Courier logo\n" + HEADLINE + "\n" + HEADLINE + "\nBy Jane Doe" + ARTICLE)
    assert above.source == "The Coastal Courier" and above.origins["source"].how == "header-logo"
    below = clean(HEADLINE + "\n" + HEADLINE + "\nBy Jane Doe" + ARTICLE + "\nPartner Bank logo")
    assert below.source is None


def test_a_byline_for_an_outlet_gives_the_author_and_the_source():
    # The dateline extractor offers the outlet; the publisher extractor takes it beside the title.
    doc = run(label_datelines, make_doc("BY JANE DOE FOR THE COASTAL COURIER" + ARTICLE, language="en"))
    assert doc.author == "JANE DOE" and [(s.name, s.how) for s in doc.evidence.source_lines or []] == [("THE COASTAL COURIER", "byline-for")]
    german = clean(HEADLINE + "\nVon Erika Muster für Die Hafenzeitung" + ARTICLE)
    assert german.author == "Erika Muster" and german.source == "Die Hafenzeitung"


def test_a_copyright_holder_is_the_source_when_printed_elsewhere_or_alone_as_a_name_and_not_a_company():
    printed = clean(HEADLINE + "\nBy Jane Doe" + ARTICLE + "\nMore from The Coastal Courier\n© 2023 The Coastal Courier. All rights reserved.")
    assert printed.source == "The Coastal Courier" and printed.origins["source"].how == "copyright-holder"
    alone = clean(HEADLINE + "\nBy Jane Doe" + ARTICLE + "\n© 2023 The Coastal Courier. All rights reserved.")
    assert alone.source == "The Coastal Courier" and alone.origins["source"].how == "copyright-alone"
    # A channel's number is a name's; an address's is not.
    assert clean(HEADLINE + ARTICLE + "\n© Antena 3 Noticias 2022").source == "Antena 3 Noticias"
    assert clean(HEADLINE + ARTICLE + "\n© 2022 Coastal Courier 2 22765 Harbourtown").source is None
    # Alone, a line set apart from its year credits a theme's maker; a sentence is no name;
    # a page linking a host the name does not spell is the owner's.
    assert clean(HEADLINE + ARTICLE + "\nCopyright © 2021 | Theme by Cool Themes").source is None
    assert clean(HEADLINE + ARTICLE + "\n© 2021 All content is protected by law").source is None
    linked = clean(HEADLINE + ARTICLE + "\nMore at https://www.harbour-news.com/today\n© 2020 Harbour Office")
    assert linked.source is None
    company = clean(HEADLINE + "\nBy Jane Doe" + ARTICLE + "\nMore from Courier Media Group\n© 2023 Courier Media Group")
    assert company.source is None
    host = clean(HEADLINE + "\nBy Jane Doe" + ARTICLE + "\n© 2023 coastal-courier.com. All rights reserved.")
    assert host.source == "coastal-courier.com"


def test_a_source_glued_to_its_date_or_time_keeps_its_article():
    german = run(label_datelines, make_doc("Der Spiegel22.10.2019" + ARTICLE, language="de"))
    assert [s.name for s in german.evidence.source_lines or []] == ["Der Spiegel"]
    timed = clean(HEADLINE + "\nThe Telegraph18:35 BST, 10 May 2022" + ARTICLE)
    assert timed.source == "The Telegraph" and timed.origins["source"].how == "beside-date"


def test_a_headline_printed_cut_short_beside_it_is_the_title_and_the_short_copy_drops():
    doc = clean("Menu\nHarbour reopens after…\n" + HEADLINE + "\nThe Coastal Courier\n12.05.2023" + ARTICLE)
    assert doc.title == HEADLINE
    assert "Harbour reopens after…" not in doc.text


def test_a_name_between_a_headline_and_its_date_line_and_a_headline_over_another_headline():
    named = clean("Menu\nNews\n" + HEADLINE + "\nJane Doe\n12.05.2023" + ARTICLE)
    assert named.title == HEADLINE and named.origins["title"].how == "over-byline"
    # A second headline between: its date line is not the first one's.
    other = clean("Menu\nNews\nCouncil votes on the new ferry timetable\n" + HEADLINE + " in the old port\n12.05.2023" + ARTICLE)
    assert other.title != "Council votes on the new ferry timetable"


def test_a_headline_printed_again_with_an_added_part_is_the_title_without_it():
    doc = clean("Menu\nLive coverage\n" + HEADLINE + "\n" + HEADLINE + " – live\nThe Coastal Courier12/05/2023" + ARTICLE)
    assert doc.title == HEADLINE


def test_a_logos_alt_text_first_is_not_the_page_title_line_the_headline_must_agree_with():
    doc = clean("The Coastal Courier - logo\nSubscribe\n" + HEADLINE + "\n" + HEADLINE + "\n12 May 2023\nBy Jane Doe" + ARTICLE)
    assert doc.title == HEADLINE


def test_a_lower_case_publication_name_in_a_copyright_line_printed_elsewhere_is_the_source():
    doc = clean(HEADLINE + "\nBy Jane Doe" + ARTICLE + "\nMore from laSexta\nCopyright © 2022 laSexta")
    assert doc.source == "laSexta"


def test_a_meta_line_name_printed_before_ages_in_teasers_is_the_source():
    page = "Menu\n" + HEADLINE + "\nHafenblatt · 21/06/18" + ARTICLE + "\nMore\nOther news of the day here\nHafenblatt · 7 hours ago"
    assert clean(page).source == "Hafenblatt"


def test_a_page_without_a_date_line_takes_a_short_line_opening_with_a_date():
    doc = clean(HEADLINE + "\n" + HEADLINE + "\n19.6.2007 9:40 Uhr Christoph Becker 71 Kommentare" + ARTICLE)
    assert doc.published == "2007-06-19"
    # A date inside a sentence is no date line.
    assert clean(HEADLINE + ARTICLE + "\nThe pier was first opened to ships on 19.6.2007 by the mayor of the town.").published is None


def test_a_line_opening_with_a_date_under_the_title_wins_over_a_sidebars_date_line():
    page = "Menu\n03.02.2021\nSidebar story of the week here\nNews\nSport\nWeather\n" + HEADLINE + "\n" + HEADLINE + "\n19.6.2007 9:40 Uhr 71 Kommentare" + ARTICLE
    assert clean(page).published == "2007-06-19"


def test_names_printed_as_teaser_sources_are_found_as_a_scan_of_every_line_finds_them():
    # The dateline step looks the teasers' source lines up by their first
    # characters; a name too short or too long for that is looked for in every line.
    from declutter.extractors.dateline import MAX_AGE_CHARS, _PrintedNames
    from declutter.phrases import load_phrasebook

    long_name = "The Extraordinarily Long Name Of A Regional Evening Newspaper And Magazine Group Limited"  # over 76 characters
    lines = [
        "Evening Post · 2 hours ago", "Evening Post", "Evening Postbote · 3 hours ago", "BBC 5 min ago",
        "Le Monde – il y a 3 heures", f"{long_name} · 1 hour ago", "Ev · 2 hours ago", "Someone wrote a long paragraph here.",
    ]
    doc = make_doc("\n".join(lines))
    book = load_phrasebook(("en", "fr"))
    printed = _PrintedNames(doc, book)
    for name in ("Evening Post", "Evening Postbote", "BBC", "Le Monde", long_name, "Ev", "Someone", "Nobody", "E"):
        scan = any(
            b.text.startswith(name) and len(b.text) - len(name) <= MAX_AGE_CHARS and book.age.search(b.text, len(name)) is not None
            for b in doc.blocks
        )
        assert printed.as_teaser_source(name) == scan, name
    assert printed.as_teaser_source("Evening Post") and printed.as_teaser_source(long_name)
    assert not printed.as_teaser_source("Someone")


def test_a_copyright_holder_with_more_after_it_or_its_year_set_apart_is_read():
    more = "\nMore from The Coastal Courier"
    powered = clean(HEADLINE + "\nBy Jane Doe" + ARTICLE + more + "\n© 2023 The Coastal Courier. Proudly powered by WordPress")
    assert powered.source == "The Coastal Courier" and powered.origins["source"].how == "copyright-holder"
    links = clean(HEADLINE + "\nBy Jane Doe" + ARTICLE + more + "\nCopyright © 2023 · The Coastal Courier | Imprint | Privacy")
    assert links.source == "The Coastal Courier"
    described = clean(HEADLINE + "\nBy Jane Doe" + ARTICLE + more + "\n© 2023 The Coastal Courier - the news of the coast since 1901")
    assert described.source == "The Coastal Courier"
    # A name's initials and its listed parts are not where the line parts.
    initial = clean(HEADLINE + "\nBy Jane Doe" + ARTICLE + "\nAbout Hafenverein e. V.\n© 2023 Hafenverein e. V. Alle Rechte vorbehalten")
    # "e. V." names a company (owner words), not cut to "Hafenverein e"; the
    # blurb on it ("About ...") makes the page its own release.
    assert initial.source == "Hafenverein e. V." and initial.origins["source"].how == "release-issuer"
    listed = clean(HEADLINE + "\nBy Jane Doe" + ARTICLE + "\nAbout the Ministry of Ports\n© Ministry of Ports, Harbours and Coasts")
    assert listed.source is None


def test_a_masthead_line_printed_again_in_a_longer_line_names_the_source():
    page = "Skip to content\nThe Coastal Courier\nMenu\n* News\n* Sport\n" + HEADLINE + "\nBy Jane Doe" + ARTICLE
    named = clean(page + "\nThe Coastal Courier is part of Example Media.")
    assert named.source == "The Coastal Courier" and named.origins["source"].how == "masthead"
    assert clean(page).source is None  # printed once: a line of the page, nothing says whose
    # A single plain word over the menu is the menu's heading as often; a list's item a menu's.
    assert clean("Skip to content\nSections\n* News\n" + HEADLINE + "\nBy Jane Doe" + ARTICLE + "\nSections of the paper").source is None
    assert clean("* Coastal News\n* Sport\n" + HEADLINE + "\nBy Jane Doe" + ARTICLE + "\nAll of Coastal News today").source is None


def test_a_byline_on_a_date_line_gives_the_author():
    after = clean(HEADLINE + "\nMarch 12, 2024 by Jane Doe 5 Comments" + ARTICLE)
    assert after.author == "Jane Doe"
    before = clean(HEADLINE + "\nBy Jane Doe On 12 March 2024" + ARTICLE)
    assert before.author == "Jane Doe"
    timed = clean(HEADLINE + "\n12.03.2024, 11:30 Uhr von Erika Muster in Kultur" + ARTICLE)
    assert timed.author == "Erika Muster"
    # Before the date the byline opens the line: "Christoph von Ritter" names no "Ritter".
    assert clean(HEADLINE + "\nChristoph von Ritter 24. April 2020" + ARTICLE).author != "Ritter"


def test_a_byline_keeps_a_hyphenated_name_and_an_undated_phrase_is_no_byline():
    assert clean(HEADLINE + "\nBy Anna Schmoll-Trautmann" + ARTICLE).author == "Anna Schmoll-Trautmann"
    assert clean(HEADLINE + "\nVon Tunis nach Teheran" + ARTICLE).author is None


def test_a_bylines_outlet_keeps_its_words():
    doc = clean(HEADLINE + "\nVon Erika Muster für Die Zeit" + ARTICLE)
    assert doc.author == "Erika Muster" and doc.source == "Die Zeit"


def test_a_leading_part_whose_other_part_is_the_logo_names_no_site_and_a_doubled_name_is_said_once():
    # "Section | Site" whose site part is printed as a logo at the top, a menu under it: the logo names the site.
    menu = "\nHome\nNews\nSport\nHistory\nContact\nShop\nAbout\nJobs\nEvents\nHelp\nThe harbour's long history\nBy Jane Doe"
    assert clean("History | The Coastal Courier\nThe Coastal Courier" + menu + ARTICLE).source == "The Coastal Courier"
    assert said_once("Netz Für Alle Netz Für Alle") == "Netz Für Alle"
    assert said_once("Bora Bora") == "Bora Bora"
    assert said_once("New York Times") == "New York Times"


def test_a_menu_row_of_short_parts_is_no_title_line_with_a_site_part():
    page = HEADLINE + "\nRegistration | Log-in | Login\nNews\n" + HEADLINE + "\nBy Jane Doe" + ARTICLE + "\nRegistration"
    assert clean(page).source is None
    # "Headline | Site" printed again alone: the site part, shorter than the headline.
    assert clean(HEADLINE + " | Coastal Courier\nCoastal Courier\nNews\n" + HEADLINE + "\nBy Jane Doe" + ARTICLE).source == "Coastal Courier"


def test_a_host_name_ending_the_title_line_names_the_source_where_nothing_else_does():
    page = clean("Harbour works finished after two years | coastal-courier.com\nMenu\nNews" + ARTICLE)
    assert page.source == "coastal-courier.com" and page.origins["source"].how == "title-line-domain"
    # A town's name with a dot is no host name, nor a line without a headline's part.
    assert clean("Harbour works finished after two years - St.Gallen\nMenu\nNews" + ARTICLE).source is None
    assert clean("Home | coastal-courier.com\nMenu\nNews" + ARTICLE).source is None


def test_a_title_lines_last_part_printed_in_three_more_lines_names_the_source():
    title_line = "Harbour works finished after two years | Coastal Courier\nMenu\nNews"
    footer = "\nAbout Coastal Courier\nJobs at Coastal Courier\n© Coastal Courier"
    page = clean(title_line + ARTICLE + footer)
    assert page.source == "Coastal Courier" and page.origins["source"].how == "title-line-repeated"
    # Printed twice more only, or a plain word (a section's), and no copyright line: no evidence.
    assert clean(title_line + ARTICLE + "\nAbout Coastal Courier\n© Coastal Courier").source is None
    section = "Harbour works finished after two years | Politics\nMenu\nLatest Politics" + ARTICLE + "\nMore Politics\nPolitics newsletter"
    assert clean(section).source is None


def test_under_the_title_line_only_a_host_name_is_the_masthead():
    host = clean(HEADLINE + "\ncoastal-courier.com\nHome\nNews\n" + HEADLINE + "\nBy Jane Doe" + ARTICLE)
    assert host.source == "coastal-courier.com" and host.origins["source"].how == "masthead"
    # A menu's first section under the title line is no masthead, printed in a longer line or not.
    section = clean(HEADLINE + "\nCoastal Sport\nHome\nNews\n" + HEADLINE + "\nBy Jane Doe" + ARTICLE + "\nMore from Coastal Sport")
    assert section.source is None


def test_a_title_part_opening_with_a_bylines_for_names_no_site():
    book = book_for(Settings(), "de")
    assert not names_a_site("für FinanceScout24.de", book)
    assert names_a_site("FinanceScout24.de", book)
    assert names_a_site("For Harriet", book_for(Settings(), "en"))


def test_a_date_in_brackets_leaves_a_line_a_headline():
    # A headline may name its event's date in brackets; the same date outside them
    # makes the line a dated one (a teaser's), which the page-title rule passes over.
    bracketed = HEADLINE + " (26 February 2015, Dover)"
    assert clean(bracketed + "\n" + bracketed + ARTICLE).origins["title"].how == "page-title-printed-again"
    dated = HEADLINE + " on 26 February 2015"
    assert clean(dated + "\n" + dated + ARTICLE).origins["title"].how != "page-title-printed-again"


def test_a_copyright_holder_a_host_in_the_pages_addresses_spells_is_the_source():
    footer = "\n© 2023 Coastal Courier. All rights reserved."
    mailed = clean(HEADLINE + "\nBy Jane Doe" + ARTICLE + "\nWrite to us: news@coastal-courier.co.uk" + footer)
    assert mailed.source == "Coastal Courier" and mailed.origins["source"].how == "copyright-holder"
    # Another site's host, or one spelling a word's start only, is no evidence.
    other = clean(HEADLINE + "\nBy Jane Doe" + ARTICLE + "\nShare: https://www.coast.com/share https://harbour.net/a" + footer)
    assert other.source is None


def test_a_name_printed_alone_that_the_copyright_line_holds_is_the_source():
    footer = "\nAbout us\n© 2024 Coastal Courier Media Ltd. | Imprint"
    page = clean("Menu\nNews" + ARTICLE + "\nCoastal Courier" + footer)
    assert page.source == "Coastal Courier" and page.origins["source"].how == "copyright-named"
    parted = clean("Menu\nNews" + ARTICLE + "\nCoastal Courier\nImprint | Copyrights © 2017 Coastal Courier. All rights reserved.")
    assert parted.source == "Coastal Courier"
    # Named inside another part of the line, or in a photo's bare credit: not held.
    assert clean("Menu\nNews" + ARTICLE + "\nCoastal" + footer).source is None
    assert clean("Menu\nNews" + ARTICLE + "\nJane Doe\n© Jane Doe").source is None
    # Two such names: which is the site's is unsaid.
    both = "Menu\nNews" + ARTICLE + "\nCoastal Courier\nHarbour Herald\n© 2024 Coastal Courier Ltd. | Harbour Herald Ltd."
    assert clean(both).source is None


def test_a_deck_between_the_headline_and_its_byline_is_not_the_title():
    deck = "Ships queue at the harbour mouth for the first ferry"
    doc = clean("Menu\nNews\n" + HEADLINE + "\n" + deck + "\nBy Jane Doe" + ARTICLE)
    assert doc.title == HEADLINE and doc.origins["title"].how == "over-byline"
    # A kicker of a few words over the headline is not the headline.
    kicked = clean("Menu\nNews\nHarbour works\n" + HEADLINE + "\nBy Jane Doe" + ARTICLE)
    assert kicked.title == HEADLINE


def test_a_headline_in_two_clauses_over_its_deck_is_the_title_and_a_list_of_categories_is_not():
    deck = "Ships queue at the harbour mouth for the first ferry"
    parted = "Harbour reopens after two years – repairs to its piers end"
    doc = clean("Menu\nNews\n" + parted + "\n" + deck + "\nBy Jane Doe" + ARTICLE)
    assert doc.title == parted
    # A title line's short part ("Headline | 2020") and a post's categories are not a headline over a deck.
    for above in (HEADLINE + " | 2020", "Harbour, Ferries and Piers, Repairs"):
        assert clean("Menu\nNews\n" + above + "\n" + HEADLINE + "\nBy Jane Doe" + ARTICLE).title == HEADLINE


def test_a_deck_between_the_headline_and_its_date_line_is_passed_over_on_a_page_without_a_title_line():
    deck = "The harbour reopened after two years, and the ferries are back at its piers."
    lines = ["  * Home", "  * News", "  " + HEADLINE, "  " + deck, "  12 March 2024", *("  " + p for p in ARTICLE.strip().split("\n"))]
    doc = clean("\n\n".join(lines))
    assert doc.title == HEADLINE and doc.origins["title"].how == "over-byline"
    # A deck that retells nothing of the line over it is a teaser's summary under another line.
    other = "Ferries queue at the islands' quays in the first warm week of the season."
    assert clean("\n\n".join([*lines[:3], "  " + other, *lines[4:]])).title is None


def test_a_headline_over_its_date_line_under_a_long_menu_is_the_title_on_a_page_without_a_title_line():
    menu = [f"  * Section {n}" for n in range(120)]
    article = ["  " + p for p in ARTICLE.strip().split("\n")]
    doc = clean("\n\n".join([*menu, "  " + HEADLINE, "  12 March 2024", *article]))
    assert doc.title == HEADLINE and doc.origins["title"].how == "over-byline"
    # Under a longer line it is that headline's deck or subheading; under prose, a teaser's title.
    for above in ("  Ships: the harbour's queue grows by the hour", article[0]):
        assert clean("\n\n".join([*menu, above, "  " + HEADLINE, "  12 March 2024", *article])).title != HEADLINE


def test_a_press_releases_issuer_is_the_company_its_blurb_and_copyright_line_name():
    release = "PARIS, 3 mars (AFP) - " + ARTICLE.strip() + "\nÀ propos de Vent du Nord SA\nVent du Nord SA fournit des logiciels depuis 1998 aux entreprises du pays.\n© 2020 Vent du Nord SA"
    doc = clean(HEADLINE + "\n" + release)
    assert doc.source == "Vent du Nord SA" and doc.origins["source"].how == "release-issuer"
    # Without the blurb the company is an owner's name, and the wire's dateline names the agency.
    assert clean(HEADLINE + "\n" + release.replace("À propos de Vent du Nord SA\n", "")).source == "AFP"


def test_a_holders_initials_keep_their_stop_a_host_name_does_not():
    assert clean(HEADLINE + "\nBy Jane Doe" + ARTICLE + "\nMore from B.Z.\n© 2021 B.Z.").source == "B.Z."
    assert clean(HEADLINE + "\nBy Jane Doe" + ARTICLE + "\n© 2023 coastal-courier.com.").source == "coastal-courier.com"


def test_a_french_feed_footer_opening_with_cet_article_names_the_source():
    doc = clean(HEADLINE + ARTICLE + "\nCet article est paru d'abord sur Le Blog du Jardinier")
    assert doc.source == "Le Blog du Jardinier" and doc.origins["source"].how == "feed-footer"


def test_a_lower_case_agency_is_named_by_its_wire_dateline_or_a_meta_line_its_copyright_line_prints():
    wire = clean(HEADLINE + "\nMÜNCHEN (epd) - " + ARTICLE.strip())
    assert wire.source == "epd" and wire.origins["source"].how == "wire-dateline"
    page = "Menu\n" + HEADLINE + "\nVon Lukas Schmidt | dpa | 04.02.2022" + ARTICLE
    meta = clean(page + "\nCopyright © 2022 dpa")
    assert meta.source == "dpa" and meta.origins["source"].how == "meta-line"
    # A lower-case word no copyright line prints is a label's.
    assert clean(page).source is None


def test_a_meta_line_name_listing_categories_is_no_source():
    page = "Menu\n" + HEADLINE + "\nHVW-Verband , Presse , Allgemein | 12.03.2020" + ARTICLE
    assert clean(page).source is None


def test_a_title_lines_last_part_a_host_in_the_pages_addresses_spells_names_the_source():
    title_line = "Harbour works finished after two years | Coastal Courier\nMenu\nNews"
    mailed = clean(title_line + ARTICLE + "\nWrite to us: news@coastal-courier.com")
    assert mailed.source == "Coastal Courier" and mailed.origins["source"].how == "title-line-host"
    # Another site's address is no evidence.
    assert clean(title_line + ARTICLE + "\nShare: https://www.harbour.net/a").source is None


def test_a_single_word_masthead_its_chrome_prints_throughout_names_the_source():
    page = "Skip to content\nTidewatch\nMenu\n* News\n* Sport\n" + HEADLINE + "\nBy Jane Doe" + ARTICLE
    chrome = "\nAbout Tidewatch\nTidewatch on Mastodon\nSupport Tidewatch today"
    named = clean(page + chrome)
    assert named.source == "Tidewatch" and named.origins["source"].how == "masthead"
    # Printed in two short lines only, or mostly in the article's sentences: a section's or a subject's word.
    assert clean(page + "\nAbout Tidewatch\nTidewatch on Mastodon").source is None
    sentences = "".join(f"\nTidewatch said on Monday that the harbour's piers number {n} and were all repaired in time." for n in range(4))
    assert clean(page + chrome + sentences).source is None


def test_a_german_skip_link_is_passed_over_before_the_masthead():
    artikel = (
        "\nDer Hafen wurde am Montag nach zwei Jahren Reparaturen an den Stegen und den alten Steinmolen wieder geöffnet."
        "\nSchiffe warteten am Montagmorgen an der Hafeneinfahrt, und als erstes legte eine Fähre von den Inseln an."
    )
    page = "Zum Inhalt springen\nDer Küstenkurier\nMenü\n* Start\nHafen nach zwei Jahren Reparatur wieder offen\nVon Jana Beispiel" + artikel
    named = clean(page + "\nDer Küstenkurier gehört zur Beispiel Medien.")
    assert named.source == "Der Küstenkurier" and named.origins["source"].how == "masthead"


def test_a_host_name_before_the_title_lines_last_part_is_the_site_and_one_ending_it_no_leading_part():
    middle = clean("Harbour works finished after two years | coastal-courier.com | Ports & Ships\ncoastal-courier.com\nMenu" + ARTICLE)
    assert middle.source == "coastal-courier.com"
    ending = clean("Harbour works done - ships queue again at the harbour mouth : coastal-courier.com\nMenu\nHarbour works done" + ARTICLE)
    assert ending.source == "coastal-courier.com" and ending.origins["source"].how == "title-line-domain"


def test_a_pages_mail_host_names_the_source_where_nothing_else_does_and_no_title_line_names_a_site():
    contact = "\nWrite to news@coastal-courier.com\nImprint: www.coastal-courier.com/imprint"
    page = clean(HEADLINE + "\nBy Jane Doe" + ARTICLE + contact)
    assert page.source == "coastal-courier.com" and page.origins["source"].how == "mail-host"
    titled = clean("Harbour works finished after two years | Harbour Times\nMenu\nNews" + ARTICLE + contact)
    assert titled.source is None


def test_a_menus_button_over_the_masthead_is_passed_over_not_taken_for_it():
    page = "Toggle navigation\nThe Coastal Courier\n* News\n" + HEADLINE + "\nBy Jane Doe" + ARTICLE
    named = clean(page + "\nThe Coastal Courier is part of Example Media.\nToggle navigation bar")
    assert named.source == "The Coastal Courier" and named.origins["source"].how == "masthead"
