"""Telling the user why a file did not open; for a damaged one, offering its newest sound
backup instead."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from workbook.store.errors import WriteFailed
from workbook.store.header import DatabaseRefused, Refusal
from workbook.ui.common.messages import refusal_text, write_failed_text


def explain_refusal(parent: QWidget, error: Exception) -> Path | None:
    """Show why `error` kept a file from opening. Returns the backup to restore when the file
    is damaged, a sound backup lies beside it and the user chose to restore it."""
    title = QCoreApplication.translate("MainWindow", "Cannot open database")
    if isinstance(error, DatabaseRefused) and error.reason is Refusal.corrupt and error.backup:
        return _offer_backup(parent, title, error, error.backup)
    from workbook.store.server.opening import ServerUnavailable  # SQLAlchemy: loaded by now

    if isinstance(error, DatabaseRefused):
        text = refusal_text(error)
    elif isinstance(error, WriteFailed):
        text = write_failed_text(error)
    elif isinstance(error, ServerUnavailable):
        text = QCoreApplication.translate(
            "MainWindow", "The server could not be reached or refused the login: %1."
        ).replace("%1", error.detail.rstrip("."))
    else:
        text = str(error)
    QMessageBox.critical(parent, title, text)
    return None


def _offer_backup(parent: QWidget, title: str, error: DatabaseRefused, backup: Path) -> Path | None:
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Critical, title, refusal_text(error), parent=parent)
    box.setObjectName("damagedDatabase")
    saved = QDateTime.fromSecsSinceEpoch(int(backup.stat().st_mtime))
    when = QLocale().toString(saved, QLocale.FormatType.ShortFormat)
    box.setInformativeText(
        translate(
            "MainWindow",
            "The newest sound backup beside it:\n%1 (saved %2)\n\nRestore it? The damaged "
            "file is kept, renamed to end in .damaged-DATE.",
        )
        .replace("%1", backup.name)
        .replace("%2", when)
    )
    # File names and dates need the width (Qt's own names for the message box's two texts).
    box.setStyleSheet("#qt_msgbox_label, #qt_msgbox_informativelabel { min-width: 30em; }")
    restore = box.addButton(
        translate("MainWindow", "&Restore backup"), QMessageBox.ButtonRole.AcceptRole
    )
    restore.setObjectName("restoreBackup")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # restoring is a deliberate step
    box.exec()
    return backup if box.clickedButton() is restore else None
