"""Engagements tab: every engagement across clients, filtered and sorted in SQL."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.changes import ChangeSet, Entity
from workbook.domain.enums import EngagementStatus
from workbook.export.columns import ENGAGEMENT_COLUMNS
from workbook.export.labels import CONTEXT as LABELS
from workbook.export.labels import label
from workbook.services.client_shapes import ClientQuery
from workbook.services.engagement_shapes import EngagementQuery, EngagementRow, EngagementSort
from workbook.ui.engagement.actions import EngagementActions
from workbook.ui.models.table_model import RowTableModel
from workbook.ui.tabs.context import TabContext
from workbook.ui.widgets import named
from workbook.ui.widgets.table_fit import fit_columns

FILTER_DELAY_MS = 200
# A consultant has tens to hundreds of clients; the filter lists this many at most.
CLIENT_CHOICES = 2000


class EngagementsTab(QWidget):
    def __init__(self, context: TabContext) -> None:
        super().__init__()
        self.setObjectName("EngagementsTab")
        self._context = context
        self._query = EngagementQuery()
        self.engagement_actions = EngagementActions(self, context)
        self.model: RowTableModel[EngagementRow] = RowTableModel(ENGAGEMENT_COLUMNS, lambda r: r.id)
        self._fitted = False
        self._build()
        self.model.on_sort(self._sort)
        self.retranslate()
        self.reload()

    def _build(self) -> None:
        self.client_filter = named(QComboBox(), "engagementClientFilter")
        self.client_filter.setMinimumContentsLength(18)
        self.client_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status_filter = named(QComboBox(), "engagementStatusFilter")
        self.text_filter = named(QLineEdit(), "engagementFilter")
        self.text_filter.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.text_filter.textChanged.connect(self._filter_timer.start)
        self.client_filter.activated.connect(self._apply_filter)
        self.status_filter.activated.connect(self._apply_filter)
        self.new_action = self._action("newEngagement", QKeySequence.StandardKey.New, self._create)
        self.open_action = self._action("openEngagement", QKeySequence(Qt.Key.Key_F2), self._open)
        self.find_action = self._action(
            "findEngagement", QKeySequence.StandardKey.Find, self.text_filter.setFocus
        )
        toolbar = QHBoxLayout()
        for action in (self.new_action, self.open_action):
            button = named(QToolButton(), f"{action.objectName()}Button")
            button.setDefaultAction(action)
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.client_filter)
        toolbar.addWidget(self.status_filter)
        toolbar.addWidget(self.text_filter, 1)
        self.view = named(QTableView(), "engagementsView")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(lambda _index: self._open())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.empty = named(QLabel(alignment=Qt.AlignmentFlag.AlignCenter), "engagementsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text); font-size: 12pt;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.stack, 1)

    def _action(
        self, name: str, shortcut: QKeySequence | QKeySequence.StandardKey, slot: object
    ) -> QAction:
        action = named(QAction(self), name)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("&New engagement…"))
        self.new_action.setToolTip(self.tr("Record a new inquiry (Ctrl+N)"))
        self.open_action.setText(self.tr("&Open…"))
        self.open_action.setToolTip(self.tr("Open the selected engagement (Enter or F2)"))
        self.find_action.setText(self.tr("Find"))
        self.text_filter.setPlaceholderText(self.tr("Filter by title or client (Ctrl+F)"))
        self._fill_status_filter()
        self._fill_client_filter()
        self.model.retranslate()
        self._fit_columns()
        self._update_empty_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_status_filter(self) -> None:
        current = self.status_filter.currentData()
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in EngagementStatus:
            self.status_filter.addItem(QCoreApplication.translate(LABELS, label(status)), status)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current)))

    def _fill_client_filter(self) -> None:
        current = self.client_filter.currentData()
        self.client_filter.clear()
        self.client_filter.addItem(self.tr("All clients"), None)
        clients = self._context.workspace.clients.list(ClientQuery(), limit=CLIENT_CHOICES)
        for client in clients:
            self.client_filter.addItem(client.name, client.id)
        self.client_filter.setCurrentIndex(max(0, self.client_filter.findData(current)))

    def _fit_columns(self) -> None:
        fit_columns(self.view, self.model)  # type: ignore[arg-type]
        self._fitted = self.model.rowCount() > 0

    def refresh(self, changes: ChangeSet) -> None:
        if changes.touches(Entity.client):
            self._fill_client_filter()
        if changes.touches(Entity.client, Entity.engagement, Entity.goal, Entity.clarification):
            self.reload()

    def reload(self) -> None:
        selected = self.selected_id()
        query = self._query
        engagements = self._context.workspace.engagements
        self.model.load(lambda offset, limit: engagements.list(query, offset=offset, limit=limit))
        if selected is not None:
            self.select(selected)
        self._update_empty_state()
        self._update_actions()
        if not self._fitted:  # once there are rows to measure; later loads keep the widths
            self._fit_columns()

    def show_client(self, client_id: int) -> None:
        """Narrow the list to one client (from the client's detail pane)."""
        self.client_filter.setCurrentIndex(max(0, self.client_filter.findData(client_id)))
        self._apply_filter()

    def select(self, engagement_id: int) -> None:
        row = self.model.row_of(engagement_id)
        while row is None and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(engagement_id)
        if row is not None:
            self.view.selectRow(row)

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        return row.id if row else None

    def take_focus(self) -> None:
        (self.view if self.stack.currentWidget() is self.view else self.text_filter).setFocus()

    def _sort(self, key: str, descending: bool) -> None:
        self._query = dataclasses.replace(
            self._query, sort=EngagementSort(key), descending=descending
        )
        self.reload()

    def _apply_filter(self) -> None:
        status = self.status_filter.currentData()  # a plain str from Qt, or None for "all"
        self._query = EngagementQuery(
            self.client_filter.currentData(),
            EngagementStatus(status) if status else None,
            self.text_filter.text(),
            self._query.sort,
            self._query.descending,
        )
        self.reload()

    def _update_actions(self) -> None:
        self.open_action.setEnabled(self.selected_id() is not None)

    def _update_empty_state(self) -> None:
        if self.model.rowCount() > 0:
            self.stack.setCurrentWidget(self.view)
            return
        filtered = self._query.text or self._query.client_id or self._query.status
        self.empty.setText(
            self.tr("No engagement matches these filters.")
            if filtered
            else self.tr("No engagements yet.\nPress Ctrl+N to record the first inquiry.")
        )
        self.stack.setCurrentWidget(self.empty)

    def _create(self) -> None:
        created = self.engagement_actions.create(self._query.client_id)
        if created is not None:
            self.select(created)
            self.engagement_actions.open_editor(created)

    def _open(self) -> None:
        engagement_id = self.selected_id()
        if engagement_id is not None:
            self.engagement_actions.open_editor(engagement_id)
