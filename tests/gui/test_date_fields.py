"""Date fields from the keyboard, in the New engagement dialog as in every form: typed the way
the UI language writes dates (ISO always), a calendar that opens on today, arrows that start
from today, and an empty field for no date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
)
from pytestqt.qtbot import QtBot

from tests.engagement_factories import make_engagement
from tests.factories import make_client
from tests.gui.editors import the_editor
from tests.gui.keyboard import type_text
from workbook.services.engagements.shapes import EngagementQuery
from workbook.ui.common.record_dialog import RecordDialog
from workbook.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui
OnDialog = Callable[..., None]
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _new_engagement(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog, fill: Callable[[RecordDialog], None]
) -> None:
    assert window.database is not None
    make_client(window.database.workspace.clients, "Acme Ltd")
    tab = window.engagements_tab
    assert tab is not None
    window.tabs.setCurrentWidget(tab)

    def new(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordDialog)
        combo = dialog.findChild(QComboBox, "client_id")
        combo.setCurrentIndex(combo.findText("Acme Ltd"))
        dialog.findChild(QLineEdit, "title").setText("ERP-Auswahl")
        dialog.findChild(QLineEdit, "hourly_rate").setText("120")
        dialog.activateWindow()  # offscreen: no window manager hands it the focus
        qtbot.waitUntil(dialog.isActiveWindow)
        fill(dialog)
        if dialog.isVisible():  # refused: the test fails on what was saved, not by hanging
            dialog.reject()

    on_dialog(new)
    tab.new_action.trigger()


def _stored(window: MainWindow) -> tuple[date | None, date | None, date | None]:
    assert window.database is not None
    (row,) = window.database.workspace.engagements.list(EngagementQuery())
    detail = window.database.workspace.engagements.get(row.id)
    return detail.starts_on, detail.ends_on, detail.self_sufficient_on


def test_german_dates_typed_as_germans_write_them_and_iso(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    window.switch_language("de")
    seen: dict[str, str] = {}

    def fill(dialog: RecordDialog) -> None:
        type_text(qtbot, dialog.findChild(QLineEdit, "starts_on"), "01.03.2026")
        type_text(qtbot, dialog.findChild(QLineEdit, "ends_on"), "1.3.26x")
        _ok(dialog)
        seen["refused"] = dialog.form.error_text("ends_on")
        ends = dialog.findChild(QLineEdit, "ends_on")
        qtbot.keyClick(ends, Qt.Key.Key_Backspace)
        ready = dialog.findChild(QLineEdit, "self_sufficient_on")
        ready.setFocus()
        type_text(qtbot, ready, "2026-09-30")
        qtbot.keyClick(ready, Qt.Key.Key_Tab)
        seen["shown"] = ready.text()
        _ok(dialog)

    _new_engagement(window, qtbot, on_dialog, fill)
    assert seen["refused"].startswith("Das ist kein Datum. Geben Sie es wie 01.03.2026 ein")
    assert seen["shown"] == "30.09.2026"  # ISO is read and shown in the language's form
    assert _stored(window) == (date(2026, 3, 1), date(2026, 3, 1), date(2026, 9, 30))
    the_editor(window).close()


def test_english_dates_the_calendar_opens_on_today_and_a_date_can_be_cleared(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    today = date.today()
    seen: dict[str, object] = {}

    def fill(dialog: RecordDialog) -> None:
        starts = dialog.findChild(QLineEdit, "starts_on")
        seen["placeholder"] = starts.placeholderText()
        starts.setFocus()
        qtbot.keyClick(starts, Qt.Key.Key_Down, ALT)
        calendar = QApplication.activePopupWidget()
        assert isinstance(calendar, QCalendarWidget)
        seen["calendar"] = calendar.selectedDate().toPython()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        seen["picked"] = starts.text()
        ends = dialog.findChild(QLineEdit, "ends_on")
        qtbot.keyClick(ends, Qt.Key.Key_Up)  # today, not some day in 1900
        seen["up"] = ends.text()
        qtbot.keyClick(ends, Qt.Key.Key_Up)
        type_text(qtbot, dialog.findChild(QLineEdit, "self_sufficient_on"), "31/12/2026")
        _ok(dialog)

    _new_engagement(window, qtbot, on_dialog, fill)
    assert seen["placeholder"] == "e.g. 1 Mar 2026"
    assert seen["calendar"] == today
    assert seen["picked"] == f"{today.day} {today.strftime('%b')} {today.year}"
    assert seen["up"] == seen["picked"]
    tomorrow = today + timedelta(days=1)
    assert _stored(window) == (today, tomorrow, date(2026, 12, 31))

    # Clearing with the keyboard: empty means no date.
    editor = the_editor(window)
    qtbot.waitUntil(editor.isActiveWindow)
    ends = editor.page("overview").findChild(QLineEdit, "ends_on")
    ends.setFocus()
    qtbot.keyClick(ends, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(ends, Qt.Key.Key_Delete)
    qtbot.keyClick(ends, Qt.Key.Key_S, CTRL)
    assert _stored(window) == (today, None, date(2026, 12, 31))
    editor.close()


def test_an_existing_date_shows_in_the_form_and_follows_a_language_switch(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.database is not None
    workspace = window.database.workspace
    client = make_client(workspace.clients, "Acme Ltd")
    engagement = make_engagement(workspace.engagements, client, starts_on=date(2026, 3, 1))
    window.navigator.open_engagement(engagement)
    starts = the_editor(window).page("overview").findChild(QLineEdit, "starts_on")
    assert starts.text() == "1 Mar 2026"
    window.switch_language("de")
    qtbot.waitUntil(lambda: starts.text() == "01.03.2026")
    the_editor(window).close()
