"""A dialog around a RecordForm: OK submits, a refusal shows at the fields and saves nothing.
An edit's dialog knows what it was filled from (`base`): a save refused because someone else
saved first says what they changed and offers their version (ui.common.conflicts)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from workbook.domain.validation import ValidationError
from workbook.services.errors import REFUSALS, Conflict
from workbook.ui.common.conflicts import EditBase, settle
from workbook.ui.common.fields import Field
from workbook.ui.common.messages import failure_text
from workbook.ui.common.record_form import RecordForm

T = TypeVar("T")


class RecordDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        fields: Sequence[tuple[Field, str]],
        make: Callable[[dict[str, Any]], T],
        submit: Callable[[T], object],
        initial: T | None = None,
        base: EditBase[T] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form: RecordForm[T] = RecordForm(fields, make)
        self._submit = submit
        self._base = base
        if base is not None:
            initial = base.values
        if initial is not None:
            self.form.fill(initial)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(580, self.sizeHint().height())

    def accept(self) -> None:
        """Saves and closes; a refusal keeps the dialog open with everything typed."""
        try:
            value = self.form.value()
            self._submit(value)
        except ValidationError as refused:
            self.form.show_problems(refused.by_field())
            return
        except REFUSALS as refused:
            if isinstance(refused, Conflict) and self._base is not None:
                settle(self, refused, self.form, value, self._base)
            else:
                QMessageBox.warning(self, self.windowTitle(), failure_text(refused))
            return
        super().accept()
