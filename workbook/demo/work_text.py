"""Phrases for demo engagements and what hangs on them: German notes as a consultant writes them."""

from __future__ import annotations

# (title, subject, goal statement, sense and benefit, approach)
TOPICS: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "Einführung eines CRM-Systems",
        "Auswahl und Einführung eines CRM für Vertrieb und Innendienst, samt Übernahme der "
        "Kundendaten aus den bisherigen Excel-Listen.",
        "Alle Kundenkontakte und Angebote sind bis Jahresende in einem System erfasst.",
        "Der Vertrieb sieht auf einen Blick, wer wann zuletzt betreut wurde; Vertretungen im "
        "Urlaub gelingen ohne Informationsverlust.",
        "Anforderungsworkshops, Vorauswahl von drei Anbietern, Pilot mit dem Innendienst, danach "
        "Rollout in zwei Wellen. Der Kunde stellt eine Key-Userin mit 20 % ihrer Arbeitszeit.",
    ),
    (
        "Digitalisierung der Auftragsabwicklung",
        "Durchgängiger digitaler Weg vom Angebot bis zur Rechnung; heute drei Medienbrüche.",
        "Aufträge werden ohne Papier und ohne Doppelerfassung abgewickelt.",
        "Weniger Tippfehler, schnellere Rechnungsstellung, bessere Liquidität.",
        "Ist-Aufnahme vor Ort, Soll-Prozess gemeinsam skizzieren, Umsetzung in kleinen Schritten "
        "mit wöchentlicher Abstimmung.",
    ),
    (
        "Kennzahlensystem für die Geschäftsführung",
        "Aufbau eines monatlichen Berichts mit den zehn wichtigsten Kennzahlen.",
        "Die Geschäftsführung erhält bis zum fünften Werktag einen verlässlichen Monatsbericht.",
        "Entscheidungen beruhen auf Zahlen statt auf Bauchgefühl; Abweichungen fallen früher auf.",
        "Kennzahlen gemeinsam auswählen, Datenquellen prüfen, Bericht zuerst manuell, dann "
        "automatisiert erstellen. Das Controlling übernimmt ab dem dritten Monat.",
    ),
    (
        "Migration der Warenwirtschaft",
        "Ablösung der selbst entwickelten Warenwirtschaft durch eine Standardlösung.",
        "Die neue Warenwirtschaft läuft produktiv, die Altanwendung ist abgeschaltet.",
        "Wartungsrisiko der Altanwendung entfällt; Updates kommen künftig vom Hersteller.",
        "Datenbereinigung, Testmigration, Parallelbetrieb über einen Monatsabschluss, Umstellung "
        "an einem Wochenende.",
    ),
    (
        "Informationssicherheit nach ISO 27001 vorbereiten",
        "Vorbereitung auf die Zertifizierung: Richtlinien, Risikoanalyse, Maßnahmenplan.",
        "Das Unternehmen besteht das Stufe-1-Audit ohne Hauptabweichung.",
        "Großkunden verlangen den Nachweis; ohne Zertifikat droht der Verlust von Aufträgen.",
        "Gap-Analyse, Workshops mit den Fachbereichen, Dokumentation im Wiki des Kunden, "
        "internes Audit vor dem Zertifizierungsaudit.",
    ),
    (
        "Relaunch der Website mit Online-Terminbuchung",
        "Neue Website mit Terminbuchung, die an den bestehenden Kalender angebunden ist.",
        "Mindestens ein Drittel der Termine wird online gebucht.",
        "Weniger Anrufe am Empfang, weniger Terminausfälle dank automatischer Erinnerung.",
        "Inhalte liefert der Kunde, Gestaltung und Technik wir; Freigabe je Seite durch die "
        "Geschäftsführung.",
    ),
    (
        "Ticketsystem für den Kundenservice",
        "Einführung eines Ticketsystems für E-Mail- und Telefonanfragen.",
        "Jede Kundenanfrage ist nachverfolgbar und wird innerhalb von 24 Stunden beantwortet.",
        "Keine verlorenen Anfragen mehr; Auswertungen zeigen, wo Kunden der Schuh drückt.",
        "Kategorien und Eskalationswege gemeinsam festlegen, Vorlagen schreiben, Team schulen.",
    ),
    (
        "Automatisierung des Rechnungseingangs",
        "Eingangsrechnungen werden digital erfasst, geprüft und freigegeben.",
        "Rechnungen sind innerhalb von fünf Tagen freigegeben, Skonto wird immer genutzt.",
        "Skontoerträge von rund 15.000 € im Jahr; die Buchhaltung gewinnt Zeit für Analysen.",
        "Freigabeprozess vereinfachen, Software konfigurieren, Testlauf mit einem Lieferanten.",
    ),
    (
        "Schichtplanung in der Produktion optimieren",
        "Neues Schichtmodell und Planungswerkzeug für zwei Fertigungslinien.",
        "Die Anlagen sind zu mindestens 85 % ausgelastet, Überstunden sinken um ein Viertel.",
        "Mitarbeitende können besser planen; die Lieferfähigkeit steigt.",
        "Daten aus der Betriebsdatenerfassung auswerten, Modell mit dem Betriebsrat abstimmen, "
        "Pilot auf Linie 2.",
    ),
    (
        "Datenschutz-Audit und Verarbeitungsverzeichnis",
        "Bestandsaufnahme aller Verarbeitungen personenbezogener Daten und Lückenanalyse.",
        "Ein vollständiges Verzeichnis der Verarbeitungstätigkeiten liegt vor.",
        "Rechtssicherheit gegenüber Aufsichtsbehörde und Kunden; weniger Rückfragen im Vertrieb.",
        "Interviews mit allen Abteilungen, Vorlagen für das Verzeichnis, Übergabe an die "
        "Datenschutzbeauftragte.",
    ),
)

# (title, success criterion, measure, target value)
GOALS: tuple[tuple[str, str, str, str], ...] = (
    ("Durchlaufzeit senken", "Aufträge schneller abgeschlossen", "Tage je Auftrag", "≤ 5 Tage"),
    ("Fehlerquote halbieren", "Weniger Reklamationen", "Reklamationen je Monat", "≤ 4"),
    (
        "Team arbeitet selbstständig",
        "Keine Rückfragen beim Tagesgeschäft",
        "Anfragen je Woche",
        "0–1",
    ),
    ("Termintreue erhöhen", "Liefertermine werden gehalten", "Anteil pünktlich", "≥ 95 %"),
    ("Monatsbericht automatisiert", "Bericht ohne Handarbeit", "Aufwand je Bericht", "≤ 1 h"),
    ("Altanwendung abgeschaltet", "Kein Zugriff mehr nötig", "aktive Nutzer Altsystem", "0"),
    ("Kundenzufriedenheit steigern", "Bessere Bewertungen", "Ø Bewertung", "≥ 4,5 von 5"),
    ("Audit bestanden", "Zertifikat erteilt", "Hauptabweichungen", "0"),
)

# (wish text, kind, rationale)
WISHES: tuple[tuple[str, str, str], ...] = (
    ("Alles soll auch auf dem Tablet laufen", "want", "Außendienst arbeitet viel unterwegs."),
    ("Schnittstelle zur Buchhaltung", "need", "Sonst bleibt die Doppelerfassung bestehen."),
    ("Eigenes Farbschema im Firmendesign", "want", "Wichtig für die Akzeptanz im Haus."),
    ("Schulung für alle Mitarbeitenden", "both", "Ohne Schulung wird das System nicht genutzt."),
    ("Auswertungen nach Filialen", "need", "Die Filialleitungen steuern danach."),
    ("Automatische Erinnerung an offene Aufgaben", "both", "Fristen gehen heute unter."),
    ("Künstliche Intelligenz für Angebote", "want", "Hat der Wettbewerb angeblich auch."),
    ("Zugriff auch am Wochenende", "need", "Notdienst am Samstag."),
    ("Export nach Excel", "both", "Das Controlling arbeitet weiter mit Excel."),
)

# (title, description) of deliverables, and of explicit exclusions
SCOPE_ITEMS: tuple[tuple[str, str], ...] = (
    ("Ist-Aufnahme", "Interviews und Prozessaufnahme vor Ort, Dokumentation der Ergebnisse."),
    ("Soll-Konzept", "Zielprozess, Rollen und Verantwortlichkeiten, abgestimmt mit dem Kunden."),
    ("Konfiguration", "Einrichtung der Software nach Soll-Konzept inkl. Berechtigungen."),
    ("Datenübernahme", "Bereinigung und einmaliger Import der Stammdaten."),
    ("Key-User-Schulung", "Zwei halbtägige Schulungen für bis zu acht Personen."),
    ("Projektleitung", "Planung, Abstimmungstermine, Statusberichte alle zwei Wochen."),
    ("Go-live-Begleitung", "Anwesenheit vor Ort in der ersten Woche nach der Umstellung."),
)
EXCLUSIONS: tuple[tuple[str, str], ...] = (
    ("Hardwarebeschaffung", "Nicht Teil des Auftrags; erfolgt durch den IT-Dienstleister."),
    ("Individualprogrammierung", "Nur Standardfunktionen; Erweiterungen nach Angebot."),
    ("Schulung Endanwender", "Übernehmen die Key-User selbst."),
    ("Betrieb und Wartung", "Regelt eine gesonderte Supportvereinbarung."),
)

# change request kind -> (title, description) templates
CHANGES: dict[str, tuple[tuple[str, str], ...]] = {
    "small_change": (
        ("Zusätzliches Feld im Formular", "Feld „Kostenstelle“ ergänzen."),
        ("Logo austauschen", "Neues Logo nach Umfirmierung."),
    ),
    "outdated_material": (
        (
            "Prozessbeschreibung veraltet",
            "Die gelieferte Dokumentation entspricht nicht mehr "
            "dem gelebten Ablauf; Kapitel 3 und 4 neu aufnehmen.",
        ),
        ("Preisliste nicht aktuell", "Import mit der Preisliste vom März wiederholen."),
    ),
    "new_stakeholder": (
        ("Betriebsrat einbinden", "Zusätzliche Abstimmungsrunde mit dem Betriebsrat."),
        ("Neue Abteilung Vertrieb Süd", "Vertrieb Süd soll ebenfalls angebunden werden."),
    ),
    "new_requirement": (
        ("Mehrsprachigkeit", "Oberfläche und Vorlagen zusätzlich auf Englisch."),
        ("Anbindung Onlineshop", "Bestellungen aus dem Shop automatisch übernehmen."),
    ),
    "other": (
        ("Zusätzlicher Workshop", "Auf Wunsch der Geschäftsführung ein weiterer Termin."),
        ("Terminverschiebung Go-live", "Umstellung um vier Wochen verschoben; Mehraufwand."),
    ),
}
MILESTONE_TOPICS = (
    "Stammdatenpflege",
    "Monatsabschluss im neuen System",
    "Benutzer und Rechte verwalten",
    "Berichte anpassen",
    "Fehlerbilder erkennen und melden",
    "Schnittstellen überwachen",
    "Vorlagen pflegen",
    "Neue Mitarbeitende einarbeiten",
)
VERIFICATIONS = (
    "Hat den Monatsabschluss Oktober ohne Unterstützung durchgeführt.",
    "Zwei neue Benutzer selbst angelegt und berechtigt.",
    "Bericht für die Gesellschafterversammlung eigenständig angepasst.",
    "Fehler im Import selbst gefunden und behoben.",
)
DECLINE_REASONS = (
    "Budget für dieses Jahr gestrichen.",
    "Kunde hat sich für einen günstigeren Anbieter entschieden.",
    "Ziel nicht klar genug; wir haben abgesagt, statt ins Blaue zu arbeiten.",
    "Zeitplan nicht realistisch – Start frühestens im nächsten Quartal.",
)
ACCEPT_REASON = "Anforderungen geklärt, Ziele vereinbart, Angebot unterschrieben."
OVERRIDE_REASON = "Kunde drängt auf Start; offene Fragen klären wir im Kick-off."

ANSWERS = (
    "Im Erstgespräch mit der Geschäftsführung besprochen, siehe Protokoll.",
    "Laut Kunde eindeutig; wir prüfen das im ersten Workshop noch einmal.",
    "Abgestimmt: Budget fest, Termin verhandelbar, Technik vorgegeben.",
    "Der Kunde stellt zwei Key-User, wir übernehmen Konzept und Schulung.",
    "Wichtigster Punkt für den Kunden: Verlässlichkeit im Tagesgeschäft.",
    "Erfolg heißt für beide Seiten: Das Team arbeitet nach drei Monaten allein.",
    "Noch offen – Rückmeldung des Einkaufs steht aus.",
    "Support über Ticket und Telefon, Reaktionszeit vier Stunden an Werktagen.",
)

SUPPORT_NAMES = ("Basis-Support", "Support Plus", "Wartungsvertrag", "Premium-Betreuung")
SUPPORT_CHANNELS = ("E-Mail, Telefon", "Ticket, E-Mail", "Telefon, Fernwartung")
SERVICE_HOURS = ("Mo–Fr 8–17 Uhr", "Mo–Do 9–16 Uhr, Fr 9–13 Uhr", "Mo–Sa 7–19 Uhr")
UPDATES_POLICIES = (
    "Sicherheitsupdates inklusive; Versionsupgrades nach Aufwand.",
    "Updates und ein Upgrade pro Jahr inklusive.",
    "Updates nur nach Freigabe durch den Kunden, Einspielung außerhalb der Geschäftszeiten.",
)
# support entry kind -> descriptions
SUPPORT_ENTRIES: dict[str, tuple[str, ...]] = {
    "incident": ("Anmeldung nicht möglich, Passwort-Reset", "Import bricht mit Fehler ab"),
    "question": ("Frage zur Auswertung nach Quartalen", "Wie lege ich eine neue Filiale an?"),
    "update": ("Sicherheitsupdate eingespielt", "Update auf Version 4.2"),
    "upgrade": ("Upgrade auf neue Hauptversion", "Umstieg auf die Cloud-Variante"),
}
