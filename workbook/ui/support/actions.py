"""The user's actions on support plans and entries, each one undoable step."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from workbook.domain.enums import SupportPlanStatus
from workbook.domain.validation import FieldError, Problem, ValidationError
from workbook.presentation.columns import Kind
from workbook.services.support.shapes import SupportEntryInput, SupportPlanInput, SupportPlanRow
from workbook.ui.common.choosers import client_choices
from workbook.ui.common.conflicts import EditBase
from workbook.ui.common.context import TabContext
from workbook.ui.common.display import display
from workbook.ui.support.entries import entry_dialog
from workbook.ui.support.plan_dialog import end_dialog, plan_dialog

if TYPE_CHECKING:
    from workbook.services.support.service import SupportService


class SupportActions(QObject):
    def __init__(self, parent: QWidget, context: TabContext) -> None:
        super().__init__(parent)
        self._parent = parent
        self._context = context

    @property
    def _support(self) -> SupportService:
        return self._context.workspace.support

    def _clients(self, current: int | None = None) -> list[tuple[int, str]]:
        return client_choices(self._context.workspace, current)

    # -- plans ---------------------------------------------------------------------------------

    def create_plan(self, client_id: int | None) -> int | None:
        created: list[int] = []

        def submit(data: SupportPlanInput) -> None:
            text = self.tr("New support plan %1").replace("%1", data.name.strip())
            written = self._context.run(text, lambda: self._support.add_plan(data))
            assert written.created_id is not None
            created.append(written.created_id)

        initial = SupportPlanInput(client_id or 0, "", date.today())
        plan_dialog(self._parent, self._context.workspace, self._clients(), submit, initial,
                    new=True).exec()  # fmt: skip
        return created[0] if created else None

    def edit_plan(self, plan_id: int) -> None:
        before = EditBase.of(lambda: self._support.plan(plan_id, today=date.today()))

        def submit(data: SupportPlanInput) -> None:
            self._context.run(
                self.tr("Edit support plan %1").replace("%1", before.values.name),
                lambda: self._support.update_plan(plan_id, data, version=before.version),
            )

        choices = self._clients(before.values.client_id)
        plan_dialog(self._parent, self._context.workspace, choices, submit, before.values,
                    new=False, base=before).exec()  # fmt: skip

    def end_plan(self, plan_id: int) -> None:
        plan = self._support.plan(plan_id, today=date.today())
        if plan.status is SupportPlanStatus.ended:
            self._context.status(self.tr("%1 has ended already.").replace("%1", plan.name))
            return

        def submit(ends_on: date | None) -> None:
            if ends_on is None:
                raise ValidationError([FieldError("ends_on", Problem.required)])
            self._context.run(
                self.tr("End support plan %1").replace("%1", plan.name),
                lambda: self._support.end_plan(plan_id, ends_on, version=plan.version),
            )

        end_dialog(self._parent, plan.name, _suggested_end(plan), submit).exec()

    # -- entries -------------------------------------------------------------------------------

    def log(self, plan_id: int, data: SupportEntryInput) -> None:
        """Raises ValidationError for the quick-add row to show at its fields."""
        text = self.tr("Log %1 on %2").replace("%1", display(data.hours, Kind.hours))
        plan = self._support.plan(plan_id, today=date.today())
        self._context.run(text.replace("%2", plan.name),
                          lambda: self._support.add_entry(plan_id, data))  # fmt: skip

    def edit_entry(self, entry_id: int) -> None:
        entry = self._support.entry(entry_id)
        before = EditBase.of(lambda: self._support.entry(entry_id), entry)

        def submit(data: SupportEntryInput) -> None:
            self._context.run(
                self.tr("Edit support entry of %1").replace("%1", entry.plan_name),
                lambda: self._support.update_entry(entry_id, data, version=before.version),
            )

        entry_dialog(self._parent, submit, before).exec()

    def remove_entry(self, entry_id: int) -> None:
        entry = self._support.entry(entry_id)
        what = f"{display(entry.hours, Kind.hours)}, {display(entry.occurred_on, Kind.date)}"
        answer = QMessageBox.question(
            self._parent,
            self.tr("Remove support entry"),
            self.tr("Remove the entry of %1 from %2?").replace("%1", what).replace(
                "%2", entry.plan_name),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._context.attempt(
            self.tr("Remove support entry of %1").replace("%1", entry.plan_name),
            lambda: self._support.remove_entry(entry_id, version=entry.version),
        )


def _suggested_end(plan: SupportPlanRow) -> date:
    """The end of the current term when notice is still in time, else today (ended now)."""
    today = date.today()
    if plan.term_ends_on is not None and plan.term_ends_on > today:
        return plan.term_ends_on
    return max(today, plan.starts_on + timedelta(days=1))
