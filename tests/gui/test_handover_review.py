"""The Handover review tab: milestones across clients by due window, at-risk handovers on top,
keyboard actions on the selected milestone; verifying one shows in the editor and the list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QPlainTextEdit, QSpinBox
from pytestqt.qtbot import QtBot

from tests.engagement_factories import make_acceptable, make_engagement, walk
from tests.factories import make_client, make_contact
from tests.gui.editors import the_editor
from tests.gui.keyboard import type_text
from workbook.domain.changes import ChangeSet, Entity
from workbook.domain.enums import EngagementStatus as S
from workbook.domain.enums import MilestoneStatus
from workbook.domain.handover import DueWindow
from workbook.presentation.handover_columns import REVIEW_COLUMNS
from workbook.services.handover.shapes import MilestoneInput
from workbook.services.workspace import Workspace
from workbook.ui.engagements.editor import EngagementEditor
from workbook.ui.handover.tab import HandoverTab
from workbook.ui.shell.main_window import MainWindow
from workbook.ui.shell.settings import Settings

pytestmark = pytest.mark.gui
OnDialog = Callable[..., None]
TODAY = date.today()


@pytest.fixture
def workspace(window: MainWindow) -> Workspace:
    assert window.database is not None
    return window.database.workspace


@pytest.fixture
def engagement_id(workspace: Workspace) -> int:
    """An active engagement, self-sufficient in 20 days, with an overdue and a later topic."""
    client = make_client(workspace.clients, "Stadtwerke Nördlingen")
    make_contact(workspace.clients, client, "Jürgen Weiß")
    engagement = make_engagement(
        workspace.engagements, client, "Netzleitstelle", self_sufficient_on=TODAY + timedelta(20)
    )
    make_acceptable(workspace.clarification, workspace.agreements, engagement)
    walk(workspace.engagements, engagement, S.clarifying, S.accepted, S.active)
    handover = workspace.handover
    handover.add_milestone(
        engagement, MilestoneInput("Störungen melden", weight=3, planned_on=TODAY - timedelta(2))
    )
    handover.add_milestone(
        engagement, MilestoneInput("Berichte", weight=1, planned_on=TODAY + timedelta(60))
    )
    return engagement


def _tab(window: MainWindow) -> HandoverTab:
    tab = window.feature_tabs["handover"]
    assert isinstance(tab, HandoverTab)
    window.tabs.setCurrentWidget(tab)
    tab.reload()
    return tab


def _readiness_in_list(window: MainWindow, engagement_id: int) -> str:
    tab = window.engagements_tab
    assert tab is not None
    row = tab.model.row_of(engagement_id)
    assert row is not None
    return str(tab.model.index(row, tab.model.column_index("readiness")).data())


def test_milestones_stand_in_their_windows_and_the_risk_says_why(
    window: MainWindow, engagement_id: int
) -> None:
    tab = _tab(window)
    assert tab.model.windows() == [DueWindow.overdue, DueWindow.later]
    assert tab.model.index(0, 0).data() == "Overdue (1)"
    assert tab.risks.heading.text() == "Handovers at risk (1)"
    why = tab.risks.model.index(0, tab.risks.model.column_index("why")).data()
    assert why == "Readiness 0 % with 20 days left; 1 milestone overdue"


def test_verify_from_the_review_and_see_readiness_in_editor_and_list(
    window: MainWindow, workspace: Workspace, engagement_id: int, qtbot: QtBot,
    on_dialog: OnDialog,
) -> None:  # fmt: skip
    assert window.engagements_tab is not None
    window.engagements_tab.reload()  # the engagement was made through the services directly
    assert _readiness_in_list(window, engagement_id) == "0 %"
    tab = _tab(window)
    first = workspace.handover.milestones(engagement_id)[0]
    assert tab.select(first.id)
    tab.view.setFocus()
    seen: dict[str, str] = {}

    def sign_off(dialog: QDialog) -> None:
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        ok.click()  # nothing filled in: refused at the fields
        seen["verification"] = dialog.form.error_text("verification")  # type: ignore[attr-defined]
        seen["signer"] = dialog.form.error_text("signed_off_by_id")  # type: ignore[attr-defined]
        type_text(qtbot, dialog.findChild(QPlainTextEdit, "verification"), "Zwei Störungen allein")
        signer = dialog.findChild(QComboBox, "signed_off_by_id")
        signer.setCurrentIndex(signer.findText("Jürgen Weiß"))
        ok.click()

    on_dialog(sign_off)
    qtbot.keyClick(
        tab.view,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert seen == {
        "verification": "Please fill in this field.",
        "signer": "Please fill in this field.",
    }
    verified = workspace.handover.milestone(first.id)
    assert (verified.status, verified.signed_off_on) == (MilestoneStatus.verified, TODAY)
    assert tab.model.windows() == [DueWindow.later, DueWindow.done]
    why = tab.risks.model.index(0, tab.risks.model.column_index("why")).data()
    assert why == "Readiness 75 % with 20 days left"  # nothing overdue now; 75 % < 80 %
    assert _readiness_in_list(window, engagement_id) == "75 %"

    def look(editor: QDialog) -> None:
        assert isinstance(editor, EngagementEditor)
        page = editor.page("knowledge_transfer")
        seen["page"] = "knowledge_transfer" if editor.tabs.currentWidget() is page else "other"
        seen["bar"] = page.bar.text()  # type: ignore[attr-defined]
        editor.reject()

    tab.select(workspace.handover.milestones(engagement_id)[1].id)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    look(the_editor(window))
    assert (seen["page"], seen["bar"]) == ("knowledge_transfer", "75 %")


def test_mark_done_by_key_and_undo(
    window: MainWindow, workspace: Workspace, engagement_id: int, qtbot: QtBot
) -> None:
    tab = _tab(window)
    first = workspace.handover.milestones(engagement_id)[0]
    tab.select(first.id)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    done = workspace.handover.milestone(first.id)
    assert (done.status, done.done_on) == (MilestoneStatus.done, TODAY)
    assert DueWindow.overdue not in tab.model.windows()
    assert tab.selected() is not None  # the next milestone is up
    window.undo_stack.undo()
    assert workspace.handover.milestone(first.id).status is MilestoneStatus.planned
    assert tab.model.windows()[0] is DueWindow.overdue


def test_filters_by_client_and_status(window: MainWindow, engagement_id: int) -> None:
    tab = _tab(window)
    status = tab.status_filter
    status.setCurrentIndex(status.findText("Verified"))
    tab.apply_filter()
    assert tab.stack.currentWidget() is tab.empty
    assert tab.empty.text() == "No milestone matches these filters."
    status.setCurrentIndex(0)
    tab.client_filter.setCurrentIndex(tab.client_filter.findText("Stadtwerke Nördlingen"))
    tab.apply_filter()
    assert tab.model.windows() == [DueWindow.overdue, DueWindow.later]


def test_the_risk_rule_is_a_setting_and_the_views_follow_it(
    window: MainWindow, engagement_id: int, workspace: Workspace, on_dialog: OnDialog
) -> None:
    tab = _tab(window)
    first = workspace.handover.milestones(engagement_id)[0]
    tab.select(first.id)
    tab.mark_done()  # nothing overdue now; readiness 0 % with 20 days left is still a risk
    assert tab.risks.model.rowCount() == 1

    def shorter(dialog: QDialog) -> None:
        dialog.findChild(QSpinBox, "horizonDays").setValue(10)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    on_dialog(shorter)
    window.menus.preferences.trigger()
    assert tab.risks.heading.text() == "No handover is at risk."  # 20 days: not near any more


def test_the_review_keeps_what_it_shows_until_the_next_answer(
    window: MainWindow, engagement_id: int, qtbot: QtBot
) -> None:
    tab = _tab(window)
    assert tab.model.windows() == [DueWindow.overdue, DueWindow.later]
    tab.loader.settle_ms = 0  # as if the query were slow
    status = tab.status_filter
    status.setCurrentIndex(status.findText("Verified"))
    tab.apply_filter()
    assert tab.loader.busy
    assert tab.model.windows() == [DueWindow.overdue, DueWindow.later]  # still shown
    assert tab.stack.currentWidget() is tab.view
    qtbot.waitUntil(lambda: tab.stack.currentWidget() is tab.empty)
    assert tab.model.windows() == []


def test_the_review_chooses_its_columns_but_keeps_the_topic(
    window: MainWindow, settings: Settings
) -> None:
    tab = _tab(window)
    header = tab.view.header()
    entries = {action.objectName(): action for action in tab.columns.menu().actions()}
    assert not entries["column_topic"].isEnabled()  # the windows hang on it
    entries["column_weight"].trigger()
    assert header.isSectionHidden(len(REVIEW_COLUMNS) - 1)
    assert settings.hidden_columns("handover") == frozenset({"weight"})


def test_the_closed_done_window_reads_its_rows_when_opened(
    window: MainWindow, workspace: Workspace, engagement_id: int, qtbot: QtBot
) -> None:
    tab = _tab(window)
    first = workspace.handover.milestones(engagement_id)[0]
    tab.select(first.id)
    tab.mark_done()
    done = tab.model.group_index(DueWindow.done)
    assert done.isValid()
    assert not tab.view.isExpanded(done)
    assert tab.model.rowCount(done) == 0  # closed: counted, not read
    assert "(1)" in done.data()
    tab.view.expand(done)
    qtbot.waitUntil(lambda: tab.model.rowCount(done) == 1)
    assert tab.model.milestone(tab.model.index(0, 0, done)).id == first.id  # type: ignore[union-attr]


def test_enter_opens_the_milestone_selected_in_the_editor(
    window: MainWindow, workspace: Workspace, engagement_id: int, qtbot: QtBot
) -> None:
    tab = _tab(window)
    later = workspace.handover.milestones(engagement_id)[1]
    assert tab.select(later.id)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    editor = the_editor(window)
    page = editor.page("knowledge_transfer")
    assert editor.tabs.currentWidget() is page
    panel = page.panel  # type: ignore[attr-defined]
    assert panel.selected_id() == later.id
    assert editor.focusWidget() is panel.view
    editor.reject()


def test_a_click_on_a_column_sorts_each_window_and_a_change_still_counts(
    window: MainWindow, workspace: Workspace, engagement_id: int, qtbot: QtBot
) -> None:
    workspace.handover.add_milestone(
        engagement_id, MilestoneInput("Anlagen prüfen", planned_on=TODAY + timedelta(90))
    )
    tab = _tab(window)
    later = tab.model.group_index(DueWindow.later)

    def topics() -> list[str]:
        return [tab.model.index(row, 0, later).data() for row in range(tab.model.rowCount(later))]

    assert topics() == ["Berichte", "Anlagen prüfen"]  # by planned day at first
    header = tab.view.header()
    topic = REVIEW_COLUMNS.index(next(c for c in REVIEW_COLUMNS if c.key == "topic"))
    at = header.sectionViewportPosition(topic) + header.sectionSize(topic) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(at, 5))
    qtbot.waitUntil(lambda: topics() == ["Anlagen prüfen", "Berichte"])
    assert tab.model.index(0, 0).data() == "Overdue (1)"  # the counts and risks stay
    assert tab.risks.heading.text() == "Handovers at risk (1)"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(at, 5))
    qtbot.waitUntil(lambda: topics() == ["Berichte", "Anlagen prüfen"])
    tab.select(workspace.handover.milestones(engagement_id)[0].id)  # the overdue one
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    # done while sorted: the windows are counted again, the sort is kept
    assert tab.model.windows() == [DueWindow.later, DueWindow.done]
    assert tab.model.index(1, 0).data() == "Done (1)"
    later = tab.model.group_index(DueWindow.later)
    assert topics() == ["Berichte", "Anlagen prüfen"]
    why = tab.risks.model.index(0, tab.risks.model.column_index("why")).data()
    assert why == "Readiness 0 % with 20 days left"  # done, not verified: nothing overdue


def test_the_client_filter_reads_its_risks_and_the_status_filter_keeps_them(
    window: MainWindow, workspace: Workspace, engagement_id: int
) -> None:
    other = make_client(workspace.clients, "Bäckerei Kühne")
    late = make_engagement(
        workspace.engagements, other, "Kasse", self_sufficient_on=TODAY + timedelta(10)
    )
    make_acceptable(workspace.clarification, workspace.agreements, late)
    walk(workspace.engagements, late, S.clarifying, S.accepted, S.active)
    workspace.handover.add_milestone(
        late, MilestoneInput("Kassenabschluss", planned_on=TODAY - timedelta(1))
    )
    window.apply_changes(ChangeSet.of(Entity.client))  # made beside the window: tell it
    tab = _tab(window)
    assert tab.risks.heading.text() == "Handovers at risk (2)"
    status, client = tab.status_filter, tab.client_filter
    status.setCurrentIndex(status.findText("Planned"))
    tab.apply_filter()
    assert tab.model.index(0, 0).data() == "Overdue (2)"
    assert tab.risks.heading.text() == "Handovers at risk (2)"
    client.setCurrentIndex(client.findText("Bäckerei Kühne"))
    tab.apply_filter()
    assert tab.model.index(0, 0).data() == "Overdue (1)"
    assert tab.risks.heading.text() == "Handovers at risk (1)"
    assert tab.risks.model.index(0, 0).data() == "Bäckerei Kühne"
    client.setCurrentIndex(0)
    status.setCurrentIndex(0)
    tab.apply_filter()
    assert tab.model.index(0, 0).data() == "Overdue (2)"
    assert tab.risks.heading.text() == "Handovers at risk (2)"
