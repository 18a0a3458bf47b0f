"""What an import brings: new clients with their contacts, contacts and journal entries of
clients that exist or come with the same import, changes to existing clients — already
cleaned and checked by the rules of workbook.services.clients.rules and
workbook.services.journal.rules."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

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
class ExistingContact:
    id: int
    version: int
    data: ContactInput


@dataclass(frozen=True)
class ExistingClient:
    """An active client a file names, as the preview read it: an update compares with this
    and names its versions, so a change made since the preview refuses the import."""

    id: int
    version: int
    data: ClientInput
    contacts: Mapping[str, ExistingContact] = field(default_factory=dict)  # by folded name


@dataclass(frozen=True)
class ClientUpdate:
    """What a file changes of an existing client: the fields it fills with other values, new
    contacts, and its known contacts' changed fields (contact id, version, values)."""

    client_id: int
    version: int
    values: Mapping[str, Any] = field(default_factory=dict)
    new_contacts: tuple[ContactInput, ...] = ()
    contact_changes: tuple[tuple[int, int, Mapping[str, Any]], ...] = ()


@dataclass(frozen=True)
class ImportBatch:
    clients: tuple[NewClient, ...] = ()
    contacts: tuple[tuple[ClientRef, ContactInput], ...] = ()
    entries: tuple[tuple[ClientRef, JournalInput], ...] = ()
    updates: tuple[ClientUpdate, ...] = ()


@dataclass(frozen=True)
class ImportCounts:
    clients: int  # created
    contacts: int  # created
    entries: int
    updated: int = 0  # existing clients changed
