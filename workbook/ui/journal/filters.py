"""The Journal tab's filters beyond the text: kinds as toggles (several at once; none pressed
means every kind) and a range of days, each end optional."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from workbook.domain.enums import JournalKind
from workbook.presentation.labels import CONTEXT as LABELS
from workbook.presentation.labels import label
from workbook.ui.common import named
from workbook.ui.common.day_edit import DayEdit


class KindFilter(QWidget):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.buttons: dict[JournalKind, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for kind in JournalKind:
            button = named(QToolButton(), f"kind_{kind.value}")
            button.setCheckable(True)
            button.toggled.connect(self.changed)
            layout.addWidget(button)
            self.buttons[kind] = button
        self.retranslate()

    def kinds(self) -> frozenset[JournalKind]:
        return frozenset(kind for kind, button in self.buttons.items() if button.isChecked())

    def retranslate(self) -> None:
        for kind, button in self.buttons.items():
            button.setText(QCoreApplication.translate(LABELS, label(kind)))


class DayFilter(DayEdit):
    """One end of a range of days; empty leaves that end open."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)

    def day(self) -> date | None:
        """Text that is not a day yet (typing goes on) limits nothing."""
        try:
            return super().day()
        except ValueError:
            return None
