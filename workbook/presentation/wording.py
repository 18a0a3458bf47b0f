"""Dates and numbers as a document in a given language writes them (no Qt: the command line
builds documents too). The same forms as the window: "8 Dec 2026", "08.12.2026"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_day(day: date | None, language: str) -> str:
    if day is None:
        return ""
    if language == "de":
        return f"{day:%d.%m.%Y}"
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def format_number(value: Decimal | int | float, language: str, places: int = 2) -> str:
    text = f"{float(value):,.{places}f}"
    if language == "de":  # 1,234.50 -> 1.234,50
        text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return text
