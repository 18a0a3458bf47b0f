"""The top of the review: the handovers at risk, each with why; Enter opens its engagement."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.presentation.columns import CLIENT, ENGAGEMENT, REFERENCE, Column, Kind
from workbook.presentation.handover_words import days_left_text, readiness_text, risk_text
from workbook.services.handover.shapes import RiskRow
from workbook.ui.common.list_panel import ListPanel
from workbook.ui.common.tone import Tone


def _why(row: RiskRow) -> str:
    return risk_text(row.readiness, QCoreApplication.translate)


RISK_COLUMNS: tuple[Column[RiskRow], ...] = (
    replace(CLIENT, width=18),
    REFERENCE,
    replace(ENGAGEMENT, width=16),
    Column("self_sufficient_on", QT_TRANSLATE_NOOP("Columns", "Self-sufficient from"),
           lambda r: r.readiness.self_sufficient_on, Kind.date, width=12),
    Column("days_left", QT_TRANSLATE_NOOP("Columns", "Days left"),
           lambda r: days_left_text(r.readiness.days_left, QCoreApplication.translate), width=12),
    Column("readiness", QT_TRANSLATE_NOOP("Columns", "Readiness"),
           lambda r: readiness_text(r.readiness.percent, QCoreApplication.translate), width=9),
    Column("why", QT_TRANSLATE_NOOP("Columns", "Why at risk"), _why, Kind.long_text, width=40),
)  # fmt: skip


def risk_panel() -> ListPanel[RiskRow]:
    panel = ListPanel(
        "handoverRisks", RISK_COLUMNS, lambda r: r.engagement_id,
        tone=lambda _row, column: Tone.at_risk if column == "why" else None,
        editable=False, stretch="why",
    )  # fmt: skip
    panel.heading.setStyleSheet(Tone.at_risk.style() + " font-weight: 600;")
    rows = panel.view.verticalHeader()
    rows.setDefaultSectionSize(panel.view.fontMetrics().height() + 8)  # compact, as the lists
    return panel
