"""The editor's Knowledge transfer page: milestones added, verified, reordered (keys and drag)
and undone; readiness, the date and the days left above them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
)
from pytestqt.qtbot import QtBot

from tests.engagement_factories import make_acceptable, make_engagement, walk
from tests.factories import make_client, make_contact
from tests.gui.keyboard import type_text
from workbook.domain.enums import EngagementStatus as S
from workbook.domain.enums import MilestoneStatus
from workbook.services.handover.shapes import MilestoneInput
from workbook.services.workspace import Workspace
from workbook.ui.engagements.editor import EngagementEditor
from workbook.ui.engagements.pages.knowledge_transfer import KnowledgeTransferPage
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
    make_contact(workspace.clients, client, "Greta Größl")
    soon = date.today() + timedelta(days=12)
    engagement = make_engagement(
        workspace.engagements, client, "Warenwirtschaft", self_sufficient_on=soon
    )
    make_acceptable(workspace.clarification, workspace.agreements, engagement)
    walk(workspace.engagements, engagement, S.clarifying, S.accepted, S.active)
    assert window.engagements_tab is not None
    editor = EngagementEditor(window, window.engagements_tab.context, engagement)
    qtbot.addWidget(editor)
    editor.show_page("knowledge_transfer")
    editor.show()
    yield editor
    editor.close()


def _page(editor: EngagementEditor) -> KnowledgeTransferPage:
    page = editor.page("knowledge_transfer")
    assert isinstance(page, KnowledgeTransferPage)
    return page


def _ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _topics(page: KnowledgeTransferPage) -> list[str]:
    model = page.panel.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_verified_milestone_needs_its_proof_and_raises_readiness(
    editor: EngagementEditor, workspace: Workspace, window: MainWindow, qtbot: QtBot,
    on_dialog: OnDialog,
) -> None:  # fmt: skip
    page = _page(editor)
    assert page.bar.text() == "no milestones yet"
    soon = date.today() + timedelta(days=12)
    assert page.date_label.text() == f"Self-sufficient from {soon:%-d %b %Y} – 12 days left"
    seen: dict[str, str] = {}

    def verified_without_proof(dialog: QDialog) -> None:
        type_text(qtbot, dialog.findChild(QLineEdit, "topic"), "Monatsabschluss")
        status = dialog.findChild(QComboBox, "status")
        status.setCurrentIndex(status.findText("Verified"))
        _ok(dialog)
        seen["verification"] = dialog.form.error_text("verification")  # type: ignore[attr-defined]
        seen["signer"] = dialog.form.error_text("signed_off_by_id")  # type: ignore[attr-defined]
        type_text(qtbot, dialog.findChild(QPlainTextEdit, "verification"), "Allein abgeschlossen")
        signer = dialog.findChild(QComboBox, "signed_off_by_id")
        signer.setCurrentIndex(signer.findText("Greta Größl"))
        _ok(dialog)

    on_dialog(verified_without_proof)
    page.panel.add_button.click()
    assert seen == {
        "verification": "Please fill in this field.",
        "signer": "Please fill in this field.",
    }
    milestone = workspace.handover.milestones(editor.engagement_id)[0]
    assert (milestone.status, milestone.signed_off_on) == (MilestoneStatus.verified, date.today())
    assert page.bar.value() == 100
    assert not page.risk.isVisibleTo(page)
    window.undo_stack.undo()
    assert _topics(page) == []
    assert page.risk.isVisibleTo(page)  # nothing handed over, 12 days left
    assert page.risk.text() == "At risk: Readiness 0 % with 12 days left"


def test_reorder_by_keyboard_and_by_drag(
    editor: EngagementEditor, workspace: Workspace, window: MainWindow, qtbot: QtBot
) -> None:
    for topic in ("Stammdaten", "Berichte", "Rechte"):
        workspace.handover.add_milestone(editor.engagement_id, MilestoneInput(topic))
    page = _page(editor)
    page.reload()
    page.panel.select(workspace.handover.milestones(editor.engagement_id)[0].id)
    page.panel.view.setFocus()
    qtbot.keyClick(page.panel.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _topics(page) == ["Berichte", "Stammdaten", "Rechte"]
    assert page.panel.selected_id() == workspace.handover.milestones(editor.engagement_id)[1].id
    window.undo_stack.undo()
    assert _topics(page) == ["Stammdaten", "Berichte", "Rechte"]
    # drag the first row onto the lower half of the last one: it goes to the end
    page.panel.select(workspace.handover.milestones(editor.engagement_id)[0].id)
    last = page.panel.view.visualRect(page.panel.model.index(2, 0))
    drop = QDropEvent(
        QPoint(last.center().x(), last.bottom() - 2).toPointF(), Qt.DropAction.MoveAction,
        QMimeData(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    # Qt hands a drop only to the target of a real drag, so the drop goes to the watcher directly
    page.panel.drops.eventFilter(page.panel.view.viewport(), drop)
    assert _topics(page) == ["Berichte", "Rechte", "Stammdaten"]


def test_the_self_sufficiency_date_is_set_on_the_page(
    editor: EngagementEditor, workspace: Workspace, window: MainWindow, on_dialog: OnDialog
) -> None:
    later = date.today() + timedelta(days=90)

    def set_date(dialog: QDialog) -> None:
        dialog.findChild(QLineEdit, "self_sufficient_on").setText(later.isoformat())
        _ok(dialog)

    on_dialog(set_date)
    _page(editor).date_button.click()
    assert workspace.engagements.get(editor.engagement_id).self_sufficient_on == later
    assert _page(editor).date_label.text().endswith("90 days left")
    assert not _page(editor).risk.isVisibleTo(_page(editor))
    window.undo_stack.undo()
    assert _page(editor).date_label.text().endswith("12 days left")


def test_the_protocol_from_the_page_as_pdf_and_to_the_print_dialog(
    editor: EngagementEditor, workspace: Workspace, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, on_dialog: OnDialog,
) -> None:  # fmt: skip
    workspace.handover.add_milestone(editor.engagement_id, MilestoneInput("Kasse abrechnen"))
    target = tmp_path / "protokoll"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    _page(editor).pdf_button.click()
    pages = PdfReader(target.with_suffix(".pdf")).pages
    text = " ".join(" ".join(page.extract_text().split()) for page in pages)
    assert "Handover protocol" in text  # the client has no language of its own: the window's
    assert "Kasse abrechnen" in text
    seen: list[str] = []

    def cancel(dialog: QDialog) -> None:
        seen.append(dialog.windowTitle())
        dialog.reject()

    on_dialog(cancel, QPrintDialog)
    _page(editor).print_button.click()
    reference = workspace.engagements.get(editor.engagement_id).reference
    assert seen == [f"Handover protocol {reference} – Warenwirtschaft"]
