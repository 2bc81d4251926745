"""The host names a page prints in its addresses, and the names they spell."""
from declutter.sources.hosts import mail_site, site_labels, spells_a_host


def test_the_site_label_of_each_address_host_a_registry_label_aside():
    text = "Mail info@coastal-courier.de or see https://www.bbc.co.uk/news and www.Zeit.de; not end. Next"
    assert site_labels(text) == {"coastalcourier", "bbc", "zeit"}


def test_a_host_spells_a_names_leading_words_not_a_words_start():
    labels = {"vondersee", "bund", "stadtwerke"}
    assert spells_a_host("Von der See Werbeagentur", labels)
    assert spells_a_host("Stadtwerke.de", labels)
    assert not spells_a_host("Bundesamt für Strahlenschutz", labels)
    assert not spells_a_host("Die Stadtwerke", labels)


def test_the_one_host_a_pages_mail_addresses_are_at_printed_twice_names_its_site():
    contact = "Write to news@coastal-courier.com\nImprint: www.coastal-courier.com/imprint"
    assert mail_site(contact) == "coastal-courier.com"
    assert mail_site("Write to news@coastal-courier.com") is None  # printed once: a partner's or a reader's as often
    assert mail_site(contact + "\nOr to desk@harbour-news.net") is None  # two sites' addresses
    assert mail_site("Write to jane.doe@gmail.com or jane.doe@gmail.com") is None  # a free mail provider's
    assert mail_site("schule@schule.wien.gv.at, see schule.wien.gv.at") is None  # a host under a site's
