"""What the File and Help menus run that has modules of its own (the spreadsheets' export and
import runners, the calendar export, the backup actions): each is built the first time it is
asked for, so its modules and dialogs load after the first paint, when an action needs them."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QWidget

    from workbook.domain.changes import ChangeSet
    from workbook.ui.shell.backups.actions import BackupActions
    from workbook.ui.spreadsheets.calendar_export import CalendarExport
    from workbook.ui.spreadsheets.export_runner import ExportRunner
    from workbook.ui.spreadsheets.import_runner import ImportRunner


class MenuRunners:
    def __init__(
        self,
        parent: QWidget,
        undo_stack: QUndoStack,
        *,
        export_folder: Callable[[], Path | None],
        show_status: Callable[[str], None],
        apply_changes: Callable[[ChangeSet], None],
        tell_refusal: Callable[[Exception], None],
        restore_backup: Callable[[Path, Path], None],
    ) -> None:
        self._parent = parent
        self._undo_stack = undo_stack
        self._export_folder = export_folder
        self._show_status = show_status
        self._apply_changes = apply_changes
        self._tell_refusal = tell_refusal
        self._restore_backup = restore_backup

    @cached_property
    def exports(self) -> ExportRunner:
        from workbook.ui.spreadsheets.export_runner import ExportRunner

        return ExportRunner(self._parent, self._show_status, self._export_folder)

    @cached_property
    def calendar_export(self) -> CalendarExport:
        from workbook.ui.spreadsheets.calendar_export import CalendarExport

        return CalendarExport(self._parent, self._show_status, self._export_folder)

    @cached_property
    def imports(self) -> ImportRunner:
        from workbook.ui.spreadsheets.import_runner import ImportRunner

        return ImportRunner(
            self._parent,
            self._undo_stack,
            self._apply_changes,
            self._show_status,
            self._tell_refusal,
        )

    @cached_property
    def backup_actions(self) -> BackupActions:
        from workbook.ui.shell.backups.actions import BackupActions

        return BackupActions(
            self._parent, self._restore_backup, self._show_status, self._apply_changes
        )
