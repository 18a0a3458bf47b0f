"""German capitals keep their dots: the app font's umlauts stay inside the line height, and a
tab not in front does not push its label against its top edge."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle

from workbook.ui.shell.fonts import keep_accents_inside

pytestmark = pytest.mark.gui


def test_capital_umlauts_stay_inside_the_line_and_the_tab(qapp: QApplication) -> None:
    font, style = QFont(qapp.font()), qapp.style().name()
    try:
        keep_accents_inside(qapp)
        metrics = QFontMetrics(qapp.font())
        for capital in "ÄÖÜ":
            assert -metrics.tightBoundingRect(capital).top() <= metrics.ascent(), capital
        assert qapp.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabShiftVertical) == 0
    finally:
        qapp.setFont(font)
        qapp.setStyle(style)
