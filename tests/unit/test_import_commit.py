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

from tests.factories import make_client, make_contact
from workbook.demo.generator import fill_demo
from workbook.domain.changes import Entity
from workbook.presentation.ts_reader import translator_from_ts
from workbook.services.clients.service import ClientService
from workbook.services.clients.shapes import ClientQuery
from workbook.services.sessions import reading
from workbook.spreadsheets.export.status_workbook import write_status_workbook
from workbook.spreadsheets.importing import commit as commit_module
from workbook.spreadsheets.importing.commit import ImportResult, ImportService
from workbook.spreadsheets.importing.fields import ImportKind, auto_map
from workbook.spreadsheets.importing.preview import build_preview
from workbook.spreadsheets.importing.problems import CellProblem, ImportProblem, ImportRefused
from workbook.spreadsheets.importing.reading import RawTable, read_sheets, read_table
from workbook.spreadsheets.importing.shapes import ImportPreview
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


def _preview(database: Database, kind: ImportKind, table: RawTable, **kwargs: Any) -> ImportPreview:
    return build_preview(database, table, auto_map(table.headers, kind), kind, **kwargs)


def _count(database: Database, table: str) -> int:
    with reading(database) as session:
        statement = select(func.count()).select_from(SQLModel.metadata.tables[table])
        return int(session.execute(statement).scalar_one())


def _counts(database: Database) -> tuple[int, int, int]:
    return tuple(_count(database, t) for t in ("client", "contact", "journal_entry"))  # type: ignore[return-value]


def test_commit_writes_clients_with_contacts(database: Database, clients: ClientService) -> None:
    result = ImportService(database).commit(_preview(database, ImportKind.clients, _table(FLAT)))
    assert len(result.client_ids) == 2
    assert len(result.contact_ids) == 2
    assert result.changes.touches(Entity.client, Entity.contact)
    muller = clients.get(result.client_ids[0])
    assert (muller.name, muller.industry) == ("Müller GmbH", "Handel")
    assert [(c.name, c.is_primary) for c in muller.contacts] == [
        ("Ann Alt", True),
        ("Bob Bau", False),
    ]


def test_rows_with_errors_are_refused(database: Database) -> None:
    table = _table((("Name", "Website"), ("Good", None), ("Bad", "no url")))
    with pytest.raises(ImportRefused) as refused:
        ImportService(database).commit(_preview(database, ImportKind.clients, table))
    assert refused.value.reason is ImportProblem.has_errors
    assert _counts(database) == (0, 0, 0)


def test_a_failure_midway_leaves_the_database_unchanged(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_insert = commit_module._insert

    def failing(session: Any, table: str, rows: Any) -> None:
        if table == "contact":  # the clients are in by now
            raise RuntimeError("disk on fire")
        real_insert(session, table, rows)

    preview = _preview(database, ImportKind.clients, _table(FLAT))
    monkeypatch.setattr(commit_module, "_insert", failing)
    with pytest.raises(RuntimeError, match="disk on fire"):
        ImportService(database).commit(preview)
    assert _counts(database) == (0, 0, 0)


def test_undo_and_redo_as_one_step(database: Database, clients: ClientService) -> None:
    before = make_client(clients, "Already Here")
    service = ImportService(database)
    result = service.commit(_preview(database, ImportKind.clients, _table(FLAT)))
    snapshot = [clients.get(i) for i in result.client_ids]
    assert service.undo(result) == result.changes
    assert _counts(database) == (1, 0, 0)
    assert clients.get(before).name == "Already Here"
    service.redo(result)
    assert [clients.get(i) for i in result.client_ids] == snapshot
    assert sorted(c.id for d in snapshot for c in d.contacts) == sorted(result.contact_ids)


def test_primary_contact_moves_and_undo_gives_it_back(
    database: Database, clients: ClientService
) -> None:
    client_id = make_client(clients, "Known KG")
    old = make_contact(clients, client_id, "Old Primary", is_primary=True)
    table = _table((("Kunde", "Name", "Hauptkontakt"), ("Known KG", "New", "ja")))
    service = ImportService(database)
    result = service.commit(_preview(database, ImportKind.contacts, table))
    assert result.demoted == (old,)
    assert not clients.contact(old).is_primary
    assert clients.contact(result.contact_ids[0]).is_primary
    service.undo(result)
    assert clients.contact(old).is_primary
    service.redo(result)
    assert not clients.contact(old).is_primary


def test_previews_committed_together(database: Database) -> None:
    new_clients = _preview(database, ImportKind.clients, _table((("Name",), ("Neu GmbH",))))
    contacts = _table((("Kunde", "Name"), ("Neu GmbH", "Eva")))
    journal = _table((("Kunde", "Datum", "Art"), ("Neu GmbH", "01.02.2026", "Besprechung")))
    pending = {"pending": [new_clients]}
    contacts_preview = _preview(database, ImportKind.contacts, contacts, **pending)
    service = ImportService(database)
    with pytest.raises(ImportRefused) as refused:  # without the clients they refer to
        service.commit(contacts_preview)
    assert refused.value.reason is ImportProblem.stale
    result = service.commit(
        new_clients, contacts_preview, _preview(database, ImportKind.journal, journal, **pending)
    )
    assert _counts(database) == (1, 1, 1)
    assert result.changes.touches(Entity.journal)
    service.undo(result)
    assert _counts(database) == (0, 0, 0)


def test_a_name_taken_since_the_preview(database: Database, clients: ClientService) -> None:
    preview = _preview(database, ImportKind.clients, _table(FLAT))
    make_client(clients, "GROSSL kg")  # the same name to the services
    with pytest.raises(ImportRefused) as refused:
        ImportService(database).commit(preview)
    assert refused.value.reason is ImportProblem.stale
    assert _counts(database) == (1, 0, 0)


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
            source, path, translate=translator_from_ts(language=language), language=language,
            today=TODAY, zone=UTC,
        )  # fmt: skip
        _import_sheet(target, path, 1, ImportKind.clients)
        result = _import_sheet(target, path, 2, ImportKind.contacts)
        assert result.contact_ids
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
    clients.archive(make_client(clients, "Archiviert AG", feedback_interval_days=60))


def _import_sheet(database: Database, path: Path, index: int, kind: ImportKind) -> ImportResult:
    table = read_table(path, read_sheets(path)[index])
    preview = build_preview(database, table, auto_map(table.headers, kind), kind, zone=UTC)
    assert [row.errors for row in preview.rows if row.errors] == []
    return ImportService(database).commit(preview)


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
    service = ImportService(database)
    service.commit(_preview(database, ImportKind.contacts, table))
    again = _preview(database, ImportKind.contacts, table)
    assert [error.problem for error in again.rows[0].errors] == [CellProblem.contact_exists]
    assert _counts(database) == (1, 1, 0)
