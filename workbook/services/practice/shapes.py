"""What the practice service takes and gives: the profile, competences, days off, and what an
accept decision needs to know (competences missing, the load per month)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from workbook.domain.capacity import Load
from workbook.domain.enums import CompetenceLevel


@dataclass(frozen=True)
class ProfileInput:
    name: str = ""
    company: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    vat_id: str = ""
    logo: bytes | None = None
    currency: str = "EUR"
    hourly_rate: Decimal | None = None
    brings: str = ""
    takes: str = ""
    success: str = ""
    hours_per_week: Decimal | None = None


@dataclass(frozen=True)
class Profile(ProfileInput):
    """The profile as stored; version 0 until it was first saved."""

    logo_type: str = ""  # "png" or "svg"
    version: int = 0

    def as_input(self) -> ProfileInput:
        """What a save of this profile unchanged would send."""
        names = (field.name for field in dataclasses.fields(ProfileInput))
        return ProfileInput(**{name: getattr(self, name) for name in names})

    @property
    def sender(self) -> str:
        """Who documents come from: the name, with the company when there is one."""
        return " · ".join(part for part in (self.name, self.company) if part)

    @property
    def author(self) -> str:
        """The author of an exported document (its properties, a calendar's organizer)."""
        return self.name or self.company

    @property
    def contact_lines(self) -> list[str]:
        """Address, e-mail, phone, website and VAT id: the filled ones, one a line."""
        lines = [line.strip() for line in self.address.splitlines() if line.strip()]
        return (
            lines
            + [part for part in (self.email, self.phone, self.website) if part]
            + ([self.vat_id] if self.vat_id else [])
        )

    @property
    def signature(self) -> str:
        """How a letter or e-mail from the practice is signed: name, company, then how to
        reach it (e-mail, phone, website), one a line."""
        lines = [self.name, self.company, self.email, self.phone, self.website]
        return "\n".join(line for line in lines if line)

    @property
    def is_blank(self) -> bool:
        return not (self.name or self.company)


@dataclass(frozen=True)
class CompetenceInput:
    name: str
    level: CompetenceLevel = CompetenceLevel.solid


@dataclass(frozen=True)
class CompetenceRow:
    id: int
    name: str
    level: CompetenceLevel
    version: int
    needed_by: int = 0  # how many engagements name it

    def as_input(self) -> CompetenceInput:
        return CompetenceInput(self.name, self.level)


@dataclass(frozen=True)
class NeedRow:
    """A competence an engagement needs, with the level the consultant holds it at (None: not
    in his list)."""

    id: int
    engagement_id: int
    name: str
    held: CompetenceLevel | None
    version: int

    @property
    def is_gap(self) -> bool:
        return self.held in (None, CompetenceLevel.basic)


@dataclass(frozen=True)
class DayOffInput:
    starts_on: date
    ends_on: date
    note: str = ""


@dataclass(frozen=True)
class DayOffRow:
    id: int
    starts_on: date
    ends_on: date
    note: str
    version: int

    def as_input(self) -> DayOffInput:
        return DayOffInput(self.starts_on, self.ends_on, self.note)


@dataclass(frozen=True)
class AcceptCheck:
    """What the accept dialog shows beside the clarification check."""

    gaps: tuple[NeedRow, ...]  # needed competences lacking or held only at "basic"
    load: Load
    titles: dict[int, str] = field(default_factory=dict)  # engagement id -> reference and title
    hours_per_week: Decimal | None = None  # None: the capacity is not set up
