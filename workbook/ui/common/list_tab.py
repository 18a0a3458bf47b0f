"""A BaseTab (Vorta): a toolbar with actions and a filter box, a list sorted and paged in SQL,
an empty state, selection by id, and refresh on the window's ChangeSets.

The first page is queried off the UI thread (page_loader): while a slow query runs the list
keeps showing the page before, typing goes on, and only the newest answer is shown. A change
to one row re-reads that row only; more rows arrive page by page as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QToolButton,
    QWidget,
)

from workbook.domain.changes import ChangeSet, Entity
from workbook.presentation.columns import Column
from workbook.ui.common import named
from workbook.ui.common.column_choice import ColumnChooser
from workbook.ui.common.context import TabContext
from workbook.ui.common.cut_text_tips import CutTextTips
from workbook.ui.common.page_loader import PageLoader
from workbook.ui.common.table_fit import fit_columns
from workbook.ui.common.table_model import PAGE, CellTip, CellTone, FetchPage, RowTableModel

R = TypeVar("R")
FILTER_DELAY_MS = 200  # typing pauses this long before the list is queried again
REFIT_DELAY_MS = 100  # the columns fit the view again once its size settles
FILTER_FRAME_PX = 48  # the filter's frame, margins and clear button beside its hint
FILTER_WIDEST_PX = 440  # wider, the toolbars' buttons would not fit 1280 px


def tab_action(
    tab: QWidget, name: str, shortcut: QKeySequence | QKeySequence.StandardKey,
    slot: Callable[[], object],
) -> QAction:  # fmt: skip
    """An action of `tab` whose shortcut works while the focus is anywhere inside it."""
    action = named(QAction(tab), name)
    action.setShortcut(shortcut)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    tab.addAction(action)
    return action


class ListTab(QWidget, Generic[R]):
    def __init__(self, name: str, context: TabContext, columns: Sequence[Column[R]],
                 row_id: Callable[[R], int], tone: CellTone[R] | None = None,
                 tip: CellTip[R] | None = None, *,
                 hidden: frozenset[str] = frozenset()) -> None:  # fmt: skip
        """hidden: the columns shown only when the user turns them on (the header's menu)."""
        super().__init__()
        self.setObjectName(name)
        self.context = context
        self.model: RowTableModel[R] = RowTableModel(columns, row_id, tone, tip)
        self._fitted = False
        self.loader: PageLoader[Sequence[R]] = PageLoader(self)
        self._wanted: int | None = None  # to select once the page that is coming is shown
        self.filter = named(QLineEdit(), f"{name}Filter")
        self.filter.setClearButtonEnabled(True)
        self.filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(self.filter_timer.start)
        self.find_action = self.add_action(
            f"{name}Find", QKeySequence.StandardKey.Find, self.filter.setFocus
        )
        self.view = named(QTableView(), f"{name}View")
        self._setup_view()
        CutTextTips(self.view)
        self.empty = named(QLabel(alignment=Qt.AlignmentFlag.AlignCenter), f"{name}Empty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text); font-size: 12pt;")
        self.count = named(QLabel(), f"{name}Count")  # placed by tabs with a counter()
        self._total: int | None = None  # what the filters find, counted after the first page
        self.counting: PageLoader[int] = PageLoader(self)
        self.counting.settle_ms = 0  # the count follows the page: it never holds the page up
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.columns = ColumnChooser(
            self.view.horizontalHeader(), [c.key for c in columns], name, context.columns, hidden
        )
        self.columns.changed.connect(self._refit)
        # The columns follow the view's width (window, split) until the user sizes one.
        self._fitting = False
        self._hand_sized = False
        self._refit_timer = QTimer(self, singleShot=True, interval=REFIT_DELAY_MS)
        self._refit_timer.timeout.connect(self._refit)
        self.view.horizontalHeader().sectionResized.connect(self._section_resized)
        self.view.installEventFilter(self)
        self.loader.busy_changed.connect(self._show_busy)
        self.loader.tell_failures(context.unreadable, context.refused)
        self.model.batches.tell_failures(context.refused, context.refused)
        self.counting.tell_failures(context.refused, context.refused)

    def _setup_view(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # before on_sort: no query yet
        self.model.on_sort(self.sort_by)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        # One line per row and a fixed row height: cheap to lay out for 200k rows.
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.horizontalHeader().setStretchLastSection(True)
        # selectionChanged, not currentRowChanged: the selection is complete when it fires.
        view.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed())

    def add_action(self, name: str, shortcut: QKeySequence | QKeySequence.StandardKey,
                   slot: Callable[[], object]) -> QAction:  # fmt: skip
        """An action whose shortcut works while the focus is anywhere inside this tab."""
        return tab_action(self, name, shortcut, slot)

    def for_selected(self, act: Callable[[int], object]) -> Callable[[], None]:
        """A slot that calls act(the selected row's id), if a row is selected."""

        def slot() -> None:
            if (row_id := self.selected_id()) is not None:
                act(row_id)

        return slot

    def toolbar(self, actions: Sequence[QAction], *extra: QWidget) -> QHBoxLayout:
        layout = QHBoxLayout()
        for action in actions:
            button = named(QToolButton(), f"{action.objectName()}Button")
            button.setDefaultAction(action)
            layout.addWidget(button)
        layout.addStretch(1)
        for widget in extra:
            layout.addWidget(widget)
        layout.addWidget(self.filter, 1)
        return layout

    # -- what subclasses provide -------------------------------------------------------------

    def fetch(self, ids: frozenset[int] | None = None) -> FetchPage[R]:
        """The pages of the list as filtered and sorted now; `ids`: of those rows only."""
        raise NotImplementedError

    def sort_by(self, key: str, descending: bool) -> None:
        raise NotImplementedError

    def apply_filter(self) -> None:
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Subclasses word their own parts first (the filter's hint among them), then call
        this."""
        self.find_action.setText(self.tr("Find"))
        # the whole hint (German ones are long), as far as a window of 1280 px leaves room
        hint = self.filter.fontMetrics().horizontalAdvance(self.filter.placeholderText())
        self.filter.setMinimumWidth(min(hint + FILTER_FRAME_PX, FILTER_WIDEST_PX))
        self.model.retranslate()
        self._fit_columns()
        self.show_empty_state()
        self._show_count()

    def _count_shown(self, total: int) -> None:
        self._total = total
        self._show_count()

    def _show_count(self) -> None:
        if self._total is not None:
            self.count.setText(self.count_text(self._total))

    def selection_changed(self) -> None:
        """Hook: the selected row changed."""

    def refresh(self, changes: ChangeSet) -> None:
        raise NotImplementedError

    def counter(self) -> Callable[[], int] | None:
        """Hook: how many rows the filters find now (a COUNT in SQL, asked off the UI thread
        once the first page shows) for `count`, which the tab places; None: no count."""
        return None

    def count_text(self, count: int) -> str:
        """Hook: the count in words ("Change requests: 22"), for tabs with a counter()."""
        raise NotImplementedError

    # -- shared behaviour --------------------------------------------------------------------

    def reload(self) -> None:
        """Query the first page again (filter, sort or data changed); the rows shown stay
        until it arrives."""
        fetch, count = self.fetch(), self.counter()
        self.loader.load(lambda: fetch(0, PAGE), lambda rows: self._show_page(fetch, rows, count))

    def _show_page(
        self, fetch: FetchPage[R], rows: Sequence[R], count: Callable[[], int] | None
    ) -> None:
        selected = self._wanted if self._wanted is not None else self.selected_id()
        self._wanted = None
        self.model.show(fetch, rows)
        if selected is not None:
            self.select(selected)
        self.show_empty_state()
        if not self._fitted and self.model.rowCount() > 0 and self.view.isVisible():
            self._fit_columns()
            self._fitted = True  # later loads keep the widths: no jumping while filtering
        if count is not None:
            # a page shorter than a full one holds every match: no count query needed
            if len(rows) < PAGE:
                self._count_shown(len(rows))
            else:
                self.counting.load(count, self._count_shown)
        self.page_shown()
        self.selection_changed()

    def page_shown(self) -> None:
        """Hook: a new first page is shown."""

    def refresh_or_reload(self, changes: ChangeSet, entity: Entity) -> None:
        """A change that updated one row of the list's own entity re-reads that row (it stays
        where it is until the next reload); any other change reloads the list, and so does a
        row that no longer matches the filter (the list and its count shrink)."""
        row_id = changes.updated_only(entity)
        if row_id is None or self.model.row_of(row_id) is None or self.loader.busy:
            self.reload()
            return
        fresh = self.fetch(frozenset({row_id}))(0, 1)
        if not fresh:
            self.reload()
            return
        self.model.replace(row_id, fresh[0])
        if self.selected_id() == row_id:
            self.selection_changed()  # the detail and the actions follow the row as it is now

    def _fit_columns(self) -> None:
        """To the rows in view, within the view's width when it is on screen."""
        within = self.view.viewport().width() if self.view.isVisible() else None
        self._fitting = True
        try:
            fit_columns(self.view, self.model, within)  # type: ignore[arg-type]
        finally:
            self._fitting = False

    def _section_resized(self, section: int, old: int, new: int) -> None:
        if self._fitting or 0 in (old, new):  # fitted, or a column turned off or on
            return
        header = self.view.horizontalHeader()
        shown = [n for n in range(header.count()) if not header.isSectionHidden(n)]
        # the last column stretches with the view by itself; any other the user dragged
        if section != max(shown, key=header.visualIndex, default=None):
            self._hand_sized = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        resized = watched is self.view and event.type() == QEvent.Type.Resize
        if resized and self._fitted and not self._hand_sized:
            self._refit_timer.start()
        return super().eventFilter(watched, event)

    def _refit(self) -> None:
        """A column turned on gets the width its header and contents need, not Qt's default."""
        if self.view.isVisible():
            self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted and self.model.rowCount() > 0:
            # the first page came while the tab was hidden: fit now that the width is known
            QTimer.singleShot(0, self, self._fit_once)  # dropped should the tab go first

    def _fit_once(self) -> None:
        if not self._fitted and self.view.isVisible():
            self._fit_columns()
            self._fitted = True

    def _show_busy(self, busy: bool) -> None:
        cursor = Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor
        self.view.viewport().setCursor(cursor)

    def select(self, row_id: int) -> None:
        if self.loader.busy:  # the page that is coming decides where the row stands
            self._wanted = row_id
            return
        row = self.model.row_of(row_id)
        while row is None and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(row_id)
        if row is not None:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def selected_row(self) -> R | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return None if row is None else self.model.row_id(row)

    def take_focus(self) -> None:
        """Focus inside the tab, so its shortcuts (Ctrl+N, Del, F2) work right away."""
        (self.view if self.stack.currentWidget() is self.view else self.filter).setFocus()

    def show_empty_state(self) -> None:
        if self.model.rowCount() > 0:
            self.stack.setCurrentWidget(self.view)
        else:
            self.empty.setText(self.empty_text())
            self.stack.setCurrentWidget(self.empty)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
