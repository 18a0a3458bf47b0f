"""Edit ▸ Handover risk rule…: when a handover counts as at risk (the user's settings)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from workbook.domain.handover import HandoverTerms
from workbook.ui.common import named
from workbook.ui.shell.settings import HORIZON_RANGE, MINIMUM_RANGE


class HandoverTermsDialog(QDialog):
    def __init__(self, parent: QWidget, terms: HandoverTerms) -> None:
        super().__init__(parent)
        self.setObjectName("HandoverTermsDialog")
        self.setWindowTitle(self.tr("Handover risk rule"))
        self.days = named(QSpinBox(), "horizonDays")
        self.days.setRange(*HORIZON_RANGE)
        self.days.setValue(terms.horizon_days)
        self.days.setSuffix(self.tr(" days"))
        self.minimum = named(QSpinBox(), "minimumPercent")
        self.minimum.setRange(*MINIMUM_RANGE)
        self.minimum.setValue(terms.minimum_percent)
        self.minimum.setSuffix(" %")
        explanation = QLabel(
            self.tr(
                "A handover is at risk when the self-sufficiency date is this close and "
                "readiness is below the minimum – or when a milestone is overdue or marked at risk."
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
        days_label, minimum_label = (
            QLabel(self.tr("Date &within:")),
            QLabel(self.tr("&Minimum readiness:")),
        )
        days_label.setBuddy(self.days)
        minimum_label.setBuddy(self.minimum)
        form.addRow(days_label, self.days)
        form.addRow(minimum_label, self.minimum)
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    def terms(self) -> HandoverTerms:
        return HandoverTerms(horizon_days=self.days.value(), minimum_percent=self.minimum.value())
