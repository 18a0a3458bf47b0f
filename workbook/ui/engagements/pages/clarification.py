"""Clarification: the catalogue's questions by section, one answer each, and how complete the
required part is. An answer is saved (one undoable step) when its field loses focus."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.catalogue import OVERVIEW_ANSWERS
from workbook.domain.changes import Entity
from workbook.services.clarification.shapes import AnswerRow, QuestionRow
from workbook.ui.common import named
from workbook.ui.common.context import TabContext
from workbook.ui.common.i18n import current_language
from workbook.ui.engagements.needs_panel import NeedsPanel
from workbook.ui.engagements.pages.base import EngagementPage
from workbook.ui.engagements.sections import question_text, section_title


class AnswerEdit(QPlainTextEdit):
    committed = Signal()

    def __init__(self, question: QuestionRow) -> None:
        super().__init__()
        self.setObjectName(f"answer_{question.key}")
        self.setTabChangesFocus(True)
        self.setFixedHeight(64)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.committed.emit()
        super().focusOutEvent(event)


class ClarificationPage(EngagementPage):
    # The needed competences show the level held: your practice's list changes them too.
    entities = (Entity.clarification, Entity.practice)

    def __init__(self, context: TabContext, engagement_id: int) -> None:
        super().__init__(context, engagement_id)
        self.completeness = named(QProgressBar(), "completeness")
        # The count beside the bar, not on it: a style that draws the text where the chunk
        # grows covers "3 of 9" with the bar.
        self.completeness.setTextVisible(False)
        self.completeness_text = named(QLabel(), "completenessText")
        self.catalogue_button = named(QPushButton(), "editCatalogue")
        self.catalogue_button.clicked.connect(self._edit_catalogue)
        self.catalogue_button.setVisible(not context.read_only)
        self.legend = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.completeness_text)
        top.addWidget(self.completeness, 1)
        top.addWidget(self.legend)
        top.addWidget(self.catalogue_button)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.needs = NeedsPanel(context, engagement_id)
        layout = QVBoxLayout(self)
        layout.addWidget(self.needs)
        layout.addLayout(top)
        layout.addWidget(self.scroll_area, 1)
        self.editors: dict[int, AnswerEdit] = {}
        self._saved: dict[int, str] = {}
        self._signature: tuple[object, ...] = ()
        self.retranslate()

    def reload(self) -> None:
        self.needs.reload()
        rows = self.workspace.clarification.answers(self.engagement_id)
        signature = (current_language(), *((r.question,) for r in rows))
        if signature != self._signature:
            self._signature = signature
            self._build(rows)
        for row in rows:
            editor = self.editors[row.question.id]
            previous = self._saved.get(row.question.id, row.answer)
            self._saved[row.question.id] = row.answer
            # Only fields the user has not touched follow the database (undo, other windows);
            # text typed but not yet saved stays.
            if editor.toPlainText() == previous and previous != row.answer:
                editor.setPlainText(row.answer)
        done = self.workspace.clarification.completeness(self.engagement_id)
        self.completeness.setRange(0, max(done.required, 1))
        self.completeness.setValue(done.answered_required if done.required else 1)
        self.completeness_text.setText(
            self.tr("%1 of %2 required questions answered (%3 %)")
            .replace("%1", str(done.answered_required))
            .replace("%2", str(done.required))
            .replace("%3", str(done.percent))
        )

    def _build(self, rows: list[AnswerRow]) -> None:
        content = QWidget()
        layout = QVBoxLayout(content)
        self.editors = {}
        section = None
        for row in rows:
            question = row.question
            if question.section != section:
                section = question.section
                heading = QLabel(section_title(section))
                heading.setStyleSheet("font-weight: 600; font-size: 11pt; margin-top: 8px;")
                layout.addWidget(heading)
            text = question_text(question) + (" *" if question.required else "")
            if question.key in OVERVIEW_ANSWERS:
                text += " " + self.tr("(same text as on the Overview page)")
            if not question.active:
                text += " " + self.tr("(no longer asked)")
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            editor = AnswerEdit(question)
            editor.setPlainText(row.answer)
            editor.setReadOnly(self.context.read_only)
            label.setBuddy(editor)
            editor.committed.connect(lambda qid=question.id: self.commit(qid))
            self.editors[question.id] = editor
            layout.addWidget(label)
            layout.addWidget(editor)
        layout.addStretch(1)
        self.scroll_area.setWidget(content)

    def commit(self, question_id: int) -> None:
        """Save the answer if it changed: one command, so Ctrl+Z takes back exactly this."""
        editor = self.editors.get(question_id)
        if editor is None:
            return
        text, before = editor.toPlainText(), self._saved.get(question_id, "")
        if text.strip() == before.strip():
            return
        clarification = self.workspace.clarification
        written = self.context.attempt(
            self.tr("Answer clarification question"),
            lambda: clarification.set_answer(
                self.engagement_id, question_id, text, expected=before
            ),
        )
        if written is not None:
            self._saved[question_id] = text

    def leave(self) -> bool:
        for question_id in list(self.editors):
            self.commit(question_id)
        return True

    def retranslate(self) -> None:
        self.catalogue_button.setText(self.tr("Edit &catalogue…"))
        self.legend.setText(self.tr("* required"))
        self._signature = ()  # rebuild: question texts follow the UI language
        self.needs.retranslate()
        self.reload()

    def _edit_catalogue(self) -> None:
        from workbook.ui.engagements.catalogue_dialog import CatalogueDialog

        self.leave()
        CatalogueDialog(self, self.context).exec()
