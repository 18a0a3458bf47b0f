"""Engagements tab: every engagement across clients, filtered and sorted in SQL."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QVBoxLayout

from workbook.domain.changes import ChangeSet, Entity
from workbook.domain.status_flow import OPEN_STATUSES, STATUS_ORDER
from workbook.presentation.columns import ENGAGEMENT_COLUMNS
from workbook.services.engagements.shapes import EngagementQuery, EngagementRow, EngagementSort
from workbook.ui.common import named
from workbook.ui.common.context import Selection, TabContext
from workbook.ui.common.list_tab import ListTab
from workbook.ui.common.table_model import FetchPage
from workbook.ui.common.tone import Tone
from workbook.ui.engagements.changes.status_filter import Preset, StatusFilter
from workbook.ui.engagements.commands import EngagementCommands
from workbook.ui.engagements.editor import open_editor

_HANDOVER_COLUMNS = frozenset({"readiness", "handover_at_risk", "self_sufficient_on"})
# The sheet's scope warning is the share's colour here.
_COLUMNS = tuple(column for column in ENGAGEMENT_COLUMNS if column.key != "scope_warning")
# What fits 1280 pixels: the figures a consultant scans for; the rest is in the header's menu.
_HIDDEN = frozenset(
    {"billing_model", "added_hours", "creep_bearer", "agreed_goals", "self_sufficient_on"}
)


def _tone(row: EngagementRow, column: str) -> Tone | None:
    """Scope creep above the warning threshold, added cost the client was not told, and a
    handover at risk."""
    creep = row.scope_creep
    if column == "creep_share" and creep.over:
        return Tone.at_risk
    if column == "added_cost" and creep.uninformed:
        return Tone.at_risk
    if row.handover_at_risk and column in _HANDOVER_COLUMNS:
        return Tone.at_risk
    return None


class EngagementsTab(ListTab[EngagementRow]):
    def __init__(self, context: TabContext) -> None:
        super().__init__(
            "engagements", context, _COLUMNS, lambda row: row.id, tone=_tone, hidden=_HIDDEN
        )
        self._query = EngagementQuery()
        self.commands = EngagementCommands(self, context)
        self.client_filter = named(QComboBox(), "engagementClientFilter")
        self.client_filter.setMinimumContentsLength(18)
        self.client_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status_filter = StatusFilter(
            "engagementStatusFilter",
            STATUS_ORDER,
            lambda: self.tr("Show engagements in these statuses (tick several with Space)"),
            [Preset("openStatuses", lambda: self.tr("Everything open"), OPEN_STATUSES)],
        )
        self.client_filter.activated.connect(self.apply_filter)
        self.status_filter.changed.connect(self.apply_filter)
        self.new_action = self.add_action(
            "newEngagement", QKeySequence.StandardKey.New, self._create
        )
        self.open_action = self.add_action(
            "openEngagement", QKeySequence(Qt.Key.Key_F2), self._open
        )
        self.view.activated.connect(lambda _index: self._open())
        layout = QVBoxLayout(self)
        toolbar = self.toolbar(
            (self.new_action, self.open_action),
            self.count,
            self.client_filter,
            self.status_filter,
        )
        layout.addLayout(toolbar)
        layout.addWidget(self.stack, 1)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("&New engagement…"))
        self.new_action.setToolTip(self.tr("Record a new inquiry (Ctrl+N)"))
        self.open_action.setText(self.tr("&Open…"))
        self.open_action.setToolTip(self.tr("Open the selected engagement (Enter or F2)"))
        self.filter.setPlaceholderText(self.tr("Filter by title or client (Ctrl+F)"))
        self.status_filter.retranslate()
        self._fill_client_filter()
        super().retranslate()

    def _fill_client_filter(self) -> None:
        current = self.client_filter.currentData()
        self.client_filter.clear()
        self.client_filter.addItem(self.tr("All clients"), None)
        for client_id, name in self.commands.client_choices():
            self.client_filter.addItem(name, client_id)
        self.client_filter.setCurrentIndex(max(0, self.client_filter.findData(current)))

    # -- data --------------------------------------------------------------------------------

    def refresh(self, changes: ChangeSet) -> None:
        if changes.touches(Entity.client):
            self._fill_client_filter()
        if changes.touches(
            Entity.client, Entity.engagement, Entity.goal, Entity.clarification,
            Entity.change_request, Entity.scope_item,
        ):  # fmt: skip
            self.refresh_or_reload(changes, Entity.engagement)

    def counter(self) -> Callable[[], int]:
        query, engagements = self._query, self.context.workspace.engagements
        return lambda: engagements.count(query)

    def count_text(self, count: int) -> str:
        return self.tr("Engagements: %1").replace("%1", str(count))

    def fetch(self, ids: frozenset[int] | None = None) -> FetchPage[EngagementRow]:
        # the settings as they are now: a changed setting shows at the next reload
        preferences = self.context.preferences
        query = dataclasses.replace(
            self._query,
            handover=preferences.handover_terms,
            scope_creep_threshold=preferences.scope_creep_threshold,
            ids=ids,
        )
        engagements = self.context.workspace.engagements
        return lambda offset, limit: engagements.list(query, offset=offset, limit=limit)

    def show_client(self, client_id: int) -> None:
        """Narrow the list to one client (from the client's detail pane)."""
        self.client_filter.setCurrentIndex(max(0, self.client_filter.findData(client_id)))
        self.apply_filter()

    def sort_by(self, key: str, descending: bool) -> None:
        self._query = dataclasses.replace(
            self._query, sort=EngagementSort(key), descending=descending
        )
        self.reload()

    def apply_filter(self) -> None:
        self._query = dataclasses.replace(
            self._query,
            client_id=self.client_filter.currentData(),
            statuses=self.status_filter.selected(),
            text=self.filter.text(),
        )
        self.reload()

    def selection_changed(self) -> None:
        self.new_action.setEnabled(not self.context.read_only)
        self.open_action.setEnabled(self.selected_id() is not None)

    def current_selection(self) -> Selection:
        """The selected engagement and its client (Ctrl+J records a contact about it)."""
        row = self.selected_row()
        if row is None:
            return Selection(self._query.client_id)
        return Selection(row.client_id, row.id)

    def empty_text(self) -> str:
        if self._query.text or self._query.client_id or self._query.statuses:
            return self.tr("No engagement matches these filters.")
        return self.tr("No engagements yet.\nPress Ctrl+N to record the first inquiry.")

    def _create(self) -> None:
        created = self.commands.create(self._query.client_id)
        if created is not None:
            self.select(created)
            open_editor(self, self.context, created)

    def _open(self) -> None:
        engagement_id = self.selected_id()
        if engagement_id is not None:
            open_editor(self, self.context, engagement_id)
