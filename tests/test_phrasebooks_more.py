"""The Portuguese, Italian and Dutch phrase books: each kind, article sentences that survive, feed footers, dates."""
from __future__ import annotations

import pytest

import declutter
from declutter.extractors.feed_footer import label_feed_footer
from declutter.phrases.book import load_phrasebook

from .helpers import kinds, make_doc, run

KINDS = {
    "pt": {
        "Manifestantes em frente ao Parlamento (Foto: João Silva)": "image-caption",
        "Foto: Reprodução/Instagram": "image-alt",
        "Imagem": "image-alt",
        "Experimente o nosso plano digital": "promo",
        "Saiba mais": "promo",
        "Conteúdo patrocinado": "promo",
        "Já é assinante? Faça login": "promo",
        "Deixe um comentário": "comments-widget",
        "3 comentários": "comments-widget",
        "Ainda não há comentários.": "comments-widget",
        "O seu endereço de email não será publicado. Campos obrigatórios marcados com *": "comments-widget",
        "Responder": "comments-widget",
        "Apoie o nosso jornalismo. Faça uma doação hoje.": "donation-appeal",
        "Baixe o nosso aplicativo": "app-banner",
        "Descarregue a nossa app, disponível na App Store e no Google Play.": "app-banner",
        "Este artigo foi publicado originalmente no The Conversation.": "feed-footer",
        "Newsletter": "newsletter",
        "Subscreva a nossa newsletter e receba as notícias do dia.": "newsletter",
        "Partilhar": "share-prompt",
        "Compartilhar no Facebook": "share-prompt",
        "Siga-nos no Instagram": "share-prompt",
        "Utilizamos cookies para melhorar a sua experiência de navegação.": "cookie-notice",
        "Aceitar todos": "cookie-notice",
        "Política de Privacidade": "cookie-notice",
        "Publicidade": "advertisement",
        "Continua depois da publicidade": "advertisement",
        "© 2025 Jornal Exemplo. Todos os direitos reservados.": "copyright",
        "Ir para o conteúdo": "navigation",
        "Início > Política > Europa": "navigation",
        "Voltar ao topo": "navigation",
        "Tags: eleições, governo, Lisboa": "navigation",
    },
    "it": {
        "Il premier durante la conferenza stampa (Foto: Mario Rossi)": "image-caption",
        "Foto: Ansa": "image-alt",
        "Immagine": "image-alt",
        "Scopri la nostra offerta digitale": "promo",
        "Continua a leggere": "promo",
        "Contenuto sponsorizzato": "promo",
        "Sei già abbonato? Accedi": "promo",
        "Lascia un commento": "comments-widget",
        "12 commenti": "comments-widget",
        "Nessun commento": "comments-widget",
        "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *": "comments-widget",
        "Rispondi": "comments-widget",
        "Sostieni il nostro giornalismo: fai una donazione.": "donation-appeal",
        "Scarica la nostra app": "app-banner",
        "Scarica l'app gratuita, disponibile su App Store e su Google Play.": "app-banner",
        "Questo articolo è stato pubblicato originariamente su The Conversation.": "feed-footer",
        "Newsletter": "newsletter",
        "Iscriviti alla nostra newsletter per ricevere le notizie del giorno.": "newsletter",
        "Condividi": "share-prompt",
        "Condividi su Facebook": "share-prompt",
        "Seguici su Instagram": "share-prompt",
        "Questo sito utilizza cookie tecnici e di profilazione.": "cookie-notice",
        "Accetta tutti": "cookie-notice",
        "Pubblicità": "advertisement",
        "Continua dopo la pubblicità": "advertisement",
        "© Riproduzione riservata": "copyright",
        "Copyright 2025 Giornale Esempio. Tutti i diritti riservati.": "copyright",
        "Vai al contenuto": "navigation",
        "Home > Politica > Europa": "navigation",
        "Torna su": "navigation",
        "Argomenti: elezioni, governo, Roma": "navigation",
    },
    "nl": {
        "Demonstranten bij het Binnenhof (foto: Jan Jansen)": "image-caption",
        "Foto: ANP": "image-alt",
        "Beeld: Jan de Vries": "image-alt",
        "Afbeelding": "image-alt",
        "Probeer nu 4 weken gratis": "promo",
        "Lees verder": "promo",
        "Gesponsord": "promo",
        "Ben je al abonnee? Log in": "promo",
        "Geef een reactie": "comments-widget",
        "Reageer": "comments-widget",
        "5 reacties": "comments-widget",
        "Nog geen reacties.": "comments-widget",
        "Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *": "comments-widget",
        "Steun onafhankelijke journalistiek: doneer nu.": "donation-appeal",
        "Download onze app": "app-banner",
        "Download de gratis app, beschikbaar in de App Store en Google Play.": "app-banner",
        "Dit artikel verscheen eerder op The Conversation.": "feed-footer",
        "Nieuwsbrief": "newsletter",
        "Schrijf je in voor onze nieuwsbrief en ontvang het nieuws in je inbox.": "newsletter",
        "Delen": "share-prompt",
        "Deel dit artikel via WhatsApp": "share-prompt",
        "Volg ons op Instagram": "share-prompt",
        "Wij gebruiken cookies om je de beste ervaring te bieden.": "cookie-notice",
        "Alles accepteren": "cookie-notice",
        "Advertentie": "advertisement",
        "Het artikel gaat verder onder de advertentie": "advertisement",
        "© 2025 Krant Voorbeeld. Alle rechten voorbehouden.": "copyright",
        "Ga naar de inhoud": "navigation",
        "Home > Politiek > Europa": "navigation",
        "Terug naar boven": "navigation",
        "Trefwoorden: verkiezingen, kabinet, Den Haag": "navigation",
    },
}

ARTICLE = {
    "pt": [
        "O governo vai partilhar os dados com a comissão de inquérito até ao final do mês, disse o ministro.",
        "A publicidade institucional do Estado custou 20 milhões de euros no ano passado, segundo o relatório.",
        "O jornal publicou um comentário do antigo primeiro-ministro sobre a crise na habitação.",
        "Os direitos de autor das fotografias pertencem ao arquivo municipal, que as cedeu para a exposição.",
        "A empresa vai lançar uma nova app para pagar o estacionamento, que estará disponível em maio.",
        "Leia também o relatório completo, disponível no site da comissão, pediu o deputado.",
        "A ministra agradeceu o apoio dos autarcas e pediu mais doações de sangue durante o verão.",
        "Os leitores que assinam a newsletter do clube recebem os bilhetes com desconto.",
        "Segundo a polícia, o suspeito foi detido há dois anos por outro crime.",
        "Logo depois, a polícia chegou ao local.",
        "O governo quer rejeitar cookies de terceiros nos sites públicos.",
    ],
    "it": [
        "Il sindaco ha detto che la pubblicità sui mezzi pubblici porterà nuove entrate al Comune.",
        "Il ministro vuole condividere i dati con le regioni entro la fine del mese.",
        "Tutti i diritti dei lavoratori devono essere rispettati, ha detto il segretario del sindacato.",
        "La società lancerà una nuova app per pagare il parcheggio, che sarà disponibile da maggio.",
        "Nel suo commento al bilancio, il presidente ha ricordato le difficoltà del settore.",
        "I cittadini possono fare una donazione di sangue in tutti gli ospedali della regione.",
        "Leggi anche la relazione completa sul sito della commissione, ha chiesto il deputato.",
        "Il presidente ha ringraziato i volontari per il loro sostegno durante l'emergenza.",
        "Sostieni il lavoro dei volontari",
        "Il garante ha detto che molti siti non permettono di rifiutare i cookie.",
    ],
    "nl": [
        "Het kabinet wil de gegevens delen met de gemeenten, zei de minister dinsdag.",
        "De advertentie van het bedrijf leidde tot veel reacties op sociale media.",
        "Alle rechten van huurders moeten worden beschermd, zegt de woordvoerder van de Woonbond.",
        "Het bedrijf brengt een nieuwe app uit om parkeren te betalen, die in mei beschikbaar is.",
        "In een reactie liet de burgemeester weten dat hij het besluit betreurt.",
        "Lees ook het volledige rapport op de website van de commissie, zei het Kamerlid.",
        "De minister bedankte de vrijwilligers voor hun steun tijdens de overstromingen.",
        "Volgens de politie werd de verdachte twee jaar geleden al eens opgepakt.",
        "Reactie",
        "Het kabinet wil cookies weigeren op overheidssites.",
    ],
}

FEED_FOOTERS = {
    "pt": ("O post Chuva volta ao Sul apareceu primeiro em Blog do Tempo.", "Chuva volta ao Sul", "Blog do Tempo"),
    "it": ("L'articolo Torna la pioggia al Nord proviene da Meteo Blog.", "Torna la pioggia al Nord", "Meteo Blog"),
    "nl": ("Het bericht Regen keert terug verscheen eerst op Weerblog.", "Regen keert terug", "Weerblog"),
}

DATED_PAGES = {
    "pt": (
        "Governo aprova novo plano para a habitação\n\nPublicado em 8 de abril de 2025 às 14:30\n\n"
        "O Conselho de Ministros aprovou esta terça-feira um novo plano para a habitação, que prevê a construção "
        "de milhares de casas nos próximos anos. O ministro disse que o plano vai ser apresentado aos partidos "
        "na próxima semana e que as primeiras obras devem começar ainda este ano.\n\n"
        "A oposição criticou a falta de medidas para as famílias que já pagam rendas muito altas e pediu ao "
        "governo que apresente as contas do programa antes da votação no parlamento."
    ),
    "it": (
        "Il governo approva il nuovo piano per la casa\n\nPubblicato il 8 aprile 2025 alle 14:30\n\n"
        "Il Consiglio dei ministri ha approvato martedì un nuovo piano per la casa, che prevede la costruzione "
        "di migliaia di alloggi nei prossimi anni. Il ministro ha detto che il piano sarà presentato ai partiti "
        "la prossima settimana e che i primi cantieri dovrebbero partire già quest'anno.\n\n"
        "L'opposizione ha criticato la mancanza di misure per le famiglie che pagano affitti molto alti e ha "
        "chiesto al governo di presentare i conti del programma prima del voto in parlamento."
    ),
    "nl": (
        "Kabinet keurt nieuw woningplan goed\n\nGepubliceerd op 8 april 2025 om 14:30 uur\n\n"
        "Het kabinet heeft dinsdag een nieuw plan voor de woningbouw goedgekeurd, waarmee de komende jaren "
        "duizenden woningen worden gebouwd. De minister zei dat het plan volgende week aan de partijen wordt "
        "gepresenteerd en dat de eerste bouwprojecten nog dit jaar moeten beginnen.\n\n"
        "De oppositie had kritiek op het gebrek aan maatregelen voor gezinnen die nu al een hoge huur betalen "
        "en vroeg het kabinet om de kosten van het programma voor de stemming in de Kamer te laten zien."
    ),
}


@pytest.mark.parametrize("language", sorted(KINDS))
def test_each_kind_is_labelled(language):
    book = load_phrasebook((language,))
    found = {text: book.kinds_of([text])[0] for text in KINDS[language]}
    assert found == KINDS[language]


@pytest.mark.parametrize("language", sorted(ARTICLE))
def test_article_sentences_that_mention_the_words_survive(language):
    book = load_phrasebook(("en", "de", "fr", "es", language))
    assert {text: book.kinds_of([text])[0] for text in ARTICLE[language]} == {text: None for text in ARTICLE[language]}


@pytest.mark.parametrize("language", sorted(FEED_FOOTERS))
def test_feed_footer_gives_title_and_source(language):
    footer, title, source = FEED_FOOTERS[language]
    doc = run(label_feed_footer, make_doc(f"Body text of the item.\n{footer}", language=language))
    assert (doc.title, doc.source) == (title, source)
    assert kinds(doc) == [None, "feed-footer"]


@pytest.mark.parametrize("language", sorted(DATED_PAGES))
def test_dateline_gives_the_published_date(language):
    doc = declutter.clean(DATED_PAGES[language])
    assert doc.language == language
    assert doc.published == "2025-04-08"
    assert "2025" not in doc.text


@pytest.mark.parametrize("language", sorted(KINDS))
def test_sections_ages_and_dates(language):
    book = load_phrasebook((language,))
    related, comments, age = {
        "pt": ("Leia também", "Comentários (4)", "há 2 horas"),
        "it": ("Leggi anche", "Commenti (4)", "2 ore fa"),
        "nl": ("Lees ook", "Reacties (4)", "2 uur geleden"),
    }[language]
    assert book.section_of(related) == "related" and book.section_of(comments) == "comments"
    assert book.age.fullmatch(age)
    assert book.months and len(set(book.months.values())) == 12 and len(book.weekdays) >= 7


@pytest.mark.parametrize("language", ["pt", "it", "nl"])
def test_a_page_language_added_to_the_configured_books_answers_as_one_merged_book(language):
    # The page's own book is asked beside the configured ones (not compiled
    # into them): every line must get the kind and section the merged book gives.
    from declutter.phrases.book import _merged_books

    configured = ("en", "de", "fr", "es")
    added, merged = load_phrasebook(configured, language), _merged_books((*configured, language))
    lines = [line for book in KINDS.values() for line in book] + ["Leia também", "Leggi anche", "Lees ook", "Related Articles", "Lesen Sie auch", "Plain words."]
    assert added.kinds_of(lines) == merged.kinds_of(lines)
    assert added.sections_of(lines) == merged.sections_of(lines)
    assert [added.section_of(line) for line in lines] == [merged.section_of(line) for line in lines]
    assert any(added.kinds_of(lines)) and any(added.sections_of(lines))


def test_a_blogs_closing_newsletter_pitch_is_a_newsletter_line_in_german():
    book = load_phrasebook(("de",))
    pitch = (
        "Wenn du keinen Artikel mehr zu Bahnreisen in Deutschland verpassen willst, dann hol dir jetzt meinen gratis "
        "Newsletter! Du kannst mir auch auf Facebook und Twitter folgen, dort teile ich jeden Tag neue Tipps und Angebote."
    )
    assert book.kinds_of([pitch])[0] == "newsletter"
    # The article's own sentence about a missed train keeps its place.
    assert book.kinds_of(["Wer keinen Zug verpassen will, sollte am Bahnsteig die Durchsagen und die Anzeigen im Blick behalten."])[0] is None
