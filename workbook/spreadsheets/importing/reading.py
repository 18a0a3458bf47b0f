"""Read a spreadsheet or CSV file into a plain table, or refuse it with a reason.

Office files (.xlsx, .xlsm, .xls, .ods) are read by python-calamine, after the zip-based ones
passed the bomb guard (safety.py); anything else must be CSV text (csv_text.py). The kind of
file is told from its first bytes, not its name: a PNG renamed .xlsx is refused, an .xlsx
renamed .csv is read. The file is only ever opened for reading."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from python_calamine import CalamineError, CalamineWorkbook, WorksheetNotFound

from workbook.spreadsheets.importing import csv_text
from workbook.spreadsheets.importing.problems import ImportProblem, ImportRefused
from workbook.spreadsheets.importing.safety import MAX_UNCOMPRESSED, check_zip
from workbook.spreadsheets.importing.values import as_text, is_empty

MAX_ROWS = 200_000
OFFICE_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"})
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the legacy .xls container


class _Format(Enum):
    zip = "zip"
    ole = "ole"
    csv = "csv"


@dataclass(frozen=True)
class RawTable:
    headers: tuple[str, ...]
    # cells as read: str, float, int, bool, date, datetime (time, timedelta); None when empty
    rows: tuple[tuple[object, ...], ...]
    # for each row, its 1-based line (row number) in the file, for messages; empty rows are
    # left out, so lines may skip
    lines: tuple[int, ...] = ()
    sheet: str = ""


def read_sheets(path: Path) -> list[str]:
    """Sheet names in workbook order; a CSV file is one sheet named after the file."""
    path = Path(path)
    if _format(path) is _Format.csv:
        csv_text.decode(path.read_bytes())  # refuses a wrong encoding before the dialog goes on
        return [path.stem]
    workbook = _open_workbook(path)
    try:
        return list(workbook.sheet_names)
    finally:
        workbook.close()


def read_table(path: Path, sheet: str | None = None, *, max_rows: int = MAX_ROWS) -> RawTable:
    """The first non-empty row is the header row; `sheet` None is the first sheet."""
    path = Path(path)
    if _format(path) is _Format.csv:
        if sheet not in (None, path.stem):
            raise ImportRefused(ImportProblem.unknown_sheet, sheet or "")
        text = csv_text.decode(path.read_bytes())
        return build_table(csv_text.records(text), path.stem, max_rows)
    workbook = _open_workbook(path)
    try:
        return _sheet_table(workbook, sheet, max_rows)
    except CalamineError as error:
        raise ImportRefused(ImportProblem.not_spreadsheet, str(error)) from error
    finally:
        workbook.close()


def _format(path: Path) -> _Format:
    size = path.stat().st_size
    with path.open("rb") as file:
        head = file.read(len(_OLE))
    if head.startswith(_ZIP):
        return _Format.zip
    if head.startswith(_OLE):
        return _Format.ole
    if path.suffix.lower() in OFFICE_SUFFIXES:
        raise ImportRefused(ImportProblem.not_spreadsheet, f"{path.name} is no office file")
    if size > MAX_UNCOMPRESSED:
        raise ImportRefused(ImportProblem.too_large, f"{size} bytes")
    return _Format.csv


def _open_workbook(path: Path) -> CalamineWorkbook:
    if _format(path) is _Format.zip:
        check_zip(path)
    try:
        return CalamineWorkbook.from_path(path)
    except (CalamineError, ValueError) as error:
        raise ImportRefused(ImportProblem.not_spreadsheet, str(error)) from error


def _sheet_table(workbook: CalamineWorkbook, name: str | None, max_rows: int) -> RawTable:
    if not workbook.sheet_names:
        raise ImportRefused(ImportProblem.empty, "no sheets")
    name = workbook.sheet_names[0] if name is None else name
    try:
        sheet = workbook.get_sheet_by_name(name)
    except WorksheetNotFound as error:
        raise ImportRefused(ImportProblem.unknown_sheet, name) from error
    if sheet.start is None:
        raise ImportRefused(ImportProblem.empty, name)
    if sheet.height > max_rows + 1:  # checked before the cells are turned into Python objects
        raise ImportRefused(ImportProblem.too_large, f"{sheet.height} rows in {name}")
    # skip_empty_area=False keeps row numbers as in the file, for messages
    cells = sheet.to_python(skip_empty_area=False, nrows=sheet.start[0] + sheet.height)
    return build_table(enumerate(cells, 1), name, max_rows)


def build_table(
    records: Iterable[tuple[int, Sequence[object]]], sheet: str, max_rows: int
) -> RawTable:
    """Header from the first non-empty record; empty records dropped; "" read as None."""
    headers: list[str] | None = None
    rows: list[tuple[object, ...]] = []
    lines: list[int] = []
    for line, record in records:
        if all(is_empty(value) for value in record):
            continue
        if headers is None:
            headers = [as_text(value).strip() for value in record]
            continue
        if len(rows) == max_rows:
            raise ImportRefused(ImportProblem.too_large, f"more than {max_rows} rows")
        rows.append(tuple(None if value == "" else value for value in record))
        lines.append(line)
    if headers is None:
        raise ImportRefused(ImportProblem.empty, sheet)
    width = max((len(headers), *(len(row) for row in rows)))
    padded = tuple(row + (None,) * (width - len(row)) for row in rows)
    return RawTable(tuple(headers + [""] * (width - len(headers))), padded, tuple(lines), sheet)
