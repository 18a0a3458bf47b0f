"""Which columns a list shows: the header's context menu turns each on or off, and the choice
is remembered per list (the window's settings). Lists start with the columns that fit a
1280-pixel window; the others are one right-click away."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu

from workbook.ui.common import named


class ColumnMemory(Protocol):
    """Where the choice is kept (the window's Settings)."""

    def hidden_columns(self, list_name: str) -> frozenset[str] | None:
        """The keys the user hid in this list; None when they never chose."""

    def remember_hidden_columns(self, list_name: str, keys: frozenset[str]) -> None: ...


class ForgetfulColumns:
    """A memory for as long as the window is open (views built without settings)."""

    def __init__(self) -> None:
        self._hidden: dict[str, frozenset[str]] = {}

    def hidden_columns(self, list_name: str) -> frozenset[str] | None:
        return self._hidden.get(list_name)

    def remember_hidden_columns(self, list_name: str, keys: frozenset[str]) -> None:
        self._hidden[list_name] = keys


class ColumnChooser(QObject):
    changed = Signal()  # a column was turned on or off: the list fits its columns again

    def __init__(
        self,
        header: QHeaderView,
        keys: Sequence[str],
        list_name: str,
        memory: ColumnMemory,
        hidden_at_first: frozenset[str] = frozenset(),
        fixed: frozenset[str] = frozenset(),
    ) -> None:
        """fixed: columns always shown (a tree's first column, which holds the groups)."""
        super().__init__(header)
        self._fixed = fixed
        self._header = header
        self._keys = tuple(keys)
        self._name = list_name
        self._memory = memory
        remembered = memory.hidden_columns(list_name)
        chosen = hidden_at_first if remembered is None else remembered
        self._hidden = chosen & (set(keys) - fixed)
        if len(self._hidden) == len(self._keys):  # edited by hand: never an empty list
            self._hidden = frozenset()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._open_menu)
        self.apply()

    def hidden(self) -> frozenset[str]:
        return self._hidden

    def apply(self) -> None:
        """Hide what is hidden (again: a model reset keeps the sections, a new model not)."""
        for number, key in enumerate(self._keys):
            self._header.setSectionHidden(number, key in self._hidden)

    def set_shown(self, key: str, shown: bool) -> None:
        hidden = self._hidden - {key} if shown else self._hidden | {key}
        if len(hidden) == len(self._keys) or hidden & self._fixed:
            return  # the last column stays
        self._hidden = frozenset(hidden)
        self._memory.remember_hidden_columns(self._name, self._hidden)
        self.apply()
        self.changed.emit()

    def menu(self) -> QMenu:
        """One checkable entry per column, named as its header; the last shown one is fixed."""
        menu = named(QMenu(self._header), f"{self._name}Columns")
        model = self._header.model()
        shown = len(self._keys) - len(self._hidden)
        for number, key in enumerate(self._keys):
            # a header of two lines is one in the menu
            title = str(model.headerData(number, Qt.Orientation.Horizontal)).replace("\n", " ")
            action = named(QAction(title, menu), f"column_{key}")
            action.setCheckable(True)
            action.setChecked(key not in self._hidden)
            action.setEnabled(key not in self._fixed and (key in self._hidden or shown > 1))
            action.toggled.connect(lambda on, k=key: self.set_shown(k, on))
            menu.addAction(action)
        return menu

    def _open_menu(self, point: QPoint) -> None:
        self.menu().exec(self._header.mapToGlobal(point))
