"""Edit ▸ Support notice warning…: how many days ahead a notice deadline is warned about."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from workbook.ui.common import named
from workbook.ui.shell.settings import NOTICE_WARNING_RANGE


class NoticeWarningDialog(QDialog):
    def __init__(self, parent: QWidget, days: int) -> None:
        super().__init__(parent)
        self.setObjectName("NoticeWarningDialog")
        self.setWindowTitle(self.tr("Support notice warning"))
        self.days = named(QSpinBox(), "noticeWarningDays")
        self.days.setRange(*NOTICE_WARNING_RANGE)
        self.days.setValue(days)
        self.days.setSuffix(self.tr(" days"))
        explanation = QLabel(
            self.tr(
                "A support plan that renews by itself unless notice is given shows its notice "
                "deadline in amber from this many days ahead."
            )
        )
        explanation.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(explanation)
        label = QLabel(self.tr("&Warn ahead:"))
        label.setBuddy(self.days)
        form.addRow(label, self.days)
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())
