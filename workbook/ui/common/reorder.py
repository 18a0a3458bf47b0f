"""Rows the user puts in order by dragging them, for lists whose order is data (milestones):
the drop is turned into "move row X by N places" for the service, nothing moves in Qt itself,
and the list reloads in the order the database now has."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView

from workbook.ui.common.table_model import Index, RowTableModel

R = TypeVar("R")


class MovableRowModel(RowTableModel[R], Generic[R]):
    """Rows can be picked up and dropped between rows (never onto one)."""

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


class DropToMove(QObject):
    """Watches a table's viewport and tells where a dragged row was dropped: moved(row, by)."""

    moved = Signal(int, int)  # source row, places (negative: up)

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Drop or not isinstance(event, QDropEvent):
            return False
        rows = self._view.selectionModel().selectedRows()
        if rows:
            source = rows[0].row()
            places = self.target_row(event) - source
            if places:
                self.moved.emit(source, places)
        # Nothing is moved or removed in the model: the service reorders, the list reloads.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        return True

    def target_row(self, event: QDropEvent) -> int:
        """The row the dropped one ends up at: above the row under the pointer, or below it
        when dropped on its lower half; past the last row, at the end."""
        point = event.position().toPoint()
        index = self._view.indexAt(point)
        count = self._view.model().rowCount()
        rows = self._view.selectionModel().selectedRows()
        source = rows[0].row() if rows else 0
        if not index.isValid():
            return count - 1
        rect = self._view.visualRect(index)
        gap = index.row() + (1 if point.y() > rect.center().y() else 0)
        return gap - 1 if gap > source else gap
