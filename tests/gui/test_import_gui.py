"""File ▸ Import… through the window: mapping found from the headers, problems per row,
all rows in one undoable step, refused files explained."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

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
    window.imports.import_file(window.database.workspace.imports, path)
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
        seen["problem"] = dialog.rows.item(1, 2).text()
        seen["enabled"] = dialog.import_button.isEnabled()
        dialog.reject()

    on_dialog(look, ImportDialog)
    assert window.database is not None
    window.imports.import_file(window.database.workspace.imports, path)
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
    window.imports.import_file(window.database.workspace.imports, path)
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
