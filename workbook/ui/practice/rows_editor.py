"""A short list of the practice's rows (competences, days off) with Add, Edit and Remove:
each change is written at once, as one undoable step of the window."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbook.ui.common import named


class RowsEditor(QWidget):
    """Subclasses fill the table with `show_rows` and act on `current_id()`."""

    def __init__(self, name: str, headers: int, stretch: int = 0) -> None:
        """`stretch`: the column that takes the spare width (the text)."""
        super().__init__()
        self._stretch = stretch
        self.setObjectName(name)
        self.table = named(QTableWidget(0, headers), f"{name}Table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.empty = QLabel()
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.add_button = named(QPushButton(), f"{name}Add")
        self.edit_button = named(QPushButton(), f"{name}Edit")
        self.remove_button = named(QPushButton(), f"{name}Remove")
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.empty)
        self.layout_.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        # Translated in this class's context: self.tr would look in the subclass's.
        translate = QCoreApplication.translate
        self.add_button.setText(translate("RowsEditor", "&Add…"))
        self.edit_button.setText(translate("RowsEditor", "&Edit…"))
        self.remove_button.setText(translate("RowsEditor", "Re&move"))

    def show_rows(self, rows: Sequence[tuple[int, Sequence[str]]], empty_text: str) -> None:
        """(id, the cells) per row; the selection stays on the same id where it still is."""
        keep = self.current_id()
        self.table.setRowCount(len(rows))
        for index, (row_id, cells) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row_id)
                self.table.setItem(index, column, item)
            if row_id == keep:
                self.table.selectRow(index)
        header = self.table.horizontalHeader()
        header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self._stretch, QHeaderView.ResizeMode.Stretch)
        self.empty.setText(empty_text)
        self.empty.setVisible(not rows)
        self._selection_changed()

    def current_id(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def select(self, row_id: int) -> None:
        for index in range(self.table.rowCount()):
            item = self.table.item(index, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == row_id:
                self.table.selectRow(index)

    def _selection_changed(self) -> None:
        chosen = self.current_id() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def add(self) -> None:
        raise NotImplementedError

    def edit(self) -> None:
        raise NotImplementedError

    def remove(self) -> None:
        raise NotImplementedError
