"""Clients tab: filterable list (sorted and paged in SQL) beside the selected client's details."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.changes import ChangeSet, Entity
from workbook.export.columns import CLIENT_COLUMNS
from workbook.services.client_shapes import ClientQuery, ClientRow, ClientSort
from workbook.services.engagement_shapes import EngagementQuery
from workbook.ui.engagement.actions import EngagementActions
from workbook.ui.models.table_model import RowTableModel
from workbook.ui.tabs.client_actions import ClientActions
from workbook.ui.tabs.client_detail import ClientDetailPane
from workbook.ui.tabs.context import TabContext
from workbook.ui.widgets import named
from workbook.ui.widgets.table_fit import fit_columns

FILTER_DELAY_MS = 200


class ClientsTab(QWidget):
    export_dossier = Signal(int, str)  # client id and name: the window runs the export

    def __init__(self, context: TabContext) -> None:
        super().__init__()
        self.setObjectName("ClientsTab")
        self._context = context
        self._query = ClientQuery()
        self.client_actions = ClientActions(self, context)
        self.model = RowTableModel(CLIENT_COLUMNS, lambda row: row.id)
        self._fitted = False
        self._build()
        # after _build: the view's initial sortByColumn must not reload a half-built tab
        self.model.on_sort(self._sort)
        self.retranslate()
        self.reload()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.filter = named(QLineEdit(), "clientFilter")
        self.filter.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter.textChanged.connect(self._filter_timer.start)
        self.show_archived = named(QCheckBox(), "showArchived")
        self.show_archived.toggled.connect(self._apply_filter)
        self.new_action = self._action("newClient", QKeySequence.StandardKey.New, self._create)
        self.edit_action = self._action("editClient", QKeySequence(Qt.Key.Key_F2), self._edit)
        self.archive_action = self._action(
            "archiveClient", QKeySequence.StandardKey.Delete, self._archive_or_restore
        )
        self.dossier_action = self._action(
            "exportDossier", QKeySequence("Ctrl+Shift+E"), self._export_dossier
        )
        self.find_action = self._action(
            "findClient", QKeySequence.StandardKey.Find, self.filter.setFocus
        )
        toolbar = QHBoxLayout()
        for action in (self.new_action, self.edit_action, self.archive_action, self.dossier_action):
            button = named(QToolButton(), f"{action.objectName()}Button")
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.show_archived)
        toolbar.addWidget(self.filter, 1)

        self.view = named(QTableView(), "clientsView")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        # One line per client and a fixed row height: cheap to lay out for 200k rows.
        self.view.setWordWrap(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(lambda _index: self._edit())
        # selectionChanged, not currentRowChanged: the selection is complete when it fires.
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.empty = named(QLabel(alignment=Qt.AlignmentFlag.AlignCenter), "clientsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text); font-size: 12pt;")
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.view)
        self.list_stack.addWidget(self.empty)

        self.detail = ClientDetailPane()
        self.detail.add_contact.connect(self._add_contact)
        self.detail.edit_contact.connect(self.client_actions.edit_contact)
        self.detail.remove_contact.connect(self.client_actions.remove_contact)
        self.engagement_actions = EngagementActions(self, self._context)
        self.detail.open_engagement.connect(self.engagement_actions.open_editor)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list_stack)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(splitter, 1)

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
        self.filter.setPlaceholderText(self.tr("Filter by name, industry, tag or contact (Ctrl+F)"))
        self.show_archived.setText(self.tr("Show &archived"))
        self.new_action.setText(self.tr("&New client…"))
        self.new_action.setToolTip(self.tr("Create a client (Ctrl+N)"))
        self.edit_action.setText(self.tr("&Edit…"))
        self.edit_action.setToolTip(self.tr("Edit the selected client (F2 or Enter)"))
        self.find_action.setText(self.tr("Find"))
        self.dossier_action.setText(self.tr("E&xport dossier…"))
        self.dossier_action.setToolTip(
            self.tr("Export this client's dossier as an Excel workbook (Ctrl+Shift+E)")
        )
        self.model.retranslate()
        self._fit_columns()
        self._update_actions()
        self._update_empty_state()

    def _fit_columns(self) -> None:
        fit_columns(self.view, self.model)  # type: ignore[arg-type]
        self._fitted = self.model.rowCount() > 0

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data --------------------------------------------------------------------------------

    def refresh(self, changes: ChangeSet) -> None:
        if changes.touches(
            Entity.client, Entity.contact, Entity.engagement, Entity.journal, Entity.clarification
        ):
            self.reload()

    def reload(self) -> None:
        selected = self.selected_client()
        query = self._query
        clients = self._context.workspace.clients
        self.model.load(lambda offset, limit: clients.list(query, offset=offset, limit=limit))
        if selected is not None:
            self.select_client(selected.id)
        if self.selected_client() is None and self.model.rowCount() > 0:
            self.view.selectRow(0)  # a filled detail pane from the start
        self._show_selected()
        self._update_empty_state()
        if not self._fitted:  # once there are rows to measure; later loads keep the widths
            self._fit_columns()

    def select_client(self, client_id: int) -> None:
        row = self.model.row_of(client_id)
        while row is None and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(client_id)
        if row is not None:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def take_focus(self) -> None:
        """Focus inside the tab, so its shortcuts (Ctrl+N, Del, F2) work right away."""
        target = self.view if self.list_stack.currentWidget() is self.view else self.filter
        target.setFocus()

    def selected_client(self) -> ClientRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _sort(self, key: str, descending: bool) -> None:
        self._query = dataclasses.replace(self._query, sort=ClientSort(key), descending=descending)
        self.reload()

    def _apply_filter(self) -> None:
        self._query = dataclasses.replace(
            self._query, text=self.filter.text(), include_archived=self.show_archived.isChecked()
        )
        self.reload()

    def _show_selected(self) -> None:
        row = self.selected_client()
        workspace = self._context.workspace
        self.detail.show_client(workspace.clients.get(row.id) if row else None)
        engagements = workspace.engagements.list(EngagementQuery(client_id=row.id)) if row else []
        self.detail.show_engagement_list(engagements)
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.selected_client()
        self.edit_action.setEnabled(row is not None)
        self.dossier_action.setEnabled(row is not None)
        self.archive_action.setEnabled(row is not None)
        restoring = row is not None and row.archived
        self.archive_action.setText(self.tr("&Restore") if restoring else self.tr("&Archive"))
        self.archive_action.setToolTip(
            self.tr("Bring the selected client back to the active list")
            if restoring
            else self.tr("Move the selected client to the archive (Del)")
        )

    def _update_empty_state(self) -> None:
        if self.model.rowCount() > 0:
            self.list_stack.setCurrentWidget(self.view)
            return
        if self._query.text.strip():
            text = self.tr("No client matches “%1”.").replace("%1", self._query.text.strip())
        else:
            text = self.tr("No clients yet.\nPress Ctrl+N to create your first client.")
        self.empty.setText(text)
        self.list_stack.setCurrentWidget(self.empty)

    # -- actions -----------------------------------------------------------------------------

    def _create(self) -> None:
        created = self.client_actions.create_client()
        if created is not None:
            self.select_client(created)

    def _edit(self) -> None:
        row = self.selected_client()
        if row is not None:
            self.client_actions.edit_client(row.id)

    def _archive_or_restore(self) -> None:
        row = self.selected_client()
        if row is None:
            return
        if row.archived:
            self.client_actions.restore_client(row.id)
        else:
            self.client_actions.archive_client(row.id)

    def _export_dossier(self) -> None:
        row = self.selected_client()
        if row is not None:
            self.export_dossier.emit(row.id, row.name)

    def _add_contact(self) -> None:
        row = self.selected_client()
        if row is not None:
            self.client_actions.add_contact(row.id)
