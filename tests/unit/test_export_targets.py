"""An export or a backup never destroys the database: refused targets are the open database
(under any of its names), any SQLite file, and an existing file of another kind unless
--force says so (issue 9, point 1)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from tests.one_line import refused
from workbook.cli.main import main


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo_db(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["demo", "--db", str(db_path), "--clients", "2"]) == 0
    capsys.readouterr()
    return db_path


@pytest.mark.parametrize("force", [[], ["--force"]], ids=["plain", "force"])
def test_export_onto_the_database_isrefused(
    demo_db: Path, force: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(demo_db)
    err = refused(["export", "--db", str(demo_db), "--out", str(demo_db), *force], capsys)
    assert "this is the database itself" in err
    assert _digest(demo_db) == before
    assert main(["check", "--db", str(demo_db)]) == 0


def test_export_onto_the_database_under_another_name_isrefused(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    alias = tmp_path / "alias.xlsx"
    os.link(demo_db, alias)
    err = refused(["export", "--db", str(demo_db), "--out", str(alias), "--force"], capsys)
    assert "this is the database itself" in err


def test_export_onto_its_wal_isrefused(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wal = demo_db.with_name(demo_db.name + "-wal")
    err = refused(["export", "--db", str(demo_db), "--out", str(wal), "--force"], capsys)
    assert "this is the database itself" in err
    assert not wal.exists()


@pytest.mark.parametrize("force", [[], ["--force"]], ids=["plain", "force"])
def test_export_onto_another_sqlite_file_isrefused(
    demo_db: Path, tmp_path: Path, force: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.xlsx"  # the name does not make it a workbook
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE notes (text)")
    connection.commit()
    connection.close()
    before = _digest(other)
    err = refused(["export", "--db", str(demo_db), "--out", str(other), *force], capsys)
    assert "the file is a database" in err
    assert _digest(other) == before


def test_an_existing_file_of_another_kind_needs_force(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    err = refused(["export", "--db", str(demo_db), "--out", str(notes)], capsys)
    assert "already exists (--force replaces it)" in err
    assert notes.read_text() == "my notes"
    assert main(["export", "--db", str(demo_db), "--out", str(notes), "--force"]) == 0
    assert notes.read_bytes().startswith(b"PK")


def test_an_earlier_export_is_replaced(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "status.xlsx"
    assert main(["export", "--db", str(demo_db), "--out", str(out)]) == 0
    assert main(["export", "--db", str(demo_db), "--out", str(out)]) == 0


def test_backup_onto_the_database_isrefused(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(demo_db)
    err = refused(["backup", "--db", str(demo_db), "--out", str(demo_db), "--force"], capsys)
    assert "this is the database itself" in err
    assert _digest(demo_db) == before


def test_backup_replaces_an_existing_file_only_with_force(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "copy.sqlite3"
    assert main(["backup", "--db", str(demo_db), "--out", str(out)]) == 0
    err = refused(["backup", "--db", str(demo_db), "--out", str(out)], capsys)
    assert "already exists (--force replaces it)" in err
    assert main(["backup", "--db", str(demo_db), "--out", str(out), "--force"]) == 0
