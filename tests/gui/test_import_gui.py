"""File ▸ Import… through the window: mapping found from the headers, problems per row,
all rows in one undoable step, refused files explained."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.factories import make_client
from workbook.demo.generator import fill_demo
from workbook.services.clients.shapes import ClientQuery
from workbook.services.workspace import build_workspace
from workbook.spreadsheets.export.status_workbook import write_status_workbook
from workbook.store.database import open_database
from workbook.ui.shell.main_window import MainWindow
from workbook.ui.spreadsheets.import_dialog import ImportDialog

pytestmark = pytest.mark.gui
OnDialog = Callable[..., None]


def _names(window: MainWindow) -> list[str]:
    assert window.database is not None
    query = ClientQuery(include_archived=True)
    return [row.name for row in window.database.workspace.clients.list(query, limit=10_000)]


@pytest.fixture
def exported(tmp_path: Path) -> tuple[Path, list[str]]:
    source = open_database(tmp_path / "source.sqlite3")
    fill_demo(source, clients=12, today=date(2026, 11, 25))
    target = tmp_path / "Status.xlsx"
    workspace = build_workspace(source)
    write_status_workbook(workspace.reports, target, today=date(2026, 11, 25))
    names = [r.name for r in workspace.clients.list(ClientQuery(include_archived=True))]
    source.close()
    return target, names


def test_clients_sheet_round_trips_as_one_undoable_step(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog, exported: tuple[Path, list[str]]
) -> None:
    path, names = exported
    seen: dict[str, object] = {}

    def import_clients(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        dialog.sheet.setCurrentIndex(dialog.sheet.findText("Clients"))
        dialog.sheet.activated.emit(dialog.sheet.currentIndex())
        qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
        name_column = next(
            i
            for i in range(dialog.mapping.rowCount())
            if dialog.mapping.item(i, 0).text() == "Name"
        )
        combo = dialog.mapping.cellWidget(name_column, 2)
        assert isinstance(combo, QComboBox)
        seen["name_maps_to"] = combo.currentData()
        seen["counts"] = dialog.counts.text()
        dialog.grab()  # renders without warnings
        dialog.import_button.click()

    on_dialog(import_clients, ImportDialog)
    assert window.database is not None
    window.runners.imports.import_file(window.database.workspace.imports, path)
    assert seen["name_maps_to"] == "name"
    assert str(seen["counts"]).startswith(f"{len(names)} rows ready to import, 0 with problems")
    assert sorted(_names(window)) == sorted(names)
    assert window.clients_tab is not None
    assert window.clients_tab.model.rowCount() > 0
    window.undo_stack.undo()
    assert _names(window) == []
    window.undo_stack.redo()
    assert sorted(_names(window)) == sorted(names)


def test_rows_with_problems_block_the_import(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog, tmp_path: Path
) -> None:
    path = tmp_path / "kunden.csv"
    path.write_text(
        "Firma;E-Mail;Ansprechpartner\nMüller GmbH;info@mueller.de;Anna\nAcme;kaputt;Bob\n",
        encoding="utf-8",
    )
    seen: dict[str, object] = {}

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        qtbot.waitUntil(lambda: "with problems" in dialog.counts.text(), timeout=10_000)
        seen["counts"] = dialog.counts.text()
        seen["problem"] = dialog.rows.item(1, 3).text()
        seen["enabled"] = dialog.import_button.isEnabled()
        dialog.reject()

    on_dialog(look, ImportDialog)
    assert window.database is not None
    window.runners.imports.import_file(window.database.workspace.imports, path)
    assert str(seen["counts"]).startswith("1 row ready to import, 1 with problems")
    assert "not an e-mail address" in str(seen["problem"])
    assert ".;" not in str(seen["problem"])
    assert seen["enabled"] is False
    assert _names(window) == []


def test_a_file_that_is_no_spreadsheet_is_refused(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "foto.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    assert window.database is not None
    window.runners.imports.import_file(window.database.workspace.imports, path)
    assert shown == ["This file is not a spreadsheet (.xlsx, .xls, .ods) or CSV text."]


def test_the_import_counts_in_german_plurals(window: MainWindow, qtbot: QtBot) -> None:
    from workbook.services.importing.shapes import ImportCounts
    from workbook.ui.spreadsheets.import_runner import imported_text

    window.switch_language("de")
    assert imported_text(ImportCounts(clients=0, contacts=0, entries=1)) == "1 Journaleintrag"
    assert imported_text(ImportCounts(clients=3, contacts=1, entries=0)) == (
        "3 Kunden und 1 Ansprechpartner"
    )
    assert imported_text(ImportCounts(clients=1, contacts=2, entries=5)) == (
        "1 Kunde, 2 Ansprechpartner und 5 Journaleinträge"
    )


def test_a_list_of_existing_and_new_clients_updates_as_one_step(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog, tmp_path: Path
) -> None:
    """An Outlook export (German headers) naming a client the workbook has, spelled another
    way, and a new one: refused as duplicates until the user ticks the update (Alt+U); then
    each row says what it does, the import writes it, and undo is refused once the updated
    client was edited elsewhere."""
    assert window.database is not None
    clients = window.database.workspace.clients
    existing = make_client(clients, "Müller GmbH", industry="Großhandel", website="https://m.de")
    path = tmp_path / "Outlook-Kontakte.csv"
    path.write_text(
        "Vorname;Nachname;Firma;Abteilung;Straße geschäftlich;Ort geschäftlich;"
        "Postleitzahl geschäftlich;E-Mail-Adresse\n"
        "Ann;Alt;MÜLLER GMBH;Einkauf;Kai 1;Hamburg;20457;ann@m.de\n"
        "Bob;Bau;Neu AG;;Hof 3;Ulm;89073;bob@neu.de\n",
        encoding="utf-8",
    )
    seen: dict[str, object] = {}

    def update_and_import(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        qtbot.waitUntil(lambda: "with problems" in dialog.counts.text(), timeout=10_000)
        seen["offer"] = dialog.counts.text()
        seen["enabled_before"] = dialog.import_button.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: "Unchanged:" in dialog.counts.text(), timeout=10_000)
        seen["header"] = dialog.rows.horizontalHeaderItem(1).text()
        seen["import_as"] = [dialog.rows.item(i, 1).text() for i in range(dialog.rows.rowCount())]
        seen["counts"] = dialog.counts.text()
        dialog.import_button.click()

    on_dialog(update_and_import, ImportDialog)
    window.runners.imports.import_file(window.database.workspace.imports, path)
    assert "1 row names a client that exists already." in str(seen["offer"])
    assert seen["enabled_before"] is False
    assert seen["header"] == "Import as"
    assert seen["import_as"] == ["Update", "New"]
    assert "New: 1 · Update: 1 · Unchanged: 0." in str(seen["counts"])
    assert sorted(_names(window)) == ["Müller GmbH", "Neu AG"]
    mueller = clients.get(existing)
    assert (mueller.industry, mueller.website) == ("Großhandel", "https://m.de")  # not in the file
    assert mueller.address == "Kai 1, 20457 Hamburg"
    assert [(c.name, c.department, c.is_primary) for c in mueller.contacts] == [
        ("Ann Alt", "Einkauf", True),
    ]
    assert (
        window.statusBar()
        .currentMessage()
        .startswith("Imported 1 client, 2 contacts and 1 client updated.")
    )
    window.undo_stack.undo()
    assert _names(window) == ["Müller GmbH"]
    assert clients.get(existing).address == ""
    assert clients.get(existing).contacts == ()
    window.undo_stack.redo()
    assert clients.get(existing).address == "Kai 1, 20457 Hamburg"
    edited = clients.get(existing)
    clients.update(existing, replace(edited.as_input(), notes="Anruf"), version=edited.version)
    told: list[str] = []

    def read_and_close(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        told.append(dialog.text())
        dialog.accept()

    on_dialog(read_and_close, QMessageBox)
    window.undo_stack.undo()
    assert len(told) == 1
    assert "changed in the meantime" in told[0]
    assert clients.get(existing).address == "Kai 1, 20457 Hamburg"
    assert sorted(_names(window)) == ["Müller GmbH", "Neu AG"]


def test_columns_are_combined_from_the_keyboard(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog, tmp_path: Path
) -> None:
    """Alt+M goes to the first column's field, Tab to the next one's; two columns the import
    does not know, both mapped to Address, make one address."""
    path = tmp_path / "liste.csv"
    path.write_text("Kunde;Zeile A;Zeile B\nAcme;Hof 3;89073 Ulm\n", encoding="utf-8")
    seen: dict[str, object] = {}

    def combine(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportDialog)
        qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
        qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
        seen["first"] = dialog.focusWidget().objectName()
        for column in (1, 2):
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
            combo = dialog.focusWidget()
            assert isinstance(combo, QComboBox)
            assert combo.objectName() == f"map_{column}"
            combo.setCurrentIndex(combo.findData("address"))
        qtbot.waitUntil(lambda: dialog.current_mapping() == {0: "name", 1: "address",
                                                             2: "address"})  # fmt: skip
        qtbot.waitUntil(
            lambda: dialog.preview is not None and dict(dialog.preview.mapping) == {
                0: "name", 1: "address", 2: "address"} and dialog.import_button.isEnabled(),
            timeout=10_000,
        )  # fmt: skip
        seen["hint"] = dialog.mapping_hint.text()
        dialog.import_button.click()

    on_dialog(combine, ImportDialog)
    assert window.database is not None
    window.runners.imports.import_file(window.database.workspace.imports, path)
    assert seen["first"] == "map_0"
    assert "map them to the same field" in str(seen["hint"])
    clients = window.database.workspace.clients
    (acme,) = clients.list(ClientQuery(text="Acme"))
    assert clients.get(acme.id).address == "Hof 3, 89073 Ulm"
