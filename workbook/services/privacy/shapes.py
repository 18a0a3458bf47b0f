"""Shapes of the data-protection service."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from workbook.domain.changes import Entity
from workbook.domain.enums import AuditAction, NamedAs


@dataclass(frozen=True)
class Mention:
    """A row that names a contact: a goal it signed off, a milestone it received or signed, a
    change request it asked for."""

    entity: Entity
    role: NamedAs
    row_id: int
    title: str
    day: date | None
    client_name: str
    engagement_reference: str
    engagement_title: str


@dataclass(frozen=True)
class Erased:
    subject: str  # "client" or "contact"
    subject_id: int
    anonymised: bool  # kept, nameless, because other rows name it
    rows: int  # rows removed with it (or, anonymised, the rows that still name it)


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    action: AuditAction
    subject: str
    subject_id: int
    rows: int
