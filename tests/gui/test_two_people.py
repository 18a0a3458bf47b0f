"""Two people on one database: the window and a colleague's program writing to it. A save over
the colleague's change is refused with what they changed, the edit stays in the form and goes
on top of their version; the lists follow the colleague's changes and keep the selection."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from tests.engagement_factories import make_engagement, make_goal
from tests.factories import make_client
from tests.gui.keyboard import type_text
from workbook.services.agreements.shapes import GoalInput
from workbook.services.support.shapes import SupportPlanInput
from workbook.services.workspace import Workspace
from workbook.ui.clients.tab import ClientsTab
from workbook.ui.common.record_dialog import RecordDialog
from workbook.ui.engagements.editor import EngagementEditor
from workbook.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui
OnDialog = Callable[..., None]


def _tab(window: MainWindow) -> ClientsTab:
    assert window.clients_tab is not None
    return window.clients_tab


def _ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_save_over_a_colleagues_change_says_what_they_changed_and_keeps_the_edit(
    window: MainWindow, colleague: Workspace, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    client_id = make_client(colleague.clients, "Alt GmbH", phone="030 1")
    tab = _tab(window)
    tab.reload()
    tab.select(client_id)
    seen: dict[str, object] = {}

    def answer(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        seen["told"] = box.text()
        box.findChild(QPushButton, "loadTheirVersion").click()

    def edit_while_they_save(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordDialog)
        type_text(qtbot, dialog.findChild(QPlainTextEdit, "notes"), "Rückruf am Montag")
        theirs = colleague.clients.get(client_id)
        colleague.clients.update(
            client_id, dataclasses.replace(theirs.as_input(), name="Neu GmbH", phone="030 2"),
            version=theirs.version,
        )  # fmt: skip
        on_dialog(answer, QMessageBox)
        _ok(dialog)  # refused: the dialog stays, with the edit
        seen["open"] = dialog.isVisible()
        seen["form"] = (
            dialog.findChild(QLineEdit, "name").text(),
            dialog.findChild(QLineEdit, "phone").text(),
            dialog.findChild(QPlainTextEdit, "notes").toPlainText(),
        )
        _ok(dialog)  # over their version, which the form now shows

    on_dialog(edit_while_they_save)
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    assert seen["told"] == (
        "Someone else changed this client since you opened it: Name, Phone. Your edits are "
        "still in the form; load their version to see theirs with your edits on top, then "
        "save again."
    )
    assert seen["open"] is True
    assert seen["form"] == ("Neu GmbH", "030 2", "Rückruf am Montag")
    saved = colleague.clients.get(client_id)
    assert (saved.name, saved.phone, saved.notes) == ("Neu GmbH", "030 2", "Rückruf am Montag")


def test_keeping_the_form_refuses_the_next_save_too(
    window: MainWindow, colleague: Workspace, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    """Declining their version never turns the next OK into a silent overwrite."""
    client_id = make_client(colleague.clients, "Alt GmbH")
    tab = _tab(window)
    tab.reload()
    tab.select(client_id)
    told: list[str] = []

    def keep(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.reject()

    def edit_while_they_save(dialog: QDialog) -> None:
        type_text(qtbot, dialog.findChild(QLineEdit, "industry"), "Handel")
        theirs = colleague.clients.get(client_id)
        colleague.clients.update(
            client_id, dataclasses.replace(theirs.as_input(), name="Neu GmbH"),
            version=theirs.version,
        )  # fmt: skip
        for _ in range(2):
            on_dialog(keep, QMessageBox)
            _ok(dialog)
        dialog.reject()

    on_dialog(edit_while_they_save)
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    assert len(told) == 2
    stored = colleague.clients.get(client_id)
    assert (stored.name, stored.industry) == ("Neu GmbH", "")


def test_the_engagement_overview_keeps_the_edit_and_loads_their_version(
    window: MainWindow, colleague: Workspace, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    engagement = make_engagement(colleague.engagements, make_client(colleague.clients))
    assert window.engagements_tab is not None
    editor = EngagementEditor(window, window.engagements_tab.context, engagement)
    qtbot.addWidget(editor)
    editor.show()
    overview = editor.page("overview")
    goal = overview.form.field("goal_statement").widget
    assert isinstance(goal, QPlainTextEdit)
    goal.setFocus()
    type_text(qtbot, goal, "Bestellungen in zwei Tagen")
    theirs = colleague.engagements.get(engagement)
    colleague.engagements.update(
        engagement, dataclasses.replace(theirs.as_input(), subject="Einkauf neu"),
        version=theirs.version,
    )  # fmt: skip
    told: list[str] = []

    def load(box: QDialog) -> None:
        told.append(box.text())  # type: ignore[attr-defined]
        box.findChild(QPushButton, "loadTheirVersion").click()

    on_dialog(load, QMessageBox)
    overview.save_button.click()
    assert told == [
        "Someone else changed this engagement since you opened it: Subject of the work. Your "
        "edits are still in the form; load their version to see theirs with your edits on "
        "top, then save again."
    ]
    subject = overview.form.field("subject").widget
    assert isinstance(subject, QPlainTextEdit)
    assert (subject.toPlainText(), goal.toPlainText()) == (
        "Einkauf neu",
        "Bestellungen in zwei Tagen",
    )
    overview.save_button.click()
    saved = colleague.engagements.get(engagement)
    assert (saved.subject, saved.goal_statement) == ("Einkauf neu", "Bestellungen in zwei Tagen")
    editor.close()


def test_the_list_follows_a_colleague_and_keeps_the_selection(
    window: MainWindow, colleague: Workspace, qtbot: QtBot
) -> None:
    first = make_client(colleague.clients, "Alt GmbH")
    chosen = make_client(colleague.clients, "Bäckerei Größl")
    tab = _tab(window)
    tab.reload()
    tab.select(chosen)
    renamed = colleague.clients.get(first)
    colleague.clients.update(
        first, dataclasses.replace(renamed.as_input(), name="Zander KG"), version=renamed.version
    )
    make_client(colleague.clients, "Kühne Logistik")

    def names() -> list[str]:
        return [tab.model.row_at(row).name for row in range(tab.model.rowCount())]

    qtbot.waitUntil(
        lambda: names() == ["Bäckerei Größl", "Kühne Logistik", "Zander KG"], timeout=6000
    )
    assert tab.selected_id() == chosen
    assert window.statusBar().currentMessage() == "Updated with changes made by another program"


def test_an_engagements_goal_dialog_keeps_the_edit_and_loads_their_version(
    window: MainWindow, colleague: Workspace, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    """The editor's record dialogs (goals, wishes, service items, change requests…) too."""
    engagement = make_engagement(colleague.engagements, make_client(colleague.clients))
    goal = make_goal(colleague.agreements, engagement, "Durchlaufzeit halbieren")
    assert window.engagements_tab is not None
    editor = EngagementEditor(window, window.engagements_tab.context, engagement)
    qtbot.addWidget(editor)
    editor.show()
    seen: dict[str, object] = {}

    def load(box: QDialog) -> None:
        seen["told"] = box.text()  # type: ignore[attr-defined]
        box.findChild(QPushButton, "loadTheirVersion").click()

    def edit_while_they_save(dialog: QDialog) -> None:
        title = dialog.findChild(QLineEdit, "title")
        title.selectAll()
        type_text(qtbot, title, "Durchlaufzeit dritteln")
        theirs = colleague.agreements.goal(goal)
        colleague.agreements.update_goal(
            goal, GoalInput(theirs.title, success_criterion="Unter 2 Tagen"),
            version=theirs.version,
        )  # fmt: skip
        on_dialog(load, QMessageBox)
        _ok(dialog)
        seen["criterion"] = dialog.findChild(QPlainTextEdit, "success_criterion").toPlainText()
        _ok(dialog)

    on_dialog(edit_while_they_save)
    editor.page("goals").commands.edit(engagement, goal)
    assert seen["told"] == (
        "Someone else changed this since you opened it: Success criterion. Your edits are "
        "still in the form; load their version to see theirs with your edits on top, then "
        "save again."
    )
    assert seen["criterion"] == "Unter 2 Tagen"
    saved = colleague.agreements.goal(goal)
    assert (saved.title, saved.success_criterion) == ("Durchlaufzeit dritteln", "Unter 2 Tagen")
    editor.close()


def test_a_support_plans_dialog_keeps_the_edit_and_loads_their_version(
    window: MainWindow, colleague: Workspace, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    client = make_client(colleague.clients, "Bäckerei Größl")
    added = colleague.support.add_plan(SupportPlanInput(client, "Wartung", date(2026, 1, 1)))
    plan = added.created_id or 0
    assert window.support_tab is not None
    seen: dict[str, object] = {}

    def load(box: QDialog) -> None:
        seen["told"] = box.text()  # type: ignore[attr-defined]
        box.findChild(QPushButton, "loadTheirVersion").click()

    def edit_while_they_save(dialog: QDialog) -> None:
        name = dialog.findChild(QLineEdit, "name")
        name.selectAll()
        type_text(qtbot, name, "Wartung und Pflege")
        theirs = colleague.support.plan(plan, today=date(2026, 6, 1))
        colleague.support.update_plan(
            plan, dataclasses.replace(theirs.as_input(), included_hours=Decimal(8)),
            version=theirs.version,
        )  # fmt: skip
        on_dialog(load, QMessageBox)
        _ok(dialog)
        _ok(dialog)

    on_dialog(edit_while_they_save)
    window.support_tab.actions_.edit_plan(plan)
    assert str(seen["told"]).startswith(
        "Someone else changed this since you opened it: Included hours. Your edits"
    )
    saved = colleague.support.plan(plan, today=date(2026, 6, 1))
    assert (saved.name, saved.included_hours) == ("Wartung und Pflege", Decimal(8))
