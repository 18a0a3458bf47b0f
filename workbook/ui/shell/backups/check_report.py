"""Help ▸ Check database…: what `main.py check` finds — in a file SQLite's integrity and
foreign-key checks, the schema against this version's, text that is not UTF-8; on a server
the schema's revision and tables, unchecked references and the change counting; in both the
engagements' counts of answered questions — as a readable report.

When every problem is a wrong count (store.check.mendable), nothing needs a backup: Repair
(the default button, in a window that can write) asks whoever opened the report to mend it
(repair_requested), who tells the outcome with repaired() or repair_failed()."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from workbook.store.check import mendable
from workbook.store.locations import shown_name
from workbook.ui.common import named

if TYPE_CHECKING:
    from workbook.store.locations import Location


class RepairOffer(Enum):
    """Whether the report can offer Repair for a wrong count, and if not, why."""

    offered = "offered"
    read_only = "read_only"  # the window can only read the database
    closed = "closed"  # the window let go of it while the check read it (another opened)


class CheckReport(QDialog):
    repair_requested = Signal()

    def __init__(
        self, parent: QWidget, location: Location, problems: list[str], *, offer: RepairOffer
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CheckReport")
        self.setWindowTitle(self.tr("Check database"))
        self._location = location
        self._offer = offer
        self._repairing = False
        self.icon = QLabel()
        self.summary = named(QLabel(), "checkSummary")
        self.summary.setWordWrap(True)
        self.summary.setToolTip(str(location))
        self.details = named(QPlainTextEdit(), "checkProblems")
        self.details.setReadOnly(True)
        self.details.setFont(QFont("monospace"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self._close = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.repair_button = named(QPushButton(self.tr("&Repair")), "repairButton")
        buttons.addButton(self.repair_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.repair_button.clicked.connect(self._repair)
        repairable = bool(problems) and mendable(problems) and offer is RepairOffer.offered
        self.repair_button.setVisible(repairable)
        top = QHBoxLayout()
        top.addWidget(self.icon, 0)
        top.addWidget(self.summary, 1)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(top)
        self._layout.addWidget(self.details, 1)
        self._layout.addWidget(buttons)
        if repairable:  # in the dialog, with the focus: else Close takes the default with it
            self.repair_button.setDefault(True)
            self.repair_button.setFocus()
        self._show(problems, self._found(problems))
        self.resize(620, 380 if problems else self.sizeHint().height())

    def repaired(self, recounted: int, problems: list[str]) -> None:
        """The repair is done; `problems`: what checking again found."""
        self._repairing = False
        self.repair_button.hide()
        self._close.setDefault(True)
        self._close.setFocus()
        if problems:
            text = self.tr(
                "<b>Recounted %1 engagement(s), but the check still finds %2 problem(s).</b>"
            )
            text += "<br>" + self._advice()
        else:
            text = self.tr("<b>Recounted %1 engagement(s); the database is sound.</b>")
        self._show(problems, text.replace("%1", QLocale().toString(recounted)))
        if not problems:  # one sentence left: as high as a sound report
            self._layout.activate()
            self.resize(self.width(), self.sizeHint().height())

    def repair_failed(self) -> None:
        """Nothing was changed (the caller says why): Repair can be tried again."""
        self._repairing = False
        self.repair_button.setEnabled(True)

    def reject(self) -> None:
        if not self._repairing:  # the repair's outcome still comes to this dialog
            super().reject()

    def _repair(self) -> None:
        self._repairing = True
        self.repair_button.setEnabled(False)
        self.repair_requested.emit()

    def _show(self, problems: list[str], text: str) -> None:
        standard = QStyle.StandardPixmap
        pixmap = standard.SP_MessageBoxWarning if problems else standard.SP_DialogApplyButton
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(32, 32))
        text = text.replace("%2", QLocale().toString(len(problems)))
        self.summary.setText(text.replace("%1", shown_name(self._location)))
        self.details.setPlainText("\n".join(problems))
        self.details.setVisible(bool(problems))

    def _found(self, problems: list[str]) -> str:
        a_file = isinstance(self._location, Path)
        if not problems and a_file:
            return self.tr(
                "<b>%1 is sound.</b><br>SQLite's integrity check, the foreign keys and the "
                "schema found no problem."
            )
        if not problems:
            return self.tr(
                "<b>%1 is sound.</b><br>The schema's revision, its tables with their foreign "
                "keys, and the counting of colleagues' changes found no problem."
            )
        if mendable(problems):
            heading = self.tr(
                "<b>%1: some engagements show a wrong count of answered questions.</b>"
            )
            what = self.tr(
                "The count is kept beside the answers for the engagements list (“Clarified”) "
                "and no longer matches them; the answers themselves are intact."
            )
            return f"{heading}<br>{what} {self._mend()}"
        found = self.tr("<b>%1: %2 problem(s) found.</b>")
        unchanged = self.tr("Nothing was changed.")
        return f"{found}<br>{unchanged} {self._advice()}"

    def _mend(self) -> str:
        if self._offer is RepairOffer.offered:
            return self.tr(
                "Repair counts them again and rebuilds the search index; nothing else is changed."
            )
        if self._offer is RepairOffer.closed:
            return self.tr(
                "The database is no longer open in this window: open it again to repair it."
            )
        return self.tr(
            "This window can only read the database; opened where it can be written, Repair "
            "counts them again."
        )

    def _advice(self) -> str:
        if isinstance(self._location, Path):
            return self.tr(
                "Restore a backup (File ▸ Restore from backup…) or keep a copy of the file for "
                "support."
            )
        return self.tr(
            "Give this report to whoever runs the server; they can restore a backup made with "
            "pg_dump."
        )
