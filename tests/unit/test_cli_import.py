"""`main.py import`: the mapping and row errors it prints, exit codes, --dry-run, --kind."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.factories import make_client
from workbook import CLI_COMMANDS
from workbook.cli.main import main
from workbook.services.clients.service import ClientService
from workbook.services.clients.shapes import ClientQuery
from workbook.store.database import open_database


def _xlsx(path: Path, *sheets: tuple[str, list[list[object]]]) -> Path:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets:
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def _client_names(db_path: Path) -> list[str]:
    database = open_database(db_path)
    try:
        rows = ClientService(database).list(ClientQuery(include_archived=True))
        return [row.name for row in rows]
    finally:
        database.close()


@pytest.fixture
def book(tmp_path: Path) -> Path:
    return _xlsx(
        tmp_path / "clients.xlsx",
        ("Kunden", [["Firma", "Branche", "Ansprechpartner", "E-Mail", "Unbekannt"],
                    ["Müller GmbH", "Handel", "Ann Alt", "ann@m.de", "x"],
                    ["Größl KG", "Backwaren", None, None, None]]),
        ("Kontakte", [["Kunde", "Name", "Telefon"], ["Größl KG", "Gerd", "+49 30 1234"]]),
    )  # fmt: skip


def test_import_is_a_cli_command() -> None:
    assert "import" in CLI_COMMANDS


def test_imports_clients_and_prints_the_mapping(
    book: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", "--db", str(db_path), str(book)]) == 0
    out = capsys.readouterr().out
    assert "'Firma' -> name" in out
    assert "'Ansprechpartner' -> contact_name" in out
    assert "ignored: 'Unbekannt'" in out
    assert "imported: 2 client(s), 1 contact(s)" in out
    assert _client_names(db_path) == ["Größl KG", "Müller GmbH"]
    args = ["import", "--db", str(db_path), str(book), "--kind", "contacts", "--sheet", "Kontakte"]
    assert main(args) == 0
    assert "imported: 0 client(s), 1 contact(s)" in capsys.readouterr().out


def test_dry_run_writes_nothing(
    book: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", "--db", str(db_path), str(book), "--dry-run"]) == 2  # no database
    assert not db_path.exists()
    open_database(db_path).close()
    assert main(["import", "--db", str(db_path), str(book), "--dry-run"]) == 0
    assert "dry run: 2 row(s) ok; nothing imported" in capsys.readouterr().out
    assert _client_names(db_path) == []


def test_row_errors_exit_1_and_write_nothing(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(db_path)
    make_client(ClientService(database), "Taken AG")
    database.close()
    path = tmp_path / "clients.csv"
    path.write_text("Name;Website\nNew GmbH;\n;example.com\nTaken AG;no url\n", encoding="utf-8")
    assert main(["import", "--db", str(db_path), str(path)]) == 1
    out = capsys.readouterr().out
    assert "line 3: name: required" in out
    assert "line 4: name: duplicate" in out
    assert "line 4: website: url" in out
    assert "2 row(s) with errors; nothing imported" in out
    assert _client_names(db_path) == ["Taken AG"]


def test_update_fills_in_existing_clients(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --update a client that exists is an error row (as before), with a hint."""
    database = open_database(db_path)
    make_client(ClientService(database), "Taken AG", industry="Handel")
    database.close()
    path = tmp_path / "clients.csv"
    path.write_text("Name;Branche\nNew GmbH;IT\nTAKEN AG;Großhandel\n", encoding="utf-8")
    assert main(["import", "--db", str(db_path), str(path)]) == 1
    out = capsys.readouterr().out
    assert "line 3: name: duplicate" in out
    assert "1 row(s) name a client that exists; --update updates them" in out
    assert _client_names(db_path) == ["Taken AG"]
    assert main(["import", "--db", str(db_path), str(path), "--update"]) == 0
    out = capsys.readouterr().out
    assert "rows: 1 new, 1 update, 0 unchanged" in out
    assert "imported: 1 client(s), 0 contact(s), 0 journal entry(ies); updated 1 client(s)" in out
    assert _client_names(db_path) == ["New GmbH", "Taken AG"]
    database = open_database(db_path)
    clients = ClientService(database)
    (taken,) = clients.list(ClientQuery(text="Taken"))
    assert clients.get(taken.id).industry == "Großhandel"
    database.close()
    assert main(["import", "--db", str(db_path), str(path), "--update", "--dry-run"]) == 0
    assert "rows: 0 new, 0 update, 2 unchanged" in capsys.readouterr().out


def test_refused_file_exits_2_with_one_line(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "legacy.csv"
    path.write_bytes("Name\nMüller\n".encode("cp1252"))
    assert main(["import", "--db", str(db_path), str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "wrong_encoding" in err
    assert not db_path.exists()  # refused before the database was opened


def test_missing_file_and_unknown_sheet_exit_2(
    book: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", "--db", str(db_path), str(book.with_name("nope.xlsx"))]) == 2
    assert main(["import", "--db", str(db_path), str(book), "--sheet", "Nope"]) == 2
    assert "unknown_sheet: Nope" in capsys.readouterr().err
