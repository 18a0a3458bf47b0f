"""Moving an engagement along its status flow: accept (with its preconditions or an explicit
override and reason), decline (with a reason), and the steps after."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.enums import EngagementStatus
from workbook.domain.status_flow import Blocker, TransitionRefused
from workbook.export.labels import CONTEXT as LABELS
from workbook.export.labels import label
from workbook.ui.tabs.context import TabContext
from workbook.ui.undo import run


def blocker_text(blocker: Blocker) -> str:
    translate = QCoreApplication.translate
    texts = {
        Blocker.not_allowed: translate(
            "Transitions", "This step is not possible from the current status."
        ),
        Blocker.clarification_incomplete: translate(
            "Transitions", "Not every required clarification question is answered."
        ),
        Blocker.no_agreed_goal: translate("Transitions", "No goal has been agreed yet."),
        Blocker.reason_required: translate("Transitions", "Please give a reason."),
    }
    return texts.get(blocker, str(blocker))


def action_text(target: EngagementStatus) -> str:
    translate = QCoreApplication.translate
    texts = {
        EngagementStatus.clarifying: translate("Transitions", "Start clarifying"),
        EngagementStatus.accepted: translate("Transitions", "Accept…"),
        EngagementStatus.declined: translate("Transitions", "Decline…"),
        EngagementStatus.active: translate("Transitions", "Start work"),
        EngagementStatus.handover: translate("Transitions", "Start handover"),
        EngagementStatus.support: translate("Transitions", "Move to support"),
        EngagementStatus.closed: translate("Transitions", "Close"),
    }
    return texts.get(target, QCoreApplication.translate(LABELS, label(target)))


class ReasonDialog(QDialog):
    """Asks for the reason of a decision; for Accept it also explains what is missing and
    offers the explicit override."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        blockers: list[Blocker],
        *,
        reason_required: bool,
        prompt: str,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ReasonDialog")
        self.setWindowTitle(title)
        self._reason_required = reason_required
        layout = QVBoxLayout(self)
        self.blockers = QLabel("\n".join(f"• {blocker_text(b)}" for b in blockers))
        self.blockers.setObjectName("blockers")
        self.blockers.setWordWrap(True)
        self.blockers.setStyleSheet("color: #b3261e;")
        self.blockers.setVisible(bool(blockers))
        self.override = QCheckBox(self.tr("Accept anyway – I take responsibility and write why"))
        self.override.setObjectName("override")
        self.override.setVisible(bool(blockers))
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.error = QLabel(blocker_text(Blocker.reason_required))
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.blockers, self.override, self.prompt, self.reason, self.error):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self.resize(520, 320)

    def accept(self) -> None:
        if self.blockers.isVisibleTo(self) and not self.override.isChecked():
            self.override.setFocus()
            self.error.setText(self.tr("Answer the open points first, or tick “Accept anyway”."))
            self.error.show()
            return
        needs_reason = self._reason_required or self.override.isChecked()
        if needs_reason and not self.reason.toPlainText().strip():
            self.error.setText(blocker_text(Blocker.reason_required))
            self.error.show()
            self.reason.setFocus()
            return
        super().accept()


def move(
    parent: QWidget, context: TabContext, engagement_id: int, target: EngagementStatus
) -> bool:
    """Ask what the step needs, then take it as one undoable command."""
    engagements = context.workspace.engagements
    reason, override = "", False
    if target in (EngagementStatus.accepted, EngagementStatus.declined):
        accepting = target == EngagementStatus.accepted
        blockers = engagements.blockers(engagement_id, target, reason="x", override=False)
        dialog = ReasonDialog(
            parent,
            action_text(target).rstrip("…"),
            blockers if accepting else [],
            reason_required=not accepting,
            prompt=QCoreApplication.translate("Transitions", "Note for the history (optional):")
            if accepting
            else QCoreApplication.translate(
                "Transitions", "Why do you decline? (e.g. outside my competences)"
            ),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        reason, override = dialog.reason.toPlainText().strip(), dialog.override.isChecked()
    title = engagements.get(engagement_id).title
    try:
        run(
            context.undo_stack,
            QCoreApplication.translate("Transitions", "%1: %2")
            .replace("%1", title)
            .replace("%2", action_text(target).rstrip("…")),
            lambda: engagements.transition(engagement_id, target, reason=reason, override=override),
            lambda: engagements.undo_transition(engagement_id),
            context.notify,
        )
    except TransitionRefused as refused:
        context.status(" ".join(blocker_text(b) for b in refused.blockers))
        return False
    return True
