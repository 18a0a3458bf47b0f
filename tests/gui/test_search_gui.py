"""Ctrl+K from anywhere, results as you type, arrows and Enter open the item where it is edited."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from tests.engagement_factories import make_change, make_engagement
from tests.factories import make_client
from tests.gui.editors import the_editor
from tests.gui.keyboard import type_text
from workbook.services.engagements.shapes import EngagementQuery
from workbook.services.journal.shapes import JournalInput
from workbook.services.support.shapes import SupportPlanInput
from workbook.ui.engagements.editor import EngagementEditor
from workbook.ui.search.results import RESULT_ROLE
from workbook.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui
OnDialog = Callable[..., None]


def _results(window: MainWindow) -> list[str]:
    model = window.search.popup.model()
    return [
        model.index(row, 0).data(RESULT_ROLE).title
        for row in range(model.rowCount())
        if model.index(row, 0).data(RESULT_ROLE) is not None
    ]


def _search(window: MainWindow, qtbot: QtBot, text: str) -> None:
    assert window.clients_tab is not None
    window.clients_tab.view.setFocus()
    qtbot.keyClick(window.clients_tab.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    type_text(qtbot, window.search, text)
    qtbot.waitUntil(lambda: window.search.popup.isVisible() and bool(_results(window)))


def test_ctrl_k_finds_as_you_type_and_enter_shows_the_client(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.database is not None
    clients = window.database.workspace.clients
    make_client(clients, "Alpha AG")
    kuhne = make_client(clients, "Kühne Zahntechnik", address="Lange Straße 5")
    _search(window, qtbot, "kuhne")
    assert _results(window) == ["Kühne Zahntechnik"]
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert not window.search.popup.isVisible()
    tab = window.clients_tab
    assert tab is not None
    assert window.tabs.currentWidget() is tab
    assert tab.selected_id() == kuhne
    assert tab.detail.facts.title.text() == "Kühne Zahntechnik"


def test_arrows_choose_an_engagement_and_enter_opens_its_editor(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    assert window.database is not None
    workspace = window.database.workspace
    client = make_client(workspace.clients, "Müller GmbH")
    make_engagement(workspace.engagements, client, "Müllvermeidung im Lager")
    _search(window, qtbot, "mull")
    assert _results(window) == ["Müller GmbH", f"{_reference(window)} Müllvermeidung im Lager"]
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    seen: list[str] = []

    def look(editor: QDialog) -> None:
        assert isinstance(editor, EngagementEditor)
        seen.append(editor.windowTitle())
        editor.reject()

    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    look(the_editor(window))
    assert seen == ["Müllvermeidung im Lager"]


def test_a_change_request_found_opens_its_engagement_on_the_changes_page(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    assert window.database is not None
    workspace = window.database.workspace
    client = make_client(workspace.clients, "Alpha AG")
    engagement = make_engagement(workspace.engagements, client, "Einführung")
    make_change(workspace.changes, engagement, "Kleinigkeit Vertrieb")
    wanted = make_change(workspace.changes, engagement, "Zusatzformular Vertrieb")
    _search(window, qtbot, "zusatzform")
    seen: list[object] = []

    def look(editor: QDialog) -> None:
        assert isinstance(editor, EngagementEditor)
        seen.append(editor.tabs.tabText(editor.tabs.currentIndex()).replace("&", ""))
        seen.append(editor.page("changes").panel.selected_id())  # type: ignore[attr-defined]
        editor.reject()

    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    look(the_editor(window))
    assert seen == ["Changes", wanted]


def test_a_support_plan_found_is_selected_on_the_support_tab(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.database is not None
    workspace = window.database.workspace
    client = make_client(workspace.clients, "Alpha AG")
    for name in ("Basisbetreuung", "Wartungsvertrag Premium"):
        plan = SupportPlanInput(client, name=name, starts_on=date(2026, 1, 1))
        workspace.support.add_plan(plan)
    _search(window, qtbot, "wartungsv")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    tab = window.support_tab
    assert tab is not None
    assert window.tabs.currentWidget() is tab
    selected = tab.selected_row()
    assert selected is not None
    assert selected.name == "Wartungsvertrag Premium"


def test_a_journal_entry_found_opens_for_editing(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    assert window.database is not None
    workspace = window.database.workspace
    client = make_client(workspace.clients, "Alpha AG")
    entry = JournalInput(date(2026, 11, 2), summary="Telefonat zur Lieferantenauswahl")
    workspace.journal.add(client, entry)
    _search(window, qtbot, "lieferantenaus")
    seen: list[str] = []

    def look(dialog: QDialog) -> None:
        seen.append(dialog.findChild(QLineEdit, "summary").text())
        dialog.reject()

    on_dialog(look)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert seen == ["Telefonat zur Lieferantenauswahl"]


def test_escape_closes_the_results_and_nothing_found_says_so(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.database is not None
    make_client(window.database.workspace.clients, "Alpha AG")
    assert window.clients_tab is not None
    window.clients_tab.view.setFocus()
    qtbot.keyClick(window.clients_tab.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, window.search, "zzz")
    qtbot.waitUntil(window.search.popup.isVisible)
    model = window.search.popup.model()
    assert model.index(0, 0).data() == "Nothing found."
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert not window.search.popup.isVisible()


def _reference(window: MainWindow) -> str:
    assert window.database is not None
    (row,) = window.database.workspace.engagements.list(EngagementQuery())
    return row.reference
