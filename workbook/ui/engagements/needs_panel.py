"""The competences an engagement needs, on its Clarification page: each with the level you
hold it at (amber: not yours, or only basic), added from your list or typed, removed with Del.
Every change is one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbook.presentation.labels import CONTEXT as LABELS
from workbook.presentation.labels import label
from workbook.services.practice.shapes import NeedRow
from workbook.ui.common import named
from workbook.ui.common.context import TabContext
from workbook.ui.common.tone import Tone


def need_text(need: NeedRow) -> str:
    held = (
        QCoreApplication.translate(LABELS, label(need.held))
        if need.held is not None
        else QCoreApplication.translate("NeedsPanel", "not yours")
    )
    return f"{need.name} ({held})"


class ChipList(QListWidget):
    """Items side by side, wrapped onto as many lines as the width needs, the list exactly as
    tall as those lines: a one-line list with scroll bars showed a narrow editor a sliver of
    the first competence."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # After the items are laid out for the current width (the view does so lazily), and
        # once for a reload that adds its items one by one.
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._fit_now)
        self.model().rowsInserted.connect(self.fit_height)
        self.model().rowsRemoved.connect(self.fit_height)

    def fit_height(self) -> None:
        self._fit_timer.start()

    def _fit_now(self) -> None:
        self.doItemsLayout()
        lines = self.contentsSize().height() if self.count() else 0
        self.setFixedHeight(lines + 2 * self.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_height()


class NeedsPanel(QWidget):
    """Reloaded (and retranslated) by its page."""

    def __init__(self, context: TabContext, engagement_id: int) -> None:
        super().__init__()
        self.setObjectName("needsPanel")
        self.context = context
        self.engagement_id = engagement_id
        self.heading = QLabel()
        self.needs = named(ChipList(), "needs")
        self.empty = QLabel()
        self.empty.setStyleSheet(Tone.muted.style())
        self.picker = named(QComboBox(), "needPicker")
        self.picker.setEditable(True)
        self.typed = QLineEdit()
        self.picker.setLineEdit(self.typed)
        self.picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.picker.setMinimumWidth(180)
        self.add_button = named(QPushButton(), "addNeed")
        self.add_button.clicked.connect(self.add)
        self.typed.returnPressed.connect(self.add)
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.needs)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected)
        # The heading and the picker on one line, the competences under them across the width.
        line = QHBoxLayout()
        line.addWidget(self.heading)
        line.addWidget(self.empty)
        line.addStretch(1)
        line.addWidget(self.picker)
        line.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(line)
        layout.addWidget(self.needs)
        for widget in (self.picker, self.add_button):
            widget.setVisible(not context.read_only)
        self._rows: list[NeedRow] = []
        self.retranslate()

    def reload(self) -> None:
        practice = self.context.workspace.practice
        self._rows = practice.needs(self.engagement_id)
        self.needs.clear()
        for need in self._rows:
            item = QListWidgetItem(need_text(need))
            item.setData(Qt.ItemDataRole.UserRole, need.id)
            if need.is_gap:
                item.setForeground(Tone.at_risk.color())
            self.needs.addItem(item)
        self.needs.setVisible(bool(self._rows))
        self.empty.setVisible(not self._rows)
        typed = self.picker.currentText()
        self.picker.clear()
        needed = {need.name.casefold() for need in self._rows}
        self.picker.addItems(
            [row.name for row in practice.competences() if row.name.casefold() not in needed]
        )
        self.picker.setEditText(typed if typed.casefold() not in needed else "")

    def add(self) -> None:
        name = self.picker.currentText().strip()
        if not name:
            self.picker.setFocus()
            return
        practice = self.context.workspace.practice
        text = self.tr("Needs competence %1").replace("%1", name)
        if self.context.attempt(text, lambda: practice.add_need(self.engagement_id, name)):
            self.picker.setEditText("")

    def remove_selected(self) -> None:
        item = self.needs.currentItem()
        need = next(
            (row for row in self._rows if item and row.id == item.data(Qt.ItemDataRole.UserRole)),
            None,
        )
        if need is None or self.context.read_only:
            return
        practice = self.context.workspace.practice
        self.context.attempt(
            self.tr("No longer needs %1").replace("%1", need.name),
            lambda: practice.remove_need(need.id, version=need.version),
        )

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Needed competences:"))
        self.empty.setText(self.tr("none named yet"))
        self.add_button.setText(self.tr("&Add"))
        self.typed.setPlaceholderText(self.tr("competence"))
        self.needs.setToolTip(self.tr("Del removes the selected competence"))
