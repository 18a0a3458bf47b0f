"""The preview's shapes: each row parsed into service inputs, with its errors and file line."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime

from workbook.domain.enums import JournalKind
from workbook.domain.names import fold
from workbook.services.clients.shapes import ClientInput, ContactInput
from workbook.spreadsheets.importing.fields import ImportKind
from workbook.spreadsheets.importing.problems import RowError


@dataclass(frozen=True)
class ClientRef:
    """The client a contact or journal row belongs to: an existing one (id), or one the same
    commit creates (id None, found by name_key among the clients it creates)."""

    name: str
    name_key: str
    id: int | None = None


@dataclass(frozen=True)
class JournalInput:
    occurred_on: date
    kind: JournalKind = JournalKind.note
    summary: str = ""
    details: str = ""
    satisfaction: int | None = None
    follow_up_on: date | None = None
    follow_up_done: bool = False


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

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class ClientDraft:
    """One client to create, gathered from one or more rows."""

    client: ClientInput
    contacts: tuple[ContactInput, ...]
    archived_at: datetime | None
    lines: tuple[int, ...]


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

    def client_drafts(self) -> tuple[ClientDraft, ...]:
        """Clients kind: rows grouped into clients, in file order; the first contact of a
        client is its primary one. Empty for the other kinds."""
        groups: dict[tuple[str, datetime | None], list[tuple[int, ClientLine]]] = {}
        for row in self.rows:
            if isinstance(row.parsed, ClientLine):
                groups.setdefault(row.parsed.group, []).append((row.line, row.parsed))
        return tuple(_draft(members) for members in groups.values())


def _draft(members: list[tuple[int, ClientLine]]) -> ClientDraft:
    first = members[0][1]
    client, given = first.client, set(first.given)
    for _, line in members[1:]:
        filled = {key: getattr(line.client, key) for key in line.given - given}
        client, given = replace(client, **filled), given | line.given
    contacts = [line.contact for _, line in members if line.contact is not None]
    if contacts and not any(contact.is_primary for contact in contacts):
        contacts[0] = replace(contacts[0], is_primary=True)
    return ClientDraft(client, tuple(contacts), first.archived_at, tuple(n for n, _ in members))
