"""The journal through the window: quick add with Ctrl+J from the Clients tab, the client's
timeline and days since feedback, follow-ups done and undone, the Journal tab's filters,
edit and remove."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from tests.engagement_factories import make_engagement
from tests.factories import make_client
from tests.gui.editors import the_editor
from tests.gui.keyboard import type_text
from workbook.domain.enums import JournalKind
from workbook.services.journal.shapes import JournalInput, JournalQuery
from workbook.services.workspace import Workspace
from workbook.ui.clients.detail.timeline import TimelineSection
from workbook.ui.clients.tab import ClientsTab
from workbook.ui.common.record_dialog import RecordDialog
from workbook.ui.journal.tab import JournalTab
from workbook.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui
OnDialog = Callable[..., None]
CTRL = Qt.KeyboardModifier.ControlModifier
TODAY = date.today()


def _workspace(window: MainWindow) -> Workspace:
    assert window.database is not None
    return window.database.workspace


def _ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _timeline(tab: ClientsTab) -> TimelineSection:
    return next(s for s in tab.detail.sections if isinstance(s, TimelineSection))


def _clients(window: MainWindow, qtbot: QtBot, client_id: int) -> ClientsTab:
    tab = window.clients_tab
    assert tab is not None
    tab.reload()
    tab.select(client_id)
    tab.take_focus()
    qtbot.waitUntil(tab.view.hasFocus)
    return tab


def _journal(window: MainWindow, qtbot: QtBot) -> JournalTab:
    tab = window.journal_tab
    assert tab is not None
    window.tabs.setCurrentWidget(tab)
    tab.reload()
    tab.take_focus()
    qtbot.waitUntil(lambda: tab.view.hasFocus() or tab.filter.hasFocus())
    return tab


def _refocus(window: MainWindow, qtbot: QtBot, tab: ClientsTab | JournalTab) -> None:
    """After a dialog: offscreen has no window manager to hand the activation back."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus)


def _days(tab: ClientsTab, row: int = 0) -> str:
    return tab.model.index(row, tab.model.column_index("days_since_feedback")).data()


def _add(window: MainWindow, client_id: int, days_ago: int, **fields: object) -> int:
    values: dict[str, object] = {"kind": JournalKind.call, "summary": "Anruf", **fields}
    entry = JournalInput(TODAY - timedelta(days=days_ago), **values)  # type: ignore[arg-type]
    written = _workspace(window).journal.add(client_id, entry)
    assert written.created_id is not None
    return written.created_id


def test_quick_add_with_ctrl_j_from_the_clients_tab(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    client_id = make_client(_workspace(window).clients, "Bäckerei Größl", feedback_interval_days=14)
    _add(window, client_id, 30, summary="Alter Anruf")
    tab = _clients(window, qtbot, client_id)
    assert _days(tab) == "30"
    seen: dict[str, object] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordDialog)
        seen["client"] = dialog.findChild(QComboBox, "client_id").currentText()
        seen["focus"] = dialog.focusWidget() is dialog.findChild(QLineEdit, "summary")
        kind = dialog.findChild(QComboBox, "kind")
        kind.setCurrentIndex(kind.findText("Feedback"))
        type_text(qtbot, dialog.findChild(QLineEdit, "summary"), "Zufrieden mit der Übergabe")
        dialog.form.field("satisfaction").set(5)
        _ok(dialog)

    on_dialog(fill)
    qtbot.keyClick(tab.view, Qt.Key.Key_J, CTRL)
    assert seen == {"client": "Bäckerei Größl", "focus": True}
    timeline = _timeline(tab).entries
    first = timeline.item(0).text()
    assert "Zufrieden mit der Übergabe" in first
    assert "Feedback" in first
    assert "★★★★★" in first
    assert _days(tab) == "0"
    (entry, _old) = _workspace(window).journal.timeline(client_id, today=TODAY)
    assert (entry.kind, entry.satisfaction, entry.occurred_on) == (JournalKind.feedback, 5, TODAY)

    _refocus(window, qtbot, tab)
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, CTRL)
    assert _days(tab) == "30"
    assert "Alter Anruf" in timeline.item(0).text()


def test_ctrl_j_on_an_engagement_names_it(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    workspace = _workspace(window)
    client_id = make_client(workspace.clients, "Stadtwerke Süderbrück GmbH")
    make_engagement(workspace.engagements, client_id, "Migration", reference="2026-007")
    tab = window.engagements_tab
    assert tab is not None
    window.tabs.setCurrentWidget(tab)
    tab.reload()
    tab.view.selectRow(0)
    tab.take_focus()
    qtbot.waitUntil(tab.view.hasFocus)
    seen: dict[str, str] = {}

    def read(dialog: QDialog) -> None:
        seen["client"] = dialog.findChild(QComboBox, "client_id").currentText()
        seen["engagement"] = dialog.findChild(QComboBox, "engagement_id").currentText()
        dialog.reject()

    on_dialog(read)
    qtbot.keyClick(tab.view, Qt.Key.Key_J, CTRL)
    assert seen == {"client": "Stadtwerke Süderbrück GmbH", "engagement": "2026-007 · Migration"}
    assert workspace.journal.count(JournalQuery()) == 0


def test_a_day_that_has_not_come_is_refused_at_the_field(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    client_id = make_client(_workspace(window).clients, "Alt KG")
    tab = _clients(window, qtbot, client_id)
    seen: dict[str, str] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordDialog)
        type_text(qtbot, dialog.findChild(QLineEdit, "summary"), "Morgen")
        dialog.form.field("occurred_on").set(TODAY + timedelta(days=1))
        _ok(dialog)
        seen["date"] = dialog.form.error_text("occurred_on")
        dialog.reject()

    on_dialog(fill)
    qtbot.keyClick(tab.view, Qt.Key.Key_J, CTRL)
    assert seen["date"] == "This day has not come yet. Enter the day it happened."
    assert _workspace(window).journal.count(JournalQuery()) == 0
    assert window.undo_stack.count() == 0


def test_mark_a_follow_up_done_on_the_timeline_and_undo(window: MainWindow, qtbot: QtBot) -> None:
    client_id = make_client(_workspace(window).clients, "Kühne Zahntechnik")
    entry_id = _add(window, client_id, 10, summary="Angebot nachfassen",
                    follow_up_on=TODAY - timedelta(days=3))  # fmt: skip
    tab = _clients(window, qtbot, client_id)
    timeline = _timeline(tab)
    assert "overdue" in timeline.entries.item(0).text()  # type: ignore[attr-defined]
    timeline.select(entry_id)  # type: ignore[attr-defined]
    timeline.done_button.click()  # type: ignore[attr-defined]
    journal = _workspace(window).journal
    assert journal.entry(entry_id, today=TODAY).follow_up_done
    assert "followed up" in timeline.entries.item(0).text()  # type: ignore[attr-defined]
    window.undo_action.trigger()
    assert not journal.entry(entry_id, today=TODAY).follow_up_done
    assert "overdue" in timeline.entries.item(0).text()  # type: ignore[attr-defined]


def test_journal_tab_filters_kinds_days_and_client(window: MainWindow, qtbot: QtBot) -> None:
    clients = _workspace(window).clients
    one, two = make_client(clients, "Eins AG"), make_client(clients, "Zwei GmbH")
    _add(window, one, 40, kind=JournalKind.meeting, summary="m-alt")
    _add(window, one, 5, kind=JournalKind.email, summary="e-neu")
    _add(window, two, 3, kind=JournalKind.feedback, summary="f-neu")
    _add(window, two, 1, kind=JournalKind.note, summary="n-neu")
    tab = _journal(window, qtbot)

    def shown() -> list[str]:
        column = tab.model.column_index("summary")
        return [tab.model.index(r, column).data() for r in range(tab.model.rowCount())]

    assert shown() == ["n-neu", "f-neu", "e-neu", "m-alt"]  # newest first
    tab.kinds.buttons[JournalKind.meeting].click()
    tab.kinds.buttons[JournalKind.feedback].click()
    assert shown() == ["f-neu", "m-alt"]
    tab.occurred_from.set_day(TODAY - timedelta(days=10))
    assert shown() == ["f-neu"]
    tab.kinds.buttons[JournalKind.meeting].click()
    tab.kinds.buttons[JournalKind.feedback].click()
    tab.occurred_to.set_day(TODAY - timedelta(days=2))
    assert shown() == ["f-neu", "e-neu"]
    tab.show_client(one)
    assert shown() == ["e-neu"]
    tab.occurred_from.set_day(None)
    tab.occurred_to.set_day(None)
    tab.view.sortByColumn(tab.model.column_index("summary"), Qt.SortOrder.AscendingOrder)
    assert shown() == ["e-neu", "m-alt"]


def test_follow_up_done_edit_and_remove_from_the_journal_tab(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    client_id = make_client(_workspace(window).clients, "Fischer & Böhm Steuerberatung")
    entry_id = _add(window, client_id, 2, summary="Rückruf", follow_up_on=TODAY)
    journal = _workspace(window).journal
    tab = _journal(window, qtbot)
    tab.select(entry_id)
    tab.take_focus()
    qtbot.waitUntil(tab.view.hasFocus)
    qtbot.keyClick(tab.view, Qt.Key.Key_D, CTRL)
    assert journal.entry(entry_id, today=TODAY).follow_up_done

    def rename(dialog: QDialog) -> None:
        summary = dialog.findChild(QLineEdit, "summary")
        summary.clear()
        type_text(qtbot, summary, "Rückruf erledigt")
        _ok(dialog)

    on_dialog(rename)
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    assert journal.entry(entry_id, today=TODAY).summary == "Rückruf erledigt"

    def yes(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    on_dialog(yes, QMessageBox)
    _refocus(window, qtbot, tab)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert journal.count(JournalQuery()) == 0
    assert tab.stack.currentWidget() is tab.empty
    window.undo_action.trigger()
    assert journal.entry(entry_id, today=TODAY).summary == "Rückruf erledigt"
    assert tab.model.rowCount() == 1


def test_ctrl_j_in_the_engagement_editor(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    workspace = _workspace(window)
    client_id = make_client(workspace.clients, "Hoffmann Präzisionsteile GmbH")
    engagement_id = make_engagement(workspace.engagements, client_id, "Kennzahlen",
                                    reference="2026-017")  # fmt: skip
    seen: dict[str, str] = {}

    def record(dialog: QDialog) -> None:
        seen["engagement"] = dialog.findChild(QComboBox, "engagement_id").currentText()
        type_text(qtbot, dialog.findChild(QLineEdit, "summary"), "Rückfrage zum Bericht")
        _ok(dialog)

    def in_editor(editor: QDialog) -> None:
        editor.activateWindow()  # offscreen: no window manager hands it the activation
        qtbot.waitUntil(editor.isActiveWindow)
        on_dialog(record)
        qtbot.keyClick(editor, Qt.Key.Key_J, CTRL)
        editor.reject()

    window.navigator.open_engagement(engagement_id)
    in_editor(the_editor(window))
    assert seen == {"engagement": "2026-017 · Kennzahlen"}
    (entry,) = workspace.journal.timeline(client_id, today=TODAY)
    assert (entry.summary, entry.engagement_id) == ("Rückfrage zum Bericht", engagement_id)
