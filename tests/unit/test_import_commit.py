"""Committing an import: all or nothing, one undo step, and the export → import round trip.

Round trip decision: archived clients come back archived, with the moment of the exported
"Archived on" column (the export writes local wall-clock time; the import reads it back in
the same zone), so the whole client list, archived clients included, survives."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlmodel import SQLModel

from tests.engagement_factories import make_engagement
from tests.factories import make_client, make_contact
from workbook.demo.generator import fill_demo
from workbook.domain.changes import Entity
from workbook.presentation.ts_reader import translator_from_ts
from workbook.services.clients.service import ClientService
from workbook.services.clients.shapes import ClientDetail, ClientQuery
from workbook.services.engagements.service import EngagementService
from workbook.services.errors import BatchRefused, Conflict
from workbook.services.importing import service as importing_service
from workbook.services.importing.service import Imported, ImportService
from workbook.services.sessions import reading
from workbook.services.workspace import build_workspace
from workbook.spreadsheets.export.status_workbook import write_status_workbook
from workbook.spreadsheets.importing.fields import ImportKind, auto_map
from workbook.spreadsheets.importing.preview import build_preview
from workbook.spreadsheets.importing.problems import CellProblem, ImportProblem, ImportRefused
from workbook.spreadsheets.importing.reading import RawTable, read_sheets, read_table
from workbook.spreadsheets.importing.shapes import ImportPreview, batch_of
from workbook.store.database import Database, open_database

TODAY = date(2026, 11, 25)
LONG_NOTE = ("Lange Notiz mit Umlauten: äöü ß.\n" * 900)[:30_000]
TRICKY_NOTES = {"Formel AG": "=SUM(A1)", "Plus KG": "+49 zurückrufen", "Lang GmbH": LONG_NOTE}
FLAT = (
    ("Firma", "Branche", "Ansprechpartner", "E-Mail"),
    ("Müller GmbH", "Handel", "Ann Alt", "ann@m.de"),
    ("Müller GmbH", None, "Bob Bau", "bob@m.de"),
    ("Größl KG", "Backwaren", None, None),
)


def _table(rows: tuple[tuple[object, ...], ...]) -> RawTable:
    return RawTable(rows[0], rows[1:], tuple(range(2, len(rows) + 1)))  # type: ignore[arg-type]


def _preview(
    imports: ImportService, kind: ImportKind, table: RawTable, **kwargs: Any
) -> ImportPreview:
    return build_preview(imports, table, auto_map(table.headers, kind), kind, **kwargs)


def _count(database: Database, table: str) -> int:
    with reading(database) as session:
        statement = select(func.count()).select_from(SQLModel.metadata.tables[table])
        return int(session.execute(statement).scalar_one())


def _counts(database: Database) -> tuple[int, int, int]:
    return tuple(_count(database, t) for t in ("client", "contact", "journal_entry"))  # type: ignore[return-value]


@pytest.fixture
def imports(database: Database) -> ImportService:
    return ImportService(database)


def _client_named(clients: ClientService, name: str) -> ClientDetail:
    (row,) = clients.list(ClientQuery(text=name, include_archived=True))
    return clients.get(row.id)


def test_commit_writes_clients_with_contacts(
    imports: ImportService, clients: ClientService
) -> None:
    result = imports.commit(_preview(imports, ImportKind.clients, _table(FLAT)).batch())
    assert (result.counts.clients, result.counts.contacts) == (2, 2)
    assert result.written.changes.touches(Entity.client, Entity.contact)
    muller = _client_named(clients, "Müller GmbH")
    assert (muller.name, muller.industry) == ("Müller GmbH", "Handel")
    assert [(c.name, c.is_primary) for c in muller.contacts] == [
        ("Ann Alt", True),
        ("Bob Bau", False),
    ]


def test_rows_with_errors_are_refused(imports: ImportService, database: Database) -> None:
    table = _table((("Name", "Website"), ("Good", None), ("Bad", "no url")))
    with pytest.raises(ImportRefused) as refused:
        imports.commit(_preview(imports, ImportKind.clients, table).batch())
    assert refused.value.reason is ImportProblem.has_errors
    assert _counts(database) == (0, 0, 0)


def test_a_failure_midway_leaves_the_database_unchanged(
    imports: ImportService, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(session: Any, items: Any) -> list[int]:  # the clients are in by now
        raise RuntimeError("disk on fire")

    batch = _preview(imports, ImportKind.clients, _table(FLAT)).batch()
    monkeypatch.setattr(importing_service, "insert_contacts", failing)
    with pytest.raises(RuntimeError, match="disk on fire"):
        imports.commit(batch)
    assert _counts(database) == (0, 0, 0)


def test_undo_and_redo_as_one_step(
    imports: ImportService, database: Database, clients: ClientService
) -> None:
    before = make_client(clients, "Already Here")
    result = imports.commit(_preview(imports, ImportKind.clients, _table(FLAT)).batch())
    imported = {name: _client_named(clients, name) for name in ("Müller GmbH", "Größl KG")}
    redo = result.written.undo()
    assert _counts(database) == (1, 0, 0)
    assert clients.get(before).name == "Already Here"
    redo.undo()
    for detail in imported.values():  # the same rows under the same ids
        again = clients.get(detail.id)
        assert again.as_input() == detail.as_input()
        assert [c.id for c in again.contacts] == [c.id for c in detail.contacts]


def test_undo_refuses_when_an_imported_client_gained_an_engagement_since(
    imports: ImportService, database: Database, clients: ClientService
) -> None:
    result = imports.commit(_preview(imports, ImportKind.clients, _table(FLAT)).batch())
    muller = _client_named(clients, "Müller GmbH")
    make_engagement(EngagementService(database), muller.id)  # a colleague's, meanwhile
    with pytest.raises(Conflict):
        result.written.undo()
    assert _counts(database) == (2, 2, 0)  # nothing of the import was taken away


def test_primary_contact_moves_and_undo_gives_it_back(
    imports: ImportService, clients: ClientService
) -> None:
    client_id = make_client(clients, "Known KG")
    old = make_contact(clients, client_id, "Old Primary", is_primary=True)
    table = _table((("Kunde", "Name", "Hauptkontakt"), ("Known KG", "New", "ja")))
    result = imports.commit(_preview(imports, ImportKind.contacts, table).batch())
    new = next(c for c in clients.get(client_id).contacts if c.name == "New")
    assert not clients.contact(old).is_primary
    assert new.is_primary
    redo = result.written.undo()
    assert clients.contact(old).is_primary
    redo.undo()
    assert not clients.contact(old).is_primary


def test_previews_committed_together(imports: ImportService, database: Database) -> None:
    new_clients = _preview(imports, ImportKind.clients, _table((("Name",), ("Neu GmbH",))))
    contacts = _table((("Kunde", "Name"), ("Neu GmbH", "Eva")))
    journal = _table((("Kunde", "Datum", "Art"), ("Neu GmbH", "01.02.2026", "Besprechung")))
    pending = {"pending": [new_clients]}
    contacts_preview = _preview(imports, ImportKind.contacts, contacts, **pending)
    with pytest.raises(BatchRefused):  # without the clients they refer to
        imports.commit(contacts_preview.batch())
    batch = batch_of(
        new_clients, contacts_preview, _preview(imports, ImportKind.journal, journal, **pending)
    )
    result = imports.commit(batch)
    assert _counts(database) == (1, 1, 1)
    assert result.written.changes.touches(Entity.journal)
    result.written.undo()
    assert _counts(database) == (0, 0, 0)


def test_a_name_taken_since_the_preview(
    imports: ImportService, database: Database, clients: ClientService
) -> None:
    batch = _preview(imports, ImportKind.clients, _table(FLAT)).batch()
    make_client(clients, "GROSSL kg")  # the same name to the services
    with pytest.raises(BatchRefused):
        imports.commit(batch)
    assert _counts(database) == (1, 0, 0)


def test_rows_repeated_within_a_file_are_shown_and_imported_once(
    imports: ImportService, database: Database, clients: ClientService
) -> None:
    client_id = make_client(clients, "Known KG")
    row = ("Known KG", "Jürgen Weiß", "jw@known.de")
    table = _table((("Kunde", "Name", "E-Mail"), row, row, ("known kg", "JÜRGEN  WEISS", None)))
    preview = _preview(imports, ImportKind.contacts, table)
    assert [(r.line, r.repeats, r.ok) for r in preview.rows] == [
        (2, None, True),
        (3, 2, True),
        (4, 2, True),
    ]
    assert preview.repeat_count == 2
    imports.commit(preview.batch())
    assert [c.name for c in clients.get(client_id).contacts] == ["Jürgen Weiß"]


# -- round trip ------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "de"])
def test_exported_client_list_round_trips(tmp_path: Path, language: str) -> None:
    source = open_database(tmp_path / "source.sqlite3")
    target = open_database(tmp_path / "target.sqlite3")
    try:
        fill_demo(source, clients=12, today=TODAY)
        _add_tricky_clients(ClientService(source))
        path = tmp_path / f"status-{language}.xlsx"
        write_status_workbook(
            build_workspace(source).reports, path,
            translate=translator_from_ts(language=language), language=language,
            today=TODAY, zone=UTC,
        )  # fmt: skip
        _import_sheet(target, path, 1, ImportKind.clients)
        result = _import_sheet(target, path, 2, ImportKind.contacts)
        assert result.counts.contacts
        copied, original = _everything(target), _everything(source)
        assert copied.keys() == original.keys()
        assert sum(moment is not None for _, moment, _ in original.values()) == 2  # archived
        for name, (data, archived_at, contacts) in original.items():
            assert copied[name][0] == data
            assert copied[name][2] == contacts
            assert _close(copied[name][1], archived_at), name
    finally:
        source.close()
        target.close()


def _add_tricky_clients(clients: ClientService) -> None:
    for name, notes in TRICKY_NOTES.items():
        client_id = make_client(clients, name, notes=notes, tags="a, b")
        make_contact(clients, client_id, "=HYPERLINK(x)", notes=notes, phone="+49 30 1234")
    clients.archive(make_client(clients, "Archiviert AG", feedback_interval_days=60), version=1)


def _import_sheet(database: Database, path: Path, index: int, kind: ImportKind) -> Imported:
    imports = ImportService(database)
    table = read_table(path, read_sheets(path)[index])
    preview = build_preview(imports, table, auto_map(table.headers, kind), kind, zone=UTC)
    assert [row.errors for row in preview.rows if row.errors] == []
    return imports.commit(preview.batch())


def _everything(database: Database) -> dict[str, tuple[Any, datetime | None, list[Any]]]:
    """Every client's fields, archive moment and contacts, by name."""
    clients = ClientService(database)
    details = [clients.get(row.id) for row in clients.list(ClientQuery(include_archived=True))]
    return {
        detail.name: (
            detail.as_input(),
            detail.archived_at,
            sorted((contact.as_input() for contact in detail.contacts), key=repr),
        )
        for detail in details
    }


def _close(copied: datetime | None, original: datetime | None) -> bool:
    """Equal to the millisecond Excel keeps (a stored moment is naive UTC)."""
    if copied is None or original is None:
        return copied is original
    return abs(copied - original) < timedelta(milliseconds=1)


def test_importing_the_same_contacts_twice_is_refused_row_by_row(
    database: Database, clients: ClientService
) -> None:
    make_client(clients, "Known KG")
    table = _table((("Kunde", "Name", "E-Mail"), ("Known KG", "Jürgen Weiß", "jw@known.de")))
    imports = ImportService(database)
    imports.commit(_preview(imports, ImportKind.contacts, table).batch())
    again = _preview(imports, ImportKind.contacts, table)
    assert [error.problem for error in again.rows[0].errors] == [CellProblem.contact_exists]
    assert _counts(database) == (1, 1, 0)
