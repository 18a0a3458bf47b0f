"""Exports in a worker thread with a progress dialog and Cancel; the window stays usable.

The export itself is Qt-free (workbook.spreadsheets); this module only asks where to save, shows
progress, words the outcome, and imports openpyxl lazily (not before the first paint)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from workbook.ui.common import worker
from workbook.ui.common.i18n import current_language

if TYPE_CHECKING:
    from workbook.services.reports.service import ReportService

Translate = Callable[[str, str], str]
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
# work(target, translate, progress, cancelled, language) -> summary; runs in the worker thread
ExportWork = Callable[[Path, Translate, Progress, Cancelled, str], Any]


class _Progress(QObject):
    """Carries progress from the worker thread to the dialog (a queued signal)."""

    changed = Signal(int, int)


def problem_text(error: Exception) -> str:
    from workbook.files.atomic import ExportError, ExportProblem

    translate = QCoreApplication.translate
    if isinstance(error, ExportError):
        texts = {
            ExportProblem.target_locked: translate(
                "Export", "The file cannot be written. It may be open in Excel or another "
                "program, or the folder is read-only. Close it or choose another place."),
            ExportProblem.folder_missing: translate("Export", "The folder does not exist."),
            ExportProblem.cancelled: translate(
                "Export", "Export cancelled. An earlier file of that name is unchanged."),
            ExportProblem.disk_full: translate("Export", "The disk is full."),
        }  # fmt: skip
        return texts[error.reason]
    return str(error)


class ExportRunner(QObject):
    finished = Signal(object)  # the written Path

    def __init__(self, parent: QWidget, status: Callable[[str], None]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._status = status
        self._jobs: list[worker.Job] = []

    def export_status(self, reports: ReportService, scope_creep_threshold: Decimal) -> None:
        def work(target: Path, translate: Translate, progress: Progress, cancelled: Cancelled,
                 language: str) -> object:  # fmt: skip
            from workbook.spreadsheets.export.status_workbook import write_status_workbook

            return write_status_workbook(reports, target, translate=translate,
                                         progress=progress, cancelled=cancelled,
                                         language=language,
                                         scope_creep_threshold=scope_creep_threshold)  # fmt: skip

        self._export(self.tr("Export status workbook"), status_file_name(),
                     self.tr("Writing the status workbook…"), work)  # fmt: skip

    def export_dossier(self, reports: ReportService, client_id: int, client_name: str) -> None:
        def work(target: Path, translate: Translate, progress: Progress, cancelled: Cancelled,
                 language: str) -> object:  # fmt: skip
            from workbook.spreadsheets.export.dossier import write_client_dossier

            return write_client_dossier(reports, target, client_id, translate=translate,
                                        progress=progress, cancelled=cancelled,
                                        language=language)  # fmt: skip

        suggested = self.tr("Dossier %1.xlsx").replace("%1", safe_file_name(client_name))
        label = self.tr("Writing the dossier of %1…").replace("%1", client_name)
        self._export(self.tr("Export client dossier"), suggested, label, work)

    def _export(self, title: str, suggested: str, label: str, work: ExportWork) -> None:
        target = self.ask_target(title, suggested)
        if target is not None:
            self.start(target, label, work)

    def ask_target(self, title: str, suggested_name: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self._parent, title, str(Path(folder) / suggested_name), "Excel (*.xlsx)"
        )
        if not path:
            return None
        return Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")

    def start(self, target: Path, label: str, work: ExportWork) -> None:
        cancel = threading.Event()
        progress = _Progress(self)
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._parent)
        dialog.setObjectName("exportProgress")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)  # quick exports finish without a flashing dialog
        dialog.canceled.connect(cancel.set)

        def show_progress(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)

        progress.changed.connect(show_progress)

        language = current_language()

        def run() -> Any:
            return work(target, QCoreApplication.translate, progress.changed.emit, cancel.is_set,
                        language)  # fmt: skip  # fmt: skip

        def done(_summary: object) -> None:
            dialog.reset()
            self._jobs.clear()
            self._status(self.tr("Exported to %1").replace("%1", str(target)))
            self.finished.emit(target)

        def failed(error: Exception) -> None:
            dialog.reset()
            self._jobs.clear()
            if cancel.is_set():  # the user asked for it: no alarm, just say what happened
                self._status(problem_text(error))
            else:
                QMessageBox.warning(self._parent, self.tr("Export failed"), problem_text(error))

        self._jobs.append(worker.start(run, done, failed))


def status_file_name() -> str:
    stamp = date.today().isoformat()
    return QCoreApplication.translate("Export", "Status %1.xlsx").replace("%1", stamp)


def safe_file_name(text: str) -> str:
    """A client name as part of a file name on every platform ("A/B GmbH" -> "A-B GmbH")."""
    cleaned = "".join("-" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in text)
    return cleaned.strip(" .") or "client"
