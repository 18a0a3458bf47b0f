"""The preview's shapes: each row parsed into service inputs, with its errors and file line."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from workbook.domain.names import fold
from workbook.services.clients.shapes import ClientInput, ContactInput
from workbook.services.importing.shapes import ClientRef, ImportBatch, NewClient
from workbook.services.journal.shapes import JournalInput
from workbook.spreadsheets.importing.fields import ImportKind
from workbook.spreadsheets.importing.problems import ImportProblem, ImportRefused, RowError


@dataclass(frozen=True)
class ClientLine:
    client: ClientInput
    contact: ContactInput | None = None  # a flat list's contact on this row
    archived_at: datetime | None = None  # aware UTC; the client is imported archived
    # client fields this row has a value for; a client's later rows may fill in the others
    given: frozenset[str] = frozenset()

    @property
    def group(self) -> tuple[str, datetime | None]:
        """Rows with the same name (and archive stamp) are one client with several contacts."""
        return fold(self.client.name), self.archived_at


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

    def new_clients(self) -> tuple[NewClient, ...]:
        """Clients kind: rows grouped into clients, in file order; the first contact of a
        client is its primary one. Empty for the other kinds."""
        groups: dict[tuple[str, datetime | None], list[ClientLine]] = {}
        for row in self.rows:
            if isinstance(row.parsed, ClientLine) and row.repeats is None:
                groups.setdefault(row.parsed.group, []).append(row.parsed)
        return tuple(_new_client(members) for members in groups.values())

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
        )


def batch_of(*previews: ImportPreview) -> ImportBatch:
    """Previews committed together, as one batch: contacts and journal rows may name the
    clients a clients preview brings (see build_preview's `pending`)."""
    batches = [preview.batch() for preview in previews]
    return ImportBatch(
        clients=tuple(new for batch in batches for new in batch.clients),
        contacts=tuple(item for batch in batches for item in batch.contacts),
        entries=tuple(item for batch in batches for item in batch.entries),
    )


def _new_client(members: list[ClientLine]) -> NewClient:
    first = members[0]
    client, given = first.client, set(first.given)
    for line in members[1:]:
        filled = {key: getattr(line.client, key) for key in line.given - given}
        client, given = replace(client, **filled), given | line.given
    contacts: list[ContactInput] = []
    for line in members:
        known = {fold(contact.name) for contact in contacts}
        if line.contact is not None and fold(line.contact.name) not in known:
            contacts.append(line.contact)
    if contacts and not any(contact.is_primary for contact in contacts):
        contacts[0] = replace(contacts[0], is_primary=True)
    return NewClient(client, tuple(contacts), first.archived_at)
