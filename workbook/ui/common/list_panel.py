"""A short list with Add / Edit / Remove (and, for ordered lists, Move up / down) under it
and a hint when it is empty.

Used for an engagement's wishes, goals and service catalogue: tens of rows, loaded at once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbook.presentation.columns import Column
from workbook.ui.common.cut_text_tips import CutTextTips
from workbook.ui.common.reorder import DropToMove, MovableRowModel
from workbook.ui.common.row_views import set_up_row_view
from workbook.ui.common.table_fit import fit_columns
from workbook.ui.common.table_model import CellTone, RowTableModel

R = TypeVar("R")


class _Signals(QObject):
    add = Signal()
    edit = Signal(int)
    remove = Signal(int)
    move = Signal(int, int)  # row id, places (negative: up); only when movable


class ListPanel(QWidget, Generic[R]):
    def __init__(
        self,
        name: str,
        columns: Sequence[Column[R]],
        row_id: Callable[[R], int],
        *,
        tone: CellTone[R] | None = None,
        editable: bool = True,
        stretch: str | None = None,
        movable: bool = False,
        wrap: bool = False,
    ) -> None:
        """movable: the order is the user's (drag a row, Alt+Up/Alt+Down, or the buttons);
        wrap: rows as tall as their text (for lists of a few dozen rows at most)."""
        super().__init__()
        self.setObjectName(name)
        self.signals = _Signals()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600;")
        self.heading.hide()
        model = MovableRowModel if movable else RowTableModel
        self.model: RowTableModel[R] = model(columns, row_id, tone)
        self.view = QTableView()
        CutTextTips(self.view)
        self.view.setObjectName(f"{name}View")
        self.view.setModel(self.model)
        set_up_row_view(self.view)
        self.view.setWordWrap(wrap)
        if wrap:  # a long text (a question) takes the lines it needs instead of ending in "…"
            rows = self.view.verticalHeader()
            rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().hide()
        self._stretch = stretch  # the column that takes the spare width (else the last)
        self.view.horizontalHeader().setStretchLastSection(stretch is None)
        self.empty = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.setObjectName(f"{name}Add")
        self.edit_button.setObjectName(f"{name}Edit")
        self.remove_button.setObjectName(f"{name}Remove")
        self.add_button.clicked.connect(self.signals.add)
        self.edit_button.clicked.connect(lambda: self._emit(self.signals.edit))
        self.remove_button.clicked.connect(lambda: self._emit(self.signals.remove))
        if editable:  # Enter or a double click edits; a list only to look at has no editor
            self.view.activated.connect(lambda _index: self._emit(self.signals.edit))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.up_button.setObjectName(f"{name}Up")
        self.down_button.setObjectName(f"{name}Down")
        if movable:
            self._make_movable()
        # The layout is on the panel before the buttons go in: a button without a parent
        # would open as a window of its own when shown.
        layout = QVBoxLayout(self)
        buttons = self._buttons = QHBoxLayout()
        layout.addLayout(buttons)
        for button in (
            self.add_button, self.edit_button, self.remove_button, self.up_button,
            self.down_button,
        ):  # fmt: skip
            button.setAutoDefault(False)  # Enter in a dialog must not add or remove rows
            buttons.addWidget(button)
            button.setVisible(editable)
        self.up_button.setVisible(editable and movable)
        self.down_button.setVisible(editable and movable)
        buttons.addStretch(1)
        self.footer = QLabel()
        buttons.addWidget(self.footer)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.insertWidget(0, self.heading)
        layout.insertWidget(1, self.stack, 1)
        self._update_buttons()

    def _make_movable(self) -> None:
        self.drops = DropToMove(self.view)
        self.drops.moved.connect(self._move_row)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        for key, places in ((Qt.Key.Key_Up, -1), (Qt.Key.Key_Down, 1)):
            shortcut = QShortcut(QKeySequence(Qt.KeyboardModifier.AltModifier | key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda p=places: self.move_selected(p))

    def move_selected(self, places: int) -> None:
        row_id = self.selected_id()
        if row_id is not None:
            self.signals.move.emit(row_id, places)

    def _move_row(self, row: int, places: int) -> None:
        found = self.model.row_at(row)
        if found is not None:
            self.signals.move.emit(self.model.row_id(found), places)

    def add_buttons(self, *buttons: QPushButton) -> None:
        """More buttons after Add / Edit / Remove (a list's own actions)."""
        for button in buttons:
            button.setAutoDefault(False)
            self._buttons.insertWidget(self._buttons.count() - 2, button)  # before stretch, footer

    def set_rows(self, rows: Sequence[R]) -> None:
        selected = self.selected_id()
        self.model.load(lambda offset, limit: rows[offset : offset + limit])
        self.stack.setCurrentWidget(self.view if rows else self.empty)
        if selected is not None:
            self.select(selected)
        self._fit_columns()
        self._update_buttons()

    def set_texts(
        self, *, empty: str, add: str, edit: str, remove: str, heading: str = "", up: str = "",
        down: str = "",
    ) -> None:  # fmt: skip
        self.empty.setText(empty)
        self.up_button.setText(up)
        self.down_button.setText(down)
        self.add_button.setText(add)
        self.edit_button.setText(edit)
        self.remove_button.setText(remove)
        self.heading.setText(heading)
        self.heading.setVisible(bool(heading))
        self.model.retranslate()
        self._fit_columns()

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        return None if row is None else self.model.row_id(row)

    def select(self, row_id: int) -> bool:
        """Select the row of `row_id`; False when the list does not show it."""
        row = self.model.row_of(row_id)
        if row is not None:
            self.view.selectRow(row)
        return row is not None

    def _fit_columns(self) -> None:
        fit_columns(self.view, self.model)  # type: ignore[arg-type]
        if self._stretch is not None:
            column = self.model.column_index(self._stretch)
            self.view.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch
            )

    def _emit(self, signal: SignalInstance) -> None:
        row_id = self.selected_id()
        if row_id is not None:
            signal.emit(row_id)

    def _update_buttons(self) -> None:
        selected = self.selected_id() is not None
        for button in (self.edit_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(selected)
