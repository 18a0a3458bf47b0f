"""An import as one write: every row of a checked batch in one transaction, through the same
rules and inserts the clients and journal services use, with ids from the database.

Rows for clients that exist (an import that updates) change only the fields they fill in,
after the bulk insert so that the search index follows. The Written's undo removes exactly
the inserted rows again and gives the updated ones their earlier values — refused when one
of them has changed since, or something now hangs on or points at one of them (a
colleague's engagement for an imported client) — and its redo puts them back under the same
ids. A primary contact imported for an existing client takes the flag from its current
primary contact, as ClientService.add_contact does; undo gives it back."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col

from workbook.domain.changes import ChangeSet, Entity
from workbook.domain.names import fold
from workbook.domain.validation import ValidationError
from workbook.services import rows
from workbook.services.clients.service import (
    checked_client,
    checked_contact,
    insert_clients,
    insert_contacts,
    set_primary,
    take_primary,
)
from workbook.services.clients.shapes import ContactInput
from workbook.services.errors import BatchRefused, Conflict
from workbook.services.importing.lookup import ClientLookup, ExistingKey, existing_clients
from workbook.services.importing.shapes import (
    ClientRef,
    ClientUpdate,
    ExistingClient,
    ImportBatch,
    ImportCounts,
    NewClient,
)
from workbook.services.journal.rules import clean_entry, entry_problems
from workbook.services.journal.writes import insert_entries
from workbook.services.sessions import writing
from workbook.services.written import Written
from workbook.store.database import Database
from workbook.store.models import Client, Contact, JournalEntry
from workbook.store.models.base import Row


@dataclass(frozen=True)
class Imported:
    counts: ImportCounts
    written: Written


# Children before their parents: the order rows are removed in (restored in reverse).
_TABLES: tuple[tuple[type[Row], Entity], ...] = (
    (JournalEntry, Entity.journal),
    (Contact, Entity.contact),
    (Client, Entity.client),
)


@dataclass(frozen=True)
class _Overwrite:
    """Values to write into an existing row that must still be at `version`."""

    table: type[Row]
    entity: Entity
    row_id: int
    version: int
    values: dict[str, Any]


@dataclass(frozen=True)
class _Created:
    """The rows one commit inserted, per table in _TABLES order, with the version each must
    still have for an undo to remove it, the contacts whose primary flag it took, and what
    takes back its changes to existing rows."""

    ids: tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]
    version: int
    demoted: tuple[int, ...]
    overwrites: tuple[_Overwrite, ...] = ()

    @property
    def counts(self) -> ImportCounts:
        entries, contacts, clients = self.ids
        updated = sum(overwrite.table is Client for overwrite in self.overwrites)
        return ImportCounts(len(clients), len(contacts), len(entries), updated)


def _overwrites(updates: Sequence[ClientUpdate]) -> list[_Overwrite]:
    found = []
    for update in updates:
        if update.values:
            values = dict(update.values)
            found.append(
                _Overwrite(Client, Entity.client, update.client_id, update.version, values)
            )
        found += [_Overwrite(Contact, Entity.contact, contact_id, version, dict(values))
                  for contact_id, version, values in update.contact_changes]  # fmt: skip
    return found


def _overwrite(session: Session, overwrites: Sequence[_Overwrite]) -> tuple[_Overwrite, ...]:
    """Write each, provided its row is still at its version (Conflict otherwise); returns
    what writes the values back, at the versions the rows have now."""
    back = []
    for overwrite in overwrites:
        row = rows.lock(session, overwrite.table, overwrite.row_id, overwrite.entity,
                        overwrite.version)  # fmt: skip
        before = {key: getattr(row, key) for key in overwrite.values}
        rows.assign(row, overwrite.values)
        back.append(replace(overwrite, version=row.version, values=before))
    return tuple(back)


class ImportService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def lookup(self, pending: Sequence[NewClient] = ()) -> ClientLookup:
        """What the workbook holds now, with `pending` new clients counted as if created."""
        return ClientLookup.load(self._db, pending)

    def existing(self, name_keys: Collection[str]) -> dict[ExistingKey, ExistingClient]:
        """The clients of these folded names as they are now, for an update (see
        lookup.existing_clients)."""
        return existing_clients(self._db, name_keys)

    def commit(self, batch: ImportBatch, *, today: date | None = None) -> Imported:
        """Raises BatchRefused (nothing written) when a row no longer fits the workbook."""
        day = today or date.today()
        try:
            with writing(self._db) as session:
                with self._db.search.bulk(session.connection()):
                    created = _write(session, batch, day)
                # after the bulk insert: the search index's triggers follow these changes
                overwrites = _overwrite(session, _overwrites(batch.updates))
        except (IntegrityError, ValidationError, Conflict) as error:
            raise BatchRefused(str(error)) from error
        created = replace(created, overwrites=overwrites)
        return Imported(created.counts, Written(_changes(created), lambda: self._remove(created)))

    def _remove(self, created: _Created) -> Written:
        """Also gives updated clients and contacts their values back: refused (Conflict) when
        one of them has been edited since."""
        with writing(self._db) as session:
            back = _overwrite(session, created.overwrites)
            saved: list[rows.Snapshot] = []
            for (table, entity), ids in zip(_TABLES, created.ids, strict=True):
                saved += _take_out(session, table, entity, ids, created.version)
            for contact_id in created.demoted:
                set_primary(session, contact_id, True)
        removed = replace(created, overwrites=back)
        return Written(_changes(created), lambda: self._put_back(removed, saved))

    def _put_back(self, created: _Created, saved: list[rows.Snapshot]) -> Written:
        with writing(self._db) as session:
            for contact_id in created.demoted:
                set_primary(session, contact_id, False)
            tables = {rows.table_name(table): (table, entity) for table, entity in _TABLES}
            for snapshot in reversed(saved):  # parents first
                table, entity = tables[snapshot.table]
                rows.restore(session, table, snapshot, entity)
            again = _overwrite(session, created.overwrites)
        restored = replace(created, version=created.version + 1, overwrites=again)
        return Written(_changes(created), lambda: self._remove(restored))


def _take_out(
    session: Session, table: type[Row], entity: Entity, ids: Sequence[int], version: int
) -> list[rows.Snapshot]:
    """Snapshots of the rows, deleted — provided each is still at `version` and nothing else
    refers to it (children of the import were removed before)."""
    found: dict[int, Row] = {}
    for start in range(0, len(ids), rows.CHUNK):
        chunk = ids[start : start + rows.CHUNK]
        statement = select(table).where(col(table.id).in_(chunk)).with_for_update()
        found.update((int(row.id or 0), row) for row in session.execute(statement).scalars())
    for row_id in ids:
        if row_id not in found or found[row_id].version != version:
            raise Conflict(entity, row_id)
    if rows.any_referring(session, rows.table_name(table), ids):
        raise Conflict(entity, ids[0])
    saved = [rows.snapshot(found[row_id]) for row_id in ids]
    for start in range(0, len(ids), rows.CHUNK):
        session.execute(delete(table).where(col(table.id).in_(ids[start : start + rows.CHUNK])))
    return saved


def _write(session: Session, batch: ImportBatch, today: date) -> _Created:
    client_ids = insert_clients(
        session, [(checked_client(new.data), new.archived_at) for new in batch.clients]
    )
    new_active = {
        fold(new.data.name): client_id
        for new, client_id in zip(batch.clients, client_ids, strict=True)
        if new.archived_at is None
    }
    contacts = [
        (client_id, checked_contact(contact))
        for new, client_id in zip(batch.clients, client_ids, strict=True)
        for contact in new.contacts
    ]
    contacts += [(_resolve(ref, new_active), checked_contact(c)) for ref, c in batch.contacts]
    contacts += [(update.client_id, checked_contact(contact))
                 for update in batch.updates for contact in update.new_contacts]  # fmt: skip
    demoted = _make_room_for_primaries(session, contacts, set(client_ids))
    contact_ids = insert_contacts(session, contacts)
    entries = []
    for ref, entry in batch.entries:
        entry = clean_entry(entry)
        if errors := entry_problems(entry, today):
            raise ValidationError(errors)
        entries.append((_resolve(ref, new_active), entry))
    entry_ids = insert_entries(session, entries)
    ids = (tuple(entry_ids), tuple(contact_ids), tuple(client_ids))
    return _Created(ids, 1, tuple(demoted))


def _resolve(ref: ClientRef, new_active: dict[str, int]) -> int:
    if ref.id is not None:
        return ref.id
    if ref.name_key not in new_active:
        raise BatchRefused(f"client {ref.name!r} is not in this import")
    return new_active[ref.name_key]


def _make_room_for_primaries(
    session: Session, contacts: list[tuple[int, ContactInput]], new_clients: set[int]
) -> list[int]:
    """One primary contact per client: the last one of a client in the batch wins (as when
    they are added one by one); an existing client's primary contact hands the flag over."""
    last: dict[int, int] = {}
    for index, (client_id, contact) in enumerate(contacts):
        if contact.is_primary:
            if client_id in last:
                earlier_client, earlier = contacts[last[client_id]]
                contacts[last[client_id]] = (earlier_client, _not_primary(earlier))
            last[client_id] = index
    demoted = [take_primary(session, client_id) for client_id in sorted(set(last) - new_clients)]
    return [contact_id for contact_id in demoted if contact_id is not None]


def _not_primary(contact: ContactInput) -> ContactInput:
    return ContactInput(**{**vars(contact), "is_primary": False})


def _changes(created: _Created) -> ChangeSet:
    """The clients list shows primary contacts and last contacts, so it always refreshes."""
    entries, contacts, _ = created.ids
    entities = {Entity.client}
    updated_contacts = any(overwrite.table is Contact for overwrite in created.overwrites)
    if contacts or created.demoted or updated_contacts:
        entities.add(Entity.contact)
    if entries:
        entities.add(Entity.journal)
    return ChangeSet.of(*entities)
