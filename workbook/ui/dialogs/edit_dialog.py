"""Base of the edit dialogs: OK submits through a callback; refused input keeps the dialog open
with the messages at the fields, and nothing is saved."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from workbook.domain.validation import ValidationError
from workbook.ui.widgets.form import ValidatingForm

T = TypeVar("T")


class EditDialog(QDialog, Generic[T]):
    def __init__(self, parent: QWidget | None, submit: Callable[[T], object]) -> None:
        super().__init__(parent)
        self._submit = submit
        self.form = ValidatingForm()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def value(self) -> T:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self._submit(self.value())
        except ValidationError as refused:
            self.form.show_problems(refused.by_field())
            return
        super().accept()
