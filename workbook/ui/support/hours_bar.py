"""Hours used in the current period against the included hours, as a bar: the used share in
the highlight colour, what goes beyond the included hours in red."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from workbook.ui.common.tone import Tone


class HoursBar(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("hoursBar")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.used = Decimal(0)
        self.included = Decimal(0)

    @property
    def beyond(self) -> Decimal:
        return max(self.used - self.included, Decimal(0))

    def set_hours(self, used: Decimal, included: Decimal) -> None:
        self.used, self.included = used, included
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(160, self.fontMetrics().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        whole = QRectF(self.rect()).adjusted(0.5, 2.5, -0.5, -2.5)
        radius = whole.height() / 2
        painter.setBrush(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawRoundedRect(whole, radius, radius)
        scale = max(self.used, self.included)
        if scale <= 0:
            return
        within = min(self.used, self.included) / scale
        painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
        painter.drawRoundedRect(_part(whole, 0.0, float(within)), radius, radius)
        if self.beyond > 0:  # the hours beyond the included ones, at the bar's end
            painter.setBrush(QColor(Tone.overdue.value))
            painter.drawRoundedRect(_part(whole, float(within), 1.0), radius, radius)


def _part(whole: QRectF, start: float, end: float) -> QRectF:
    return QRectF(
        whole.left() + whole.width() * start, whole.top(), whole.width() * (end - start),
        whole.height(),
    )  # fmt: skip
