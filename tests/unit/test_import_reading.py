"""Reading import files: xlsx and CSV in the encodings we accept, and every file we refuse."""

from __future__ import annotations

import codecs
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from workbook.spreadsheets.importing import safety
from workbook.spreadsheets.importing.problems import ImportProblem, ImportRefused
from workbook.spreadsheets.importing.reading import read_sheets, read_table

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
CSV_ROWS = 'Name;Notes\nMüller GmbH;"Zeile 1\nZeile 2; mit Semikolon"\n\nBäckerei Größl;=SUM(A1)\n'


def _xlsx(path: Path, rows: list[list[object]], title: str = "Kunden") -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    workbook.create_sheet("Second")
    workbook.save(path)
    return path


def _refused(path: Path, **kwargs: object) -> ImportRefused:
    with pytest.raises(ImportRefused) as refused:
        read_table(path, **kwargs)  # type: ignore[arg-type]
    return refused.value


def test_xlsx_cells_come_back_typed(tmp_path: Path) -> None:
    path = _xlsx(
        tmp_path / "clients.xlsx",
        [
            [],
            [None, "Name", "Since", "Interval", "Active", "Seen"],
            [None, "Müller GmbH", date(2026, 11, 25), 21, True, datetime(2026, 1, 2, 9, 30)],
            [],
            [None, "Größl", None, 1.5, False, None],
        ],
    )
    table = read_table(path)
    assert table.sheet == "Kunden"
    assert table.headers == ("", "Name", "Since", "Interval", "Active", "Seen")
    assert table.rows[0] == (
        None, "Müller GmbH", date(2026, 11, 25), 21.0, True, datetime(2026, 1, 2, 9, 30),
    )  # fmt: skip
    assert table.rows[1] == (None, "Größl", None, 1.5, False, None)
    assert table.lines == (3, 5)  # sheet row numbers; the empty row is left out


def test_sheets_by_name(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "book.xlsx", [["Name"], ["A"]])
    assert read_sheets(path) == ["Kunden", "Second"]
    assert _refused(path, sheet="Second").reason is ImportProblem.empty
    assert _refused(path, sheet="Nope").reason is ImportProblem.unknown_sheet


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Notes"])
    workbook.active.append(["=SUM(A1)"])
    workbook.active["A2"].data_type = "s"  # as the export writes it
    workbook.save(tmp_path / "f.xlsx")
    assert read_table(tmp_path / "f.xlsx").rows == (("=SUM(A1)",),)


@pytest.mark.parametrize(
    ("encoded", "delimiter"),
    [
        (CSV_ROWS.encode("utf-8"), ";"),
        (codecs.BOM_UTF8 + CSV_ROWS.encode("utf-8"), ";"),
        (CSV_ROWS.replace(";", ",").encode("utf-16"), ","),  # "utf-16" writes a BOM
        (codecs.BOM_UTF16_BE + CSV_ROWS.replace(";", "\t").encode("utf-16-be"), "\t"),
    ],
)
def test_csv_encodings_and_delimiters(tmp_path: Path, encoded: bytes, delimiter: str) -> None:
    path = tmp_path / "clients.csv"
    path.write_bytes(encoded)
    table = read_table(path)
    assert read_sheets(path) == ["clients"]
    assert table.headers == ("Name", "Notes")
    assert table.rows == (
        ("Müller GmbH", f"Zeile 1\nZeile 2{delimiter} mit Semikolon"),
        ("Bäckerei Größl", "=SUM(A1)"),
    )
    assert table.lines == (2, 5)  # a quoted field spans lines 2–3; line 4 is empty


def test_single_column_csv(tmp_path: Path) -> None:
    path = tmp_path / "names.csv"
    path.write_text("Name\nA\nB\n", encoding="utf-8")
    assert read_table(path).rows == (("A",), ("B",))


def test_xlsx_renamed_csv_is_read_as_xlsx(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "book.xlsx", [["Name"], ["A"]])
    renamed = path.rename(tmp_path / "book.csv")
    assert read_table(renamed).rows == (("A",),)


def test_cp1252_csv_is_refused_as_wrong_encoding(tmp_path: Path) -> None:
    path = tmp_path / "legacy.csv"
    path.write_bytes("Name;Ort\nMüller;Köln\n".encode("cp1252"))
    assert _refused(path).reason is ImportProblem.wrong_encoding
    with pytest.raises(ImportRefused):
        read_sheets(path)


@pytest.mark.parametrize("name", ["picture.xlsx", "picture.csv", "picture.ods"])
def test_png_is_not_a_spreadsheet(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(PNG)
    assert _refused(path).reason is ImportProblem.not_spreadsheet


def test_zip_that_is_no_workbook(tmp_path: Path) -> None:
    path = tmp_path / "notes.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert _refused(path).reason is ImportProblem.not_spreadsheet


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (20 * 1024 * 1024))
    refused = _refused(path)
    assert refused.reason is ImportProblem.too_large
    assert "sheet1.xml" in refused.detail


def test_total_uncompressed_size_is_limited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _xlsx(tmp_path / "book.xlsx", [["Name"], ["A"]])
    monkeypatch.setattr(safety, "MAX_UNCOMPRESSED", 1000)
    assert _refused(path).reason is ImportProblem.too_large


def test_doctype_and_entities_are_refused(tmp_path: Path) -> None:
    plain = _xlsx(tmp_path / "plain.xlsx", [["Name"], ["A"]])
    path = tmp_path / "laughs.xlsx"
    declaration = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]>'
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "xl/worksheets/sheet1.xml":
                data = declaration + data.split(b"?>", 1)[-1]
            target.writestr(member, data)
    refused = _refused(path)
    assert refused.reason is ImportProblem.too_large
    assert "DOCTYPE" in refused.detail


def test_empty_files_are_refused(tmp_path: Path) -> None:
    blank = tmp_path / "blank.csv"
    blank.write_text("\n  \n\n", encoding="utf-8")
    assert _refused(blank).reason is ImportProblem.empty
    empty = _xlsx(tmp_path / "empty.xlsx", [])
    assert _refused(empty).reason is ImportProblem.empty


def test_too_many_rows(tmp_path: Path) -> None:
    csv_path = tmp_path / "many.csv"
    csv_path.write_text("Name\n" + "x\n" * 11, encoding="utf-8")
    assert _refused(csv_path, max_rows=10).reason is ImportProblem.too_large
    assert len(read_table(csv_path, max_rows=11).rows) == 11
    xlsx_path = _xlsx(tmp_path / "many.xlsx", [["Name"], *[["x"]] * 11])
    assert _refused(xlsx_path, max_rows=10).reason is ImportProblem.too_large


def test_the_file_is_left_as_it_was(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "book.xlsx", [["Name"], ["A"]])
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    read_sheets(path)
    read_table(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
