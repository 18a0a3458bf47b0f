"""File ▸ Restore from backup…: the workbook's backups with date, kind and size; restoring one
asks first, as it replaces the workbook (whose current state is copied aside first)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbook.store.backup_folder import BackupKind, StoredBackup
from workbook.ui.common import named

translate = QCoreApplication.translate  # lupdate recognises calls named "translate"


def kind_text(kind: BackupKind) -> str:
    texts = {
        BackupKind.automatic: translate("RestoreDialog", "automatic"),
        BackupKind.before_restore: translate("RestoreDialog", "before a restore"),
        BackupKind.by_hand: translate("RestoreDialog", "by hand"),
        BackupKind.before_upgrade: translate("RestoreDialog", "before an upgrade"),
    }
    return texts[kind]


def when_text(backup: StoredBackup) -> str:
    moment = QDateTime.fromSecsSinceEpoch(int(backup.taken_at.timestamp()))  # local time
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class RestoreDialog(QDialog):
    """Accepted with `chosen` set once the user confirmed replacing the workbook."""

    def __init__(self, parent: QWidget, workbook_name: str, backups: list[StoredBackup]) -> None:
        super().__init__(parent)
        self.setObjectName("RestoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self._workbook = workbook_name
        self._backups = backups
        self.chosen: StoredBackup | None = None
        intro = QLabel(
            self.tr(
                "Backups of %1, newest first. Restoring one replaces the workbook; its current "
                "state is copied into the backups folder first, so nothing is lost."
            ).replace("%1", workbook_name)
        )
        intro.setWordWrap(True)
        self.table = named(QTableWidget(len(backups), 4), "backupList")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Taken"), self.tr("Kind"), self.tr("Size"), self.tr("File")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, backup in enumerate(backups):
            size = QTableWidgetItem(QLocale().formattedDataSize(backup.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cells = (QTableWidgetItem(when_text(backup)), QTableWidgetItem(kind_text(backup.kind)),
                     size, QTableWidgetItem(backup.path.name))  # fmt: skip
            for column, cell in enumerate(cells):
                cell.setToolTip(str(backup.path))
                self.table.setItem(row, column, cell)
        self.empty = named(QLabel(alignment=Qt.AlignmentFlag.AlignCenter), "noBackups")
        self.empty.setWordWrap(True)
        self.empty.setText(
            self.tr(
                "No backups yet. One is written when you close the workbook, and every 30 "
                "minutes while you work; File ▸ Back up now writes one at once."
            )
        )
        self.table.setVisible(bool(backups))
        self.empty.setVisible(not backups)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button: QPushButton = self.buttons.addButton(
            self.tr("&Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restoreChosen")
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 420)
        if backups:
            self.table.selectRow(0)
            self.table.setFocus()

    def selected(self) -> StoredBackup | None:
        rows = self.table.selectionModel().selectedRows()
        return self._backups[rows[0].row()] if rows else None

    def accept(self) -> None:
        backup = self.selected()
        if backup is None or not self._confirmed(backup):
            return
        self.chosen = backup
        super().accept()

    def _confirmed(self, backup: StoredBackup) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore from backup"), "", parent=self)
        box.setObjectName("confirmRestore")
        box.setText(
            self.tr("Replace %1 with the backup taken %2?")
            .replace("%1", self._workbook)
            .replace("%2", when_text(backup))
        )
        box.setInformativeText(
            self.tr(
                "Changes made since then are not in it. The workbook as it is now is copied "
                "into the backups folder first; the undo history is cleared."
            )
        )
        confirm = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        confirm.setObjectName("confirmRestoreButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is confirm

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)
