"""Logging support hours: the quick-add row under a plan's entries (Enter logs), and the form
that edits an entry."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QWidget

from workbook.domain.enums import SupportEntryKind
from workbook.domain.validation import FieldError, Problem, ValidationError
from workbook.presentation.labels import CONTEXT as LABELS
from workbook.presentation.labels import label
from workbook.services.support.shapes import SupportEntryInput
from workbook.ui.common import named
from workbook.ui.common.conflicts import EditBase
from workbook.ui.common.fields import (
    AmountField,
    ChoiceField,
    DateField,
    Field,
    LineField,
    read_fields,
)
from workbook.ui.common.form import FieldWithError
from workbook.ui.common.record_dialog import RecordDialog

translate = QCoreApplication.translate  # lupdate recognises calls named "translate"


def entry_labels() -> dict[str, str]:
    return {
        "occurred_on": translate("SupportEntry", "Da&te:"),
        "hours": translate("SupportEntry", "Ho&urs:"),
        "kind": translate("SupportEntry", "&Kind:"),
        "description": translate("SupportEntry", "Descri&ption:"),
    }


def entry_fields() -> list[tuple[Field, str]]:
    labels = entry_labels()
    fields: list[Field] = [
        DateField("occurred_on"),
        AmountField("hours", translate("SupportEntry", "e.g. 1.5")),
        ChoiceField("kind", list(SupportEntryKind)),
        LineField("description", translate("SupportEntry", "What was done")),
    ]
    return [(field, labels[field.key]) for field in fields]


def make_entry(values: dict[str, Any]) -> SupportEntryInput:
    """An empty hours field reads as None: the form says the hours are missing."""
    if values["hours"] is None:
        raise ValidationError([FieldError("hours", Problem.required)])
    if values["occurred_on"] is None:
        raise ValidationError([FieldError("occurred_on", Problem.required)])
    return SupportEntryInput(**values)


def entry_dialog(
    parent: QWidget,
    submit: Callable[[SupportEntryInput], object],
    edited: EditBase[SupportEntryInput],
) -> RecordDialog:
    title = translate("SupportEntry", "Edit support entry")
    dialog = RecordDialog(parent, title, entry_fields(), make_entry, submit, base=edited)
    dialog.setObjectName("SupportEntryDialog")
    return dialog


class QuickEntry(QWidget):
    """Date, hours, kind and description in one row; `submitted` hands the entry on, and
    show_problems() puts a refusal under the field it is about."""

    submitted = Signal(object)  # SupportEntryInput

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("quickEntry")
        self.fields = [field for field, _label in entry_fields()]
        self._labels = [QLabel() for _ in self.fields]
        self._cells = {field.key: FieldWithError(field.widget) for field in self.fields}
        self.log_button = named(QPushButton(), "logHours")
        self.log_button.clicked.connect(self.submit)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for column, (field, caption) in enumerate(zip(self.fields, self._labels, strict=True)):
            caption.setBuddy(field.widget)
            layout.addWidget(caption, 0, column)
            layout.addWidget(self._cells[field.key], 1, column)
        layout.addWidget(self.log_button, 1, len(self.fields))
        layout.setColumnStretch(self._column("description"), 1)
        self.hours.edit.returnPressed.connect(self.submit)
        self.description.edit.returnPressed.connect(self.submit)
        self._field("occurred_on").set(date.today())
        self._field("kind").set(SupportEntryKind.question)  # the most common one
        self.retranslate()

    def _column(self, key: str) -> int:
        return next(i for i, field in enumerate(self.fields) if field.key == key)

    def _field(self, key: str) -> Field:
        return self.fields[self._column(key)]

    @property
    def hours(self) -> AmountField:
        field = self._field("hours")
        assert isinstance(field, AmountField)
        return field

    @property
    def description(self) -> LineField:
        field = self._field("description")
        assert isinstance(field, LineField)
        return field

    def clear(self) -> None:
        """Ready for the next entry: the day and kind kept, hours and description empty."""
        self.hours.set(None)
        self.description.set("")
        self.show_problems({})

    def submit(self) -> None:
        try:
            data = make_entry(read_fields(self.fields))
        except ValidationError as refused:
            self.show_problems(refused.by_field())
            return
        self.submitted.emit(data)

    def show_problems(self, problems: dict[str, Problem]) -> None:
        for key, cell in self._cells.items():
            cell.show_problem(problems.get(key))
        if problems:
            first = next(field for field in self.fields if field.key in problems)
            first.widget.setFocus()

    def focus_hours(self) -> None:
        self.hours.edit.setFocus()
        self.hours.edit.selectAll()

    def retranslate(self) -> None:
        labels = entry_labels()
        for field, caption in zip(self.fields, self._labels, strict=True):
            caption.setText(labels[field.key])
        self.log_button.setText(translate("SupportEntry", "&Log hours"))
        self.log_button.setToolTip(translate("SupportEntry", "Log these hours on the plan (Enter)"))
        self.hours.edit.setToolTip(translate("SupportEntry", "Ctrl+L brings you here"))
        kinds = self._field("kind").widget
        assert isinstance(kinds, QComboBox)
        for index in range(kinds.count()):
            kind = SupportEntryKind(kinds.itemData(index))
            kinds.setItemText(index, translate(LABELS, label(kind)))
