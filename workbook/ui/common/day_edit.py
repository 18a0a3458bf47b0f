"""One editor for a day, used by every date field: typed the way the UI language writes dates
(or ISO), empty for no date, with a calendar that opens on the day shown or today.

Keys: Up / Down a day on or back, Page Up / Page Down a month, Alt+Down or F4 the calendar,
and clearing the text (Ctrl+A, Delete or the clear button) means no date."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from workbook import RESOURCES
from workbook.presentation.day_text import parse_day
from workbook.ui.common.i18n import current_language, format_date

_CALENDAR_ICON = RESOURCES / "icons" / "calendar.svg"
# An example in the UI language's form, for the placeholder and the problem text.
EXAMPLE_DAY = date(2026, 3, 1)


class DayEdit(QLineEdit):
    """`day()` raises ValueError while the text is not a day; `day_changed` fires when another
    day (or none) has been taken: typed and left, picked, stepped to or set."""

    day_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self._calendar_action = QAction(QIcon(str(_CALENDAR_ICON)), "", self)
        self._calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self._calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self._taken: date | None = None
        self._shown = ""  # the text last written for `_taken`, re-written on a language switch
        self.editingFinished.connect(self._take)
        self._retranslate()

    def day(self) -> date | None:
        return parse_day(self.text(), current_language(), date.today())

    def set_day(self, value: date | None) -> None:
        changed = value != self._taken
        self._taken = value
        self._shown = format_date(value) if value is not None else ""
        self.setText(self._shown)
        if changed:
            self.day_changed.emit()

    def open_calendar(self) -> None:
        if self.isReadOnly():
            return
        popup = _Calendar(self)
        try:
            start = self.day() or date.today()
        except ValueError:
            start = date.today()
        popup.setSelectedDate(QDate(start.year, start.month, start.day))
        popup.picked.connect(self._picked)
        popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        popup.show()
        popup.setFocus()

    def _picked(self, value: date) -> None:
        self.set_day(value)
        self.setFocus()

    def _take(self) -> None:
        """Show a day that was read in the language's own form; leave anything else as typed
        (the form says what is wrong when it is saved)."""
        try:
            self.set_day(self.day())
        except ValueError:
            return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
            self.open_calendar()
        elif key in _STEPS and not alt and not self.isReadOnly():
            self._step(_STEPS[key])
        else:
            super().keyPressEvent(event)

    def _step(self, step: tuple[int, int]) -> None:
        days, months = step
        try:
            current = self.day()
        except ValueError:
            current = None
        if current is None:  # the first step lands on today, not on some far-off day
            self._picked(date.today())
        else:
            self._picked(_add_months(current, months) + timedelta(days=days))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setPlaceholderText(self.tr("e.g. %1").replace("%1", format_date(EXAMPLE_DAY)))
        self._calendar_action.setToolTip(self.tr("Pick from the calendar (Alt+Down)"))
        if self.text() == self._shown:  # untouched: the taken day in the new language's form
            self.set_day(self._taken)  # the same day: nothing to tell


# (days, months) a key moves the day by
_STEPS = {
    Qt.Key.Key_Up: (1, 0),
    Qt.Key.Key_Down: (-1, 0),
    Qt.Key.Key_PageUp: (0, 1),
    Qt.Key.Key_PageDown: (0, -1),
}


def _add_months(value: date, months: int) -> date:
    """31 January and a month: the last day of February."""
    month = value.month - 1 + months
    year, month = value.year + month // 12, month % 12 + 1
    return date(year, month, min(value.day, calendar.monthrange(year, month)[1]))


class _Calendar(QCalendarWidget):
    """The pop-up: Enter or a click takes the day, Escape or a click outside leaves it."""

    picked = Signal(object)  # date

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setGridVisible(True)
        self.activated.connect(self._take)
        self.clicked.connect(self._take)

    def _take(self, value: QDate) -> None:
        self.hide()
        self.picked.emit(date(value.year(), value.month(), value.day()))
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)
