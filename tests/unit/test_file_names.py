"""The file named is the file opened: characters a URL would read as syntax (?, #, %) or
encode (spaces, umlauts, emoji) are just part of the name (issue 9, point 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import make_client
from workbook.cli.main import main
from workbook.services.clients.service import ClientService
from workbook.services.clients.shapes import ClientQuery
from workbook.store.database import open_database

NAMES = [
    "with space.sqlite3",
    "why?.sqlite3",
    "a?mode=memory.sqlite3",
    "hash#tag.sqlite3",
    "100%.sqlite3",
    "x%20y.sqlite3",
    "Größe Übersicht.sqlite3",
    "📒 Kunden.sqlite3",
]


def _names_in(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}


@pytest.mark.parametrize("name", NAMES)
def test_open_creates_and_reads_exactly_the_named_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    database = open_database(path)
    try:
        make_client(ClientService(database), "Bäckerei Größl")
    finally:
        database.close()
    assert _names_in(tmp_path) == {name}  # no "why", no "x y", no -wal left by a stray file
    reopened = open_database(path)
    try:
        assert [row.name for row in ClientService(reopened).list(ClientQuery())] == [
            "Bäckerei Größl"
        ]
    finally:
        reopened.close()


def test_an_encoded_name_is_not_its_decoded_twin(tmp_path: Path) -> None:
    (tmp_path / "x y.sqlite3").write_bytes(b"")  # would be refused as empty if opened
    assert main(["demo", "--db", str(tmp_path / "x%20y.sqlite3"), "--clients", "1"]) == 0
    assert (tmp_path / "x y.sqlite3").read_bytes() == b""


def test_check_reads_the_file_it_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "why").write_text("not a database")  # what "why?.sqlite3" used to open
    assert main(["check", "--db", str(tmp_path / "why?.sqlite3")]) == 2
    assert "no such file" in capsys.readouterr().err


@pytest.mark.parametrize("name", NAMES)
def test_command_line_with_unusual_names(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / name
    stem = Path(name).stem
    csv = tmp_path / f"{stem}.csv"
    csv.write_text("Name;Branche\nZander KG;Handel\n", encoding="utf-8")
    assert main(["demo", "--db", str(db), "--clients", "2"]) == 0
    assert main(["check", "--db", str(db)]) == 0
    assert main(["import", "--db", str(db), str(csv)]) == 0
    copy = tmp_path / f"{stem} copy.sqlite3"
    assert main(["backup", "--db", str(db), "--out", str(copy)]) == 0
    out = tmp_path / f"{stem}.xlsx"
    assert main(["export", "--db", str(copy), "--out", str(out)]) == 0
    assert main(["check", "--db", str(copy)]) == 0
    capsys.readouterr()
    expected = {name, csv.name, copy.name, out.name}
    assert _names_in(tmp_path) == expected
    reopened = open_database(copy)
    try:
        names = {row.name for row in ClientService(reopened).list(ClientQuery())}
    finally:
        reopened.close()
    assert "Zander KG" in names
