"""Clients and their contacts: list, read, create, edit, archive, and take any of it back.

Every write returns a Written whose undo() is its inverse, checked against the rows' versions
(workbook.services.written)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col

from workbook.domain.changes import ChangeSet, Entity
from workbook.domain.names import fold
from workbook.domain.validation import FieldError, Problem, ValidationError
from workbook.services import rows
from workbook.services.clients.queries import client_page_select, count_select, to_row
from workbook.services.clients.rules import (
    clean_client,
    clean_contact,
    client_problems,
    contact_problems,
)
from workbook.services.clients.shapes import (
    ClientDetail,
    ClientInput,
    ClientQuery,
    ClientRow,
    ContactInput,
    ContactRow,
)
from workbook.services.errors import Conflict
from workbook.services.sessions import reading, writing
from workbook.services.written import Written
from workbook.store.bulk import insert_many
from workbook.store.database import Database
from workbook.store.models import Client, Contact
from workbook.store.models.base import utc_now

_CLIENT = (Entity.client,)
# The clients list shows each client's primary contact.
_CONTACT = (Entity.contact, Entity.client)


class ClientService:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- reading -----------------------------------------------------------------------------

    def list(
        self, query: ClientQuery, *, offset: int = 0, limit: int = 500, today: date | None = None
    ) -> list[ClientRow]:
        """`today`: the day the days since feedback are counted to."""
        statement = client_page_select(query, offset=offset, limit=limit)
        day = today or date.today()
        with reading(self._db) as session:
            return [to_row(row, day) for row in session.execute(statement)]

    def count(self, query: ClientQuery) -> int:
        with reading(self._db) as session:
            return int(session.execute(count_select(query)).scalar_one())

    def get(self, client_id: int) -> ClientDetail:
        with reading(self._db) as session:
            client = rows.load(session, Client, client_id, Entity.client)
            contacts = session.execute(
                select(Contact)
                .where(col(Contact.client_id) == client_id)
                .order_by(col(Contact.is_primary).desc(), func.lower(Contact.name))
            ).scalars()
            return ClientDetail(
                **_input_of(client).__dict__,
                id=client_id,
                archived_at=client.archived_at,
                contacts=tuple(contact_row(contact) for contact in contacts),
                version=client.version,
            )

    def contact(self, contact_id: int) -> ContactRow:
        with reading(self._db) as session:
            return contact_row(rows.load(session, Contact, contact_id, Entity.contact))

    # -- clients -----------------------------------------------------------------------------

    def create(self, data: ClientInput) -> Written:
        data = checked_client(data)
        with writing(self._db) as session:
            (client_id,) = insert_clients(session, [(data, None)])
            rows.track(session, Client, client_id)
        return Written(
            ChangeSet.of(*_CLIENT, created_id=client_id, version=1),
            lambda: self.erase(client_id, version=1),
        )

    def update(self, client_id: int, data: ClientInput, *, version: int) -> Written:
        data = checked_client(data)
        with writing(self._db) as session:
            client = rows.lock(session, Client, client_id, Entity.client, version)
            before = _input_of(client)
            rows.assign(client, _client_values(data))
            _flush_unique_name(session, client.archived_at is None)
            after = client.version
        return Written(
            ChangeSet.of(*_CLIENT, version=after, updated=(Entity.client, client_id)),
            lambda: self.update(client_id, before, version=after),
        )

    def archive(self, client_id: int, *, version: int) -> Written:
        return self._archive(client_id, version, None)

    def _archive(self, client_id: int, version: int, at: datetime | None) -> Written:
        """`at`: when it was archived, for a redo, which leaves the row as the archive did."""
        with writing(self._db) as session:
            client = rows.lock(session, Client, client_id, Entity.client, version)
            rows.touch(client)
            client.archived_at = at or client.updated_at
            after = client.version
        return Written(
            ChangeSet.of(*_CLIENT, version=after, updated=(Entity.client, client_id)),
            lambda: self.unarchive(client_id, version=after),
        )

    def unarchive(self, client_id: int, *, version: int) -> Written:
        """Refused when an active client has taken the name in the meantime."""
        with writing(self._db) as session:
            client = rows.lock(session, Client, client_id, Entity.client, version)
            if _name_taken(session, client.name_key, client_id):
                raise ValidationError([FieldError("name", Problem.duplicate)])
            archived_at, client.archived_at = client.archived_at, None
            rows.touch(client)
            after = client.version
        return Written(
            ChangeSet.of(*_CLIENT, version=after, updated=(Entity.client, client_id)),
            lambda: self._archive(client_id, after, archived_at),
        )

    def erase(self, client_id: int, *, version: int) -> Written:
        """Takes back a create: refused once anything hangs on the client (a contact, an
        engagement), so an undo never deletes what was added since."""
        with writing(self._db) as session:
            client = rows.lock(session, Client, client_id, Entity.client, version)
            if rows.has_dependents(session, "client", client_id):
                raise Conflict(Entity.client, client_id)
            saved = rows.snapshot(client)
            session.delete(client)
        return Written(ChangeSet.of(*_CLIENT), lambda: self._put_back(saved))

    def _put_back(self, saved: rows.Snapshot) -> Written:
        with writing(self._db) as session:
            active = saved.values["archived_at"] is None
            if active and _name_taken(session, saved.values["name_key"], None):
                raise ValidationError([FieldError("name", Problem.duplicate)])
            version = rows.restore(session, Client, saved, Entity.client)
        return Written(
            ChangeSet.of(*_CLIENT, version=version),
            lambda: self.erase(saved.row_id, version=version),
        )

    # -- contacts ----------------------------------------------------------------------------

    def add_contact(self, client_id: int, data: ContactInput) -> Written:
        data = checked_contact(data)
        with writing(self._db) as session:
            rows.load(session, Client, client_id, Entity.client)
            demoted = take_primary(session, client_id) if data.is_primary else None
            (contact_id,) = insert_contacts(session, [(client_id, data)])
            rows.track(session, Contact, contact_id)
        return Written(
            ChangeSet.of(*_CONTACT, created_id=contact_id, version=1),
            lambda: self._remove_contact(contact_id, 1, promote=demoted),
        )

    def update_contact(self, contact_id: int, data: ContactInput, *, version: int) -> Written:
        return self._write_contact(contact_id, checked_contact(data), version, promote=None)

    def remove_contact(self, contact_id: int, *, version: int) -> Written:
        return self._remove_contact(contact_id, version, promote=None)

    def _write_contact(
        self, contact_id: int, data: ContactInput, version: int, *, promote: int | None
    ) -> Written:
        """`promote`: the contact that gets the primary flag back (undo of taking it)."""
        with writing(self._db) as session:
            contact = rows.lock(session, Contact, contact_id, Entity.contact, version)
            before = _contact_input_of(contact)
            demoted = None
            if data.is_primary and not contact.is_primary:
                demoted = take_primary(session, contact.client_id)
            rows.assign(contact, vars(data))
            if promote is not None:
                _give_primary(session, contact.client_id, promote)
            after = contact.version
        return Written(
            ChangeSet.of(*_CONTACT, version=after),
            lambda: self._write_contact(contact_id, before, after, promote=demoted),
        )

    def _remove_contact(self, contact_id: int, version: int, *, promote: int | None) -> Written:
        """The sign-offs, receivers and requests that named the contact lose it (the database
        clears them); the undo names the contact there again."""
        with writing(self._db) as session:
            contact = rows.lock(session, Contact, contact_id, Entity.contact, version)
            saved = rows.snapshot(contact)
            links = rows.links_to(session, "contact", contact_id)
            client_id = contact.client_id
            session.delete(contact)
            session.flush()
            if promote is not None:
                _give_primary(session, client_id, promote)
        return Written(
            ChangeSet.of(*_CONTACT, Entity.goal, Entity.milestone, Entity.change_request),
            lambda: self._put_back_contact(saved, links),
        )

    def _put_back_contact(self, saved: rows.Snapshot, links: rows.Links) -> Written:
        with writing(self._db) as session:
            demoted = None
            if saved.values["is_primary"]:
                demoted = take_primary(session, saved.values["client_id"])
            version = rows.restore(session, Contact, saved, Entity.contact)
            rows.relink(session, links, saved.row_id)
        return Written(
            ChangeSet.of(
                *_CONTACT, Entity.goal, Entity.milestone, Entity.change_request, version=version
            ),
            lambda: self._remove_contact(saved.row_id, version, promote=demoted),
        )


# -- writes the importer shares (workbook.services.importing) ---------------------------------


def insert_clients(
    session: Session, items: Sequence[tuple[ClientInput, datetime | None]]
) -> list[int]:
    """(client, archived at) pairs, cleaned and checked; returns the new ids in order. An
    active name already taken is refused by the unique index on name_key: the field message."""
    values = [{**_client_values(data), "archived_at": archived} for data, archived in items]
    try:
        return insert_many(session, Client.__table__, values)  # type: ignore[attr-defined]
    except IntegrityError as error:
        raise ValidationError([FieldError("name", Problem.duplicate)]) from error


def insert_contacts(session: Session, items: Sequence[tuple[int, ContactInput]]) -> list[int]:
    """(client id, contact) pairs, cleaned and checked; returns the new ids in order."""
    values = [{**vars(data), "client_id": client_id} for client_id, data in items]
    return insert_many(session, Contact.__table__, values)  # type: ignore[attr-defined]


def checked_client(data: ClientInput) -> ClientInput:
    data = clean_client(data)
    if errors := client_problems(data):
        raise ValidationError(errors)
    return data


def checked_contact(data: ContactInput) -> ContactInput:
    data = clean_contact(data)
    if errors := contact_problems(data):
        raise ValidationError(errors)
    return data


def contact_row(contact: Contact) -> ContactRow:
    """The read shape of a contact (the clients list and the export share it)."""
    assert contact.id is not None
    return ContactRow(
        **vars(_contact_input_of(contact)),
        id=contact.id,
        client_id=contact.client_id,
        version=contact.version,
    )


def _flush_unique_name(session: Session, active: bool) -> None:
    """An active name already taken is refused by the unique index on name_key; that becomes
    the field message a form shows (the transaction is rolled back)."""
    try:
        session.flush()
    except IntegrityError as error:
        if active:
            raise ValidationError([FieldError("name", Problem.duplicate)]) from error
        raise


def _input_of(client: Client) -> ClientInput:
    return ClientInput(**{key: getattr(client, key) for key in ClientInput.__dataclass_fields__})


def _contact_input_of(contact: Contact) -> ContactInput:
    fields = ContactInput.__dataclass_fields__
    return ContactInput(**{key: getattr(contact, key) for key in fields})


def _client_values(data: ClientInput) -> dict[str, Any]:
    return {**vars(data), "name_key": fold(data.name)}


def _name_taken(session: Session, name_key: str, client_id: int | None) -> bool:
    statement = select(col(Client.id)).where(
        col(Client.name_key) == name_key,
        col(Client.archived_at).is_(None),
    )
    if client_id is not None:
        statement = statement.where(col(Client.id) != client_id)
    return session.execute(statement.limit(1)).first() is not None


def take_primary(session: Session, client_id: int) -> int | None:
    """Clear the client's primary contact; returns who it was."""
    current = session.execute(
        select(col(Contact.id)).where(col(Contact.client_id) == client_id, col(Contact.is_primary))
    ).scalar()
    if current is not None:
        set_primary(session, current, False)
    return current


def _give_primary(session: Session, client_id: int, contact_id: int) -> None:
    take_primary(session, client_id)
    set_primary(session, contact_id, True)


def set_primary(session: Session, contact_id: int, primary: bool) -> None:
    session.execute(
        update(Contact)
        .where(col(Contact.id) == contact_id)
        .values(is_primary=primary, version=Contact.version + 1, updated_at=utc_now())
    )
