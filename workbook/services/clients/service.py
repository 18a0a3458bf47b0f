"""Clients and their contacts: list, read, create, edit, archive, restore."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, select, update
from sqlmodel import Session, col

from workbook.domain.changes import ChangeSet, Entity
from workbook.domain.names import fold
from workbook.domain.validation import (
    FEEDBACK_INTERVAL_RANGE,
    FieldError,
    Problem,
    ValidationError,
    check_email,
    check_phone,
    check_range,
    check_required,
    check_url,
    normalize_tags,
)
from workbook.services.clients.queries import client_rows_select, count_select, to_row
from workbook.services.clients.shapes import (
    ClientDetail,
    ClientInput,
    ClientQuery,
    ClientRow,
    ContactInput,
    ContactRow,
)
from workbook.services.sessions import reading, writing
from workbook.store.database import Database
from workbook.store.models import Client, Contact
from workbook.store.models.base import utc_now


class NotFound(LookupError):
    """The row is gone (erased, or the database changed underneath)."""


class ClientService:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- reading -----------------------------------------------------------------------------

    def list(self, query: ClientQuery, *, offset: int = 0, limit: int = 500) -> list[ClientRow]:
        statement = client_rows_select(query).offset(offset).limit(limit)
        with reading(self._db) as session:
            return [to_row(row) for row in session.execute(statement)]

    def count(self, query: ClientQuery) -> int:
        with reading(self._db) as session:
            return int(session.execute(count_select(query)).scalar_one())

    def get(self, client_id: int) -> ClientDetail:
        with reading(self._db) as session:
            client = _client(session, client_id)
            contacts = session.execute(
                select(Contact)
                .where(col(Contact.client_id) == client_id)
                .order_by(col(Contact.is_primary).desc(), func.lower(Contact.name))
            ).scalars()
            return ClientDetail(
                name=client.name,
                industry=client.industry,
                address=client.address,
                website=client.website,
                notes=client.notes,
                tags=client.tags,
                feedback_interval_days=client.feedback_interval_days,
                id=client_id,
                archived_at=client.archived_at,
                contacts=tuple(contact_row(contact) for contact in contacts),
            )

    # -- clients -----------------------------------------------------------------------------

    def create(self, data: ClientInput, *, client_id: int | None = None) -> ChangeSet:
        """client_id re-creates an erased client under its old id (redo after undo), so later
        commands that refer to it still find it."""
        data = _clean_client(data)
        with writing(self._db) as session:
            _validate_client(session, data, client_id=None)
            client = Client(id=client_id, **_client_values(data))
            session.add(client)
            session.flush()
            return ChangeSet.of(Entity.client, created_id=client.id)

    def update(self, client_id: int, data: ClientInput) -> ChangeSet:
        data = _clean_client(data)
        with writing(self._db) as session:
            client = _client(session, client_id)
            _validate_client(session, data, client_id=client_id, archived=client.archived_at)
            for key, value in _client_values(data).items():
                setattr(client, key, value)
            client.updated_at = utc_now()
            return ChangeSet.of(Entity.client)

    def archive(self, client_id: int) -> ChangeSet:
        with writing(self._db) as session:
            client = _client(session, client_id)
            client.archived_at = utc_now()
            client.updated_at = client.archived_at
            return ChangeSet.of(Entity.client)

    def restore(self, client_id: int) -> ChangeSet:
        """Refused when an active client has taken the name in the meantime."""
        with writing(self._db) as session:
            client = _client(session, client_id)
            if _name_taken(session, client.name_key, client_id):
                raise ValidationError([FieldError("name", Problem.duplicate)])
            client.archived_at = None
            client.updated_at = utc_now()
            return ChangeSet.of(Entity.client)

    def erase(self, client_id: int) -> ChangeSet:
        """Deletes the client with everything hanging on it; used to undo a create."""
        with writing(self._db) as session:
            session.execute(delete(Client).where(col(Client.id) == client_id))
            return ChangeSet.everything()

    # -- contacts ----------------------------------------------------------------------------

    def add_contact(
        self, client_id: int, data: ContactInput, *, contact_id: int | None = None
    ) -> ChangeSet:
        """contact_id re-creates a removed contact under its old id (undo of a removal)."""
        data = _clean_contact(data)
        _validate_contact(data)
        with writing(self._db) as session:
            _client(session, client_id)
            if data.is_primary:
                _clear_primary(session, client_id)
            contact = Contact(id=contact_id, client_id=client_id, **vars(data))
            session.add(contact)
            session.flush()
            return ChangeSet.of(Entity.contact, Entity.client, created_id=contact.id)

    def update_contact(self, contact_id: int, data: ContactInput) -> ChangeSet:
        data = _clean_contact(data)
        _validate_contact(data)
        with writing(self._db) as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise NotFound(contact_id)
            if data.is_primary and not contact.is_primary:
                _clear_primary(session, contact.client_id)
            for key, value in vars(data).items():
                setattr(contact, key, value)
            contact.updated_at = utc_now()
            return ChangeSet.of(Entity.contact, Entity.client)

    def remove_contact(self, contact_id: int) -> ChangeSet:
        with writing(self._db) as session:
            session.execute(delete(Contact).where(col(Contact.id) == contact_id))
            return ChangeSet.of(Entity.contact, Entity.client)

    def contact(self, contact_id: int) -> ContactRow:
        with reading(self._db) as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise NotFound(contact_id)
            return contact_row(contact)


def _client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound(client_id)
    return client


def _clean_client(data: ClientInput) -> ClientInput:
    return ClientInput(
        name=" ".join(data.name.split()),
        industry=data.industry.strip(),
        address=data.address.strip(),
        website=data.website.strip(),
        notes=data.notes,
        tags=normalize_tags(data.tags),
        feedback_interval_days=data.feedback_interval_days,
    )


def _clean_contact(data: ContactInput) -> ContactInput:
    return ContactInput(
        name=" ".join(data.name.split()),
        role=data.role.strip(),
        department=data.department.strip(),
        email=data.email.strip(),
        phone=data.phone.strip(),
        is_primary=data.is_primary,
        notes=data.notes,
    )


def _client_values(data: ClientInput) -> dict[str, Any]:
    return {**vars(data), "name_key": fold(data.name)}


def _validate_client(
    session: Session, data: ClientInput, *, client_id: int | None, archived: object = None
) -> None:
    errors: list[FieldError] = []
    check_required("name", data.name, errors)
    if not errors and archived is None and _name_taken(session, fold(data.name), client_id):
        errors.append(FieldError("name", Problem.duplicate))
    check_url("website", data.website, errors)
    check_range(
        "feedback_interval_days", data.feedback_interval_days, FEEDBACK_INTERVAL_RANGE, errors
    )
    if errors:
        raise ValidationError(errors)


def _validate_contact(data: ContactInput) -> None:
    errors: list[FieldError] = []
    check_required("name", data.name, errors)
    check_email("email", data.email, errors)
    check_phone("phone", data.phone, errors)
    if errors:
        raise ValidationError(errors)


def _name_taken(session: Session, name_key: str, client_id: int | None) -> bool:
    statement = select(col(Client.id)).where(
        col(Client.name_key) == name_key,
        col(Client.archived_at).is_(None),
    )
    if client_id is not None:
        statement = statement.where(col(Client.id) != client_id)
    return session.execute(statement.limit(1)).first() is not None


def _clear_primary(session: Session, client_id: int) -> None:
    session.execute(
        update(Contact).where(col(Contact.client_id) == client_id).values(is_primary=False)
    )


def contact_row(contact: Contact) -> ContactRow:
    """The read shape of a contact (the clients list and the export share it)."""
    assert contact.id is not None
    return ContactRow(
        name=contact.name,
        role=contact.role,
        department=contact.department,
        email=contact.email,
        phone=contact.phone,
        is_primary=contact.is_primary,
        notes=contact.notes,
        id=contact.id,
        client_id=contact.client_id,
    )
