"""Damaged files: `check` lists every problem, text that is not UTF-8 never crashes a read or
an export, and opening a damaged file offers the newest sound backup (issue 9, point 3)."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest

from tests.corrupt import break_utf8, wreck_table
from tests.factories import make_client, make_contact
from workbook.cli.main import main
from workbook.services.clients.service import ClientService
from workbook.services.clients.shapes import ClientQuery
from workbook.store.database import open_database
from workbook.store.header import DatabaseRefused, Refusal

MARKED = "Zzyzx Kaffeerösterei"


@pytest.fixture
def broken_text(db_path: Path) -> Path:
    database = open_database(db_path)
    try:
        clients = ClientService(database)
        make_client(clients, "Bäckerei Größl")
        make_contact(clients, make_client(clients, MARKED), "Anna Alt")
    finally:
        database.close()
    break_utf8(db_path, MARKED)
    return db_path


@pytest.fixture
def wrecked(db_path: Path) -> Path:
    assert main(["demo", "--db", str(db_path), "--clients", "3"]) == 0
    wreck_table(db_path, "contact")
    return db_path


def test_check_names_rows_whose_text_is_not_utf8(
    broken_text: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--db", str(broken_text)]) == 1
    captured = capsys.readouterr()
    assert "text: client row 2, column name: not valid UTF-8" in captured.err
    assert "1 problem(s)" in captured.out  # the folded name_key column holds no ÿ bytes


def test_text_that_is_not_utf8_is_read_with_replacement_characters(broken_text: Path) -> None:
    database = open_database(broken_text)
    try:
        names = [row.name for row in ClientService(database).list(ClientQuery())]
    finally:
        database.close()
    assert "\ufffd\ufffdyzx Kaffeerösterei" in names


def test_text_that_is_not_utf8_is_exported_with_replacement_characters(
    broken_text: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "status.xlsx"
    assert main(["export", "--db", str(broken_text), "--out", str(out)]) == 0
    names = [row[0] for row in openpyxl.load_workbook(out)["Clients"].iter_rows(values_only=True)]
    assert "\ufffd\ufffdyzx Kaffeerösterei" in names


def test_check_lists_damaged_tables_without_a_traceback(
    wrecked: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--db", str(wrecked)]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    lines = captured.err.splitlines()
    assert "integrity: table contact cannot be read (database disk image is malformed)" in lines
    assert all(": " in line for line in lines)
    assert f"{len(lines)} problem(s)" in captured.out


def test_check_reports_schema_differences(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    open_database(db_path).close()
    connection = sqlite3.connect(db_path)
    connection.execute("DROP INDEX ix_client_name_key")
    connection.commit()
    connection.close()
    assert main(["check", "--db", str(db_path)]) == 1
    assert "schema: add index ix_client_name_key" in capsys.readouterr().err


def test_export_of_a_damaged_file_is_one_line(
    wrecked: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--db", str(wrecked), "--out", str(tmp_path / "x.xlsx")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "damaged" in err


def test_opening_a_damaged_file_names_the_newest_sound_backup(wrecked: Path) -> None:
    older = wrecked.with_name("workbook-backup-20260101-090000.sqlite3")
    newer = wrecked.with_name("workbook.sqlite3.schema3-20260301-090000.bak")
    broken = wrecked.with_name("workbook-backup-20260401-090000.sqlite3")
    for sound in (older, newer):
        assert main(["demo", "--db", str(sound), "--clients", "1"]) == 0
    broken.write_bytes(wrecked.read_bytes())
    for age, copy in enumerate((older, newer, broken)):  # the broken one is the newest
        os.utime(copy, (1_700_000_000 + age * 1000,) * 2)
    with pytest.raises(DatabaseRefused) as refused:
        open_database(wrecked)
    assert refused.value.reason == Refusal.corrupt
    assert refused.value.backup == newer


def test_a_damaged_file_is_refused_untouched_when_work_runs_beside_its_check(
    wrecked: Path,
) -> None:
    """The window imports the services while SQLite checks the pages (app.open_workspace):
    the work is done, the file still refused, and not a byte of it written."""
    before = wrecked.read_bytes()
    done: list[bool] = []
    with pytest.raises(DatabaseRefused) as refused:
        open_database(wrecked, meanwhile=lambda: done.append(True))
    assert refused.value.reason == Refusal.corrupt
    assert done == [True]
    assert wrecked.read_bytes() == before
