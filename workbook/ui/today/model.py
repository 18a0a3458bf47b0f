"""The Today tree: one heading per section (its count, or why it is empty), its items below in
four columns — client, what, date, how late."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QFont

from workbook.presentation import today as words
from workbook.services.today.shapes import Section, TodayItem, TodaySection
from workbook.ui.common.i18n import format_date
from workbook.ui.common.tone import Tone

if TYPE_CHECKING:  # the table model's module brings the lists' presentation: not for the day
    from workbook.ui.common.table_model import Index

_HEADING = 0  # internal id of a heading row; an item row carries its section's row + 1
COLUMNS = words.COLUMNS
# The roles data() answers; the view asks for about eight per cell, and fitting the columns
# asks for a thousand rows: the others are turned away before any lookup.
_ANSWERED = frozenset(
    (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
    )
)


# Asked of every item each time the tree lays out (2,000 on a busy day): combined once.
_ITEM_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def locale_number(value: Decimal, places: int | None = None) -> str:
    """In the UI's locale, with `places` decimals, else at most the decimals the value has
    (1,5 · 1.320 · 232,50)."""
    if places is None:
        places = min(max(-value.normalize().as_tuple().exponent, 0), 2)  # type: ignore[operator]
    return QLocale().toString(float(value), "f", places)


def tone(item: TodayItem) -> Tone | None:
    """Late in red, due today in amber."""
    if item.days_late is None or item.section is Section.clarification:
        return None
    if item.days_late > 0:
        return Tone.overdue
    return Tone.at_risk if item.days_late == 0 else None


class TodayModel(QAbstractItemModel):
    def __init__(self) -> None:
        super().__init__()
        self._sections: list[TodaySection] = []

    def load(self, sections: Sequence[TodaySection]) -> None:
        self.beginResetModel()
        self._sections = list(sections)
        self.endResetModel()

    def count(self, counted: Sequence[TodaySection]) -> None:
        """The totals of the sections loaded (TodayService.counted of them): only the headings
        change, so selection and open sections stay."""
        totals = {section.section: section.total for section in counted}
        for row, section in enumerate(self._sections):
            total = totals.get(section.section)
            if total is not None and section.more:
                self._sections[row] = replace(section, total=total)
                self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    # -- access --------------------------------------------------------------------------------

    def sections(self) -> list[TodaySection]:
        return list(self._sections)

    def heading(self, section: Section) -> QModelIndex:
        row = next((n for n, s in enumerate(self._sections) if s.section is section), None)
        return QModelIndex() if row is None else self.index(row, 0)

    def item(self, index: Index) -> TodayItem | None:
        if not index.isValid() or index.internalId() == _HEADING:
            return None
        items = self._sections[index.internalId() - 1].items
        return items[index.row()] if index.row() < len(items) else None

    def find(self, key: tuple[Section, int]) -> QModelIndex:
        for number, section in enumerate(self._sections):
            for row, item in enumerate(section.items):
                if item.key == key:
                    return self.createIndex(row, 0, number + 1)
        return QModelIndex()

    def child(self, section: Section, row: int) -> QModelIndex:
        """The item at `row` of a section (its last one if there are fewer)."""
        parent = self.heading(section)
        count = self.rowCount(parent)
        if count == 0:
            return QModelIndex()
        return self.index(min(row, count - 1), 0, parent)

    def section_at(self, index: Index) -> Section:
        return self._sections[index.row()].section

    # -- Qt model interface --------------------------------------------------------------------

    # index() and rowCount() are asked of every row each time the tree lays out (2,000 on a
    # busy day): each answers in as few calls into Qt as it can.
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not parent.isValid():
            valid = 0 <= row < len(self._sections)
            return self.createIndex(row, column, _HEADING) if valid else QModelIndex()
        if parent.internalId() == _HEADING and parent.column() == 0:
            number = parent.row()
            if 0 <= row < len(self._sections[number].items):
                return self.createIndex(row, column, number + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _HEADING:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _HEADING)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._sections)
        if parent.internalId() != _HEADING or parent.column() != 0:
            return 0
        return len(self._sections[parent.row()].items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _translate(words.CONTEXT, COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        if index.internalId() == _HEADING:
            return self._heading_data(self._sections[index.row()], index.column(), role)
        item = self.item(index)
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(item, index.column())  # the tip: all of a clipped text
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            shade = tone(item)
            return None if shade is None else shade.color()
        return None

    @staticmethod
    def _cell(item: TodayItem, column: int) -> str:
        if column == 0:
            return item.client_name
        if column == 1:
            return words.what_text(item, _translate, locale_number)
        if column == 2:
            return "" if item.on is None else format_date(item.on)
        return words.late_text(item, _translate)

    @staticmethod
    def _heading_data(section: TodaySection, column: int, role: int) -> Any:
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            title = words.counted_title(section, _translate)
            if section.items:
                return title
            return f"{title} — {words.empty_text(section.section, _translate)}"
        if role == Qt.ItemDataRole.FontRole and section.items:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not section.items:
            return Tone.muted.color()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _HEADING:  # a heading opens and closes; it is not selected
            return Qt.ItemFlag.ItemIsEnabled
        return _ITEM_FLAGS

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.beginResetModel()
        self.endResetModel()
