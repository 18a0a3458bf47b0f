"""Preferences ▸ Competences: what you can do, each with a level (expert / solid / basic).
The accept dialog compares an engagement's needs with this list."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from workbook.domain.enums import CompetenceLevel
from workbook.presentation.labels import CONTEXT as LABELS
from workbook.presentation.labels import label
from workbook.services.practice.shapes import CompetenceInput, CompetenceRow
from workbook.ui.common.conflicts import EditBase
from workbook.ui.common.context import TabContext
from workbook.ui.common.fields import ChoiceField, Field, LineField
from workbook.ui.common.record_dialog import RecordDialog
from workbook.ui.practice.rows_editor import RowsEditor

if TYPE_CHECKING:
    from workbook.services.practice.service import PracticeService


def competence_dialog(
    parent: QWidget, submit: Callable[[CompetenceInput], object],
    edited: EditBase[CompetenceInput] | None,
) -> RecordDialog:  # fmt: skip
    translate = QCoreApplication.translate
    fields: list[tuple[Field, str]] = [
        (LineField("name"), translate("CompetencesPage", "&Competence:")),
        (ChoiceField("level", list(CompetenceLevel)), translate("CompetencesPage", "&Level:")),
    ]
    title = (
        translate("CompetencesPage", "Edit competence")
        if edited
        else translate("CompetencesPage", "New competence")
    )
    dialog = RecordDialog(
        parent, title, fields, lambda values: CompetenceInput(**values), submit,
        CompetenceInput(""), edited,
    )  # fmt: skip
    dialog.setObjectName("CompetenceDialog")
    return dialog


class CompetencesPage(RowsEditor):
    def __init__(self, context: TabContext) -> None:
        super().__init__("competences", 3)
        self.context = context
        self._rows: dict[int, CompetenceRow] = {}
        self.table.setHorizontalHeaderLabels(
            [self.tr("Competence"), self.tr("Level"), self.tr("Needed by")]
        )
        self.reload()

    @property
    def _service(self) -> PracticeService:
        return self.context.workspace.practice

    def reload(self) -> None:
        rows = self._service.competences()
        self._rows = {row.id: row for row in rows}
        needed = self.tr("%1 engagements")
        self.show_rows(
            [
                (row.id, [row.name, QCoreApplication.translate(LABELS, label(row.level)),
                          needed.replace("%1", QLocale().toString(row.needed_by))])
                for row in rows
            ],
            self.tr("No competences yet. Add what you can do, and how well."),
        )  # fmt: skip

    def add(self) -> None:
        def submit(data: CompetenceInput) -> None:
            text = self.tr("Add competence %1").replace("%1", data.name.strip())
            written = self.context.run(text, lambda: self._service.add_competence(data))
            self.reload()
            if written.created_id is not None:
                self.select(written.created_id)

        competence_dialog(self, submit, None).exec()

    def edit(self) -> None:
        row = self._rows.get(self.current_id() or -1)
        if row is None:
            return

        before = EditBase.of(lambda: self._service.competence(row.id), row)

        def submit(data: CompetenceInput) -> None:
            self.context.run(
                self.tr("Edit competence %1").replace("%1", row.name),
                lambda: self._service.update_competence(row.id, data, version=before.version),
            )
            self.reload()

        competence_dialog(self, submit, before).exec()

    def remove(self) -> None:
        row = self._rows.get(self.current_id() or -1)
        if row is None:
            return
        question = self.tr("Remove the competence “%1”?").replace("%1", row.name)
        if row.needed_by:
            question += " " + self.tr(
                "%1 engagements need it; there it will show as missing."
            ).replace("%1", QLocale().toString(row.needed_by))
        answer = QMessageBox.question(self, self.tr("Remove competence"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.context.attempt(
            self.tr("Remove competence %1").replace("%1", row.name),
            lambda: self._service.remove_competence(row.id, version=row.version),
        )
        self.reload()
