"""Exports in a worker thread with a progress dialog and Cancel; the window stays usable.

The export itself is Qt-free (workbook.spreadsheets); this module only asks where to save, shows
progress, words the outcome, and imports openpyxl lazily (not before the first paint)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from workbook.ui.common import worker
from workbook.ui.common.export_folder import suggested_path
from workbook.ui.common.i18n import current_language

if TYPE_CHECKING:
    from workbook.services.privacy.service import PrivacyService
    from workbook.services.reports.service import ReportService

Translate = Callable[[str, str], str]
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ExportRequest:
    """What an export in the worker thread is to do, and how it reports back."""

    target: Path
    # The save dialog asked about replacing exactly this file (not when .xlsx was added).
    overwrite: bool
    translate: Translate
    progress: Progress
    cancelled: Cancelled
    language: str


# work(request) -> summary; runs in the worker thread
ExportWork = Callable[[ExportRequest], Any]


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
            ExportProblem.is_source: translate(
                "Export", "This is the open database. An export never replaces it; choose "
                "another file name."),
            ExportProblem.is_database: translate(
                "Export", "This file is a database. An export never replaces a database; "
                "choose another file name."),
            ExportProblem.exists: translate(
                "Export", "A file of that name exists and is not an Excel workbook. Choose "
                "another file name."),
        }  # fmt: skip
        return texts[error.reason]
    return str(error)


class ExportRunner(QObject):
    finished = Signal(object)  # the written Path

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

    def export_status(self, reports: ReportService, scope_creep_threshold: Decimal) -> None:
        def work(request: ExportRequest) -> object:
            from workbook.spreadsheets.export.status_workbook import write_status_workbook

            return write_status_workbook(reports, request.target, **_options(request),
                                         scope_creep_threshold=scope_creep_threshold)  # fmt: skip

        self._export(self.tr("Export status workbook"), status_file_name(),
                     self.tr("Writing the status workbook…"), work)  # fmt: skip

    def export_dossier(self, reports: ReportService, client_id: int, client_name: str) -> None:
        def work(request: ExportRequest) -> object:
            from workbook.spreadsheets.export.dossier import write_client_dossier

            return write_client_dossier(reports, request.target, client_id, **_options(request))

        suggested = self.tr("Dossier %1.xlsx").replace("%1", safe_file_name(client_name))
        label = self.tr("Writing the dossier of %1…").replace("%1", client_name)
        self._export(self.tr("Export client dossier"), suggested, label, work)

    def export_personal_data(
        self,
        reports: ReportService,
        privacy: PrivacyService,
        subject_id: int,
        name: str,
        *,
        contact: bool = False,
    ) -> None:
        """Everything stored about a client (or a contact), internal notes and the journal
        included (a data-protection request); the export is recorded in the audit table."""

        def work(request: ExportRequest) -> object:
            from workbook.spreadsheets.export.book import ExportOptions
            from workbook.spreadsheets.export.personal_data import (
                write_client_data,
                write_contact_data,
            )

            write = write_contact_data if contact else write_client_data
            options = ExportOptions(**_options(request))
            return write(reports, privacy, request.target, subject_id, options)

        suggested = self.tr("Personal data %1.xlsx").replace("%1", safe_file_name(name))
        label = self.tr("Writing the personal data of %1…").replace("%1", name)
        self._export(self.tr("Export personal data"), suggested, label, work)

    def _export(self, title: str, suggested: str, label: str, work: ExportWork) -> None:
        chosen = self.ask_target(title, suggested)
        if chosen is not None:
            self.start(*chosen, label, work)

    def ask_target(self, title: str, suggested_name: str) -> tuple[Path, bool] | None:
        """The file to write, and whether the dialog confirmed replacing exactly that one."""
        suggested = suggested_path(self._folder(), suggested_name)
        path, _ = QFileDialog.getSaveFileName(self._parent, title, suggested, "Excel (*.xlsx)")
        if not path:
            return None
        if path.lower().endswith(".xlsx"):
            return Path(path), True
        return Path(path + ".xlsx"), False

    def start(self, target: Path, overwrite: bool, label: str, work: ExportWork) -> None:
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

        request = ExportRequest(target, overwrite, QCoreApplication.translate,
                                progress.changed.emit, cancel.is_set, language)  # fmt: skip

        def done(_summary: object) -> None:
            dialog.reset()
            self._status(self.tr("Exported to %1").replace("%1", str(target)))
            self.finished.emit(target)

        def failed(error: Exception) -> None:
            dialog.reset()
            if cancel.is_set():  # the user asked for it: no alarm, just say what happened
                self._status(problem_text(error))
            else:
                QMessageBox.warning(self._parent, self.tr("Export failed"), problem_text(error))

        worker.start(lambda: work(request), done, failed)


def _options(request: ExportRequest) -> dict[str, Any]:
    return {
        "translate": request.translate,
        "progress": request.progress,
        "cancelled": request.cancelled,
        "language": request.language,
        "overwrite": request.overwrite,
    }


def status_file_name() -> str:
    stamp = date.today().isoformat()
    return QCoreApplication.translate("Export", "Status %1.xlsx").replace("%1", stamp)


def safe_file_name(text: str) -> str:
    """A client name as part of a file name on every platform ("A/B GmbH" -> "A-B GmbH")."""
    cleaned = "".join("-" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in text)
    return cleaned.strip(" .") or "client"
