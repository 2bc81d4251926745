"""Names the pages are made of: sites by kind, people, agencies, cities, and the dates' wording.

Site and source names are a mix of real publishers (their names are what a
cleaner meets) and made-up regional titles. Plain data.
"""
from __future__ import annotations

SITES: dict[str, dict[str, list[str]]] = {
    "aggregator": {"en": ["Daily8", "NewsHub", "Newsbreak Now", "TopStories"], "de": ["Nachrichten8", "NewsHub", "Flipboard Deutschland", "Aktuell24"],
                   "fr": ["Actu8", "InfoHub", "Le Fil Info", "Toute l'actu"], "es": ["Noticias8", "NewsHub", "Al Día Hoy", "Portada24"]},
    "portal": {"en": ["MSN", "Yahoo News", "AOL", "Microsoft Start"], "de": ["MSN", "web.de", "GMX Magazin", "t-online"],
               "fr": ["MSN", "Yahoo Actualités", "Orange Actu", "Free Actu"], "es": ["MSN", "Yahoo Noticias", "Terra", "Microsoft Start"]},
    "paper": {"en": ["The Guardian", "The Telegraph", "The Independent", "The Daily Courier", "Manchester Evening News", "The Times"],
              "de": ["Süddeutsche Zeitung", "Frankfurter Allgemeine", "Der Spiegel", "Die Zeit", "Tagesspiegel", "Kölner Stadt-Anzeiger"],
              "fr": ["Le Monde", "Le Figaro", "Libération", "Ouest-France", "Le Parisien", "La Dépêche"],
              "es": ["El País", "El Mundo", "La Vanguardia", "ABC", "Diario del Sur", "El Periódico"]},
    "us_paper": {"en": ["The Washington Post", "The New York Times", "Chicago Tribune", "The Boston Globe", "Los Angeles Times", "The Denver Post"],
                 "de": ["The Washington Post", "Chicago Tribune"], "fr": ["The New York Times", "The Boston Globe"], "es": ["Los Angeles Times", "The Miami Herald"]},
    "agency": {"en": ["Reuters", "AP", "AFP", "Bloomberg"], "de": ["dpa", "Reuters", "AFP", "epd"], "fr": ["AFP", "Reuters", "AP", "Belga"], "es": ["EFE", "Europa Press", "Reuters", "AFP"]},
    "broadcaster": {"en": ["BBC News", "Sky News", "CNN", "ITV News"], "de": ["tagesschau.de", "ZDFheute", "BR24", "NDR"],
                    "fr": ["franceinfo", "BFMTV", "France 24", "RTL"], "es": ["RTVE", "Cadena SER", "Antena 3 Noticias", "laSexta"]},
    "tabloid": {"en": ["Daily Mail", "The Sun", "Daily Mirror", "Daily Express"], "de": ["Bild", "Express", "B.Z.", "tz"],
                "fr": ["Voici", "Closer", "Le Parisien Week-end", "Gala"], "es": ["Diez Minutos", "Hola", "El Español", "OKDiario"]},
    "regional": {"en": ["Yorkshire Post", "Bristol Live", "Kent Online", "Cornwall Live"], "de": ["Hessische Allgemeine", "Mittelbayerische", "Ruhr Nachrichten", "Schwäbische"],
                 "fr": ["Le Progrès", "Sud Ouest", "L'Est Républicain", "Nice-Matin"], "es": ["Heraldo de Aragón", "La Voz de Galicia", "Diario de Navarra", "Levante-EMV"]},
    "blog": {"en": ["Foreign Policy", "The Urban Gardener", "Tech Notes Weekly", "Brooklyn Food Blog"], "de": ["Radblog Berlin", "Netzpolitik Notizen", "Küchenliebe", "Stadtgeschichten"],
             "fr": ["Le Blog du Jardinier", "Carnets de voyage", "Techno Notes", "La Cuisine de Léa"], "es": ["Blog de Viajes", "Apuntes de Tecnología", "La Cocina de Ana", "Crónicas Urbanas"]},
    "pr_wire": {"en": ["PRNewswire", "Business Wire", "GLOBE NEWSWIRE", "EQS Newswire"], "de": ["ots", "news aktuell", "EQS-News", "pressetext"],
                "fr": ["Business Wire", "GLOBE NEWSWIRE", "ACTUSNEWS WIRE", "Cision"], "es": ["PRNewswire", "Business Wire", "Comunicae", "EFE Comunica"]},
    "company": {"en": ["Northwind Systems", "Brightline Energy", "Acme Analytics", "Harbor Health"], "de": ["Nordwind Systeme GmbH", "Lichtblick Energie AG", "Datenwerk GmbH", "Hafen Gesundheit"],
                "fr": ["Vent du Nord SA", "Énergie Claire", "Analytica France", "Santé Port"], "es": ["Sistemas Norte S.A.", "Energía Clara", "Analítica Ibérica", "Salud Puerto"]},
}

FIRST = {"en": ["Jane", "Tom", "Priya", "Michael", "Sarah", "David", "Emma", "James"], "de": ["Anna", "Lukas", "Katrin", "Jonas", "Miriam", "Stefan", "Julia", "Thomas"],
         "fr": ["Claire", "Julien", "Camille", "Nicolas", "Élodie", "Mathieu", "Sophie", "Antoine"], "es": ["Lucía", "Javier", "Marta", "Pablo", "Carmen", "Diego", "Elena", "Álvaro"]}
LAST = {"en": ["Doe", "Becker", "Natarajan", "Alvarez", "Hughes", "Okafor", "Whitfield", "Chen"], "de": ["Schmidt", "Becker", "Wagner", "Hoffmann", "Krüger", "Lehmann", "Vogel", "Braun"],
        "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Fournier", "Lambert"], "es": ["Fernández", "García", "Martínez", "López", "Sánchez", "Romero", "Navarro", "Torres"]}
CITIES = {"en": ["LONDON", "WASHINGTON", "NEW YORK", "BRUSSELS"], "de": ["BERLIN", "MÜNCHEN", "HAMBURG", "FRANKFURT"],
          "fr": ["PARIS", "LYON", "MARSEILLE", "BRUXELLES"], "es": ["MADRID", "BARCELONA", "SEVILLA", "BUENOS AIRES"]}

MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
          "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]}
MONTHS_ABBR = {"en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
               "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
               "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
               "es": ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."]}
WEEKDAYS = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
            "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
            "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
            "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]}

# Date formats by the region of the page. Day-first numeric dates are on
# UK/EU pages; month-first ones only on US pages, and always with a US
# signal on the same line (ET/EDT, a.m.). Even indexes are "dev", odd "held-out".
DATE_FORMATS: dict[str, list[str]] = {
    "uk": ["{dd}-{mm}-{yyyy}", "{dd}/{mm}/{yyyy}", "{d} {month} {yyyy}", "{weekday} {d} {month} {yyyy} {hh}.{mi} {tz}", "Published: {dd} {mon} {yyyy}",
           "{dd}/{mm}/{yy}", "{d} {mon} {yyyy}, {hh}:{mi}", "{yyyy}-{mm}-{dd}", "{hh}:{mi} {tz}, {d} {month} {yyyy}", "{d}.{m}.{yyyy}"],
    "us": ["{month} {d}, {yyyy}", "{mon} {d}, {yyyy}", "Updated {h12}:{mi} {ampm} EDT, {wkd} {month} {d}, {yyyy}", "{mm}/{dd}/{yyyy} {h12}:{mi} {ampm} ET",
           "{weekday}, {month} {d}, {yyyy}", "{m}/{d}/{yy} {h12}:{mi} {ampm} EDT", "{mon}. {d}, {yyyy} {h12}:{mi} {ampm} ET", "{yyyy}-{mm}-{dd}"],
    "de": ["{d}.{m}.{yyyy}", "{dd}.{mm}.{yyyy}", "{d}. {month} {yyyy}", "{dd}.{mm}.{yy}", "{d}. {mon} {yyyy}, {hh}:{mi} Uhr", "{weekday}, {d}. {month} {yyyy}",
           "{yyyy}-{mm}-{dd}", "{dd}.{mm}.{yyyy}, {hh}:{mi} Uhr"],
    "fr": ["{d} {month} {yyyy}", "{dd}/{mm}/{yyyy}", "le {d} {month} {yyyy} à {hh}h{mi}", "{weekday} {d} {month} {yyyy}", "{dd}/{mm}/{yy}", "{dd}/{mm}/{yyyy} à {hh}:{mi}",
           "{d} {mon} {yyyy}", "{yyyy}-{mm}-{dd}"],
    "es": ["{d} de {month} de {yyyy}", "{dd}/{mm}/{yyyy}", "{weekday}, {d} de {month} de {yyyy}", "{dd}/{mm}/{yyyy} {hh}:{mi} h", "{d} {mon} {yyyy}", "{dd}-{mm}-{yyyy}",
           "{dd}/{mm}/{yy}", "{yyyy}-{mm}-{dd}"],
}

# the dateline that opens wire copy and press releases
WIRE_DATELINE = {"en": ["{city}, {month} {d} ({agency}) - ", "{city} ({agency}) — ", "{city}, {mon} {d} ({agency}) -- ", "{city} — "],
                 "de": ["{city} ({agency}) - ", "{city}, {d}. {month} ({agency}) – ", "{city} (dpa/{agency}) – ", "{city}. "],
                 "fr": ["{city} ({agency}) - ", "{city}, {d} {month} ({agency}) – ", "{city} (AFP) – ", "{city} – "],
                 "es": ["{city}, {d} {mon} ({agency}) - ", "{city} ({agency}) – ", "{city}, {d} de {month} ({agency}).- ", "{city}. "]}
WIRE_CREDITS = {"en": ["Reporting by {author}; Editing by {person}", "Additional reporting by {person}", "(Reporting by {author}; writing by {person})", "© {agency}"],
                "de": ["Reporter: {author}; redigiert von {person}", "Mitarbeit: {person}", "{agency}/{person}", "© {agency}"],
                "fr": ["Avec {agency}", "Rédaction : {author}, édité par {person}", "(Reportage {author}, édité par {person})", "© {agency}"],
                "es": ["Redacción: {author}; edición de {person}", "Con información de {agency}", "({agency})", "© {agency}"]}

# words the style table's meta patterns use, by language
WORDS = {"en": {"by": "By", "BY": "BY", "FOR": "FOR", "published": "Published", "updated": "Updated", "min_read": "min read", "live": "live", "latest": "latest updates"},
         "de": {"by": "Von", "BY": "VON", "FOR": "FÜR", "published": "Veröffentlicht", "updated": "Aktualisiert", "min_read": "Min. Lesezeit", "live": "live", "latest": "die neuesten Entwicklungen"},
         "fr": {"by": "Par", "BY": "PAR", "FOR": "POUR", "published": "Publié", "updated": "Mis à jour", "min_read": "min de lecture", "live": "en direct", "latest": "les dernières informations"},
         "es": {"by": "Por", "BY": "POR", "FOR": "PARA", "published": "Publicado", "updated": "Actualizado", "min_read": "min de lectura", "live": "en directo", "latest": "última hora"}}
