"""The backup actions of the File and Help menus, on the window's open workbook."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from workbook.ui.common import worker

if TYPE_CHECKING:
    from workbook.domain.changes import ChangeSet
    from workbook.services.repair import Rebuilt
    from workbook.store.database import Database
    from workbook.store.locations import Location
    from workbook.ui.shell.backups.check_report import CheckReport

# Replaces the workbook at `path` by the backup `source` and opens it again (the window).
Restore = Callable[[Path, Path], None]


class BackupActions(QObject):
    def __init__(
        self,
        window: QWidget,
        restore: Restore,
        status: Callable[[str], None],
        apply_changes: Callable[[ChangeSet], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._restore = restore
        self._status = status
        self._apply_changes = apply_changes

    def restore_from_backup(self, path: Path) -> None:
        from workbook.store.backup_folder import stored_backups
        from workbook.ui.shell.backups.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self._window, path.name, stored_backups(path))
        if dialog.exec() == RestoreDialog.DialogCode.Accepted and dialog.chosen is not None:
            self._restore(path, dialog.chosen.path)

    def check_database(self, database: Database, still_open: Callable[[], bool]) -> None:
        """What `main.py check` finds, in a worker: reading every page of a large file takes a
        moment, comparing a server's schema a few round trips. A wrong count the report offers
        to repair is mended through `database`, the window's own: its tabs then refresh —
        while `still_open` says the window keeps it open (another may be opened meanwhile)."""
        from workbook.store.locations import shown_name

        self._status(self.tr("Checking %1…").replace("%1", shown_name(database.location)))
        self._check(
            database.location, lambda problems: self._checked(database, still_open(), problems)
        )

    def _check(
        self,
        location: Location,
        then: Callable[[list[str]], None],
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        from workbook.store.check import check_location

        worker.start(lambda: check_location(location), then, failed or self._check_failed)

    def _checked(self, database: Database, kept_open: bool, problems: list[str]) -> None:
        from workbook.ui.shell.backups.check_report import CheckReport, RepairOffer

        self._status("")
        if not kept_open:
            offer = RepairOffer.closed
        else:
            offer = RepairOffer.read_only if database.read_only else RepairOffer.offered
        report = CheckReport(self._window, database.location, problems, offer=offer)
        report.repair_requested.connect(lambda: self._repair(database, report))
        report.exec()
        report.deleteLater()

    def _repair(self, database: Database, report: CheckReport) -> None:
        """check --repair's work (services.repair) in a worker, then the check again: the
        report says what it found, not what the repair meant to do."""
        from workbook.services.repair import rebuild_search_and_recount

        def repaired(rebuilt: Rebuilt) -> None:
            self._apply_changes(rebuilt.changes)
            self._check(
                database.location,
                lambda problems: report.repaired(rebuilt.recounted, problems),
                not_checked,
            )

        def not_checked(error: Exception) -> None:
            report.repair_failed()
            self._check_failed(error, report)

        worker.start(
            lambda: rebuild_search_and_recount(database),
            repaired,
            lambda error: self._repair_failed(report, error),
        )

    def _repair_failed(self, report: CheckReport, error: Exception) -> None:
        from workbook.store.errors import WriteFailed
        from workbook.ui.common.messages import database_said, failure_text

        report.repair_failed()
        reason = failure_text(error) if isinstance(error, WriteFailed) else database_said(error)
        QMessageBox.warning(
            report, self.tr("Repair"), self.tr("Nothing was repaired. %1").replace("%1", reason)
        )

    def _check_failed(self, error: Exception, parent: QWidget | None = None) -> None:
        from workbook.store.header import DatabaseRefused
        from workbook.ui.common.messages import failure_text, refusal_text

        text = refusal_text(error) if isinstance(error, DatabaseRefused) else failure_text(error)
        QMessageBox.warning(parent or self._window, self.tr("Check database"), text)
