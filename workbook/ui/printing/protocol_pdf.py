"""The handover protocol on paper or as a PDF, through Qt's text document and printing.

write_pdf() also serves the command line (`main.py protocol`): without a running Qt application
it starts one on the offscreen platform, so no display is needed."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from workbook import APP_NAME
from workbook.files.atomic import ExportError, ExportProblem, atomic_write

# QTextDocument.print_ lays its own 2 cm margin (and the page number) around the text.
_MARGINS_MM = QMarginsF(0, 0, 0, 0)
_POINT_SIZE = 10
_RESOLUTION = 300  # dots per inch of the PDF's layout


def _document(html: str, title: str) -> QTextDocument:
    document = QTextDocument()
    font = QFont()
    font.setPointSize(_POINT_SIZE)
    document.setDefaultFont(font)
    document.setHtml(html)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return document


def _a4_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        _MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def ensure_application() -> None:
    """The command line has no QApplication: fonts and the PDF writer need a QGuiApplication,
    and one on the offscreen platform needs no display."""
    if QCoreApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        QGuiApplication([APP_NAME])


def write_pdf(html: str, title: str, target: Path, *, author: str = "") -> None:
    """A4, paginated with page numbers; written to a temporary file and moved into place.
    `author`: the practice, as the PDF's author (none: the app's name).
    Raises workbook.files.atomic.ExportError when the file cannot be written."""
    ensure_application()

    def write(temporary: Path) -> None:
        writer = QPdfWriter(str(temporary))
        writer.setPageLayout(_a4_layout())
        writer.setResolution(_RESOLUTION)
        writer.setTitle(title)
        writer.setCreator(APP_NAME)
        writer.setAuthor(author or APP_NAME)
        _document(html, title).print_(writer)
        del writer  # finishes the file before it is flushed and moved

    atomic_write(target, write)


def print_with_dialog(parent: QWidget, html: str, title: str) -> bool:
    """The system's print dialog (its printers, and "Print to file" as PDF); False when the
    user cancelled it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_a4_layout())
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    _document(html, title).print_(printer)
    return True


def pdf_problem_text(error: ExportError) -> str:
    """Why the PDF was not saved, in one sentence; an earlier file of that name is unchanged."""
    translate = QCoreApplication.translate
    texts = {
        ExportProblem.target_locked: translate(
            "Printing", "The file cannot be written. It may be open in another program, or "
            "the folder is read-only. Close it or choose another place.",
        ),
        ExportProblem.folder_missing: translate("Printing", "The folder does not exist."),
        ExportProblem.disk_full: translate("Printing", "The disk is full."),
        ExportProblem.cancelled: translate("Printing", "Cancelled. An earlier file is unchanged."),
    }  # fmt: skip
    return texts[error.reason]
