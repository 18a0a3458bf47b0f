"""Column widths that fit what is shown: contents of the visible rows, never narrower than
the (translated) header, never wider than twice the spec's width — and, given the width the
view has, no wider than that where it can: the wide text columns (names, titles) that grew
past their spec give the excess back, the short ones (a status, a date) keep their contents
whole. Room to spare goes to the text columns still cut, as far as their contents need."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from workbook.ui.common.table_model import RowTableModel

GIVES_BACK = 20  # characters: a column specified this wide holds text that may be cut short


def fit_columns(view: QTableView, model: RowTableModel[object], within: int | None = None) -> None:
    char = view.fontMetrics().averageCharWidth()
    header = view.horizontalHeader()
    shown = [n for n in range(model.columnCount()) if not header.isSectionHidden(n)]
    widths: dict[int, int] = {}
    floors: dict[int, int] = {}
    for column in shown:
        spec = model.column_width(column) * char
        # sizeHintForColumn looks at the rows in view only, so this stays cheap for 200k rows.
        contents = view.sizeHintForColumn(column)
        floors[column] = max(spec, header.sectionSizeHint(column) + char)
        widths[column] = max(min(max(spec, contents), 2 * spec), floors[column])
    excess = sum(widths.values()) - within if within is not None else 0
    grown = {
        column: widths[column] - floors[column]
        for column in shown
        if model.column_width(column) >= GIVES_BACK
    }
    total_grown = sum(grown.values())
    if excess > 0 and total_grown > 0:
        for column, extra in grown.items():
            widths[column] -= min(extra, excess * extra // total_grown + 1)
    elif excess < 0:
        _widen_cut_text(widths, view, model, shown, -excess)
    for column, width in widths.items():
        view.setColumnWidth(column, width)


def _widen_cut_text(
    widths: dict[int, int], view: QTableView, model: RowTableModel[object], shown: list[int],
    room: int,
) -> None:  # fmt: skip
    """Room the view has to spare goes to the wide text columns whose contents it still cuts
    (past twice their spec), as far as their contents need — not all to the last column."""
    short = {
        column: view.sizeHintForColumn(column) - widths[column]
        for column in shown
        if model.column_width(column) >= GIVES_BACK
    }
    short = {column: need for column, need in short.items() if need > 0}
    total = sum(short.values())
    for column, need in short.items():
        widths[column] += min(need, room * need // total)
