"""Chrome inside and right around the article, and each style's own furniture, as data.

Same shape as chrome_page.PAGE: slot -> language -> phrasings, "\n" between
lines, even indexes for the "dev" half and odd for the "held-out" half.
"""
from __future__ import annotations

from .chrome_page import Phrasings

ARTICLE: dict[str, Phrasings] = {
    "ad_marker": {
        "en": ["Advertisement", "ADVERTISEMENT", "Ad", "Sponsored content", "Advertisement\nAdvertisement", "SPONSORED"],
        "de": ["Anzeige", "ANZEIGE", "Werbung", "Gesponserter Inhalt", "Anzeige\nAnzeige", "WERBUNG"],
        "fr": ["Publicité", "PUBLICITÉ", "Pub", "Contenu sponsorisé", "Publicité\nPublicité", "SPONSORISÉ"],
        "es": ["Publicidad", "PUBLICIDAD", "Anuncio", "Contenido patrocinado", "Publicidad\nPublicidad", "PATROCINADO"],
    },
    "continues": {
        "en": ["Story continues below", "Article continues below advertisement", "Story continues", "Continue reading below", "The article continues after this ad", "Scroll to continue with content"],
        "de": ["Weiterlesen nach der Anzeige", "Artikel wird unter der Werbung fortgesetzt", "Weiter im Text", "Lesen Sie unten weiter", "Der Artikel geht nach der Anzeige weiter", "Scrollen, um weiterzulesen"],
        "fr": ["La suite après cette publicité", "L'article continue ci-dessous", "Suite de l'article", "Lire la suite ci-dessous", "L'article se poursuit après cette publicité", "Faites défiler pour continuer"],
        "es": ["Sigue leyendo después del anuncio", "La noticia continúa debajo", "Sigue leyendo", "Continúa leyendo abajo", "El artículo continúa tras la publicidad", "Desliza para seguir leyendo"],
    },
    "read_more": {
        "en": ["Read more: {other}", "RELATED: {other}", "READ MORE: {other}", "See also: {other}", "Read more\n{other}", "MORE: {other}"],
        "de": ["Lesen Sie auch: {other}", "MEHR ZUM THEMA: {other}", "Auch interessant: {other}", "Lesen Sie auch\n{other}", "Mehr dazu: {other}", "LESEN SIE AUCH: {other}"],
        "fr": ["À lire aussi : {other}", "LIRE AUSSI - {other}", "Lire aussi : {other}", "À lire aussi\n{other}", "Voir aussi : {other}", "À LIRE : {other}"],
        "es": ["Lee también: {other}", "LEA TAMBIÉN: {other}", "Te puede interesar: {other}", "Lee también\n{other}", "Más información: {other}", "RELACIONADO: {other}"],
    },
    "newsletter": {
        "en": ["Sign up to our free morning briefing\nGet the day's top stories delivered straight to your inbox.\nEnter your email\nSubscribe",
               "Newsletter\nThe best of {site}, every weekday.\nSign up", "Get our breaking news alerts\nSign up now", "Don't miss a story\nSign up for our daily newsletter\nSubscribe"],
        "de": ["Unser kostenloser Morgen-Newsletter\nDie wichtigsten Nachrichten des Tages direkt in Ihr Postfach.\nE-Mail-Adresse eingeben\nAbonnieren",
               "Newsletter\nDas Beste von {site}, jeden Werktag.\nJetzt anmelden", "Eilmeldungen per E-Mail erhalten\nJetzt anmelden", "Nichts mehr verpassen\nMelden Sie sich für unseren Newsletter an\nAbonnieren"],
        "fr": ["Inscrivez-vous à notre newsletter du matin\nL'essentiel de l'actualité chaque jour dans votre boîte mail.\nVotre adresse e-mail\nS'inscrire",
               "Newsletter\nLe meilleur de {site}, chaque jour de la semaine.\nJe m'inscris", "Recevez nos alertes info\nS'inscrire maintenant", "Ne manquez rien\nAbonnez-vous à notre lettre quotidienne\nS'abonner"],
        "es": ["Suscríbete a nuestro boletín matinal\nLas noticias más importantes del día en tu correo.\nIntroduce tu email\nSuscribirme",
               "Newsletter\nLo mejor de {site}, cada día laborable.\nApúntate", "Recibe nuestras alertas de última hora\nRegístrate ahora", "No te pierdas nada\nSuscríbete a nuestro boletín diario\nSuscribirse"],
    },
    "caption": {
        "en": ["The scene on Tuesday afternoon.\nPhoto: {person}/{agency}", "Officials at the site earlier this week. (Image: {agency})", "A file picture from last year. Credit: {person} / {agency}",
               "Residents gathered outside the building.\nPhotograph: {person}/{agency}"],
        "de": ["Die Szene am Dienstagnachmittag.\nFoto: {person}/{agency}", "Einsatzkräfte vor Ort. (Bild: {agency})", "Ein Archivbild aus dem vergangenen Jahr. Foto: {person} / {agency}",
               "Anwohner versammelten sich vor dem Gebäude.\nBild: {person}/{agency}"],
        "fr": ["La scène mardi après-midi.\nPhoto : {person} / {agency}", "Des responsables sur place. (Crédit : {agency})", "Une photo d'archive de l'an dernier. © {person} / {agency}",
               "Des habitants réunis devant le bâtiment.\nPhoto {person} / {agency}"],
        "es": ["La escena el martes por la tarde.\nFoto: {person} / {agency}", "Responsables en el lugar. (Foto: {agency})", "Una imagen de archivo del año pasado. {person} / {agency}",
               "Vecinos reunidos frente al edificio.\nFotografía: {person} / {agency}"],
    },
    "donation": {
        "en": ["Support independent journalism\nOur reporting is funded by readers like you. Please consider a contribution today.\nDonate now",
               "If you value our work, become a member today.", "We have a small favour to ask.\nMillions turn to us for open, independent news.\nSupport us from just £1\nSupport us",
               "This story is free because readers chip in.\nGive monthly"],
        "de": ["Unabhängigen Journalismus unterstützen\nUnsere Berichterstattung wird von Leserinnen und Lesern wie Ihnen finanziert.\nJetzt spenden",
               "Wenn Ihnen unsere Arbeit etwas wert ist, werden Sie jetzt Mitglied.", "Wir haben eine kleine Bitte.\nMillionen Menschen lesen unsere freien, unabhängigen Nachrichten.\nUnterstützen Sie uns ab 1 €\nJetzt unterstützen",
               "Dieser Artikel ist frei, weil Leser uns unterstützen.\nMonatlich unterstützen"],
        "fr": ["Soutenez le journalisme indépendant\nNotre travail est financé par des lecteurs comme vous. Faites un don dès aujourd'hui.\nFaire un don",
               "Si vous appréciez notre travail, devenez membre dès aujourd'hui.", "Nous avons une petite faveur à vous demander.\nDes millions de personnes lisent nos informations libres et indépendantes.\nSoutenez-nous dès 1 €\nNous soutenir",
               "Cet article est gratuit grâce aux dons de nos lecteurs.\nDon mensuel"],
        "es": ["Apoya el periodismo independiente\nNuestro trabajo lo financian lectores como tú. Haz tu aportación hoy.\nDonar ahora",
               "Si valoras nuestro trabajo, hazte socio hoy.", "Tenemos un pequeño favor que pedirte.\nMillones de personas leen nuestras noticias libres e independientes.\nApóyanos desde 1 €\nApóyanos",
               "Esta noticia es gratuita porque los lectores contribuyen.\nAporta cada mes"],
    },
    "paywall": {
        "en": ["You have {n} free articles left this month.\nSubscribe for unlimited access", "This article is for subscribers only\nAlready a subscriber? Log in",
               "You've reached your limit of free articles.\nSubscribe now for £1 a week\nSign in", "{n} free articles remaining\nSubscribe"],
        "de": ["Sie haben diesen Monat noch {n} kostenlose Artikel.\nJetzt abonnieren für unbegrenzten Zugang", "Dieser Artikel ist nur für Abonnenten\nSie sind bereits Abonnent? Anmelden",
               "Sie haben Ihr Limit an kostenlosen Artikeln erreicht.\nJetzt für 1 € pro Woche abonnieren\nAnmelden", "Noch {n} kostenlose Artikel\nAbonnieren"],
        "fr": ["Il vous reste {n} articles gratuits ce mois-ci.\nAbonnez-vous pour un accès illimité", "Cet article est réservé aux abonnés\nDéjà abonné ? Se connecter",
               "Vous avez atteint votre limite d'articles gratuits.\nAbonnez-vous pour 1 € par semaine\nSe connecter", "Encore {n} articles gratuits\nS'abonner"],
        "es": ["Te quedan {n} artículos gratuitos este mes.\nSuscríbete para tener acceso ilimitado", "Este artículo es exclusivo para suscriptores\n¿Ya eres suscriptor? Inicia sesión",
               "Has alcanzado el límite de artículos gratuitos.\nSuscríbete por 1 € a la semana\nIniciar sesión", "Quedan {n} artículos gratuitos\nSuscribirse"],
    },
    "portal_story_by": {
        "en": ["Story by {author}", "Article by {author}", "Story by {author} • {age}", "By {author} for {source}"],
        "de": ["Artikel von {author}", "Bericht von {author}", "Artikel von {author} • {age}", "Von {author} für {source}"],
        "fr": ["Article de {author}", "Histoire de {author}", "Article de {author} • {age}", "Par {author} pour {source}"],
        "es": ["Historia de {author}", "Artículo de {author}", "Historia de {author} • {age}", "Por {author} para {source}"],
    },
    "portal_provider": {
        "en": ["Provided by {source}", "© {source}", "{source} · {date} · {n} min read", "More from {source}"],
        "de": ["Bereitgestellt von {source}", "© {source}", "{source} · {date} · {n} Min. Lesezeit", "Mehr von {source}"],
        "fr": ["Fourni par {source}", "© {source}", "{source} · {date} · {n} min de lecture", "Plus de {source}"],
        "es": ["Proporcionado por {source}", "© {source}", "{source} · {date} · {n} min de lectura", "Más de {source}"],
    },
    "portal_continue": {
        "en": ["Continue reading", "Story continues", "Read full article", "View comments"],
        "de": ["Weiterlesen", "Artikel geht weiter", "Vollständigen Artikel lesen", "Kommentare anzeigen"],
        "fr": ["Continuer la lecture", "Suite de l'article", "Lire l'article complet", "Voir les commentaires"],
        "es": ["Seguir leyendo", "La historia continúa", "Leer el artículo completo", "Ver comentarios"],
    },
}
