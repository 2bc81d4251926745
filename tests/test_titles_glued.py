"""A kicker glued to the headline ("Deutschlandtakt Flixbus attackiert Deutsche
Bahn") is left out when the page prints the headline with its parts marked, or alone close by."""
from .helpers import make_doc


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
