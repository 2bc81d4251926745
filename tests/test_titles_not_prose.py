"""Lines that are no headline whatever their shape: code, a link back, a photo's credit."""
from declutter import clean
from declutter.titles.not_prose import one_sentence

from .test_titles_placement import ARTICLE, HEADLINE


def test_a_photos_credit_code_and_a_link_back_are_no_headline():
    assert not one_sentence("Presidente de EEUU, Joe Biden / AFP")
    assert not one_sentence("Alexander Zverev steht im Viertelfinale des ATP-Turniers Bild: AFP/SID/PASCAL GUYOT")
    assert not one_sentence("Windpark Borkum Riffgat © Kurt-Walter Wessolek")
    assert not one_sentence("my_ggp + theme(axis.text.x = element_text(size = 20))")
    assert not one_sentence("<Alle Shops im Bereich Korsetts")


def test_headlines_with_slashes_colons_and_guillemets_stay_headlines():
    assert one_sentence(HEADLINE)
    assert one_sentence("Termine Whisky Tastings Januar – Mai 2020 Halle/Saale und Dessau")
    assert one_sentence("Neuer Blick auf das „Blue Marble“-Foto: ICON simuliert das gekoppelte Klimasystem")
    assert one_sentence("«Wir waren fast 40 Tage in Quarantäne»")
    assert one_sentence("BeginnersGuide/Download")


def test_a_caption_with_its_credit_over_the_article_is_not_the_title():
    caption = "Harbour reopens after two years of repairs / AFP"
    page = "Menu\nNews\n" + caption + "\nPosted in News\n16 October 2019" + ARTICLE
    assert clean(page).title != caption
