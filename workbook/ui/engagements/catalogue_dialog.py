"""Edit the clarification catalogue: add, reword, reorder, deactivate. Answers already given
stay with their engagements (a deactivated question is simply no longer asked)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.changes import ChangeSet, Entity
from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.presentation.columns import Column, Kind
from workbook.services.clarification.shapes import QuestionInput, QuestionRow
from workbook.ui.common import named
from workbook.ui.common.conflicts import EditBase
from workbook.ui.common.context import TabContext
from workbook.ui.common.fields import CheckField, Field, ReferenceField, TextField
from workbook.ui.common.list_panel import ListPanel
from workbook.ui.common.record_dialog import RecordDialog
from workbook.ui.common.tone import Tone
from workbook.ui.engagements.sections import known_sections, question_text, section_title

QUESTION_COLUMNS: tuple[Column[QuestionRow], ...] = (
    Column(
        "section",
        QT_TRANSLATE_NOOP("Columns", "Section"),
        lambda r: section_title(r.section),
        width=22,
    ),
    Column(
        "text", QT_TRANSLATE_NOOP("Columns", "Question"), question_text, Kind.long_text, width=50
    ),
    Column(
        "required",
        QT_TRANSLATE_NOOP("Columns", "Required"),
        lambda r: r.required,
        Kind.boolean,
        width=9,
    ),
    Column(
        "active", QT_TRANSLATE_NOOP("Columns", "Asked"), lambda r: r.active, Kind.boolean, width=8
    ),
)


@dataclass(frozen=True)
class _QuestionForm:
    """What the question's form edits: its section as the position in the known sections
    (the section chooser's choice; None for one no longer known), its wording, required."""

    section: int | None
    text_en: str
    text_de: str
    required: bool

    @classmethod
    def of(cls, row: QuestionRow) -> tuple[_QuestionForm, int]:
        """The form's values of a question, and the version a save of them names."""
        known = known_sections()
        section = known.index(row.section) if row.section in known else None
        return cls(section, row.text_en, row.text_de, row.required), row.version

    def question(self) -> QuestionInput:
        keys = known_sections()
        section = keys[self.section] if self.section is not None else keys[0]
        return QuestionInput(section, self.text_en, self.text_de, self.required)


class CatalogueDialog(QDialog):
    def __init__(self, parent: QWidget, context: TabContext) -> None:
        super().__init__(parent)
        self.setObjectName("CatalogueDialog")
        self._context = context
        self._service = context.workspace.clarification
        self.panel = ListPanel(
            "questions", QUESTION_COLUMNS, lambda r: r.id,
            tone=lambda question, _column: None if question.active else Tone.muted,
            stretch="text", wrap=True,
        )  # fmt: skip
        self.panel.signals.add.connect(self._add)
        self.panel.signals.edit.connect(self._edit)
        self.panel.signals.remove.connect(self._toggle_active)
        self.up = named(QPushButton(), "questionUp")
        self.down = named(QPushButton(), "questionDown")
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.panel.view.selectionModel().selectionChanged.connect(self._selection_changed)
        moves = QHBoxLayout()
        moves.addWidget(self.up)
        moves.addWidget(self.down)
        moves.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addLayout(moves)
        layout.addWidget(close)
        context.data_changed.connect(self._refresh)
        self.finished.connect(lambda _: context.data_changed.disconnect(self._refresh))
        self.setWindowTitle(self.tr("Clarification catalogue"))
        self.panel.set_texts(
            empty="",
            add=self.tr("&Add question…"),
            edit=self.tr("&Reword…"),
            remove=self.tr("&Stop asking"),
        )
        self.up.setText(self.tr("Move &up"))
        self.down.setText(self.tr("Move &down"))
        self.resize(860, 560)
        self._reload()

    def _selection_changed(self) -> None:
        """Buttons follow the selected question: its state names the toggle."""
        question_id = self.panel.selected_id()
        active = question_id is not None and self._service.question(question_id).active
        self.panel.remove_button.setText(
            self.tr("&Stop asking") if active else self.tr("&Ask again")
        )
        for button in (self.up, self.down):
            button.setEnabled(question_id is not None)

    def _refresh(self, changes: ChangeSet) -> None:
        if changes.touches(Entity.clarification):
            self._reload()

    def _reload(self) -> None:
        self.panel.set_rows(self._service.questions(include_inactive=True))
        self._selection_changed()

    def _fields(self) -> list[tuple[Field, str]]:
        sections = [(n, key) for n, key in enumerate(known_sections())]
        translate = QCoreApplication.translate
        return [
            (
                ReferenceField("section", [(n, section_title(k)) for n, k in sections], "–"),
                translate("CatalogueDialog", "&Section:"),
            ),
            (TextField("text_en"), translate("CatalogueDialog", "Question (&English):")),
            (TextField("text_de"), translate("CatalogueDialog", "Question (&German):")),
            (
                CheckField("required", translate("CatalogueDialog", "Needed before accepting")),
                translate("CatalogueDialog", "&Required:"),
            ),
        ]

    def _dialog(
        self, title: str, submit: Callable[[QuestionInput], object],
        edited: EditBase[_QuestionForm] | None = None,
    ) -> RecordDialog:  # fmt: skip
        return RecordDialog(
            self, title, self._fields(), lambda values: _QuestionForm(**values),
            lambda data: submit(data.question()), None, edited,
        )  # fmt: skip

    def _add(self) -> None:
        def submit(data: QuestionInput) -> None:
            self._context.run(
                self.tr("Add clarification question"), lambda: self._service.add_question(data)
            )

        self._dialog(self.tr("New question"), submit).exec()

    def _edit(self, question_id: int) -> None:
        before = EditBase(lambda: _QuestionForm.of(self._service.question(question_id)))

        def submit(data: QuestionInput) -> None:
            self._context.run(
                self.tr("Reword clarification question"),
                lambda: self._service.update_question(question_id, data, version=before.version),
            )

        self._dialog(self.tr("Reword question"), submit, before).exec()

    def _toggle_active(self, question_id: int) -> None:
        question = self._service.question(question_id)
        text = (
            self.tr("Stop asking a question") if question.active
            else self.tr("Ask a question again")
        )  # fmt: skip
        self._context.attempt(
            text,
            lambda: self._service.set_active(
                question_id, not question.active, version=question.version
            ),
        )

    def _move(self, delta: int) -> None:
        question_id = self.panel.selected_id()
        if question_id is None:
            return
        self._context.attempt(
            self.tr("Reorder clarification questions"),
            lambda: self._service.move_question(question_id, delta),
        )
