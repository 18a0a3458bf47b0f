"""The preview's shapes: each row parsed into service inputs, with its errors, file line and
what it does (new, update, unchanged)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from workbook.domain.names import fold
from workbook.domain.validation import Problem
from workbook.services.clients.shapes import ClientInput, ContactInput
from workbook.services.importing.shapes import (
    ClientRef,
    ClientUpdate,
    ExistingClient,
    ExistingContact,
    ImportBatch,
    NewClient,
)
from workbook.services.journal.shapes import JournalInput
from workbook.spreadsheets.importing.fields import ImportKind
from workbook.spreadsheets.importing.problems import ImportProblem, ImportRefused, RowError


class RowAction(StrEnum):
    """What a row does to the workbook (the preview's "Import as")."""

    new = "new"
    update = "update"  # fills in or changes fields of an existing client, or adds a contact
    unchanged = "unchanged"  # says what the workbook holds already


# what a file may change of a known contact: the fields it fills in
_CONTACT_FIELDS = ("role", "department", "email", "phone")


@dataclass(frozen=True)
class ClientLine:
    client: ClientInput
    contact: ContactInput | None = None  # a flat list's contact on this row
    archived_at: datetime | None = None  # aware UTC; the client is imported archived
    # client fields this row has a value for; a client's later rows may fill in the others
    given: frozenset[str] = frozenset()
    # the active client of this name, when the import may update it (else None: a new one);
    # the same for every row of that name, so not part of what makes two rows the same
    existing: ExistingClient | None = field(default=None, compare=False)

    @property
    def group(self) -> tuple[str, datetime | None]:
        """Rows with the same name (and archive stamp) are one client with several contacts."""
        return fold(self.client.name), self.archived_at

    @property
    def changes(self) -> dict[str, Any]:
        """The client fields this row fills with other values than the workbook holds."""
        if self.existing is None:
            return {}
        now = self.existing.data
        values = {key: getattr(self.client, key) for key in sorted(self.given)}
        return {key: value for key, value in values.items() if getattr(now, key) != value}

    @property
    def known_contact(self) -> ExistingContact | None:
        if self.existing is None or self.contact is None:
            return None
        return self.existing.contacts.get(fold(self.contact.name))

    @property
    def contact_changes(self) -> dict[str, Any]:
        """The fields this row fills in with other values for a contact the client has."""
        known, contact = self.known_contact, self.contact
        if known is None or contact is None:
            return {}
        values = {key: getattr(contact, key) for key in _CONTACT_FIELDS if getattr(contact, key)}
        return {key: value for key, value in values.items() if getattr(known.data, key) != value}

    @property
    def action(self) -> RowAction:
        if self.existing is None:
            return RowAction.new
        new_contact = self.contact is not None and self.known_contact is None
        if self.changes or new_contact or self.contact_changes:
            return RowAction.update
        return RowAction.unchanged


@dataclass(frozen=True)
class ContactLine:
    client: ClientRef
    contact: ContactInput


@dataclass(frozen=True)
class JournalLine:
    client: ClientRef
    entry: JournalInput


Parsed = ClientLine | ContactLine | JournalLine


@dataclass(frozen=True)
class PreviewRow:
    line: int  # 1-based row number in the file (sheet row or CSV line)
    parsed: Parsed | None  # None when a value could not be read at all (see errors)
    errors: tuple[RowError, ...] = ()
    # the line this row repeats (same contact or journal entry again): imported once
    repeats: int | None = None

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def action(self) -> RowAction:
        """Contact and journal rows always add (what is there already is a row error)."""
        return self.parsed.action if isinstance(self.parsed, ClientLine) else RowAction.new


@dataclass(frozen=True)
class ImportPreview:
    kind: ImportKind
    headers: tuple[str, ...]
    mapping: Mapping[int, str]
    rows: tuple[PreviewRow, ...]

    @property
    def ok_count(self) -> int:
        return sum(row.ok for row in self.rows)

    @property
    def error_count(self) -> int:
        return len(self.rows) - self.ok_count

    @property
    def has_errors(self) -> bool:
        return self.error_count > 0

    @property
    def repeat_count(self) -> int:
        return sum(row.repeats is not None for row in self.rows)

    @property
    def taken_count(self) -> int:
        """Rows refused because an active client has their name: an update would take them."""
        return sum(
            any(e.field == "name" and e.problem is Problem.duplicate for e in row.errors)
            for row in self.rows
        )

    def count(self, action: RowAction) -> int:
        return sum(row.action is action for row in self.rows)

    def new_clients(self) -> tuple[NewClient, ...]:
        """Clients kind: rows grouped into clients, in file order; the first contact of a
        client is its primary one. Empty for the other kinds."""
        groups = self._groups().values()
        return tuple(_new_client(members) for members in groups if members[0].existing is None)

    def updates(self) -> tuple[ClientUpdate, ...]:
        """Clients kind, importing with updates: what the rows change of existing clients."""
        found = (_update(members) for members in self._groups().values() if members[0].existing)
        return tuple(update for update in found if update is not None)

    def _groups(self) -> dict[tuple[str, datetime | None], list[ClientLine]]:
        groups: dict[tuple[str, datetime | None], list[ClientLine]] = {}
        for row in self.rows:
            if isinstance(row.parsed, ClientLine) and row.repeats is None:
                groups.setdefault(row.parsed.group, []).append(row.parsed)
        return groups

    def batch(self) -> ImportBatch:
        """What the rows ask for, each repeat once (ImportService.commit writes it); refused
        while any row has errors (all rows or none)."""
        if self.has_errors:
            raise ImportRefused(ImportProblem.has_errors, f"{self.error_count} row(s) with errors")
        kept = [row.parsed for row in self.rows if row.repeats is None]
        return ImportBatch(
            clients=self.new_clients(),
            contacts=tuple((p.client, p.contact) for p in kept if isinstance(p, ContactLine)),
            entries=tuple((p.client, p.entry) for p in kept if isinstance(p, JournalLine)),
            updates=self.updates(),
        )


def batch_of(*previews: ImportPreview) -> ImportBatch:
    """Previews committed together, as one batch: contacts and journal rows may name the
    clients a clients preview brings (see build_preview's `pending`)."""
    batches = [preview.batch() for preview in previews]
    return ImportBatch(
        clients=tuple(new for batch in batches for new in batch.clients),
        contacts=tuple(item for batch in batches for item in batch.contacts),
        entries=tuple(item for batch in batches for item in batch.entries),
        updates=tuple(update for batch in batches for update in batch.updates),
    )


def _new_client(members: list[ClientLine]) -> NewClient:
    first = members[0]
    client, given = first.client, set(first.given)
    for line in members[1:]:
        filled = {key: getattr(line.client, key) for key in line.given - given}
        client, given = replace(client, **filled), given | line.given
    contacts = _primary_first(_new_contacts(members))
    return NewClient(client, tuple(contacts), first.archived_at)


def _update(members: list[ClientLine]) -> ClientUpdate | None:
    """The group's changes, a later row filling in what the earlier ones left (they agree
    where both have a value: a conflict is a row error). New contacts of a client that has
    none: the first becomes its primary one."""
    existing = members[0].existing
    assert existing is not None
    values: dict[str, Any] = {}
    changed: dict[int, tuple[int, dict[str, Any]]] = {}
    for line in members:
        values.update(line.changes)
        if (known := line.known_contact) is not None and line.contact_changes:
            changed.setdefault(known.id, (known.version, {}))[1].update(line.contact_changes)
    contacts = _new_contacts([line for line in members if line.known_contact is None])
    if not existing.contacts:
        contacts = _primary_first(contacts)
    else:
        contacts = [replace(contact, is_primary=False) for contact in contacts]
    if not (values or contacts or changed):
        return None
    changes = tuple((id_, version, fields) for id_, (version, fields) in changed.items())
    return ClientUpdate(existing.id, existing.version, values, tuple(contacts), changes)


def _new_contacts(members: list[ClientLine]) -> list[ContactInput]:
    """Each person once, in file order."""
    contacts: list[ContactInput] = []
    for line in members:
        known = {fold(contact.name) for contact in contacts}
        if line.contact is not None and fold(line.contact.name) not in known:
            contacts.append(line.contact)
    return contacts


def _primary_first(contacts: list[ContactInput]) -> list[ContactInput]:
    if contacts and not any(contact.is_primary for contact in contacts):
        contacts[0] = replace(contacts[0], is_primary=True)
    return contacts
