"""From a column's Kind and a line's value to a finished worksheet cell: translated labels,
real dates, numbers with currency, hours and percent formats, wrapped long text.

Styles are built once per sheet and copied into each cell: setting font, alignment and number
format per cell would look each of them up in the workbook's style tables every time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, tzinfo
from decimal import Decimal
from enum import StrEnum
from typing import Any

from openpyxl.cell.cell import Cell  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]
from openpyxl.styles.cell_style import StyleArray  # type: ignore[import-untyped]

from workbook.presentation.columns import Kind
from workbook.presentation.labels import CONTEXT as LABELS
from workbook.presentation.labels import label
from workbook.spreadsheets.export.xlsx_safe import (
    CHECK_MARK,
    local_naive,
    safe_scalar,
    string_cell,
    value_cell,
)

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


def style_array(worksheet: Any, *, number_format: str = "General", **styles: Any) -> StyleArray:
    """The style ids of a prototype cell. openpyxl has no public way to reuse a finished style,
    so this reads the prototype's `_style` (stable since openpyxl 2.x; the version is pinned)."""
    prototype = Cell(worksheet, row=1, column=1)
    prototype.number_format = number_format
    for name, value in styles.items():
        setattr(prototype, name, value)
    return StyleArray(prototype._style)


class CellMaker:
    """Cells for one worksheet; `translate` words choice labels in the export's language."""

    def __init__(self, worksheet: Any, translate: Translate, zone: tzinfo | None = None) -> None:
        self._ws = worksheet
        self._translate = translate
        self._zone = zone
        top = Alignment(vertical="top")
        self._plain = style_array(worksheet, alignment=top)
        self._wrapped = style_array(worksheet, alignment=Alignment(vertical="top", wrap_text=True))
        self._centered = style_array(
            worksheet, alignment=Alignment(horizontal="center", vertical="top")
        )
        self._header = style_array(
            worksheet,
            font=Font(bold=True),
            # long headers wrap onto a second line (the header row is made taller for them)
            alignment=Alignment(vertical="center", wrap_text=True),
        )
        self._formats: dict[str, StyleArray] = {}
        # keyed by type and value: WishStatus.open == ChangeStatus.open as plain strings
        self._labels: dict[tuple[type, str], str] = {}

    def header(self, text: str) -> Cell:
        return string_cell(self._ws, safe_scalar(text), self._header)

    def cell(self, value: Any, kind: Kind, currency: str = "EUR") -> Cell | None:
        if value is None or value == "":
            return None
        if kind is Kind.choice or isinstance(value, StrEnum):  # words standing in for a number
            return string_cell(self._ws, self.label(value), self._plain)
        if kind is Kind.choices:
            text = ", ".join(self.label(v) for v in value)
            return string_cell(self._ws, text, self._plain) if text else None
        if kind is Kind.boolean:
            return string_cell(self._ws, CHECK_MARK, self._centered) if value else None
        if kind is Kind.long_text:
            return string_cell(self._ws, safe_scalar(str(value)), self._wrapped)
        return self._typed(value, kind, currency)

    def _typed(self, value: Any, kind: Kind, currency: str) -> Cell:
        if kind is Kind.money and isinstance(value, Decimal | int | float):
            return value_cell(self._ws, float(value), self._format(money_format(currency)))
        if kind is Kind.hours and isinstance(value, Decimal | int | float):
            return value_cell(self._ws, float(value), self._format(HOURS_FORMAT))
        if kind is Kind.percent and isinstance(value, int | float | Decimal):
            return value_cell(self._ws, float(value) / 100, self._format(PERCENT_FORMAT))
        if isinstance(value, datetime):
            moment = local_naive(value, self._zone)
            return value_cell(self._ws, moment, self._format(DATETIME_FORMAT))
        if isinstance(value, date):
            return value_cell(self._ws, value, self._format(DATE_FORMAT))
        return value_cell(self._ws, safe_scalar(value, self._zone), self._plain)

    def label(self, value: Any) -> str:
        if not isinstance(value, StrEnum):
            return safe_scalar(str(value))
        key = (type(value), value.value)
        if key not in self._labels:
            try:
                text = self._translate(LABELS, label(value))
            except KeyError:  # a value without a label (newer database): show it as stored
                text = value.value
            self._labels[key] = safe_scalar(text)
        return self._labels[key]

    def _format(self, number_format: str) -> StyleArray:
        if number_format not in self._formats:
            self._formats[number_format] = style_array(
                self._ws, number_format=number_format, alignment=Alignment(vertical="top")
            )
        return self._formats[number_format]
