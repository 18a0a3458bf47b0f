"""Write a checked preview: all rows in one transaction, undone and redone as one step.

Ids are assigned here (max + 1 inside the BEGIN IMMEDIATE transaction, so no other writer can
take them), so contacts can point at clients before the bulk insert, and redo writes the very
rows again under the same ids: later undo commands that refer to them still find them.

A primary contact imported for an existing client takes the flag from its current primary
contact, as ClientService.add_contact does; undo gives it back."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel

from workbook.domain.changes import ChangeSet, Entity
from workbook.domain.names import fold
from workbook.services.clients.shapes import ContactInput
from workbook.services.sessions import writing
from workbook.spreadsheets.importing.problems import ImportProblem, ImportRefused
from workbook.spreadsheets.importing.shapes import (
    ClientDraft,
    ClientRef,
    ContactLine,
    ImportPreview,
    JournalLine,
)
from workbook.store.database import Database
from workbook.store.models.base import utc_now

CLIENT, CONTACT, JOURNAL = "client", "contact", "journal_entry"
_CHUNK = 500  # ids per IN (...): well below SQLite's variable limit

Record = dict[str, Any]


@dataclass(frozen=True)
class ImportResult:
    client_ids: tuple[int, ...]
    contact_ids: tuple[int, ...]
    journal_ids: tuple[int, ...]
    changes: ChangeSet
    # (table, rows) in insert order, ids included: what redo writes again
    records: tuple[tuple[str, tuple[Record, ...]], ...] = ()
    demoted: tuple[int, ...] = ()  # existing contacts whose primary flag the import took


class ImportService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def commit(self, *previews: ImportPreview) -> ImportResult:
        """Previews committed together may refer to each other's clients (see build_preview's
        `pending`). Raises ImportRefused: has_errors before writing anything, stale when the
        database changed since the preview; either way nothing is written."""
        failing = sum(preview.error_count for preview in previews)
        if failing:
            raise ImportRefused(ImportProblem.has_errors, f"{failing} row(s) with errors")
        with self._writing() as session:
            plan = _Plan(_next_ids(session))
            for preview in previews:
                plan.add(preview)
            demoted = _primaries(session, plan.existing_with_primary())
            _set_primary(session, demoted, False)
            for table, rows in plan.records():
                _insert(session, table, rows)
        return plan.result(demoted)

    def undo(self, result: ImportResult) -> ChangeSet:
        """Deletes exactly the rows the import created."""
        with self._writing() as session:
            _delete(session, JOURNAL, result.journal_ids)
            _delete(session, CONTACT, result.contact_ids)
            _delete(session, CLIENT, result.client_ids)
            _set_primary(session, result.demoted, True)
        return result.changes

    def redo(self, result: ImportResult) -> ChangeSet:
        with self._writing() as session:
            _set_primary(session, result.demoted, False)
            for table, rows in result.records:
                _insert(session, table, rows)
        return result.changes

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        try:
            with writing(self._db) as session:
                yield session
        except IntegrityError as error:  # a name taken or a client erased since the preview
            raise ImportRefused(ImportProblem.stale, str(error.orig)) from error


class _Plan:
    """The rows to insert, with their ids, built from previews in order."""

    def __init__(self, next_ids: dict[str, int]) -> None:
        self._next = next_ids
        self._now = utc_now()
        self._rows: dict[str, list[Record]] = {CLIENT: [], CONTACT: [], JOURNAL: []}
        self._created: dict[str, int] = {}  # name_key → id of a client created here
        self._created_ids: set[int] = set()
        self._primary: dict[int, Record] = {}  # client id → its primary contact created here

    def add(self, preview: ImportPreview) -> None:
        for draft in preview.client_drafts():
            self._client(draft)
        for row in preview.rows:
            if isinstance(row.parsed, ContactLine):
                self._contact(self._client_id(row.parsed.client), row.parsed.contact)
            elif isinstance(row.parsed, JournalLine):
                entry = {**vars(row.parsed.entry), "kind": row.parsed.entry.kind.value}
                client_id = self._client_id(row.parsed.client)
                self._add(JOURNAL, client_id=client_id, engagement_id=None, **entry)

    def existing_with_primary(self) -> set[int]:
        return set(self._primary) - self._created_ids

    def records(self) -> Iterator[tuple[str, list[Record]]]:
        return ((table, rows) for table, rows in self._rows.items() if rows)

    def result(self, demoted: Sequence[int]) -> ImportResult:
        ids = {table: tuple(row["id"] for row in rows) for table, rows in self._rows.items()}
        touched = {CLIENT: Entity.client, CONTACT: Entity.contact, JOURNAL: Entity.journal}
        entities = {touched[table] for table, rows in self._rows.items() if rows}
        # the clients list shows primary contacts and last contacts
        changes = ChangeSet.of(Entity.client, *entities, *([Entity.contact] if demoted else []))
        records = tuple((table, tuple(rows)) for table, rows in self.records())
        return ImportResult(ids[CLIENT], ids[CONTACT], ids[JOURNAL], changes, records,
                            tuple(demoted))  # fmt: skip

    def _client(self, draft: ClientDraft) -> None:
        key = fold(draft.client.name)
        record = self._add(CLIENT, **vars(draft.client), name_key=key,
                           archived_at=draft.archived_at)  # fmt: skip
        self._created_ids.add(record["id"])
        if draft.archived_at is None or key not in self._created:  # as ClientLookup resolves
            self._created[key] = record["id"]
        for contact in draft.contacts:
            self._contact(record["id"], contact)

    def _contact(self, client_id: int, contact: ContactInput) -> None:
        record = self._add(CONTACT, client_id=client_id, **vars(contact))
        if contact.is_primary:  # the last one wins, as when added one by one
            if client_id in self._primary:
                self._primary[client_id]["is_primary"] = False
            self._primary[client_id] = record

    def _client_id(self, client: ClientRef) -> int:
        if client.id is not None:
            return client.id
        if client.name_key not in self._created:
            raise ImportRefused(ImportProblem.stale, f"client {client.name!r} not in this import")
        return self._created[client.name_key]

    def _add(self, table: str, **values: Any) -> Record:
        record = {"id": self._next[table], **values, "created_at": self._now,
                  "updated_at": self._now}  # fmt: skip
        self._next[table] += 1
        self._rows[table].append(record)
        return record


def _table(name: str) -> Any:
    return SQLModel.metadata.tables[name]


def _next_ids(session: Session) -> dict[str, int]:
    return {
        name: (session.execute(select(func.max(_table(name).c.id))).scalar() or 0) + 1
        for name in (CLIENT, CONTACT, JOURNAL)
    }


def _insert(session: Session, table: str, rows: Sequence[Record]) -> None:
    if rows:
        session.execute(insert(_table(table)), list(rows))


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    return (ids[start : start + _CHUNK] for start in range(0, len(ids), _CHUNK))


def _delete(session: Session, table: str, ids: Sequence[int]) -> None:
    for chunk in _chunks(ids):
        session.execute(delete(_table(table)).where(_table(table).c.id.in_(chunk)))


def _set_primary(session: Session, contact_ids: Sequence[int], primary: bool) -> None:
    contact = _table(CONTACT)
    for chunk in _chunks(contact_ids):
        session.execute(update(contact).where(contact.c.id.in_(chunk)).values(is_primary=primary))


def _primaries(session: Session, client_ids: set[int]) -> list[int]:
    contact, found = _table(CONTACT), list[int]()
    for chunk in _chunks(sorted(client_ids)):
        statement = select(contact.c.id).where(contact.c.client_id.in_(chunk), contact.c.is_primary)
        found.extend(session.execute(statement).scalars())
    return found
