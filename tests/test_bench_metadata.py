"""The metadata bench's matching rules (bench/meta_rules.py): pure functions, no corpus."""
from __future__ import annotations

import pytest

from bench.meta_rules import (
    author_printed,
    author_right,
    date_printed,
    date_right,
    normalise,
    normalise_text,
    source_printed,
    source_reference,
    source_right,
    title_printed,
    title_right,
    verdict,
)


def test_normalise_folds_case_quotes_dashes_space_and_trailing_punctuation():
    assert normalise("  „Ein  Titel“ – mit\tDash!  ") == '"ein titel" - mit dash'


@pytest.mark.parametrize("got", [
    "Berne interdit désormais le chlorothalonil",
    "Berne interdit désormais le chlorothalonil - Tribune de Genève",
    "Tribune de Genève: Berne interdit désormais le chlorothalonil",
    "Berne interdit désormais le chlorothalonil | Suisse",
    "BERNE INTERDIT DÉSORMAIS LE CHLOROTHALONIL.",
])
def test_the_headline_with_or_without_a_site_part_is_right(got):
    assert title_right(got, "Berne interdit désormais le chlorothalonil", "Tribune de Genève")


def test_declutters_headline_is_right_when_the_reference_carries_the_site():
    ref = "Studie zeigt: Zwei beliebte Lebensmittel helfen - FIT FOR FUN"
    assert title_right("Studie zeigt: Zwei beliebte Lebensmittel helfen", ref, "FIT FOR FUN")
    # A sitename holding a separator itself is removed whole, not just its last part.
    ref = "SEKRÈ MYSTERY BAG - jede Frau braucht ein Geheimnis! - Martina Berg - Lady 50plus"
    assert title_right("Sekrè Mystery Bag – jede Frau braucht ein Geheimnis!", ref, "Martina Berg - Lady 50plus")


def test_a_leading_kicker_may_be_there_or_not_but_a_trailing_subtitle_may_not_be_cut():
    ref = "Wie Firmen ihre Beschäftigten vor dem Coronavirus schützen"
    assert title_right("Abstandsregeln und Fieberkontrollen: " + ref, ref, None)
    assert not title_right("Auto leasen oder kaufen", "Auto leasen oder kaufen: Für wen lohnt sich was?", None)


@pytest.mark.parametrize("got", [
    "Tribune de Genève",  # the site part alone is not the title
    "Le Matin Dimanche",  # a navigation line
    "Berne interdit",  # a fragment of the headline
    "Genève autorise désormais le chlorothalonil",
])
def test_another_line_of_the_page_is_wrong(got):
    assert not title_right(got, "Berne interdit désormais le chlorothalonil - Tribune de Genève", "Tribune de Genève")


def test_a_one_character_slip_in_a_long_title_is_forgiven_but_not_in_a_short_one():
    assert title_right("Where and How to Buy an RTX 3080, 3090 or 3070", "Where and How to Buy an RTX 3080, 3090 or 3070!", None)
    assert title_right("Where and how to buy an RTX 3080 3090 or 3070", "Where and How to Buy an RTX 3080, 3090 or 3070", None)
    assert not title_right("COP27", "COP26", None)


def test_title_printed_accepts_the_headline_without_its_site_part():
    text = normalise_text("Menu\nHome\nBerne   interdit désormais\nle chlorothalonil\nBy Stefan")
    assert title_printed("Berne interdit désormais le chlorothalonil | Tribune de Genève", "Tribune de Genève", text)
    assert not title_printed("Genève autorise le chlorothalonil", "Tribune de Genève", text)


def test_source_ignores_a_leading_the_a_tld_and_punctuation():
    assert source_right("Guardian", "The Guardian")
    assert source_right("Finanzcheck", "FINANZCHECK.de")
    assert source_right("FOCUS-Online", "FOCUS Online")
    assert not source_right("Ehrenamt Jugendverbände", "Deutscher Bundesjugendring")
    assert not source_right("Martina Berg", "Martina Berg - Lady 50plus")


def test_source_is_the_same_name_as_an_acronym_a_domain_or_a_register_writes_it():
    assert source_right("Deutsche Welle", "DW.COM")
    assert source_right("Mitteldeutsche Zeitung", "MZ.de")
    assert source_right("Deutsches Rotes Kreuz", "DRK e.V.")
    assert source_right("EKD", "Evangelische Kirche in Deutschland")  # the capitalised words' initials
    assert source_right("BfS", "Bundesamt für Strahlenschutz")
    assert source_right("ZAMG", "zamg.ac.at")
    assert source_right("Ørsted", "orsted.de")
    assert source_right("Bächli-Bergsport", "baechli-bergsport.ch")
    assert source_right("Rhein-Neckar Löwen", "Rhein-Neckar Löwen GmbH")
    assert source_right("Polityka.pl", "POLITYKA Sp. z o.o. S.K.A")
    assert source_right("Reset.org", "Reset.org | Digital for Good")
    assert source_right("Disfunctions.de", "Disfunctions.de » Blog Archiv")
    assert not source_right("BMEL", "Bundesministerium für Ernährung und Landwirtschaft")
    assert not source_right("Management Circle Blog", "Management Circle AG")
    assert not source_right("Agentur MARKE ICH", "Werbeagentur MARKE ICH | Soltau im Heidekreis")
    assert not source_right("Politik", "Frankfurter Rundschau")
    assert source_right("Trustpilot", "Trustpilot A/S")


def test_source_is_the_same_name_with_or_without_its_mediums_word():
    assert source_right("BBC", "BBC News")
    assert source_right("DATEV magazin", "DATEV")
    assert source_right("Cicero", "Cicero Online")
    assert not source_right("BBC", "BBC Sport")
    assert not source_right("Management Circle Blog", "Management Circle AG")


def test_source_is_the_site_part_of_a_reference_that_is_a_page_title():
    # trafilatura read the <title> for the sitename: its short outer part is the site.
    assert source_right("Handball Schweiz", "Cup-Vorschau: Beim BSV Stans freut man sich auf viele Fans - Handball Schweiz")
    assert source_right("MLUK", "Land zahlte rund 1,4 Millionen Euro Erlegungsprämie für Wildschweine | MLUK")
    assert not source_right("Achtsam durch die Krise", "Achtsam durch die Krise | Die FURCHE")  # the headline is no site
    assert not source_right("Martina Berg", "Martina Berg - Lady 50plus")  # a motto is no headline


def test_source_printed_needs_the_whole_phrase_and_a_domain_needs_the_domain():
    text = normalise_text("Nachrichten vom Focus\nTribune de Genève\nlesen Sie focusing")
    assert source_printed("Tribune de Genève", text)
    assert not source_printed("Tribune", normalise_text("Tribunes of the people"))
    assert not source_printed("focus.de", text)  # "focus" alone is a word, not the site
    assert source_printed("focus.de", normalise_text("© focus.de 2024"))


def test_a_sitename_that_is_the_title_again_is_no_reference():
    assert source_reference("Große Aufgaben", "Große Aufgaben") is None
    assert source_reference("02.11.2021", "Große Aufgaben") is None
    assert source_reference("Hanns-Seidel-Stiftung", "Große Aufgaben") == "Hanns-Seidel-Stiftung"
    # The <title> with its site part is the headline again, not a name.
    assert source_reference("Große Aufgaben | Stiftung", "Große Aufgaben") is None
    assert source_reference("Stiftung | Große Aufgaben", "Große Aufgaben") is None


@pytest.mark.parametrize("got", ["By Stefan Häne", "Stefan Häne", "Par Stefan Häne", "Sylvain Besson",
                                 "Stefan Häne and Sylvain Besson", "Sylvain Besson, Stefan Häne"])
def test_author_matches_one_or_all_names_without_the_by_word(got):
    assert author_right(got, "Par Stefan Häne; Sylvain Besson")


@pytest.mark.parametrize("got", ["Stefan", "Stefan Häne Staff Writer", "Stefan Häne and Anna Muster", "Redaktion"])
def test_author_with_more_or_less_than_a_name_is_wrong(got):
    assert not author_right(got, "Par Stefan Häne; Sylvain Besson")


def test_author_printed_needs_a_name_as_whole_words():
    assert author_printed("Par Stefan Häne; Sylvain Besson", normalise_text("Texte: Sylvain Besson, 12 mars"))
    assert not author_printed("Ann Lee", normalise_text("Anne Leeds wrote this"))


@pytest.mark.parametrize("text", [
    "Published 2019-03-14T10:00:00Z", "14.03.2019", "am 14. 03. 2019", "3/14/19", "14/03/2019",
    "03/14/2019", "14-03-2019", "14.03.19", "March 14, 2019", "14 March 2019", "Mar. 14th, 2019", "14. März 2019",
    "le 14 mars 2019", "14 de marzo de 2019", "14 marzo 2019", "14 de março de 2019", "14 maart 2019",
])
def test_date_printed_in_many_renderings(text):
    assert date_printed("2019-03-14", normalise_text(text))


@pytest.mark.parametrize("text", [
    "2019-03-15", "14.04.2019", "114.03.2019", "14.03.20191", "14 May 2019", "March 14, 2018", "Marchesi 14 2019", "",
])
def test_date_not_printed_for_other_days_or_digits_glued_on(text):
    assert not date_printed("2019-03-14", normalise_text(text))


def test_date_right_compares_the_day_only_and_verdict_tells_missing_from_wrong():
    assert date_right("2019-03-14T08:00:00+01:00", "2019-03-14")
    assert not date_right("2019-03-15", "2019-03-14")
    assert verdict(None, False) == "missing"
    assert verdict("  ", False) == "missing"
    assert verdict("x", False) == "wrong"
    assert verdict("x", True) == "right"


@pytest.mark.parametrize(("got", "ref"), [
    ("Gottesdienste bleiben möglich", "Gottesdienste bleiben möglich › evang.at"),
    ("Dago Leukefeld wird Botschafter", "Dago Leukefeld wird Botschafter ⋆ Leukefeld Handball"),
    ("Leasing oder Finanzierung", "Leasing oder Finanzierung » FINANZCHECK.de"),
    ("Produkttester werden: gratis testen", "Produkttester werden: gratis testen │ Nestlé Marktplatz"),
])
def test_a_site_part_after_other_separators_sites_use_is_removed(got, ref):
    assert title_right(got, ref, None)


def test_a_quoted_phrase_in_guillemets_is_not_a_site_part():
    ref = "« Il y a, d’abord, le poids de la géographie » Sur les migrations"
    assert not title_right("Il y a, d’abord, le poids de la géographie", ref, None)


def test_a_section_and_a_site_part_are_removed_together_but_not_more():
    ref = "Buß- und Ordnungsgeld gegen Anwalt wegen Maskenverweigerung | Recht | Haufe"
    assert title_right("Buß- und Ordnungsgeld gegen Anwalt wegen Maskenverweigerung", ref, None)
    ref = "gipfelbuch.ch - Outdoornews - Hochauflösende Schneekarten auf Gipfelbuch.ch"
    assert title_right("Hochauflösende Schneekarten auf Gipfelbuch.ch", ref, None)
    ref = "Kicker - Eintracht Frankfurt stellt Weichen für die Zukunft - Eintracht Presse"
    assert title_right("Eintracht Frankfurt stellt Weichen für die Zukunft", ref, None)
    ref = "Wie Firmen ihre Beschäftigten schützen | Eins | Zwei | Drei"
    assert not title_right("Wie Firmen ihre Beschäftigten schützen", ref, None)


def test_the_separator_is_no_part_of_the_removed_sites_length():
    assert title_right("Yellow Vests and I", "Yellow Vests and I — Pamela Anderson", None)
