"""Help ▸ Check database…: what `main.py check` finds — in a file SQLite's integrity and
foreign-key checks, the schema against this version's, text that is not UTF-8; on a server
the schema's revision and tables, unchecked references and the change counting — as a
readable report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from workbook.store.locations import shown_name
from workbook.ui.common import named

if TYPE_CHECKING:
    from workbook.store.locations import Location


class CheckReport(QDialog):
    def __init__(self, parent: QWidget, location: Location, problems: list[str]) -> None:
        super().__init__(parent)
        self.setObjectName("CheckReport")
        self.setWindowTitle(self.tr("Check database"))
        icon = QLabel()
        sound = not problems
        standard = QStyle.StandardPixmap
        pixmap = standard.SP_DialogApplyButton if sound else standard.SP_MessageBoxWarning
        icon.setPixmap(self.style().standardIcon(pixmap).pixmap(32, 32))
        self.summary = named(QLabel(), "checkSummary")
        self.summary.setWordWrap(True)
        text = self._summary(isinstance(location, Path), sound)
        text = text.replace("%2", QLocale().toString(len(problems)))
        self.summary.setText(text.replace("%1", shown_name(location)))
        self.summary.setToolTip(str(location))
        self.details = named(QPlainTextEdit(), "checkProblems")
        self.details.setReadOnly(True)
        self.details.setFont(QFont("monospace"))
        self.details.setPlainText("\n".join(problems))
        self.details.setVisible(not sound)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(620, 380 if problems else self.sizeHint().height())

    def _summary(self, a_file: bool, sound: bool) -> str:
        if a_file and sound:
            return self.tr(
                "<b>%1 is sound.</b><br>SQLite's integrity check, the foreign keys and the "
                "schema found no problem."
            )
        if a_file:
            return self.tr(
                "<b>%1: %2 problem(s) found.</b><br>Nothing was changed. Restore a backup "
                "(File ▸ Restore from backup…) or keep a copy of the file for support."
            )
        if sound:
            return self.tr(
                "<b>%1 is sound.</b><br>The schema's revision, its tables with their foreign "
                "keys, and the counting of colleagues' changes found no problem."
            )
        return self.tr(
            "<b>%1: %2 problem(s) found.</b><br>Nothing was changed. Give this report to whoever "
            "runs the server; they can restore a backup made with pg_dump."
        )
