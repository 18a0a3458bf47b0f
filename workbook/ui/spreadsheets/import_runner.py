"""File ▸ Import…: choose a file, map and check it in the ImportDialog, then commit every row
as one undoable step (Ctrl+Z removes exactly what the import added)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from workbook.domain.changes import ChangeSet
from workbook.services.errors import REFUSALS
from workbook.ui.common import file_folders
from workbook.ui.common.undo import run

if TYPE_CHECKING:
    from workbook.services.importing.service import Imported, ImportService
    from workbook.services.importing.shapes import ImportCounts
    from workbook.services.written import Written
    from workbook.spreadsheets.importing.shapes import ImportPreview

FILE_FILTER = "Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;*"


class ImportRunner(QObject):
    def __init__(
        self,
        parent: QWidget,
        undo_stack: QUndoStack,
        notify: Callable[[ChangeSet], None],
        status: Callable[[str], None],
        refused: Callable[[Exception], None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._undo_stack = undo_stack
        self._notify = notify
        self._status = status
        self._refused = refused

    def ask_and_import(self, imports: ImportService) -> None:
        folder = str(file_folders.start_folder())
        path, _ = QFileDialog.getOpenFileName(self._parent, self.tr("Import"), folder, FILE_FILTER)
        if file_folders.chosen(path):
            self.import_file(imports, Path(path))

    def import_file(self, imports: ImportService, path: Path) -> None:
        # The reader (python-calamine) loads here, not at start-up.
        from workbook.spreadsheets.importing.problems import ImportRefused
        from workbook.ui.spreadsheets.import_dialog import ImportDialog
        from workbook.ui.spreadsheets.import_words import refusal_text

        try:
            dialog = ImportDialog(self._parent, imports, path)
        except ImportRefused as refused:
            QMessageBox.warning(self._parent, self.tr("Cannot import"), refusal_text(refused))
            return
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.preview is not None:
            try:
                self.commit(imports, dialog.preview, path.name)
            except REFUSALS as refused:
                self._refused(refused)

    def commit(self, imports: ImportService, preview: ImportPreview, name: str) -> None:
        """All rows in one transaction and one undo step; raises BatchRefused, writing
        nothing, when the workbook changed since the preview."""
        done: list[Imported] = []

        def write() -> Written:
            done.append(imports.commit(preview.batch()))
            return done[0].written

        text = self.tr("Import %1").replace("%1", name)
        run(self._undo_stack, text, write, self._notify, self._refused)
        counts = done[0].counts
        self._status(
            self.tr("Imported %1. Ctrl+Z takes it back.").replace("%1", imported_text(counts))
        )


def imported_text(counts: ImportCounts) -> str:
    """ "3 clients, 1 contact and 2 clients updated": only what was imported or updated, each
    in its singular or plural."""
    translate = QCoreApplication.translate
    kinds = (
        (counts.clients, translate("ImportRunner", "1 client"),
         translate("ImportRunner", "%1 clients")),
        (counts.contacts, translate("ImportRunner", "1 contact"),
         translate("ImportRunner", "%1 contacts")),
        (counts.entries, translate("ImportRunner", "1 journal entry"),
         translate("ImportRunner", "%1 journal entries")),
        (counts.updated, translate("ImportRunner", "1 client updated"),
         translate("ImportRunner", "%1 clients updated")),
    )  # fmt: skip
    parts = [(one if n == 1 else many).replace("%1", str(n)) for n, one, many in kinds if n]
    if not parts:
        return translate("ImportRunner", "nothing")
    if len(parts) == 1:
        return parts[0]
    return (
        translate("ImportRunner", "%1 and %2")
        .replace("%1", ", ".join(parts[:-1]))
        .replace("%2", parts[-1])
    )
