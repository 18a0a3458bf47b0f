"""The short lists under Add / Edit / Remove (ui.common.list_panel)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from workbook.presentation.columns import CLIENT
from workbook.ui.common.list_panel import ListPanel

pytestmark = pytest.mark.gui


class _WindowsShown(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.names.append(watched.objectName())
        return False


def test_building_a_panel_opens_no_window(qapp: QApplication) -> None:
    """Its buttons belong to the panel from the start: none flashes up as a window of its own
    (which takes the activation, and with it the keyboard, from the main window)."""
    shown = _WindowsShown()
    qapp.installEventFilter(shown)
    try:
        panel = ListPanel("things", (CLIENT,), lambda row: 0)
    finally:
        qapp.removeEventFilter(shown)
    assert shown.names == []
    panel.deleteLater()
