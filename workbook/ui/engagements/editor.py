"""The engagement editor: a window of its own beside the main window, with a header showing the
status and its next steps, and one page per part of the agreement (PAGES). Every change is saved
at once as an undoable step; only the overview's form is saved on request, and closing with
typing there asks whether to save it. The user can always leave: a field error keeps the typing
where it is but never holds a page or the window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.changes import ChangeSet, Entity
from workbook.domain.enums import EngagementStatus
from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.domain.status_flow import allowed_targets
from workbook.presentation.labels import CONTEXT as LABELS
from workbook.presentation.labels import engagement_name, label
from workbook.ui.common.context import TabContext
from workbook.ui.engagements.changes.page import ChangesPage
from workbook.ui.engagements.pages.agreements import GoalsPage, ScopePage, WishesPage
from workbook.ui.engagements.pages.base import EngagementPage
from workbook.ui.engagements.pages.clarification import ClarificationPage
from workbook.ui.engagements.pages.history import HistoryPage
from workbook.ui.engagements.pages.knowledge_transfer import KnowledgeTransferPage
from workbook.ui.engagements.pages.overview import OverviewPage
from workbook.ui.engagements.transitions import action_text, move


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source, translated in context "EngagementEditor"
    make: Callable[[TabContext, int], EngagementPage]


# The name the size of the engagement windows is remembered under (ui.common.layout_memory).
WINDOW_NAME = "engagement"
# The editor's pages in order; a new part of the engagement is one more entry here.
PAGES: tuple[PageSpec, ...] = (
    PageSpec("overview", QT_TRANSLATE_NOOP("EngagementEditor", "Overview"), OverviewPage),
    PageSpec(
        "clarification",
        QT_TRANSLATE_NOOP("EngagementEditor", "Clarification"),
        ClarificationPage,
    ),
    PageSpec("wishes", QT_TRANSLATE_NOOP("EngagementEditor", "Wishes"), WishesPage),
    PageSpec("goals", QT_TRANSLATE_NOOP("EngagementEditor", "Goals"), GoalsPage),
    PageSpec("scope", QT_TRANSLATE_NOOP("EngagementEditor", "Service catalogue"), ScopePage),
    PageSpec(
        "knowledge_transfer",
        QT_TRANSLATE_NOOP("EngagementEditor", "Knowledge transfer"),
        KnowledgeTransferPage,
    ),
    PageSpec("changes", QT_TRANSLATE_NOOP("EngagementEditor", "Changes"), ChangesPage),
    PageSpec("history", QT_TRANSLATE_NOOP("EngagementEditor", "History"), HistoryPage),
)


class EngagementEditor(QDialog):
    def __init__(self, parent: QWidget, context: TabContext, engagement_id: int) -> None:
        super().__init__(parent)
        self.setObjectName("EngagementEditor")
        self.setWindowFlag(Qt.WindowType.WindowMinMaxButtonsHint, True)
        self.engagement_id = engagement_id
        self._context = context
        self.title = QLabel()
        self.title.setObjectName("engagementTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("engagementStatus")
        self.steps = QHBoxLayout()
        self.pages = {spec.key: spec.make(context, engagement_id) for spec in PAGES}
        self.tabs = QTabWidget()
        self.tabs.setObjectName("engagementPages")
        for page in self.pages.values():
            self.tabs.addTab(page, "")
        self._current: EngagementPage = self.page(PAGES[0].key)
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
        self.resize(context.layout.window_size(WINDOW_NAME) or self._default_size())

    def _default_size(self) -> QSize:
        """As much of the screen as the overview wants (no inner scroll bar where it fits)."""
        screen = (self.parentWidget() or self).screen().availableGeometry()
        return QSize(min(1040, screen.width() * 9 // 10), min(900, screen.height() * 95 // 100))

    def page(self, key: str) -> EngagementPage:
        return self.pages[key]

    def show_page(self, key: str, item: int | None = None) -> None:
        """`item`: the row of what the page lists to select (see EngagementPage.show_item)."""
        page = self.pages[key]
        self.tabs.setCurrentWidget(page)
        page.show_item(item)

    def _page_changed(self) -> None:
        """Leaving a page saves what was typed there; what cannot be saved yet stays typed on
        its page (its fields say why) and the user goes on all the same."""
        left, self._current = self._current, self.tabs.currentWidget()  # type: ignore[assignment]
        if left is not self._current:
            left.leave()

    def _leave_all(self) -> bool:
        refused = next((page for page in self.pages.values() if not page.leave()), None)
        if refused is not None:
            self.tabs.setCurrentWidget(refused)
        return refused is None

    def _add_undo_shortcuts(self) -> None:
        # The main window's Edit menu and shortcuts belong to the main window, not this one.
        undo = self._context.undo_stack.createUndoAction(self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self._context.undo_stack.createRedoAction(self)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        # Ctrl+J records a contact about this engagement, as it does in the window behind.
        journal = QAction(self)
        journal.setShortcut(QKeySequence("Ctrl+J"))
        journal.triggered.connect(self._journal_entry)
        self.addActions([undo, redo, journal])

    def _journal_entry(self) -> None:
        client_id = self._context.workspace.engagements.get(self.engagement_id).client_id
        self._context.navigate.add_journal_entry(client_id, self.engagement_id)

    def _refresh(self, changes: ChangeSet) -> None:
        for page in self.pages.values():
            page.refresh(changes)
        if changes.touches(Entity.engagement, Entity.clarification, Entity.goal):
            self._update_header()

    def _update_header(self) -> None:
        detail = self._context.workspace.engagements.get(self.engagement_id)
        name = engagement_name(detail.reference, detail.title)
        self.title.setText(f"{detail.client_name} – {name}")
        self.setWindowTitle(name)
        self.status.setText(
            self.tr("Status: %1").replace(
                "%1", QCoreApplication.translate(LABELS, label(detail.status))
            )
        )
        while (item := self.steps.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        for target in () if self._context.read_only else allowed_targets(detail.status):
            button = QPushButton(action_text(target))
            button.setObjectName(f"to_{target.value}")
            button.setAutoDefault(False)  # Enter belongs to the overview's Save
            button.clicked.connect(lambda _=False, t=target: self._move(t))
            self.steps.addWidget(button)
        self.steps.addStretch(1)

    def _move(self, target: EngagementStatus) -> None:
        if self._leave_all():
            move(self, self._context, self.engagement_id, target)

    def retranslate(self) -> None:
        # No mnemonics on the pages: the fields own the letters (Ctrl+Tab switches pages).
        for index, spec in enumerate(PAGES):
            self.tabs.setTabText(index, QCoreApplication.translate("EngagementEditor", spec.title))
        self._update_header()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        """Close, Escape and the window's close button: answers are saved as everywhere else;
        typing on a form that saves on request is saved, thrown away or kept on the user's
        word, never silently."""
        if not self._may_close():
            return
        # the next engagement opens as large as the user made this one, in this run and the next
        self._context.layout.remember_window_size(WINDOW_NAME, self.size())
        self._context.data_changed.disconnect(self._refresh)
        super().done(result)

    def _may_close(self) -> bool:
        unsaved = next((page for page in self.pages.values() if page.unsaved()), None)
        if unsaved is None:
            return self._leave_all()
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            unsaved.unsaved_question(),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Discard:
            return True
        # Save: a refusal shows the page with its problems; closing again can discard.
        return answer == buttons.Save and self._leave_all()


def open_editor(
    parent: QWidget,
    context: TabContext,
    engagement_id: int,
    *,
    page: str | None = None,
    item: int | None = None,
) -> EngagementEditor:
    """The engagement's window beside the main window, on `page` (a key of PAGES) when given,
    with the row `item` of that page selected; an engagement already open comes to the front
    instead of opening twice."""
    window = parent.window()
    editor = next(
        (
            e
            for e in window.findChildren(EngagementEditor)
            if e.engagement_id == engagement_id and e.isVisible()  # not one closing
        ),
        None,
    )
    if editor is None:
        editor = EngagementEditor(window, context, engagement_id)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if page is not None:
        editor.show_page(page, item)
    editor.show()
    editor.raise_()
    editor.activateWindow()
    return editor


def close_editors(window: QWidget) -> bool:
    """Before the window closes or opens another file; False when the user keeps one open."""
    return all(editor.close() for editor in window.findChildren(EngagementEditor))
