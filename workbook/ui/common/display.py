"""How a value of each column kind reads in a view, in the current UI language."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from workbook.presentation.columns import Kind
from workbook.presentation.labels import CONTEXT as LABELS
from workbook.presentation.labels import label
from workbook.ui.common.i18n import format_date


def display(value: Any, kind: Kind) -> str:
    if value is None:
        return ""
    if kind == Kind.date and isinstance(value, date):
        return format_date(value)
    if kind == Kind.datetime and isinstance(value, datetime):
        local = value.astimezone() if value.tzinfo else value
        return f"{format_date(local.date())} {local:%H:%M}"
    if kind == Kind.boolean:
        return "✓" if value else ""
    if kind == Kind.long_text:
        return " ".join(str(value).split())[:200]
    if isinstance(value, StrEnum):  # a choice, or words standing in for a number
        return QCoreApplication.translate(LABELS, label(value))
    if kind == Kind.choices:
        return ", ".join(QCoreApplication.translate(LABELS, label(v)) for v in value)
    if kind == Kind.percent:
        return f"{QLocale().toString(int(value))} %"
    if kind in (Kind.money, Kind.hours) and isinstance(value, Decimal | int | float):
        text = QLocale().toString(float(value), "f", 2 if kind == Kind.money else 1)
        return f"{text} h" if kind == Kind.hours else text
    return str(value)


def alignment(kind: Kind) -> Qt.AlignmentFlag:
    if kind in (Kind.integer, Kind.money, Kind.hours, Kind.percent):
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    if kind == Kind.boolean:
        return Qt.AlignmentFlag.AlignCenter
    return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
