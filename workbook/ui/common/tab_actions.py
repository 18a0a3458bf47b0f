"""An action of a tab, its shortcut working wherever the focus is inside the tab. A module of
its own: Today, the first tab, uses it without the list machinery of ListTab (list_tab)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from workbook.ui.common import named


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
