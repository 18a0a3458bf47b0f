"""Word lists for the demo data: invented companies, places and people, and client notes.

All names are made up; any likeness to real firms is accidental."""

from __future__ import annotations

# (name, industry, city, web domain)
COMPANIES: tuple[tuple[str, str, str, str], ...] = (
    ("Müller & Söhne GmbH", "Maschinenbau", "Stuttgart", "mueller-soehne.de"),
    ("Bäckerei Größl", "Lebensmittelhandwerk", "München", "baeckerei-groessl.de"),
    ("Northbridge Analytics Ltd", "Data & Analytics", "London", "northbridge-analytics.co.uk"),
    ("Schäfer Logistik GmbH & Co. KG", "Logistik", "Hamburg", "schaefer-logistik.de"),
    ("Stadtwerke Süderbrück GmbH", "Energieversorgung", "Bremen", "stadtwerke-suederbrueck.de"),
    ("Kühne Zahntechnik", "Medizintechnik", "Köln", "kuehne-zahntechnik.de"),
    ("Weißenfels Architekten PartGmbB", "Architektur", "Leipzig", "weissenfels-architekten.de"),
    ("Brightwater Software GmbH", "Softwareentwicklung", "Berlin", "brightwater-software.de"),
    ("Hoffmann Präzisionsteile GmbH", "Metallverarbeitung", "Nürnberg", "hoffmann-praezision.de"),
    ("Özdemir Immobilien GmbH", "Immobilien", "Frankfurt am Main", "oezdemir-immobilien.de"),
    ("Grünwald Bio-Hof eG", "Landwirtschaft", "München", "gruenwald-biohof.de"),
    ("Fischer & Böhm Steuerberatung", "Steuerberatung", "Dresden", "fischer-boehm.de"),
    ("Harbour Lane Design Ltd", "Design Agency", "Manchester", "harbourlane.co.uk"),
    ("Möbelhaus Jäger KG", "Einzelhandel", "Hannover", "moebelhaus-jaeger.de"),
    ("Lindner Gebäudetechnik GmbH", "Gebäudetechnik", "Düsseldorf", "lindner-gt.de"),
    ("Praxis Dr. Sönmez", "Gesundheitswesen", "Bremen", "praxis-soenmez.de"),
    ("Alpenblick Hotels GmbH", "Hotellerie", "München", "alpenblick-hotels.de"),
    ("Nordlicht Energie AG", "Erneuerbare Energien", "Hamburg", "nordlicht-energie.de"),
    ("Blue Meadow Foods Ltd", "Food Manufacturing", "London", "bluemeadowfoods.co.uk"),
    ("Krämer Druck & Medien GmbH", "Druck und Medien", "Stuttgart", "kraemer-druck.de"),
    ("Vogt Sanitär GmbH", "Handwerk", "Köln", "vogt-sanitaer.de"),
    ("Zimmermann Rechtsanwälte", "Rechtsberatung", "Berlin", "zimmermann-recht.de"),
    ("Süßwaren Wagner GmbH", "Lebensmittelindustrie", "Nürnberg", "suesswaren-wagner.de"),
    ("Clearpath Consulting Partners", "Unternehmensberatung", "Frankfurt am Main", "clearpath.de"),
    ("Becker Fahrzeugbau GmbH", "Fahrzeugbau", "Hannover", "becker-fahrzeugbau.de"),
    ("Tischlerei Groß & Kühn", "Handwerk", "Leipzig", "gross-kuehn.de"),
    ("Ostsee Reisen GmbH", "Tourismus", "Rostock", "ostsee-reisen.de"),
    ("Schulz Elektrotechnik e.K.", "Elektrotechnik", "Dresden", "schulz-elektro.de"),
    ("Falkenstein Pflegedienste gGmbH", "Pflege", "Bremen", "falkenstein-pflege.de"),
    ("Meridian Health Systems Ltd", "Healthcare IT", "Manchester", "meridianhealth.co.uk"),
    ("Weingut Häußler", "Weinbau", "Stuttgart", "weingut-haeussler.de"),
    ("Röhrig Kunststofftechnik GmbH", "Kunststofftechnik", "Düsseldorf", "roehrig-kt.de"),
    ("Bergmann Verlag GmbH", "Verlagswesen", "München", "bergmann-verlag.de"),
    ("Atelier Lüdtke", "Grafikdesign", "Berlin", "atelier-luedtke.de"),
    ("Kessler & Partner Ingenieure", "Ingenieurbüro", "Frankfurt am Main", "kessler-ing.de"),
    ("Stadtbäckerei Öztürk", "Lebensmittelhandwerk", "Köln", "stadtbaeckerei-oeztuerk.de"),
    ("Greenfield Learning GmbH", "Weiterbildung", "Hamburg", "greenfield-learning.de"),
    ("Autohaus Brückner GmbH", "Automobilhandel", "Nürnberg", "autohaus-brueckner.de"),
    ("Mühlbauer Gartenbau", "Garten- und Landschaftsbau", "Hannover", "muehlbauer-garten.de"),
    ("Pfeiffer Labortechnik GmbH", "Labortechnik", "Dresden", "pfeiffer-labor.de"),
)

# Parts for generated names beyond the list above: "<surname> <trade> <form> (<n>)".
TRADES: tuple[tuple[str, str], ...] = (
    ("Haustechnik", "Gebäudetechnik"),
    ("Logistik", "Logistik"),
    ("Software", "Softwareentwicklung"),
    ("Metallbau", "Metallverarbeitung"),
    ("Immobilien", "Immobilien"),
    ("Steuerberatung", "Steuerberatung"),
    ("Druckerei", "Druck und Medien"),
    ("Elektro", "Elektrotechnik"),
    ("Bau", "Bauwesen"),
    ("Feinkost", "Lebensmittelhandel"),
    ("Medizintechnik", "Medizintechnik"),
    ("Consulting", "Unternehmensberatung"),
    ("Systems", "IT-Dienstleistungen"),
    ("Reisen", "Tourismus"),
    ("Gartenbau", "Garten- und Landschaftsbau"),
    ("Kältetechnik", "Gebäudetechnik"),
)
LEGAL_FORMS = ("GmbH", "GmbH & Co. KG", "AG", "KG", "e.K.", "OHG")

# city -> (country, phone prefix, postcode prefix)
CITIES: dict[str, tuple[str, str, str]] = {
    "Berlin": ("DE", "+49 30", "10"),
    "Hamburg": ("DE", "+49 40", "20"),
    "München": ("DE", "+49 89", "80"),
    "Köln": ("DE", "+49 221", "50"),
    "Frankfurt am Main": ("DE", "+49 69", "60"),
    "Stuttgart": ("DE", "+49 711", "70"),
    "Düsseldorf": ("DE", "+49 211", "40"),
    "Leipzig": ("DE", "+49 341", "04"),
    "Dresden": ("DE", "+49 351", "01"),
    "Nürnberg": ("DE", "+49 911", "90"),
    "Hannover": ("DE", "+49 511", "30"),
    "Bremen": ("DE", "+49 421", "28"),
    "Rostock": ("DE", "+49 381", "18"),
    "London": ("GB", "+44 20", "EC1V"),
    "Manchester": ("GB", "+44 161", "M1"),
}
STREETS_DE = (
    "Hauptstraße",
    "Bahnhofstraße",
    "Schillerstraße",
    "Goethestraße",
    "Industriestraße",
    "Am Mühlbach",
    "Lindenallee",
    "Gartenweg",
    "Kirchplatz",
    "Friedrich-Ebert-Straße",
    "Müllerstraße",
    "Schloßstraße",
    "Bürgermeister-Schmidt-Weg",
    "Römerstraße",
    "Talstraße",
)
STREETS_EN = ("High Street", "Station Road", "Church Lane", "Mill Road", "King Street")

FIRST_F = (
    "Anna",
    "Julia",
    "Sabine",
    "Katrin",
    "Jördis",
    "Sophie",
    "Claudia",
    "Ayşe",
    "Lena",
    "Birgit",
    "Renée",
    "Marlene",
    "Ute",
    "Franziska",
    "Zoë",
    "Heike",
)
FIRST_M = (
    "Thomas",
    "Jürgen",
    "Stefan",
    "Michael",
    "Björn",
    "Andreas",
    "Jörg",
    "Emre",
    "Lukas",
    "Matthias",
    "René",
    "Günter",
    "Tobias",
    "Sören",
    "Frank",
    "Dirk",
)
SURNAMES = (
    "Müller",
    "Schröder",
    "Köhler",
    "Jäger",
    "Weiß",
    "Krüger",
    "Böhm",
    "Schäfer",
    "Günther",
    "Fuchs",
    "Wolf",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Braun",
    "Hofmann",
    "Lorenz",
    "Krause",
    "Meier",
    "Lehmann",
    "Huber",
    "Kaiser",
    "Groß",
    "Möller",
    "Yılmaz",
    "Kowalski",
    "Nguyen",
    "Vogel",
    "Hähnel",
    "Strauß",
    "Dönmez",
    "Bäumer",
)
FIRST_EN = ("Oliver", "Emma", "James", "Charlotte", "Harry", "Amelia", "Priya", "Liam", "Grace")
SURNAMES_EN = ("Smith", "Patel", "O'Brien", "Taylor", "Hughes", "Clarke", "Evans", "Wright")

# (role when male, role when female, department)
ROLES_DE: tuple[tuple[str, str, str], ...] = (
    ("Geschäftsführer", "Geschäftsführerin", "Geschäftsführung"),
    ("Leiter IT", "Leiterin IT", "IT"),
    ("Projektleiter", "Projektleiterin", "Organisation"),
    ("Einkäufer", "Einkäuferin", "Einkauf"),
    ("Vertriebsleiter", "Vertriebsleiterin", "Vertrieb"),
    ("Controller", "Controllerin", "Controlling"),
    ("Personalreferent", "Personalreferentin", "Personal"),
    ("Produktionsleiter", "Produktionsleiterin", "Produktion"),
    ("Qualitätsbeauftragter", "Qualitätsbeauftragte", "Qualitätsmanagement"),
    ("Datenschutzbeauftragter", "Datenschutzbeauftragte", "Recht & Datenschutz"),
)
ROLES_EN: tuple[tuple[str, str], ...] = (
    ("Managing Director", "Management"),
    ("Head of Operations", "Operations"),
    ("IT Manager", "IT"),
    ("Finance Lead", "Finance"),
    ("Project Manager", "PMO"),
)
CONTACT_NOTES = (
    "",
    "",
    "Bevorzugt Termine am Vormittag.",
    "Entscheidet über Budgets bis 20.000 €.",
    "Im August meist im Urlaub.",
    "Mag kurze E-Mails mit klarer Frage am Anfang.",
    "Ruft lieber an, als zu schreiben.",
    "Neu im Unternehmen seit Frühjahr.",
)

TAGS = (
    "Bestand, Priorität",
    "Neukunde",
    "Empfehlung",
    "Rahmenvertrag",
    "Bestand",
    "Mittelstand, Empfehlung",
    "Öffentlicher Auftraggeber",
    "Priorität",
    "",
    "Pilotkunde",
)
CLIENT_NOTES = (
    "",
    "Erstkontakt über eine Empfehlung von Herrn Krause.",
    "Rechnungen bitte immer mit Bestellnummer.",
    "Zahlt zuverlässig, aber erst nach Mahnung per Telefon.",
    "Jahresgespräch immer im Januar.",
    "Sitzt seit Mai in neuen Räumen – Parkplätze im Hof.",
    "Stark saisonales Geschäft; zwischen Oktober und Dezember keine Workshops.",
)
# Notes and summaries that start like spreadsheet formulas: exports must keep them as text.
FORMULA_NOTE = "=Summe aller offenen Punkte klären, bevor das Angebot rausgeht."
FORMULA_SUMMARY = "=Summe aller offenen Punkte klären"
PLUS_SUMMARY = "+49 170 5551234 zurückrufen (Handy, nur vormittags)"
AT_SUMMARY = "@Team: Protokoll bis Freitag verteilen"
AT_NOTE = "@Vertrieb: Rahmenvertrag im Januar verlängern, Preise vorher abstimmen."

# journal kind -> summaries
JOURNAL: dict[str, tuple[str, ...]] = {
    "meeting": ("Statustermin vor Ort", "Kick-off mit allen Beteiligten", "Lenkungskreis"),
    "call": (
        "Kurzes Telefonat zum Stand",
        "Rückruf wegen Terminverschiebung",
        "Abstimmung Budget am Telefon",
    ),
    "email": ("Angebot versendet", "Protokoll verschickt", "Unterlagen für Workshop angefordert"),
    "feedback": (
        "Feedbackgespräch nach Meilenstein",
        "Zufriedenheit abgefragt",
        "Kritik an der Dokumentation aufgenommen",
    ),
    "workshop": ("Workshop Soll-Prozess", "Schulung Key-User", "Retrospektive"),
    "note": ("Interne Notiz", "Idee für Folgeauftrag", "Risiko: Key-User fällt länger aus"),
}
JOURNAL_DETAILS = (
    "",
    "",
    "Stimmung gut, Team motiviert. Nächster Termin in zwei Wochen.",
    "Herr Böhm fragt nach einem Festpreis für Phase 2.",
    "Kunde möchte die Dokumentation lieber als Video.",
    "Offene Punkte an die IT weitergegeben; Antwort bis Mittwoch zugesagt.",
    "Verzögerung durch Urlaubszeit, kein Problem für den Gesamttermin.",
)

# Paragraphs for the few very long notes (lists, tables and exports must cope with them).
LONG_PARAGRAPHS = (
    "Ausführliches Protokoll des Gesprächs mit der Geschäftsführung. Anwesend waren neben der "
    "Geschäftsführerin der Leiter IT und die Projektleiterin aus der Organisation. Zu Beginn "
    "haben wir den bisherigen Verlauf zusammengefasst: Die Ist-Aufnahme ist abgeschlossen, das "
    "Soll-Konzept liegt im Entwurf vor und wurde in zwei Fachbereichen bereits besprochen.",
    "Die größte Sorge des Kunden ist, dass das Tagesgeschäft während der Umstellung leidet. "
    "Wir haben deshalb vereinbart, die Umstellung nicht in den umsatzstarken Wochen vor "
    "Weihnachten vorzunehmen, sondern Anfang Februar. Dafür verschiebt sich die Schulung der "
    "Key-User um drei Wochen; das hat keine Auswirkung auf den Festpreis.",
    "Beim Thema Datenqualität gibt es mehr Arbeit als gedacht: Rund ein Fünftel der "
    "Kundenstammdaten ist doppelt oder unvollständig. Der Kunde übernimmt die Bereinigung "
    "selbst, wir liefern dafür eine Liste mit Prüfregeln und stehen für Rückfragen zur "
    "Verfügung. Falls die Bereinigung bis Ende des Monats nicht fertig ist, sprechen wir "
    "erneut über den Zeitplan.",
    "Zum Thema Zufriedenheit: Die Zusammenarbeit wird als angenehm und offen beschrieben. "
    "Kritik gab es an der Länge der Workshops – künftig höchstens drei Stunden am Stück, "
    "mit klarer Agenda vorab. Außerdem wünscht sich die Geschäftsführung einen kurzen "
    "schriftlichen Status alle zwei Wochen statt der bisherigen Telefonate.",
    "Offene Punkte: Freigabe des Berechtigungskonzepts durch den Datenschutz, Entscheidung "
    "über die Anbindung des Onlineshops (möglicher Änderungswunsch, Aufwand grob geschätzt "
    "zwölf Stunden), Benennung einer Vertretung für die Key-Userin während ihrer Elternzeit. "
    "Alle Punkte sind im Maßnahmenplan mit Termin und Verantwortlichen eingetragen.",
    "Nächste Schritte: Wir schicken bis Freitag das überarbeitete Soll-Konzept. Der Kunde "
    "prüft es mit den Fachbereichen und gibt bis zum 15. Rückmeldung. Danach folgt der "
    "Workshop zur Konfiguration, für den wir zwei Tage vor Ort einplanen. Ab wann der Kunde "
    "allein weiterarbeiten kann, besprechen wir im nächsten Lenkungskreis.",
    "Persönliche Anmerkung: Die Geschäftsführerin war sichtlich erleichtert, dass wir den "
    "Termin für die Umstellung verschoben haben. Ich habe den Eindruck, dass sie intern "
    "unter Druck steht, weil ein früheres Projekt mit einem anderen Berater gescheitert ist. "
    "Umso wichtiger ist es, dass wir Zusagen genau einhalten und Risiken früh ansprechen.",
)
