"""Charts (QtCharts): a line of values over months and bars coloured by a threshold, each
readable in the UI's locale (month names, decimal commas) — or one sentence instead when there
is nothing to draw.

QtCharts is heavy to load: this module is imported only once the window has painted (the
Today tab builds its charts after it shows, the client pane on the first client shown)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QLocale, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QLabel, QStackedWidget

from workbook.domain.feedback import MonthScore
from workbook.ui.common import named
from workbook.ui.common.tone import Tone

GOOD = QColor("#2e7d32")
_LINE = QColor("#1f5fa8")
MAX_BARS = 12  # more would not be readable side by side


@dataclass(frozen=True)
class Point:
    month: date
    value: float


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    warn: bool  # on the wrong side of the threshold: drawn in the warning colour


def monthly_points(months: Sequence[MonthScore]) -> list[Point]:
    return [Point(m.month, float(m.average)) for m in months]


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setLocale(QLocale())
    chart.setLocalizeNumbers(True)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def _msecs(day: date) -> int:
    return QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0)).toMSecsSinceEpoch()


def line_chart(
    points: Sequence[Point], title: str, axis_title: str, value_range: tuple[float, float]
) -> QChart:
    """One point per month, joined; the months labelled in the locale ("Nov 2026")."""
    series = QLineSeries()
    series.setPointsVisible(True)
    series.setColor(_LINE)
    for point in points:
        series.append(float(_msecs(point.month)), point.value)
    chart = _chart(title)
    chart.addSeries(series)
    months = QDateTimeAxis()
    months.setFormat("MMM yyyy")
    months.setTickCount(min(max(len(points), 2), 7))
    if len(points) == 1:  # one month: half a month either side, the point not on the edge
        only = _msecs(points[0].month)
        months.setRange(
            QDateTime.fromMSecsSinceEpoch(only - 15 * 86_400_000),
            QDateTime.fromMSecsSinceEpoch(only + 15 * 86_400_000),
        )
    values = _value_axis(value_range, axis_title)
    values.setTickCount(int(value_range[1] - value_range[0]) + 1)
    return _with_axes(chart, series, months, values, Qt.AlignmentFlag.AlignBottom)


def bar_chart(bars: Sequence[Bar], title: str, axis_title: str, warning: QColor) -> QChart:
    """One bar per label, across, the first on top; those that warn in `warning`, the others
    in green (two stacked sets, each bar in one of them, so the colours follow the
    threshold). The labels carry the value: a bar of 0 % still says so."""
    good, bad = QBarSet(""), QBarSet("")
    good.setColor(GOOD)
    bad.setColor(warning)
    shown = list(reversed(bars))  # a horizontal chart draws its first category at the bottom
    for bar in shown:
        good.append(0.0 if bar.warn else bar.value)
        bad.append(bar.value if bar.warn else 0.0)
    series = QHorizontalStackedBarSeries()
    series.append(good)
    series.append(bad)
    chart = _chart(title)
    chart.addSeries(series)
    labels = QBarCategoryAxis()
    locale = QLocale()
    labels.append([f"{bar.label} · {locale.toString(round(bar.value))} %" for bar in shown])
    values = _value_axis((0, max([100.0, *(bar.value * 1.1 for bar in bars)])), axis_title)
    return _with_axes(chart, series, labels, values, Qt.AlignmentFlag.AlignLeft)


def _value_axis(value_range: tuple[float, float], title: str) -> QValueAxis:
    values = QValueAxis()
    values.setRange(*value_range)
    values.setLabelFormat("%.0f")
    values.setTitleText(title)
    return values


def _with_axes(
    chart: QChart,
    series: QAbstractSeries,
    across: QAbstractAxis,
    values: QValueAxis,
    where: Qt.AlignmentFlag,
) -> QChart:
    """`across` (months, labels) at `where`, the values on the other side's axis."""
    other = (
        Qt.AlignmentFlag.AlignLeft
        if where is Qt.AlignmentFlag.AlignBottom
        else (Qt.AlignmentFlag.AlignBottom)
    )
    chart.addAxis(across, where)
    chart.addAxis(values, other)
    series.attachAxis(across)
    series.attachAxis(values)
    return chart


class ChartPane(QStackedWidget):
    """A chart, or the sentence that says why there is none."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.view = named(QChartView(), f"{name}Chart")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.empty = named(QLabel(alignment=Qt.AlignmentFlag.AlignCenter), f"{name}Empty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.addWidget(self.view)
        self.addWidget(self.empty)
        self.setCurrentWidget(self.empty)  # blank until there is something to show

    def show_chart(self, chart: QChart) -> None:
        previous = self.view.chart()
        self.view.setChart(chart)
        if previous is not None and previous is not chart:
            previous.deleteLater()
        self.setCurrentWidget(self.view)

    def show_text(self, text: str) -> None:
        self.empty.setText(text)
        self.setCurrentWidget(self.empty)

    @property
    def showing_chart(self) -> bool:
        return self.currentWidget() is self.view


def warning_color() -> QColor:
    return Tone.overdue.color()
