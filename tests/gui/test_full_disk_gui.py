"""A full disk at save time in the window (issue 15, point 6): one clear sentence, the form
keeps everything typed, and nothing saved before is lost."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from tests.factories import make_client
from tests.gui.keyboard import type_text
from workbook.services.clients.shapes import ClientQuery
from workbook.ui.common.record_dialog import RecordDialog
from workbook.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_a_full_disk_is_told_and_the_form_keeps_what_was_typed(
    window: MainWindow, qtbot: QtBot, on_dialog: Callable[..., None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    assert window.database is not None
    workspace, database = window.database.workspace, window.database.database
    make_client(workspace.clients, "Schon gespeichert GmbH")
    database.engine.dispose()

    @event.listens_for(database.engine, "connect")
    def disk_full(connection: sqlite3.Connection, _record: object) -> None:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count={pages}")  # as a disk with no room left

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    seen: dict[str, object] = {}

    def save(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordDialog)
        type_text(qtbot, dialog.findChild(QLineEdit, "name"), "Neue Kühne AG")
        notes = dialog.form.field("notes").widget
        notes.setPlainText("Langer Text " * 5000)  # type: ignore[attr-defined]
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        seen["open"] = dialog.isVisible()
        seen["name"] = dialog.findChild(QLineEdit, "name").text()
        dialog.reject()

    on_dialog(save)
    tab = window.clients_tab
    assert tab is not None
    tab.new_action.trigger()
    assert told == ["The disk is full."]
    assert seen == {"open": True, "name": "Neue Kühne AG"}
    names = [r.name for r in workspace.clients.list(ClientQuery(include_archived=True))]
    assert names == ["Schon gespeichert GmbH"]
    assert window.undo_stack.count() == 0
