"""The engagement flow through the window: record an inquiry, clarify it, try to accept too
early, agree a goal, accept, look at the history, undo."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from tests.factories import make_client, make_contact
from tests.gui.editors import the_editor
from tests.gui.keyboard import type_text
from workbook.domain.enums import EngagementStatus, GoalStatus
from workbook.services.engagements.shapes import EngagementQuery
from workbook.ui.engagements.editor import EngagementEditor
from workbook.ui.engagements.transitions import ReasonDialog
from workbook.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui
OnDialog = Callable[[Callable[[QDialog], None]], None]


def _ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _choose(combo: QComboBox, text: str) -> None:
    combo.setCurrentIndex(combo.findText(text))


def _button(editor: EngagementEditor, target: EngagementStatus) -> QPushButton:
    button = editor.findChild(QPushButton, f"to_{target.value}")
    assert button is not None, f"no step to {target}"
    return button


def test_inquiry_to_accepted_through_the_editor(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    assert window.database is not None
    workspace = window.database.workspace
    client = make_client(workspace.clients, "Müller & Söhne GmbH")
    make_contact(workspace.clients, client, "Jürgen Weiß", is_primary=True)
    tab = window.engagements_tab
    assert tab is not None
    window.tabs.setCurrentWidget(tab)
    tab.refresh(_everything())  # the new client appears in the filter
    seen: dict[str, object] = {}

    def clarify_and_accept(editor: QDialog) -> None:
        assert isinstance(editor, EngagementEditor)
        seen["pages"] = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
        _button(editor, EngagementStatus.clarifying).click()
        assert "Clarifying" in editor.status.text()

        def refuse_early(dialog: QDialog) -> None:
            assert isinstance(dialog, ReasonDialog)
            seen["blockers"] = dialog.blockers.text()
            _ok(dialog)  # without ticking the override: refused, dialog stays
            seen["refusal"] = dialog.error.text()
            dialog.reject()

        on_dialog(refuse_early)
        _button(editor, EngagementStatus.accepted).click()
        assert "Clarifying" in editor.status.text()

        page = editor.page("clarification")
        editor.tabs.setCurrentWidget(page)
        for row in workspace.clarification.answers(editor.engagement_id):
            if row.question.required:
                answer = page.editors[row.question.id]
                answer.setFocus()
                type_text(qtbot, answer, "Geklärt: Rechnungseingang für 3 Standorte")
        page.leave()
        seen["completeness"] = page.completeness_text.text()

        def add_goal(dialog: QDialog) -> None:
            type_text(qtbot, dialog.findChild(QLineEdit, "title"), "Durchlaufzeit halbieren")
            _choose(dialog.findChild(QComboBox, "status"), "Agreed")
            _ok(dialog)
            assert not dialog.isVisible()

        on_dialog(add_goal)
        editor.tabs.setCurrentWidget(editor.page("goals"))
        editor.page("goals").panel.add_button.click()
        assert editor.page("goals").panel.model.rowCount() == 1

        def accept(dialog: QDialog) -> None:
            assert isinstance(dialog, ReasonDialog)
            assert not dialog.blockers.isVisibleTo(dialog), dialog.blockers.text()
            type_text(qtbot, dialog.reason, "Alles geklärt")
            _ok(dialog)

        on_dialog(accept)
        _button(editor, EngagementStatus.accepted).click()
        seen["accepted"] = editor.status.text()
        editor.page("history").reload()
        seen["history"] = editor.page("history").panel.model.rowCount()
        editor.activateWindow()  # offscreen: no window manager hands focus back
        qtbot.waitUntil(editor.isActiveWindow)
        qtbot.keyClick(editor.tabs, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        seen["after_undo"] = editor.status.text()
        editor.reject()

    def new_engagement(dialog: QDialog) -> None:
        _choose(dialog.findChild(QComboBox, "client_id"), "Müller & Söhne GmbH")
        type_text(qtbot, dialog.findChild(QLineEdit, "title"), "Rechnungseingang automatisieren")
        dialog.findChild(QLineEdit, "hourly_rate").setText("120")
        _ok(dialog)

    on_dialog(new_engagement)
    tab.take_focus()
    tab.new_action.trigger()
    clarify_and_accept(the_editor(window))  # the new engagement opens in its window

    assert seen["pages"] == ["Overview", "Clarification", "Wishes", "Goals",
                             "Service catalogue", "Knowledge transfer", "Changes",
                             "History"]  # fmt: skip
    assert "Not every required clarification question is answered." in str(seen["blockers"])
    assert "No goal has been agreed yet." in str(seen["blockers"])
    assert "Accept anyway" in str(seen["refusal"])
    assert str(seen["completeness"]).endswith("(100 %)")
    assert seen["accepted"] == "Status: Accepted"
    assert seen["history"] == 2
    assert seen["after_undo"] == "Status: Clarifying"
    rows = workspace.engagements.list(EngagementQuery())
    assert [(r.title, r.status, r.completeness, r.agreed_goals) for r in rows] == [
        ("Rechnungseingang automatisieren", EngagementStatus.clarifying, 100, 1)
    ]
    assert workspace.agreements.goals(rows[0].id)[0].status == GoalStatus.agreed
    assert tab.model.rowCount() == 1


def test_new_engagement_needs_a_title_but_no_rate_yet(
    window: MainWindow, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    """A bare inquiry: the rate is agreed at the acceptance at the earliest."""
    assert window.database is not None
    make_client(window.database.workspace.clients, "Acme Ltd")
    tab = window.engagements_tab
    assert tab is not None
    tab.refresh(_everything())
    seen: dict[str, str] = {}

    def submit_empty(dialog: QDialog) -> None:
        _choose(dialog.findChild(QComboBox, "client_id"), "Acme Ltd")
        dialog.findChild(QLineEdit, "hourly_rate").setText("zwölf")
        _ok(dialog)
        seen["rate"] = dialog.form.error_text("hourly_rate")  # type: ignore[attr-defined]
        dialog.findChild(QLineEdit, "hourly_rate").clear()
        _ok(dialog)
        seen["title"] = dialog.form.error_text("title")  # type: ignore[attr-defined]
        seen["no rate"] = dialog.form.error_text("hourly_rate")  # type: ignore[attr-defined]
        type_text(qtbot, dialog.findChild(QLineEdit, "title"), "Erstgespräch")
        _ok(dialog)

    on_dialog(submit_empty)
    tab.new_action.trigger()
    assert seen["rate"] == "Please enter a number."
    assert seen["title"] == "Please fill in this field."
    assert seen["no rate"] == ""
    (row,) = window.database.workspace.engagements.list(EngagementQuery())
    assert window.database.workspace.engagements.get(row.id).hourly_rate is None
    assert window.undo_stack.undoText() == f"New engagement {row.reference} Erstgespräch"
    the_editor(window).close()


def test_engagements_tab_filters_by_status_in_sql(window: MainWindow, qtbot: QtBot) -> None:
    from workbook.demo.generator import fill_demo

    assert window.database is not None
    fill_demo(window.database.database, clients=6)
    tab = window.engagements_tab
    assert tab is not None
    tab.refresh(_everything())
    total = tab.model.rowCount()
    tab.status_filter.ticks[EngagementStatus.inquiry].trigger()
    status = tab.model.column_index("status")
    statuses = {tab.model.index(r, status).data() for r in range(tab.model.rowCount())}
    assert statuses == {"Inquiry"}
    assert 0 < tab.model.rowCount() < total
    tab.status_filter.ticks[EngagementStatus.clarifying].trigger()  # several at once
    statuses = {tab.model.index(r, status).data() for r in range(tab.model.rowCount())}
    assert statuses == {"Inquiry", "Clarifying"}
    assert tab.status_filter.text() == "Inquiry, Clarifying"


def test_everything_open_is_one_choice_of_the_status_filter(
    window: MainWindow, qtbot: QtBot
) -> None:
    from workbook.demo.generator import fill_demo

    assert window.database is not None
    fill_demo(window.database.database)  # with closed and declined ones
    tab = window.engagements_tab
    assert tab is not None
    tab.refresh(_everything())
    status = tab.model.column_index("status")
    before = {tab.model.index(r, status).data() for r in range(tab.model.rowCount())}
    assert {"Closed", "Declined"} <= before
    tab.status_filter.findChild(QAction, "openStatuses").trigger()
    shown = {tab.model.index(r, status).data() for r in range(tab.model.rowCount())}
    assert shown == before - {"Closed", "Declined"}
    assert tab.status_filter.text() == "Everything open"
    window.switch_language("de")
    qtbot.wait(10)
    assert tab.status_filter.text() == "Alles Offene"


def _everything():  # type: ignore[no-untyped-def]
    from workbook.domain.changes import ChangeSet

    return ChangeSet.everything()
