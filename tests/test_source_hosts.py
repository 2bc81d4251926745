"""The host names a page prints in its addresses, and the names they spell."""
from declutter.sources.hosts import site_labels, spells_a_host


def test_the_site_label_of_each_address_host_a_registry_label_aside():
    text = "Mail info@coastal-courier.de or see https://www.bbc.co.uk/news and www.Zeit.de; not end. Next"
    assert site_labels(text) == {"coastalcourier", "bbc", "zeit"}


def test_a_host_spells_a_names_leading_words_not_a_words_start():
    labels = {"vondersee", "bund", "stadtwerke"}
    assert spells_a_host("Von der See Werbeagentur", labels)
    assert spells_a_host("Stadtwerke.de", labels)
    assert not spells_a_host("Bundesamt für Strahlenschutz", labels)
    assert not spells_a_host("Die Stadtwerke", labels)
