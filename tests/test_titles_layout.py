"""A layout rendering's headline opens a block after a blank line; a line going
on with the block over it (a list's next item, a table's row) is not taken
by the weaker title rules on a page without its <title> line."""
from declutter import clean
from declutter.titles.layout import continues_a_block, sets_blocks_apart

from .helpers import make_doc

HEADLINE = "Harbour reopens after two years of repairs"
ARTICLE = (
    "    The harbour reopened on Monday after two years of repairs to its deck, its cables and its old stone piers.\n\n"
    "    Ships queued at the harbour mouth on Monday morning, and the first to berth at the harbour was a ferry.\n"
)
MENU = "      * Home\n      * News\n      * Sport\n\n"


def test_a_headline_set_apart_by_blank_lines_is_taken_over_its_date_line():
    doc = clean(MENU + "    " + HEADLINE + "\n\n    12.05.2023\n\n" + ARTICLE)
    assert doc.title == HEADLINE and doc.origins["title"].how == "over-byline"


def test_a_line_glued_to_the_line_over_it_is_not_taken():
    glued = clean(MENU + "    Harbour news in brief\n    " + HEADLINE + "\n\n    12.05.2023\n\n" + ARTICLE)
    assert glued.title is None


def test_a_page_without_blank_lines_says_nothing_by_them():
    page = MENU.replace("\n\n", "\n") + HEADLINE + "\n12.05.2023\n" + ARTICLE.replace("\n\n", "\n")
    assert not sets_blocks_apart(page)
    assert clean(page).title == HEADLINE


def test_continues_a_block_reads_the_line_over_a_block():
    doc = make_doc("One\n\nTwo\nThree\n\nFour")
    by_text = {b.text: b for b in doc.blocks}
    assert not continues_a_block(doc.source_text, by_text["One"]) and not continues_a_block(doc.source_text, by_text["Two"])
    assert continues_a_block(doc.source_text, by_text["Three"])
    assert not continues_a_block(doc.source_text, by_text["Four"])


def test_a_kicker_glued_to_the_headline_is_left_out_when_the_page_prints_it_marked():
    from declutter.titles.glued import unglued_headline

    doc = make_doc("* Harbour: Ferries return to the old town\nMenu\nHarbour Ferries return to the old town\n12.05.2023")
    assert unglued_headline(doc, doc.blocks[2]) == "Harbour: Ferries return to the old town"
    # ... or the headline alone close by (under its picture).
    doc = make_doc("Local news Ferries return to the old town\nPhoto: A. Smith\nFerries return to the old town")
    assert unglued_headline(doc, doc.blocks[0]) == "Ferries return to the old town"
    # Other words, or a longer "kicker" than the rest: no headline in it.
    doc = make_doc("Ferries return to the old town\nPhoto: A. Smith\nthe old town")
    assert unglued_headline(doc, doc.blocks[0]) is None


def test_a_breadcrumb_trails_last_step_is_no_glued_line():
    from declutter.titles.layout import breadcrumbs_last_step

    doc = make_doc("1. Home\n2. News\n3. Harbour reopens\nhome / News / Harbour reopens\n4. Weather")
    assert breadcrumbs_last_step(doc, doc.blocks[1]) and breadcrumbs_last_step(doc, doc.blocks[2])
    assert breadcrumbs_last_step(doc, doc.blocks[3])
    assert not breadcrumbs_last_step(doc, doc.blocks[0]) and not breadcrumbs_last_step(doc, doc.blocks[4])
