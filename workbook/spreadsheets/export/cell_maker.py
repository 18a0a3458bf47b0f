"""From a column's Kind and a line's value to a finished worksheet cell (row_stream's XCell):
translated labels, real dates, numbers with currency, hours and percent formats, wrapped long
text.

Styles are registered with the workbook once per sheet; a cell carries the style's id."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from decimal import Decimal
from enum import StrEnum
from typing import Any

from openpyxl.cell.cell import Cell  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]
from openpyxl.styles.fonts import DEFAULT_FONT  # type: ignore[import-untyped]

from workbook.presentation.columns import Kind
from workbook.presentation.labels import CONTEXT as LABELS
from workbook.presentation.labels import label
from workbook.spreadsheets.export.row_stream import XCell, number, text, truth
from workbook.spreadsheets.export.xlsx_safe import CHECK_MARK, local_naive, safe_scalar

Translate = Callable[[str, str], str]

# Built-in formats 14 and 22 show in the reader's own short date (25.11.2026 in German Excel,
# 11/25/2026 in US Excel); a spelled-out pattern would force one country's order on everyone.
DATE_FORMAT = "mm-dd-yy"
DATETIME_FORMAT = "m/d/yy h:mm"
HOURS_FORMAT = "#,##0.00"
PERCENT_FORMAT = "0%"
_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}


def money_format(currency: str) -> str:
    symbol = _SYMBOLS.get(currency.upper(), currency.upper()).replace('"', "")
    return f'#,##0.00 "{symbol}"'


def style_id(worksheet: Any, *, number_format: str = "General", **styles: Any) -> int:
    """The workbook's id for these styles, read from a prototype cell. A font without a face
    or size gets the workbook's default ones: left open, LibreOffice prints it in a serif of
    its own beside the Calibri of the other cells."""
    prototype = Cell(worksheet, row=1, column=1)
    prototype.number_format = number_format
    font = styles.get("font")
    if font is not None and (font.name is None or font.sz is None):
        named = copy.copy(font)
        named.name = font.name or DEFAULT_FONT.name
        named.sz = font.sz or DEFAULT_FONT.sz
        styles["font"] = named
    for name, value in styles.items():
        setattr(prototype, name, value)
    return int(prototype.style_id)


def scalar_cell(value: Any, style: int) -> XCell | None:
    """A safe scalar (xlsx_safe.safe_scalar) as a cell: text stays text, whatever it looks like."""
    if value is None:
        return None
    if isinstance(value, str):
        return text(value, style)
    if isinstance(value, bool):
        return truth(value, style)
    return number(value, style)


class CellMaker:
    """Cells for one worksheet; `translate` words choice labels in the export's language."""

    def __init__(self, worksheet: Any, translate: Translate, zone: tzinfo | None = None) -> None:
        self._ws = worksheet
        self._translate = translate
        self._zone = zone
        top = Alignment(vertical="top")
        self._plain = style_id(worksheet, alignment=top)
        self._wrapped = style_id(worksheet, alignment=Alignment(vertical="top", wrap_text=True))
        self._centered = style_id(
            worksheet, alignment=Alignment(horizontal="center", vertical="top")
        )
        self._header = style_id(
            worksheet,
            font=Font(bold=True),
            # long headers wrap onto a second line (the header row is made taller for them)
            alignment=Alignment(vertical="center", wrap_text=True),
        )
        self._formats: dict[str, int] = {}
        # keyed by type and value: WishStatus.open == ChangeStatus.open as plain strings
        self._labels: dict[tuple[type, str], str] = {}

    def header(self, value: str) -> XCell:
        return text(safe_scalar(value), self._header)

    def cell(self, value: Any, kind: Kind, currency: str = "EUR") -> XCell | None:
        if value is None or value == "":
            return None
        if kind is Kind.choice or isinstance(value, StrEnum):  # words standing in for a number
            return text(self.label(value), self._plain)
        if kind is Kind.choices:
            words = ", ".join(self.label(v) for v in value)
            return text(words, self._plain) if words else None
        if kind is Kind.boolean:
            return text(CHECK_MARK, self._centered) if value else None
        if kind is Kind.long_text:
            return text(safe_scalar(str(value)), self._wrapped)
        return self._typed(value, kind, currency)

    def _typed(self, value: Any, kind: Kind, currency: str) -> XCell | None:
        if kind is Kind.money and isinstance(value, Decimal | int | float):
            return number(float(value), self._format(money_format(currency)))
        if kind is Kind.hours and isinstance(value, Decimal | int | float):
            return number(float(value), self._format(HOURS_FORMAT))
        if kind is Kind.percent and isinstance(value, int | float | Decimal):
            return number(float(value) / 100, self._format(PERCENT_FORMAT))
        if isinstance(value, datetime):
            return number(local_naive(value, self._zone), self._format(DATETIME_FORMAT))
        if isinstance(value, date):
            return number(value, self._format(DATE_FORMAT))
        return scalar_cell(safe_scalar(value, self._zone), self._plain)

    def label(self, value: Any) -> str:
        if not isinstance(value, StrEnum):
            return safe_scalar(str(value))
        key = (type(value), value.value)
        if key not in self._labels:
            try:
                words = self._translate(LABELS, label(value))
            except KeyError:  # a value without a label (newer database): show it as stored
                words = value.value
            self._labels[key] = safe_scalar(words)
        return self._labels[key]

    def _format(self, number_format: str) -> int:
        if number_format not in self._formats:
            self._formats[number_format] = style_id(
                self._ws, number_format=number_format, alignment=Alignment(vertical="top")
            )
        return self._formats[number_format]
