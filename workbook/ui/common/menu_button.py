"""A button that opens a menu. A QToolButton in InstantPopup mode draws its arrow over the end
of its label without making room for it ("Datenschut⌄"); a push button with a menu keeps the
arrow beside the label."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QPushButton

from workbook.ui.common import named


class MenuButton(QPushButton):
    def __init__(self, name: str, menu: QMenu | None = None) -> None:
        super().__init__()
        named(self, name)
        self.setAutoDefault(False)  # Enter in a dialog belongs to its default button
        if menu is not None:
            self.setMenu(menu)
