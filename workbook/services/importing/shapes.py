"""What an import brings: new clients with their contacts, contacts and journal entries of
clients that exist or come with the same import — already cleaned and checked by the rules of
workbook.services.clients.rules and workbook.services.journal.rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from workbook.services.clients.shapes import ClientInput, ContactInput
from workbook.services.journal.shapes import JournalInput


@dataclass(frozen=True)
class ClientRef:
    """The client a contact or journal row belongs to: an existing one (id), or one the same
    batch creates (id None, found by name_key among the batch's new active clients)."""

    name: str
    name_key: str
    id: int | None = None


@dataclass(frozen=True)
class NewClient:
    data: ClientInput
    contacts: tuple[ContactInput, ...] = ()
    archived_at: datetime | None = None  # aware UTC: imported archived


@dataclass(frozen=True)
class ImportBatch:
    clients: tuple[NewClient, ...] = ()
    contacts: tuple[tuple[ClientRef, ContactInput], ...] = ()
    entries: tuple[tuple[ClientRef, JournalInput], ...] = ()


@dataclass(frozen=True)
class ImportCounts:
    clients: int
    contacts: int
    entries: int
