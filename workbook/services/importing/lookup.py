"""Which client a contact or journal row names: one in the database, or one the same batch
creates; and what is there already, so a second import of the same file doubles nothing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import select
from sqlmodel import Session, col

from workbook.domain.names import fold
from workbook.services import rows
from workbook.services.clients.shapes import ClientInput, ContactInput
from workbook.services.importing.shapes import ClientRef, ExistingClient, ExistingContact, NewClient
from workbook.services.sessions import reading
from workbook.store.database import Database
from workbook.store.models import Client, Contact, JournalEntry

T = TypeVar("T", bound=Any)


class Unresolved(StrEnum):
    unknown = "unknown"  # no client of that name
    ambiguous = "ambiguous"  # only archived clients of that name, several


@dataclass
class ClientLookup:
    active: dict[str, int] = field(default_factory=dict)  # name_key → id
    archived: dict[str, list[int]] = field(default_factory=dict)
    pending_active: set[str] = field(default_factory=set)
    pending_archived: Counter[str] = field(default_factory=Counter)
    # what is already there, so a second import of the same file is refused row by row
    contacts: set[tuple[int, str]] = field(default_factory=set)  # (client id, folded name)
    entries: set[tuple[int, date, str]] = field(default_factory=set)  # (client, day, summary)

    @classmethod
    def load(cls, database: Database, pending: Sequence[NewClient] = ()) -> ClientLookup:
        lookup = cls()
        statement = select(col(Client.id), col(Client.name_key), col(Client.archived_at))
        with reading(database) as session:
            for client_id, key, archived_at in session.execute(statement):
                if archived_at is None:
                    lookup.active[key] = client_id
                else:
                    lookup.archived.setdefault(key, []).append(client_id)
            contacts = select(col(Contact.client_id), col(Contact.name))
            lookup.contacts = {(c, fold(n)) for c, n in session.execute(contacts)}
            entries = select(
                col(JournalEntry.client_id),
                col(JournalEntry.occurred_on),
                col(JournalEntry.summary),
            )
            lookup.entries = {(c, d, fold(s)) for c, d, s in session.execute(entries)}
        for new in pending:
            key = fold(new.data.name)
            if new.archived_at is None:
                lookup.pending_active.add(key)
            else:
                lookup.pending_archived[key] += 1
        return lookup

    def taken(self) -> set[str]:
        """Names of active clients, in the database or about to be created."""
        return set(self.active) | self.pending_active

    def resolve(self, name: str) -> ClientRef | Unresolved:
        """An active client of that name first; else the only archived one."""
        key = fold(name)
        if key in self.active:
            return ClientRef(name, key, self.active[key])
        if key in self.pending_active:
            return ClientRef(name, key)
        archived = self.archived.get(key, [])
        count = len(archived) + self.pending_archived[key]
        if count > 1:
            return Unresolved.ambiguous
        if count == 0:
            return Unresolved.unknown
        return ClientRef(name, key, archived[0] if archived else None)


# An existing client as a file's row names it: its folded name, and whether it is archived.
ExistingKey = tuple[str, bool]


def existing_clients(
    database: Database, keys: Collection[str]
) -> dict[ExistingKey, ExistingClient]:
    """The clients of these folded names, with their contacts: the active one of each name,
    and the archived one where only one of that name is archived (several: none is meant)."""
    found: dict[ExistingKey, ExistingClient] = {}
    several: set[ExistingKey] = set()
    wanted = sorted(keys)
    with reading(database) as session:
        for start in range(0, len(wanted), rows.CHUNK):
            # light rows, not ORM objects: a whole client list may come back
            statement = select(*rows.columns(Client)).where(
                col(Client.name_key).in_(wanted[start : start + rows.CHUNK])
            )
            clients = {int(client.id): client for client in session.execute(statement)}
            contacts = _contacts_of(session, list(clients))
            for client_id, client in clients.items():
                key = (client.name_key, client.archived_at is not None)
                if key in found:
                    several.add(key)
                data = _as(ClientInput, client)
                found[key] = ExistingClient(client_id, client.version, data, contacts[client_id])
    return {key: client for key, client in found.items() if key not in several}


def _contacts_of(session: Session, client_ids: list[int]) -> dict[int, dict[str, ExistingContact]]:
    """Each client's contacts by folded name (the first of a name, as a file row means it)."""
    found: dict[int, dict[str, ExistingContact]] = {client_id: {} for client_id in client_ids}
    statement = (
        select(*rows.columns(Contact))
        .where(col(Contact.client_id).in_(client_ids))
        .order_by(col(Contact.id))
    )
    for contact in session.execute(statement):
        known = ExistingContact(int(contact.id), contact.version, _as(ContactInput, contact))
        found[contact.client_id].setdefault(fold(contact.name), known)
    return found


def _as(shape: type[T], row: object) -> T:
    return shape(**{key: getattr(row, key) for key in shape.__dataclass_fields__})
