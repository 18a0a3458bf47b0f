"""Every row of a table parsed into service inputs and checked by the services' own rules,
before anything is written.

Clients: rows with the same name (compared as the services compare names: case, accents and
spaces ignored, domain.names.fold) form one client; each row may add one contact, and the
client's first contact becomes its primary one. A later row may fill in client fields the
earlier ones left empty; a value that differs from an earlier row's is a conflict. A name
already used by an active client in the database is a duplicate.

Archived clients: a row with an "Archived on" date is imported archived, with that moment
(read as wall-clock time in `zone`, as the export writes it). The service's rules apply: the
name need not be unique, and rows group by name and moment. So an exported client list,
archived clients included, comes back as it was.

Cells written as text come back unchanged: "=…" stays text, notes keep their line breaks;
names, industry, address, website and contact fields are trimmed as the services trim them."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import tzinfo
from functools import partial

from workbook.domain.names import fold
from workbook.domain.validation import (
    FEEDBACK_INTERVAL_RANGE,
    Problem,
    check_email,
    check_phone,
    check_range,
    check_required,
    check_url,
    normalize_tags,
)
from workbook.services.clients.shapes import ClientInput, ContactInput
from workbook.spreadsheets.importing.fields import ImportKind, field_keys
from workbook.spreadsheets.importing.lookup import ClientLookup
from workbook.spreadsheets.importing.problems import CellProblem
from workbook.spreadsheets.importing.reading import RawTable
from workbook.spreadsheets.importing.row_reader import RowReader
from workbook.spreadsheets.importing.shapes import (
    ClientLine,
    ClientRef,
    ContactLine,
    ImportPreview,
    JournalInput,
    JournalLine,
    Parsed,
    PreviewRow,
)
from workbook.store.database import Database

SATISFACTION_RANGE = (1, 5)
SUMMARY_MAX = 500  # the journal table's column size
DEFAULT_INTERVAL = ClientInput("").feedback_interval_days
_CLIENT_FIELDS = ("industry", "address", "website", "notes", "tags", "feedback_interval_days")
_CONTACT_FIELDS = ("name", "role", "department", "email", "phone")

ParseRow = Callable[[RowReader], Parsed | None]


def build_preview(
    database: Database,
    table: RawTable,
    mapping: Mapping[int, str],
    kind: ImportKind,
    *,
    pending: Sequence[ImportPreview] = (),
    zone: tzinfo | None = None,
) -> ImportPreview:
    """`mapping`: column index → field key (see fields.auto_map). `pending`: clients previews
    that will be committed together with this one, so its rows may name their clients."""
    columns = _columns(mapping, kind)
    lookup = ClientLookup.load(database, pending)
    parse: ParseRow
    if kind is ImportKind.clients:
        parse = _ClientRows(lookup.taken()).parse
    elif kind is ImportKind.contacts:
        parse = partial(_contact_line, lookup=lookup)
    else:
        parse = partial(_journal_line, lookup=lookup)
    rows = tuple(_rows(table, columns, zone, parse))
    return ImportPreview(kind, table.headers, dict(mapping), rows)


def _columns(mapping: Mapping[int, str], kind: ImportKind) -> dict[str, int]:
    unknown = set(mapping.values()) - field_keys(kind)
    if unknown or len(set(mapping.values())) < len(mapping):
        raise ValueError(f"mapping names unknown or repeated fields: {sorted(mapping.values())}")
    return {key: index for index, key in mapping.items()}


def _rows(
    table: RawTable, columns: dict[str, int], zone: tzinfo | None, parse: ParseRow
) -> Iterator[PreviewRow]:
    # a table built by hand may leave out the lines: number its rows as if under a header row
    lines = table.lines or range(2, len(table.rows) + 2)
    for line, row in zip(lines, table.rows, strict=True):
        reader = RowReader(row, columns, zone)
        if not reader.empty():  # a row with only unmapped cells is not a row to import
            parsed = parse(reader)
            yield PreviewRow(line, parsed, tuple(reader.errors))


class _ClientRows:
    """Parses client rows in file order, remembering each client's values for later rows."""

    def __init__(self, taken: set[str]) -> None:
        self._taken = taken
        self._seen: dict[tuple[str, object], dict[str, object]] = {}

    def parse(self, reader: RowReader) -> ClientLine:
        line = _client_line(reader)
        if not line.client.name:  # reported as required; no client to compare with
            return line
        seen = self._seen.get(line.group)
        if seen is None:
            seen = self._seen[line.group] = {}
            if line.archived_at is None and fold(line.client.name) in self._taken:
                reader.error("name", Problem.duplicate)
        for key in sorted(line.given):
            value = getattr(line.client, key)
            if seen.setdefault(key, value) != value:
                reader.error(key, CellProblem.conflict)
        return line


def _client_line(reader: RowReader) -> ClientLine:
    interval = reader.integer("feedback_interval_days")
    client = ClientInput(  # cleaned as ClientService cleans its input
        name=" ".join(reader.text("name").split()),
        industry=reader.text("industry").strip(),
        address=reader.text("address").strip(),
        website=reader.text("website").strip(),
        notes=reader.text("notes"),
        tags=normalize_tags(reader.text("tags")),
        feedback_interval_days=DEFAULT_INTERVAL if interval is None else interval,
    )
    reader.check(check_required, "name", client.name)
    reader.check(check_url, "website", client.website)
    if interval is not None:
        reader.check(check_range, "feedback_interval_days", interval, FEEDBACK_INTERVAL_RANGE)
    contact = None
    if any(reader.given(f"contact_{key}") for key in _CONTACT_FIELDS):
        contact = _contact(reader, "contact_")
    given = frozenset(key for key in _CLIENT_FIELDS if reader.given(key))
    return ClientLine(client, contact, reader.moment("archived_at"), given)


def _contact(reader: RowReader, prefix: str = "", *, primary: bool = False) -> ContactInput:
    contact = ContactInput(  # cleaned as ClientService cleans its input
        name=" ".join(reader.text(f"{prefix}name").split()),
        role=reader.text(f"{prefix}role").strip(),
        department=reader.text(f"{prefix}department").strip(),
        email=reader.text(f"{prefix}email").strip(),
        phone=reader.text(f"{prefix}phone").strip(),
        is_primary=primary,
        notes=reader.text(f"{prefix}notes"),
    )
    reader.check(check_required, f"{prefix}name", contact.name)
    reader.check(check_email, f"{prefix}email", contact.email)
    reader.check(check_phone, f"{prefix}phone", contact.phone)
    return contact


def _client_ref(reader: RowReader, lookup: ClientLookup) -> ClientRef:
    name = " ".join(reader.text("client").split())
    found = lookup.resolve(name) if name else Problem.required
    if isinstance(found, ClientRef):
        return found
    reader.error("client", found)
    return ClientRef(name, fold(name))


def _contact_line(reader: RowReader, lookup: ClientLookup) -> ContactLine:
    client = _client_ref(reader, lookup)
    contact = _contact(reader, primary=reader.flag("primary"))
    if client.id is not None and (client.id, fold(contact.name)) in lookup.contacts:
        reader.error("name", CellProblem.contact_exists)
    return ContactLine(client, contact)


def _journal_line(reader: RowReader, lookup: ClientLookup) -> JournalLine | None:
    client = _client_ref(reader, lookup)
    occurred_on = reader.day("occurred_on")
    if not reader.given("occurred_on"):
        reader.error("occurred_on", Problem.required)
    summary = reader.text("summary").strip()
    if len(summary) > SUMMARY_MAX:
        reader.error("summary", Problem.too_long)
    satisfaction = reader.integer("satisfaction")
    if satisfaction is not None:
        reader.check(check_range, "satisfaction", satisfaction, SATISFACTION_RANGE)
    kind = reader.journal_kind("kind")
    follow_up_on, done = reader.day("follow_up_on"), reader.flag("follow_up_done")
    if occurred_on is None:  # reported above; nothing to build the entry from
        return None
    entry = JournalInput(
        occurred_on, kind, summary, reader.text("details"), satisfaction, follow_up_on, done
    )
    if client.id is not None and (client.id, occurred_on, fold(summary)) in lookup.entries:
        reader.error("summary", CellProblem.entry_exists)
    return JournalLine(client, entry)
