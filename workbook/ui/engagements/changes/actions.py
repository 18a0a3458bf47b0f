"""What can be done with change requests, shared by the editor's Changes page and the Changes
tab: log, edit, remove (ChangeCommands), one step of the workflow, and inform the client."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from workbook.domain.change_requests import NEXT_STEPS
from workbook.domain.enums import ChangeStatus
from workbook.services.changes.shapes import ChangeRequestInput, ChangeRequestRow
from workbook.ui.common.context import TabContext
from workbook.ui.engagements.changes.kind import ChangeCommands
from workbook.ui.engagements.changes.notice_dialog import NoticeDialog

translate = QCoreApplication.translate  # lupdate recognises calls named "translate"

# The workflow's buttons; an estimate is made in the form (typing the effort).
STEPS = (ChangeStatus.approved, ChangeStatus.rejected, ChangeStatus.done)


def step_text(target: ChangeStatus) -> str:
    return {
        ChangeStatus.approved: translate("ChangeActions", "A&pprove"),
        ChangeStatus.rejected: translate("ChangeActions", "Re&ject"),
        ChangeStatus.done: translate("ChangeActions", "Mark &done"),
    }[target]


def step_command(target: ChangeStatus) -> str:
    """The undo text; "%1" = the request's title."""
    return {
        ChangeStatus.approved: translate("ChangeActions", "Approve change request “%1”"),
        ChangeStatus.rejected: translate("ChangeActions", "Reject change request “%1”"),
        ChangeStatus.done: translate("ChangeActions", "Mark change request “%1” done"),
    }[target]


def can_step(row: ChangeRequestRow | None, target: ChangeStatus) -> bool:
    return row is not None and target in NEXT_STEPS[row.status]


class ChangeActions(QObject):
    def __init__(self, parent: QWidget, context: TabContext) -> None:
        super().__init__(parent)
        self._parent = parent
        self._context = context
        self.commands = ChangeCommands(parent, context)

    def add(self, engagement_id: int) -> int | None:
        blank = ChangeRequestInput(title="", requested_on=date.today())
        return self.commands.add(engagement_id, blank)

    def edit(self, row: ChangeRequestRow) -> None:
        self.commands.edit(row.engagement_id, row.id)

    def remove(self, row: ChangeRequestRow) -> None:
        self.commands.remove(row.engagement_id, row.id)

    def step(self, row: ChangeRequestRow, target: ChangeStatus) -> None:
        """A refusal (no estimate yet, changed meanwhile) is told in one sentence."""
        changes = self._context.workspace.changes
        self._context.attempt(
            step_command(target).replace("%1", row.title),
            lambda: changes.step(row.id, target, version=row.version),
        )

    def inform(self, engagement_id: int) -> None:
        NoticeDialog(self._parent, self._context, engagement_id).exec()
