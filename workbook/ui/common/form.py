"""A form whose fields show their validation message right below themselves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from workbook.domain.validation import Problem
from workbook.ui.common.messages import problem_text
from workbook.ui.common.tone import Tone

ERROR_STYLE = Tone.overdue.style()


class FieldWithError(QWidget):
    def __init__(self, editor: QWidget) -> None:
        super().__init__()
        self.editor = editor
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)

    def show_problem(self, problem: Problem | None) -> None:
        self.show_message(problem_text(problem) if problem else None)

    def show_message(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setVisible(text is not None)


class ValidatingForm(QFormLayout):
    """Fields keyed by the service's field names, so a ValidationError maps onto them."""

    def __init__(self) -> None:
        super().__init__()
        self._fields: dict[str, FieldWithError] = {}
        self._labels: dict[str, QLabel] = {}
        self._inner_labels: list[QLabel] = []  # of the fields beside another

    def add(self, key: str, editor: QWidget, *, beside_previous: bool = False) -> None:
        field = FieldWithError(editor)
        label = QLabel()
        label.setBuddy(editor)
        if beside_previous and self.rowCount() > 0:
            self._add_beside(label, field)
        else:
            self.addRow(label, field)
        self._fields[key] = field
        self._labels[key] = label

    def _add_beside(self, label: QLabel, field: FieldWithError) -> None:
        """The last row's field and this one side by side, each with its label."""
        row = self.rowCount() - 1
        taken = self.takeRow(row)
        assert taken.labelItem is not None
        assert taken.fieldItem is not None
        before, before_label = taken.fieldItem.widget(), taken.labelItem.widget()
        assert before is not None
        assert before_label is not None
        pair = QWidget()
        line = QHBoxLayout(pair)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(before, 1)
        line.addSpacing(12)
        # as high as the editor and centred on it, like the form's own labels
        label.setFixedHeight(field.editor.sizeHint().height())
        line.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(field, 1)
        self.insertRow(row, before_label, pair)
        self._inner_labels.append(label)

    def set_label(self, key: str, text: str) -> None:
        self._labels[key].setText(text)
        # the fields beside others start in one column, whatever their labels' lengths
        widest = max((label.sizeHint().width() for label in self._inner_labels), default=0)
        for label in self._inner_labels:
            label.setMinimumWidth(widest)

    def show_problems(self, problems: dict[str, Problem]) -> None:
        self.show_messages({key: problem_text(problem) for key, problem in problems.items()})

    def show_messages(self, messages: dict[str, str]) -> None:
        """A sentence below each field in `messages`, none below the others; the first of
        them gets the focus."""
        for key, field in self._fields.items():
            field.show_message(messages.get(key))
        first = next((self._fields[key] for key in self._fields if key in messages), None)
        if first is not None:
            first.editor.setFocus()

    def error_text(self, key: str) -> str:
        field = self._fields[key]
        return field.error.text() if field.error.isVisibleTo(field) else ""
