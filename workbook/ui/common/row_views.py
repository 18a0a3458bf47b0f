"""How every list of rows behaves under the keyboard and the mouse (the list tabs and the
lists on the editor's and the other panes' pages)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QAbstractItemView


def set_up_row_view(view: QAbstractItemView) -> None:
    """One whole row at a time is picked, nothing is edited in place, and Tab leaves the list
    for the next control (the arrows move within it; Qt's default moves Tab from cell to cell
    and never out). The row the keyboard's focus frame is on is the selected one — also when
    the focus first enters the list, where Qt puts the frame on a row without selecting it —
    so Enter, F2 and Del act on the row one sees. Call once the model is set."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    selection = view.selectionModel()

    def select_current(current: QModelIndex | QPersistentModelIndex, _before: object) -> None:
        if current.isValid() and not selection.isRowSelected(current.row(), current.parent()):
            flags = QItemSelectionModel.SelectionFlag
            selection.select(current, flags.ClearAndSelect | flags.Rows)

    selection.currentRowChanged.connect(select_current)
