"""Input and read shapes of the client service: plain frozen data, never live ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from workbook.domain.feedback import FEEDBACK_INTERVAL_DAYS, feedback_overdue


@dataclass(frozen=True)
class ClientInput:
    name: str
    industry: str = ""
    address: str = ""
    website: str = ""
    email: str = ""  # the company's own, beside its contacts'
    phone: str = ""
    language: str = ""  # "de" / "en" for texts sent to the client; "" follows the app
    notes: str = ""
    tags: str = ""
    feedback_interval_days: int = FEEDBACK_INTERVAL_DAYS


@dataclass(frozen=True)
class ContactInput:
    name: str
    role: str = ""
    department: str = ""
    email: str = ""
    phone: str = ""
    is_primary: bool = False
    notes: str = ""


@dataclass(frozen=True)
class ContactRow(ContactInput):
    id: int = 0
    client_id: int = 0
    version: int = 1

    def as_input(self) -> ContactInput:
        return ContactInput(**{k: getattr(self, k) for k in ContactInput.__dataclass_fields__})


@dataclass(frozen=True)
class ClientRow:
    """One line of the clients list."""

    id: int
    name: str
    industry: str
    primary_contact: str
    engagements: int
    last_contact: date | None
    tags: str
    archived: bool
    # the newest meeting, call, feedback or rated entry (DESIGN: days since last feedback)
    last_feedback: date | None = None
    feedback_interval_days: int = 21
    days_since_feedback: int | None = None  # on the day the list was read

    @property
    def feedback_overdue(self) -> bool:
        """Silent for longer than the interval agreed with this client."""
        return feedback_overdue(self.days_since_feedback, self.feedback_interval_days)


@dataclass(frozen=True)
class ClientDetail(ClientInput):
    id: int = 0
    archived_at: datetime | None = None
    contacts: tuple[ContactRow, ...] = field(default_factory=tuple)
    version: int = 1

    def as_input(self) -> ClientInput:
        return ClientInput(**{k: getattr(self, k) for k in ClientInput.__dataclass_fields__})


class ClientSort(StrEnum):
    name = "name"
    industry = "industry"
    primary_contact = "primary_contact"
    engagements = "engagements"
    last_contact = "last_contact"
    days_since_feedback = "days_since_feedback"
    tags = "tags"


@dataclass(frozen=True)
class ClientQuery:
    text: str = ""
    include_archived: bool = False
    sort: ClientSort = ClientSort.name
    descending: bool = False
    # only these rows, whatever else the query says (a list re-reading the rows a change touched)
    ids: frozenset[int] | None = None
