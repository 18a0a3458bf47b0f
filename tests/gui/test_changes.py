"""Change requests in the window: the editor's Changes page with the scope-creep meter, the cost
notice, the Changes tab, and the Engagements list's scope-creep columns — driven with keys and
clicks, checked on the screen and in the database, and undone."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.engagement_factories import make_acceptable, make_change, make_engagement, walk
from tests.factories import make_client, make_contact
from tests.gui.keyboard import type_text
from workbook.domain.changes import ChangeSet
from workbook.domain.enums import ChangeKind, ChangeStatus, EngagementStatus
from workbook.services.changes.shapes import ChangeQuery
from workbook.services.practice.shapes import ProfileInput
from workbook.services.workspace import Workspace
from workbook.ui.engagements.changes.notice_dialog import NoticeDialog
from workbook.ui.engagements.changes.page import ChangesPage
from workbook.ui.engagements.editor import EngagementEditor
from workbook.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui
OnDialog = Callable[..., None]
S = ChangeStatus
TODAY = date.today()


@pytest.fixture
def workspace(window: MainWindow) -> Workspace:
    assert window.database is not None
    return window.database.workspace


@pytest.fixture
def engagement_id(workspace: Workspace) -> int:
    """Active, billed by the hour at 120 EUR, 40 hours agreed; the client reads German."""
    client = make_client(workspace.clients, "Bäckerei Größl", language="de")
    make_contact(workspace.clients, client, "Jürgen Weiß", email="jw@example.com",
                 department="Einkauf", is_primary=True)  # fmt: skip
    engagement = make_engagement(workspace.engagements, client, "Schichtplanung",
                                 budget_hours=Decimal(40))  # fmt: skip
    make_acceptable(workspace.clarification, workspace.agreements, engagement)
    walk(workspace.engagements, engagement, EngagementStatus.clarifying,
         EngagementStatus.accepted, EngagementStatus.active)  # fmt: skip
    return engagement


@pytest.fixture
def editor(window: MainWindow, engagement_id: int, qtbot: QtBot) -> Iterator[EngagementEditor]:
    assert window.engagements_tab is not None
    window.engagements_tab.reload()
    editor = EngagementEditor(window, window.engagements_tab.context, engagement_id)
    qtbot.addWidget(editor)
    editor.show_page("changes")
    editor.show()
    editor.activateWindow()  # shortcuts work in the active window
    qtbot.waitUntil(editor.isActiveWindow)
    yield editor
    editor.close()


def _ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def _page(editor: EngagementEditor) -> ChangesPage:
    page = editor.page("changes")
    assert isinstance(page, ChangesPage)
    return page


def _cells(page: ChangesPage, column: str) -> list[str]:
    model = page.panel.model
    index = model.column_index(column)
    return [model.index(row, index).data() for row in range(model.rowCount())]


def _engagement_cell(window: MainWindow, engagement_id: int, column: str) -> str:
    tab = window.engagements_tab
    assert tab is not None
    row = tab.model.row_of(engagement_id)
    assert row is not None
    return str(tab.model.index(row, tab.model.column_index(column)).data())


def _activate(widget: QWidget, qtbot: QtBot) -> None:
    """Back in its window after a dialog closed: shortcuts work in the active window."""
    widget.window().activateWindow()
    qtbot.waitUntil(widget.window().isActiveWindow)


def _log(page: ChangesPage, qtbot: QtBot, on_dialog: OnDialog, title: str, kind: str) -> None:
    """Ctrl+N on the page, the request typed into the form, OK."""

    def fill(dialog: QDialog) -> None:
        type_text(qtbot, dialog.findChild(QLineEdit, "title"), title)
        _choose(dialog.findChild(QComboBox, "kind"), kind)
        if kind == "New stakeholder or department":
            _choose(dialog.findChild(QComboBox, "requested_by_id"), "Jürgen Weiß")
            assert dialog.findChild(QLineEdit, "department").text() == "Einkauf"
        _ok(dialog)

    on_dialog(fill)
    _activate(page, qtbot)
    qtbot.keyClick(page.panel.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


def _estimate(page: ChangesPage, qtbot: QtBot, on_dialog: OnDialog, row: int, hours: str) -> None:
    """F2 on the request, the effort typed: it becomes an estimate, the cost follows."""
    seen: dict[str, str] = {}

    def estimate(dialog: QDialog) -> None:
        type_text(qtbot, dialog.findChild(QLineEdit, "effort_hours"), hours)
        seen["status"] = dialog.findChild(QComboBox, "status").currentText()
        seen["cost"] = dialog.findChild(QLineEdit, "cost").placeholderText()
        _ok(dialog)

    on_dialog(estimate)
    page.panel.view.selectRow(row)
    _activate(page, qtbot)
    qtbot.keyClick(page.panel.view, Qt.Key.Key_F2)
    assert seen["status"] == "Estimated"
    assert seen["cost"].startswith("automatic: ")


def test_three_requests_estimated_told_approved_move_the_meter_and_undo_it_all(
    window: MainWindow,
    editor: EngagementEditor,
    workspace: Workspace,
    engagement_id: int,
    qtbot: QtBot,
    on_dialog: OnDialog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(editor)
    assert page.meter.added.text() == "Approved and done changes add nothing so far."
    _log(page, qtbot, on_dialog, "Nur eine kleine Änderung", "Small change")
    _log(page, qtbot, on_dialog, "Musterunterlagen veraltet", "Outdated material")
    _log(page, qtbot, on_dialog, "Abteilung Vertrieb Süd", "New stakeholder or department")
    assert _cells(page, "status") == ["Open"] * 3
    for row, hours in enumerate(("1.5", "3", "2")):
        _estimate(page, qtbot, on_dialog, row, hours)
    assert _cells(page, "cost") == ["180.00", "360.00", "240.00"]
    assert _cells(page, "status") == ["Estimated"] * 3

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    seen: dict[str, str] = {}

    def inform(dialog: QDialog) -> None:
        assert isinstance(dialog, NoticeDialog)
        seen["language"] = dialog.language.currentText()
        seen["body"] = dialog.body.toPlainText()
        dialog.copy_button.click()
        dialog.mail_button.click()
        dialog.told_button.click()

    on_dialog(inform, NoticeDialog)
    page.inform_button.click()
    assert seen["language"] == "Deutsch"  # the client's language, not the window's
    assert "- Nur eine kleine Änderung (gewünscht am " in seen["body"]
    assert "Summe dieser Änderungen: 6,5 Std., 780,00 EUR." in seen["body"]
    assert QGuiApplication.clipboard().text() == seen["body"]
    assert opened[0].scheme() == "mailto"
    assert opened[0].path() == "jw@example.com"
    assert "780,00" in opened[0].query(QUrl.ComponentFormattingOption.FullyDecoded)
    rows = workspace.changes.of_engagement(engagement_id)
    assert {(r.status, r.client_informed_on) for r in rows} == {(S.client_informed, TODAY)}
    assert not page.inform_button.isEnabled()  # nothing left to tell

    for row in range(3):
        page.panel.view.selectRow(row)
        page.step_buttons[S.approved].click()
    assert _cells(page, "status") == ["Approved"] * 3
    assert page.meter.share.text() == "16 % of the 40.0 h budget"
    assert page.meter.added.text() == (
        "Approved and done changes add 6.5 h · 780.00 EUR – caused by the client."
    )
    assert page.meter.warning.text() == "Above the warning threshold of 10 %."
    assert _engagement_cell(window, engagement_id, "added_hours") == "6.5 h"
    assert _engagement_cell(window, engagement_id, "creep_share") == "16 %"
    assert _engagement_cell(window, engagement_id, "creep_bearer") == "Caused by the client"

    steps = window.undo_stack.count()
    assert steps == 3 + 3 + 1 + 3  # logged, estimated, told (one step), approved
    _activate(editor, qtbot)
    for _ in range(steps):
        qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert workspace.changes.of_engagement(engagement_id) == []
    assert page.panel.model.rowCount() == 0
    assert page.meter.added.text() == "Approved and done changes add nothing so far."
    assert page.meter.warning.isHidden()
    assert _engagement_cell(window, engagement_id, "added_hours") == "0.0 h"
    assert _engagement_cell(window, engagement_id, "creep_share") == "0 %"


def test_the_form_refuses_at_the_field_and_saves_nothing(
    editor: EngagementEditor, workspace: Workspace, engagement_id: int, qtbot: QtBot,
    on_dialog: OnDialog,
) -> None:  # fmt: skip
    seen: dict[str, str] = {}

    def wrong(dialog: QDialog) -> None:
        type_text(qtbot, dialog.findChild(QLineEdit, "title"), "Logo austauschen")
        dialog.findChild(QLineEdit, "effort_hours").setText("-2")
        _choose(dialog.findChild(QComboBox, "status"), "Done")
        _ok(dialog)
        seen["effort"] = dialog.form.error_text("effort_hours")  # type: ignore[attr-defined]
        seen["status"] = dialog.form.error_text("status")  # type: ignore[attr-defined]
        dialog.reject()

    on_dialog(wrong)
    _page(editor).panel.add_button.click()
    assert seen == {
        "effort": "This value is out of range.",
        "status": "Only approved work can be done. Approve the request first.",
    }
    assert workspace.changes.count(ChangeQuery()) == 0


def test_a_fixed_price_engagement_absorbs_and_no_budget_says_so(
    window: MainWindow, workspace: Workspace, qtbot: QtBot
) -> None:
    from tests.engagement_factories import make_change
    from workbook.domain.enums import BillingModel

    client = make_client(workspace.clients, "Festpreis GmbH")
    fixed = make_engagement(workspace.engagements, client, "Festpreis",
                            billing_model=BillingModel.fixed, fixed_price=Decimal(10000),
                            change_rate=Decimal(150))  # fmt: skip
    bare = make_engagement(workspace.engagements, client, "Ohne Budget")
    for engagement in (fixed, bare):
        make_change(workspace.changes, engagement, effort_hours=Decimal(4), status=S.approved)
    assert window.engagements_tab is not None
    window.engagements_tab.reload()
    assert _engagement_cell(window, fixed, "added_cost") == "600.00"
    assert _engagement_cell(window, fixed, "creep_share") == "6 %"
    assert _engagement_cell(window, fixed, "creep_bearer") == "Absorbed by you"
    assert _engagement_cell(window, bare, "creep_share") == "No budget agreed"
    editor = EngagementEditor(window, window.engagements_tab.context, fixed)
    qtbot.addWidget(editor)
    page = _page(editor)
    assert page.meter.share.text() == "6 % of the fixed price of 10,000.00 EUR"
    assert "absorbed by you under the fixed price" in page.meter.added.text()
    assert page.meter.warning.text() == (
        "Approved work with cost the client has not been told about: 1."
    )
    editor.close()


def test_changes_tab_filters_several_statuses_and_removes_undoably(
    window: MainWindow, workspace: Workspace, engagement_id: int, qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from tests.engagement_factories import make_change

    for title, status, kind in (
        ("Feld", S.open, ChangeKind.small_change),
        ("Preisliste", S.estimated, ChangeKind.outdated_material),
        ("Betriebsrat", S.approved, ChangeKind.new_stakeholder),
        ("Workshop", S.rejected, ChangeKind.other),
    ):
        hours = None if status is S.open else Decimal(2)
        make_change(workspace.changes, engagement_id, title, effort_hours=hours, status=status,
                    kind=kind)  # fmt: skip
    tab = window.feature_tabs["changes"]
    window.tabs.setCurrentWidget(tab)
    tab.refresh(_everything())

    def titles() -> list[str]:
        model = tab.model  # type: ignore[attr-defined]
        column = model.column_index("title")
        return sorted(model.index(r, column).data() for r in range(model.rowCount()))

    assert titles() == ["Betriebsrat", "Feld", "Preisliste", "Workshop"]
    tab.status_filter.ticks[S.estimated].trigger()  # type: ignore[attr-defined]
    tab.status_filter.ticks[S.approved].trigger()  # type: ignore[attr-defined]
    assert tab.status_filter.text() == "Estimated, Approved"  # type: ignore[attr-defined]
    assert titles() == ["Betriebsrat", "Preisliste"]
    kinds = tab.kind_filter  # type: ignore[attr-defined]
    _choose(kinds, "Outdated material")
    kinds.activated.emit(kinds.currentIndex())
    assert titles() == ["Preisliste"]
    tab.select(workspace.changes.list(ChangeQuery(text="Preisliste"))[0].id)  # type: ignore[attr-defined]
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    tab.view.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    assert titles() == []
    assert "No change request matches" in tab.empty.text()  # type: ignore[attr-defined]
    window.undo_stack.undo()
    assert titles() == ["Preisliste"]


def test_the_warning_threshold_is_a_setting(
    window: MainWindow, editor: EngagementEditor, workspace: Workspace, engagement_id: int,
    on_dialog: OnDialog,
) -> None:  # fmt: skip
    from PySide6.QtWidgets import QSpinBox

    from tests.engagement_factories import make_change

    make_change(workspace.changes, engagement_id, effort_hours=Decimal(6), status=S.approved,
                client_informed_on=TODAY)  # 15 %  # fmt: skip
    _page(editor).reload()
    assert _page(editor).meter.warning.text() == "Above the warning threshold of 10 %."

    def twenty(dialog: QDialog) -> None:
        dialog.findChild(QSpinBox, "scopeThreshold").setValue(20)
        _ok(dialog)

    on_dialog(twenty)
    window.menus.preferences.trigger()
    assert _page(editor).meter.warning.isHidden()
    assert window.engagements_tab is not None
    assert window.engagements_tab.context.preferences.scope_creep_threshold == Decimal("0.2")


def _everything() -> object:
    from workbook.domain.changes import ChangeSet

    return ChangeSet.everything()


def test_changes_tab_keys_log_and_edit_for_the_engagement_picked(
    window: MainWindow, workspace: Workspace, engagement_id: int, qtbot: QtBot,
    on_dialog: OnDialog,
) -> None:  # fmt: skip
    from PySide6.QtWidgets import QInputDialog

    tab = window.feature_tabs["changes"]
    window.tabs.setCurrentWidget(tab)
    tab.refresh(_everything())  # type: ignore[attr-defined]

    def pick(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        assert dialog.textValue().endswith("– Schichtplanung (Bäckerei Größl)")
        on_dialog(log)
        dialog.accept()

    def log(dialog: QDialog) -> None:
        type_text(qtbot, dialog.findChild(QLineEdit, "title"), "Zusätzlicher Workshop")
        _ok(dialog)

    on_dialog(pick, QInputDialog)
    tab.take_focus()  # type: ignore[attr-defined]
    qtbot.keyClick(tab.empty, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    (row,) = workspace.changes.of_engagement(engagement_id)
    assert (row.title, row.status) == ("Zusätzlicher Workshop", S.open)
    assert tab.selected_id() == row.id  # type: ignore[attr-defined]

    def estimate(dialog: QDialog) -> None:
        type_text(qtbot, dialog.findChild(QLineEdit, "effort_hours"), "4")
        _ok(dialog)

    on_dialog(estimate)
    _activate(tab, qtbot)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert workspace.changes.get(row.id).cost == Decimal(480)
    assert tab.step_actions[S.approved].isEnabled()  # type: ignore[attr-defined]
    assert not tab.step_actions[S.done].isEnabled()  # type: ignore[attr-defined]


def test_the_client_dialog_sets_the_language_of_texts_to_the_client(
    window: MainWindow, workspace: Workspace, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    client = make_client(workspace.clients, "Northbridge Analytics Ltd")
    tab = window.clients_tab
    assert tab is not None
    tab.reload()
    tab.select(client)

    def english(dialog: QDialog) -> None:
        language = dialog.findChild(QComboBox, "language")
        assert language.currentText() == "as the app is set"
        _choose(language, "English")
        _ok(dialog)

    on_dialog(english)
    tab.edit_action.trigger()
    assert workspace.clients.get(client).language == "en"


def test_the_cost_notice_from_the_window_is_signed_by_the_practice(
    window: MainWindow, workspace: Workspace, engagement_id: int, editor: EngagementEditor,
    on_dialog: OnDialog,
) -> None:  # fmt: skip
    profile = ProfileInput(name="Anna Berger", company="Berger Prozessberatung",
                           email="anna@berger.de", phone="+49 30 2345-678")  # fmt: skip
    workspace.practice.save_profile(profile, version=0)
    make_change(workspace.changes, engagement_id, effort_hours=Decimal(2),
                status=ChangeStatus.estimated)  # fmt: skip
    window.apply_changes(ChangeSet.everything())
    page = _page(editor)
    seen: list[str] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, NoticeDialog)
        seen.append(dialog.body.toPlainText())
        dialog.reject()

    on_dialog(read, NoticeDialog)
    page.inform_button.click()
    signed = "Freundliche Grüße\nAnna Berger\nBerger Prozessberatung\nanna@berger.de\n"
    assert seen[0].rstrip().endswith(signed + "+49 30 2345-678")
