"""The scope-creep meter of an engagement: a bar from 0 to twice the warning threshold with a mark
at the threshold, what was added (hours, cost, who carries it) and the warnings."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from workbook.domain.scope_creep import Basis, Bearer, ScopeCreep
from workbook.services.changes.shapes import Meter
from workbook.ui.common import named
from workbook.ui.common.tone import Tone

translate = QCoreApplication.translate  # lupdate recognises calls named "translate"


class CreepBar(QWidget):
    """0 on the left, twice the threshold on the right; the mark in the middle is the threshold."""

    def __init__(self) -> None:
        super().__init__()
        self.share: float | None = None
        self.threshold = 0.1
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(240, self.fontMetrics().height())

    def show_share(self, share: float | None, threshold: float) -> None:
        self.share, self.threshold = share, threshold
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QRectF(self.rect()).adjusted(0.5, 2.5, -0.5, -2.5)
        palette = self.palette()
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(track, 3, 3)
        if self.share is not None and self.share > 0:
            filled = QRectF(track)
            filled.setWidth(track.width() * min(self.share / (2 * self.threshold), 1.0))
            over = self.share > self.threshold
            color = Tone.at_risk.color() if over else palette.color(QPalette.ColorRole.Highlight)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(filled, 3, 3)
        middle = track.left() + track.width() / 2
        painter.setPen(QColor(palette.color(QPalette.ColorRole.Text)))
        painter.drawLine(int(middle), int(track.top()) - 2, int(middle), int(track.bottom()) + 2)
        painter.end()


class ScopeCreepMeter(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("scopeCreepMeter")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600;")
        self.bar = CreepBar()
        self.share = named(QLabel(), "creepShare")
        self.added = named(QLabel(), "creepAdded")
        self.added.setWordWrap(True)
        self.warning = named(QLabel(), "creepWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"{Tone.at_risk.style()} font-weight: 600;")
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.bar, 1)
        top.addWidget(self.share)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.added)
        layout.addWidget(self.warning)

    def show_meter(self, meter: Meter, threshold: Decimal) -> None:
        creep = meter.creep
        self.heading.setText(translate("ScopeCreep", "Scope creep:"))
        self.bar.setVisible(creep.share is not None)
        self.bar.show_share(creep.share, float(threshold))
        self.bar.setToolTip(
            translate("ScopeCreep", "The mark is the warning threshold of %1 %.").replace(
                "%1", QLocale().toString(int(threshold * 100))
            )
        )
        self.share.setText(_share_text(creep, meter.currency))
        self.share.setStyleSheet(Tone.at_risk.style() if creep.over else "")
        self.added.setText(_added_text(meter))
        warnings = _warnings(creep, threshold)
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))


def _hours(value: Decimal) -> str:
    return translate("ScopeCreep", "%1 h").replace("%1", QLocale().toString(float(value), "f", 1))


def _money(value: Decimal, currency: str) -> str:
    return f"{QLocale().toString(float(value), 'f', 2)} {currency}"


def _share_text(creep: ScopeCreep, currency: str) -> str:
    if creep.percent is None or creep.base is None:
        return translate("ScopeCreep", "No budget agreed")
    bases = {
        Basis.budget_hours: translate("ScopeCreep", "%1 % of the %2 budget"),
        Basis.scope_hours: translate("ScopeCreep", "%1 % of the %2 in the service catalogue"),
        Basis.fixed_price: translate("ScopeCreep", "%1 % of the fixed price of %2"),
        Basis.scope_price: translate("ScopeCreep", "%1 % of the catalogue price of %2"),
    }
    assert creep.basis is not None
    hours = creep.basis in (Basis.budget_hours, Basis.scope_hours)
    base = _hours(creep.base) if hours else _money(creep.base, currency)
    text = bases[creep.basis].replace("%2", base)
    return text.replace("%1", QLocale().toString(creep.percent))


def _added_text(meter: Meter) -> str:
    creep = meter.creep
    if not creep.hours and not creep.cost:
        text = translate("ScopeCreep", "Approved and done changes add nothing so far.")
    else:
        carried = {
            Bearer.client: translate(
                "ScopeCreep", "Approved and done changes add %1 · %2 – caused by the client."
            ),
            Bearer.consultant: translate(
                "ScopeCreep",
                "Approved and done changes add %1 · %2 – absorbed by you under the fixed price.",
            ),
        }[meter.bearer]
        text = carried.replace("%1", _hours(creep.hours))
        text = text.replace("%2", _money(creep.cost, meter.currency))
    if meter.pending:
        waiting = translate("ScopeCreep", "Estimated, not decided yet: %1.")
        text += " " + waiting.replace("%1", QLocale().toString(meter.pending))
    return text


def _warnings(creep: ScopeCreep, threshold: Decimal) -> list[str]:
    warnings = []
    if creep.over:
        above = translate("ScopeCreep", "Above the warning threshold of %1 %.")
        warnings.append(above.replace("%1", QLocale().toString(int(threshold * 100))))
    if creep.uninformed:
        untold = translate(
            "ScopeCreep", "Approved work with cost the client has not been told about: %1."
        )
        warnings.append(untold.replace("%1", QLocale().toString(creep.uninformed)))
    return warnings
