"""File ▸ Export calendar…: every open due date as an .ics file, written in a worker, in the
UI's language; the status bar says where it went, a message why it did not."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from workbook.ui.common import worker
from workbook.ui.common.export_folder import suggested_path
from workbook.ui.spreadsheets.export_runner import problem_text

if TYPE_CHECKING:
    from workbook.services.workspace import Workspace

SUFFIX = ".ics"


class CalendarExport(QObject):
    def __init__(
        self,
        parent: QWidget,
        status: Callable[[str], None],
        folder: Callable[[], Path | None] = lambda: None,
    ) -> None:
        """`folder`: where exports are suggested to go (Preferences), read at each export."""
        super().__init__(parent)
        self._parent = parent
        self._status = status
        self._folder = folder
        self.last: Path | None = None  # where the last calendar went (tests, the status bar)

    def ask_and_export(self, workspace: Workspace, source: Path | None) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Export calendar"),
            suggested_path(self._folder(), "workbook.ics"), self.tr("Calendar (*.ics)"),
        )  # fmt: skip
        if path:
            target = Path(path) if path.lower().endswith(SUFFIX) else Path(path + SUFFIX)
            # The dialog confirmed replacing a file of exactly that name; a name the suffix was
            # added to was not asked about, so another kind of file there stays.
            self.export(workspace, source, target, overwrite=path.lower().endswith(SUFFIX))

    def export(
        self, workspace: Workspace, source: Path | None, target: Path, *, overwrite: bool = True
    ) -> None:
        def work() -> int:
            from workbook.documents.calendar_file import write_calendar  # icalendar, on demand

            events = workspace.today.calendar(today=date.today())
            practice = workspace.practice.profile()
            return write_calendar(events, target, QCoreApplication.translate,
                                  protected=(source,) if source else (),
                                  overwrite=overwrite, organizer=practice)  # fmt: skip

        self._status(self.tr("Exporting the calendar…"))
        worker.start(work, lambda count: self._done(target, count), self._failed)

    def _done(self, target: Path, count: int) -> None:
        self.last = target
        text = self.tr("Calendar saved as %1 (%2 events)")
        self._status(text.replace("%1", str(target)).replace("%2", str(count)))

    def _failed(self, error: Exception) -> None:
        QMessageBox.warning(self._parent, self.tr("Calendar not exported"), problem_text(error))
