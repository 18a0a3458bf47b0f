"""The engagement editor: a header with the status and its next steps, and one page per part
of the agreement. Every change is saved at once as an undoable step; Close just closes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.changes import ChangeSet, Entity
from workbook.domain.status_flow import allowed_targets
from workbook.export.labels import CONTEXT as LABELS
from workbook.export.labels import label
from workbook.ui.engagement.actions import EngagementActions
from workbook.ui.engagement.clarification_page import ClarificationPage
from workbook.ui.engagement.overview_page import OverviewPage
from workbook.ui.engagement.pages import GoalsPage, HistoryPage, ScopePage, WishesPage, _Page
from workbook.ui.engagement.transitions import action_text, move


class EngagementEditor(QDialog):
    def __init__(self, parent: QWidget, actions: EngagementActions, engagement_id: int) -> None:
        super().__init__(parent)
        self.setObjectName("EngagementEditor")
        self.engagement_id = engagement_id
        self._context = actions.context
        self.title = QLabel()
        self.title.setObjectName("engagementTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("engagementStatus")
        self.steps = QHBoxLayout()
        self.overview = OverviewPage(actions, engagement_id)
        self.clarification = ClarificationPage(self._context, engagement_id)
        self.wishes = WishesPage(self._context, engagement_id)
        self.goals = GoalsPage(self._context, engagement_id)
        self.scope = ScopePage(self._context, engagement_id)
        self.history = HistoryPage(self._context, engagement_id)
        self.pages: list[_Page] = [
            self.overview,
            self.clarification,
            self.wishes,
            self.goals,
            self.scope,
            self.history,
        ]
        self.tabs = QTabWidget()
        self.tabs.setObjectName("engagementPages")
        for page in self.pages:
            self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(self._page_changed)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(self.steps)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self._add_undo_shortcuts()
        self._context.data_changed.connect(self._refresh)
        self.retranslate()
        self.resize(980, 720)

    def _page_changed(self) -> None:
        """Leaving a page keeps what was typed there: both pages share the subject, goal,
        benefit and approach texts, so neither may overwrite the other's unsaved typing."""
        self.clarification.commit_all()
        if not self.overview.save():
            self.tabs.setCurrentWidget(self.overview)  # its problems are shown at the fields

    def _add_undo_shortcuts(self) -> None:
        # The main window's Edit menu is unreachable while this dialog is modal.
        undo = self._context.undo_stack.createUndoAction(self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self._context.undo_stack.createRedoAction(self)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([undo, redo])

    def _refresh(self, changes: ChangeSet) -> None:
        for page in self.pages:
            page.refresh(changes)
        if changes.touches(Entity.engagement, Entity.clarification, Entity.goal):
            self._update_header()

    def _update_header(self) -> None:
        detail = self._context.workspace.engagements.get(self.engagement_id)
        self.title.setText(f"{detail.client_name} – {detail.title}")
        self.setWindowTitle(detail.title)
        self.status.setText(
            self.tr("Status: %1").replace(
                "%1", QCoreApplication.translate(LABELS, label(detail.status))
            )
        )
        while (item := self.steps.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        for target in allowed_targets(detail.status):
            button = QPushButton(action_text(target))
            button.setObjectName(f"to_{target.value}")
            button.setAutoDefault(False)  # Enter belongs to the overview's Save
            button.clicked.connect(lambda _=False, t=target: self._move(t))
            self.steps.addWidget(button)
        self.steps.addStretch(1)

    def _move(self, target: object) -> None:
        self.clarification.commit_all()
        if self.overview.save():
            move(self, self._context, self.engagement_id, target)  # type: ignore[arg-type]

    def retranslate(self) -> None:
        # No mnemonics on the pages: the fields own the letters (Ctrl+Tab switches pages).
        titles = [
            self.tr("Overview"),
            self.tr("Clarification"),
            self.tr("Wishes"),
            self.tr("Goals"),
            self.tr("Service catalogue"),
            self.tr("History"),
        ]
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self._update_header()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        """Keep what was typed: pending answers and overview edits are saved on close."""
        self.clarification.commit_all()
        if not self.overview.save():
            self.tabs.setCurrentWidget(self.overview)
            return
        self._context.data_changed.disconnect(self._refresh)
        super().done(result)
