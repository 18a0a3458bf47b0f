"""Cell values as calamine or the csv module give them, read as text, numbers, dates, yes/no.

Parsers raise ValueError; the preview turns that into a row error for the field."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, tzinfo

from workbook.spreadsheets.export.xlsx_safe import CHECK_MARK

# Spaces people group digits with (no-break, narrow no-break) and the Swiss apostrophe.
_GROUPING = re.compile(r"[\s\u00a0\u202f']")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")
_DAY_FIRST = re.compile(
    r"(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?"
)
_YES = frozenset({CHECK_MARK, "✔", "x", "yes", "y", "true", "1", "ja", "j", "wahr"})
_NO = frozenset({"no", "n", "false", "0", "nein", "falsch", "-"})


def is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def as_text(value: object) -> str:
    """Text exactly as stored for strings ("=…" stays); numbers without a spurious ".0"."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    return str(value)


def parse_number(value: object) -> float:
    """Numbers, or text like "1.234,5", "1,234.5", "1 234" or "21"."""
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int | float):
        return float(value)
    if not isinstance(value, str):
        raise ValueError(value)
    text = _GROUPING.sub("", value)
    mark = _decimal_mark(text)
    grouping = {",", "."} - {mark} if mark else {",", "."}
    for separator in grouping:
        text = text.replace(separator, "")
    text = text.replace(",", ".") if mark == "," else text
    if not _PLAIN_NUMBER.fullmatch(text):
        raise ValueError(value)
    return float(text)


def _decimal_mark(text: str) -> str | None:
    """The decimal separator, or None when "," or "." only group thousands ("1.234")."""
    if "," in text and "." in text:
        return max((",", "."), key=text.rfind)
    for mark in (",", "."):
        if mark in text:
            grouped = re.fullmatch(rf"[+-]?\d{{1,3}}(\{mark}\d{{3}})+", text)
            return None if grouped else mark
    return None


def parse_int(value: object) -> int:
    number = parse_number(value)
    if not number.is_integer():
        raise ValueError(value)
    return int(number)


def parse_moment(value: object) -> datetime:
    """Real date cells, ISO text, or day-first "25.11.2026 14:30" / "25/11/2026"."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    if not isinstance(value, str):
        raise ValueError(value)
    text = value.strip()
    match = _DAY_FIRST.fullmatch(text)
    if match is None:
        return datetime.fromisoformat(text)  # raises ValueError itself
    day, month, year, hour, minute, second = (int(g) if g else 0 for g in match.groups())
    return datetime(year + 2000 if year < 100 else year, month, day, hour, minute, second)


def parse_date(value: object) -> date:
    return parse_moment(value).date()


def to_utc(moment: datetime, zone: tzinfo | None) -> datetime:
    """A sheet's wall-clock time (the export writes local time, see xlsx_safe.local_naive) as
    aware UTC; zone None: this computer's zone."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone) if zone is not None else moment.astimezone()
    return moment.astimezone(UTC)


def parse_flag(value: object) -> bool:
    """The export's check mark, booleans, 0/1 and yes/no words in English and German."""
    if value is None or isinstance(value, bool):
        return bool(value)
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    word = as_text(value).strip().casefold()
    if word in _YES or word in _NO or not word:
        return word in _YES
    raise ValueError(value)
