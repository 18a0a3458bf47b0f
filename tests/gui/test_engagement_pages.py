"""The editor's pages one by one: wishes, goals, service catalogue, catalogue editing, decline."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from tests.engagement_factories import answer, make_engagement, make_goal
from tests.factories import make_client
from tests.gui.keyboard import type_text
from workbook.domain.enums import EngagementStatus, GoalStatus, WishKind
from workbook.services.agreements.shapes import WishInput
from workbook.services.workspace import Workspace
from workbook.ui.engagements.editor import EngagementEditor
from workbook.ui.engagements.transitions import ReasonDialog
from workbook.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui
OnDialog = Callable[..., None]


@pytest.fixture
def workspace(window: MainWindow) -> Workspace:
    assert window.database is not None
    return window.database.workspace


@pytest.fixture
def editor(window: MainWindow, workspace: Workspace, qtbot: QtBot) -> Iterator[EngagementEditor]:
    client = make_client(workspace.clients, "Bäckerei Größl")
    engagement = make_engagement(workspace.engagements, client, "Schichtplanung")
    assert window.engagements_tab is not None
    editor = EngagementEditor(window, window.engagements_tab.context, engagement)
    qtbot.addWidget(editor)
    editor.show()
    yield editor
    editor.close()


def _ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_wants_and_needs_are_shown_apart(
    editor: EngagementEditor, workspace: Workspace, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    def want(dialog: QDialog) -> None:
        type_text(qtbot, dialog.findChild(QPlainTextEdit, "text"), "Eine App für alles")
        _ok(dialog)

    on_dialog(want)
    editor.page("wishes").wants.add_button.click()
    workspace.agreements.add_wish(editor.engagement_id, WishInput("Weniger Doppelerfassung",
                                                                  WishKind.need))  # fmt: skip
    editor.page("wishes").reload()
    wants = editor.page("wishes").wants.model
    needs = editor.page("wishes").needs.model
    assert [wants.index(r, 0).data() for r in range(wants.rowCount())] == ["Eine App für alles"]
    assert [needs.index(r, 0).data() for r in range(needs.rowCount())] == [
        "Weniger Doppelerfassung"
    ]
    workspace.agreements.add_wish(editor.engagement_id, WishInput("Mobil erfassen", WishKind.both))
    editor.page("wishes").reload()
    assert "Mobil erfassen" in [wants.index(r, 0).data() for r in range(wants.rowCount())]
    assert "Mobil erfassen" in [needs.index(r, 0).data() for r in range(needs.rowCount())]


def test_achieved_goal_needs_evidence_or_sign_off(
    editor: EngagementEditor, workspace: Workspace, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    seen: dict[str, str] = {}

    def achieved_without_evidence(dialog: QDialog) -> None:
        type_text(qtbot, dialog.findChild(QLineEdit, "title"), "Go-live")
        status = dialog.findChild(QComboBox, "status")
        status.setCurrentIndex(status.findText("Achieved"))
        _ok(dialog)
        seen["evidence"] = dialog.form.error_text("evidence")  # type: ignore[attr-defined]
        type_text(qtbot, dialog.findChild(QPlainTextEdit, "evidence"), "Abnahmeprotokoll")
        _ok(dialog)

    on_dialog(achieved_without_evidence)
    editor.page("goals").panel.add_button.click()
    assert seen["evidence"] != ""
    goals = workspace.agreements.goals(editor.engagement_id)
    assert [(g.title, g.status, g.evidence) for g in goals] == [
        ("Go-live", GoalStatus.achieved, "Abnahmeprotokoll")
    ]


def test_removing_a_goal_and_undo_relinks_its_wishes(
    editor: EngagementEditor, workspace: Workspace, window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    goal = make_goal(workspace.agreements, editor.engagement_id, status=GoalStatus.agreed)
    wish = workspace.agreements.add_wish(
        editor.engagement_id, WishInput("Schneller abrechnen", WishKind.need, goal_id=goal)
    ).created_id
    editor.page("goals").reload()
    editor.page("goals").panel.select(goal)
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    editor.page("goals").panel.remove_button.click()
    assert workspace.agreements.goals(editor.engagement_id) == []
    assert workspace.agreements.wish(wish or 0).goal_id is None
    window.undo_stack.undo()
    assert workspace.agreements.wish(wish or 0).goal_id == goal
    assert editor.page("goals").panel.model.rowCount() == 1


def test_service_catalogue_sums_against_budget(
    editor: EngagementEditor, workspace: Workspace, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    def service(dialog: QDialog) -> None:
        type_text(qtbot, dialog.findChild(QLineEdit, "title"), "Soll-Konzept")
        dialog.findChild(QLineEdit, "estimated_hours").setText("24")
        dialog.findChild(QLineEdit, "price").setText("2880")
        _ok(dialog)

    on_dialog(service)
    editor.page("scope").panel.add_button.click()

    def exclusion(dialog: QDialog) -> None:
        type_text(qtbot, dialog.findChild(QLineEdit, "title"), "Schulung Endanwender")
        dialog.findChild(QCheckBox, "in_scope").setChecked(False)
        dialog.findChild(QLineEdit, "estimated_hours").setText("8")
        _ok(dialog)

    on_dialog(exclusion)
    editor.page("scope").panel.add_button.click()
    assert editor.page("scope").panel.model.rowCount() == 2
    assert editor.page("scope").panel.footer.text() == "In scope: 24.0 h · 2,880.00 EUR"


def test_decline_needs_a_reason(
    editor: EngagementEditor, workspace: Workspace, qtbot: QtBot, on_dialog: OnDialog
) -> None:
    seen: dict[str, bool] = {}

    def decline(dialog: QDialog) -> None:
        assert isinstance(dialog, ReasonDialog)
        _ok(dialog)
        seen["refused"] = dialog.error.isVisibleTo(dialog)
        type_text(qtbot, dialog.reason, "Außerhalb meiner Kompetenzen (SAP-Basis)")
        _ok(dialog)

    editor.findChild(QPushButton, "to_clarifying").click()  # declining follows a clarification
    on_dialog(decline, ReasonDialog)
    editor.findChild(QPushButton, "to_declined").click()
    assert seen["refused"] is True
    detail = workspace.engagements.get(editor.engagement_id)
    assert detail.status == EngagementStatus.declined
    assert detail.decision_reason == "Außerhalb meiner Kompetenzen (SAP-Basis)"


def test_catalogue_question_added_and_deactivated_keeps_answers(
    editor: EngagementEditor, workspace: Workspace, qtbot: QtBot, on_dialog: OnDialog,
    window: MainWindow,
) -> None:  # fmt: skip
    from workbook.ui.engagements.catalogue_dialog import CatalogueDialog

    catalogue = CatalogueDialog(editor, window.engagements_tab.context)  # type: ignore[union-attr]
    qtbot.addWidget(catalogue)

    def new_question(dialog: QDialog) -> None:
        type_text(qtbot, dialog.findChild(QPlainTextEdit, "text_en"), "Who signs the order?")
        type_text(qtbot, dialog.findChild(QPlainTextEdit, "text_de"), "Wer unterschreibt?")
        _ok(dialog)

    on_dialog(new_question)
    catalogue.panel.add_button.click()
    added = next(q for q in workspace.clarification.questions() if q.text_en.startswith("Who"))
    assert added.id in editor.page("clarification").editors
    answer(workspace.clarification, editor.engagement_id, added.id, "Frau Größl")
    catalogue.panel.select(added.id)
    catalogue.panel.remove_button.click()  # "stop asking"
    answers = {
        a.question.id: a.answer for a in workspace.clarification.answers(editor.engagement_id)
    }
    assert answers[added.id] == "Frau Größl"
    assert not workspace.clarification.question(added.id).active
    catalogue.close()


@pytest.mark.parametrize("language", ["en", "de"])
def test_catalogue_questions_show_whole_wrapped_in_their_rows(
    editor: EngagementEditor, qtbot: QtBot, window: MainWindow, language: str
) -> None:
    from PySide6.QtCore import QRect, Qt

    from workbook.ui.engagements.catalogue_dialog import CatalogueDialog

    window.switch_language(language)
    catalogue = CatalogueDialog(editor, window.engagements_tab.context)  # type: ignore[union-attr]
    qtbot.addWidget(catalogue)
    catalogue.show()
    qtbot.waitExposed(catalogue)
    view, model = catalogue.panel.view, catalogue.panel.model
    column = model.column_index("text")
    width = view.columnWidth(column) - 8  # the cell's text margins
    cut = []
    for row in range(model.rowCount()):
        text = model.index(row, column).data()
        wrapped = view.fontMetrics().boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text
        )
        if wrapped.height() > view.rowHeight(row):
            cut.append(text)
    assert view.wordWrap()  # a question longer than its column takes more lines, no "…"
    assert model.rowCount() > 10
    assert cut == []
    catalogue.close()


def test_the_count_of_answers_stands_beside_the_bar_not_under_its_chunk(
    editor: EngagementEditor, workspace: Workspace, qtbot: QtBot
) -> None:
    page = editor.page("clarification")
    editor.tabs.setCurrentWidget(page)
    required = [
        r for r in workspace.clarification.answers(editor.engagement_id) if r.question.required
    ]
    for row in required[:3]:
        answer(workspace.clarification, editor.engagement_id, row.question.id, "geklärt")
    page.reload()  # written past the window
    assert page.completeness.value() == 3
    count = page.completeness_text
    assert count.text().startswith(f"3 of {len(required)} required questions answered")
    assert not page.completeness.isTextVisible()  # nothing drawn where the chunk grows
    qtbot.waitUntil(lambda: count.width() >= count.sizeHint().width())  # the whole sentence
    assert not count.geometry().intersects(page.completeness.geometry())


def test_subject_typed_on_the_overview_answers_its_question(
    editor: EngagementEditor, workspace: Workspace, qtbot: QtBot
) -> None:
    subject = editor.page("overview").form.field("subject").widget
    assert isinstance(subject, QPlainTextEdit)
    subject.setFocus()
    type_text(qtbot, subject, "Eingangsrechnungen für drei Standorte")
    before = editor.page("clarification").completeness.value()
    editor.tabs.setCurrentWidget(editor.page("clarification"))  # leaving the page saves it
    question = next(
        row.question
        for row in workspace.clarification.answers(editor.engagement_id)
        if row.question.key == "subject.work"
    )
    answer = editor.page("clarification").editors[question.id]
    assert answer.toPlainText() == "Eingangsrechnungen für drei Standorte"
    assert editor.page("clarification").completeness.value() == before + 1
    answer.setPlainText("Nur die Zentrale")
    editor.page("clarification").commit(question.id)
    assert workspace.engagements.get(editor.engagement_id).subject == "Nur die Zentrale"
    editor.tabs.setCurrentWidget(editor.page("overview"))
    assert subject.toPlainText() == "Nur die Zentrale"
