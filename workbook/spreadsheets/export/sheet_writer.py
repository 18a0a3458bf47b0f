"""One finished worksheet in a write-only workbook: bold header, frozen panes, an Excel table
(with its filter buttons), fitted column widths, typed and formatted cells, highlights and a
print setup.

The rows stream to disk as they come from the database (row_stream), so everything that
precedes them in the file (column widths, panes, header height) is decided before the first
row, from a sample; the table and the highlights, which name the last row, after the last."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, tzinfo
from itertools import chain, dropwhile, islice
from typing import Any

from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.worksheet.filters import AutoFilter  # type: ignore[import-untyped]
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo  # type: ignore[import-untyped]

from workbook.files.atomic import ExportError, ExportProblem
from workbook.presentation.columns import CONTEXT as COLUMNS
from workbook.presentation.columns import Column, Kind
from workbook.spreadsheets.export.cell_maker import CellMaker, Translate
from workbook.spreadsheets.export.column_fit import Layout, Need, lay_out, row_height
from workbook.spreadsheets.export.highlights import add_highlights
from workbook.spreadsheets.export.print_setup import PRINT_WIDTH, PrintFrame, set_up_printing
from workbook.spreadsheets.export.row_stream import Row, XCell, write_rows
from workbook.spreadsheets.export.sheets import Sheet
from workbook.spreadsheets.export.xlsx_safe import clean_text

EXCEL_MAX_ROWS = 1_048_576  # per sheet, the header included
SAMPLE_ROWS = 1000  # rows measured to fit column widths
MAX_WIDTH = 60  # characters; longer text wraps (long text) or is cut off visually
# Longer headers wrap onto further lines instead of widening the column: a sheet prints one page
# wide, and every character of width makes its print smaller.
HEADER_WRAP = 8
HEADER_LINES = 4
CHECKPOINT_ROWS = 1000  # progress and cancellation are looked at this often
# Columns of words wrap their cells when the sheet is too wide to print, keeping their words
# whole (up to LONGEST_WHOLE_WORD: an e-mail address, a web address may split) if they can fit so,
# else down to WRAP_WIDTH or their header's longest word.
_WORDS = frozenset({Kind.text, Kind.long_text, Kind.choice, Kind.choices})
WRAP_WIDTH = 12
LONGEST_WHOLE_WORD = 20
_FIXED_WIDTHS = {Kind.date: 11, Kind.datetime: 16, Kind.boolean: 3, Kind.percent: 5}


@dataclass
class Progress:
    """Rows written so far; reports progress and honours cancellation at each checkpoint."""

    total: int
    report: Callable[[int, int], None] | None = None
    cancelled: Callable[[], bool] | None = None
    done: int = 0

    def row(self) -> None:
        self.done += 1
        if self.done % CHECKPOINT_ROWS == 0:
            self.checkpoint()

    def stop_if_cancelled(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportError(ExportProblem.cancelled)

    def checkpoint(self) -> None:
        self.stop_if_cancelled()
        if self.report is not None:
            self.report(self.done, self.total)


@dataclass(frozen=True)
class SheetContext:
    translate: Translate
    today: date
    zone: tzinfo | None
    progress: Progress
    frame: PrintFrame | None = None  # what each printed page carries besides the data


def write_sheet(
    workbook: Any, sheet: Sheet, title: str, rows: Iterable[Any], context: SheetContext
) -> tuple[int, int]:
    """Write `rows` as a new worksheet called `title`, one row at a time as they come; return
    the number of data rows written and of those left out beyond Excel's row limit."""
    worksheet = workbook.create_sheet(title)
    maker = CellMaker(worksheet, context.translate, context.zone)
    headers = unique([clean_text(context.translate(COLUMNS, c.header)) for c in sheet.columns])
    source = iter(rows)
    lines = (_cells(maker, sheet.columns, row) for row in source)
    sample = list(islice(lines, SAMPLE_ROWS))
    layout = _prepare(worksheet, sheet, headers, sample)
    set_up_printing(worksheet, context.frame)

    def counted() -> Iterator[Row]:
        yield [maker.header(text) for text in headers]
        for line in islice(chain(sample, lines), EXCEL_MAX_ROWS - 1):
            yield line
            context.progress.row()

    def finish(written: int) -> None:
        data_rows = written - 1  # the header
        if layout.printed < len(headers):  # one block of columns: parts print on pages apart
            worksheet.print_area = f"A1:{get_column_letter(layout.printed)}{written}"
        _add_table(worksheet, sheet.key, headers, data_rows)
        add_highlights(
            worksheet, sheet.columns, sheet.highlights,
            rows=data_rows, today=context.today, translate=context.translate,
        )  # fmt: skip

    def height(line: Row) -> float | None:
        return row_height(line, layout.widths)

    written = write_rows(worksheet, counted(), finish, height) - 1
    return written, sum(1 for _ in source)


def _cells(maker: CellMaker, columns: Sequence[Column[Any]], row: Any) -> list[XCell | None]:
    currency = getattr(row, "currency", "EUR")
    return [maker.cell(column.value(row), column.kind, currency) for column in columns]


def unique(headers: Iterable[str]) -> list[str]:
    """Excel table column names must differ (ignoring case): a repeat gets " (2)"."""
    seen: set[str] = set()
    result = []
    for header in headers:
        name, number = header or "-", 2
        while name.casefold() in seen:
            name, number = f"{header} ({number})", number + 1
        seen.add(name.casefold())
        result.append(name)
    return result


# -- layout ------------------------------------------------------------------------------------


def _prepare(
    worksheet: Any, sheet: Sheet, headers: Sequence[str], sample: Sequence[Sequence[XCell | None]]
) -> Layout:
    """Set the column widths, the header's height and the panes."""
    columns = sheet.columns
    needs = [
        _need(column, header, [line[index] for line in sample])
        for index, (column, header) in enumerate(zip(columns, headers, strict=True))
    ]
    layout = lay_out(needs, PRINT_WIDTH, repeats=_repeats_at_the_end(sheet))
    header_lines = 1
    for index, (width, header) in enumerate(zip(layout.widths, headers, strict=True)):
        worksheet.column_dimensions[get_column_letter(index + 1)].width = width
        header_lines = max(header_lines, len(textwrap.wrap(header, max(width - 4, 1))))
    if header_lines > 1:
        worksheet.row_dimensions[1].height = 15 * min(header_lines, HEADER_LINES) + 3
    first_data = "B2" if columns and columns[0].key == "client" else "A2"
    worksheet.freeze_panes = first_data
    return layout


def _repeats_at_the_end(sheet: Sheet) -> int:
    keys = [column.key for column in sheet.columns]
    return len(keys) - len(list(dropwhile(lambda key: key in sheet.repeated, reversed(keys))))


def _need(column: Column[Any], header: str, cells: Sequence[XCell | None]) -> Need:
    """+3: room for the table's filter button beside the header text; +1 to spare."""
    content = max((_width(cell, column.kind) for cell in cells), default=0)
    limit = min(column.width, MAX_WIDTH) if column.kind is Kind.long_text else MAX_WIDTH
    width = min(max(content, _header_width(header) + 3, 6), limit) + 1
    if column.kind not in _WORDS:
        return Need(width, width, width)
    header_need = _header_width(header) + 3
    longest_word = max((_longest_word(cell) for cell in cells), default=0)
    whole_words = max(header_need, min(longest_word + 1, LONGEST_WHOLE_WORD), WRAP_WIDTH) + 1
    floor = max(header_need, WRAP_WIDTH) + 1
    return Need(width, min(whole_words, width), min(floor, width))


def _longest_word(cell: XCell | None) -> int:
    if cell is None or not isinstance(cell[0], str):
        return 0
    return max((len(word) for word in cell[0].split()), default=0)


def _header_width(header: str) -> int:
    """What a header needs: the whole of a short one, else its longest word (a word split
    across lines, "Leistungsausweitu-ng", would be hard to read). A hyphen ends a word as a
    space does: Excel and LibreOffice wrap after it, as textwrap does."""
    longest_word = max((len(word) for word in _HEADER_WORD_END.split(header)), default=0)
    return max(longest_word, min(len(header), HEADER_WRAP))


_HEADER_WORD_END = re.compile(r"\s+|(?<=-)")


def _width(cell: XCell | None, kind: Kind) -> int:
    """Characters the cell needs to be read without cutting."""
    if cell is None:
        return 0
    value = cell[0]
    if isinstance(value, str) and kind is not Kind.boolean:  # words in a number column too
        return max((len(part) for part in value.split("\n", 5)[:5]), default=0)
    if kind in _FIXED_WIDTHS:
        return _FIXED_WIDTHS[kind]
    if isinstance(value, float):
        return len(f"{value:,.2f}") + (2 if kind is Kind.money else 0)
    return len(str(value))


def _add_table(worksheet: Any, key: str, headers: Sequence[str], rows: int) -> None:
    """An Excel table gives filter buttons, banded rows and a name to refer to. An empty sheet
    keeps one blank data row: Excel refuses a table that has only its header."""
    ref = f"A1:{get_column_letter(len(headers))}{max(rows + 1, 2)}"
    table = Table(displayName=f"tbl_{key}", ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    # Write-only sheets cannot be read back, so openpyxl cannot name the columns from the header
    # cells; named here, and added with tables.add, which skips add_table's warning about it.
    table.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(headers, 1)]
    table.autoFilter = AutoFilter(ref=ref)
    worksheet.tables.add(table)
