"""The review's tree: one group per due window (overdue, this week, …), its milestones below,
each group's rows fetched from SQL page by page as the view needs them."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from workbook.domain.handover import DueWindow
from workbook.presentation.columns import Column
from workbook.services.handover.shapes import MilestoneRow
from workbook.ui.common.display import alignment, display
from workbook.ui.common.table_model import Index, ask_sort, header_data
from workbook.ui.common.tone import Tone

PAGE = 50  # per due window: several windows share the screen
_GROUP = 0  # internal id of a group row; a milestone row carries its group's row + 1
FetchWindow = Callable[[DueWindow, int, int], Sequence[MilestoneRow]]  # window, offset, limit
Tones = Callable[[MilestoneRow], Tone | None]


@dataclass
class _Group:
    window: DueWindow
    count: int
    rows: list[MilestoneRow] = field(default_factory=list)

    @property
    def exhausted(self) -> bool:
        return len(self.rows) >= self.count


class ReviewModel(QAbstractItemModel):
    def __init__(
        self,
        columns: Sequence[Column[MilestoneRow]],
        title: Callable[[DueWindow, int], str],
        tone: Tones,
    ) -> None:
        super().__init__()
        self._columns = tuple(columns)
        self._title = title
        self._tone = tone
        self._groups: list[_Group] = []
        self._fetch: FetchWindow = lambda window, offset, limit: ()
        self._sort_handler: Callable[[str, bool], None] | None = None

    # -- loading -------------------------------------------------------------------------------

    def show(
        self,
        counts: dict[DueWindow, int],
        pages: Mapping[DueWindow, Sequence[MilestoneRow]],
        fetch: FetchWindow,
    ) -> None:
        """The non-empty windows in order, each with the first page of milestones fetched
        for it (off the UI thread; none for a closed window: fetchMore reads them)."""
        self.beginResetModel()
        self._fetch = fetch
        self._groups = [_Group(w, n, list(pages.get(w, ()))) for w, n in counts.items() if n > 0]
        self.endResetModel()

    def on_sort(self, handler: Callable[[str, bool], None]) -> None:
        self._sort_handler = handler

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        group = self._group_of(parent)
        return group is not None and not group.exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        group = self._group_of(parent)
        if group is None or group.exhausted:
            return
        more = list(self._fetch(group.window, len(group.rows), PAGE))
        if not more:
            group.count = len(group.rows)  # fewer than counted: changed meanwhile
            return
        first = len(group.rows)
        self.beginInsertRows(self.index(parent.row(), 0), first, first + len(more) - 1)
        group.rows.extend(more)
        self.endInsertRows()

    # -- access --------------------------------------------------------------------------------

    def windows(self) -> list[DueWindow]:
        return [group.window for group in self._groups]

    def group_index(self, window: DueWindow) -> QModelIndex:
        row = next((n for n, g in enumerate(self._groups) if g.window is window), None)
        return QModelIndex() if row is None else self.index(row, 0)

    def milestone(self, index: Index) -> MilestoneRow | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        rows = self._groups[index.internalId() - 1].rows
        return rows[index.row()] if index.row() < len(rows) else None

    def find(self, milestone_id: int) -> QModelIndex:
        for number, group in enumerate(self._groups):
            for row, milestone in enumerate(group.rows):
                if milestone.id == milestone_id:
                    return self.createIndex(row, 0, number + 1)
        return QModelIndex()

    def child(self, window: DueWindow, row: int) -> QModelIndex:
        """The milestone at `row` of a window (the last one if there are fewer)."""
        parent = self.group_index(window)
        count = self.rowCount(parent)
        if not parent.isValid() or count == 0:
            return QModelIndex()
        return self.index(min(row, count - 1), 0, parent)

    def _group_of(self, parent: Index) -> _Group | None:
        if parent.isValid() and parent.internalId() == _GROUP:
            return self._groups[parent.row()]
        return None

    # -- Qt model interface --------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not parent.isValid():
            valid = 0 <= row < len(self._groups)
            return self.createIndex(row, column, _GROUP) if valid else QModelIndex()
        group = self._group_of(parent)
        if group is None or not 0 <= row < len(group.rows):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        group = self._group_of(parent)
        return len(group.rows) if group is not None and parent.column() == 0 else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._columns)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return bool(self._groups)
        group = self._group_of(parent)
        return group is not None and parent.column() == 0 and group.count > 0

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_data(self._columns, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(self._groups[index.row()], index.column(), role)
        milestone = self.milestone(index)
        if milestone is None:
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(column.value(milestone), column.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return alignment(column.kind)
        if role == Qt.ItemDataRole.ForegroundRole:
            tone = self._tone(milestone)
            return None if tone is None else tone.color()
        return None

    def _group_data(self, group: _Group, column: int, role: int) -> Any:
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._title(group.window, group.count)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and group.window is DueWindow.overdue:
            return Tone.overdue.color()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _GROUP:  # a heading: it opens and closes, it is not selected
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        ask_sort(self._columns, column, order, self._sort_handler)

    def retranslate(self) -> None:
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._groups:
            last = self.index(len(self._groups) - 1, 0)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])
