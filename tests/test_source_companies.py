"""A copyright line's company holder names the publication without its legal form."""
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
