"""Every row of a table parsed into service inputs and checked by the services' own rules
(workbook.services.clients.rules, workbook.services.journal.rules), before anything is written.

Clients: rows with the same name (compared as the services compare names: case, accents and
spaces ignored, domain.names.fold) form one client; each row may add one contact, and the
client's first contact becomes its primary one. A later row may fill in client fields the
earlier ones left empty; a value that differs from an earlier row's is a conflict. A name
already used by an active client in the database is a duplicate — unless the import updates
existing clients: then the rows of that name fill in its fields (only those they have a value
for; the name stays as the workbook spells it), add the contacts it has not got, and fill in
the fields of those it has; each row says whether it is new, an update or unchanged. An
archived row updates the archived client of its name, when there is only one (its archive
moment is left as it is).

Archived clients: a row with an "Archived on" date is imported archived, with that moment
(read as wall-clock time in `zone`, as the export writes it). The service's rules apply: the
name need not be unique, and rows group by name and moment. So an exported client list,
archived clients included, comes back as it was.

Repeats: a row that says again what an earlier row of the file said (the same client row, the
same contact of the same client, the same journal entry) is shown as a repeat of that line and
imported once.

Cells written as text come back unchanged: "=…" stays text, notes keep their line breaks;
names, industry, address, website and contact fields are trimmed as the services trim them."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import date, tzinfo
from functools import partial

from workbook.domain.names import fold
from workbook.domain.validation import Problem
from workbook.services.clients.rules import (
    clean_client,
    clean_contact,
    client_problems,
    contact_problems,
)
from workbook.services.clients.shapes import ClientInput, ContactInput
from workbook.services.importing.lookup import ClientLookup, ExistingKey, Unresolved
from workbook.services.importing.service import ImportService
from workbook.services.importing.shapes import ClientRef, ExistingClient
from workbook.services.journal.rules import clean_entry, entry_problems
from workbook.services.journal.shapes import JournalInput
from workbook.spreadsheets.importing.fields import ImportKind, combined, field_keys
from workbook.spreadsheets.importing.problems import CellProblem
from workbook.spreadsheets.importing.reading import RawTable
from workbook.spreadsheets.importing.row_reader import RowReader
from workbook.spreadsheets.importing.shapes import (
    ClientLine,
    ContactLine,
    ImportPreview,
    JournalLine,
    Parsed,
    PreviewRow,
)

DEFAULT_INTERVAL = ClientInput("").feedback_interval_days
_CLIENT_TEXTS = ("industry", "address", "website", "email", "phone", "notes", "tags")
_CONTACT_FIELDS = ("name", "role", "department", "email", "phone")
# what makes a row's contact a person
_PERSON = ("name", "first_name", "last_name", "role", "department")
_UNRESOLVED = {
    Unresolved.unknown: CellProblem.unknown_client,
    Unresolved.ambiguous: CellProblem.ambiguous_client,
}

ParseRow = Callable[[RowReader], Parsed | None]


def build_preview(
    imports: ImportService,
    table: RawTable,
    mapping: Mapping[int, str],
    kind: ImportKind,
    *,
    pending: Sequence[ImportPreview] = (),
    zone: tzinfo | None = None,
    today: date | None = None,
    update: bool = False,
) -> ImportPreview:
    """`mapping`: column index → field key (see fields.auto_map); several columns of one field
    are joined (fields.combined). `pending`: clients previews that will be committed together
    with this one, so its rows may name their clients. `update`: a client row naming an
    active client updates it (only the fields it fills in) instead of being a duplicate."""
    columns = _columns(mapping, table.headers, kind)
    lookup = imports.lookup([new for preview in pending for new in preview.new_clients()])
    parse: ParseRow
    if kind is ImportKind.clients:
        existing = imports.existing(_names(table, columns)) if update else {}
        parse = _ClientRows(lookup.taken(), existing).parse
    elif kind is ImportKind.contacts:
        parse = partial(_contact_line, lookup=lookup)
    else:
        parse = partial(_journal_line, lookup=lookup, today=today or date.today())
    rows = tuple(_rows(table, columns, zone, parse))
    return ImportPreview(kind, table.headers, dict(mapping), rows)


def _columns(
    mapping: Mapping[int, str], headers: Sequence[str], kind: ImportKind
) -> dict[str, tuple[int, ...]]:
    if unknown := set(mapping.values()) - field_keys(kind):
        raise ValueError(f"mapping names unknown fields: {sorted(unknown)}")
    return combined(mapping, headers, kind)


def _names(table: RawTable, columns: dict[str, tuple[int, ...]]) -> set[str]:
    """The folded client names of a clients table, to look up the clients it may update."""
    return {fold(RowReader(row, columns).text("name")) for row in table.rows} - {""}


def _rows(
    table: RawTable, columns: dict[str, tuple[int, ...]], zone: tzinfo | None, parse: ParseRow
) -> Iterator[PreviewRow]:
    # a table built by hand may leave out the lines: number its rows as if under a header row
    lines = table.lines or range(2, len(table.rows) + 2)
    first_of: dict[Hashable, int] = {}
    for line, row in zip(lines, table.rows, strict=True):
        reader = RowReader(row, columns, zone)
        if reader.empty():  # a row with only unmapped cells is not a row to import
            continue
        parsed = parse(reader)
        repeats = None
        if parsed is not None and not reader.errors:
            repeats = first_of.setdefault(_sameness(parsed), line)
        yield PreviewRow(line, parsed, tuple(reader.errors), None if repeats == line else repeats)


def _sameness(parsed: Parsed) -> Hashable:
    """What makes two rows say the same thing: as the workbook tells a contact or an entry
    that is there already, so a repeat within a file and one across imports agree."""
    if isinstance(parsed, ContactLine):
        return "contact", parsed.client.name_key, fold(parsed.contact.name)
    if isinstance(parsed, JournalLine):
        entry = parsed.entry
        return "entry", parsed.client.name_key, entry.occurred_on, fold(entry.summary)
    return parsed


class _ClientRows:
    """Parses client rows in file order, remembering each client's values for later rows."""

    def __init__(self, taken: set[str], existing: Mapping[ExistingKey, ExistingClient]) -> None:
        self._taken = taken
        # the clients the rows of their name update: an active row the active client, an
        # archived row the archived one (so an exported list comes back without doubles)
        self._existing = existing
        self._seen: dict[tuple[str, object], dict[str, object]] = {}

    def parse(self, reader: RowReader) -> ClientLine:
        line = _client_line(reader)
        if not line.client.name:  # reported as required; no client to compare with
            return line
        key = fold(line.client.name)
        if (known := self._existing.get((key, line.archived_at is not None))) is not None:
            line = replace(line, existing=known)
        seen = self._seen.get(line.group)
        if seen is None:
            seen = self._seen[line.group] = {}
            if line.archived_at is None and key in self._taken and line.existing is None:
                reader.error("name", Problem.duplicate)
        for key in sorted(line.given):
            value = getattr(line.client, key)
            if seen.setdefault(key, value) != value:
                reader.error(key, CellProblem.conflict)
        return line


def _client_line(reader: RowReader) -> ClientLine:
    interval = reader.integer("feedback_interval_days")
    # A row that names no person: its contact e-mail and phone are the company's own.
    personless = not any(reader.given(f"contact_{key}") for key in _PERSON)
    company = {key: _company_value(reader, key, personless) for key in ("email", "phone")}
    client = clean_client(
        ClientInput(
            name=reader.text("name"),
            industry=reader.text("industry"),
            address=_address(reader),
            website=reader.text("website"),
            email=company["email"],
            phone=company["phone"],
            notes=reader.text("notes"),
            tags=reader.text("tags"),
            feedback_interval_days=DEFAULT_INTERVAL if interval is None else interval,
        )
    )
    reader.add(client_problems(client))
    contact = None
    if not personless:
        contact = _contact(reader, "contact_")
    # what the row says of the client: its filled text fields (an address from its parts, an
    # e-mail from a personless row's contact column) and an interval it names
    given = {key for key in _CLIENT_TEXTS if getattr(client, key)}
    given |= {"feedback_interval_days"} if interval is not None else set()
    return ClientLine(client, contact, reader.moment("archived_at"), frozenset(given))


def _joined(reader: RowReader, *keys: str) -> str:
    """A name split into first and last name: "Jana" "Roth" → "Jana Roth"."""
    return " ".join(text for key in keys if (text := reader.text(key).strip()))


def _address(reader: RowReader) -> str:
    """An address in one column, or split into parts, on one line as one would write it:
    "Kai 1, 20457 Hamburg, Deutschland"."""
    parts = (reader.text("address"), reader.text("street"), _joined(reader, "postcode", "city"),
             reader.text("country"))  # fmt: skip
    return ", ".join(part.strip() for part in parts if part.strip())


def _company_value(reader: RowReader, key: str, personless: bool) -> str:
    own = reader.text(key)
    return own if own or not personless else reader.text(f"contact_{key}")


def _contact(reader: RowReader, prefix: str = "", *, primary: bool = False) -> ContactInput:
    contact = clean_contact(
        ContactInput(
            name=reader.text(f"{prefix}name")
            or _joined(reader, f"{prefix}first_name", f"{prefix}last_name"),
            role=reader.text(f"{prefix}role"),
            department=reader.text(f"{prefix}department"),
            email=reader.text(f"{prefix}email"),
            phone=reader.text(f"{prefix}phone"),
            is_primary=primary,
            notes=reader.text(f"{prefix}notes"),
        )
    )
    reader.add(contact_problems(contact), prefix)
    return contact


def _client_ref(reader: RowReader, lookup: ClientLookup) -> ClientRef:
    name = " ".join(reader.text("client").split())
    if not name:
        reader.error("client", Problem.required)
        return ClientRef(name, "")
    found = lookup.resolve(name)
    if isinstance(found, ClientRef):
        return found
    reader.error("client", _UNRESOLVED[found])
    return ClientRef(name, fold(name))


def _contact_line(reader: RowReader, lookup: ClientLookup) -> ContactLine:
    client = _client_ref(reader, lookup)
    contact = _contact(reader, primary=reader.flag("primary"))
    if client.id is not None and (client.id, fold(contact.name)) in lookup.contacts:
        reader.error("name", CellProblem.contact_exists)
    return ContactLine(client, contact)


def _journal_line(reader: RowReader, lookup: ClientLookup, today: date) -> JournalLine | None:
    client = _client_ref(reader, lookup)
    occurred_on = reader.day("occurred_on")
    if not reader.given("occurred_on"):
        reader.error("occurred_on", Problem.required)
    satisfaction = reader.integer("satisfaction")
    kind = reader.journal_kind("kind")
    follow_up_on, done = reader.day("follow_up_on"), reader.flag("follow_up_done")
    entry = clean_entry(
        JournalInput(
            occurred_on or today, kind, reader.text("summary"), reader.text("details"),
            satisfaction, follow_up_on, done,
        )
    )  # fmt: skip
    reader.add(entry_problems(entry, today))  # the other cells' problems, even without a date
    if occurred_on is None:  # reported above; nothing to import
        return None
    if client.id is not None and (client.id, occurred_on, fold(entry.summary)) in lookup.entries:
        reader.error("summary", CellProblem.entry_exists)
    return JournalLine(client, entry)
