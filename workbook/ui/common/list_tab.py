"""A BaseTab (Vorta): a toolbar with actions and a filter box, a list sorted and paged in SQL,
an empty state, selection by id, and refresh on the window's ChangeSets."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QToolButton,
    QWidget,
)

from workbook.domain.changes import ChangeSet
from workbook.presentation.columns import Column
from workbook.ui.common import named
from workbook.ui.common.context import TabContext
from workbook.ui.common.table_fit import fit_columns
from workbook.ui.common.table_model import CellTip, CellTone, FetchPage, RowTableModel

R = TypeVar("R")
FILTER_DELAY_MS = 200  # typing pauses this long before the list is queried again


def tab_action(
    tab: QWidget, name: str, shortcut: QKeySequence | QKeySequence.StandardKey,
    slot: Callable[[], object],
) -> QAction:  # fmt: skip
    """An action of `tab` whose shortcut works while the focus is anywhere inside it."""
    action = named(QAction(tab), name)
    action.setShortcut(shortcut)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    tab.addAction(action)
    return action


class ListTab(QWidget, Generic[R]):
    def __init__(self, name: str, context: TabContext, columns: Sequence[Column[R]],
                 row_id: Callable[[R], int], tone: CellTone[R] | None = None,
                 tip: CellTip[R] | None = None) -> None:  # fmt: skip
        super().__init__()
        self.setObjectName(name)
        self.context = context
        self.model: RowTableModel[R] = RowTableModel(columns, row_id, tone, tip)
        self._fitted = False
        self.filter = named(QLineEdit(), f"{name}Filter")
        self.filter.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(self._filter_timer.start)
        self.find_action = self.add_action(
            f"{name}Find", QKeySequence.StandardKey.Find, self.filter.setFocus
        )
        self.view = named(QTableView(), f"{name}View")
        self._setup_view()
        self.empty = named(QLabel(alignment=Qt.AlignmentFlag.AlignCenter), f"{name}Empty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text); font-size: 12pt;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

    def _setup_view(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # before on_sort: no query yet
        self.model.on_sort(self.sort_by)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        # One line per row and a fixed row height: cheap to lay out for 200k rows.
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.horizontalHeader().setStretchLastSection(True)
        # selectionChanged, not currentRowChanged: the selection is complete when it fires.
        view.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed())

    def add_action(self, name: str, shortcut: QKeySequence | QKeySequence.StandardKey,
                   slot: Callable[[], object]) -> QAction:  # fmt: skip
        """An action whose shortcut works while the focus is anywhere inside this tab."""
        return tab_action(self, name, shortcut, slot)

    def for_selected(self, act: Callable[[int], object]) -> Callable[[], None]:
        """A slot that calls act(the selected row's id), if a row is selected."""

        def slot() -> None:
            if (row_id := self.selected_id()) is not None:
                act(row_id)

        return slot

    def toolbar(self, actions: Sequence[QAction], *extra: QWidget) -> QHBoxLayout:
        layout = QHBoxLayout()
        for action in actions:
            button = named(QToolButton(), f"{action.objectName()}Button")
            button.setDefaultAction(action)
            layout.addWidget(button)
        layout.addStretch(1)
        for widget in extra:
            layout.addWidget(widget)
        layout.addWidget(self.filter, 1)
        return layout

    # -- what subclasses provide -------------------------------------------------------------

    def fetch(self) -> FetchPage[R]:
        raise NotImplementedError

    def sort_by(self, key: str, descending: bool) -> None:
        raise NotImplementedError

    def apply_filter(self) -> None:
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.find_action.setText(self.tr("Find"))
        self.model.retranslate()
        fit_columns(self.view, self.model)  # type: ignore[arg-type]
        self.show_empty_state()

    def selection_changed(self) -> None:
        """Hook: the selected row changed."""

    def refresh(self, changes: ChangeSet) -> None:
        raise NotImplementedError

    # -- shared behaviour --------------------------------------------------------------------

    def reload(self) -> None:
        selected = self.selected_id()
        self.model.load(self.fetch())
        if selected is not None:
            self.select(selected)
        self.show_empty_state()
        if not self._fitted and self.model.rowCount() > 0:
            fit_columns(self.view, self.model)  # type: ignore[arg-type]
            self._fitted = True  # later loads keep the widths: no jumping while filtering
        self.selection_changed()

    def select(self, row_id: int) -> None:
        row = self.model.row_of(row_id)
        while row is None and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(row_id)
        if row is not None:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def selected_row(self) -> R | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return None if row is None else self.model.row_id(row)

    def take_focus(self) -> None:
        """Focus inside the tab, so its shortcuts (Ctrl+N, Del, F2) work right away."""
        (self.view if self.stack.currentWidget() is self.view else self.filter).setFocus()

    def show_empty_state(self) -> None:
        if self.model.rowCount() > 0:
            self.stack.setCurrentWidget(self.view)
        else:
            self.empty.setText(self.empty_text())
            self.stack.setCurrentWidget(self.empty)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
