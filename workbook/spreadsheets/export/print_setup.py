"""How every exported sheet prints: landscape (the cover portrait), one page wide and as many
down as it takes, narrow margins (the sheets' columns are narrowed to PRINT_WIDTH for it), the
header row repeated on each page, the practice's name in the header, and "page x of y" and the
export date in the footer.

Excel and LibreOffice read the header and footer codes: &P is the page, &N the page count,
&& a literal ampersand."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Any

from openpyxl.worksheet.page import PageMargins  # type: ignore[import-untyped]
from openpyxl.worksheet.properties import PageSetupProperties  # type: ignore[import-untyped]

from workbook.domain.i18n import QT_TRANSLATE_NOOP
from workbook.spreadsheets.export.cell_maker import Translate

CONTEXT = "Export"
PAGE_OF = QT_TRANSLATE_NOOP("Export", "Page %1 of %2")
EXPORTED_ON = QT_TRANSLATE_NOOP("Export", "Exported on %1")
A4 = 9  # openpyxl's paper size code
A4_LONG_SIDE_INCHES = 297 / 25.4
MARGIN_INCHES = 0.25  # left and right: the narrow margins office printers manage
TOP_INCHES = 0.5  # and bottom: room for the header (footer) line above (below) the data
HEADER_INCHES = 0.15
# The print must stay readable: the cells' Calibri 11 printed at 8 pt or more.
FONT_POINTS = 11
SMALLEST_PRINT_POINTS = 8
# One character of column width at 100 % as LibreOffice lays it out, measured from its PDFs of
# the demo's sheets (5.5 to 5.7 points; a little more to keep on the safe side).
CHARACTER_POINTS = 5.75


def _print_width() -> int:
    """The characters of column width that print one A4 landscape page wide at
    SMALLEST_PRINT_POINTS or more. LibreOffice scales in whole percent, rounded down."""
    scale = math.ceil(100 * SMALLEST_PRINT_POINTS / FONT_POINTS) / 100
    printable = (A4_LONG_SIDE_INCHES - 2 * MARGIN_INCHES) * 72
    return int(printable / scale / CHARACTER_POINTS)


PRINT_WIDTH = _print_width()


@dataclass(frozen=True)
class PrintFrame:
    """What each printed page carries besides the data."""

    sender: str  # the practice's name (and company); "" prints no header
    page_text: str  # "Page &P of &N" in the export's language
    date_text: str  # "Exported on 2 Dec 2026"


def print_frame(translate: Translate, sender: str, today: date, date_text: str) -> PrintFrame:
    """`date_text`: today as the export's language writes a date."""
    page = translate(CONTEXT, PAGE_OF).replace("%1", "&P").replace("%2", "&N")
    exported = translate(CONTEXT, EXPORTED_ON).replace("%1", date_text or today.isoformat())
    return PrintFrame(_code_safe(sender), page, _code_safe(exported))


def _code_safe(text: str) -> str:
    """Text as a header or footer shows it: "&" alone would start a code."""
    return " ".join(text.split()).replace("&", "&&")


def set_up_printing(worksheet: Any, frame: PrintFrame | None, *, portrait: bool = False) -> None:
    setup = worksheet.page_setup
    setup.orientation = "portrait" if portrait else "landscape"
    setup.paperSize = A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages down as it takes
    worksheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    worksheet.page_margins = PageMargins(
        left=MARGIN_INCHES, right=MARGIN_INCHES, top=TOP_INCHES, bottom=TOP_INCHES,
        header=HEADER_INCHES, footer=HEADER_INCHES,
    )  # fmt: skip
    if not portrait:
        worksheet.print_title_rows = "1:1"
    if frame is None:
        return
    if frame.sender:
        worksheet.oddHeader.left.text = frame.sender
    worksheet.oddFooter.left.text = frame.date_text
    worksheet.oddFooter.right.text = frame.page_text
