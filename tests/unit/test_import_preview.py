"""Header mapping, value parsing and the per-row errors of the import preview."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.factories import make_client
from workbook.domain.enums import JournalKind
from workbook.domain.validation import Problem
from workbook.services.clients.service import ClientService
from workbook.services.clients.shapes import ClientInput, ContactInput
from workbook.services.importing.service import ImportService
from workbook.spreadsheets.importing.fields import ImportKind, auto_map, fields
from workbook.spreadsheets.importing.preview import build_preview
from workbook.spreadsheets.importing.problems import CellProblem, RowError
from workbook.spreadsheets.importing.reading import RawTable
from workbook.spreadsheets.importing.shapes import (
    ClientLine,
    ContactLine,
    ImportPreview,
    JournalLine,
)
from workbook.spreadsheets.importing.values import parse_date, parse_flag, parse_number
from workbook.store.database import Database


def _table(headers: tuple[str, ...], *rows: tuple[object, ...]) -> RawTable:
    return RawTable(headers, rows, tuple(range(2, len(rows) + 2)))


def _preview(
    database: Database, kind: ImportKind, table: RawTable, **kwargs: object
) -> ImportPreview:
    imports = ImportService(database)
    return build_preview(imports, table, auto_map(table.headers, kind), kind, **kwargs)  # type: ignore[arg-type]


def _errors(preview: ImportPreview) -> dict[int, set[tuple[str, str]]]:
    return {row.line: {(e.field, str(e.problem)) for e in row.errors} for row in preview.rows}


# -- mapping ---------------------------------------------------------------------------------


def test_german_headers_are_mapped() -> None:
    headers = [
        "Kunde",
        "Name",
        "Rolle",
        "Abteilung",
        "E-Mail",
        "Telefon",
        "Hauptkontakt",
        "Notizen",
    ]
    assert auto_map(headers, ImportKind.contacts) == {
        0: "client", 1: "name", 2: "role", 3: "department", 4: "email", 5: "phone",
        6: "primary", 7: "notes",
    }  # fmt: skip
    journal = ["Kunde", "Datum", "Art", "Zusammenfassung", "Zufriedenheit (1–5)", "Nachfassen am"]
    assert auto_map(journal, ImportKind.journal) == {
        0: "client", 1: "occurred_on", 2: "kind", 3: "summary", 4: "satisfaction",
        5: "follow_up_on",
    }  # fmt: skip


def test_synonyms_case_and_spaces() -> None:
    headers = [" FIRMA ", "Branche", "e-mail", "Tel.", "Ansprechpartner", "Webseite", "Unknown"]
    assert auto_map(headers, ImportKind.clients) == {
        0: "name", 1: "industry", 2: "contact_email", 3: "contact_phone", 4: "contact_name",
        5: "website",
    }  # fmt: skip
    assert auto_map(["Feedback_interval_days", "Company"], ImportKind.clients) == {
        0: "feedback_interval_days", 1: "name",
    }  # fmt: skip


def test_name_means_the_contact_when_the_client_has_its_own_column() -> None:
    assert auto_map(["Name", "Firma"], ImportKind.clients) == {0: "contact_name", 1: "name"}
    # a company-only list: the e-mail is the company's own
    assert auto_map(["Name", "E-Mail"], ImportKind.clients) == {0: "name", 1: "email"}


def test_each_field_is_mapped_once() -> None:
    assert auto_map(["E-Mail", "Email"], ImportKind.contacts) == {0: "email"}


def test_every_kind_has_its_required_fields() -> None:
    required = {kind: [f.key for f in fields(kind) if f.required] for kind in ImportKind}
    assert required == {
        ImportKind.clients: ["name"],
        ImportKind.contacts: ["client", "name"],
        ImportKind.journal: ["client", "occurred_on"],
    }


def test_a_bad_mapping_is_a_programming_error(database: Database) -> None:
    table = _table(("A", "B"), ("x", "y"))
    with pytest.raises(ValueError, match="mapping"):
        build_preview(ImportService(database), table, {0: "nonsense"}, ImportKind.clients)


# -- values ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [("1.234,5", 1234.5), ("1,234.5", 1234.5), ("21", 21), ("1,5", 1.5), ("1.234", 1234),
     ("1 234", 1234), ("-3", -3), (7.0, 7)],
)  # fmt: skip
def test_numbers(text: object, number: float) -> None:
    assert parse_number(text) == number


@pytest.mark.parametrize("text", ["abc", "1.2.3", "1e5", "nan", "", True])
def test_not_numbers(text: object) -> None:
    with pytest.raises(ValueError):  # noqa: PT011
        parse_number(text)


@pytest.mark.parametrize(
    "value",
    ["2026-11-25", "25.11.2026", "25/11/2026", "25.11.26", date(2026, 11, 25),
     datetime(2026, 11, 25, 9, 30), "2026-11-25 09:30:00"],
)  # fmt: skip
def test_dates(value: object) -> None:
    assert parse_date(value) == date(2026, 11, 25)


def test_flags() -> None:
    assert [parse_flag(v) for v in ("✓", "ja", "Yes", 1, True, None, "", "nein", 0)] == [
        True, True, True, True, True, False, False, False, False,
    ]  # fmt: skip
    with pytest.raises(ValueError):  # noqa: PT011
        parse_flag("vielleicht")


# -- clients ---------------------------------------------------------------------------------


def test_clients_rows_and_their_errors(database: Database, clients: ClientService) -> None:
    make_client(clients, "Taken GmbH")
    table = _table(
        ("Name", "Website", "Feedback interval (days)", "Contact", "E-mail"),
        ("Good AG", "example.com", "1.0", None, None),  # 2
        ("", "example.com", None, None, None),  # 3
        ("Bad Web", "not a url", "abc", None, None),  # 4
        ("Range", None, 0, "Ann", "no-mail"),  # 5
        ("tåken  gmbh", None, None, None, None),  # 6: accents and case do not count
        ("Mail Only", None, None, None, "a@b.de"),  # 7
    )
    preview = _preview(database, ImportKind.clients, table)
    assert _errors(preview) == {
        2: set(),
        3: {("name", "required")},
        4: {("website", "url"), ("feedback_interval_days", "number")},
        5: {("feedback_interval_days", "out_of_range"), ("contact_email", "email")},
        6: {("name", "duplicate")},
        7: set(),  # no person named: the address is the company's
    }
    assert (preview.ok_count, preview.error_count, preview.has_errors) == (2, 4, True)
    mail_only = preview.rows[5].parsed
    assert isinstance(mail_only, ClientLine)
    assert (mail_only.client.email, mail_only.contact) == ("a@b.de", None)


def test_a_german_company_list_imports_as_clients_with_their_own_address(
    database: Database,
) -> None:
    table = _table(
        ("Name", "Branche", "E-Mail", "Telefon"),
        ("Nordlicht AG", "Logistik", "info@nordlicht.example", "+49 40 123456"),
        ("Südwind GmbH", "Handel", None, None),
    )
    preview = _preview(database, ImportKind.clients, table)
    assert _errors(preview) == {2: set(), 3: set()}
    first = preview.rows[0].parsed
    assert isinstance(first, ClientLine)
    assert (first.client.name, first.client.email, first.client.phone, first.contact) == (
        "Nordlicht AG",
        "info@nordlicht.example",
        "+49 40 123456",
        None,
    )


def test_rows_of_one_client_are_grouped(database: Database) -> None:
    table = _table(
        ("Firma", "Branche", "Name", "E-Mail", "Notizen"),
        ("Müller GmbH", None, "Ann Alt", "ann@m.de", "=SUM(A1)"),
        ("Other", "IT", None, None, None),
        ("müller  gmbh", "Handel", "Bob Bau", "bob@m.de", None),
        ("Müller GmbH", "Handwerk", None, None, None),
    )
    preview = _preview(database, ImportKind.clients, table)
    assert _errors(preview)[5] == {("industry", "conflict")}
    first, other = preview.new_clients()
    assert first.data == ClientInput("Müller GmbH", industry="Handel", notes="=SUM(A1)")
    assert first.contacts == (
        ContactInput("Ann Alt", email="ann@m.de", is_primary=True),
        ContactInput("Bob Bau", email="bob@m.de"),
    )
    assert (other.data.name, other.contacts) == ("Other", ())


def test_archived_rows_keep_their_moment_and_need_no_unique_name(
    database: Database, clients: ClientService
) -> None:
    make_client(clients, "Taken GmbH")
    table = _table(("Name", "Archived on"), ("Taken GmbH", datetime(2026, 5, 1, 10, 30)))
    preview = _preview(database, ImportKind.clients, table, zone=UTC)
    assert not preview.has_errors
    (draft,) = preview.new_clients()
    assert draft.archived_at == datetime(2026, 5, 1, 10, 30, tzinfo=UTC)


def test_cleaned_as_the_service_cleans(database: Database) -> None:
    table = _table(("Name", "Tags", "Notes"), ("  A   B  ", "x, X ,y,,", "  keep  \n"))
    (row,) = _preview(database, ImportKind.clients, table).rows
    assert isinstance(row.parsed, ClientLine)
    assert row.parsed.client == ClientInput("A B", tags="x, y", notes="  keep  \n")


# -- contacts and journal ----------------------------------------------------------------------


def test_contacts_find_their_client(database: Database, clients: ClientService) -> None:
    known = make_client(clients, "Known KG")
    for _ in range(2):  # two archived clients of one name: which one is meant?
        clients.archive(make_client(clients, "Twice"), version=1)
    table = _table(
        ("Client", "Name", "Phone", "Primary"),
        ("known kg", "Ann", "+49 30 1234", "✓"),
        ("Nobody", "Bob", None, None),
        ("Twice", "Cid", "12", "perhaps"),
        (None, None, None, "✓"),
    )
    preview = _preview(database, ImportKind.contacts, table)
    assert _errors(preview) == {
        2: set(),
        3: {("client", "unknown_client")},
        4: {("client", "ambiguous_client"), ("phone", "phone"), ("primary", "choice")},
        5: {("client", "required"), ("name", "required")},
    }
    parsed = preview.rows[0].parsed
    assert isinstance(parsed, ContactLine)
    assert (parsed.client.id, parsed.contact.is_primary) == (known, True)


def test_contacts_may_name_clients_of_a_pending_import(database: Database) -> None:
    new_clients = _preview(database, ImportKind.clients, _table(("Name",), ("Neu GmbH",)))
    contacts = _table(("Kunde", "Name"), ("Neu GmbH", "Eva"))
    alone = _preview(database, ImportKind.contacts, contacts)
    together = _preview(database, ImportKind.contacts, contacts, pending=[new_clients])
    assert _errors(alone) == {2: {("client", "unknown_client")}}
    assert not together.has_errors


def test_journal_rows(database: Database, clients: ClientService) -> None:
    make_client(clients, "Known KG")
    table = _table(
        ("Kunde", "Datum", "Art", "Zusammenfassung", "Zufriedenheit (1–5)", "Nachfassen am"),
        ("Known KG", "25.11.2026", "Telefonat", "=Summe klären", "4,0", date(2026, 12, 1)),
        ("Known KG", date(2026, 11, 2), "E-Mail", None, None, None),
        ("Known KG", "tomorrow", "Party", "x" * 501, 6, "soon"),
        ("Known KG", None, None, None, None, None),
    )
    preview = _preview(database, ImportKind.journal, table)
    first, second, third, fourth = preview.rows
    assert isinstance(first.parsed, JournalLine)
    entry = first.parsed.entry
    assert (entry.occurred_on, entry.kind, entry.summary, entry.satisfaction) == (
        date(2026, 11, 25), JournalKind.call, "=Summe klären", 4,
    )  # fmt: skip
    assert entry.follow_up_on == date(2026, 12, 1)
    assert isinstance(second.parsed, JournalLine)
    assert second.parsed.entry.kind is JournalKind.email
    assert set(third.errors) == {
        RowError("occurred_on", CellProblem.date),
        RowError("kind", CellProblem.choice),
        RowError("summary", Problem.too_long),
        RowError("satisfaction", Problem.out_of_range),
        RowError("follow_up_on", CellProblem.date),
    }
    assert third.parsed is None
    assert fourth.errors == (RowError("occurred_on", Problem.required),)


def test_a_mail_programs_export_with_split_names_and_addresses(database: Database) -> None:
    """Outlook's contact export: first and last name, the company in "Company" with several
    people each, the business address in parts."""
    table = _table(
        ("First Name", "Last Name", "Company", "E-mail Address", "Business Street",
         "Business Postal Code", "Business City", "Business Country/Region"),
        ("Jana", "Roth", "Nordlicht AG", "jana@nordlicht.example", "Kai 1", "20457", "Hamburg",
         "Deutschland"),
        ("Ole", "Berg", "Nordlicht AG", "ole@nordlicht.example", "Kai 1", "20457", "Hamburg",
         "Deutschland"),
    )  # fmt: skip
    assert auto_map(table.headers, ImportKind.clients) == {
        0: "contact_first_name", 1: "contact_last_name", 2: "name", 3: "contact_email",
        4: "street", 5: "postcode", 6: "city", 7: "country",
    }  # fmt: skip
    preview = _preview(database, ImportKind.clients, table)
    assert _errors(preview) == {2: set(), 3: set()}
    lines = [row.parsed for row in preview.rows]
    assert all(isinstance(line, ClientLine) for line in lines)
    people = [(line.contact.name, line.contact.email) for line in lines]  # type: ignore[union-attr]
    assert people == [
        ("Jana Roth", "jana@nordlicht.example"),
        ("Ole Berg", "ole@nordlicht.example"),
    ]
    assert lines[0].client.address == "Kai 1, 20457 Hamburg, Deutschland"  # type: ignore[union-attr]
    assert {line.client.name for line in lines} == {"Nordlicht AG"}  # type: ignore[union-attr]


def test_german_split_names_in_a_contacts_list() -> None:
    assert auto_map(["Kunde", "Vorname", "Nachname", "Telefon"], ImportKind.contacts) == {
        0: "client", 1: "first_name", 2: "last_name", 3: "phone",
    }  # fmt: skip
