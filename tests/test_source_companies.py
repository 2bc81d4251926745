"""A copyright line's holder: a company's names the publication without its
legal form; a line without a year names it only as a footer's line does."""
from declutter import clean

ARTICLE = (
    "\nThe harbour reopened on Monday after two years of repairs to its deck, its cables and its old stone piers."
    "\nShips queued at the harbour mouth on Monday morning, and the first to berth was a ferry from the islands."
)
HEADLINE = "Harbour reopens after two years of repairs"


def test_a_company_holder_printed_again_without_its_legal_form_names_the_source():
    page = HEADLINE + "\nBy Jane Doe" + ARTICLE + "\n{again}\n© 2023 Coastal Courier, LLC. All rights reserved."
    doc = clean(page.format(again="Coastal Courier Newsletter"))
    assert doc.source == "Coastal Courier" and doc.origins["source"].how == "copyright-company"
    # Printed nowhere else, or only as the company's name: the holder is as often an owner.
    assert clean(page.format(again="Contact us")).source is None
    assert clean(page.format(again="Coastal Courier, LLC Privacy Policy")).source is None


def test_a_media_groups_company_is_the_owner_not_the_publication():
    page = HEADLINE + "\nBy Jane Doe" + ARTICLE + "\nHarbour Media Newsletter\n© 2023 Harbour Media Ltd. All rights reserved."
    assert clean(page).source is None


def test_a_copyright_line_without_a_year_holds_a_name_as_a_footers_line_not_as_a_credit():
    page = HEADLINE + "\nBy Jane Doe" + ARTICLE + "\nCoastal Courier Newsletter\n{line}"
    for footer in ("© Coastal Courier. All rights reserved.", "Copyright Coastal Courier"):
        doc = clean(page.format(line=footer))
        assert doc.source == "Coastal Courier" and doc.origins["source"].how == "copyright-holder"
    assert clean(page.format(line="© Coastal Courier")).source is None  # a photo's credit
    assert clean(page.format(line="Copyright: Coastal Courier")).source is None  # a credit's label


def test_a_copyright_line_printed_nowhere_else_holds_the_source_alone_only_with_its_year():
    page = HEADLINE + "\nBy Jane Doe" + ARTICLE + "\n{line}"
    assert clean(page.format(line="© 2023 The Coastal Courier. All rights reserved.")).source == "The Coastal Courier"
    assert clean(page.format(line="© The Coastal Courier. All rights reserved.")).source is None


def test_a_holder_whose_page_prints_another_sites_host_alone_and_in_a_line_owns_that_site():
    page = HEADLINE + "\nBy Jane Doe" + ARTICLE + "\nHarbour Courier Newsletter\n{hosts}\n© 2023 Harbour Courier Ltd. All rights reserved."
    doc = clean(page.format(hosts="About us"))
    assert doc.source == "Harbour Courier"
    # The page's own host, printed as its link's text and in a line: the holder owns it.
    assert clean(page.format(hosts="chemie-news.de\nAll about chemie-news.de")).source is None
    # Its initials' host, a partner's printed alone only, a file's name: no other site.
    assert clean(page.format(hosts="hc.com\nAll about hc.com")).source == "Harbour Courier"
    assert clean(page.format(hosts="partner-site.tv\npartner-site.tv")).source == "Harbour Courier"
    assert clean(page.format(hosts="README.md\nSee README.md for more")).source == "Harbour Courier"


def test_a_compound_ending_in_an_owners_word_names_an_owner():
    page = (
        "Hafen öffnet nach zwei Jahren wieder\nVon Erika Muster"
        "\nDer Hafen ist am Montag nach zwei Jahren der Reparaturen an seinen Kais und alten Molen wieder geöffnet worden."
        "\nSchiffe warteten am Montagmorgen an der Einfahrt, und als erstes legte eine Fähre von den Inseln an."
        "\n{name} Newsletter\n© 2023 {name} GmbH. Alle Rechte vorbehalten."
    )
    assert clean(page.format(name="Hafenkurier")).source == "Hafenkurier"
    assert clean(page.format(name="Landwirtschaftsverlag")).source is None


def test_some_rights_reserved_holds_no_name():
    page = HEADLINE + "\nBy Jane Doe" + ARTICLE + "\n© 2019 - Some rights reserved."
    assert clean(page).source is None


def test_a_holder_the_page_says_owns_it_is_no_source():
    page = HEADLINE + "\nBy Jane Doe" + ARTICLE + "\nCoastal Courier Newsletter\n{line}\n© 2023 Coastal Courier. All rights reserved."
    assert clean(page.format(line="Our other sites")).source == "Coastal Courier"
    assert clean(page.format(line="Harbour News is brought to you by Coastal Courier.")).source is None
    assert clean(page.format(line="Coastal Courier Brands")).source is None
