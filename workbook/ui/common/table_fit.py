"""Column widths that fit what is shown: contents of the visible rows, never narrower than
the (translated) header, never wider than twice the spec's width."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from workbook.ui.common.table_model import RowTableModel


def fit_columns(view: QTableView, model: RowTableModel[object]) -> None:
    char = view.fontMetrics().averageCharWidth()
    header = view.horizontalHeader()
    for column in range(model.columnCount()):
        spec = model.column_width(column) * char
        # sizeHintForColumn looks at the rows in view only, so this stays cheap for 200k rows.
        contents = view.sizeHintForColumn(column)
        wanted = min(max(spec, contents), 2 * spec)
        view.setColumnWidth(column, max(wanted, header.sectionSizeHint(column) + char))
