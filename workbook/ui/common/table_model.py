"""One generic table model over immutable rows and shared column specs (Vorta, qutebrowser).

Rows come from a page source in batches (canFetchMore/fetchMore), so a list of 200k clients
shows instantly; sorting asks the source for a new SQL order instead of sorting in Qt. The
next batch is queried off the UI thread (page_loader) while the view goes on scrolling."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from workbook.presentation.columns import CONTEXT, Column, Kind
from workbook.ui.common.display import alignment, display
from workbook.ui.common.page_loader import PageLoader
from workbook.ui.common.tone import Tone

R = TypeVar("R")
PAGE = 200  # rows per fetch: a few screens full; more arrive as the view scrolls
Index = QModelIndex | QPersistentModelIndex
FetchPage = Callable[[int, int], Sequence[R]]  # (offset, limit) -> rows
RowId = Callable[[R], int]
# (row, column key) -> how the cell stands out, if at all
CellTone = Callable[[R, str], Tone | None]
# (row, column key) -> what the cell's tooltip explains, if anything
CellTip = Callable[[R, str], str | None]


class RowTableModel(QAbstractTableModel, Generic[R]):
    def __init__(
        self,
        columns: Sequence[Column[R]],
        row_id: RowId[R],
        tone: CellTone[R] | None = None,
        tip: CellTip[R] | None = None,
    ) -> None:
        super().__init__()
        self._columns = tuple(columns)
        self._row_id = row_id
        self._tone = tone
        self._tip = tip
        self._rows: list[R] = []
        self._fetch: FetchPage[R] = lambda offset, limit: ()
        self._exhausted = True
        self._sort_handler: Callable[[str, bool], None] | None = None
        self.batches: PageLoader[Sequence[R]] = PageLoader(self)
        self._shown = 0  # counts the resets: a batch asked for before one is dropped

    # -- loading -----------------------------------------------------------------------------

    def load(self, fetch: FetchPage[R]) -> None:
        """Replace all rows with the first page of `fetch`; more arrive as the view scrolls."""
        self.show(fetch, fetch(0, PAGE))

    def show(self, fetch: FetchPage[R], first_page: Sequence[R]) -> None:
        """Replace all rows with `first_page`, already fetched (off the UI thread)."""
        self.beginResetModel()
        self._shown += 1
        self._fetch = fetch
        self._rows = list(first_page)
        self._exhausted = len(self._rows) < PAGE
        self.endResetModel()

    def replace(self, row_id: int, fresh: R) -> None:
        """The row with this id as it is now, in the place it had."""
        number = self.row_of(row_id)
        if number is None:
            return
        self._rows[number] = fresh
        last = self.index(number, len(self._columns) - 1)
        self.dataChanged.emit(self.index(number, 0), last)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        # not while a batch is on its way: the view would ask for the same rows again
        return not parent.isValid() and not self._exhausted and not self.batches.busy

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        fetch, offset, shown = self._fetch, len(self._rows), self._shown
        self.batches.load(lambda: fetch(offset, PAGE), lambda more: self._append(shown, more))

    def _append(self, shown: int, batch: Sequence[R]) -> None:
        if shown != self._shown:
            return  # asked for rows of a list that has been replaced since
        more = list(batch)
        self._exhausted = len(more) < PAGE
        if more:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def on_sort(self, handler: Callable[[str, bool], None]) -> None:
        """handler(sort_key, descending) re-queries in the new order and calls load()."""
        self._sort_handler = handler

    # -- access ------------------------------------------------------------------------------

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_id(self, row: R) -> int:
        return self._row_id(row)

    def row_of(self, row_id: int) -> int | None:
        return next((n for n, r in enumerate(self._rows) if self._row_id(r) == row_id), None)

    def column_index(self, key: str) -> int:
        return next(n for n, column in enumerate(self._columns) if column.key == key)

    def column_key(self, column: int) -> str:
        return self._columns[column].key

    def column_width(self, column: int) -> int:
        return self._columns[column].width

    # -- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_data(self._columns, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column = self._columns[index.column()]
        value = column.value(self._rows[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return display(value, column.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(self._rows[index.row()], column, value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return alignment(column.kind)
        if role in _TONE_ROLES and self._tone is not None:
            return _styled(self._tone(self._rows[index.row()], column.key), role)
        return None

    def _tooltip(self, row: R, column: Column[R], value: Any) -> str | None:
        if self._tip is not None and (text := self._tip(row, column.key)):
            return text
        if column.kind == Kind.long_text and value:
            return str(value)[:1000]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        ask_sort(self._columns, column, order, self._sort_handler)

    def retranslate(self) -> None:
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)


_TONE_ROLES = (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole)
SortHandler = Callable[[str, bool], None]


def header_data(
    columns: Sequence[Column[Any]], section: int, orientation: Qt.Orientation, role: int
) -> Any:
    """A column's translated header and its alignment (models over column specs share it)."""
    if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(columns):
        return None
    column = columns[section]
    if role == Qt.ItemDataRole.DisplayRole:
        text = QCoreApplication.translate(CONTEXT, column.header)
        return _two_lines(text) if column.kind in _NARROW else text
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return alignment(column.kind)
    if role == Qt.ItemDataRole.ToolTipRole and column.tip:
        return QCoreApplication.translate(CONTEXT, column.tip)
    return None


# Columns whose values are short (a number, a date, a tick): a header of several words takes
# two lines rather than making the column three times as wide as what it shows.
_NARROW = frozenset(
    {Kind.integer, Kind.date, Kind.datetime, Kind.boolean, Kind.money, Kind.hours, Kind.percent}
)


_ONE_LINE_MOST = 14  # characters a header keeps on one line
_NARROWER = 0.7  # a break must leave no line longer than this share of the header


def _two_lines(text: str) -> str:
    """A long header of words broken at the space nearest the middle ("Tage seit Rückmeldung":
    "Tage seit" over "Rückmeldung") when that makes it much narrower; short ones, single words
    and breaks that would leave one long line ("Eigenständig" over "ab") stay one line."""
    spaces = [n for n, char in enumerate(text) if char == " "]
    if len(text) <= _ONE_LINE_MOST or not spaces:
        return text
    at = min(spaces, key=lambda n: abs(2 * n - len(text)))
    first, second = text[:at], text[at + 1 :]
    if max(len(first), len(second)) > _NARROWER * len(text):
        return text
    return f"{first}\n{second}"


def ask_sort(
    columns: Sequence[Column[Any]], column: int, order: Qt.SortOrder, handler: SortHandler | None
) -> None:
    """A click on a header asks the source for a new SQL order (Qt sorts nothing itself)."""
    if not 0 <= column < len(columns):
        return
    key = columns[column].sort
    if key is not None and handler is not None:
        handler(key, order == Qt.SortOrder.DescendingOrder)


def _styled(tone: Tone | None, role: int) -> Any:
    if tone is None:
        return None
    if role == Qt.ItemDataRole.ForegroundRole:
        return tone.color()
    if tone is Tone.muted:  # no longer in play: grey and italic, still readable
        font = QFont()
        font.setItalic(True)
        return font
    return None
