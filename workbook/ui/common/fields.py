"""Editors for one value each, with a common get/set: text, long text, choice, date, amount,
yes/no and a reference to another row. Dialogs are built from lists of them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from workbook.domain.validation import FieldError, Problem, ValidationError
from workbook.presentation.labels import CONTEXT as LABELS
from workbook.presentation.labels import label
from workbook.ui.common.day_edit import DayEdit

F = TypeVar("F", bound="Field")


class Field:
    """key = the attribute of the input dataclass this field edits."""

    def __init__(self, key: str, widget: QWidget) -> None:
        self.key = key
        self.widget = widget
        # on the row of the field before it, with its own label (see beside())
        self.beside_previous = False
        widget.setObjectName(key)

    def get(self) -> Any:
        raise NotImplementedError

    def set(self, value: Any) -> None:
        raise NotImplementedError


def beside(field: F) -> F:
    """`field` stands on the row of the field before it: two short values (an amount, a date)
    share a line, so a long form fits the window."""
    field.beside_previous = True
    return field


class LineField(Field):
    def __init__(self, key: str, placeholder: str = "") -> None:
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        super().__init__(key, self.edit)

    def get(self) -> str:
        return self.edit.text()

    def set(self, value: Any) -> None:
        self.edit.setText(str(value or ""))


class TextField(Field):
    """Several lines of text. Short ones keep a fixed height so a dialog of many of them still
    fits a laptop screen; `grow` (notes) takes what room the dialog has."""

    def __init__(self, key: str, lines: int = 3, *, grow: bool = False) -> None:
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        height = self.edit.fontMetrics().lineSpacing() * lines + 14
        if grow:
            self.edit.setMinimumHeight(height)
        else:
            self.edit.setFixedHeight(height)
        super().__init__(key, self.edit)

    def get(self) -> str:
        return self.edit.toPlainText()

    def set(self, value: Any) -> None:
        self.edit.setPlainText(str(value or ""))


class CheckField(Field):
    def __init__(self, key: str, text: str) -> None:
        self.box = QCheckBox(text)
        super().__init__(key, self.box)

    def get(self) -> bool:
        return self.box.isChecked()

    def set(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class NumberField(Field):
    def __init__(self, key: str, bounds: tuple[int, int], suffix: str = "") -> None:
        self.spin = QSpinBox()
        self.spin.setRange(*bounds)
        self.spin.setSuffix(suffix)
        super().__init__(key, self.spin)

    def get(self) -> int:
        return self.spin.value()

    def set(self, value: Any) -> None:
        self.spin.setValue(int(value))


class ChoiceField(Field):
    """One value of a StrEnum, shown with its translated label."""

    def __init__(self, key: str, values: Sequence[StrEnum]) -> None:
        self._type = type(values[0])
        self.combo = QComboBox()
        for value in values:
            self.combo.addItem(QCoreApplication.translate(LABELS, label(value)), value)
        super().__init__(key, self.combo)

    def get(self) -> Any:
        # Qt hands item data back as a plain str; the shapes expect the enum.
        return self._type(self.combo.currentData())

    def set(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))


class ReferenceField(Field):
    """An optional link to another row, e.g. the contact who signed off."""

    def __init__(self, key: str, options: Sequence[tuple[int, str]], none_text: str) -> None:
        self.combo = QComboBox()
        self.combo.addItem(none_text, None)
        for row_id, text in options:
            self.combo.addItem(text, row_id)
        super().__init__(key, self.combo)

    def include(self, row_id: int, text: str) -> None:
        """A row the options leave out but this record links to (an archived client)."""
        index = self.combo.findData(row_id)
        if index < 0:
            self.combo.addItem(text, row_id)
        else:
            self.combo.setItemText(index, text)

    def get(self) -> int | None:
        data = self.combo.currentData()
        return int(data) if data is not None else None

    def set(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))


class DateField(Field):
    """An optional day (ui.common.day_edit): empty is no date, anything unreadable is refused
    at the field."""

    def __init__(self, key: str) -> None:
        self.edit = DayEdit()
        super().__init__(key, self.edit)

    def get(self) -> date | None:
        try:
            return self.edit.day()
        except ValueError:
            raise ValidationError([FieldError(self.key, Problem.date)]) from None

    def set(self, value: Any) -> None:
        self.edit.set_day(value if isinstance(value, date) else None)


class AmountField(Field):
    """An optional decimal with two places, typed the way the UI language writes numbers."""

    def __init__(self, key: str, suffix: str = "") -> None:
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(suffix)
        super().__init__(key, self.edit)

    def get(self) -> Decimal | None:
        text = self.edit.text().strip()
        if not text:
            return None
        number, ok = QLocale().toDouble(text)
        if not ok:  # accept the other notation too: "1234.5" in German, "1.234,5" never in English
            try:
                return Decimal(text.replace(" ", "")).quantize(Decimal("0.01"))
            except InvalidOperation:
                raise ValidationError([FieldError(self.key, Problem.number)]) from None
        return Decimal(str(round(number, 2)))

    def set(self, value: Any) -> None:
        if value is None:
            self.edit.clear()
        else:
            self.edit.setText(QLocale().toString(float(value), "f", 2))


def read_fields(fields: Sequence[Field]) -> dict[str, Any]:
    """All values, or one ValidationError naming every field that could not be read."""
    values: dict[str, Any] = {}
    errors: list[FieldError] = []
    for field in fields:
        try:
            values[field.key] = field.get()
        except ValidationError as refused:
            errors += refused.errors
    if errors:
        raise ValidationError(errors)
    return values
