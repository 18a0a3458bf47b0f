"""A form over one input dataclass, built from (field, label) pairs.

Each field's key is the dataclass attribute it edits, which is also the field name in the
service's ValidationError, so refusals land next to the right editor."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from workbook.domain.validation import Problem
from workbook.ui.common.fields import Field, read_fields
from workbook.ui.common.form import ValidatingForm

T = TypeVar("T")


class RecordForm(QWidget, Generic[T]):
    def __init__(
        self, fields: Sequence[tuple[Field, str]], make: Callable[[dict[str, Any]], T]
    ) -> None:
        super().__init__()
        self.layout_ = ValidatingForm()
        self.setLayout(self.layout_)
        self.fields = [field for field, _text in fields]
        self._labels = {field.key: text for field, text in fields}
        self._make = make
        for field, text in fields:
            self.layout_.add(field.key, field.widget, beside_previous=field.beside_previous)
            self.layout_.set_label(field.key, text)

    def field(self, key: str) -> Field:
        return next(field for field in self.fields if field.key == key)

    def has_field(self, key: str) -> bool:
        return key in self._labels

    def label_text(self, key: str) -> str:
        """The field's label as a word in a sentence: "&Phone:" → "Phone"."""
        shown = self._labels[key].replace("&&", "\0").replace("&", "").replace("\0", "&")
        return shown.rstrip(": ")

    def fill(self, record: Any) -> None:
        values = {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}
        for field in self.fields:
            if field.key in values:
                field.set(values[field.key])
        self.layout_.show_problems({})

    def value(self) -> T:
        """Raises ValidationError when a field cannot be read (e.g. "12,x" as an amount)."""
        return self._make(read_fields(self.fields))

    def relabel(self, fresh: Sequence[tuple[Field, str]]) -> None:
        """After a language switch: the labels, placeholders and choice texts of `fresh`, the
        same fields made anew in the new language; the values typed stay."""
        for new, text in fresh:
            self._labels[new.key] = text
            self.layout_.set_label(new.key, text)
            mine = self.field(new.key).widget
            if isinstance(new.widget, QLineEdit) and isinstance(mine, QLineEdit):
                mine.setPlaceholderText(new.widget.placeholderText())
            if isinstance(new.widget, QComboBox) and isinstance(mine, QComboBox):
                for index in range(new.widget.count()):
                    if (at := mine.findData(new.widget.itemData(index))) >= 0:
                        mine.setItemText(at, new.widget.itemText(index))
            new.widget.deleteLater()

    def set_read_only(self, read_only: bool) -> None:
        """Shown, not edited: texts stay selectable, choices, dates and ticks are disabled."""
        for field in self.fields:
            if isinstance(field.widget, QLineEdit | QPlainTextEdit):
                field.widget.setReadOnly(read_only)
            else:
                field.widget.setEnabled(not read_only)

    def show_problems(self, problems: dict[str, Problem]) -> None:
        self.layout_.show_problems(problems)

    def error_text(self, key: str) -> str:
        return self.layout_.error_text(key)


class FormGroup:
    """Several forms that together edit one record (the profile's contact and texts, and the
    hours on the capacity page): filled from it together, each field labelled by its own."""

    def __init__(self, *forms: RecordForm[Any]) -> None:
        self._forms = forms

    def has_field(self, key: str) -> bool:
        return any(form.has_field(key) for form in self._forms)

    def label_text(self, key: str) -> str:
        return next(form for form in self._forms if form.has_field(key)).label_text(key)

    def fill(self, record: Any) -> None:
        for form in self._forms:
            form.fill(record)
