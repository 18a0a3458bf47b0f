"""Support tab: every support plan across clients (filtered and sorted in SQL) above the
selected plan's term, notice, hours and entries."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QSplitter, QVBoxLayout

from workbook.domain.changes import ChangeSet, Entity
from workbook.domain.enums import SupportPlanStatus
from workbook.domain.validation import ValidationError
from workbook.presentation.labels import CONTEXT as LABELS
from workbook.presentation.labels import label
from workbook.presentation.support_columns import PLAN_LIST_COLUMNS
from workbook.services.support.shapes import (
    SupportEntryInput,
    SupportPlanRow,
    SupportQuery,
    SupportSort,
)
from workbook.ui.common import named
from workbook.ui.common.choosers import ClientFilter
from workbook.ui.common.context import Selection, TabContext
from workbook.ui.common.layout_memory import remember_split
from workbook.ui.common.list_tab import ListTab
from workbook.ui.common.table_model import CellTone, FetchPage
from workbook.ui.common.tone import Tone
from workbook.ui.support.actions import SupportActions
from workbook.ui.support.detail import PlanDetail


def _tone(warning_days: Callable[[], int]) -> CellTone[SupportPlanRow]:
    def tone(row: SupportPlanRow, column: str) -> Tone | None:
        if row.status is SupportPlanStatus.ended:
            return Tone.muted
        if column == "used_hours" and row.hours_beyond is not None:
            return Tone.overdue  # more hours than the plan includes
        notice = row.next_notice_deadline
        soon = notice is not None and (notice - date.today()).days < warning_days()
        if column == "next_notice_deadline" and soon:
            return Tone.at_risk  # give notice soon, or the plan renews
        return None

    return tone


class SupportTab(ListTab[SupportPlanRow]):
    def __init__(self, context: TabContext) -> None:
        def warning_days() -> int:  # as set now: a changed setting shows at once
            return context.preferences.notice_warning_days

        super().__init__("support", context, PLAN_LIST_COLUMNS, lambda r: r.id, _tone(warning_days))
        self._query = SupportQuery()
        self.actions_ = SupportActions(self, context)
        self.client_filter = ClientFilter("supportClientFilter", context.workspace)
        self.status_filter = named(QComboBox(), "supportStatusFilter")
        self.client_filter.activated.connect(self.apply_filter)
        self.status_filter.activated.connect(self.apply_filter)
        self.new_action = self.add_action("newPlan", QKeySequence.StandardKey.New, self._create)
        self.edit_action = self.add_action(
            "editPlan", QKeySequence(Qt.Key.Key_F2), self.for_selected(self.actions_.edit_plan)
        )
        self.end_action = self.add_action(
            "endPlan", QKeySequence.StandardKey.Delete, self.for_selected(self.actions_.end_plan)
        )
        self.log_action = self.add_action("logHours", QKeySequence("Ctrl+L"), self._focus_log)
        self.view.activated.connect(lambda _index: self.edit_action.trigger())
        self.detail = PlanDetail(warning_days, writable=not context.read_only)
        self.detail.edit_entry.connect(self.actions_.edit_entry)
        self.detail.remove_entry.connect(self.actions_.remove_entry)
        self.detail.quick.submitted.connect(self._log)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 420])
        remember_split(splitter, "supportSplit", context.layout)
        layout = QVBoxLayout(self)
        # Logging hours has its row under the entries; Ctrl+L goes there from anywhere in the tab.
        actions = (self.new_action, self.edit_action, self.end_action)
        layout.addLayout(self.toolbar(actions, self.count, self.client_filter, self.status_filter))
        layout.addWidget(splitter, 1)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("&New plan…"))
        self.new_action.setToolTip(self.tr("Agree a new support plan (Ctrl+N)"))
        self.edit_action.setText(self.tr("Ed&it…"))
        self.edit_action.setToolTip(self.tr("Edit the selected plan (F2 or Enter)"))
        self.end_action.setText(self.tr("En&d plan…"))
        self.end_action.setToolTip(self.tr("End the selected plan on a day you choose (Del)"))
        self.log_action.setText(self.tr("Log hours"))
        self.filter.setPlaceholderText(self.tr("Filter by plan or client (Ctrl+F)"))
        self._fill_status_filter()
        self.client_filter.refill()
        self.detail.retranslate()
        super().retranslate()

    def _fill_status_filter(self) -> None:
        current = self.status_filter.currentData()
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in SupportPlanStatus:
            self.status_filter.addItem(QCoreApplication.translate(LABELS, label(status)), status)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current)))

    # -- data --------------------------------------------------------------------------------

    def refresh(self, changes: ChangeSet) -> None:
        if changes.touches(Entity.client):
            self.client_filter.refill()
        if changes.touches(
            Entity.client, Entity.engagement, Entity.support_plan, Entity.support_entry
        ):
            self.refresh_or_reload(changes, Entity.support_plan)

    def counter(self) -> Callable[[], int]:
        query, support = self._query, self.context.workspace.support
        return lambda: support.count(query)

    def count_text(self, count: int) -> str:
        return self.tr("Support plans: %1").replace("%1", str(count))

    def fetch(self, ids: frozenset[int] | None = None) -> FetchPage[SupportPlanRow]:
        query = dataclasses.replace(self._query, ids=ids)
        support, today = self.context.workspace.support, date.today()
        return lambda offset, limit: support.list(query, today=today, offset=offset, limit=limit)

    def page_shown(self) -> None:
        if self.selected_row() is None and self.model.rowCount() > 0:
            self.view.selectRow(0)

    def sort_by(self, key: str, descending: bool) -> None:
        self._query = dataclasses.replace(self._query, sort=SupportSort(key), descending=descending)
        self.reload()

    def apply_filter(self) -> None:
        status = self.status_filter.currentData()  # a plain str from Qt, or None for "all"
        self._query = dataclasses.replace(
            self._query,
            client_id=self.client_filter.client_id(),
            status=SupportPlanStatus(status) if status else None,
            text=self.filter.text(),
        )
        self.reload()

    def show_client(self, client_id: int, plan_id: int | None = None) -> None:
        """Every plan of the client (whatever the status filter said), `plan_id` selected."""
        self.client_filter.choose(client_id)
        self.status_filter.setCurrentIndex(0)
        self.filter.clear()
        self.apply_filter()
        if plan_id is not None:
            self.select(plan_id)
        self.view.setFocus()

    def selection_changed(self) -> None:
        row = self.selected_row()
        entries = self.context.workspace.support.entries(row.id) if row else []
        self.detail.show_plan(row, entries)
        writable = not self.context.read_only  # a file that cannot be written offers no edits
        self.new_action.setEnabled(writable)
        for action in (self.edit_action, self.end_action, self.log_action):
            action.setEnabled(row is not None and writable)

    def current_selection(self) -> Selection:
        row = self.selected_row()
        if row is None:
            return Selection(self._query.client_id)
        return Selection(row.client_id, row.engagement_id)

    def empty_text(self) -> str:
        if self._query.text or self._query.client_id or self._query.status:
            return self.tr("No support plan matches these filters.")
        return self.tr(
            "No support plans yet.\nAfter a handover, press Ctrl+N to agree the first one."
        )

    # -- actions -----------------------------------------------------------------------------

    def _create(self) -> None:
        """For the client the list is filtered to, else the selected plan's client."""
        selected = self.selected_row()
        client_id = self._query.client_id or (selected.client_id if selected else None)
        created = self.actions_.create_plan(client_id)
        if created is not None:
            self.select(created)

    def _focus_log(self) -> None:
        if self.selected_id() is not None:
            self.detail.quick.focus_hours()

    def _log(self, data: SupportEntryInput) -> None:
        plan_id = self.selected_id()
        if plan_id is None:
            return
        try:
            self.actions_.log(plan_id, data)
        except ValidationError as refused:
            self.detail.quick.show_problems(refused.by_field())
            return
        self.detail.quick.clear()
        self.detail.quick.focus_hours()
