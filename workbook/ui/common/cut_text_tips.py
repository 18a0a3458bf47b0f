"""A cell whose column cuts its text short ("Automatisierung des Rechnungseinga…") shows the
whole text on hover; cells the model explains keep the model's tooltip, and text that fits
shows none."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QStyle, QToolTip


class CutTextTips(QObject):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        index = self._view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False  # the model's own tooltip, as Qt shows it
        text = index.data(Qt.ItemDataRole.DisplayRole)
        rect = self._view.visualRect(index)
        # the delegate's text margins: what is left of the cell for the text
        margin = 2 * (self._view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        fits = self._view.fontMetrics().horizontalAdvance(str(text)) + margin <= rect.width()
        if not isinstance(text, str) or not text or fits:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPos(), text, self._view.viewport(), rect)
        return True
