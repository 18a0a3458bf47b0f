"""Changes tab: every change request across engagements, filtered by client, engagement, status
(several at once), kind and text, sorted and paged in SQL; log, edit, decide, inform."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QVBoxLayout

from workbook.domain.change_requests import STATUS_ORDER
from workbook.domain.changes import ChangeSet, Entity
from workbook.domain.enums import ChangeKind, ChangeStatus
from workbook.presentation.change_columns import CHANGE_TAB_COLUMNS
from workbook.presentation.labels import CONTEXT as LABELS
from workbook.presentation.labels import label
from workbook.services.changes.shapes import ChangeQuery, ChangeRequestRow, ChangeSort
from workbook.services.clients.shapes import ClientQuery
from workbook.services.engagements.shapes import EngagementQuery
from workbook.ui.common import named
from workbook.ui.common.context import TabContext
from workbook.ui.common.list_tab import ListTab
from workbook.ui.common.table_model import FetchPage
from workbook.ui.engagements.changes.actions import STEPS, ChangeActions, can_step, step_text
from workbook.ui.engagements.changes.page import change_tone
from workbook.ui.engagements.changes.status_filter import StatusFilter
from workbook.ui.engagements.commands import CLIENT_CHOICES


class ChangesTab(ListTab[ChangeRequestRow]):
    def __init__(self, context: TabContext) -> None:
        super().__init__("changes", context, CHANGE_TAB_COLUMNS, lambda r: r.id, change_tone)
        self._query = ChangeQuery()
        self.change_actions = ChangeActions(self, context)
        self._build_filters()
        self._build_actions()
        self.view.activated.connect(lambda _index: self._edit())
        filters = QHBoxLayout()
        for widget in (self.client_filter, self.engagement_filter, self.status_filter,
                       self.kind_filter):  # fmt: skip
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(self.toolbar(self._toolbar_actions))
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        self.retranslate()
        # Newest request first (ListTab starts on the first column).
        newest = self.model.column_index("requested_on")
        self.view.horizontalHeader().setSortIndicator(newest, Qt.SortOrder.DescendingOrder)
        self.reload()

    def _build_filters(self) -> None:
        self.client_filter = named(QComboBox(), "changeClientFilter")
        self.engagement_filter = named(QComboBox(), "changeEngagementFilter")
        for combo in (self.client_filter, self.engagement_filter):
            combo.setMinimumContentsLength(18)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.status_filter = StatusFilter(
            "changeStatusFilter",
            STATUS_ORDER,
            lambda: self.tr("Show requests in these statuses (tick several with Space)"),
        )
        self.kind_filter = named(QComboBox(), "changeKindFilter")
        self.client_filter.activated.connect(self._client_chosen)
        self.engagement_filter.activated.connect(self.apply_filter)
        self.kind_filter.activated.connect(self.apply_filter)
        self.status_filter.changed.connect(self.apply_filter)

    def _build_actions(self) -> None:
        add = self.add_action
        self.new_action = add("newChange", QKeySequence.StandardKey.New, self._create)
        self.edit_action = add("editChange", QKeySequence(Qt.Key.Key_F2), self._edit)
        self.remove_action = add("removeChange", QKeySequence.StandardKey.Delete, self._remove)
        self.step_actions = {
            target: add(f"step_{target.value}", QKeySequence(), self._stepper(target))
            for target in STEPS
        }
        self.inform_action = add("informClient", QKeySequence(), self._inform)
        self.open_action = add("openChangeEngagement", QKeySequence(), self._open_engagement)
        self._toolbar_actions = (
            self.new_action, self.edit_action, self.remove_action, *self.step_actions.values(),
            self.inform_action, self.open_action,
        )  # fmt: skip

    def _stepper(self, target: ChangeStatus) -> Callable[[], None]:
        return lambda: self._with_selected(lambda row: self.change_actions.step(row, target))

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("&New…"))
        self.new_action.setToolTip(self.tr("Log a change request (Ctrl+N)"))
        self.edit_action.setText(self.tr("Edi&t…"))
        self.edit_action.setToolTip(self.tr("Edit the selected change request (Enter or F2)"))
        self.remove_action.setText(self.tr("Remove"))
        self.remove_action.setToolTip(self.tr("Remove the selected change request (Del)"))
        for target, action in self.step_actions.items():
            action.setText(step_text(target))
        self.inform_action.setText(self.tr("&Inform client…"))
        self.inform_action.setToolTip(
            self.tr("The cost of the selected engagement's changes not yet told, as an e-mail")
        )
        self.open_action.setText(self.tr("&Open engagement"))
        self.filter.setPlaceholderText(
            self.tr("Filter by title, who asked, engagement or client (Ctrl+F)")
        )
        self.status_filter.retranslate()
        self._fill_kind_filter()
        self._fill_client_filter()
        self._fill_engagement_filter()
        super().retranslate()

    # -- filters -----------------------------------------------------------------------------

    def _fill_kind_filter(self) -> None:
        kinds = [(QCoreApplication.translate(LABELS, label(kind)), kind) for kind in ChangeKind]
        _refill(self.kind_filter, self.tr("All kinds"), kinds)

    def _fill_client_filter(self) -> None:
        clients = self.context.workspace.clients.list(ClientQuery(), limit=CLIENT_CHOICES)
        _refill(self.client_filter, self.tr("All clients"), [(c.name, c.id) for c in clients])

    def _fill_engagement_filter(self) -> None:
        """Engagements with change requests, of the chosen client."""
        choices = self.context.workspace.changes.engagement_choices(
            self.client_filter.currentData()
        )
        _refill(self.engagement_filter, self.tr("All engagements"),
                [(text, engagement_id) for engagement_id, text in choices])  # fmt: skip

    def _client_chosen(self) -> None:
        self._fill_engagement_filter()
        self.apply_filter()

    def apply_filter(self) -> None:
        kind = self.kind_filter.currentData()  # a plain str from Qt, or None for "all"
        self._query = dataclasses.replace(
            self._query,
            client_id=self.client_filter.currentData(),
            engagement_id=self.engagement_filter.currentData(),
            statuses=self.status_filter.selected(),
            kind=ChangeKind(kind) if kind else None,
            text=self.filter.text(),
        )
        self.reload()

    def show_engagement(self, engagement_id: int) -> None:
        """Narrow the list to one engagement."""
        self.client_filter.setCurrentIndex(0)
        self._fill_engagement_filter()
        self.engagement_filter.setCurrentIndex(
            max(0, self.engagement_filter.findData(engagement_id))
        )
        self.apply_filter()

    # -- data --------------------------------------------------------------------------------

    def refresh(self, changes: ChangeSet) -> None:
        if changes.touches(Entity.client):
            self._fill_client_filter()
        if changes.touches(Entity.change_request, Entity.engagement):
            self._fill_engagement_filter()
        if changes.touches(
            Entity.client, Entity.contact, Entity.engagement, Entity.change_request,
            Entity.scope_item,
        ):  # fmt: skip
            self.refresh_or_reload(changes, Entity.change_request)

    def fetch(self, ids: frozenset[int] | None = None) -> FetchPage[ChangeRequestRow]:
        query = dataclasses.replace(self._query, ids=ids)
        changes = self.context.workspace.changes
        return lambda offset, limit: changes.list(query, offset=offset, limit=limit)

    def counter(self) -> Callable[[], int]:
        query, changes = self._query, self.context.workspace.changes
        return lambda: changes.count(query)

    def count_text(self, count: int) -> str:
        return self.tr("Change requests: %1").replace("%1", str(count))

    def sort_by(self, key: str, descending: bool) -> None:
        self._query = dataclasses.replace(self._query, sort=ChangeSort(key), descending=descending)
        self.reload()

    def selection_changed(self) -> None:
        row = self.selected_row()
        writable = not self.context.read_only  # a file that cannot be written offers no edits
        self.new_action.setEnabled(writable)
        self.open_action.setEnabled(row is not None)
        for action in (self.edit_action, self.remove_action, self.inform_action):
            action.setEnabled(row is not None and writable)
        for target, action in self.step_actions.items():
            action.setEnabled(writable and can_step(row, target))

    def empty_text(self) -> str:
        query = self._query
        if query.text or query.client_id or query.engagement_id or query.statuses or query.kind:
            return self.tr("No change request matches these filters.")
        return self.tr(
            "No change requests yet.\nWhen a client asks for more than agreed, press Ctrl+N "
            "to log it."
        )

    # -- actions -----------------------------------------------------------------------------

    def _with_selected(self, act: Callable[[ChangeRequestRow], object]) -> None:
        row = self.selected_row()
        if row is not None:
            act(row)

    def _create(self) -> None:
        engagement_id = self._engagement_for_new()
        if engagement_id is None:
            return
        created = self.change_actions.add(engagement_id)
        if created is not None:
            self.select(created)

    def _engagement_for_new(self) -> int | None:
        """The engagement filtered for, else the selected request's, else the user picks one."""
        if self._query.engagement_id is not None:
            return self._query.engagement_id
        row = self.selected_row()
        if row is not None:
            return row.engagement_id
        query = EngagementQuery(client_id=self._query.client_id)
        found = self.context.workspace.engagements.list(query, limit=CLIENT_CHOICES)
        if not found:
            return None
        names = [f"{e.reference} – {e.title} ({e.client_name})" for e in found]
        name, ok = QInputDialog.getItem(
            self, self.tr("New change request"), self.tr("For which engagement?"), names, 0, False
        )
        return found[names.index(name)].id if ok else None

    def _edit(self) -> None:
        self._with_selected(self.change_actions.edit)

    def _remove(self) -> None:
        self._with_selected(self.change_actions.remove)

    def _inform(self) -> None:
        self._with_selected(lambda row: self.change_actions.inform(row.engagement_id))

    def _open_engagement(self) -> None:
        self._with_selected(
            lambda row: self.context.navigate.open_engagement(
                row.engagement_id, page="changes", item=row.id
            )
        )


def _refill(combo: QComboBox, everything: str, items: Sequence[tuple[str, object]]) -> None:
    """ "All …" (no filter) and the items; what was chosen stays chosen while it is there."""
    current = combo.currentData()
    combo.clear()
    combo.addItem(everything, None)
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))
