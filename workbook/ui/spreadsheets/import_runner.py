"""File ▸ Import…: choose a file, map and check it in the ImportDialog, then commit every row
as one undoable step (Ctrl+Z removes exactly what the import added)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from workbook.domain.changes import ChangeSet
from workbook.ui.common.undo import run

if TYPE_CHECKING:
    from workbook.spreadsheets.importing.commit import ImportResult
    from workbook.spreadsheets.importing.shapes import ImportPreview
    from workbook.store.database import Database

FILE_FILTER = "Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;*"


class ImportRunner(QObject):
    def __init__(
        self,
        parent: QWidget,
        undo_stack: QUndoStack,
        notify: Callable[[ChangeSet], None],
        status: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._undo_stack = undo_stack
        self._notify = notify
        self._status = status

    def ask_and_import(self, database: Database) -> None:
        path, _ = QFileDialog.getOpenFileName(self._parent, self.tr("Import"), "", FILE_FILTER)
        if path:
            self.import_file(database, Path(path))

    def import_file(self, database: Database, path: Path) -> None:
        # The reader (python-calamine) loads here, not at start-up.
        from workbook.spreadsheets.importing.problems import ImportRefused
        from workbook.ui.spreadsheets.import_dialog import ImportDialog
        from workbook.ui.spreadsheets.import_words import refusal_text

        try:
            dialog = ImportDialog(self._parent, database, path)
        except ImportRefused as refused:
            QMessageBox.warning(self._parent, self.tr("Cannot import"), refusal_text(refused))
            return
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.preview is not None:
            try:
                self.commit(database, dialog.preview, path.name)
            except ImportRefused as refused:
                QMessageBox.warning(self._parent, self.tr("Cannot import"), refusal_text(refused))

    def commit(self, database: Database, preview: ImportPreview, name: str) -> None:
        """All rows in one transaction and one undo step; raises ImportRefused, writing
        nothing, when the workbook changed since the preview."""
        from workbook.spreadsheets.importing.commit import ImportService

        service = ImportService(database)
        results: list[ImportResult] = []

        def do() -> ChangeSet:
            if results:  # redo after undo: the same rows under the same ids
                return service.redo(results[0])
            results.append(service.commit(preview))
            return results[0].changes

        text = self.tr("Import %1").replace("%1", name)
        run(self._undo_stack, text, do, lambda: service.undo(results[0]), self._notify)
        result = results[0]
        self._status(
            self.tr("Imported %1 clients, %2 contacts, %3 journal entries. Ctrl+Z takes it back.")
            .replace("%1", str(len(result.client_ids)))
            .replace("%2", str(len(result.contact_ids)))
            .replace("%3", str(len(result.journal_ids)))
        )  # fmt: skip
