"""Clients, their contacts and the contact journal (the feedback loop)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index
from sqlalchemy import text as sql_text
from sqlmodel import Field

from workbook.domain.enums import AuditAction, JournalKind
from workbook.store.models.base import Row, choice, parent, string


class Client(Row, table=True):
    __tablename__ = "client"
    __table_args__ = (
        # Unique among active clients only: an archived "Müller GmbH" may coexist with a new one.
        Index(
            "ux_client_active_name",
            "name_key",
            unique=True,
            sqlite_where=sql_text("archived_at IS NULL"),
            postgresql_where=sql_text("archived_at IS NULL"),
        ),
        # The clients list: active clients in name order, one index walk per page.
        Index("ix_client_active_order", "archived_at", "name_key"),
    )

    name: str = string(length=200)
    # casefolded name, so uniqueness and sorting ignore case ("müller" == "Müller").
    name_key: str = Field(default="", nullable=False, index=True)
    industry: str = string(length=200)
    address: str = string()
    website: str = string(length=500)
    # the company's own address and number, beside its contacts' (a general inbox, a switchboard)
    email: str = string(length=320)
    phone: str = string(length=60)
    # "de" or "en": texts sent to the client (cost notice, protocol); "" follows the app
    language: str = string(length=2)
    notes: str = string()
    tags: str = string()
    feedback_interval_days: int = Field(default=21, nullable=False)
    archived_at: datetime | None = Field(default=None, index=True)


class Contact(Row, table=True):
    __tablename__ = "contact"
    # a client's primary contact from the index alone: the clients list sorts by it
    __table_args__ = (Index("ix_contact_client_primary", "client_id", "is_primary", "id", "name"),)

    client_id: int = parent("client")
    name: str = string(length=200)
    role: str = string(length=200)
    department: str = string(length=200)
    email: str = string(length=320)
    phone: str = string(length=60)
    is_primary: bool = Field(default=False, nullable=False)
    notes: str = string()


class JournalEntry(Row, table=True):
    __tablename__ = "journal_entry"
    # "last contact" per client is the newest date: an index seek, not a scan; the newest
    # feedback (by kind or rating) is found in the same index, without reading the rows.
    __table_args__ = (
        Index("ix_journal_client_feedback", "client_id", "occurred_on", "kind", "satisfaction"),
    )

    client_id: int = parent("client")
    engagement_id: int | None = parent("engagement", optional=True)
    occurred_on: date = Field(nullable=False, index=True)
    kind: str = choice(JournalKind.note)
    summary: str = string(length=500)
    details: str = string()
    satisfaction: int | None = Field(default=None)
    follow_up_on: date | None = Field(default=None, index=True)
    follow_up_done: bool = Field(default=False, nullable=False)


class AuditEvent(Row, table=True):
    """What was done with personal data and when — never whose data it was (no names)."""

    __tablename__ = "audit_event"

    action: str = choice(AuditAction.export)
    subject: str = string(length=24)  # "client" or "contact"
    subject_id: int = Field(nullable=False)
    rows: int = Field(default=0, nullable=False)  # how many rows it concerned
