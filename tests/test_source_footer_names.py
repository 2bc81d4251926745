"""A name a line prints alone that the page's copyright line prints without
holding it: the site's logo and its footer (sources/footer_names.py)."""
from declutter import clean

ARTICLE = (
    "\nThe harbour reopened on Monday after two years of repairs to its deck, its cables and its old stone piers."
    "\nShips queued at the harbour mouth on Monday morning, and the first to berth was a ferry from the islands."
)
HEADLINE = "Harbour reopens after two years of repairs"


def _page(footer: str, logo: str = "Harbour Post") -> str:
    return HEADLINE + "\nBy Jane Doe" + ARTICLE + "\n" + logo + "\nContact us\n" + footer


def test_a_logos_name_the_footers_copyright_line_prints_names_the_source() -> None:
    for footer in ("© Editorial office Harbour Post", "© Copyright 2019 Harbour Post Imprint Privacy", "© Harbour Post Newspaper Ltd. 2020"):
        doc = clean(_page(footer))
        assert doc.source == "Harbour Post", footer
        assert doc.origins["source"].how == "copyright-printed"


def test_a_name_opening_a_longer_name_in_the_copyright_line_is_not_the_source() -> None:
    assert clean(_page("© 2020 Harbour Post Office Workers Club")).source != "Harbour Post"
    assert clean(_page("© 2014 Daily News - CARACAS-VENEZUELA", logo="VENEZUELA")).source is None


def test_photo_credits_name_photographers_not_the_site() -> None:
    credits = "© Jane Doe\n© John Roe\n"
    assert clean(_page(credits + "Imprint", logo="John Roe")).source is None
    assert clean(_page("© John Roe", logo="John Roe")).source is None


def test_a_footer_saying_a_name_is_its_owners_brand_names_the_source() -> None:
    for footer in ("Harbour Post is part of Coastal Media plc, a publisher.", "All rights reserved. Harbour Post® is a registered trademark of Coastal Ltd."):
        doc = clean(HEADLINE + "\nBy Jane Doe" + ARTICLE + "\n" + footer)
        assert doc.source == "Harbour Post", footer
        assert doc.origins["source"].how == "brand-named"
    # Not a sentence's subject shaped as no name.
    assert clean(HEADLINE + "\nBy Jane Doe" + ARTICLE + "\nThis article is part of a series on harbours.").source is None
