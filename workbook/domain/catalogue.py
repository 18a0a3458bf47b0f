"""The seeded order-clarification catalogue (DESIGN.md §1), in English and German.

Seeded once into the database; from then on the user owns and edits the questions there.
Keys are stable identifiers, so a newer catalogue can add questions without duplicating old ones.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SeedQuestion:
    section: str
    key: str
    text_en: str
    text_de: str
    required: bool


# The order a clarification talk usually takes: what and why first, money and aftercare later.
SECTION_ORDER: tuple[str, ...] = (
    "subject",
    "goal",
    "approach",
    "wishes",
    "value",
    "quality",
    "commercial",
    "relationship",
    "aftercare",
    "success",
)

CATALOGUE: tuple[SeedQuestion, ...] = (
    SeedQuestion(
        "subject",
        "subject.work",
        "What exactly is the subject of the work – which system, process or product is it about?",
        "Worum geht es genau – welches System, welcher Prozess oder welches Produkt ist "
        "Gegenstand des Auftrags?",
        True,
    ),
    SeedQuestion(
        "subject",
        "subject.trigger",
        "What triggered the request now, and what happens if nothing is done?",
        "Was hat die Anfrage gerade jetzt ausgelöst, und was passiert, wenn nichts geschieht?",
        False,
    ),
    SeedQuestion(
        "subject",
        "subject.change",
        "What is optimised and what is genuinely new – and what follows from that for the "
        "client's organisation?",
        "Was wird verbessert, was ist wirklich neu – und welche Folgen hat das für die "
        "Organisation des Kunden?",
        False,
    ),
    SeedQuestion(
        "goal",
        "goal.statement",
        "What is the goal, in one or two sentences the client would sign?",
        "Was ist das Ziel – in ein, zwei Sätzen, die der Kunde so unterschreiben würde?",
        True,
    ),
    SeedQuestion(
        "goal",
        "goal.benefit",
        "What sense and benefit does reaching the goal bring, and for whom?",
        "Welchen Sinn und Nutzen hat es, das Ziel zu erreichen – und für wen?",
        True,
    ),
    SeedQuestion(
        "goal",
        "goal.measure",
        "How will we tell that the goal has been reached (figure, date, visible result)?",
        "Woran erkennen wir, dass das Ziel erreicht ist (Kennzahl, Termin, sichtbares Ergebnis)?",
        False,
    ),
    SeedQuestion(
        "approach",
        "approach.path",
        "How do both sides reach the goal together – in which steps, with which decisions?",
        "Wie erreichen wir das Ziel gemeinsam – in welchen Schritten, mit welchen Entscheidungen?",
        True,
    ),
    SeedQuestion(
        "approach",
        "approach.roles",
        "Who does what? Which tasks, people and time does the client contribute?",
        "Wer übernimmt was? Welche Aufgaben, Personen und Zeitanteile bringt der Kunde selbst ein?",
        True,
    ),
    SeedQuestion(
        "approach",
        "approach.creativity",
        "How do the client's own ideas and creativity flow into the work?",
        "Wie fließen die eigenen Ideen und die Kreativität des Kunden in die Arbeit ein?",
        False,
    ),
    SeedQuestion(
        "wishes",
        "wishes.wishes",
        "What does the client wish for beyond the stated goal?",
        "Was wünscht sich der Kunde über das genannte Ziel hinaus?",
        False,
    ),
    SeedQuestion(
        "wishes",
        "wishes.latitude",
        "Where is there latitude, and where are the fixed limits (budget, deadlines, "
        "technology, policies)?",
        "Wo gibt es Spielraum, und wo liegen die festen Grenzen (Budget, Termine, Technik, "
        "Richtlinien)?",
        True,
    ),
    SeedQuestion(
        "wishes",
        "wishes.want_need",
        "What does the client want, and what does it actually need? Where do the two differ?",
        "Was will der Kunde, und was braucht er tatsächlich? Wo liegen beide auseinander?",
        False,
    ),
    SeedQuestion(
        "value",
        "value.worth",
        "What value does the client put on the result – money, time gained, risk avoided?",
        "Welchen Wert misst der Kunde dem Ergebnis bei – in Geld, gewonnener Zeit oder "
        "vermiedenem Risiko?",
        False,
    ),
    SeedQuestion(
        "value",
        "value.priority",
        "How important is the project compared with the client's other priorities?",
        "Welchen Stellenwert hat das Vorhaben im Vergleich zu den übrigen Prioritäten des Kunden?",
        False,
    ),
    SeedQuestion(
        "quality",
        "quality.requirements",
        "Which requirements apply to quality, efficiency, security and reliability?",
        "Welche Anforderungen gelten an Qualität, Effizienz, Sicherheit und Zuverlässigkeit?",
        True,
    ),
    SeedQuestion(
        "quality",
        "quality.acceptance",
        "Who accepts the result, and by which criteria?",
        "Wer nimmt das Ergebnis ab, und nach welchen Kriterien?",
        False,
    ),
    SeedQuestion(
        "commercial",
        "commercial.price_performance",
        "What does the client get for its money and time – is the price–performance ratio "
        "clear to both sides?",
        "Was bekommt der Kunde für sein Geld und seine Zeit – ist das Preis-Leistungs-Verhältnis "
        "für beide Seiten klar?",
        True,
    ),
    SeedQuestion(
        "commercial",
        "commercial.changes",
        "Hourly or fixed price? How are changes to the scope estimated, approved and billed?",
        "Abrechnung nach Aufwand oder zum Festpreis? Wie werden Änderungen am Umfang geschätzt, "
        "freigegeben und abgerechnet?",
        False,
    ),
    SeedQuestion(
        "relationship",
        "relationship.satisfaction",
        "How does our working relationship affect the client's satisfaction – during the "
        "project and afterwards?",
        "Wie wirkt sich unsere Zusammenarbeit auf die Zufriedenheit des Kunden aus – während "
        "des Projekts und danach?",
        False,
    ),
    SeedQuestion(
        "relationship",
        "relationship.feedback",
        "How often and in which form do we exchange feedback, and who speaks for each side?",
        "Wie oft und in welcher Form tauschen wir Rückmeldungen aus, und wer spricht für "
        "welche Seite?",
        False,
    ),
    SeedQuestion(
        "aftercare",
        "aftercare.support",
        "What support does the client need after handover (response times, channels, "
        "service hours)?",
        "Welche Unterstützung braucht der Kunde nach der Übergabe (Reaktionszeiten, Kanäle, "
        "Servicezeiten)?",
        False,
    ),
    SeedQuestion(
        "aftercare",
        "aftercare.updates",
        "How are updates and upgrades handled, and who bears their cost?",
        "Wie werden Updates und Upgrades gehandhabt, und wer trägt die Kosten dafür?",
        False,
    ),
    SeedQuestion(
        "aftercare",
        "aftercare.self_sufficiency",
        "From when on should the client carry on alone, and what must it be able to do by then?",
        "Ab wann soll der Kunde allein weitermachen, und was muss er bis dahin selbst können?",
        False,
    ),
    SeedQuestion(
        "success",
        "success.definition",
        "How do we define success for both sides – what counts as success for the client, "
        "and what for us?",
        "Woran messen wir den Erfolg für beide Seiten – was ist für den Kunden ein Erfolg, "
        "was für uns?",
        True,
    ),
)


# The Overview page's texts are the answers to these questions (question key -> Engagement
# field): one text in two places, so the consultant never writes the subject or the goal twice
# and the completeness counts what the Overview already says.
OVERVIEW_ANSWERS: dict[str, str] = {
    "subject.work": "subject",
    "goal.statement": "goal_statement",
    "goal.benefit": "sense_and_benefit",
    "approach.path": "approach",
}
