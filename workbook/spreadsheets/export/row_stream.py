"""A write-only worksheet's rows written as XML text, streamed from an iterable of rows.

openpyxl's write-only sheets make a Cell object per value, bind its type, and serialise it as
an ElementTree element: that alone takes about as long as everything else an export does. A
cell of ours is a small tuple (value, style id, type) formatted straight into the sheet's
XML, a row at a time, so nothing but the current row is held.

openpyxl still writes everything else (column widths, panes, conditional formats, tables, the
package). The hook, on openpyxl 3.1 (pinned): the worksheet's `_writer` is set before anything
is written; close() then calls its write_rows() (as for a sheet that had nothing appended),
which writes the sheet's top, then the rows, then lets `finish` add what refers to the number
of rows (table, formats) before close() writes the tail. The rows go into the same text file
et_xmlfile writes the elements into, between the <sheetData> tags it wrote. That needs the
standard-library XML writer; lxml is not a dependency (openpyxl would use it if installed)."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Sequence
from datetime import date
from typing import Any

from et_xmlfile import xmlfile  # type: ignore[import-untyped]
from openpyxl import LXML  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.utils.datetime import to_excel  # type: ignore[import-untyped]
from openpyxl.worksheet._writer import WorksheetWriter  # type: ignore[import-untyped]
from openpyxl.xml.constants import SHEET_MAIN_NS  # type: ignore[import-untyped]

if LXML:  # pragma: no cover - a dependency the project does not install
    raise ImportError("the export needs openpyxl without lxml (set OPENPYXL_LXML=False)")

# (value, style id, type): text ("s", cleaned already), a number ("n") or a truth value ("b").
XCell = tuple[Any, int, str]
Row = Sequence[XCell | None]
_TEXT, _NUMBER, _BOOLEAN = "s", "n", "b"


def text(value: str, style: int) -> XCell:
    return (value, style, _TEXT)


def number(value: int | float | date, style: int) -> XCell:
    """Dates and datetimes (naive, wall-clock) become Excel's serial day numbers."""
    if isinstance(value, date):
        return (to_excel(value), style, _NUMBER)
    return (value, style, _NUMBER)


def truth(value: bool, style: int) -> XCell:
    return (value, style, _BOOLEAN)


def write_rows(
    worksheet: Any,
    rows: Iterable[Row],
    finish: Callable[[int], None] | None = None,
    height: Callable[[Row], float | None] | None = None,
) -> int:
    """Write `rows` into the empty write-only `worksheet` and close it; `finish(rows written)`
    runs after the rows and before the sheet's tail. Returns the number of rows written.

    A row's height: its row_dimensions entry if it has one, else `height(row)` in points if
    that gives one (no object per row: a million of them would not fit in memory)."""
    writer = _RowWriter(worksheet, rows, finish, height)
    worksheet._writer = writer
    worksheet.close()
    return writer.written


class _RowWriter(WorksheetWriter):
    def __init__(
        self,
        worksheet: Any,
        rows: Iterable[Row],
        finish: Callable[[int], None] | None,
        height: Callable[[Row], float | None] | None,
    ) -> None:
        self._rows = rows
        self._finish = finish
        self._height = height
        self._write: Callable[[str], int] | None = None
        self.written = 0
        super().__init__(worksheet)  # opens the stream (get_stream) on a temporary file

    def get_stream(self) -> Generator[Any, Any, None]:
        """openpyxl's stream of elements, on a text file this writer can write rows into."""
        with open(self.out, "w", encoding="utf-8", errors="xmlcharrefreplace") as file:
            self._write = file.write
            with (
                xmlfile(file, encoding="unicode") as xf,
                xf.element("worksheet", xmlns=SHEET_MAIN_NS),
            ):
                try:
                    while True:
                        element = yield
                        if element is True:
                            yield xf
                        elif element is not None:
                            xf.write(element)
                except GeneratorExit:
                    pass

    def write_rows(self) -> None:
        self.write_top()  # not written yet: the worksheet found its writer already set
        xf = self.xf.send(True)
        with xf.element("sheetData"):
            self.written = self._write_all()
        self.xf.send(None)
        if self._finish is not None:
            self._finish(self.written)

    def _write_all(self) -> int:
        assert self._write is not None
        write, heights = self._write, self.ws.row_dimensions
        letters: list[str] = []
        written = 0
        for row in self._rows:
            written += 1
            while len(letters) < len(row):
                letters.append(get_column_letter(len(letters) + 1))
            mark = str(written)
            own = _attributes(heights[written]) if written in heights else self._own_height(row)
            cells = "".join([
                _cell(letter + mark, cell)
                for letter, cell in zip(letters, row, strict=False)  # letters may be more
                if cell is not None
            ])  # fmt: skip
            write(f'<row r="{mark}"{own}>{cells}</row>')
        return written

    def _own_height(self, row: Row) -> str:
        points = None if self._height is None else self._height(row)
        return "" if points is None else f' ht="{points:g}" customHeight="1"'


def _cell(reference: str, cell: XCell) -> str:
    value, style, kind = cell
    if value == "":  # a styled blank (a coloured heading's other cells)
        return f'<c r="{reference}" s="{style}"/>'
    if kind == _TEXT:
        escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        # Leading or trailing spaces survive a reader only when marked.
        space = ' xml:space="preserve"' if value != value.strip() else ""
        return f'<c r="{reference}" s="{style}" t="inlineStr"><is><t{space}>{escaped}</t></is></c>'
    if kind == _BOOLEAN:
        return f'<c r="{reference}" s="{style}" t="b"><v>{int(value)}</v></c>'
    return f'<c r="{reference}" s="{style}" t="n"><v>{value!r}</v></c>'


def _attributes(dimension: Any) -> str:
    """A row's own height, as openpyxl would write it."""
    return "".join(f' {key}="{value}"' for key, value in dict(dimension).items())
