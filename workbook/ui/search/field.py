"""The search field of the window's toolbar: Ctrl+K from anywhere, results as you type (asked
for in a worker thread, so typing never waits for the database), arrows to choose, Enter to
open the item where it is edited, Escape to close."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent, QStandardItem
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QWidget

from workbook.domain.changes import Entity
from workbook.services.search.shapes import SearchGroup, SearchResult
from workbook.ui.common import named, worker

if TYPE_CHECKING:
    from workbook.services.search.service import SearchService
    from workbook.ui.common.context import Navigator

TYPING_PAUSE_MS = 120  # a burst of keys is one query
WIDTH = 680
FIELD_WIDTH = 300
VISIBLE_ROWS = 26  # text lines
# Where an editor page shows the entity (engagements.editor.PAGES keys).
_PAGES = {
    Entity.clarification: "clarification",
    Entity.wish: "wishes",
    Entity.goal: "goals",
    Entity.scope_item: "scope",
    Entity.milestone: "knowledge_transfer",
    Entity.change_request: "changes",
}


class SearchField(QLineEdit):
    def __init__(self, window: QWidget, navigate: Navigator) -> None:
        super().__init__()
        self.setObjectName("globalSearch")
        self.setClearButtonEnabled(True)
        self.setFixedWidth(FIELD_WIDTH)
        self._window = window
        self._navigate = navigate
        self._service: SearchService | None = None
        self._generation = 0
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._ask)
        self.textChanged.connect(lambda _: self._timer.start())
        self.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Search everything (Ctrl+K)"))
        self.setToolTip(
            self.tr("Clients, contacts, engagements, notes … – every word as the start of a word")
        )
        if self._popup_shown():
            self._ask()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @cached_property
    def popup(self) -> QListView:
        """The results under the field, built with the first results: its delegate and the
        results' labels (every kind of row) load after the window's first paint."""
        from workbook.ui.search.results import HtmlDelegate

        popup = named(QListView(self._window), "searchResults")
        popup.setItemDelegate(HtmlDelegate(popup))
        popup.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        popup.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        popup.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the typing stays in the field
        popup.setUniformItemSizes(False)
        popup.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        popup.clicked.connect(lambda index: self._open(_result(index)))
        popup.hide()
        return popup

    def _popup_shown(self) -> bool:
        return "popup" in self.__dict__ and self.popup.isVisible()

    def sizeHint(self) -> QSize:
        # The menu bar places its corner widget by the size hint, not by the fixed width.
        return QSize(FIELD_WIDTH, super().sizeHint().height())

    def set_service(self, service: SearchService | None) -> None:
        """The open database's search (None: no database, the field is off)."""
        self._service = service
        self.setEnabled(service is not None)
        self.clear()
        if self._popup_shown():
            self.popup.hide()

    def start(self) -> None:
        """Ctrl+K: into the field, with what was typed before selected."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
        if self.text().strip():
            self._place_popup()

    # -- asking ------------------------------------------------------------------------------

    def _ask(self) -> None:
        service, words = self._service, self.text().strip()
        self._generation += 1
        if service is None or not words:
            if self._popup_shown():
                self.popup.hide()
            return
        generation = self._generation

        def answered(groups: list[SearchGroup]) -> None:
            if generation == self._generation:  # only the newest query's answer counts
                self._show(groups)

        worker.start(lambda: service.search(words), answered, lambda _: None)

    def _show(self, groups: list[SearchGroup]) -> None:
        from workbook.ui.search.results import results_model

        model = results_model(groups)
        if not groups:
            model.appendRow(_nothing_found())
        self.popup.setModel(model)
        self._select_next(0, 1)
        self._place_popup()

    def _place_popup(self) -> None:
        """Under the field, right-aligned with it, never beyond the window's edges."""
        width = min(WIDTH, self._window.width() - 8)
        below = self.mapTo(self._window, QPoint(self.width(), self.height()))
        left = max(4, min(below.x() - width, self._window.width() - width - 4))
        self.popup.setGeometry(left, below.y() + 2, width, self._window.height() // 2)
        model = self.popup.model()
        count = 0 if model is None else model.rowCount()
        rows = sum(self.popup.sizeHintForRow(row) for row in range(count))
        wanted = min(self.fontMetrics().height() * VISIBLE_ROWS, self._window.height() // 2)
        self.popup.resize(width, min(wanted, rows + 2 * self.popup.frameWidth()))
        self.popup.show()
        self.popup.raise_()

    # -- keys --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.KeyPress:
            return self._key(event)  # type: ignore[arg-type]
        if watched is self and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(150, self._hide_unless_focused)  # a click on a result first
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        if not self._popup_shown():
            return False
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self._select_next(self.popup.currentIndex().row(), 1 if key == Qt.Key.Key_Down else -1)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open(_result(self.popup.currentIndex()))
            return True
        if key == Qt.Key.Key_Escape:
            self.popup.hide()
            return True
        return False

    def _select_next(self, row: int, step: int) -> None:
        """The next row that is a result (headings are skipped)."""
        model = self.popup.model()
        if model is None:
            return
        current = self.popup.currentIndex().isValid()
        index = row + step if current else row
        while 0 <= index < model.rowCount():
            if _result(model.index(index, 0)) is not None:
                self.popup.setCurrentIndex(model.index(index, 0))
                return
            index += step

    def _hide_unless_focused(self) -> None:
        if not self.hasFocus() and self._popup_shown():
            self.popup.hide()

    # -- opening -----------------------------------------------------------------------------

    def _open(self, result: SearchResult | None) -> None:
        if result is None:
            return
        self.popup.hide()
        open_result(self._navigate, result)


def open_result(navigate: Navigator, result: SearchResult) -> None:
    """Where each kind of row is edited."""
    if result.entity is Entity.engagement:
        navigate.open_engagement(result.row_id)
    elif result.entity in _PAGES and result.engagement_id is not None:
        navigate.open_engagement(
            result.engagement_id, page=_PAGES[result.entity], item=result.row_id
        )
    elif result.entity is Entity.contact and result.client_id is not None:
        navigate.show_client(result.client_id, result.row_id)
    elif result.entity is Entity.journal:
        navigate.edit_journal_entry(result.row_id)
    elif result.entity is Entity.support_plan and result.client_id is not None:
        navigate.show_support_plans(result.client_id, result.row_id)
    elif result.entity is Entity.support_entry and result.client_id is not None:
        navigate.show_support_plans(result.client_id)
    elif result.client_id is not None:
        navigate.show_client(result.client_id)


def _result(index: QModelIndex) -> SearchResult | None:
    """The result a row of the popup stands for; None on headings (the popup's rows are
    built by ui.search.results, loaded by then)."""
    from workbook.ui.search.results import RESULT_ROLE

    return index.data(RESULT_ROLE)


def _nothing_found() -> QStandardItem:
    item = QStandardItem(QCoreApplication.translate("SearchResults", "Nothing found."))
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    return item
