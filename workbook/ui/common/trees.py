"""Trees of headings and rows (the handover review, Today): one row selected at a time, never
edited in place, the focus across the whole row, rows of one height (cheap to lay out) with
room for every letter."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView


def set_up_grouped_tree(view: QTreeView, model: QAbstractItemModel) -> None:
    view.setModel(model)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAllColumnsShowFocus(True)
    # Room above the letters: without it the rows are as tall as the font and the dots of
    # a capital umlaut (Ö, Ü) are cut off.
    view.setStyleSheet("QTreeView::item { padding: 2px 0px; }")
