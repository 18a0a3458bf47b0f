"""Values written to a worksheet stay data: text stays text, dates stay dates, nothing breaks
the file. Checked in memory and by reading a written file back with openpyxl and calamine."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from python_calamine import CalamineWorkbook

from workbook.presentation.columns import Kind
from workbook.spreadsheets.export.book import SHEET_NAME_MAX, sheet_titles
from workbook.spreadsheets.export.cell_maker import CellMaker
from workbook.spreadsheets.export.row_stream import write_rows
from workbook.spreadsheets.export.sheet_writer import unique
from workbook.spreadsheets.export.xlsx_safe import (
    MAX_CELL_TEXT,
    TRUNCATION_MARKER,
    clean_text,
    local_naive,
    misread_as_code,
    safe_scalar,
)

BERLIN_WINTER = timezone(timedelta(hours=1))
TRICKY = ["=SUM(A1)", "+49 tel", "-1", "@foo", "#N/A", "=", "'quoted", "0042", "1e5", "TRUE"]


def test_control_characters_are_removed_but_line_breaks_and_tabs_kept() -> None:
    assert clean_text("ring\x07 the\x00 bell\x1f") == "ring the bell"
    assert clean_text("line 1\r\nline 2\tend\rnext") == "line 1\nline 2\tend\nnext"
    assert not ILLEGAL_CHARACTERS_RE.search(clean_text("".join(map(chr, range(32)))))


def test_characters_xml_cannot_hold_at_all_are_removed() -> None:
    assert clean_text("a\ud800b\ufffec\uffffd") == "abcd"


def test_long_text_is_cut_with_a_visible_marker() -> None:
    cut = clean_text("x" * 40_000)
    assert len(cut) == MAX_CELL_TEXT
    assert cut.endswith(TRUNCATION_MARKER)
    exact = "y" * MAX_CELL_TEXT
    assert clean_text(exact) == exact


def _utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.mark.parametrize(
    "text",
    ["😀" * 100_000, "a" + "😀" * 20_000, "x" * 20_000 + "𝄞" * 20_000, "😀" * 16_384],
    ids=["emoji", "odd-start", "mixed", "just-over"],
)
def test_long_text_is_cut_by_excels_measure_utf16_units(text: str) -> None:
    """Excel counts a cell's 32,767 in UTF-16 code units: an emoji is two."""
    cut = clean_text(text)
    assert _utf16_units(cut) <= MAX_CELL_TEXT
    assert _utf16_units(cut) >= MAX_CELL_TEXT - 1  # at most half an emoji short
    assert cut.endswith(TRUNCATION_MARKER)
    assert text.startswith(cut[: -len(TRUNCATION_MARKER)])  # no character split


def test_text_within_excels_measure_is_kept() -> None:
    text = "😀" * (MAX_CELL_TEXT // 2) + "a"  # 32,767 units exactly
    assert clean_text(text) == text


def test_what_openpyxl_would_misread() -> None:
    assert misread_as_code("=SUM(A1)")
    assert misread_as_code("#N/A")
    assert not misread_as_code("=")
    assert not misread_as_code("+49 tel")


def test_aware_datetimes_become_local_wall_clock_time() -> None:
    moment = datetime(2026, 11, 25, 8, 30, tzinfo=UTC)
    assert local_naive(moment, BERLIN_WINTER) == datetime(2026, 11, 25, 9, 30)
    other = datetime(2026, 11, 25, 3, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert local_naive(other, BERLIN_WINTER) == datetime(2026, 11, 25, 9, 30)


def test_naive_datetimes_are_the_databases_utc() -> None:
    assert local_naive(datetime(2026, 11, 25, 8, 30), BERLIN_WINTER) == datetime(
        2026, 11, 25, 9, 30
    )
    assert local_naive(datetime(2026, 11, 25, 8, 30)).tzinfo is None


def test_scalars() -> None:
    assert safe_scalar(Decimal("12.50")) == 12.5
    assert isinstance(safe_scalar(Decimal("12.50")), float)
    assert type(safe_scalar(date(2026, 1, 2))) is date
    assert safe_scalar(datetime(2026, 1, 2, 12, 0), BERLIN_WINTER) == datetime(2026, 1, 2, 13, 0)
    assert safe_scalar(None) is None
    assert safe_scalar(7) == 7


@pytest.mark.parametrize("text", TRICKY)
def test_text_is_an_explicit_text_cell(text: str) -> None:
    maker = CellMaker(openpyxl.Workbook(write_only=True).create_sheet(), lambda c, t: t)
    value, _style, kind = maker.cell(text, Kind.text) or ()
    assert (value, kind) == (text, "s")


def _write(path: Path, rows: list[list[Any]], kinds: list[Kind]) -> None:
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Data")
    maker = CellMaker(sheet, lambda context, text: text, BERLIN_WINTER)
    lines = ([maker.cell(value, kind) for value, kind in zip(row, kinds, strict=True)]
             for row in rows)  # fmt: skip
    assert write_rows(sheet, lines) == len(rows)
    workbook.save(path)


def test_written_and_read_back_by_openpyxl_and_calamine(tmp_path: Path) -> None:
    path = tmp_path / "safe.xlsx"
    kinds = [Kind.text, Kind.long_text, Kind.date, Kind.datetime, Kind.money, Kind.percent]
    rows = [
        [text, f"bell\x07{text}", date(2026, 11, 25), datetime(2026, 11, 25, 8, 0, tzinfo=UTC),
         Decimal("1234.5"), 85]
        for text in TRICKY
    ] + [["z" * 40_000, "ok", None, datetime(2026, 7, 1, 8, 0), None, None]]  # fmt: skip
    _write(path, rows, kinds)

    sheet = openpyxl.load_workbook(path)["Data"]
    for index, text in enumerate(TRICKY, 1):
        cells = sheet[index]
        assert (cells[0].value, cells[0].data_type) == (text, "s")
        assert cells[1].value == f"bell{text}"
        assert cells[2].is_date
        assert cells[2].value == datetime(2026, 11, 25)
        assert cells[3].value == datetime(2026, 11, 25, 9, 0)
        assert cells[4].value == 1234.5
        assert "€" in cells[4].number_format
        assert cells[5].value == 0.85
        assert cells[5].number_format == "0%"
    long_cell = sheet.cell(len(rows), 1).value
    assert len(long_cell) == MAX_CELL_TEXT
    assert long_cell.endswith(TRUNCATION_MARKER)
    assert sheet.cell(len(rows), 4).value == datetime(2026, 7, 1, 9, 0)  # naive = UTC

    values = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Data").to_python()
    assert [row[0] for row in values[: len(TRICKY)]] == TRICKY
    assert values[0][2] == date(2026, 11, 25)
    assert values[0][3] == datetime(2026, 11, 25, 9, 0)
    assert values[0][4] == 1234.5
    assert values[-1][0].endswith(TRUNCATION_MARKER)


def test_sheet_names_are_valid_and_distinct() -> None:
    titles = sheet_titles(["Kunden/Aufträge", "x" * 40, "Journal", "journal", "'Zitat'", "[]:*?"])
    assert titles[0] == "Kunden Aufträge"
    assert titles[1] == "x" * SHEET_NAME_MAX
    assert titles[2:4] == ["Journal", "journal (2)"]
    assert titles[4] == "Zitat"
    assert titles[5] == "Sheet6"


def test_table_headers_are_distinct_ignoring_case() -> None:
    assert unique(["Status", "status", "Status", ""]) == ["Status", "status (2)", "Status (3)", "-"]


def test_markup_spaces_and_line_breaks_in_text_come_back_as_typed(tmp_path: Path) -> None:
    path = tmp_path / "text.xlsx"
    texts = ["a & b <c> d>e", "  leading and trailing  ", "two\nlines", "x]]>y", "   "]
    _write(path, [[text] for text in texts], [Kind.long_text])
    sheet = openpyxl.load_workbook(path)["Data"]
    assert [sheet.cell(row, 1).value for row in range(1, len(texts) + 1)] == texts
    values = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Data").to_python()
    assert [row[0] for row in values] == texts
