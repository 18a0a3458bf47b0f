"""Beside the clarification check, what the accept dialog shows: the needed competences you
lack or hold only at "basic", and the load of each month of the engagement's period — your
booked engagements' remaining hours plus this one's against your hours — as a small bar,
red above 100 %."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from workbook.domain.capacity import MonthLoad
from workbook.presentation.labels import CONTEXT as LABELS
from workbook.presentation.labels import label
from workbook.services.practice.shapes import AcceptCheck, NeedRow
from workbook.ui.common import named
from workbook.ui.common.tone import Tone

BAR_WIDTH = 160
BAR_HEIGHT = 18
NOT_PLANNED_SHOWN = 5  # names listed; the rest counted
translate = QCoreApplication.translate


def gap_names(gaps: tuple[NeedRow, ...]) -> str:
    return ", ".join(gap.name for gap in gaps)


def _hours(value: Decimal) -> str:
    return QLocale().toString(float(value), "f", 0)


def _month(load: MonthLoad) -> str:
    return QLocale().toString(QDate(load.month.year, load.month.month, 1), "MMM yyyy")


def _heading(text: str) -> QLabel:
    heading = QLabel(text)
    heading.setStyleSheet("font-weight: 600;")
    return heading


class AcceptCheckView(QWidget):
    def __init__(self, check: AcceptCheck, engagement_id: int) -> None:
        super().__init__()
        self.setObjectName("acceptCheck")
        self.gaps = check.gaps
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_heading(translate("AcceptCheck", "Competences")))
        self.competences = named(QLabel(self._competence_text(check)), "competenceCheck")
        self.competences.setWordWrap(True)
        if check.gaps:
            self.competences.setStyleSheet(Tone.at_risk.style())
        layout.addWidget(self.competences)
        layout.addSpacing(6)
        layout.addWidget(_heading(translate("AcceptCheck", "Capacity")))
        self.bars: list[QProgressBar] = []
        if check.hours_per_week is None:
            self.capacity = named(
                QLabel(translate("AcceptCheck", "Enter your hours a week in Edit ▸ Preferences… "
                                 "▸ Capacity to see your load.")),
                "capacityCheck",
            )  # fmt: skip
            layout.addWidget(self.capacity)
        else:
            self.capacity = named(QLabel(self._capacity_text(check)), "capacityCheck")
            self.capacity.setWordWrap(True)
            if check.load.overloaded:
                self.capacity.setStyleSheet(Tone.overdue.style())
            layout.addWidget(self.capacity)
            layout.addLayout(self._month_grid(check, engagement_id))
        self.not_planned = named(QLabel(self._not_planned_text(check)), "notPlanned")
        self.not_planned.setWordWrap(True)
        self.not_planned.setStyleSheet(Tone.muted.style())
        self.not_planned.setVisible(bool(check.load.not_planned))
        layout.addWidget(self.not_planned)
        layout.addSpacing(6)
        self.clarification = _heading(translate("AcceptCheck", "Clarification"))
        layout.addWidget(self.clarification)

    @staticmethod
    def _competence_text(check: AcceptCheck) -> str:
        if not check.gaps:
            return translate(
                "AcceptCheck",
                "You hold every competence this engagement needs (as named on its "
                "Clarification page).",
            )
        missing = [gap.name for gap in check.gaps if gap.held is None]
        basic = [gap.name for gap in check.gaps if gap.held is not None]
        lines = []
        if missing:
            lines.append(translate("AcceptCheck", "Not among your competences: %1")
                         .replace("%1", ", ".join(missing)))  # fmt: skip
        if basic:
            lines.append(translate("AcceptCheck", "Only at a basic level: %1")
                         .replace("%1", ", ".join(basic)))  # fmt: skip
        return "\n".join(lines)

    @staticmethod
    def _capacity_text(check: AcceptCheck) -> str:
        over = check.load.overloaded
        if over:
            text = translate("AcceptCheck", "Over your %1 h a week in: %2")
            return text.replace("%1", _hours(check.hours_per_week or Decimal(0))).replace(
                "%2", ", ".join(_month(month) for month in over)
            )
        text = translate("AcceptCheck", "Fits into your %1 h a week.")
        return text.replace("%1", _hours(check.hours_per_week or Decimal(0)))

    def _month_grid(self, check: AcceptCheck, engagement_id: int) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        for row, month in enumerate(check.load.months):
            bar = named(QProgressBar(), f"load_{month.month:%Y_%m}")
            share = month.share
            percent = round(share * 100) if share is not None else 0
            bar.setRange(0, 100)
            bar.setValue(min(percent, 100))
            bar.setFormat(f"{QLocale().toString(percent)} %")
            bar.setFixedWidth(BAR_WIDTH)
            bar.setProperty("over", month.over)
            bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
            bar.setFixedHeight(BAR_HEIGHT)
            if month.over:
                bar.setStyleSheet(
                    "QProgressBar { text-align: center; color: white; }"
                    f"QProgressBar::chunk {{ background: {Tone.overdue.value}; }}"
                )
            self.bars.append(bar)
            this = dict(month.by_engagement).get(engagement_id, Decimal(0))
            detail = translate("AcceptCheck", "%1 of %2 h booked, %3 h of them this engagement")
            detail = detail.replace("%1", _hours(month.booked)).replace(
                "%2", _hours(month.available)
            )
            grid.addWidget(QLabel(_month(month)), row, 0)
            grid.addWidget(bar, row, 1)
            grid.addWidget(QLabel(detail.replace("%3", _hours(this))), row, 2)
        grid.setColumnStretch(2, 1)
        return grid

    @staticmethod
    def _not_planned_text(check: AcceptCheck) -> str:
        items = check.load.not_planned
        named_ = [
            f"{check.titles.get(item.work.engagement_id, item.work.title)} "
            f"({translate(LABELS, label(item.why))})"
            for item in items[:NOT_PLANNED_SHOWN]
        ]
        text = translate("AcceptCheck", "Not planned (not counted above): %1").replace(
            "%1", "; ".join(named_)
        )
        if len(items) > NOT_PLANNED_SHOWN:
            more = translate("AcceptCheck", "and %1 more")
            text += " " + more.replace("%1", QLocale().toString(len(items) - NOT_PLANNED_SHOWN))
        return text
