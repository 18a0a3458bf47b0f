"""The application font and style, so that German capitals keep their dots.

With the hinting Qt picks by default on Linux, the umlauts of DejaVu Sans (Debian's default
face) reach two pixels above the line height the font reserves: a list row or a label only as
tall as the line cut them, and "Özdemir" read "Ozdemir". Full hinting keeps them inside
(Windows and macOS mostly ignore the preference). Tabs not in front draw their label two pixels
lower, where the tab cut off the dots of "Änderungswünsche": they keep it where it is."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget


class _LabelsInPlace(QProxyStyle):
    """The platform's style, but tab labels not shifted."""

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
            return 0
        return super().pixelMetric(metric, option, widget)


def keep_accents_inside(app: QApplication) -> None:
    font = app.font()
    font.setHintingPreference(QFont.HintingPreference.PreferFullHinting)
    app.setFont(font)
    app.setStyle(_LabelsInPlace())
