"""Furniture that belongs to one kind of page (live blogs, blogs, press releases, ...), as data.

Same shape as chrome_page.PAGE; even indexes are the "dev" half, odd the "held-out" half.
"""
from __future__ import annotations

from .chrome_page import Phrasings

STYLES: dict[str, Phrasings] = {
    "live_header": {
        "en": ["LIVE\nKey events\nShow key events only\nPlease turn on JavaScript in your browser to enable this feature", "Live updates\nSummary\nLatest",
               "LIVE – Updated {time}\nKey updates", "Live coverage\nWhat we know so far"],
        "de": ["LIVE\nDas Wichtigste\nNur wichtige Ereignisse anzeigen\nBitte aktivieren Sie JavaScript in Ihrem Browser", "Liveticker\nZusammenfassung\nAktuell",
               "LIVE – Aktualisiert {time}\nDie wichtigsten Entwicklungen", "Live-Berichterstattung\nWas wir bisher wissen"],
        "fr": ["EN DIRECT\nLes moments clés\nAfficher uniquement les moments clés\nVeuillez activer JavaScript dans votre navigateur", "Direct\nRésumé\nÀ la une",
               "EN DIRECT – Mis à jour à {time}\nL'essentiel", "Suivez notre direct\nCe que l'on sait"],
        "es": ["EN DIRECTO\nMomentos clave\nMostrar solo momentos clave\nActiva JavaScript en tu navegador para usar esta función", "Última hora\nResumen\nLo último",
               "EN DIRECTO – Actualizado {time}\nClaves", "Directo\nLo que sabemos hasta ahora"],
    },
    "live_pinned": {
        "en": ["Pinned post", "Pinned", "Featured update", "Top post"],
        "de": ["Angepinnter Beitrag", "Fixiert", "Hervorgehobener Beitrag", "Top-Eintrag"],
        "fr": ["Publication épinglée", "Épinglé", "À la une du direct", "Message épinglé"],
        "es": ["Publicación fijada", "Fijado", "Destacado", "Entrada fijada"],
    },
    "live_entry": {
        "en": ["{time}", "{time} BST", "{n} min ago", "{time} GMT\nShare"],
        "de": ["{time}", "{time} Uhr", "vor {n} Min.", "{time} Uhr\nTeilen"],
        "fr": ["{time}", "{time} HEC", "il y a {n} min", "{hh}h{mi}\nPartager"],
        "es": ["{time}", "{time} CET", "hace {n} min", "{time} h\nCompartir"],
    },
    "live_share": {
        "en": ["Share", "Copy link to this post", "Share this update", "Link copied"],
        "de": ["Teilen", "Link zu diesem Beitrag kopieren", "Diesen Eintrag teilen", "Link kopiert"],
        "fr": ["Partager", "Copier le lien de ce post", "Partager cette mise à jour", "Lien copié"],
        "es": ["Compartir", "Copiar enlace a esta entrada", "Compartir esta actualización", "Enlace copiado"],
    },
    "wp_meta": {
        "en": ["Posted on {date} by {author}", "{date} by {author} in {category}", "Posted in {category}\n{date}", "{author}\n{date}\n{category}"],
        "de": ["Veröffentlicht am {date} von {author}", "{date} von {author} in {category}", "Veröffentlicht in {category}\n{date}", "{author}\n{date}\n{category}"],
        "fr": ["Publié le {date} par {author}", "{date} par {author} dans {category}", "Publié dans {category}\n{date}", "{author}\n{date}\n{category}"],
        "es": ["Publicado el {date} por {author}", "{date} por {author} en {category}", "Publicado en {category}\n{date}", "{author}\n{date}\n{category}"],
    },
    "wp_footer": {
        "en": ["Categories: {category}\nTags: {category}, news\nLeave a comment", "Share this:\nTwitter\nFacebook\nLike this:\nLike Loading...", "Filed under {category}\n{n} Comments", "Leave a Reply Cancel reply\nYour email address will not be published."],
        "de": ["Kategorien: {category}\nSchlagwörter: {category}, Aktuelles\nSchreibe einen Kommentar", "Teilen mit:\nTwitter\nFacebook\nGefällt mir:\nGefällt mir Wird geladen...", "Abgelegt unter {category}\n{n} Kommentare", "Schreibe einen Kommentar Antworten abbrechen\nDeine E-Mail-Adresse wird nicht veröffentlicht."],
        "fr": ["Catégories : {category}\nÉtiquettes : {category}, actualité\nLaisser un commentaire", "Partager :\nTwitter\nFacebook\nJ'aime ça :\nJ'aime chargement…", "Classé dans {category}\n{n} commentaires", "Laisser un commentaire Annuler la réponse\nVotre adresse e-mail ne sera pas publiée."],
        "es": ["Categorías: {category}\nEtiquetas: {category}, actualidad\nDeja un comentario", "Comparte esto:\nTwitter\nFacebook\nMe gusta esto:\nMe gusta Cargando...", "Archivado en {category}\n{n} comentarios", "Deja una respuesta Cancelar la respuesta\nTu dirección de correo electrónico no será publicada."],
    },
    "category": {
        "en": ["News", "Politics", "Local", "Uncategorized"], "de": ["Allgemein", "Politik", "Aktuelles", "Region"],
        "fr": ["Actualités", "Politique", "Non classé", "Société"], "es": ["Noticias", "Política", "Sin categoría", "Sociedad"],
    },
    # feed items: the footer a feed appends; it names the title and the source
    "feed_footer": {
        "en": ["The post {title} appeared first on {site}.", "This article was originally published on {site}.", "{title} was originally published on {site}", "The article {title} first appeared on {site}.",
               "Source: {site}", "Read the full story at {site}.", "The post {title} appeared first on {site}.\nShare this post", "This story originally appeared on {site}"],
        "de": ["Der Beitrag {title} erschien zuerst auf {site}.", "Dieser Artikel erschien zuerst auf {site}.", "{title} wurde ursprünglich auf {site} veröffentlicht", "Der Artikel {title} erschien zuerst bei {site}.",
               "Quelle: {site}", "Den vollständigen Artikel lesen Sie auf {site}.", "Der Beitrag {title} erschien zuerst auf {site}.\nBeitrag teilen", "Dieser Text erschien ursprünglich bei {site}"],
        "fr": ["L'article {title} est apparu en premier sur {site}.", "Cet article a été publié à l'origine sur {site}.", "{title} a été publié initialement sur {site}", "L’article {title} est paru en premier sur {site}.",
               "Source : {site}", "Lire l'article complet sur {site}.", "L'article {title} est apparu en premier sur {site}.\nPartager", "Cet article est paru d'abord sur {site}"],
        "es": ["La entrada {title} se publicó primero en {site}.", "Este artículo se publicó originalmente en {site}.", "{title} se publicó originalmente en {site}", "El artículo {title} apareció primero en {site}.",
               "Fuente: {site}", "Lee la noticia completa en {site}.", "La entrada {title} se publicó primero en {site}.\nCompartir", "Esta noticia apareció primero en {site}"],
    },
    "press_header": {
        "en": ["FOR IMMEDIATE RELEASE", "Press Release", "NEWS RELEASE", "Media Release"],
        "de": ["PRESSEMITTEILUNG", "Pressemitteilung", "Presseinformation", "Medienmitteilung"],
        "fr": ["COMMUNIQUÉ DE PRESSE", "Communiqué de presse", "Information presse", "Communiqué"],
        "es": ["NOTA DE PRENSA", "Comunicado de prensa", "Nota informativa", "Comunicado"],
    },
    "press_contact": {
        "en": ["Media contact:\n{person}\n{email}\n+44 20 7946 0{n}", "###\nContact: {person}, {email}", "Press contact\n{person}\nPhone: +1 212 555 01{n}\nEmail: {email}", "For more information, contact:\n{person}\n{email}"],
        "de": ["Pressekontakt:\n{person}\n{email}\n+49 30 1234 5{n}", "###\nKontakt: {person}, {email}", "Ansprechpartner für die Presse\n{person}\nTelefon: +49 89 555 01{n}\nE-Mail: {email}", "Weitere Informationen:\n{person}\n{email}"],
        "fr": ["Contact presse :\n{person}\n{email}\n+33 1 23 45 67 {n}", "###\nContact : {person}, {email}", "Relations presse\n{person}\nTél. : +33 1 55 01 {n}\nE-mail : {email}", "Pour plus d'informations :\n{person}\n{email}"],
        "es": ["Contacto de prensa:\n{person}\n{email}\n+34 91 123 45 {n}", "###\nContacto: {person}, {email}", "Gabinete de prensa\n{person}\nTeléfono: +34 93 555 01{n}\nEmail: {email}", "Para más información:\n{person}\n{email}"],
    },
    "press_about": {
        "en": ["About {company}\n{company} is a leading provider of software and services for organisations in more than 40 countries. For more information, visit our website.",
               "About {company}: Founded in 1998, {company} helps businesses work smarter with innovative, sustainable solutions."],
        "de": ["Über {company}\n{company} ist ein führender Anbieter von Software und Dienstleistungen für Unternehmen in mehr als 40 Ländern. Weitere Informationen finden Sie auf unserer Website.",
               "Über {company}: Die 1998 gegründete {company} unterstützt Unternehmen mit innovativen und nachhaltigen Lösungen."],
        "fr": ["À propos de {company}\n{company} est un fournisseur de premier plan de logiciels et de services pour les organisations dans plus de 40 pays. Pour plus d'informations, consultez notre site.",
               "À propos de {company} : fondée en 1998, {company} aide les entreprises à travailler mieux grâce à des solutions innovantes et durables."],
        "es": ["Acerca de {company}\n{company} es un proveedor líder de software y servicios para organizaciones en más de 40 países. Para más información, visite nuestra web.",
               "Acerca de {company}: fundada en 1998, {company} ayuda a las empresas a trabajar mejor con soluciones innovadoras y sostenibles."],
    },
    "broadcast": {
        "en": ["Watch live\nListen live", "Media caption,\nWatch: the moment it happened", "Video duration 2:31\nPlay video", "Listen to this article\n{n} min"],
        "de": ["Livestream\nRadio hören", "Video:\nDer Moment im Video", "Video Dauer 2:31\nVideo abspielen", "Artikel anhören\n{n} Min."],
        "fr": ["Regarder le direct\nÉcouter la radio", "Vidéo :\nRegardez le moment où cela s'est produit", "Durée de la vidéo 2:31\nLire la vidéo", "Écouter cet article\n{n} min"],
        "es": ["Ver en directo\nEscuchar en directo", "Vídeo:\nEl momento en que ocurrió", "Duración del vídeo 2:31\nReproducir vídeo", "Escuchar esta noticia\n{n} min"],
    },
    "tabloid": {
        "en": ["EXCLUSIVE", "Share this article\nComments ({n})", "GET IN TOUCH\nDo you have a story for us? Email news@{domain}", "MOST READ IN NEWS", "Follow Us\nSign up for the {site} newsletter"],
        "de": ["EXKLUSIV", "Artikel teilen\nKommentare ({n})", "LESER-REPORTER\nSie haben etwas beobachtet? Schreiben Sie an leser@{domain}", "MEISTGELESEN", "Folgen Sie uns\nJetzt den {site}-Newsletter abonnieren"],
        "fr": ["EXCLUSIF", "Partager l'article\nCommentaires ({n})", "ÉCRIVEZ-NOUS\nVous avez une info ? Écrivez à info@{domain}", "LES PLUS LUS", "Suivez-nous\nAbonnez-vous à la newsletter {site}"],
        "es": ["EXCLUSIVA", "Compartir artículo\nComentarios ({n})", "CUÉNTANOSLO\n¿Tienes una historia? Escribe a noticias@{domain}", "LO MÁS LEÍDO", "Síguenos\nSuscríbete al boletín de {site}"],
    },
    "amp": {
        "en": ["Menu\nClose", "View non-AMP version", "Back to top", "Tap to expand"],
        "de": ["Menü\nSchließen", "Zur Desktop-Version", "Nach oben", "Zum Aufklappen tippen"],
        "fr": ["Menu\nFermer", "Version non AMP", "Haut de page", "Touchez pour agrandir"],
        "es": ["Menú\nCerrar", "Ver versión no AMP", "Volver arriba", "Toca para ampliar"],
    },
    "cookie_wall": {
        "en": ["To continue reading, please accept cookies or subscribe.\nAccept cookies and continue\nSubscribe without ads", "Your privacy choices\nWe need your consent to use cookies before you can read this article.\nConsent\nPur subscription"],
        "de": ["Um weiterzulesen, stimmen Sie bitte der Nutzung von Cookies zu oder schließen Sie ein Abo ab.\nMit Werbung weiterlesen\nPUR-Abo ohne Werbung", "Ihre Datenschutz-Einstellungen\nWir benötigen Ihre Zustimmung zu Cookies, bevor Sie diesen Artikel lesen können.\nZustimmen\nPur-Abo abschließen"],
        "fr": ["Pour continuer votre lecture, acceptez les cookies ou abonnez-vous.\nAccepter et continuer\nS'abonner sans publicité", "Vos choix de confidentialité\nNous avons besoin de votre consentement aux cookies avant que vous puissiez lire cet article.\nConsentir\nAbonnement sans pub"],
        "es": ["Para seguir leyendo, acepta las cookies o suscríbete.\nAceptar y continuar\nSuscribirse sin anuncios", "Tus opciones de privacidad\nNecesitamos tu consentimiento para usar cookies antes de que puedas leer este artículo.\nConsentir\nSuscripción sin publicidad"],
    },
}
