"""The demo consultant's practice: a profile, competences at every level, days off, the
competences the engagements need — among them some the consultant lacks or holds only at
"basic" — and two engagements in clarification planned after today's booked work: one that
fits, one that would overload its month.

Written after the clients, with the same transaction; every row dated by the demo's day, so
two runs on the same day give the same rows."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, SQLModel, col, select

from workbook.demo.rows import stamp
from workbook.domain import capacity as cap
from workbook.domain.enums import CompetenceLevel, EngagementStatus
from workbook.domain.names import fold
from workbook.store.bulk import insert_many
from workbook.store.models import Engagement, PracticeProfile

PRACTICE_TABLES = ("practice_profile", "competence", "day_off", "engagement_competence")
HOURS_PER_WEEK = Decimal(40)
PROFILE = {
    "name": "Anna Berger",
    "company": "Berger Prozessberatung",
    "address": "Lindenstraße 4\n10969 Berlin",
    "email": "anna@berger-prozessberatung.de",
    "phone": "+49 30 2345-678",
    "website": "https://www.berger-prozessberatung.de",
    "vat_id": "DE287654321",
    "currency": "EUR",
    "hourly_rate": Decimal(120),
    "brings": "Abläufe, die Ihr Team versteht und allein weiterführt – mit Zielen, die wir "
    "gemeinsam messen.",
    "takes": "Auf Ihrer Seite eine Ansprechperson mit Entscheidungsbefugnis und Zeit für die "
    "Workshops; auf meiner Seite klare Angebote und ehrliche Hinweise, wenn sich der Umfang "
    "ändert.",
    "success": "Erfolg heißt für mich: Sie brauchen mich nach der Übergabe nicht mehr, und Sie "
    "empfehlen mich weiter.",
    "hours_per_week": HOURS_PER_WEEK,
}
COMPETENCES = (
    ("Prozessanalyse", CompetenceLevel.expert),
    ("Projektleitung", CompetenceLevel.expert),
    ("Change Management", CompetenceLevel.solid),
    ("Datenmigration", CompetenceLevel.solid),
    ("Schulungen und Workshops", CompetenceLevel.solid),
    ("SAP MM", CompetenceLevel.basic),
    ("Informationssicherheit (ISO 27001)", CompetenceLevel.basic),
)
# Needed now and then, held by nobody in the demo practice.
LACKING = ("Webentwicklung", "Lohnbuchhaltung")
# Cycled through the engagements: what each needs (names of COMPETENCES and LACKING).
NEEDS = (
    ("Prozessanalyse", "Projektleitung"),
    ("Datenmigration", "SAP MM"),
    ("Change Management", "Schulungen und Workshops", "Webentwicklung"),
    ("Informationssicherheit (ISO 27001)", "Projektleitung"),
    ("Prozessanalyse", "Lohnbuchhaltung"),
)
FITS_NEEDS = ("Prozessanalyse", "Schulungen und Workshops")
OVERLOADS_NEEDS = ("SAP MM", "Webentwicklung", "Projektleitung")
_PLANNED_AFTER_DAYS = 190  # beyond the booked demo work (it ends within about five months)


def add_practice(session: Session, today: date) -> dict[str, int]:
    """Once per workbook: a second demo run leaves an existing practice as it is."""
    if session.exec(select(PracticeProfile.id).limit(1)).first() is not None:
        return {}
    moment = stamp(today)
    dated = {"created_at": moment, "updated_at": moment}
    counts = {
        "practice_profile": _insert(session, "practice_profile", [{**dated, **PROFILE}]),
        "competence": _insert(session, "competence", [
            {**dated, "name": name, "name_key": fold(name), "level": level.value}
            for name, level in COMPETENCES
        ]),
        "day_off": _insert(session, "day_off", [
            {**dated, "starts_on": first, "ends_on": last, "note": note}
            for first, last, note in _days_off(today)
        ]),
    }  # fmt: skip
    planned = _plan_two_in_clarification(session, today)
    counts["engagement_competence"] = _insert(
        session, "engagement_competence", _needs(session, dated, planned)
    )
    return counts


def _insert(session: Session, table: str, values: list[dict[str, Any]]) -> int:
    return len(insert_many(session, SQLModel.metadata.tables[table], values))


def _days_off(today: date) -> list[tuple[date, date, str]]:
    """Christmas to New Year, and two weeks of summer holiday next year."""
    christmas = date(today.year, 12, 24) if today.month < 12 or today.day < 24 else None
    summer = date(today.year + 1, 8, 3)
    days = [(summer, summer + timedelta(days=11), "Sommerurlaub")]
    if christmas is not None:
        days.insert(0, (christmas, date(today.year + 1, 1, 1), "Weihnachten und Neujahr"))
    return days


def _plan_two_in_clarification(session: Session, today: date) -> dict[int, tuple[str, ...]]:
    """The first two engagements in clarification get dates and hours after the booked work:
    one fitting into its months, one above its month's hours. Returns their needs by id."""
    found = session.exec(
        select(Engagement.id)
        .where(col(Engagement.status) == EngagementStatus.clarifying.value)
        .order_by(col(Engagement.id))
        .limit(2)
    ).all()
    ids = [engagement_id for engagement_id in found if engagement_id is not None]
    if len(ids) < 2:
        return {}
    first = cap.month_start(today + timedelta(days=_PLANNED_AFTER_DAYS))
    fits_end = cap.month_end(first + timedelta(days=62))  # three months
    month_after = cap.month_end(first) + timedelta(days=1)
    over_end = cap.month_end(month_after)
    # The month's working hours and a third more: red in the accept dialog.
    available = (
        HOURS_PER_WEEK / cap.WORKDAYS_PER_WEEK * cap.Calendar(()).workdays(month_after, over_end)
    )
    plans = (
        (ids[0], first, fits_end, Decimal(180)),
        (ids[1], month_after, over_end, (available * Decimal("1.3")).quantize(Decimal(1))),
    )
    for engagement_id, starts, ends, hours in plans:
        session.execute(
            update(Engagement)
            .where(col(Engagement.id) == engagement_id)
            .values(starts_on=starts, ends_on=ends, budget_hours=hours)
        )
    return {ids[0]: FITS_NEEDS, ids[1]: OVERLOADS_NEEDS}


def _needs(
    session: Session, dated: dict[str, Any], planned: dict[int, tuple[str, ...]]
) -> list[dict[str, Any]]:
    """Every engagement's needed competences, in turns; the planned two their own."""
    ids = session.exec(select(Engagement.id).order_by(col(Engagement.id))).all()
    rows = []
    for turn, engagement_id in enumerate(ids):
        assert engagement_id is not None
        names = planned.get(engagement_id, NEEDS[turn % len(NEEDS)])
        rows += [
            {**dated, "engagement_id": engagement_id, "name": name, "name_key": fold(name)}
            for name in names
        ]
    return rows
