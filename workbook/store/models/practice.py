"""The consultant's own practice: the profile documents are sent from, competences with their
level, which competences an engagement needs, and the days off of the capacity."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import LargeBinary, UniqueConstraint
from sqlmodel import Field

from workbook.domain.enums import CompetenceLevel
from workbook.store.models.base import Row, amount, choice, parent, string


class PracticeProfile(Row, table=True):
    """One row: kept in the database so the command line's documents and a team share it."""

    __tablename__ = "practice_profile"

    name: str = string(length=200)
    company: str = string(length=200)
    address: str = string()
    email: str = string(length=320)
    phone: str = string(length=60)
    website: str = string(length=500)
    vat_id: str = string(length=40)
    logo: bytes | None = Field(default=None, sa_type=LargeBinary)
    logo_type: str = string(length=4)  # "png" or "svg"; "" without a logo
    currency: str = string("EUR", length=3)
    hourly_rate: Decimal | None = amount()
    # In the consultant's own words: what working with him brings the client, what it takes
    # (on both sides) for that to work, and how he defines success for himself and his clients.
    brings: str = string()
    takes: str = string()
    success: str = string()
    hours_per_week: Decimal | None = amount()


class Competence(Row, table=True):
    __tablename__ = "competence"

    name: str = string(length=200)
    # casefolded name: one "Data migration" whatever its case.
    name_key: str = Field(default="", nullable=False, unique=True, max_length=200)
    level: str = choice(CompetenceLevel.solid)


class EngagementCompetence(Row, table=True):
    """A competence an engagement needs, by name: it may be one the consultant lacks (not in
    his list), and it stays needed when he takes a competence off his list."""

    __tablename__ = "engagement_competence"
    __table_args__ = (UniqueConstraint("engagement_id", "name_key"),)

    engagement_id: int = parent("engagement")
    name: str = string(length=200)
    name_key: str = Field(default="", nullable=False, index=True, max_length=200)


class DayOff(Row, table=True):
    """Days without work (holidays, training), both days included."""

    __tablename__ = "day_off"

    starts_on: date = Field(nullable=False, index=True)
    ends_on: date = Field(nullable=False)
    note: str = string(length=200)
