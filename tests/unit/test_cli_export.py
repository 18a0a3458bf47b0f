"""`main.py export`: exit codes, --lang, --client; one line on stderr when refused."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.one_line import refused
from workbook.cli.main import main
from workbook.presentation.ts_reader import translator_from_ts

DOSSIER_CLIENT = "Bäckerei Größl"


@pytest.fixture
def demo_db(db_path: Path) -> Path:
    assert main(["demo", "--db", str(db_path), "--clients", "4"]) == 0
    return db_path


def test_exports_the_status_workbook(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "status.xlsx"
    capsys.readouterr()
    assert main(["export", "--db", str(demo_db), "--out", str(out)]) == 0
    assert f"{out}: 13 sheets" in capsys.readouterr().out
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames[:2] == ["Overview", "Clients"]
    assert [c.value for c in workbook["Clients"][1]][:2] == ["Name", "Industry"]


def test_german_headers(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "status.xlsx"
    assert main(["export", "--db", str(demo_db), "--out", str(out), "--lang", "de"]) == 0
    workbook = openpyxl.load_workbook(out)
    clients = workbook.worksheets[1]
    assert [c.value for c in clients[1]][:3] == ["Name", "Branche", "Hauptkontakt"]


def test_client_dossier(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "dossier.xlsx"
    args = ["export", "--db", str(demo_db), "--out", str(out), "--client", DOSSIER_CLIENT.lower()]
    assert main(args) == 0
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames[0] == "Cover"
    assert workbook["Cover"]["A1"].value == DOSSIER_CLIENT
    contacts = {row[0] for row in workbook["Contacts"].iter_rows(min_row=2, values_only=True)}
    assert contacts == {DOSSIER_CLIENT}


def test_unknown_client(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.xlsx"
    err = refused(["export", "--db", str(demo_db), "--out", str(out), "--client", "Nobody"], capsys)
    assert "Nobody" in err
    assert not out.exists()


def test_missing_folder(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "missing" / "x.xlsx"
    err = refused(["export", "--db", str(demo_db), "--out", str(out)], capsys)
    assert "folder does not exist" in err


def test_target_is_a_folder(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = refused(["export", "--db", str(demo_db), "--out", str(tmp_path)], capsys)
    assert "cannot write here" in err


def test_refused_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("not a database")
    err = refused(["export", "--db", str(path), "--out", str(tmp_path / "x.xlsx")], capsys)
    assert "not a SQLite database" in err
    assert path.read_text() == "not a database"


def test_missing_database_is_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "missing.sqlite3"
    refused(["export", "--db", str(path), "--out", str(tmp_path / "x.xlsx")], capsys)
    assert not path.exists()


def test_unknown_language_is_a_usage_error(demo_db: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["export", "--db", str(demo_db), "--out", str(tmp_path / "x.xlsx"), "--lang", "fr"])
    assert exited.value.code == 2


def test_translations_read_from_a_ts_file(tmp_path: Path) -> None:
    ts = tmp_path / "workbook_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="xx">'
        "<context><name>Columns</name>"
        "<message><source>Name</source><translation>Nom</translation></message>"
        '<message><source>Role</source><translation type="unfinished">Rôle</translation></message>'
        '<message><source>Tags</source><translation type="vanished">Étiquettes</translation>'
        "</message><message><source>Phone</source><translation></translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    translate = translator_from_ts(tmp_path, "xx")
    assert translate("Columns", "Name") == "Nom"
    assert [translate("Columns", s) for s in ("Role", "Tags", "Phone")] == ["Role", "Tags", "Phone"]
    assert translate("Labels", "Name") == "Name"  # the context matters
    assert translator_from_ts(tmp_path, "en")("Columns", "Name") == "Name"
