"""Exports from the window: File ▸ Export status workbook… and a client's dossier, in a worker,
in the UI language; a target that cannot be written gives a clear message."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from workbook.demo.generator import fill_demo
from workbook.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def demo_window(window: MainWindow) -> MainWindow:
    assert window.database is not None
    fill_demo(window.database.database, clients=8, today=date(2026, 11, 25))
    return window


def _save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))


def test_status_workbook_from_the_file_menu(
    demo_window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "Status.xlsx"
    _save_as(monkeypatch, target)
    with qtbot.waitSignal(demo_window.runners.exports.finished, timeout=30000):
        demo_window.menus.export_status.trigger()
    assert "Exported to" in demo_window.statusBar().currentMessage()
    book = load_workbook(target, read_only=True)
    assert book.sheetnames[0] == "Overview"
    assert "Clients" in book.sheetnames
    assert not list(tmp_path.glob("*.partial"))


def test_dossier_in_german(
    demo_window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_window.switch_language("de")
    tab = demo_window.clients_tab
    assert tab is not None
    tab.reload()
    row = tab.selected_row()
    assert row is not None
    target = tmp_path / "Dossier"  # the runner adds .xlsx
    _save_as(monkeypatch, target)
    with qtbot.waitSignal(demo_window.runners.exports.finished, timeout=30000):
        tab.dossier_action.trigger()
    book = load_workbook(tmp_path / "Dossier.xlsx", read_only=True)
    cover = book.worksheets[0]
    values = [cell.value for line in cover.iter_rows(max_row=12) for cell in line]
    assert row.name in values
    assert "Branche" in values  # German labels on the cover


def test_unwritable_target_is_explained(
    demo_window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _save_as(monkeypatch, tmp_path / "missing" / "Status.xlsx")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    demo_window.menus.export_status.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert shown == ["The folder does not exist."]


def test_export_onto_the_open_database_is_refused(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "Kunden.xlsx"  # a database whose name looks like a workbook
    assert window.open_database(database, wait=True)
    before = database.read_bytes()
    _save_as(monkeypatch, database)  # the dialog confirmed "replace"
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    window.menus.export_status.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert shown == [
        "This is the open database. An export never replaces it; choose another file name."
    ]
    assert database.read_bytes() == before


def test_export_onto_another_database_is_refused(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "Archiv.xlsx"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE notes (text)")
    connection.commit()
    connection.close()
    before = other.read_bytes()
    _save_as(monkeypatch, other)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    window.menus.export_status.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert shown[0].startswith("This file is a database.")
    assert other.read_bytes() == before
