"""The keys of every list: Tab leaves the list for the next control (the arrows move within
it), the row the focus frame is on is the selected one as soon as the focus enters, and
Escape in the filter clears it, then goes back to the list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from tests.factories import make_client
from tests.gui.keyboard import type_text
from workbook.domain.changes import ChangeSet
from workbook.services.journal.shapes import JournalInput
from workbook.ui.common.list_tab import ListTab
from workbook.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


def _journal(window: MainWindow, qtbot: QtBot) -> ListTab[object]:
    assert window.database is not None
    workspace = window.database.workspace
    client_id = make_client(workspace.clients, "Kühne Zahntechnik")
    for summary in ("Rückruf", "Angebot nachfassen"):
        workspace.journal.add(client_id, JournalInput(date.today(), summary=summary))
    tab = window.feature_tabs["journal"]
    assert isinstance(tab, ListTab)
    window.tabs.setCurrentWidget(tab)
    window.apply_changes(ChangeSet.everything())
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    return tab


def test_tab_leaves_a_list_and_shift_tab_comes_back(window: MainWindow, qtbot: QtBot) -> None:
    tab = _journal(window, qtbot)
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus)
    qtbot.keyClick(tab.view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not tab.view
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is tab.view


def test_the_row_the_focus_enters_on_is_selected_and_f2_opens_it(
    window: MainWindow, qtbot: QtBot, on_dialog: Callable[..., None]
) -> None:
    tab = _journal(window, qtbot)
    assert tab.selected_row() is None
    tab.view.setFocus()  # as Tab or a click on the tab brings it
    qtbot.waitUntil(lambda: tab.selected_row() is not None)
    assert tab.view.currentIndex().row() == 0
    assert tab.view.selectionModel().selectedRows()[0].row() == 0
    seen: list[str] = []

    def read(dialog: QDialog) -> None:
        seen.append(dialog.windowTitle())
        dialog.reject()

    on_dialog(read)
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    assert seen == ["Edit journal entry"]


def test_escape_clears_the_filter_then_goes_back_to_the_list(
    window: MainWindow, qtbot: QtBot
) -> None:
    tab = _journal(window, qtbot)
    tab.filter.setFocus()
    type_text(qtbot, tab.filter, "Rückruf")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    qtbot.keyClick(tab.filter, Qt.Key.Key_Escape)
    assert tab.filter.text() == ""
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    assert tab.filter.hasFocus()
    qtbot.keyClick(tab.filter, Qt.Key.Key_Escape)
    assert tab.view.hasFocus()
