"""Client lists from other programs: the mail programs' contact exports recognised in English
and German, columns combined into one field, and existing clients updated as one undo step."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.factories import make_client, make_contact
from workbook.demo.generator import fill_demo
from workbook.domain.changes import Entity
from workbook.domain.validation import Problem
from workbook.services.clients.service import ClientService
from workbook.services.clients.shapes import ClientDetail, ClientInput, ClientQuery
from workbook.services.errors import BatchRefused, Conflict
from workbook.services.importing.service import ImportService
from workbook.services.search.service import SearchService
from workbook.services.workspace import build_workspace
from workbook.spreadsheets.export.status_workbook import write_status_workbook
from workbook.spreadsheets.importing.fields import ImportKind, auto_map
from workbook.spreadsheets.importing.preview import build_preview
from workbook.spreadsheets.importing.problems import ImportRefused
from workbook.spreadsheets.importing.reading import RawTable, read_table
from workbook.spreadsheets.importing.shapes import ClientLine, ImportPreview, RowAction
from workbook.store.database import Database, open_database

# The header rows as the programs write them (the columns this import reads, in their order).
OUTLOOK = ("First Name", "Last Name", "Company", "Department", "Job Title", "Business Street",
           "Business City", "Business Postal Code", "Business Country/Region", "Business Phone",
           "E-mail Address")  # fmt: skip
OUTLOOK_DE = ("Vorname", "Nachname", "Firma", "Abteilung", "Position", "Straße geschäftlich",
              "Ort geschäftlich", "Postleitzahl geschäftlich", "Land/Region geschäftlich",
              "Telefon geschäftlich", "E-Mail-Adresse")  # fmt: skip
THUNDERBIRD = ("First Name", "Last Name", "Display Name", "Primary Email", "Work Phone",
               "Work Address", "Work City", "Work ZIP", "Work Country", "Job Title",
               "Department", "Organization")  # fmt: skip
THUNDERBIRD_DE = ("Vorname", "Nachname", "Anzeigename", "Primäre E-Mail-Adresse",
                  "Tel. dienstlich", "Dienstlich: Adresse", "Dienstlich: Ort", "Dienstlich: PLZ",
                  "Dienstlich: Land", "Arbeitstitel", "Abteilung", "Organisation")  # fmt: skip
GOOGLE = ("Name", "Given Name", "Family Name", "E-mail 1 - Value", "Phone 1 - Value",
          "Address 1 - Street", "Address 1 - City", "Address 1 - Postal Code",
          "Address 1 - Country", "Organization 1 - Name", "Organization 1 - Title")  # fmt: skip
GOOGLE_NOW = ("First Name", "Last Name", "Organization Name", "Organization Title",
              "E-mail 1 - Value", "Phone 1 - Value", "Address 1 - Street", "Address 1 - City",
              "Address 1 - Postal Code", "Address 1 - Country")  # fmt: skip
TODAY = date(2026, 11, 25)
PERSON = {"contact_first_name", "contact_last_name"}
ADDRESS = {"street", "postcode", "city", "country"}
PERSONAL = {"contact_email", "contact_phone"}


def _table(headers: tuple[str, ...], *rows: tuple[object, ...]) -> RawTable:
    return RawTable(headers, rows, tuple(range(2, len(rows) + 2)))


def _preview(database: Database, table: RawTable, mapping: dict[int, str] | None = None,
             *, update: bool = False) -> ImportPreview:  # fmt: skip
    kind = ImportKind.clients
    mapping = auto_map(table.headers, kind) if mapping is None else mapping
    return build_preview(ImportService(database), table, mapping, kind, update=update)


def _client(clients: ClientService, name: str) -> ClientDetail:
    (row,) = clients.list(ClientQuery(text=name))
    return clients.get(row.id)


# -- header recognition ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (OUTLOOK, {"name", "contact_department", "contact_role"} | PERSON | ADDRESS | PERSONAL),
        (OUTLOOK_DE, {"name", "contact_department", "contact_role"} | PERSON | ADDRESS | PERSONAL),
        (THUNDERBIRD, {"name", "contact_name", "contact_role", "contact_department"} | PERSON
         | ADDRESS | PERSONAL),
        (THUNDERBIRD_DE, {"name", "contact_name", "contact_role", "contact_department"} | PERSON
         | ADDRESS | PERSONAL),
        (GOOGLE, {"name", "contact_name", "contact_role"} | PERSON | ADDRESS | PERSONAL),
        (GOOGLE_NOW, {"name", "contact_role"} | PERSON | ADDRESS | PERSONAL),
    ],
    ids=["outlook", "outlook-de", "thunderbird", "thunderbird-de", "google", "google-now"],
)  # fmt: skip
def test_mail_programs_contact_exports_are_recognised(
    headers: tuple[str, ...], expected: set[str]
) -> None:
    mapping = auto_map(headers, ImportKind.clients)
    assert set(mapping.values()) == expected
    assert len(mapping) == len(headers)  # every column of the export that we read is used
    company = {"Company", "Firma", "Organization", "Organisation", "Organization 1 - Name",
               "Organization Name"}  # fmt: skip
    assert {headers[i] for i, key in mapping.items() if key == "name"} <= company


@pytest.mark.parametrize("headers", [OUTLOOK, OUTLOOK_DE, THUNDERBIRD_DE, GOOGLE_NOW])
def test_an_export_groups_its_people_under_their_company(
    database: Database, headers: tuple[str, ...]
) -> None:
    people = {"First Name": ("Jana", "Ole"), "Last Name": ("Roth", "Berg")}
    by_role = {auto_map(headers, ImportKind.clients)[i]: i for i in range(len(headers))}
    rows = []
    for person in range(2):
        row: list[object] = [None] * len(headers)
        row[by_role["contact_first_name"]] = people["First Name"][person]
        row[by_role["contact_last_name"]] = people["Last Name"][person]
        row[by_role["name"]] = "Nordlicht AG"
        row[by_role["street"]], row[by_role["postcode"]] = "Kai 1", "20457"
        row[by_role["city"]], row[by_role["country"]] = "Hamburg", "Deutschland"
        row[by_role["contact_email"]] = f"{people['First Name'][person].lower()}@nordlicht.de"
        rows.append(tuple(row))
    preview = _preview(database, _table(headers, *rows))
    assert preview.error_count == 0
    (client,) = preview.new_clients()
    assert client.data.name == "Nordlicht AG"
    assert client.data.address == "Kai 1, 20457 Hamburg, Deutschland"
    assert client.data.email == ""  # the people's, not the company's
    assert [(c.name, c.email, c.is_primary) for c in client.contacts] == [
        ("Jana Roth", "jana@nordlicht.de", True),
        ("Ole Berg", "ole@nordlicht.de", False),
    ]


def test_thunderbirds_display_name_wins_over_the_split_name(database: Database) -> None:
    table = _table(("First Name", "Last Name", "Display Name", "Organization"),
                   ("Jana", "Roth", "Dr. Jana Roth", "Nordlicht AG"))  # fmt: skip
    (client,) = _preview(database, table).new_clients()
    assert [contact.name for contact in client.contacts] == ["Dr. Jana Roth"]


# -- combining columns -------------------------------------------------------------------------


def test_columns_mapped_to_one_field_are_joined_in_a_sensible_order(database: Database) -> None:
    """Address on four columns in the file's odd order, and on two unknown ones; the contact's
    name on first and last name; notes on two columns, line by line."""
    table = _table(
        ("Firma", "Ort", "Land", "Straße", "PLZ", "Vorname", "Nachname", "Info 1", "Info 2"),
        ("Nordlicht AG", "Hamburg", "Deutschland", "Kai 1", 20457, "Jana", "Roth", "a", "b"),
    )
    mapping = {0: "name", 1: "address", 2: "address", 3: "address", 4: "address",
               5: "contact_name", 6: "contact_name", 7: "notes", 8: "notes"}  # fmt: skip
    preview = _preview(database, table, mapping)
    assert preview.error_count == 0
    (client,) = preview.new_clients()
    assert client.data.address == "Kai 1, 20457 Hamburg, Deutschland"
    assert client.data.notes == "a\nb"
    assert [contact.name for contact in client.contacts] == ["Jana Roth"]
    lines = _table(("Name", "Anschrift 1", "Anschrift 2"), ("Acme", "Hof 3", "Ulm"))
    (acme,) = _preview(database, lines, {0: "name", 1: "address", 2: "address"}).new_clients()
    assert acme.data.address == "Hof 3, Ulm"


def test_empty_parts_leave_no_stray_commas(database: Database) -> None:
    table = _table(("Name", "Street", "Postcode", "City", "Country"),
                   ("Acme", None, None, "Ulm", "Deutschland"))  # fmt: skip
    (acme,) = _preview(database, table).new_clients()
    assert acme.data.address == "Ulm, Deutschland"


# -- updating existing clients -----------------------------------------------------------------

UPDATE = (
    ("Firma", "Branche", "Website", "Vorname", "Nachname", "E-Mail"),
    ("MÜLLER GMBH", "Handel", None, "Ann", "Alt", "ann@mueller.de"),  # update (industry)
    ("Muller GmbH", None, None, "Bob", "Bau", "bob@m.de"),  # update: a new contact
    ("Größl KG", "Backwaren", None, None, None, None),  # unchanged
    ("Neu AG", "Software", "https://neu.example", None, None, None),  # new
)


@pytest.fixture
def existing(clients: ClientService) -> dict[str, int]:
    mueller = make_client(clients, "Müller GmbH", industry="Großhandel", website="https://m.de")
    make_contact(clients, mueller, "Ann Alt", email="ann@m.de", role="Chefin", is_primary=True)
    groessl = make_client(clients, "Größl KG", industry="Backwaren", notes="Stammkunde")
    return {"Müller GmbH": mueller, "Größl KG": groessl}


def _update_table(*rows: tuple[object, ...]) -> RawTable:
    return _table(UPDATE[0], *(rows or UPDATE[1:]))


def test_without_update_existing_clients_are_duplicates(
    database: Database, existing: dict[str, int]
) -> None:
    preview = _preview(database, _update_table())
    assert [row.errors[0].problem if row.errors else None for row in preview.rows] == [
        Problem.duplicate, None, Problem.duplicate, None,
    ]  # fmt: skip


def test_update_matches_folded_names_and_says_what_each_row_does(
    database: Database, existing: dict[str, int]
) -> None:
    preview = _preview(database, _update_table(), update=True)
    assert preview.error_count == 0
    assert [row.action for row in preview.rows] == [
        RowAction.update, RowAction.update, RowAction.unchanged, RowAction.new,
    ]  # fmt: skip
    assert [new.data.name for new in preview.new_clients()] == ["Neu AG"]
    (update,) = preview.updates()  # Größl KG: nothing to do
    assert update.client_id == existing["Müller GmbH"]
    assert dict(update.values) == {"industry": "Handel"}
    assert [(c.name, c.is_primary) for c in update.new_contacts] == [("Bob Bau", False)]
    ((_, _, changed),) = update.contact_changes
    assert dict(changed) == {"email": "ann@mueller.de"}  # role "Chefin" is kept: not filled
    first = preview.rows[0].parsed
    assert isinstance(first, ClientLine)
    assert first.existing is not None


def test_an_update_writes_only_filled_fields_and_keeps_the_search_current(
    database: Database, clients: ClientService, existing: dict[str, int]
) -> None:
    imports = ImportService(database)
    result = imports.commit(_preview(database, _update_table(), update=True).batch())
    assert (result.counts.clients, result.counts.contacts, result.counts.updated) == (1, 1, 1)
    mueller = _client(clients, "Müller GmbH")
    assert mueller.name == "Müller GmbH"  # spelled as the workbook spells it
    assert (mueller.industry, mueller.website) == ("Handel", "https://m.de")
    assert [(c.name, c.email, c.role, c.is_primary) for c in mueller.contacts] == [
        ("Ann Alt", "ann@mueller.de", "Chefin", True),
        ("Bob Bau", "bob@m.de", "", False),
    ]
    assert _client(clients, "Größl KG").notes == "Stammkunde"
    assert result.written.changes.touches(Entity.client, Entity.contact)
    found = SearchService(database).search("Handel")
    assert any(hit.row_id == existing["Müller GmbH"] for group in found for hit in group.results)


def test_undo_restores_the_previous_values_and_redo_the_import(
    database: Database, clients: ClientService, existing: dict[str, int]
) -> None:
    imports = ImportService(database)
    before = _client(clients, "Müller GmbH")
    result = imports.commit(_preview(database, _update_table(), update=True).batch())
    after = _client(clients, "Müller GmbH")
    redo = result.written.undo()
    restored = _client(clients, "Müller GmbH")
    assert restored.as_input() == before.as_input()
    assert [(c.name, c.email) for c in restored.contacts] == [("Ann Alt", "ann@m.de")]
    assert clients.list(ClientQuery(text="Neu AG")) == []
    assert not any(SearchService(database).search("Handel"))
    again = redo.undo()
    assert _client(clients, "Müller GmbH").as_input() == after.as_input()
    assert [c.email for c in _client(clients, "Müller GmbH").contacts] == [
        "ann@mueller.de", "bob@m.de",
    ]  # fmt: skip
    again.undo()  # and back once more
    assert _client(clients, "Müller GmbH").as_input() == before.as_input()


def test_undo_is_refused_once_an_updated_client_was_edited(
    database: Database, clients: ClientService, existing: dict[str, int]
) -> None:
    imports = ImportService(database)
    result = imports.commit(_preview(database, _update_table(), update=True).batch())
    mueller = _client(clients, "Müller GmbH")
    edited = ClientInput(**{**vars(mueller.as_input()), "industry": "Einzelhandel"})
    clients.update(mueller.id, edited, version=mueller.version)
    with pytest.raises(Conflict):
        result.written.undo()
    now = _client(clients, "Müller GmbH")  # nothing taken back, not even the new rows
    assert now.industry == "Einzelhandel"
    assert [c.name for c in now.contacts] == ["Ann Alt", "Bob Bau"]
    assert len(clients.list(ClientQuery(text="Neu AG"))) == 1


def test_an_update_is_all_or_nothing(
    database: Database, clients: ClientService, existing: dict[str, int]
) -> None:
    bad = ("Neu AG", "Software", "keine Adresse", None, None, None)
    preview = _preview(database, _update_table(*UPDATE[1:4], bad), update=True)
    assert preview.error_count == 1
    with pytest.raises(ImportRefused):
        ImportService(database).commit(preview.batch())
    assert _client(clients, "Müller GmbH").industry == "Großhandel"
    assert [c.name for c in _client(clients, "Müller GmbH").contacts] == ["Ann Alt"]


def test_a_client_edited_since_the_preview_refuses_the_update(
    database: Database, clients: ClientService, existing: dict[str, int]
) -> None:
    preview = _preview(database, _update_table(), update=True)
    mueller = _client(clients, "Müller GmbH")
    edited = ClientInput(**{**vars(mueller.as_input()), "notes": "Anruf"})
    clients.update(mueller.id, edited, version=mueller.version)
    with pytest.raises(BatchRefused):
        ImportService(database).commit(preview.batch())
    assert clients.list(ClientQuery(text="Neu AG")) == []
    assert _client(clients, "Müller GmbH").industry == "Großhandel"


def test_an_exported_list_imported_again_with_update_changes_nothing(tmp_path: Path) -> None:
    """Archived clients included: an archived row is the archived client of its name."""
    database = open_database(tmp_path / "workbook.sqlite3")
    fill_demo(database, clients=12, today=TODAY)
    workspace = build_workspace(database)
    write_status_workbook(workspace.reports, tmp_path / "Status.xlsx", today=TODAY)
    table = read_table(tmp_path / "Status.xlsx", "Clients")
    query = ClientQuery(include_archived=True)
    before = workspace.clients.count(query)
    assert any(row.archived for row in workspace.clients.list(query))
    preview = build_preview(workspace.imports, table, auto_map(table.headers, ImportKind.clients),
                            ImportKind.clients, update=True)  # fmt: skip
    assert preview.error_count == 0
    assert {row.action for row in preview.rows} == {RowAction.unchanged}
    assert preview.batch().clients == ()
    assert workspace.clients.count(query) == before
    database.close()
