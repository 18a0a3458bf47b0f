"""Moving an engagement along its status flow: accept (with its preconditions or an explicit
override and reason), decline (with a reason), and the steps after."""

from __future__ import annotations

from datetime import date

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
from workbook.domain.status_flow import Blocker
from workbook.presentation.labels import CONTEXT as LABELS
from workbook.presentation.labels import engagement_name, label
from workbook.ui.common.context import TabContext
from workbook.ui.common.messages import blocker_text
from workbook.ui.common.tone import Tone
from workbook.ui.engagements.accept_check import AcceptCheckView, gap_names


def action_text(target: EngagementStatus) -> str:
    translate = QCoreApplication.translate
    texts = {
        EngagementStatus.clarifying: translate("Transitions", "Start clarifying"),
        EngagementStatus.accepted: translate("Transitions", "Accept…"),
        EngagementStatus.declined: translate("Transitions", "Decline…"),
        EngagementStatus.active: translate("Transitions", "Start work"),
        EngagementStatus.handover: translate("Transitions", "Start handover"),
        EngagementStatus.support: translate("Transitions", "Move to support"),
        EngagementStatus.closed: translate("Transitions", "Close engagement"),
    }
    return texts.get(target, QCoreApplication.translate(LABELS, label(target)))


class ReasonDialog(QDialog):
    """Asks for the reason of a decision; for Accept it also explains what is missing and
    offers the explicit override."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        blockers: list[str],
        *,
        reason_required: bool,
        prompt: str,
        check: AcceptCheckView | None = None,
        reason: str = "",
    ) -> None:
        """`check`: the competences and capacity an accept decision rests on; with it the
        dialog also offers to decline instead. `reason`: the reason pre-filled."""
        super().__init__(parent)
        self.setObjectName("ReasonDialog")
        self.setWindowTitle(title)
        self._reason_required = reason_required
        self.declining = False
        layout = QVBoxLayout(self)
        if check is not None:
            layout.addWidget(check)
        self.blockers = QLabel("\n".join(f"• {line}" for line in blockers))
        self.blockers.setObjectName("blockers")
        self.blockers.setWordWrap(True)
        self.blockers.setStyleSheet(Tone.overdue.style())
        self.blockers.setVisible(bool(blockers))
        self.override = QCheckBox(self.tr("Accept anyway – I take responsibility and write why"))
        self.override.setObjectName("override")
        self.override.setVisible(bool(blockers))
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        if check is not None:
            check.clarification.setVisible(bool(blockers))
            self.reason.setMaximumHeight(96)  # a note; the check above is what to read
        self.reason.setTabChangesFocus(True)
        self.reason.setPlainText(reason)
        self.error = QLabel(blocker_text(Blocker.reason_required))
        self.error.setWordWrap(True)
        self.error.setStyleSheet(Tone.overdue.style())
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(title)
        if check is not None:
            decline = self.buttons.addButton(
                self.tr("&Decline instead…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            decline.setObjectName("declineInstead")
            decline.clicked.connect(self._decline_instead)
        self.buttons.accepted.connect(self.accept)
        self.override.toggled.connect(self._override_toggled)
        self._optional_prompt = prompt
        self.buttons.rejected.connect(self.reject)
        for widget in (self.blockers, self.override, self.prompt, self.reason, self.error):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self.resize(620, 320 if check is None else self.sizeHint().height())

    def _decline_instead(self) -> None:
        self.declining = True
        self.reject()

    def _override_toggled(self, on: bool) -> None:
        # Overriding the preconditions is only possible with a written reason.
        self.prompt.setText(self.tr("Why do you accept anyway?") if on else self._optional_prompt)

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


def _worded(context: TabContext, engagement_id: int, blockers: list[Blocker]) -> list[str]:
    """What is missing, with how much of the clarification is still open."""
    lines = []
    for blocker in blockers:
        text = blocker_text(blocker)
        if blocker is Blocker.clarification_incomplete:
            done = context.workspace.clarification.completeness(engagement_id)
            counts = QCoreApplication.translate("Transitions", "(%1 of %2 answered)")
            counts = counts.replace("%1", str(done.answered_required))
            text += " " + counts.replace("%2", str(done.required))
        lines.append(text)
    return lines


def _accept_check(context: TabContext, engagement_id: int) -> AcceptCheckView:
    check = context.workspace.practice.accept_check(engagement_id, today=date.today())
    return AcceptCheckView(check, engagement_id)


def _decline_reason(check: AcceptCheckView) -> str:
    """What declining from the accept dialog starts with: the competences missing, if any."""
    if not check.gaps:
        return ""
    text = QCoreApplication.translate("Transitions", "Outside my competences: %1")
    return text.replace("%1", gap_names(check.gaps))


def _ask(
    parent: QWidget, context: TabContext, engagement_id: int, target: EngagementStatus
) -> tuple[EngagementStatus, str, bool] | None:
    """The step, its reason and whether the preconditions are overridden; None: cancelled.
    Accepting may turn into declining, with the reason pre-filled."""
    engagements = context.workspace.engagements
    accepting = target == EngagementStatus.accepted
    check = _accept_check(context, engagement_id) if accepting else None
    blockers = engagements.blockers(engagement_id, target, reason="x", override=False)
    dialog = ReasonDialog(
        parent,
        action_text(target).rstrip("…"),
        _worded(context, engagement_id, blockers) if accepting else [],
        reason_required=not accepting,
        prompt=QCoreApplication.translate("Transitions", "Note for the history (optional):")
        if accepting
        else QCoreApplication.translate(
            "Transitions", "Why do you decline? (e.g. outside my expertise)"
        ),
        check=check,
    )
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return target, dialog.reason.toPlainText().strip(), dialog.override.isChecked()
    if dialog.declining and check is not None:
        decline = ReasonDialog(
            parent,
            action_text(EngagementStatus.declined).rstrip("…"),
            [],
            reason_required=True,
            prompt=QCoreApplication.translate(
                "Transitions", "Why do you decline? (e.g. outside my expertise)"
            ),
            reason=_decline_reason(check),
        )
        if decline.exec() == QDialog.DialogCode.Accepted:
            return EngagementStatus.declined, decline.reason.toPlainText().strip(), False
    return None


def move(
    parent: QWidget, context: TabContext, engagement_id: int, target: EngagementStatus
) -> bool:
    """Ask what the step needs, then take it as one undoable command."""
    engagements = context.workspace.engagements
    reason, override = "", False
    if target in (EngagementStatus.accepted, EngagementStatus.declined):
        asked = _ask(parent, context, engagement_id, target)
        if asked is None:
            return False
        target, reason, override = asked
    engagement = engagements.get(engagement_id)
    text = (
        QCoreApplication.translate("Transitions", "%1: %2")
        .replace("%1", engagement_name(engagement.reference, engagement.title))
        .replace("%2", action_text(target).rstrip("…"))
    )
    written = context.attempt(
        text,
        lambda: engagements.transition(
            engagement_id, target, version=engagement.version, reason=reason, override=override
        ),
    )
    return written is not None
