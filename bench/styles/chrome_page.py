"""Page chrome around the article, as data: CHROME[slot][language] -> phrasings.

Written from the habits of real sites (menus, cookie banners, teaser
sections, footers). A phrasing may span several lines ("\n"). Placeholders
({site}, {n}, {year}, ...) are filled by the generator. The phrasing index's
parity splits every slot into a "dev" half (even) and a "held-out" half (odd),
so each list has at least two entries.
"""
from __future__ import annotations

Phrasings = dict[str, list[str]]

PAGE: dict[str, Phrasings] = {
    "menu": {
        "en": ["Home\nNews\nSport\nBusiness\nOpinion", "Menu\nSign In\nWorld\nPolitics\nTech", "Skip to main content\nNews\nFinance\nLifestyle\nEntertainment",
               "Search\nU.K.\nWorld\nCulture\nTravel", "Sections\nLocal\nCrime\nWeather\nObituaries", "Subscribe\nLog in\nHealth\nScience\nClimate"],
        "de": ["Startseite\nPolitik\nWirtschaft\nSport\nKultur", "Menü\nAnmelden\nRegion\nPanorama\nDigital", "Zum Inhalt springen\nNachrichten\nRatgeber\nReise\nAuto",
               "Suche\nInland\nAusland\nMeinung\nWissen", "Ressorts\nLokales\nPolizei\nWetter\nTraueranzeigen", "Abo\nLogin\nGesundheit\nKarriere\nLeben"],
        "fr": ["Accueil\nActualités\nSport\nÉconomie\nCulture", "Menu\nSe connecter\nMonde\nPolitique\nSociété", "Aller au contenu principal\nInfos\nRégions\nLoisirs\nMétéo",
               "Rechercher\nFrance\nInternational\nOpinions\nSciences", "Rubriques\nFaits divers\nMa ville\nAvis de décès\nEmploi", "S'abonner\nMon compte\nSanté\nPlanète\nVie quotidienne"],
        "es": ["Portada\nNacional\nInternacional\nEconomía\nDeportes", "Menú\nIniciar sesión\nOpinión\nCultura\nTecnología", "Ir al contenido\nNoticias\nSociedad\nGente\nTiempo",
               "Buscar\nEspaña\nAmérica\nCiencia\nSalud", "Secciones\nLocal\nSucesos\nEsquelas\nMotor", "Suscríbete\nMi cuenta\nVida\nViajes\nGastronomía"],
    },
    "logo": {
        "en": ["logo", "{site} logo", "{site} homepage", "Logo of {site}"],
        "de": ["Logo", "{site} Logo", "Zur Startseite von {site}", "Logo {site}"],
        "fr": ["logo", "Logo {site}", "Retour à l'accueil {site}", "{site} - logo"],
        "es": ["logo", "Logo de {site}", "Ir a la portada de {site}", "{site} logotipo"],
    },
    "cookie": {
        "en": ["We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.\nAccept all\nManage preferences",
               "This website uses cookies and similar technologies to personalise content and ads and to analyse our traffic.\nI agree\nMore options",
               "We and our partners store and access information on your device, such as cookies, for personalised advertising and content measurement.\nAccept and close\nReject all",
               "By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation.\nAccept All Cookies\nCookie Settings"],
        "de": ["Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten. Mit der Nutzung der Seite stimmen Sie dem zu.\nAlle akzeptieren\nEinstellungen",
               "Diese Website nutzt Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und Zugriffe zu analysieren.\nZustimmen\nAblehnen",
               "Wir und unsere Partner speichern Informationen auf Ihrem Gerät und greifen darauf zu, etwa Cookies, für personalisierte Werbung.\nAkzeptieren und schließen\nDetails anzeigen",
               "Mit Klick auf „Alle Cookies akzeptieren“ stimmen Sie der Speicherung von Cookies auf Ihrem Gerät zu.\nAlle Cookies akzeptieren\nCookie-Einstellungen"],
        "fr": ["Nous utilisons des cookies pour améliorer votre expérience sur notre site. En poursuivant votre navigation, vous acceptez leur utilisation.\nTout accepter\nParamétrer",
               "Ce site utilise des cookies et technologies similaires pour personnaliser les contenus et les publicités et analyser notre trafic.\nJ'accepte\nPlus d'options",
               "Nous et nos partenaires stockons des informations sur votre appareil, comme des cookies, pour la publicité personnalisée.\nAccepter et fermer\nTout refuser",
               "En cliquant sur « Accepter tous les cookies », vous acceptez le stockage de cookies sur votre appareil.\nAccepter tous les cookies\nGérer les cookies"],
        "es": ["Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.\nAceptar\nConfigurar",
               "Este sitio web utiliza cookies y tecnologías similares para personalizar contenidos y anuncios y analizar el tráfico.\nAcepto\nMás opciones",
               "Nosotros y nuestros socios almacenamos información en su dispositivo, como cookies, para publicidad personalizada.\nAceptar y cerrar\nRechazar todo",
               "Al hacer clic en «Aceptar todas las cookies», usted acepta que las cookies se guarden en su dispositivo.\nAceptar todas las cookies\nConfiguración de cookies"],
    },
    "related_heading": {
        "en": ["Related Articles", "More on this story", "You may also like", "Read next", "Most popular", "More from {site}"],
        "de": ["Mehr zum Thema", "Das könnte Sie auch interessieren", "Weitere Artikel", "Meistgelesen", "Auch interessant", "Mehr von {site}"],
        "fr": ["À lire aussi", "Sur le même sujet", "Vous aimerez aussi", "Les plus lus", "Dans la même rubrique", "Plus de {site}"],
        "es": ["Te puede interesar", "Noticias relacionadas", "Más noticias", "Lo más leído", "También te puede interesar", "Más de {site}"],
    },
    "age": {
        "en": ["{n} hours ago", "{n}h ago", "{n} minutes ago", "{n} mins ago", "{n} days ago", "{n}d"],
        "de": ["vor {n} Stunden", "vor {n} Std.", "vor {n} Minuten", "vor {n} Min.", "vor {n} Tagen", "vor {n} T."],
        "fr": ["il y a {n} heures", "il y a {n} h", "il y a {n} minutes", "il y a {n} min", "il y a {n} jours", "il y a {n} j"],
        "es": ["hace {n} horas", "hace {n} h", "hace {n} minutos", "hace {n} min", "hace {n} días", "hace {n} d"],
    },
    # how a teaser's source and age share a line ("NBC News · 2 hours ago")
    "teaser_meta": {
        "en": ["{source} · {age}", "{source}\n{age}", "time{age}\n{source}", "{source} | {age}"],
        "de": ["{source} · {age}", "{source}\n{age}", "time{age}\n{source}", "{source} | {age}"],
        "fr": ["{source} · {age}", "{source}\n{age}", "time{age}\n{source}", "{source} | {age}"],
        "es": ["{source} · {age}", "{source}\n{age}", "time{age}\n{source}", "{source} | {age}"],
    },
    "comments": {
        "en": ["Comments\nNo comments yet...", "Join the conversation\n{n} comments", "Comments ({n})\nLog in to comment", "Show comments\nHide comments", "{n} Comments\nView all comments"],
        "de": ["Kommentare\nNoch keine Kommentare...", "Diskutieren Sie mit\n{n} Kommentare", "Kommentare ({n})\nZum Kommentieren anmelden", "Kommentare anzeigen\nKommentare ausblenden", "{n} Kommentare\nAlle Kommentare anzeigen"],
        "fr": ["Commentaires\nAucun commentaire pour le moment...", "Participer à la discussion\n{n} commentaires", "Commentaires ({n})\nConnectez-vous pour commenter", "Voir les commentaires\nMasquer les commentaires", "{n} commentaires\nVoir tous les commentaires"],
        "es": ["Comentarios\nTodavía no hay comentarios...", "Únete a la conversación\n{n} comentarios", "Comentarios ({n})\nInicia sesión para comentar", "Ver comentarios\nOcultar comentarios", "{n} comentarios\nVer todos los comentarios"],
    },
    "share": {
        "en": ["Share\nFacebook\nTwitter", "Share this article\nCopy link", "Share on Facebook\nShare on X\nEmail", "Facebook X Email", "Share\nWhatsApp\nLinkedIn"],
        "de": ["Teilen\nFacebook\nTwitter", "Artikel teilen\nLink kopieren", "Auf Facebook teilen\nAuf X teilen\nE-Mail", "Facebook X E-Mail", "Teilen\nWhatsApp\nLinkedIn"],
        "fr": ["Partager\nFacebook\nTwitter", "Partager cet article\nCopier le lien", "Partager sur Facebook\nPartager sur X\nE-mail", "Facebook X E-mail", "Partager\nWhatsApp\nLinkedIn"],
        "es": ["Compartir\nFacebook\nTwitter", "Compartir este artículo\nCopiar enlace", "Compartir en Facebook\nCompartir en X\nCorreo", "Facebook X Correo", "Compartir\nWhatsApp\nLinkedIn"],
    },
    "app_banner": {
        "en": ["Download the App\nGet it on Google Play\nDownload on the App Store", "Get the {site} app", "Open in app", "Read this story in the {site} app for the best experience"],
        "de": ["Jetzt die App herunterladen\nJetzt bei Google Play\nLaden im App Store", "Holen Sie sich die {site}-App", "In der App öffnen", "Lesen Sie diesen Artikel in der {site}-App"],
        "fr": ["Téléchargez l'application\nDisponible sur Google Play\nTélécharger dans l'App Store", "Téléchargez l'appli {site}", "Ouvrir dans l'appli", "Lisez cet article dans l'application {site}"],
        "es": ["Descarga la app\nDisponible en Google Play\nDescárgalo en el App Store", "Descarga la app de {site}", "Abrir en la app", "Lee esta noticia en la app de {site}"],
    },
    "footer": {
        "en": ["© {year} {site}. All rights reserved.\nPrivacy Policy\nTerms of Use", "Contact us\nAdvertise with us\nCopyright © {year} {site}", "About us\nCareers\nCookie policy\n© {site} {year}", "Follow us on Facebook and Instagram\n© {year} {site}"],
        "de": ["© {year} {site}. Alle Rechte vorbehalten.\nDatenschutz\nImpressum", "Kontakt\nMediadaten\nCopyright © {year} {site}", "Über uns\nKarriere\nCookie-Richtlinie\n© {site} {year}", "Folgen Sie uns auf Facebook und Instagram\n© {year} {site}"],
        "fr": ["© {year} {site}. Tous droits réservés.\nPolitique de confidentialité\nMentions légales", "Nous contacter\nPublicité\nCopyright © {year} {site}", "Qui sommes-nous\nRecrutement\nGestion des cookies\n© {site} {year}", "Suivez-nous sur Facebook et Instagram\n© {year} {site}"],
        "es": ["© {year} {site}. Todos los derechos reservados.\nPolítica de privacidad\nAviso legal", "Contacto\nPublicidad\nCopyright © {year} {site}", "Quiénes somos\nTrabaja con nosotros\nPolítica de cookies\n© {site} {year}", "Síguenos en Facebook e Instagram\n© {year} {site}"],
    },
    "date_label": {
        "en": ["Published {date}", "{date}", "Published: {date}", "Last updated {date}"],
        "de": ["Veröffentlicht am {date}", "{date}", "Stand: {date}", "Aktualisiert am {date}"],
        "fr": ["Publié le {date}", "{date}", "Mis à jour le {date}", "Publié : {date}"],
        "es": ["Publicado el {date}", "{date}", "Actualizado el {date}", "Publicado: {date}"],
    },
    "byline": {
        "en": ["By {author}", "By {author}, {role}", "{author}", "Written by {author}", "BY {author_upper}", "Words by {author}"],
        "de": ["Von {author}", "Von {author}, {role}", "{author}", "Ein Beitrag von {author}", "VON {author_upper}", "Text: {author}"],
        "fr": ["Par {author}", "Par {author}, {role}", "{author}", "Un article de {author}", "PAR {author_upper}", "Texte : {author}"],
        "es": ["Por {author}", "Por {author}, {role}", "{author}", "Escrito por {author}", "POR {author_upper}", "Texto: {author}"],
    },
    "role": {
        "en": ["Political Correspondent", "Senior Reporter", "Education Editor", "Staff Writer"],
        "de": ["Korrespondent", "Redakteurin", "Politikredaktion", "Volontär"],
        "fr": ["correspondant", "journaliste", "service Politique", "rédactrice"],
        "es": ["corresponsal", "redactora", "sección de Política", "periodista"],
    },
}
