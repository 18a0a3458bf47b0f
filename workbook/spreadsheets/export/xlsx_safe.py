"""Values made safe for a worksheet (DESIGN.md §3 habit 12): data, never formulas.

- text is always an explicit string cell: "=SUM(A1)", "+49 …", "-1", "@foo" or "#N/A" stay the
  characters the user typed (openpyxl would turn "=…" into a formula and "#N/A" into an error);
- characters XML 1.0 cannot carry are removed (openpyxl refuses them, Excel reports the file
  as damaged), and line ends become "\n";
- text beyond Excel's 32,767 characters per cell (counted as Excel does, in UTF-16 code units:
  an emoji is two) is cut with a visible marker, never silently;
- datetimes become local wall-clock time without a zone (Excel has no time zones): aware values
  are converted, naive ones are the database's naive UTC;
- Decimals become floats (money and hours carry two places, shown by the number format)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, tzinfo
from decimal import Decimal
from typing import Any

from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE  # type: ignore[import-untyped]

MAX_CELL_TEXT = 32_767  # Excel's limit per cell, in UTF-16 code units
TRUNCATION_MARKER = " … [truncated]"
CHECK_MARK = "✓"
# Besides openpyxl's control characters: lone surrogates and the non-characters U+FFFE/U+FFFF
# are not allowed in XML 1.0 either.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Drop characters XML cannot hold; cut over-long text, ending it with TRUNCATION_MARKER."""
    text = _NOT_XML.sub("", ILLEGAL_CHARACTERS_RE.sub("", text))
    # A lone CR would come back as LF from any XML parser; say what is meant up front.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > MAX_CELL_TEXT // 2 and utf16_units(text) > MAX_CELL_TEXT:
        room = MAX_CELL_TEXT - utf16_units(TRUNCATION_MARKER)
        # Cut the UTF-16 form at `room` units; "ignore" drops half an emoji at the cut.
        head = text[:room].encode("utf-16-le")[: 2 * room].decode("utf-16-le", "ignore")
        text = head + TRUNCATION_MARKER
    return text


def utf16_units(text: str) -> int:
    """The length Excel measures: UTF-16 code units (two for a character beyond U+FFFF)."""
    return len(text.encode("utf-16-le")) // 2


def misread_as_code(text: str) -> bool:
    """Would openpyxl store this text as a formula or an error value rather than as text?"""
    return (len(text) > 1 and text.startswith("=")) or text in ERROR_CODES


def local_naive(moment: datetime, zone: tzinfo | None = None) -> datetime:
    """Wall-clock time in `zone` (default: this computer's), without tzinfo, for Excel.

    Naive input is taken as UTC: that is how the database stores its timestamps."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(zone).replace(tzinfo=None)


def to_number(value: Decimal | int | float) -> float | int:
    """int stays int; Decimal → float (money and hours have two places, well within a double)."""
    return value if isinstance(value, int) else float(value)


def safe_scalar(value: Any, zone: tzinfo | None = None) -> Any:
    """Any value a report line holds, as a cell should store it (text as a text cell: see
    cell_maker.scalar_cell)."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):  # StrEnum too: callers translate labels before this
        return clean_text(str(value))
    if isinstance(value, datetime):  # before date: datetime is a date
        return local_naive(value, zone)
    if isinstance(value, date):
        return value
    if isinstance(value, Decimal):
        return to_number(value)
    return clean_text(str(value))
