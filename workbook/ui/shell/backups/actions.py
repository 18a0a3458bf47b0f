"""The backup actions of the File and Help menus, on the window's open workbook."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from workbook.ui.common import worker

if TYPE_CHECKING:
    from workbook.store.locations import Location

# Replaces the workbook at `path` by the backup `source` and opens it again (the window).
Restore = Callable[[Path, Path], None]


class BackupActions(QObject):
    def __init__(self, window: QWidget, restore: Restore, status: Callable[[str], None]) -> None:
        super().__init__(window)
        self._window = window
        self._restore = restore
        self._status = status

    def restore_from_backup(self, path: Path) -> None:
        from workbook.store.backup_folder import stored_backups
        from workbook.ui.shell.backups.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self._window, path.name, stored_backups(path))
        if dialog.exec() == RestoreDialog.DialogCode.Accepted and dialog.chosen is not None:
            self._restore(path, dialog.chosen.path)

    def check_database(self, location: Location) -> None:
        """What `main.py check` finds, in a worker: reading every page of a large file takes a
        moment, comparing a server's schema a few round trips."""
        from workbook.store.check import check_location
        from workbook.store.locations import shown_name

        self._status(self.tr("Checking %1…").replace("%1", shown_name(location)))
        worker.start(
            lambda: check_location(location),
            lambda problems: self._checked(location, problems),
            self._check_failed,
        )

    def _checked(self, location: Location, problems: list[str]) -> None:
        from workbook.ui.shell.backups.check_report import CheckReport

        self._status("")
        CheckReport(self._window, location, problems).exec()

    def _check_failed(self, error: Exception) -> None:
        from workbook.store.header import DatabaseRefused
        from workbook.ui.common.messages import failure_text, refusal_text

        text = refusal_text(error) if isinstance(error, DatabaseRefused) else failure_text(error)
        QMessageBox.warning(self._window, self.tr("Check database"), text)
