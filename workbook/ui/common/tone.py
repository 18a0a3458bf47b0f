"""The colours that mark rows and messages needing attention. A module of its own: the main
window needs it before its first paint, without the views' formatting (display) and the
column specs that comes with."""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor


class Tone(Enum):
    """A row that needs attention: overdue (red) or at risk (amber)."""

    overdue = "#b3261e"
    at_risk = "#a15c00"
    muted = "#7a7a7a"  # archived, excluded, dropped: still listed, no longer in play

    def color(self) -> QColor:
        return QColor(self.value)

    def style(self) -> str:
        """As a style sheet: labels and messages in this tone."""
        return f"color: {self.value};"
