"""A filter for several statuses at once (change requests, engagements): a button with a menu
of ticks that stays open while the user ticks (Space or a click), and closes on Enter or a
click elsewhere."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QMenu

from workbook.presentation.labels import CONTEXT as LABELS
from workbook.presentation.labels import label
from workbook.ui.common.menu_button import MenuButton


class _StayingMenu(QMenu):
    """Ticking an entry keeps the menu open, so several can be ticked in one go."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.activeAction()
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self.activeAction()
        if event.key() == Qt.Key.Key_Space and action is not None and action.isCheckable():
            action.trigger()
            return
        super().keyPressEvent(event)


S = TypeVar("S", bound=StrEnum)


@dataclass(frozen=True)
class Preset(Generic[S]):
    """Several statuses chosen at once ("Everything open"), named on the button when ticked."""

    name: str  # the menu entry's object name
    text: Callable[[], str]  # in the current language
    statuses: frozenset[S]


class StatusFilter(MenuButton, Generic[S]):
    changed = Signal()

    def __init__(
        self, name: str, statuses: Sequence[S], tip: Callable[[], str],
        presets: Sequence[Preset[S]] = (),
    ) -> None:  # fmt: skip
        """`tip`: the tooltip in the current language (what the ticks choose); `presets`:
        choices of several statuses at once, offered under the ticks."""
        super().__init__(name)
        self._tip = tip
        self._presets = tuple(presets)
        self.menu_ = _StayingMenu(self)
        self.ticks: dict[S, QAction] = {}
        for status in statuses:
            action = self.menu_.addAction("")
            action.setCheckable(True)
            action.setObjectName(f"status_{status.value}")
            action.toggled.connect(self._toggled)
            self.ticks[status] = action
        self.menu_.addSeparator()
        self._preset_actions: list[QAction] = []
        for preset in self._presets:
            action = self.menu_.addAction("")
            action.setObjectName(preset.name)
            action.triggered.connect(lambda _=False, chosen=preset.statuses: self.select(chosen))
            self._preset_actions.append(action)
        self.show_all = self.menu_.addAction("")
        self.show_all.setObjectName("allStatuses")
        self.show_all.triggered.connect(lambda: self.select(frozenset()))
        self.setMenu(self.menu_)
        self.retranslate()

    def selected(self) -> frozenset[S]:
        """The ticked statuses; none ticked means every status."""
        return frozenset(status for status, action in self.ticks.items() if action.isChecked())

    def select(self, statuses: frozenset[S]) -> None:
        for status, action in self.ticks.items():
            action.blockSignals(True)
            action.setChecked(status in statuses)
            action.blockSignals(False)
        self._toggled()

    def _toggled(self) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        translate = QCoreApplication.translate
        chosen = [s for s in self.ticks if self.ticks[s].isChecked()]
        preset = next((p for p in self._presets if p.statuses == frozenset(chosen)), None)
        if preset is not None:
            self.setText(preset.text())
        elif not chosen or len(chosen) == len(self.ticks):
            self.setText(translate("StatusFilter", "All statuses"))
        elif len(chosen) <= 2:
            self.setText(", ".join(translate(LABELS, label(s)) for s in chosen))
        else:
            self.setText(translate("StatusFilter", "%1 statuses").replace("%1", str(len(chosen))))

    def retranslate(self) -> None:
        for status, action in self.ticks.items():
            action.setText(QCoreApplication.translate(LABELS, label(status)))
        for preset, action in zip(self._presets, self._preset_actions, strict=True):
            action.setText(preset.text())
        self.show_all.setText(QCoreApplication.translate("StatusFilter", "Show all statuses"))
        self.setToolTip(self._tip())
        self._update_text()
